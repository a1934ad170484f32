//! [`SqliteStore`]: the open notebook file, and rewriting it whole under
//! another key.

use std::fs::File;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OptionalExtension};

use crate::error::{Error, Result};
use crate::rules::model::Millis;
use crate::rules::progress::{Progress, Stage};
use crate::store::sqlite::connection::{
    self, cap_pages_for_tests, integrity_check, migrate, open, open_in_memory, total_changes,
};
use crate::store::sqlite::situations::unchecked;
use crate::store::sqlite::tx::SqliteTx;
use crate::store::sqlite::{backup, cipher};
use crate::store::{Store, Tx};

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
    pub(crate) fn backup_to(
        &self,
        dest: &Path,
        key: Option<&str>,
        progress: &dyn Progress,
    ) -> Result<()> {
        backup::write_checked_copy(&self.conn, dest, key, progress)
    }

    /// See [`backup::restore`].
    pub(crate) fn restore(
        &mut self,
        source: backup::CheckedBackup,
        key: Option<&str>,
        work_dir: &Path,
        progress: &dyn Progress,
    ) -> Result<()> {
        backup::restore(&mut self.conn, source, key, work_dir, progress)
    }

    /// Checks the whole file (every page and index sound, every foreign
    /// key pointing at a row), folds its write-ahead log into it and
    /// closes it as one file with nothing beside it, ready to be renamed
    /// into place: a new notebook written whole, such as a copy of a team
    /// notebook. A file that fails a check is closed as it is, and the
    /// error says what failed.
    pub(crate) fn close_checked(self) -> Result<()> {
        let verdict = integrity_check(&self.conn)?;
        if verdict != "ok" {
            return Err(Error::storage(format!(
                "the new notebook file is damaged: {verdict}"
            )));
        }
        let dangling: Option<String> = self
            .conn
            .query_row("SELECT \"table\" FROM pragma_foreign_key_check", [], |r| {
                r.get(0)
            })
            .optional()?;
        if let Some(table) = dangling {
            return Err(Error::storage(format!(
                "a row of {table} in the new notebook file names a row that is not there"
            )));
        }
        self.conn.pragma_update(None, "journal_mode", "DELETE")?;
        self.conn.close().map_err(|(_, err)| err)?;
        Ok(())
    }

    /// Readies a new file that is written whole and only given its name
    /// once checked (an offline copy): a rollback journal instead of the
    /// write-ahead log (a new file's pages then reach it once, not once in
    /// the log and again in the file, each time encrypted), no waiting for
    /// the disk at each commit (the caller syncs the file once before
    /// renaming it; a crash leaves only a file the next attempt removes),
    /// and a larger page cache for the one long transaction.
    pub(crate) fn for_writing_whole(&self) -> Result<()> {
        self.conn.pragma_update(None, "journal_mode", "DELETE")?;
        self.conn.pragma_update(None, "synchronous", "OFF")?;
        self.conn.pragma_update(None, "cache_size", -64 * 1024)?;
        Ok(())
    }

    /// See [`rekey`].
    pub(crate) fn rekey(
        &mut self,
        path: &Path,
        old_key: Option<&str>,
        new_key: Option<&str>,
        now: Millis,
        progress: &dyn Progress,
    ) -> Result<Rekeyed> {
        rekey(&mut self.conn, path, old_key, new_key, now, progress)
    }
}

impl Store for SqliteStore {
    fn read(&self) -> Result<Box<dyn Tx + '_>> {
        Ok(Box::new(SqliteTx::on(&self.conn)))
    }

    fn snapshot(&self) -> Result<Box<dyn Tx + '_>> {
        Ok(Box::new(SqliteTx::snapshot(&self.conn)?))
    }

    fn write(&mut self) -> Result<Box<dyn Tx + '_>> {
        Ok(Box::new(SqliteTx::write(&mut self.conn)?))
    }
}

/// How [`rekey`] ended when it did not fail.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Rekeyed {
    /// The file at the path is the new copy, open on the connection under
    /// the new key.
    Done,
    /// Another program has the notebook open: nothing was replaced, and the
    /// old file is open again on the connection under the old key.
    Busy,
}

/// Rewrites the whole notebook open on `conn` at `path` under `new_key`
/// (or none) and reopens it. A complete new copy is written beside the
/// file (`sqlcipher_export`), checked, and only then renamed over it, so a
/// crash at any moment leaves either the old notebook or the new one,
/// never half of each. On an error the copy is removed and the file is as
/// it was; the connection is then closed only if reopening failed.
///
/// Reports [`Stage::Rewriting`] (no count: the copy is one statement),
/// [`Stage::Checking`] and [`Stage::Finishing`] to `progress`, and never
/// stops for a cancel: the window offers none.
pub(crate) fn rekey(
    conn: &mut Connection,
    path: &Path,
    old_key: Option<&str>,
    new_key: Option<&str>,
    now: Millis,
    progress: &dyn Progress,
) -> Result<Rekeyed> {
    let next = sibling(path, ".rewriting");
    for stale in [&next, &sibling(&next, "-journal")] {
        remove_if_present(stale)?;
    }
    progress.stage(Stage::Rewriting);
    if let Err(err) = cipher::export_copy(conn, &next, new_key).and_then(|()| {
        progress.stage(Stage::Checking);
        let copy = connection::connect(&next, new_key)?;
        backup::check(&copy)
    }) {
        let _ = std::fs::remove_file(&next);
        return Err(err);
    }
    progress.stage(Stage::Finishing);
    // Fold the write-ahead log into the file, then close it: the old
    // file must be whole on its own when the new one replaces it.
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
    let old = std::mem::replace(conn, Connection::open_in_memory()?);
    if let Err((old, err)) = old.close() {
        *conn = old;
        let _ = std::fs::remove_file(&next);
        return Err(err.into());
    }
    // A log still there means another program has the notebook open;
    // replacing the file under it would lose what it writes.
    if sibling(path, "-wal").exists() {
        let _ = std::fs::remove_file(&next);
        *conn = connection::open(path, old_key, now)?;
        return Ok(Rekeyed::Busy);
    }
    std::fs::rename(&next, path)?;
    if let Some(dir) = path.parent() {
        // The rename itself must reach the disk (POSIX: fsync the folder).
        if let Ok(dir) = File::open(dir) {
            let _ = dir.sync_all();
        }
    }
    remove_if_present(&sibling(path, "-shm"))?;
    *conn = connection::open(path, new_key, now)?;
    Ok(Rekeyed::Done)
}

/// `path` with `suffix` added to its file name.
fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

fn remove_if_present(path: &Path) -> Result<()> {
    match std::fs::remove_file(path) {
        Err(err) if err.kind() != std::io::ErrorKind::NotFound => Err(err.into()),
        _ => Ok(()),
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
            store.read().unwrap().setting("colour").unwrap().as_deref(),
            Some("teal"),
            "the dropped transaction changed nothing"
        );
        assert!(store.total_changes() > before);
        assert_eq!(store.integrity_check().unwrap(), "ok");
    }
}
