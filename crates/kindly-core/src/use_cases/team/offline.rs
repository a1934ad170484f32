//! A team notebook's offline copy: a complete copy kept on this computer,
//! so that lookup, the brief, Today and customers' pages keep working
//! when the server is away (Wi-Fi down, server restarting).
//!
//! The copy is a notebook file encrypted with SQLCipher under a random
//! [`OfflineKey`] (the shell keeps the key in the system keychain). It is
//! written whole, encrypted from its first byte, to a hidden file beside
//! its place, checked, and only then renamed over the previous copy: a
//! crash or a lost connection at any moment leaves the previous copy as
//! it was. Opened with [`Notebook::open_offline_copy`], it answers every
//! read as the team notebook did when the copy was taken and refuses every
//! change with [`Error::ServerAway`] before anything is done.

use kindly_words::say;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::rules::fold::fold;
use crate::rules::model::Millis;
use crate::rules::offline_model::OfflineCopyInfo;
use crate::store::sqlite::cipher;
use crate::store::sqlite::offline::OfflineStore;
use crate::store::{Backend, Store, Tx};
use crate::use_cases::notebook::staff::AT_DESK;
use crate::use_cases::notebook::{system_clock, Notebook};
use crate::use_cases::team::moving::{beside, copy_everything, remove_with_log};

/// The copy's settings that say where and when it was taken.
const TAKEN_AT: &str = "offline_copy_taken_at";
const SERVER: &str = "offline_copy_server";
const DATABASE: &str = "offline_copy_database";
const LOGIN: &str = "offline_copy_login";
const PERSON: &str = "offline_copy_person";

/// One refresh at a time in this process: they share the hidden file.
static REFRESHING: Mutex<()> = Mutex::new(());

/// How many random bytes an [`OfflineKey`] holds (AES-256).
const KEY_BYTES: usize = 32;

/// The key an offline copy is encrypted under: 256 random bits from the
/// system's cryptographically secure generator, used by SQLCipher as its
/// key as it is (no passphrase stretching: there is nothing to guess).
/// Wiped from memory when dropped; never shown by `{:?}`.
///
/// [`OfflineKey::secret`] is the text to keep in the system keychain, and
/// [`OfflineKey::from_secret`] reads it back.
pub struct OfflineKey {
    /// SQLCipher's raw-key form: `x'` + 64 hex digits + `'`.
    sqlcipher: Zeroizing<String>,
}

impl OfflineKey {
    /// A new random key.
    pub fn generate() -> Result<OfflineKey> {
        let mut bytes = Zeroizing::new([0u8; KEY_BYTES]);
        cipher::random_bytes(&mut bytes[..])?;
        const HEX: &[u8; 16] = b"0123456789abcdef";
        // Sized up front: no reallocation leaves a copy behind.
        let mut sqlcipher = Zeroizing::new(String::with_capacity(KEY_BYTES * 2 + 3));
        sqlcipher.push_str("x'");
        for b in bytes.iter() {
            sqlcipher.push(char::from(HEX[usize::from(b >> 4)]));
            sqlcipher.push(char::from(HEX[usize::from(b & 0xf)]));
        }
        sqlcipher.push('\'');
        Ok(OfflineKey { sqlcipher })
    }

    /// The key from its [`OfflineKey::secret`] text (as kept in the
    /// keychain); anything else is refused.
    pub fn from_secret(secret: &str) -> Result<OfflineKey> {
        let secret = secret.trim();
        if secret.len() != KEY_BYTES * 2 || !secret.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(Error::invalid("key", say("validate-key-kept-offline-copy")));
        }
        let mut sqlcipher = Zeroizing::new(String::with_capacity(KEY_BYTES * 2 + 3));
        sqlcipher.push_str("x'");
        sqlcipher.push_str(secret);
        sqlcipher.push('\'');
        Ok(OfflineKey { sqlcipher })
    }

    /// The key as text to keep in the system keychain: 64 hex digits.
    pub fn secret(&self) -> &str {
        &self.sqlcipher[2..self.sqlcipher.len() - 1]
    }

    fn sqlcipher(&self) -> &str {
        &self.sqlcipher
    }
}

impl std::fmt::Debug for OfflineKey {
    // Never the key: a `{:?}` may end up in a log.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("OfflineKey(..)")
    }
}

