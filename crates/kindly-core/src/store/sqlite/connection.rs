//! Opening the notebook file: one hardened, configured connection (keyed
//! with the passphrase when the file is protected), its schema brought up
//! to date.

use kindly_words::say;
use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::rules::model::Millis;
use crate::store::sqlite::migrations;

/// Opens the file at `path` for reading and writing (creating it if
/// needed), hardened, with `key` if given. Not configured: see [`open`].
pub(crate) fn connect(path: &Path, key: Option<&str>) -> Result<Connection> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    harden(&conn)?;
    if let Some(key) = key {
        apply_key(&conn, key)?;
    }
    Ok(conn)
}

/// Opens the notebook file at `path` (with `key` when protected), ready for
/// use: hardened, configured, and its schema brought up to date at `now`.
/// A notebook from a newer Kindly is refused before anything is written.
pub(crate) fn open(path: &Path, key: Option<&str>, now: Millis) -> Result<Connection> {
    let mut conn = connect(path, key)?;
    configure(&mut conn, now)?;
    Ok(conn)
}

/// Opens the notebook file at `path` under `key` for reading only
/// (`SQLITE_OPEN_READ_ONLY`: no statement on the connection can change the
/// file, its journal or its schema), hardened and tuned like [`open`]'s.
/// The file must exist and be at exactly this Kindly's schema version
/// (see [`migrations::LATEST`]); an older one is brought up to date first
/// by the caller, a newer one is refused.
pub(crate) fn open_read_only(path: &Path, key: &str) -> Result<Connection> {
    std::fs::metadata(path)?;
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    harden(&conn)?;
    apply_key(&conn, key)?;
    conn.busy_timeout(Duration::from_secs(5))?;
    conn.set_prepared_statement_cache_capacity(128);
    conn.pragma_update(None, "mmap_size", 0)?;
    conn.pragma_update(None, "cache_size", -16 * 1024)?;
    Ok(conn)
}

/// A private notebook in memory, ready for use like [`open`]'s.
pub(crate) fn open_in_memory(now: Millis) -> Result<Connection> {
    let mut conn = Connection::open_in_memory()?;
    configure(&mut conn, now)?;
    Ok(conn)
}

/// Makes `conn` distrust the file it opens: SQLite's defensive mode (no
/// writing the schema by hand, no writing a virtual table's shadow tables)
/// and `trusted_schema` off (a view or trigger in the file cannot call
/// functions with side effects). Every connection Kindly opens gets this.
pub(crate) fn harden(conn: &Connection) -> Result<()> {
    use rusqlite::config::DbConfig;
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_DEFENSIVE, true)?;
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_TRUSTED_SCHEMA, false)?;
    Ok(())
}

/// Sets up a fresh connection to a notebook and brings its schema up to date.
fn configure(conn: &mut Connection, now: Millis) -> Result<()> {
    harden(conn)?;
    conn.busy_timeout(Duration::from_secs(5))?;
    // Room for every statement the app repeats (the default is 16).
    conn.set_prepared_statement_cache_capacity(128);
    migrations::ensure_not_newer(conn)?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    // FULL: a save the user saw succeed survives a power cut too.
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", true)?;
    // A 16 MiB page cache and no memory map: mapped pages of a large
    // notebook counted against Kindly's memory (60 MiB after a few dozen
    // searches at 100,000 customers), while the lookups, Today and the
    // timeline measured the same without it (BENCHMARKS.md).
    conn.pragma_update(None, "mmap_size", 0)?;
    conn.pragma_update(None, "cache_size", -16 * 1024)?;
    migrations::migrate(conn, now)
}

/// SQLite's `PRAGMA integrity_check` of the whole file open on `conn`:
/// `ok` when every page and index is sound, otherwise the first problem.
pub(crate) fn integrity_check(conn: &Connection) -> Result<String> {
    Ok(conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
}

/// How many rows `conn` changed since it was opened; grows with every
/// change, so equal counts mean nothing was written in between.
pub(crate) fn total_changes(conn: &Connection) -> u64 {
    conn.total_changes()
}

/// Caps the file open on `conn` at its current size plus `extra_pages`
/// (SQLite's `max_page_count`), so a write past it fails as on a full
/// disk. Lasts while `conn` is open; only for tests.
pub(crate) fn cap_pages_for_tests(conn: &Connection, extra_pages: u32) -> Result<()> {
    let pages: i64 = conn.pragma_query_value(None, "page_count", |r| r.get(0))?;
    conn.pragma_update(None, "max_page_count", pages + i64::from(extra_pages))?;
    Ok(())
}

/// Brings the schema of the file open on `conn` up to date at `now` (after
/// its pages were replaced by an older notebook's).
pub(crate) fn migrate(conn: &mut Connection, now: Millis) -> Result<()> {
    migrations::migrate(conn, now)
}

/// Gives `conn` the key `passphrase` (SQLCipher's `PRAGMA key`) and proves
/// it opens the file: a wrong passphrase is an error on the `passphrase`
/// field, not a storage failure later.
pub(crate) fn apply_key(conn: &Connection, passphrase: &str) -> Result<()> {
    if passphrase.is_empty() || passphrase.contains('\0') {
        return Err(wrong_passphrase());
    }
    conn.execute_batch(&key_pragma(passphrase))?;
    match conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| {
        r.get::<_, i64>(0)
    }) {
        Ok(_) => Ok(()),
        Err(err) if err.sqlite_error_code() == Some(rusqlite::ErrorCode::NotADatabase) => {
            Err(wrong_passphrase())
        }
        Err(err) => Err(err.into()),
    }
}

/// The `PRAGMA key` statement for `passphrase`, built in memory that is
/// wiped when dropped (sized up front, so no copy is left behind by a
/// growing string).
fn key_pragma(passphrase: &str) -> Zeroizing<String> {
    const START: &str = "PRAGMA key = '";
    let quotes = passphrase.matches('\'').count();
    let mut sql = Zeroizing::new(String::with_capacity(
        START.len() + passphrase.len() + quotes + 2,
    ));
    sql.push_str(START);
    for c in passphrase.chars() {
        if c == '\'' {
            sql.push('\'');
        }
        sql.push(c);
    }
    sql.push_str("';");
    sql
}

fn wrong_passphrase() -> Error {
    Error::invalid("passphrase", say("validate-passphrase-does-not-open"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_statement_quotes_the_passphrase_without_growing() {
        let sql = key_pragma("it's a 'quoted' one");
        assert_eq!(sql.as_str(), "PRAGMA key = 'it''s a ''quoted'' one';");
        assert_eq!(sql.capacity(), sql.len(), "built in one allocation");
    }
}
