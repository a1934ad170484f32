//! Opening the notebook file: one hardened, configured connection, its
//! schema brought up to date, and [`SqliteStore`], the open file.

use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

use crate::error::Result;
use crate::rules::model::Millis;
use crate::store::sqlite::tx::SqliteTx;
use crate::store::sqlite::situations::unchecked;
use crate::store::sqlite::{backup, cipher, migrations};
use crate::store::{Store, Tx};

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
        cipher::apply_key(&conn, key)?;
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

/// The open notebook file: its connection, configured, with the schema up
/// to date. Every operation on the file as a whole goes through it; the
/// rows go through [`SqliteStore::read`] and [`SqliteStore::write`].
pub(crate) struct SqliteStore {
    /// The connection; the store band's own tests reach it directly.
    pub(crate) conn: Connection,
}

impl SqliteStore {
    /// Opens the notebook file at `path`, like [`open`].
    pub(crate) fn open(path: &Path, key: Option<&str>, now: Millis) -> Result<Self> {
        Ok(SqliteStore {
            conn: open(path, key, now)?,
        })
    }

    /// A private notebook in memory, like [`open_in_memory`].
    pub(crate) fn open_in_memory(now: Millis) -> Result<Self> {
        Ok(SqliteStore {
            conn: open_in_memory(now)?,
        })
    }

    /// One transaction with foreign-key checks off: see
    /// [`unchecked::write_without_key_checks`].
    pub(crate) fn write_without_key_checks<T>(
        &mut self,
        work: impl FnOnce(&mut dyn Tx) -> Result<T>,
    ) -> Result<T> {
        unchecked::write_without_key_checks(&self.conn, work)
    }

    /// See [`integrity_check`].
    pub(crate) fn integrity_check(&self) -> Result<String> {
        integrity_check(&self.conn)
    }

    /// See [`total_changes`].
    pub(crate) fn total_changes(&self) -> u64 {
        total_changes(&self.conn)
    }

    /// See [`cap_pages_for_tests`].
    pub(crate) fn cap_pages_for_tests(&self, extra_pages: u32) -> Result<()> {
        cap_pages_for_tests(&self.conn, extra_pages)
    }

    /// See [`migrate`].
    pub(crate) fn migrate(&mut self, now: Millis) -> Result<()> {
        migrate(&mut self.conn, now)
    }

    /// See [`backup::write_checked_copy`].
    pub(crate) fn backup_to(&self, dest: &Path, key: Option<&str>) -> Result<()> {
        backup::write_checked_copy(&self.conn, dest, key)
    }

    /// See [`backup::restore`].
    pub(crate) fn restore(
        &mut self,
        source: backup::CheckedBackup,
        key: Option<&str>,
        work_dir: &Path,
    ) -> Result<()> {
        backup::restore(&mut self.conn, source, key, work_dir)
    }

    /// See [`cipher::rekey`].
    pub(crate) fn rekey(
        &mut self,
        path: &Path,
        old_key: Option<&str>,
        new_key: Option<&str>,
        now: Millis,
    ) -> Result<cipher::Rekeyed> {
        cipher::rekey(&mut self.conn, path, old_key, new_key, now)
    }
}

impl Store for SqliteStore {
    fn read(&self) -> Box<dyn Tx + '_> {
        Box::new(SqliteTx::on(&self.conn))
    }

    fn snapshot(&self) -> Result<Box<dyn Tx + '_>> {
        Ok(Box::new(SqliteTx::snapshot(&self.conn)?))
    }

    fn write(&mut self) -> Result<Box<dyn Tx + '_>> {
        Ok(Box::new(SqliteTx::write(&mut self.conn)?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_a_store_commits_its_reads_see_and_the_file_stays_sound() {
        let mut store = SqliteStore::open_in_memory(0).unwrap();
        let before = store.total_changes();
        let mut tx = store.write().unwrap();
        tx.set_setting("colour", "teal").unwrap();
        tx.commit().unwrap();
        let mut tx = store.write().unwrap();
        tx.set_setting("colour", "red").unwrap();
        drop(tx);

        assert_eq!(
            store.read().setting("colour").unwrap().as_deref(),
            Some("teal"),
            "the dropped transaction changed nothing"
        );
        assert!(store.total_changes() > before);
        assert_eq!(store.integrity_check().unwrap(), "ok");
    }
}
