//! Store band (PostgreSQL): the one place that turns the `postgres` crate's
//! errors into the core's [`Error`], by SQLSTATE or by what broke. No
//! message made here holds the address or a password: the server's own
//! messages name the login at most.

use kindly_words::{args, say_with};
use std::error::Error as _;

use postgres::error::SqlState;

use crate::error::{Error, StorageFailure};

#[doc(hidden)]
impl From<postgres::Error> for Error {
    fn from(err: postgres::Error) -> Self {
        if err.is_closed() {
            return Error::ConnectionLost;
        }
        let Some(code) = err.code() else {
            return if caused_by::<std::io::Error>(&err) {
                Error::ConnectionLost
            } else {
                Error::Storage(StorageFailure::from_source(err))
            };
        };
        match code {
            c if *c == SqlState::DISK_FULL => Error::ServerFull,
            c if *c == SqlState::T_R_SERIALIZATION_FAILURE
                || *c == SqlState::T_R_DEADLOCK_DETECTED
                || *c == SqlState::LOCK_NOT_AVAILABLE
                || *c == SqlState::QUERY_CANCELED
                || *c == SqlState::TOO_MANY_CONNECTIONS =>
            {
                Error::Busy
            }
            c if *c == SqlState::ADMIN_SHUTDOWN
                || *c == SqlState::CRASH_SHUTDOWN
                || *c == SqlState::CANNOT_CONNECT_NOW
                || c.code().starts_with("08") =>
            {
                Error::ConnectionLost
            }
            c if *c == SqlState::INVALID_PASSWORD
                || *c == SqlState::INVALID_AUTHORIZATION_SPECIFICATION =>
            {
                Error::SignInFailed
            }
            c if *c == SqlState::DATA_CORRUPTED || *c == SqlState::INDEX_CORRUPTED => {
                Error::Corrupt(StorageFailure::from_source(err))
            }
            _ => Error::Storage(StorageFailure::from_source(err)),
        }
    }
}

/// A failure to connect to `host` (for `database`), as the person at the
/// desk can act on it.
pub(crate) fn on_connect(err: postgres::Error, host: &str, database: &str) -> Error {
    if let Some(code) = err.code() {
        if *code == SqlState::INVALID_CATALOG_NAME {
            return Error::NotTeamNotebook {
                host: host.to_owned(),
                database: database.to_owned(),
            };
        }
        return Error::from(err);
    }
    if caused_by::<openssl::ssl::Error>(&err) || caused_by::<openssl::error::ErrorStack>(&err) {
        return Error::ServerNotTrusted {
            host: host.to_owned(),
        };
    }
    // The server asked for a password the address does not hold; the
    // driver reports it as a configuration error, known only by its text.
    if err.to_string().contains("password missing") {
        return Error::SignInFailed;
    }
    Error::ServerUnreachable {
        host: host.to_owned(),
    }
}

/// A failure to create the extension `name`: it is not installed on the
/// server (or a hosted server does not offer it), or the login may not
/// create it.
pub(crate) fn on_extension(err: postgres::Error, name: &str) -> Error {
    match err.code() {
        Some(c) if *c == SqlState::UNDEFINED_FILE || *c == SqlState::FEATURE_NOT_SUPPORTED => {
            Error::MissingExtension {
                name: name.to_owned(),
            }
        }
        // pg_trgm and unaccent are trusted: whoever may create objects in
        // the database may create them, its owner included.
        Some(c) if *c == SqlState::INSUFFICIENT_PRIVILEGE => Error::invalid(
            "url",
            say_with("validate-extension-needs-owner", &args! { "name" => name }),
        ),
        _ => Error::from(err),
    }
}

