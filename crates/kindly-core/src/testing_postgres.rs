//! A PostgreSQL server for tests: the one `scripts/with-postgres.sh` starts
//! (`make test-rust` runs the tests through it), and a new empty database on
//! it for each test, so tests running at once never see each other's data.
//!
//! A test that needs the server and finds none fails; it never skips, so CI
//! cannot pass without the PostgreSQL half having run.

use std::sync::atomic::{AtomicU64, Ordering};

use postgres::error::SqlState;
use postgres::{Client, NoTls};

/// The environment variable `scripts/with-postgres.sh` sets to the server's
/// superuser URL.
const ADMIN_URL_VAR: &str = "KINDLY_TEST_POSTGRES";

/// Numbers the databases this process creates.
static NEXT_DATABASE: AtomicU64 = AtomicU64::new(0);

/// The superuser URL of the test server (`KINDLY_TEST_POSTGRES`).
///
/// Panics, saying how to run the test with a server, when it is not set:
/// a PostgreSQL test never passes by skipping.
pub fn admin_url() -> String {
    match std::env::var(ADMIN_URL_VAR) {
        Ok(url) if !url.is_empty() => url,
        _ => panic!(
            "This test needs a PostgreSQL server: run it with `make test-rust` or \
             `scripts/with-postgres.sh cargo test ...` ({ADMIN_URL_VAR} is not set)"
        ),
    }
}

/// Creates a new, empty database on the test server and returns its URL
/// (the admin URL's credentials, host and port, with the new database).
///
/// Every call gets a database no other call has had, even across test
/// processes sharing one server (`kindly_t_<pid>_<counter>`; a name left by
/// an earlier process with the same id is skipped). The databases are not
/// dropped: the server and everything on it are thrown away after the run.
pub fn fresh_database() -> String {
    let admin = admin_url();
    // The URL holds the password, so neither message repeats it.
    let mut client = Client::connect(&admin, NoTls).unwrap_or_else(|e| {
        panic!("could not connect to the test PostgreSQL server ({ADMIN_URL_VAR}): {e}")
    });
    loop {
        let counter = NEXT_DATABASE.fetch_add(1, Ordering::Relaxed);
        let name = format!("kindly_t_{}_{counter}", std::process::id());
        // CREATE DATABASE takes no parameters; the name is made of digits,
        // letters and underscores only, here.
        match client.batch_execute(&format!("CREATE DATABASE \"{name}\"")) {
            Ok(()) => return with_database(&admin, &name),
            Err(e) if e.code() == Some(&SqlState::DUPLICATE_DATABASE) => continue,
            Err(e) => panic!("could not create the test database {name}: {e}"),
        }
    }
}

/// `url` with its database (the path) replaced by `name`, keeping any
/// `?options`.
fn with_database(url: &str, name: &str) -> String {
    let (base, options) = match url.split_once('?') {
        Some((base, options)) => (base, format!("?{options}")),
        None => (url, String::new()),
    };
    let authority = base.find("://").map_or(0, |scheme| scheme + 3);
    let server = match base[authority..].find('/') {
        Some(path) => &base[..authority + path],
        None => base,
    };
    format!("{server}/{name}{options}")
}

#[cfg(test)]
mod tests {
    use super::with_database;

    #[test]
    fn the_database_is_replaced_and_the_rest_kept() {
        let cases = [
            (
                "postgres://a:p@127.0.0.1:5/postgres",
                "postgres://a:p@127.0.0.1:5/d",
            ),
            ("postgres://a:p@h:5", "postgres://a:p@h:5/d"),
            (
                "postgresql://a@h/x?sslmode=require",
                "postgresql://a@h/d?sslmode=require",
            ),
        ];
        for (url, expected) in cases {
            assert_eq!(with_database(url, "d"), expected);
        }
    }
}
