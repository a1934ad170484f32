//! Shared fixtures for the core's integration tests.

#![allow(
    clippy::disallowed_types,
    reason = "opens the notebook file with SQLite directly, as another program or an older Kindly would, and makes empty databases on the test server as its administrator would"
)]
#![allow(
    dead_code,
    reason = "each test binary uses only some of the shared fixtures"
)]

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

use kindly_core::{Customer, CustomerInput, EmailInput, Notebook, PhoneInput};

/// 2026-11-22 09:00 UTC, the fixed "now" of these tests.
pub const NOW: i64 = 1_795_338_000_000;

/// An in-memory notebook in region US whose clock starts at [`NOW`] and
/// advances one second per reading, so every write has its own time. With
/// `KINDLY_TEST_STORE=postgres`, a new team notebook on the test server
/// instead (see [`team_notebook`]): the same tests, the other store.
pub fn notebook() -> Notebook {
    with_test_clock(empty_notebook())
}

/// A new empty notebook in memory; with `KINDLY_TEST_STORE=postgres`, a
/// new team notebook on the test server.
pub fn empty_notebook() -> Notebook {
    match std::env::var("KINDLY_TEST_STORE").as_deref() {
        Ok("postgres") => team_notebook(),
        _ => Notebook::open_in_memory().unwrap(),
    }
}

/// A new, empty team notebook on the test server (`KINDLY_TEST_POSTGRES`,
/// which `make test-rust` sets), opened with the administrator's login.
pub fn team_notebook() -> Notebook {
    Notebook::open_team(&new_team_database()).unwrap()
}

/// The administrator's URL of a new database on the test server, made a
/// team notebook (`kindly team init`).
pub fn new_team_database() -> String {
    let admin = std::env::var("KINDLY_TEST_POSTGRES").unwrap_or_else(|_| {
        panic!("KINDLY_TEST_POSTGRES is not set: run this with `make test-rust`.")
    });
    let name = format!("kindly_test_{}", uuid::Uuid::now_v7().simple());
    let mut server = postgres::Client::connect(&admin, postgres::NoTls).unwrap();
    server
        .batch_execute(&format!("CREATE DATABASE \"{name}\""))
        .unwrap();
    let (base, _) = admin.rsplit_once('/').unwrap();
    let url = format!("{base}/{name}");
    kindly_core::init_team(&url).unwrap();
    url
}

/// Where a test keeps a notebook it opens more than once (a restart, a
/// second program) or reads with a second connection ([`peek::Peek`]): a
/// file in a new folder (deleted with the place), or with
/// `KINDLY_TEST_STORE=postgres` a new team notebook.
pub enum Place {
    File(tempfile::TempDir),
    Team(String),
}

impl Place {
    pub fn new() -> Place {
        if std::env::var("KINDLY_TEST_STORE").as_deref() == Ok("postgres") {
            Place::Team(new_team_database())
        } else {
            Place::File(tempfile::tempdir().unwrap())
        }
    }

    /// Opens the notebook kept here, as Kindly starting would (the file is
    /// made at the first opening).
    pub fn open(&self) -> Notebook {
        match self {
            Place::File(dir) => Notebook::open_in_dir(dir.path()).unwrap(),
            Place::Team(url) => Notebook::open_team(url).unwrap(),
        }
    }

    /// The folder of a notebook file; none for a team notebook.
    pub fn folder(&self) -> Option<&std::path::Path> {
        match self {
            Place::File(dir) => Some(dir.path()),
            Place::Team(_) => None,
        }
    }
}

/// `nb` in region US with the clock [`notebook`] has.
pub fn with_test_clock(nb: Notebook) -> Notebook {
    let tick = Arc::new(AtomicI64::new(NOW));
    let mut nb = nb.with_clock(Arc::new(move || tick.fetch_add(1000, Ordering::SeqCst)));
    nb.set_phone_region("US").unwrap();
    nb
}

pub fn person(full_name: &str) -> CustomerInput {
    CustomerInput {
        full_name: full_name.into(),
        ..Default::default()
    }
}

pub fn phone(number: &str) -> PhoneInput {
    PhoneInput {
        label: "mobile".into(),
        number: number.into(),
        primary: false,
    }
}

pub fn email(address: &str) -> EmailInput {
    EmailInput {
        label: "home".into(),
        address: address.into(),
        primary: false,
    }
}

/// Every row of every ordinary table of the notebook file at `path` (read
/// with `key` when it is protected), hashed: see [`peek::Peek::digest`].
pub fn digest(path: &std::path::Path, key: Option<&str>) -> u64 {
    let conn = rusqlite::Connection::open(path).unwrap();
    if let Some(key) = key {
        conn.pragma_update(None, "key", key).unwrap();
    }
    peek::Peek::File(conn).digest()
}

pub mod desk;

pub mod peek;
pub mod props;

/// A new empty notebook at a new [`Place`].
pub fn stored_empty_notebook() -> (Place, Notebook) {
    let place = Place::new();
    let nb = place.open();
    (place, nb)
}

/// [`stored_empty_notebook`] with the clock and region of [`notebook`].
pub fn stored_notebook() -> (Place, Notebook) {
    let (place, nb) = stored_empty_notebook();
    (place, with_test_clock(nb))
}

/// The live customers (and those in Trash, with `with_trash`), in the order
/// they were added, their ids read through a second connection to what
/// the notebook stores ([`peek::Peek`]), so nothing the notebook caches
/// can hide a row.
pub fn customers_as_stored(nb: &Notebook, with_trash: bool) -> Vec<Customer> {
    let only_live = if with_trash {
        ""
    } else {
        " WHERE deleted_at IS NULL"
    };
    let ids =
        peek::Peek::open(nb).strings(&format!("SELECT id FROM customers{only_live} ORDER BY pk"));
    ids.iter().map(|id| nb.customer(id).unwrap()).collect()
}

/// Forgets every customer of `nb`, live or in Trash, so a property test
/// can reuse one notebook for its cases (a team notebook costs a database
/// and its schema each).
pub fn forget_everyone(nb: &mut Notebook) {
    let ids = peek::Peek::open(nb).strings("SELECT id FROM customers");
    for id in ids {
        nb.forget_customer(&id).unwrap();
    }
    assert_eq!(nb.info().unwrap().customer_count, 0);
    assert_eq!(nb.trash().unwrap(), []);
}