impl Notebook {
    /// Writes a complete copy of this team notebook to `path`, encrypted
    /// with SQLCipher under `key`, replacing the copy there; returns what
    /// the copy records about itself. Any other notebook is refused
    /// (nothing written): a file has no server to be away, and an offline
    /// copy cannot be refreshed while the server is away
    /// ([`Error::ServerAway`]).
    ///
    /// The copy is one moment of the team notebook (a snapshot), written
    /// to a hidden file beside `path` that is encrypted from its first
    /// byte (SQLCipher keys the new file before anything is written, and
    /// its journal too; SQLite's temporary data stays in memory), checked
    /// (every page and index sound, every key pointing at a row, and it
    /// opens under `key` for reading), then renamed over `path`. A failure
    /// at any point (the connection lost, the disk full) removes the
    /// hidden file and leaves the previous copy as it was; a crash leaves
    /// the previous copy too, and the next refresh removes what it left.
    ///
    /// The copy records when it was taken (this notebook's clock, read
    /// before the snapshot: it holds at least everything saved before
    /// then), the server, the database and the login that took it; the
    /// person at the desk in the copy is that login's person (the staff
    /// member of the login's name), else whoever the team notebook has at
    /// the desk.
    ///
    /// Cost: a full copy, like `kindly team copy-out` (about 3 s for
    /// 100,000 customers on a local server; BENCHMARKS.md). It holds a
    /// connection of its own for that long, so the shell runs it on a
    /// `Notebook` opened for it with the same address, on a thread of its
    /// own, never on the window's notebook. One refresh runs at a time in
    /// a process.
    pub fn refresh_offline_copy(&self, path: &Path, key: &OfflineKey) -> Result<OfflineCopyInfo> {
        let address = match &self.store {
            Backend::Team(store) => store.address(),
            Backend::Offline(store) => return Err(store.away()),
            Backend::File(_) => {
                return Err(Error::invalid(
                    "database",
                    say("validate-offline-copy-kept-team"),
                ))
            }
        };
        let (server, database) = (address.host().to_owned(), address.database().to_owned());
        let _one_at_a_time = REFRESHING.lock().unwrap_or_else(PoisonError::into_inner);
        let partial = beside(path, ".refreshing")?;
        remove_with_log(&partial)?;
        let written = (|| {
            let taken_at = self.now();
            let mut copy = Notebook::open_protected(&partial, key.sqlcipher())?;
            copy.store
                .file("writing-offline-copy")?
                .for_writing_whole()?;
            let info = {
                let mut from = self.snapshot()?;
                let mut to = copy.write()?;
                copy_everything(&mut *from, &mut *to)?;
                let by = from.reading_as()?;
                let (login, person) = by.map(|b| (b.login, b.name)).unwrap_or_default();
                let info = OfflineCopyInfo {
                    taken_at,
                    server,
                    database,
                    login,
                    person,
                };
                if let Some(id) = at_the_desk(&mut *from, &info.person)? {
                    to.set_setting(AT_DESK, &id)?;
                }
                record(&mut *to, &info)?;
                to.commit()?;
                info
            };
            copy.close_checked()?;
            File::open(&partial)?.sync_all()?;
            let check = OfflineStore::open(&partial, key.sqlcipher(), taken_at, taken_at)?;
            if recorded(&mut *Store::read(&check)?)? != info {
                return Err(Error::storage(
                    "the new offline copy does not read back as it was written",
                ));
            }
            drop(check);
            std::fs::rename(&partial, path)?;
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                // The new name itself must reach the disk (POSIX: sync the folder).
                if let Ok(dir) = File::open(dir) {
                    let _ = dir.sync_all();
                }
            }
            Ok(info)
        })();
        if written.is_err() {
            let _ = remove_with_log(&partial);
        }
        written
    }

    /// Opens the offline copy at `path` (written by
    /// [`Notebook::refresh_offline_copy`]) under `key`, for the window to
    /// read while the team notebook's server is away; `last_heard` is when
    /// this computer last heard from the server.
    ///
    /// Every read answers as the team notebook did when the copy was
    /// taken: lookup, customers' pages, the brief, Today, timelines,
    /// situations. Every change is refused with [`Error::ServerAway`]
    /// before anything is done (the file is also opened read-only, so
    /// nothing can reach it): the person's typing stays in the window.
    /// Background work asks nothing of the person: reminders are neither
    /// claimed nor shown from the copy (the server hands each out once
    /// when it is back), and the automatic backup is skipped (a team
    /// notebook's server keeps its own). The person at the desk is the
    /// login that took the copy.
    ///
    /// A missing file is [`Error::Io`] (not found); a wrong key or a file
    /// that is not an offline copy is a storage error; a copy from a newer
    /// Kindly is [`Error::NewerNotebook`]. [`Notebook::path`] is the
    /// server and database, as for the team notebook.
    pub fn open_offline_copy(
        path: &Path,
        key: &OfflineKey,
        last_heard: Millis,
    ) -> Result<Notebook> {
        let clock = system_clock();
        let store = OfflineStore::open(path, key.sqlcipher(), last_heard, clock()).map_err(
            |err| match err {
                Error::Invalid { field, .. } if field == "passphrase" => Error::storage(
                    "the offline copy does not open with the key kept for it in the keychain",
                ),
                other => other,
            },
        )?;
        let info = recorded(&mut *Store::read(&store)?)?;
        let title = PathBuf::from(format!("{}/{}", info.server, info.database));
        Ok(Notebook::with_store(
            Backend::Offline(store),
            clock,
            title,
            None,
        ))
    }

    /// Whether this is a team notebook's offline copy, read while its
    /// server is away (see [`Notebook::open_offline_copy`]).
    pub fn is_offline_copy(&self) -> bool {
        matches!(self.store, Backend::Offline(_))
    }

    /// Where and when this offline copy was taken, for the window's
    /// banner; `None` for any other notebook.
    pub fn offline_copy_info(&self) -> Result<Option<OfflineCopyInfo>> {
        if !self.is_offline_copy() {
            return Ok(None);
        }
        recorded(&mut *self.read()?).map(Some)
    }

    /// When this computer last heard from the team notebook's server, for
    /// an offline copy (as given when it was opened); `None` otherwise.
    pub fn server_last_heard(&self) -> Option<Millis> {
        match &self.store {
            Backend::Offline(store) => Some(store.last_heard()),
            _ => None,
        }
    }
}