/// Some error in `err`'s chain of sources is an `E`.
fn caused_by<E: std::error::Error + 'static>(err: &postgres::Error) -> bool {
    let mut source = err.source();
    while let Some(cause) = source {
        if cause.is::<E>() {
            return true;
        }
        source = cause.source();
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::{ErrorCode, ErrorPayload};
    use crate::store::postgres::address::Address;
    use crate::store::postgres::testing;

    #[test]
    fn a_server_that_does_not_answer_is_unreachable() {
        // Port 1 on this computer: refused at once.
        let address = Address::parse("postgres://ann:s3cret-pw@127.0.0.1:1/shop").unwrap();
        let err = address.connect().err().expect("refused");
        assert!(
            matches!(err, Error::ServerUnreachable { ref host } if host == "127.0.0.1"),
            "{err:?}"
        );
        let payload = ErrorPayload::from(err);
        assert_eq!(payload.code, ErrorCode::ServerUnreachable);
        assert!(
            !payload.message.contains("s3cret-pw"),
            "{}",
            payload.message
        );
    }

    #[test]
    fn a_wrong_sign_in_says_so_and_never_shows_the_password() {
        let url = testing::url_for("postgres", Some(("nobody_at_this_shop", "s3cret-pw")));
        let err = Address::parse(&url)
            .unwrap()
            .connect()
            .err()
            .expect("refused");
        let shown = format!("{err} {err:?}");
        assert!(matches!(err, Error::SignInFailed), "{shown}");
        assert!(!shown.contains("s3cret-pw"), "{shown}");
        let payload = ErrorPayload::from(err);
        assert_eq!(payload.code, ErrorCode::SignInFailed);
        assert!(
            payload.message.contains("wrong name or password"),
            "{}",
            payload.message
        );
    }

    #[test]
    fn the_servers_errors_are_told_apart_by_their_code() {
        let mut db = testing::admin("postgres");
        db.batch_execute(
            "CREATE FUNCTION pg_temp.fail(code text) RETURNS void LANGUAGE plpgsql
             AS $$ BEGIN RAISE EXCEPTION 'raised for a test' USING ERRCODE = code; END $$",
        )
        .unwrap();
        for (code, expected) in [
            ("53100", ErrorCode::ServerFull),
            ("57P01", ErrorCode::ConnectionLost),
            ("57P02", ErrorCode::ConnectionLost),
            ("57P03", ErrorCode::ConnectionLost),
            ("08006", ErrorCode::ConnectionLost),
            ("40001", ErrorCode::Busy),
            ("40P01", ErrorCode::Busy),
            ("55P03", ErrorCode::Busy),
            ("57014", ErrorCode::Busy),
            ("53300", ErrorCode::Busy),
            ("28P01", ErrorCode::SignInFailed),
            ("28000", ErrorCode::SignInFailed),
            ("XX001", ErrorCode::Corrupt),
            ("XX002", ErrorCode::Corrupt),
            ("42P01", ErrorCode::Storage),
        ] {
            let err = db
                .execute("SELECT pg_temp.fail($1)", &[&code])
                .expect_err("raised");
            assert_eq!(err.code().map(SqlState::code), Some(code));
            let payload = ErrorPayload::from(Error::from(err));
            assert_eq!(payload.code, expected, "{code}");
        }
    }

    #[test]
    fn a_full_disk_on_the_server_is_said_plainly() {
        let payload = ErrorPayload::from(Error::ServerFull);
        assert_eq!(payload.code, ErrorCode::ServerFull);
        assert!(
            payload.message.contains("server has no space left"),
            "{}",
            payload.message
        );
        assert!(
            payload.message.contains("could not be saved"),
            "{}",
            payload.message
        );
    }

    #[test]
    fn an_extension_the_server_does_not_have_is_missing() {
        let (name, _) = testing::fresh_database();
        // What the server answers for an extension whose files are not
        // installed (postgresql-contrib missing): "is not available"
        // (0A000) without its control file; without its library (a part
        // of the package removed), "could not access file" (58P01).
        let err = testing::admin(&name)
            .batch_execute("CREATE EXTENSION kindly_not_installed")
            .expect_err("not installed");
        assert!(
            [SqlState::FEATURE_NOT_SUPPORTED, SqlState::UNDEFINED_FILE]
                .iter()
                .any(|c| err.code() == Some(c)),
            "{err:?}"
        );
        let err = on_extension(err, "pg_trgm");
        assert!(
            matches!(err, Error::MissingExtension { ref name } if name == "pg_trgm"),
            "{err:?}"
        );
        let payload = ErrorPayload::from(err);
        assert_eq!(payload.code, ErrorCode::MissingExtension);
        assert!(
            payload.message.contains("pg_trgm") && payload.message.contains("postgresql-contrib"),
            "{}",
            payload.message
        );
    }

    #[test]
    fn a_database_that_does_not_exist_is_not_a_team_notebook() {
        let url = testing::url_for("kindly_no_such_database", None);
        let err = Address::parse(&url)
            .unwrap()
            .connect()
            .err()
            .expect("refused");
        assert!(matches!(err, Error::NotTeamNotebook { .. }), "{err:?}");
    }
}
