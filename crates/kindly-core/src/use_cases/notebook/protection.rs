//! Protecting the notebook with a passphrase: encryption at rest.
//!
//! A protected notebook is a SQLCipher file: every page is encrypted
//! (AES-256, with a key derived from the passphrase by PBKDF2-HMAC-SHA512)
//! and authenticated, so without the passphrase the file, its write-ahead
//! log and its backups read as noise. An unprotected notebook is a plain
//! SQLite file, exactly as before.
//!
//! Protecting, changing the passphrase and removing protection all write a
//! complete new copy beside the notebook, check it, and only then rename it
//! over the old file (the store's `rekey`), so a crash at any moment leaves
//! either the old notebook or the new one, never half of each.

use kindly_words::say;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::rules::progress::{NoProgress, Progress};
use crate::store::sqlite::file::Rekeyed;
use crate::use_cases::notebook::backup::PLAIN_BACKUPS_WAIT;
use crate::use_cases::notebook::Notebook;

pub use crate::rules::passphrase::{
    check_repeated, validate_passphrase, MAX_PASSPHRASE, MIN_PASSPHRASE,
};
pub use crate::store::sqlite::cipher::is_protected_file;

/// The longest idle time before the window locks, in minutes (a day).
pub const MAX_LOCK_AFTER: u32 = 24 * 60;

const LOCK_AFTER: &str = "lock_after_minutes";

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
            lock_after_minutes: self
                .read()?
                .setting(LOCK_AFTER)?
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
                say("validate-choose-at-most-1"),
            ));
        }
        let mut tx = self.write()?;
        tx.set_setting(LOCK_AFTER, &minutes.to_string())?;
        tx.commit()?;
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
        self.protect_with(passphrase, &NoProgress)
    }

    /// [`Notebook::protect`], reporting [`Stage::Rewriting`],
    /// [`Stage::Checking`], [`Stage::Finishing`] and, when a protected
    /// backup is taken, that backup's [`Stage::Copying`] and
    /// [`Stage::Checking`]. Never cancelled: once the new copy is being
    /// written the work goes to its end (the window offers no Cancel).
    ///
    /// [`Stage::Rewriting`]: crate::rules::progress::Stage::Rewriting
    /// [`Stage::Checking`]: crate::rules::progress::Stage::Checking
    /// [`Stage::Finishing`]: crate::rules::progress::Stage::Finishing
    /// [`Stage::Copying`]: crate::rules::progress::Stage::Copying
    pub fn protect_with(
        &mut self,
        passphrase: &str,
        progress: &dyn Progress,
    ) -> Result<ProtectOutcome> {
        if self.is_protected() {
            return Err(Error::invalid(
                "passphrase",
                say("validate-notebook-already-protected-use"),
            ));
        }
        validate_passphrase("passphrase", passphrase)?;
        self.rewrite(Some(passphrase), progress)?;
        let waiting = self.plain_copies()?.len();
        if waiting > 0 {
            self.back_up_now_with(progress)?;
            let run = self.run.to_string();
            let mut tx = self.write()?;
            tx.set_setting(PLAIN_BACKUPS_WAIT, &run)?;
            tx.commit()?;
        }
        Ok(ProtectOutcome {
            settings: self.protection_settings()?,
            plain_backups_waiting: u32::try_from(waiting).unwrap_or(u32::MAX),
        })
    }

    /// Whether plain backups from before protecting are waiting for
    /// [`Notebook::finish_protecting`].
    pub fn plain_backups_waiting(&self) -> Result<bool> {
        Ok(self.is_protected() && self.read()?.setting(PLAIN_BACKUPS_WAIT)?.is_some())
    }

    /// Removes every plain copy of the notebook Kindly made (backups in the
    /// backup folder and its `before-restore` folder) once the person has
    /// shown they know the passphrase: the shell calls this after an unlock
    /// with the typed passphrase. Returns how many were removed. Does
    /// nothing for an unprotected notebook, when nothing waits, or in the
    /// run of Kindly that protected (locking and unlocking there proves
    /// nothing: a script could do both).
    pub fn finish_protecting(&mut self) -> Result<u32> {
        let protected_in = self.read()?.setting(PLAIN_BACKUPS_WAIT)?;
        if !self.is_protected() || protected_in.is_none_or(|run| run == self.run.to_string()) {
            return Ok(0);
        }
        let plain = self.plain_copies()?;
        for path in &plain {
            remove_if_present(path)?;
        }
        let mut tx = self.write()?;
        tx.clear_setting(PLAIN_BACKUPS_WAIT, None)?;
        tx.commit()?;
        Ok(u32::try_from(plain.len()).unwrap_or(u32::MAX))
    }

    /// Replaces the passphrase; `current` must be the one in use.
    pub fn change_passphrase(&mut self, current: &str, new: &str) -> Result<ProtectionSettings> {
        self.change_passphrase_with(current, new, &NoProgress)
    }

    /// [`Notebook::change_passphrase`], reporting its rewriting, checking
    /// and finishing as [`Notebook::protect_with`] does. Never cancelled.
    pub fn change_passphrase_with(
        &mut self,
        current: &str,
        new: &str,
        progress: &dyn Progress,
    ) -> Result<ProtectionSettings> {
        self.confirm_passphrase("current", current)?;
        validate_passphrase("passphrase", new)?;
        self.rewrite(Some(new), progress)?;
        self.protection_settings()
    }

    /// Removes the protection; `current` must be the passphrase in use.
    /// The notebook becomes a plain SQLite file again, every record kept.
    /// Backups taken while it was protected stay protected.
    pub fn remove_protection(&mut self, current: &str) -> Result<ProtectionSettings> {
        self.remove_protection_with(current, &NoProgress)
    }

    /// [`Notebook::remove_protection`], reporting its rewriting, checking
    /// and finishing as [`Notebook::protect_with`] does. Never cancelled.
    pub fn remove_protection_with(
        &mut self,
        current: &str,
        progress: &dyn Progress,
    ) -> Result<ProtectionSettings> {
        self.confirm_passphrase("current", current)?;
        self.rewrite(None, progress)?;
        // Nothing to lock any more.
        let mut tx = self.write()?;
        tx.clear_setting(LOCK_AFTER, None)?;
        tx.commit()?;
        self.protection_settings()
    }

    fn confirm_passphrase(&self, field: &str, given: &str) -> Result<()> {
        match &self.key {
            None => Err(Error::invalid(
                field,
                say("validate-notebook-has-no-passphrase"),
            )),
            Some(key) if key.as_str() == given => Ok(()),
            Some(_) => Err(Error::invalid(
                field,
                say("validate-not-notebooks-passphrase-check"),
            )),
        }
    }

    /// Rewrites the whole notebook under `key` (or none) and reopens it.
    fn rewrite(&mut self, key: Option<&str>, progress: &dyn Progress) -> Result<()> {
        let path = self.path().to_path_buf();
        if path.as_os_str() == ":memory:" {
            return Err(Error::invalid(
                "passphrase",
                say("validate-notebook-memory-cannot-protected"),
            ));
        }
        let now = self.now();
        let old_key = self.key.as_deref().map(String::as_str);
        match self
            .store
            .file_mut("protecting")?
            .rekey(&path, old_key, key, now, progress)?
        {
            Rekeyed::Done => {
                self.key = key.map(|k| Zeroizing::new(k.to_owned()));
                self.changes_at_backup = 0;
                Ok(())
            }
            Rekeyed::Busy => {
                // The old file is open again: nothing changed but the
                // connection.
                self.changes_at_backup = 0;
                Err(Error::Busy)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