/// The id of the staff member at the desk in a copy read through `from`
/// by the login called `person`: the one of that name, else the one the
/// notebook has at the desk; `None` when neither is on the staff list.
fn at_the_desk(from: &mut dyn Tx, person: &str) -> Result<Option<String>> {
    let staff = from.staff()?;
    if !person.is_empty() {
        let name = fold(person);
        if let Some(member) = staff.iter().find(|s| fold(&s.name) == name) {
            return Ok(Some(member.id.clone()));
        }
    }
    Ok(from
        .setting(AT_DESK)?
        .filter(|id| staff.iter().any(|s| &s.id == id)))
}

/// Writes `info` into the copy through `to`.
fn record(to: &mut dyn Tx, info: &OfflineCopyInfo) -> Result<()> {
    to.set_setting(TAKEN_AT, &info.taken_at.to_string())?;
    to.set_setting(SERVER, &info.server)?;
    to.set_setting(DATABASE, &info.database)?;
    to.set_setting(LOGIN, &info.login)?;
    to.set_setting(PERSON, &info.person)
}

/// What the copy read through `tx` records about itself; a storage error
/// when it is not an offline copy.
fn recorded(tx: &mut dyn Tx) -> Result<OfflineCopyInfo> {
    let not_a_copy = || Error::storage("this file is not an offline copy of a team notebook");
    let mut get = |key: &str| tx.setting(key)?.ok_or_else(not_a_copy);
    Ok(OfflineCopyInfo {
        taken_at: get(TAKEN_AT)?.parse().map_err(|_| not_a_copy())?,
        server: get(SERVER)?,
        database: get(DATABASE)?,
        login: get(LOGIN)?,
        person: get(PERSON)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_is_random_kept_as_hex_and_never_printed() {
        let (a, b) = (
            OfflineKey::generate().unwrap(),
            OfflineKey::generate().unwrap(),
        );
        assert_ne!(a.secret(), b.secret());
        assert_eq!(a.secret().len(), 64);
        assert!(a.secret().bytes().all(|c| c.is_ascii_hexdigit()));
        assert_eq!(a.sqlcipher(), format!("x'{}'", a.secret()));
        let back = OfflineKey::from_secret(a.secret()).unwrap();
        assert_eq!(back.sqlcipher(), a.sqlcipher());
        assert_eq!(format!("{a:?}"), "OfflineKey(..)");
        for bad in ["", "x'00'", &"g".repeat(64), &"0".repeat(63)] {
            assert!(OfflineKey::from_secret(bad).is_err(), "{bad}");
        }
    }
}
