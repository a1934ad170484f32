//! The team notebook's schema: ordered versions of SQL files, recorded in
//! `kindly_schema`. Run only by `kindly team init` with the owner's login
//! (creating extensions, tables and the staff role needs its rights; the
//! staff's logins have none of them). Never edit a released version: add
//! a new one.
//!
//! Version 1 is the files of each table group under `schema/`; later
//! versions are one file each (`schema/vN_*.sql`). The owner's login
//! brings an older team notebook up to date when it opens it
//! ([`owned_by_this_login`]); staff logins are told to ask the owner.

use postgres::error::SqlState;
use postgres::{Client, GenericClient};

use crate::error::{Error, Result};
use crate::store::postgres::address::Address;
use crate::store::postgres::errors;

/// The schema versions, oldest first: version N is `VERSIONS[N - 1]`, its
/// files run in this order (each refers only to the ones before it).
const VERSIONS: &[&[&str]] = &[
    &[
        include_str!("schema/customers.sql"),
        include_str!("schema/history.sql"),
        include_str!("schema/follow_ups.sql"),
        include_str!("schema/situations.sql"),
        include_str!("schema/merges.sql"),
        include_str!("schema/notebook.sql"),
        include_str!("schema/search.sql"),
        include_str!("schema/live.sql"),
    ],
    &[include_str!("schema/v2_customer_language.sql")],
    &[include_str!("schema/v3_lists.sql")],
    &[include_str!("schema/v4_bulk_changes.sql")],
    &[include_str!("schema/v5_reports.sql")],
];

/// The newest schema version this build knows.
pub(crate) const LATEST: i64 = VERSIONS.len() as i64;

/// The extensions the schema uses (lookups without accents, by trigrams).
const EXTENSIONS: [&str; 2] = ["pg_trgm", "unaccent"];

/// Two `kindly team init` runs on one server wait for each other (a
/// transaction-level advisory lock; the number is Kindly's own).
const INIT_LOCK: i64 = 0x4b69_6e64_6c79;

/// What a database holds, as far as Kindly is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Found {
    /// No tables (besides those of extensions): a new team notebook can be
    /// made in it.
    Empty,
    /// Tables, but no `kindly_schema`: something else's database.
    Foreign,
    /// A team notebook at this schema version.
    Version(i64),
}

/// What the database `client` is connected to holds (read only).
pub(crate) fn found(client: &mut impl GenericClient) -> Result<Found> {
    let marked: bool = client
        .query_one(
            "SELECT to_regclass('public.kindly_schema') IS NOT NULL",
            &[],
        )?
        .try_get(0)?;
    if marked {
        let version: Option<i32> = client
            .query_one("SELECT max(version) FROM kindly_schema", &[])?
            .try_get(0)?;
        return Ok(Found::Version(version.map_or(0, i64::from)));
    }
    let tables: i64 = client
        .query_one(
            "SELECT count(*) FROM pg_catalog.pg_class c
             JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
             WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f')
               AND n.nspname <> 'information_schema' AND n.nspname !~ '^pg_'
               -- Tables an extension brought (PostGIS's, say) are not ours to judge.
               AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                               WHERE d.classid = 'pg_catalog.pg_class'::regclass
                                 AND d.objid = c.oid AND d.deptype = 'e')",
            &[],
        )?
        .try_get(0)?;
    Ok(if tables == 0 {
        Found::Empty
    } else {
        Found::Foreign
    })
}

/// The refusal for a database that holds `found` when this build expects
/// an up-to-date team notebook; `None` when it is one.
pub(crate) fn refusal(found: Found, address: &Address) -> Option<Error> {
    match found {
        Found::Version(LATEST) => None,
        Found::Version(v) if v > LATEST => Some(Error::NewerTeamNotebook {
            found: v,
            supported: LATEST,
        }),
        Found::Version(_) => Some(Error::storage(
            "This team notebook was made by an older Kindly. Its owner brings it up to date by \
             opening it once in this Kindly (or with `kindly team init`); then it opens here too.",
        )),
        Found::Empty | Found::Foreign => Some(not_team_notebook(address)),
    }
}

fn not_team_notebook(address: &Address) -> Error {
    Error::NotTeamNotebook {
        host: address.host().to_owned(),
        database: address.database().to_owned(),
    }
}

/// Whether the login `client` is signed in with owns the team notebook's
/// tables (so may bring an older one up to date).
pub(crate) fn owned_by_this_login(client: &mut impl GenericClient) -> Result<bool> {
    Ok(client
        .query_one(
            "SELECT coalesce(pg_has_role(session_user, c.relowner, 'USAGE'), false)
             FROM pg_catalog.pg_class c WHERE c.oid = to_regclass('public.customers')
             UNION ALL SELECT false LIMIT 1",
            &[],
        )?
        .try_get(0)?)
}

