//! [`OfflineStore`]: a team notebook's offline copy on this computer, read
//! while the server is away.
//!
//! The copy is an ordinary notebook file encrypted with SQLCipher under a
//! random key (written whole by `Notebook::refresh_offline_copy`). It is
//! opened here through a connection SQLite itself keeps read-only, and
//! every handle that could write is refused before it is handed out: a
//! change asked of the copy does nothing at all, and the copy stays
//! exactly as the server's notebook was when it was taken.

use std::path::Path;

use crate::error::{Error, Result};
use crate::rules::model::Millis;
use crate::store::sqlite::connection::{self, open_read_only};
use crate::store::sqlite::file::SqliteStore;
use crate::store::sqlite::migrations;
use crate::store::{Store, Tx};

/// An offline copy, open for reading only. [`Store::read`] and
/// [`Store::snapshot`] read the copy; [`Store::write`] is refused with
/// [`Error::ServerAway`] before any statement runs.
pub(crate) struct OfflineStore {
    file: SqliteStore,
    /// When this computer last heard from the team notebook's server.
    last_heard: Millis,
}

impl OfflineStore {
    /// Opens the copy at `path` under `key` for reading only. A copy
    /// written by an older Kindly is brought up to this one's schema first
    /// (the only write ever made to a copy after it was taken: its
    /// contents stay as they were); one from a newer Kindly is refused
    /// with [`Error::NewerNotebook`]; a wrong key is an error on the
    /// `passphrase` field; a missing file an [`Error::Io`] (not found).
    pub(crate) fn open(path: &Path, key: &str, last_heard: Millis, now: Millis) -> Result<Self> {
        let mut conn = open_read_only(path, key)?;
        migrations::ensure_not_newer(&conn)?;
        if migrations::version(&conn)? < migrations::LATEST {
            drop(conn);
            let upgraded = connection::open(path, Some(key), now)?;
            // Back to one file with nothing beside it, as it was written.
            upgraded.pragma_update(None, "journal_mode", "DELETE")?;
            upgraded.close().map_err(|(_, err)| err)?;
            conn = open_read_only(path, key)?;
        }
        Ok(OfflineStore {
            file: SqliteStore { conn },
            last_heard,
        })
    }

    /// When this computer last heard from the server.
    pub(crate) fn last_heard(&self) -> Millis {
        self.last_heard
    }

    /// The refusal every change gets.
    pub(crate) fn away(&self) -> Error {
        Error::ServerAway {
            last_heard: self.last_heard,
        }
    }
}

impl Store for OfflineStore {
    fn read(&self) -> Result<Box<dyn Tx + '_>> {
        Store::read(&self.file)
    }

    fn snapshot(&self) -> Result<Box<dyn Tx + '_>> {
        Store::snapshot(&self.file)
    }

    fn write(&mut self) -> Result<Box<dyn Tx + '_>> {
        Err(self.away())
    }
}
