//! [`PgStore`]: an open team notebook on a PostgreSQL server, and making
//! one (`kindly team init`).

use postgres::Client;

use crate::error::{Error, Result};
use crate::store::postgres::address::Address;
use crate::store::postgres::migrations::{self, refusal, Found, LATEST};
use crate::store::postgres::pool::{Conn, Pool};
use crate::store::postgres::tx::PgTx;
use crate::store::{Store, Tx};

/// The oldest server the team notebook runs on (`server_version_num`):
/// PostgreSQL 15 (`RETURN` function bodies, `unaccent` with a named
/// dictionary, the public schema closed to PUBLIC).
const OLDEST_SERVER: i32 = 150_000;

/// An open team notebook: the server answered, runs PostgreSQL 15 or
/// newer, and the database holds a team notebook at exactly the schema
/// version this build knows. The rows go through [`PgStore::read`],
/// [`PgStore::snapshot`] and [`PgStore::write`].
pub(crate) struct PgStore {
    pool: Pool,
}

impl PgStore {
    /// Opens the team notebook at `url` (a staff login). Nothing is
    /// written: a newer, older or foreign database is refused as it is.
    pub(crate) fn open(url: &str) -> Result<Self> {
        Self::open_at(Address::parse(url)?)
    }

    /// Like [`PgStore::open`], at an address already read. A team
    /// notebook an older Kindly made is brought up to date first when
    /// this login owns it (the owner opening the new Kindly once is all
    /// an update asks); otherwise it is refused, saying who can.
    pub(crate) fn open_at(address: Address) -> Result<Self> {
        let mut client = address.connect()?;
        check_server(&mut client)?;
        let found = migrations::found(&mut client)?;
        let older = matches!(found, Found::Version(v) if (1..LATEST).contains(&v));
        if older && migrations::owned_by_this_login(&mut client)? {
            migrations::migrate(&mut client, &address)?;
        } else if let Some(refused) = refusal(found, &address) {
            return Err(refused);
        }
        Ok(PgStore {
            pool: Pool::new(address, Some(Conn::new(client))),
        })
    }

    /// Makes (or brings up to date) the team notebook at `owner_url`, with
    /// the database owner's login: the extensions, the tables, the staff
    /// role. All of it or nothing; on an up-to-date team notebook nothing
    /// is done. Only `kindly team init` calls it.
    pub(crate) fn init(owner_url: &str) -> Result<()> {
        let address = Address::parse(owner_url)?;
        let mut client = address.connect()?;
        check_server(&mut client)?;
        migrations::migrate(&mut client, &address)
    }

    /// The server's host and the database, for the window's title.
    pub(crate) fn address(&self) -> &Address {
        self.pool.address()
    }

    /// A read of the team notebook as it is (read only; each statement
    /// sees what was committed before it began).
    /// (The handle itself, for the store's own tests; the notebook goes
    /// through [`Store`].)
    #[cfg(test)]
    pub(crate) fn read(&self) -> Result<PgTx<'_>> {
        PgTx::read(&self.pool)
    }

    /// A read of one moment of the team notebook.
    /// (The handle itself, for the store's own tests; the notebook goes
    /// through [`Store`].)
    #[cfg(test)]
    pub(crate) fn snapshot(&self) -> Result<PgTx<'_>> {
        PgTx::snapshot(&self.pool)
    }

    /// One write transaction: nothing is kept unless it is committed.
    /// (The handle itself, for the store's own tests; the notebook goes
    /// through [`Store`].)
    #[cfg(test)]
    pub(crate) fn write(&self) -> Result<PgTx<'_>> {
        PgTx::write(&self.pool)
    }
}

impl Store for PgStore {
    fn read(&self) -> Result<Box<dyn Tx + '_>> {
        Ok(Box::new(PgTx::read(&self.pool)?))
    }

    fn snapshot(&self) -> Result<Box<dyn Tx + '_>> {
        Ok(Box::new(PgTx::snapshot(&self.pool)?))
    }

    fn write(&mut self) -> Result<Box<dyn Tx + '_>> {
        Ok(Box::new(PgTx::write(&self.pool)?))
    }
}