/// Brings the database up to [`LATEST`] in one transaction: the
/// extensions, every missing version, the staff role and its rights. A
/// database already at [`LATEST`] is left exactly as it is; a newer one,
/// or one holding anything else, is refused before anything is written.
pub(crate) fn migrate(client: &mut Client, address: &Address) -> Result<()> {
    let mut tx = client.transaction()?;
    // A migration of a large notebook may take longer than a statement
    // of the app may (address.rs), and waits for the app's transactions.
    tx.batch_execute("SET LOCAL statement_timeout = 0; SET LOCAL lock_timeout = 0")?;
    tx.query_one("SELECT pg_advisory_xact_lock($1)", &[&INIT_LOCK])?;
    let from = match found(&mut tx)? {
        Found::Empty => 0,
        Found::Version(LATEST) => return Ok(()),
        Found::Version(v) if v > LATEST => {
            return Err(Error::NewerTeamNotebook {
                found: v,
                supported: LATEST,
            })
        }
        Found::Version(v) => v,
        Found::Foreign => return Err(not_team_notebook(address)),
    };
    for name in EXTENSIONS {
        tx.batch_execute(&format!(
            "CREATE EXTENSION IF NOT EXISTS {name} WITH SCHEMA public"
        ))
        .map_err(|err| errors::on_extension(err, name))?;
    }
    tx.batch_execute("CREATE TABLE IF NOT EXISTS kindly_schema (version integer NOT NULL)")?;
    for (index, files) in VERSIONS
        .iter()
        .enumerate()
        .skip(usize::try_from(from).unwrap_or(0))
    {
        for sql in *files {
            tx.batch_execute(sql)?;
        }
        let version = i32::try_from(index + 1).unwrap_or(i32::MAX);
        tx.execute("DELETE FROM kindly_schema", &[])?;
        tx.execute(
            "INSERT INTO kindly_schema(version) VALUES ($1)",
            &[&version],
        )?;
    }
    grant_to_staff(&mut tx, address.database())?;
    tx.commit()?;
    Ok(())
}

/// The role every staff login of this team notebook is made a member of
/// (`GRANT kindly_staff_<database> TO login`).
///
/// One role per database, not one `kindly_staff` for the server: role
/// names are shared by every database of a server, so a shared role would
/// let the staff of one team notebook into another on the same server.
pub(crate) fn staff_role(database: &str) -> Result<String> {
    let role = format!("kindly_staff_{database}");
    // PostgreSQL would silently cut a longer name, and two cut names
    // could meet.
    if role.len() > 63 {
        return Err(Error::storage(
            "The team notebook's database name is too long (at most 50 characters).",
        ));
    }
    Ok(role)
}

/// Creates the staff role if needed and gives it exactly this: connecting
/// to the database, reading and writing the rows of every table (not the
/// schema version, nor the list of logins), using the sequences. Nothing else: no DDL, no other
/// database (CONNECT is taken from PUBLIC).
fn grant_to_staff(tx: &mut postgres::Transaction<'_>, database: &str) -> Result<()> {
    let role = staff_role(database)?;
    let exists = tx
        .query_opt(
            "SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = $1",
            &[&role],
        )?
        .is_some();
    let (r, db) = (quote_ident(&role), quote_ident(database));
    if !exists {
        tx.batch_execute(&format!("CREATE ROLE {r} NOLOGIN"))
            .map_err(|err| match err.code() {
                Some(c) if *c == SqlState::INSUFFICIENT_PRIVILEGE => Error::storage(
                    "`kindly team init` needs a login that may create roles (CREATEROLE) \
                     to make the staff role. Nothing was changed.",
                ),
                _ => Error::from(err),
            })?;
    }
    tx.batch_execute(&format!(
        "REVOKE ALL ON DATABASE {db} FROM PUBLIC;
         GRANT CONNECT ON DATABASE {db} TO {r};
         GRANT USAGE ON SCHEMA public TO {r};
         GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {r};
         REVOKE INSERT, UPDATE, DELETE ON kindly_schema FROM {r};
         REVOKE INSERT, UPDATE, DELETE ON staff_logins FROM {r};
         GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {r};"
    ))?;
    Ok(())
}

/// `name` as an SQL identifier, whatever it holds (role and database
/// names cannot be bound as parameters).
fn quote_ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}
