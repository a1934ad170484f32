//! Protecting the notebook with a passphrase: encryption at rest.
//!
//! A protected notebook is a SQLCipher file: every page is encrypted
//! (AES-256, with a key derived from the passphrase by PBKDF2-HMAC-SHA512)
//! and authenticated, so without the passphrase the file, its write-ahead
//! log and its backups read as noise. An unprotected notebook is a plain
//! SQLite file, exactly as before.
//!
//! Protecting, changing the passphrase and removing protection all write a
//! complete new copy beside the notebook (`sqlcipher_export`), check it, and
//! only then rename it over the old file, so a crash at any moment leaves
//! either the old notebook or the new one, never half of each.

use std::fs::File;
use std::path::{Path, PathBuf};

use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::use_cases::notebook::settings::{put_setting, setting};
use crate::use_cases::notebook::Notebook;

/// The shortest passphrase accepted, in characters.
pub const MIN_PASSPHRASE: usize = 8;
/// The longest passphrase accepted, in characters.
pub const MAX_PASSPHRASE: usize = 1024;
/// The longest idle time before the window locks, in minutes (a day).
pub const MAX_LOCK_AFTER: u32 = 24 * 60;

const LOCK_AFTER: &str = "lock_after_minutes";
/// Set while the plain backups from before protecting wait for the
/// passphrase to be confirmed by unlocking after a restart.
pub(crate) const PLAIN_BACKUPS_WAIT: &str = "plain_backups_wait";
/// The first 16 bytes of every unencrypted SQLite file.
const PLAIN_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// A passphrase held in memory: wiped when dropped.
pub(crate) type Key = Zeroizing<String>;

/// Whether the notebook is protected, and how the window locks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ProtectionSettings {
    /// The notebook is encrypted with a passphrase.
    pub protected: bool,
    /// Lock the window after this many minutes without use (0: never).
    pub lock_after_minutes: u32,
}

/// What protecting the notebook did besides encrypting it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ProtectOutcome {
    /// The protection settings now in force.
    pub settings: ProtectionSettings,
    /// Older backups that are not protected (in the backup folder and its
    /// `before-restore` folder). A protected backup was taken just now;
    /// these are removed once the notebook is unlocked with the passphrase
    /// after Kindly starts again ([`Notebook::finish_protecting`]).
    pub plain_backups_waiting: u32,
}

/// What the window needs to know to show the lock screen or Settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LockStatus {
    /// The notebook is protected and waiting for its passphrase.
    pub locked: bool,
    /// The notebook is protected with a passphrase.
    pub protected: bool,
    /// Lock the window after this many minutes without use (0: never;
    /// unknown, so 0, while locked).
    pub lock_after_minutes: u32,
    /// The passphrase is remembered in this computer's keychain.
    pub remembered: bool,
}

/// Checks that a new passphrase was typed the same way twice.
pub fn check_repeated(passphrase: &str, again: &str) -> Result<()> {
    if passphrase != again {
        return Err(Error::invalid(
            "again",
            "The two passphrases are different. Type the same one twice.",
        ));
    }
    Ok(())
}

/// Whether the file at `path` is a protected (encrypted) notebook: it exists,
/// has content, and does not start with SQLite's plain header. Reads 16
/// bytes; never opens the file as a database.
pub fn is_protected_file(path: &Path) -> Result<bool> {
    use std::io::Read;
    let mut file = match File::open(path) {
        Ok(file) => file,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(false),
        Err(err) => return Err(err.into()),
    };
    let mut header = [0u8; 16];
    let mut read = 0;
    while read < header.len() {
        match file.read(&mut header[read..])? {
            0 => break,
            n => read += n,
        }
    }
    Ok(read > 0 && header[..read] != PLAIN_HEADER[..read])
}

/// Checks a new passphrase: long enough to matter, short enough to type,
/// and without invisible control characters.
pub fn validate_passphrase(field: &str, passphrase: &str) -> Result<()> {
    let chars = passphrase.chars().count();
    if chars < MIN_PASSPHRASE {
        return Err(Error::invalid(
            field,
            format!("Use at least {MIN_PASSPHRASE} characters; a short sentence is easy to remember and hard to guess."),
        ));
    }
    if chars > MAX_PASSPHRASE {
        return Err(Error::invalid(
            field,
            format!("Use at most {MAX_PASSPHRASE} characters."),
        ));
    }
    if passphrase.chars().any(char::is_control) {
        return Err(Error::invalid(
            field,
            "Use letters, digits, spaces and punctuation only.",
        ));
    }
    Ok(())
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
    Error::invalid(
        "passphrase",
        "That passphrase does not open this notebook. Check Caps Lock and try again.",
    )
}

