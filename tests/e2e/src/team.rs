//! Team notebooks for the end-to-end tests: made on the throwaway
//! PostgreSQL server of `scripts/with-postgres.sh` (`KINDLY_TEST_POSTGRES`)
//! with kindly-core's own set-up (`init_team`, `add_staff`), and joined in
//! the real window ([`App::join_team`]). Without a server the tests fail,
//! never skip.

use kindly_core::{NewLogin, Notebook, Welcome};

use crate::App;

/// The test server's administrator address.
fn admin_url() -> String {
    std::env::var("KINDLY_TEST_POSTGRES").unwrap_or_else(|_| {
        panic!(
            "KINDLY_TEST_POSTGRES is not set: run the team tests under scripts/with-postgres.sh \
             (make test-e2e does)"
        )
    })
}

/// A new, empty database on the test server; its name.
#[allow(
    clippy::disallowed_types,
    reason = "the test makes a database on its throwaway server as an administrator would, outside any notebook"
)]
pub fn new_database(prefix: &str) -> String {
    let name = format!("{prefix}_{}", std::process::id()) + &unique();
    let mut server =
        postgres::Client::connect(&admin_url(), postgres::NoTls).expect("the test server answers");
    server
        .batch_execute(&format!("CREATE DATABASE \"{name}\""))
        .expect("a new database");
    name
}

fn unique() -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(0);
    #[allow(
        clippy::disallowed_methods,
        reason = "a name no other test run on this server has"
    )]
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    format!("_{now}_{}", NEXT.fetch_add(1, Ordering::SeqCst))
}

/// A team notebook on the test server, set up by its owner, with one
/// staff login.
pub struct TeamNotebook {
    /// `host:port` as the join form takes it.
    pub server: String,
    /// The database's name.
    pub database: String,
    /// The owner's address (the administrator's login).
    pub owner_url: String,
    /// The staff member's login and password, as `kindly team add-staff`
    /// shows them once.
    pub staff: NewLogin,
}

impl TeamNotebook {
    /// Makes a team notebook (welcomed by its owner: region GB) with a
    /// login for `person`.
    pub fn with_staff(person: &str) -> TeamNotebook {
        let database = new_database("kindly_e2e");
        let admin = admin_url();
        let (base, _) = admin.rsplit_once('/').expect("an address with a database");
        let owner_url = format!("{base}/{database}");
        kindly_core::init_team(&owner_url).expect("a team notebook");
        let mut owner = Notebook::open_team(&owner_url).expect("the owner signs in");
        owner
            .welcome(&Welcome {
                phone_region: "GB".into(),
                at_desk: String::new(),
                sample: false,
            })
            .expect("welcomed");
        let staff = kindly_core::add_staff(&owner_url, person).expect("a login");
        let server = base
            .rsplit_once('@')
            .map(|(_, server)| server.to_owned())
            .expect("an address with a server");
        TeamNotebook {
            server,
            database,
            owner_url,
            staff,
        }
    }

    /// The notebook as its owner sees it now.
    pub fn open(&self) -> Notebook {
        Notebook::open_team(&self.owner_url).expect("the owner signs in")
    }
}

impl App {
    /// Fills the join form on show (the welcome's or Settings → Team) and
    /// sends it; does not wait for the answer.
    pub fn fill_join_form(&self, server: &str, database: &str, login: &str, password: &str) {
        self.replace("team-server", server);
        self.replace("team-database", database);
        self.replace("team-login", login);
        self.replace("team-password", password);
        self.click("team-join");
    }

    /// Joins the team notebook through Settings → Team and waits until the
    /// window has started again on it, the person named in the header.
    pub fn join_team(&self, server: &str, database: &str, login: &str, password: &str) {
        self.click("nav-settings");
        self.find("settings-team");
        self.click("team-show-join");
        self.fill_join_form(server, database, login, password);
        self.wait_for("the header to name the signed-in person", || {
            self.try_find("signed-in-as").is_some()
        });
    }
}