/// Refuses a server older than PostgreSQL 15.
pub(crate) fn check_server(client: &mut Client) -> Result<()> {
    let (number, shown) = server_version(client)?;
    refuse_older(number, shown)
}

/// The server's `server_version_num` (150004 for 15.4) and its version
/// as it shows it ("15.4 (Debian 15.4-1)").
fn server_version(client: &mut Client) -> Result<(i32, String)> {
    let row = client.query_one(
        "SELECT current_setting('server_version_num')::integer, current_setting('server_version')",
        &[],
    )?;
    Ok((row.try_get(0)?, row.try_get(1)?))
}

/// [`Error::ServerTooOld`] naming `shown` when `number` (a
/// `server_version_num`) is below [`OLDEST_SERVER`].
fn refuse_older(number: i32, shown: String) -> Result<()> {
    if number < OLDEST_SERVER {
        return Err(Error::ServerTooOld { found: shown });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::postgres::migrations::{staff_role, LATEST};
    use crate::store::postgres::testing::{self, admin};

    #[test]
    fn init_twice_changes_nothing_the_second_time() {
        let (name, url) = testing::fresh_database();
        PgStore::init(&url).unwrap();
        let before = testing::schema_listing(&name);
        PgStore::init(&url).unwrap();
        assert_eq!(testing::schema_listing(&name), before);

        let store = PgStore::open(&url).unwrap();
        let mut tx = store.read().unwrap();
        let version: i32 = tx
            .query_one("SELECT version FROM kindly_schema", &[])
            .unwrap()
            .get(0);
        assert_eq!(i64::from(version), LATEST);
        assert_eq!(store.address().database(), name);
    }

    #[test]
    fn the_staff_role_may_use_the_rows_and_nothing_else() {
        let (name, url) = testing::fresh_database();
        PgStore::init(&url).unwrap();
        let role = staff_role(&name).unwrap();
        let mut db = admin(&name);
        let can =
            |db: &mut Client, what: &str| -> bool { db.query_one(what, &[&role]).unwrap().get(0) };
        assert!(can(
            &mut db,
            "SELECT has_table_privilege($1, 'customers', 'SELECT, INSERT, UPDATE, DELETE')"
        ));
        assert!(can(
            &mut db,
            "SELECT has_table_privilege($1, 'kindly_schema', 'SELECT')"
        ));
        assert!(can(
            &mut db,
            "SELECT has_database_privilege($1, current_database(), 'CONNECT')"
        ));
        assert!(!can(
            &mut db,
            "SELECT has_table_privilege($1, 'kindly_schema', 'UPDATE')"
        ));
        assert!(!can(
            &mut db,
            "SELECT has_table_privilege($1, 'customers', 'TRUNCATE')"
        ));
        assert!(!can(
            &mut db,
            "SELECT has_schema_privilege($1, 'public', 'CREATE')"
        ));
        assert!(!can(
            &mut db,
            "SELECT rolcanlogin FROM pg_roles WHERE rolname = $1"
        ));
        assert!(!can(&mut db, "SELECT has_database_privilege('public', current_database(), 'CONNECT') AND $1::text IS NOT NULL"));
    }

    #[test]
    fn a_server_older_than_postgresql_15_is_refused_saying_what_it_runs() {
        // The test server's own answer reads, and is new enough.
        let (number, shown) = server_version(&mut admin("postgres")).unwrap();
        assert!(number >= OLDEST_SERVER, "{number}");
        assert!(
            shown.starts_with(&format!("{}.", number / 10_000)),
            "{shown}"
        );
        refuse_older(number, shown).unwrap();
        check_server(&mut admin("postgres")).unwrap();

        refuse_older(150_000, "15.0".into()).unwrap();
        for (number, shown) in [(149_999, "14.99"), (140_011, "14.11"), (90_624, "9.6.24")] {
            let err = refuse_older(number, shown.into()).expect_err("too old");
            assert!(
                matches!(err, Error::ServerTooOld { ref found } if found == shown),
                "{err:?}"
            );
            assert_eq!(
                err.to_string(),
                format!(
                    "The team notebook needs PostgreSQL 15 or newer; the server runs \
                     PostgreSQL {shown}."
                )
            );
        }
    }

    #[test]
    fn init_by_a_login_that_may_not_create_the_extensions_changes_nothing_and_says_why() {
        // A login the server's administrator made for the shop (it may
        // create roles and tables) without giving it the database, whose
        // CREATE right trusted extensions need.
        let (name, _) = testing::fresh_database();
        let login = format!("kindly_test_{}", uuid::Uuid::now_v7().simple());
        let mut db = admin(&name);
        let create: String = db
            .query_one(
                "SELECT format('CREATE ROLE %I LOGIN CREATEROLE PASSWORD %L; \
                                GRANT CREATE ON SCHEMA public TO %I', $1::text, $2::text, $1::text)",
                &[&login, &"s3cret-pw"],
            )
            .unwrap()
            .get(0);
        db.batch_execute(&create).unwrap();
        let before = testing::schema_listing(&name);

        let url = testing::url_for(&name, Some((&login, "s3cret-pw")));
        let err = PgStore::init(&url).expect_err("refused");
        let shown = err.to_string();
        assert!(
            matches!(err, Error::Invalid { ref field, .. } if field == "url"),
            "{err:?}"
        );
        assert!(shown.contains("extension pg_trgm"), "{shown}");
        assert!(shown.contains("Nothing was changed"), "{shown}");
        assert!(!shown.contains("s3cret-pw"), "{shown}");
        assert_eq!(
            testing::schema_listing(&name),
            before,
            "nothing was written"
        );
    }

    /// Turns the up-to-date team notebook `name` back into version 1, as
    /// the first Kindly with team notebooks left it.
    fn back_to_version_1(name: &str) {
        admin(name)
            .batch_execute(
                "ALTER TABLE customers DROP COLUMN language;
                 DROP INDEX customers_last_contact, customers_name_sort, customers_added,
                     customers_company_sort;
                 ALTER TABLE customers DROP COLUMN import_pk;
                 DROP TABLE saved_lists, imports;
                 DROP TABLE bulk_change_rows, bulk_changes;
                 DROP INDEX events_issue_moves, customers_rhythm, events_talks,
                     events_follow_ups_done, entries_live_promises, events_promises_kept;
                 UPDATE kindly_schema SET version = 1;",
            )
            .unwrap();
    }

    #[test]
    fn an_older_team_notebook_is_brought_up_to_date_when_its_owner_opens_it_and_staff_are_told_to_ask(
    ) {
        let (name, owner_url) = testing::fresh_database();
        PgStore::init(&owner_url).unwrap();
        back_to_version_1(&name);
        let login = format!("kindly_test_login_{}", uuid::Uuid::now_v7().simple());
        let role = staff_role(&name).unwrap();
        admin(&name)
            .batch_execute(&format!(
                "CREATE ROLE \"{login}\" LOGIN PASSWORD 'kindly-test-pw'; GRANT \"{role}\" TO \"{login}\""
            ))
            .unwrap();
        let staff_url = testing::url_for(&name, Some((&login, "kindly-test-pw")));

        // A staff login cannot change the tables: it is told who can, and
        // nothing is written.
        let before = testing::schema_listing(&name);
        let told = PgStore::open(&staff_url).err().expect("refused");
        assert!(
            told.to_string().contains("Its owner brings it up to date"),
            "{told}"
        );
        assert_eq!(
            testing::schema_listing(&name),
            before,
            "nothing was written"
        );

        // The owner opening it once is the whole update; then staff open it.
        PgStore::open(&owner_url).expect("brought up to date");
        let version: i32 = admin(&name)
            .query_one("SELECT version FROM kindly_schema", &[])
            .unwrap()
            .get(0);
        assert_eq!(i64::from(version), LATEST);
        PgStore::open(&staff_url).expect("up to date for everyone");
    }

    #[test]
    fn a_newer_team_notebook_is_refused_before_anything_is_written() {
        let (name, url) = testing::fresh_database();
        let mut db = admin(&name);
        db.batch_execute(
            "CREATE TABLE kindly_schema (version integer NOT NULL);
             INSERT INTO kindly_schema VALUES (99);",
        )
        .unwrap();
        let before = testing::schema_listing(&name);

        for err in [PgStore::init(&url).err(), PgStore::open(&url).err()] {
            let err = err.expect("refused");
            assert!(
                matches!(
                    err,
                    Error::NewerTeamNotebook {
                        found: 99,
                        supported: LATEST
                    }
                ),
                "{err:?}"
            );
            assert!(err.to_string().contains("newer Kindly"), "{err}");
        }
        assert_eq!(
            testing::schema_listing(&name),
            before,
            "nothing was written"
        );
    }

    #[test]
    fn a_database_of_something_else_is_refused_as_it_is() {
        let (name, url) = testing::fresh_database();
        admin(&name)
            .batch_execute("CREATE TABLE orders (pk integer PRIMARY KEY)")
            .unwrap();
        let before = testing::schema_listing(&name);

        for err in [PgStore::init(&url).err(), PgStore::open(&url).err()] {
            let err = err.expect("refused");
            assert!(matches!(err, Error::NotTeamNotebook { .. }), "{err:?}");
            assert!(
                err.to_string().contains("not a Kindly team notebook"),
                "{err}"
            );
        }
        assert_eq!(
            testing::schema_listing(&name),
            before,
            "nothing was written"
        );
    }

    #[test]
    fn an_empty_database_is_not_opened_until_it_is_made_a_team_notebook() {
        let (_, url) = testing::fresh_database();
        let err = PgStore::open(&url).err().expect("refused");
        assert!(matches!(err, Error::NotTeamNotebook { .. }), "{err:?}");
    }

    #[test]
    fn a_write_is_kept_only_when_committed_and_reads_cannot_write() {
        let store = testing::fresh_store();
        let mut tx = store.write().unwrap();
        tx.execute(
            "INSERT INTO settings(key, value) VALUES ('colour', 'teal')",
            &[],
        )
        .unwrap();
        tx.commit().unwrap();
        let mut tx = store.write().unwrap();
        tx.execute("UPDATE settings SET value = 'red'", &[])
            .unwrap();
        drop(tx);

        let colour: String = store
            .read()
            .unwrap()
            .query_one("SELECT value FROM settings WHERE key = 'colour'", &[])
            .unwrap()
            .get(0);
        assert_eq!(colour, "teal", "the dropped transaction changed nothing");

        let mut read = store.read().unwrap();
        let err = read
            .execute("DELETE FROM settings", &[])
            .expect_err("a read is read only");
        assert!(matches!(err, Error::Storage(_)), "{err:?}");
        drop(read);
        // The connection that failed was rolled back and is usable again.
        let mut snapshot = store.snapshot().unwrap();
        assert_eq!(
            snapshot
                .query("SELECT key FROM settings", &[])
                .unwrap()
                .len(),
            1
        );
    }

    #[test]
    fn a_connection_the_server_dropped_while_idle_is_replaced() {
        let store = testing::fresh_store();
        let pid: i32 = store
            .read()
            .unwrap()
            .query_one("SELECT pg_backend_pid()", &[])
            .unwrap()
            .get(0);
        let mut db = admin(store.address().database());
        db.query_one("SELECT pg_terminate_backend($1, 5000)", &[&pid])
            .unwrap();

        let mut tx = store.read().unwrap();
        let now: i32 = tx.query_one("SELECT pg_backend_pid()", &[]).unwrap().get(0);
        assert_ne!(now, pid);
    }

    #[test]
    fn a_connection_lost_mid_transaction_is_said_and_never_reused() {
        let store = testing::fresh_store();
        let mut tx = store.write().unwrap();
        let pid: i32 = tx.query_one("SELECT pg_backend_pid()", &[]).unwrap().get(0);
        admin(store.address().database())
            .query_one("SELECT pg_terminate_backend($1, 5000)", &[&pid])
            .unwrap();

        let err = tx
            .execute("INSERT INTO settings(key, value) VALUES ('a', 'b')", &[])
            .expect_err("the connection is gone");
        assert!(matches!(err, Error::ConnectionLost), "{err:?}");
        drop(tx);
        let mut tx = store.read().unwrap();
        let now: i32 = tx.query_one("SELECT pg_backend_pid()", &[]).unwrap().get(0);
        assert_ne!(now, pid);
    }
}
