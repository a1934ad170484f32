//! Test support for the PostgreSQL store: a new database on the test
//! server for each test. Tests that need a server never skip: without
//! `KINDLY_TEST_POSTGRES` they fail, saying how to run them.

use postgres::{Client, NoTls};

use crate::store::postgres::server::PgStore;

/// The variable naming the test server's administrator URL.
const VARIABLE: &str = "KINDLY_TEST_POSTGRES";

/// The administrator's URL of the test server (a database on it may be
/// named; another is put in its place by [`url_for`]).
pub(crate) fn admin_url() -> String {
    std::env::var(VARIABLE).unwrap_or_else(|_| {
        panic!(
            "{VARIABLE} is not set: these tests need a PostgreSQL server. Run them with \
             `make test-rust`, which starts one (or set {VARIABLE} to an administrator's URL, \
             e.g. postgres://kindly_admin@127.0.0.1:55432/postgres)."
        )
    })
}

/// The test server's URL for `database`, as its administrator or as the
/// `login` (name, password) given.
pub(crate) fn url_for(database: &str, login: Option<(&str, &str)>) -> String {
    let admin = admin_url();
    let (scheme, rest) = admin.split_once("://").expect("a URL with a scheme");
    let (authority, tail) = rest.split_once('/').unwrap_or((rest, ""));
    let query = tail
        .split_once('?')
        .map(|(_, q)| format!("?{q}"))
        .unwrap_or_default();
    let server = authority
        .rsplit_once('@')
        .map_or(authority, |(_, server)| server);
    let user = match login {
        Some((name, password)) => format!("{name}:{password}@"),
        None => authority
            .rsplit_once('@')
            .map(|(user, _)| format!("{user}@"))
            .unwrap_or_default(),
    };
    format!("{scheme}://{user}{server}/{database}{query}")
}

/// A new, empty database on the test server: its name and its
/// administrator's URL.
pub(crate) fn fresh_database() -> (String, String) {
    let name = format!("kindly_test_{}", uuid::Uuid::now_v7().simple());
    let mut server = Client::connect(&admin_url(), NoTls).expect("the test server answers");
    server
        .batch_execute(&format!("CREATE DATABASE \"{name}\""))
        .expect("a test database is made");
    let url = url_for(&name, None);
    (name, url)
}

/// A new team notebook on the test server, made and opened.
pub(crate) fn fresh_store() -> PgStore {
    let (_, url) = fresh_database();
    PgStore::init(&url).expect("the team notebook is made");
    PgStore::open(&url).expect("the team notebook opens")
}

/// A connection to `database` as the test server's administrator.
pub(crate) fn admin(database: &str) -> Client {
    Client::connect(&url_for(database, None), NoTls).expect("the test server answers")
}

/// Every relation, extension and role of `database`, for "nothing was
/// written" checks.
pub(crate) fn schema_listing(database: &str) -> Vec<String> {
    let mut db = admin(database);
    let mut listing: Vec<String> = db
        .query(
            "SELECT 'relation ' || c.relname || ' ' || c.relkind::text FROM pg_class c
             JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'
             UNION ALL SELECT 'extension ' || extname FROM pg_extension
             UNION ALL SELECT 'role ' || rolname FROM pg_roles
                 WHERE rolname = 'kindly_staff_' || current_database()
             ORDER BY 1",
            &[],
        )
        .expect("the listing reads")
        .iter()
        .map(|r| r.get(0))
        .collect();
    if listing
        .iter()
        .any(|l| l.starts_with("relation kindly_schema "))
    {
        for row in db
            .query("SELECT version FROM kindly_schema", &[])
            .expect("the version reads")
        {
            listing.push(format!("version {}", row.get::<_, i32>(0)));
        }
    }
    listing
}