/// Opens the file at `path` for reading and writing, with `key` if given.
pub(crate) fn connect(path: &Path, key: Option<&str>) -> Result<Connection> {
    use rusqlite::OpenFlags as F;
    let conn = Connection::open_with_flags(
        path,
        F::SQLITE_OPEN_READ_WRITE | F::SQLITE_OPEN_CREATE | F::SQLITE_OPEN_NO_MUTEX,
    )?;
    harden(&conn)?;
    if let Some(key) = key {
        apply_key(&conn, key)?;
    }
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

/// Writes a complete copy of the database open on `conn` to `dest`
/// (which must not exist), encrypted with `key` or plain without one.
pub(crate) fn export_copy(conn: &Connection, dest: &Path, key: Option<&str>) -> Result<()> {
    export_schema(conn, "main", dest, key)
}

/// Writes a complete copy of a plain notebook file at `source` to `dest`,
/// encrypted with `key`, without writing to `source`.
pub(crate) fn export_file(source: &Path, dest: &Path, key: &str) -> Result<()> {
    let conn = Connection::open_in_memory()?;
    harden(&conn)?;
    let name = source
        .to_str()
        .ok_or_else(|| Error::invalid("backup", "Kindly cannot read a file with this name."))?;
    conn.execute("ATTACH DATABASE ?1 AS source KEY ''", [name])?;
    let copied = export_schema(&conn, "source", dest, Some(key));
    conn.execute("DETACH DATABASE source", [])?;
    copied
}

/// Copies the attached database `schema` of `conn` to `dest`.
fn export_schema(conn: &Connection, schema: &str, dest: &Path, key: Option<&str>) -> Result<()> {
    let dest_name = dest.to_str().ok_or_else(|| {
        Error::invalid("folder", "Kindly cannot write to a folder with this name.")
    })?;
    conn.execute(
        "ATTACH DATABASE ?1 AS kindly_copy KEY ?2",
        params![dest_name, key.unwrap_or("")],
    )?;
    let copied = (|| -> Result<()> {
        conn.query_row(
            "SELECT sqlcipher_export('kindly_copy', ?1)",
            [schema],
            |_| Ok(()),
        )?;
        let version: i64 = conn.pragma_query_value(Some(schema), "user_version", |r| r.get(0))?;
        conn.pragma_update(Some("kindly_copy"), "user_version", version)?;
        Ok(())
    })();
    conn.execute("DETACH DATABASE kindly_copy", [])?;
    copied?;
    File::open(dest)?.sync_all()?;
    Ok(())
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

impl Notebook {
    /// Whether this notebook is protected with a passphrase.
    pub fn is_protected(&self) -> bool {
        self.key.is_some()
    }

    /// Whether the notebook is protected, and the idle time before the
    /// window locks.
    pub fn protection_settings(&self) -> Result<ProtectionSettings> {
        Ok(ProtectionSettings {
            protected: self.is_protected(),
            lock_after_minutes: setting(&self.conn, LOCK_AFTER)?
                .and_then(|m| m.parse().ok())
                .unwrap_or(0),
        })
    }

    /// Sets the idle time before the window locks (0: never; at most a
    /// day). Only a protected notebook locks.
    pub fn set_lock_after(&mut self, minutes: u32) -> Result<ProtectionSettings> {
        if minutes > MAX_LOCK_AFTER {
            return Err(Error::invalid(
                "lock_after_minutes",
                "Choose at most 1,440 minutes (a day), or 0 for never.",
            ));
        }
        put_setting(&self.conn, LOCK_AFTER, &minutes.to_string())?;
        self.protection_settings()
    }

    /// The plain (unprotected) copies of the notebook Kindly made: Kindly
    /// backups in the backup folder and in its `before-restore` folder.
    fn plain_copies(&self) -> Result<Vec<PathBuf>> {
        let folder = PathBuf::from(self.backup_settings()?.folder);
        let mut plain = Vec::new();
        for dir in [
            folder.join(crate::use_cases::notebook::backup::BEFORE_RESTORE),
            folder,
        ] {
            for backup in self.kindly_backups_in(&dir)? {
                let path = PathBuf::from(backup.path);
                if !is_protected_file(&path)? {
                    plain.push(path);
                }
            }
        }
        Ok(plain)
    }

    /// Protects an unprotected notebook with `passphrase`. Every record is
    /// kept. When plain backups exist, a protected backup is taken at once;
    /// the plain ones (backups and the copies kept before restores) stay
    /// until [`Notebook::finish_protecting`], so a passphrase the person
    /// never typed (a script in the window) cannot take away the only
    /// copies they can still read.
    pub fn protect(&mut self, passphrase: &str) -> Result<ProtectOutcome> {
        if self.is_protected() {
            return Err(Error::invalid(
                "passphrase",
                "This notebook is already protected. Use Change passphrase instead.",
            ));
        }
        validate_passphrase("passphrase", passphrase)?;
        self.rewrite(Some(passphrase))?;
        let waiting = self.plain_copies()?.len();
        if waiting > 0 {
            self.back_up_now()?;
            put_setting(&self.conn, PLAIN_BACKUPS_WAIT, &self.run.to_string())?;
        }
        Ok(ProtectOutcome {
            settings: self.protection_settings()?,
            plain_backups_waiting: u32::try_from(waiting).unwrap_or(u32::MAX),
        })
    }

    /// Whether plain backups from before protecting are waiting for
    /// [`Notebook::finish_protecting`].
    pub fn plain_backups_waiting(&self) -> Result<bool> {
        Ok(self.is_protected() && setting(&self.conn, PLAIN_BACKUPS_WAIT)?.is_some())
    }

    /// Removes every plain copy of the notebook Kindly made (backups in the
    /// backup folder and its `before-restore` folder) once the person has
    /// shown they know the passphrase: the shell calls this after an unlock
    /// with the typed passphrase. Returns how many were removed. Does
    /// nothing for an unprotected notebook, when nothing waits, or in the
    /// run of Kindly that protected (locking and unlocking there proves
    /// nothing: a script could do both).
    pub fn finish_protecting(&mut self) -> Result<u32> {
        let protected_in = setting(&self.conn, PLAIN_BACKUPS_WAIT)?;
        if !self.is_protected() || protected_in.is_none_or(|run| run == self.run.to_string()) {
            return Ok(0);
        }
        let plain = self.plain_copies()?;
        for path in &plain {
            remove_if_present(path)?;
        }
        self.conn
            .execute("DELETE FROM settings WHERE key = ?1", [PLAIN_BACKUPS_WAIT])?;
        Ok(u32::try_from(plain.len()).unwrap_or(u32::MAX))
    }

    /// Replaces the passphrase; `current` must be the one in use.
    pub fn change_passphrase(&mut self, current: &str, new: &str) -> Result<ProtectionSettings> {
        self.confirm_passphrase("current", current)?;
        validate_passphrase("passphrase", new)?;
        self.rewrite(Some(new))?;
        self.protection_settings()
    }

    /// Removes the protection; `current` must be the passphrase in use.
    /// The notebook becomes a plain SQLite file again, every record kept.
    /// Backups taken while it was protected stay protected.
    pub fn remove_protection(&mut self, current: &str) -> Result<ProtectionSettings> {
        self.confirm_passphrase("current", current)?;
        self.rewrite(None)?;
        // Nothing to lock any more.
        self.conn
            .execute("DELETE FROM settings WHERE key = ?1", [LOCK_AFTER])?;
        self.protection_settings()
    }

    fn confirm_passphrase(&self, field: &str, given: &str) -> Result<()> {
        match &self.key {
            None => Err(Error::invalid(field, "This notebook has no passphrase.")),
            Some(key) if key.as_str() == given => Ok(()),
            Some(_) => Err(Error::invalid(
                field,
                "That is not the notebook's passphrase. Check Caps Lock and try again.",
            )),
        }
    }

    /// Rewrites the whole notebook under `key` (or none) and reopens it.
    fn rewrite(&mut self, key: Option<&str>) -> Result<()> {
        let path = self.path().to_path_buf();
        if path.as_os_str() == ":memory:" {
            return Err(Error::invalid(
                "passphrase",
                "A notebook in memory cannot be protected.",
            ));
        }
        let next = sibling(&path, ".rewriting");
        for stale in [&next, &sibling(&next, "-journal")] {
            remove_if_present(stale)?;
        }
        if let Err(err) = export_copy(&self.conn, &next, key).and_then(|()| {
            let copy = connect(&next, key)?;
            crate::use_cases::notebook::backup::check_conn(&copy)
        }) {
            let _ = std::fs::remove_file(&next);
            return Err(err);
        }
        // Fold the write-ahead log into the file, then close it: the old
        // file must be whole on its own when the new one replaces it.
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        let old = std::mem::replace(&mut self.conn, Connection::open_in_memory()?);
        if let Err((conn, err)) = old.close() {
            self.conn = conn;
            let _ = std::fs::remove_file(&next);
            return Err(err.into());
        }
        // A log still there means another program has the notebook open;
        // replacing the file under it would lose what it writes.
        if sibling(&path, "-wal").exists() {
            let _ = std::fs::remove_file(&next);
            self.reconnect(self.key.clone())?;
            return Err(Error::Busy);
        }
        std::fs::rename(&next, &path)?;
        if let Some(dir) = path.parent() {
            // The rename itself must reach the disk (POSIX: fsync the folder).
            if let Ok(dir) = File::open(dir) {
                let _ = dir.sync_all();
            }
        }
        remove_if_present(&sibling(&path, "-shm"))?;
        self.reconnect(key.map(|k| Zeroizing::new(k.to_owned())))
    }
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

    #[test]
    fn a_passphrase_with_quotes_protects_and_opens() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("quoted.sqlite");
        let mut nb = Notebook::open(&path).unwrap();
        nb.protect("it's O'Brien's -- ; '").unwrap();
        drop(nb);
        assert!(Notebook::open_protected(&path, "it's O'Brien's -- ; '").is_ok());
        assert!(Notebook::open_protected(&path, "its OBriens -- ; ").is_err());
    }
}
