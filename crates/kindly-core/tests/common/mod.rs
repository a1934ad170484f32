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
    Notebook::open_team(&new_team_notebook()).unwrap()
}

/// Makes a new, empty team notebook on the test server; returns its
/// address with the administrator's login.
pub fn new_team_notebook() -> String {
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

/// Adds a login for `name` to the team notebook `url`; returns `url`
/// signed in with it.
pub fn new_login(url: &str, name: &str) -> String {
    let login = kindly_core::add_staff(url, name).unwrap();
    signed_in_as(url, &login.login, &login.password)
}

/// Waits (up to five seconds) until the login of the address `signed_in`
/// has no session left on the team notebook `url`: the server ends a
/// session a moment after its connection closes.
pub fn wait_until_signed_out(url: &str, signed_in: &str) {
    let login = signed_in
        .split_once("://")
        .and_then(|(_, rest)| rest.split_once(':'))
        .map(|(login, _)| login.to_owned())
        .unwrap();
    let mut server = postgres::Client::connect(url, postgres::NoTls).unwrap();
    let gone = (0..200).any(|_| {
        let sessions: i64 = server
            .query_one(
                "SELECT count(*) FROM pg_stat_activity WHERE usename = $1",
                &[&login],
            )
            .unwrap()
            .get(0);
        if sessions > 0 {
            std::thread::sleep(std::time::Duration::from_millis(25));
        }
        sessions == 0
    });
    assert!(gone, "{login} still has sessions");
}

/// `url` signed in as `login` with `password` instead of its own login.
pub fn signed_in_as(url: &str, login: &str, password: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap();
    let server = rest.rsplit_once('@').map_or(rest, |(_, server)| server);
    format!("{scheme}://{login}:{password}@{server}")
}

/// Two desks on one notebook, each with its own handle, as two windows
/// on one computer (a notebook file) or two computers (a team notebook,
/// with `KINDLY_TEST_STORE=postgres`) have. Region US, and the clock of
/// [`notebook`], on both.
pub struct TwoDesks {
    pub a: Notebook,
    pub b: Notebook,
    /// Where `b` signs in as someone else (see [`TwoDesks::b_signs_in_as`]).
    team_url: Option<String>,
    /// Keeps the notebook file's folder while the desks use it.
    _folder: Option<tempfile::TempDir>,
}

pub fn two_desks() -> TwoDesks {
    match std::env::var("KINDLY_TEST_STORE").as_deref() {
        Ok("postgres") => {
            let url = new_team_notebook();
            TwoDesks {
                a: with_test_clock(Notebook::open_team(&url).unwrap()),
                b: with_test_clock(Notebook::open_team(&url).unwrap()),
                team_url: Some(url),
                _folder: None,
            }
        }
        _ => {
            let folder = tempfile::tempdir().unwrap();
            let path = folder.path().join("notebook.kindly");
            let a = with_test_clock(Notebook::open(&path).unwrap());
            let b = with_test_clock(Notebook::open(&path).unwrap());
            TwoDesks {
                a,
                b,
                team_url: None,
                _folder: Some(folder),
            }
        }
    }
}

impl TwoDesks {
    /// From now on desk `b` is `name`: on a team notebook it signs in
    /// with a login of its own for `name`; in a notebook file `name` is
    /// chosen as the person at the desk (of the file, so of both desks).
    pub fn b_signs_in_as(&mut self, name: &str) {
        match &self.team_url {
            Some(url) => {
                let theirs = new_login(url, name);
                self.b = with_test_clock(Notebook::open_team(&theirs).unwrap());
            }
            None => {
                let roster = self.b.add_staff(name, "").unwrap();
                let id = roster
                    .staff
                    .iter()
                    .find(|s| s.name == name)
                    .unwrap()
                    .id
                    .clone();
                self.b.set_at_desk(Some(&id)).unwrap();
            }
        }
    }
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
            Place::Team(new_team_notebook())
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
pub mod watching;

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
