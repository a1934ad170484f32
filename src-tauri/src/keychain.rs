//! Remembering a protected notebook's passphrase in this computer's
//! keychain (Keychain on macOS, Credential Manager on Windows, the Secret
//! Service on Linux), only when the person at the desk asks for it. The
//! entry is named after the notebook file, so two notebooks never share one.
//! A team notebook's password is kept the same way, under its address
//! (`login@server/database`).

use std::path::Path;

use kindly_core::{ErrorPayload, TeamAddress};
use zeroize::Zeroizing;

const SERVICE: &str = "org.kindly.notebook";

fn entry(notebook: &Path) -> keyring::Result<keyring::Entry> {
    keyring::Entry::new(SERVICE, &notebook.display().to_string())
}

/// The remembered passphrase of `notebook`, if there is one and the
/// keychain can be reached.
pub fn recall(notebook: &Path) -> Option<Zeroizing<String>> {
    entry(notebook)
        .and_then(|e| e.get_password())
        .ok()
        .map(Zeroizing::new)
}

/// Remembers `passphrase` for `notebook`.
pub fn remember(notebook: &Path, passphrase: &str) -> Result<(), ErrorPayload> {
    entry(notebook)
        .and_then(|e| e.set_password(passphrase))
        .map_err(|err| {
            ErrorPayload::system(kindly_words::say_with(
                "shell-keychain-passphrase",
                &kindly_words::args! { "error" => err.to_string() },
            ))
        })
}

/// Forgets any remembered passphrase for `notebook`.
pub fn forget(notebook: &Path) {
    if let Ok(e) = entry(notebook) {
        // Nothing remembered is as good as forgotten.
        let _ = e.delete_credential();
    }
}

/// The keychain's service for team notebook passwords.
const TEAM_SERVICE: &str = "org.kindly.team";

fn team_entry(address: &TeamAddress) -> keyring::Result<keyring::Entry> {
    keyring::Entry::new(TEAM_SERVICE, &address.key())
}

/// The remembered password of `address` (`login@server/database`), if
/// there is one and the keychain can be reached.
pub fn recall_team(address: &TeamAddress) -> Option<Zeroizing<String>> {
    team_entry(address)
        .and_then(|e| e.get_password())
        .ok()
        .map(Zeroizing::new)
}

/// Remembers `password` for signing in at `address`.
pub fn remember_team(address: &TeamAddress, password: &str) -> Result<(), ErrorPayload> {
    team_entry(address)
        .and_then(|e| e.set_password(password))
        .map_err(|err| {
            ErrorPayload::system(kindly_words::say_with(
                "shell-keychain-password",
                &kindly_words::args! { "error" => err.to_string() },
            ))
        })
}

/// Forgets any remembered password for `address`.
pub fn forget_team(address: &TeamAddress) {
    if let Ok(e) = team_entry(address) {
        let _ = e.delete_credential();
    }
}

/// The keychain's service for offline copies' keys.
const OFFLINE_SERVICE: &str = "org.kindly.offline-copy";

fn offline_entry(address: &TeamAddress) -> keyring::Result<keyring::Entry> {
    keyring::Entry::new(OFFLINE_SERVICE, &address.key())
}

/// The key of the offline copy of `address`'s team notebook: the one kept
/// in the keychain, or a new one kept there now. `Err` says in plain words
/// why none can be kept (no keychain): then no copy is written at all,
/// since one is never written unencrypted.
pub fn offline_key(address: &TeamAddress) -> Result<kindly_core::OfflineKey, ErrorPayload> {
    let trouble = |err: &dyn std::fmt::Display| {
        ErrorPayload::system(format!(
            "No offline copy is kept on this computer: its keychain cannot keep the copy's key \
             ({err}). While the server is away, customers cannot be looked up."
        ))
    };
    let entry = offline_entry(address).map_err(|e| trouble(&e))?;
    match entry.get_password() {
        Ok(secret) => {
            let secret = Zeroizing::new(secret);
            kindly_core::OfflineKey::from_secret(&secret).map_err(|e| trouble(&e))
        }
        Err(keyring::Error::NoEntry) => {
            let key = kindly_core::OfflineKey::generate().map_err(|e| trouble(&e))?;
            entry.set_password(key.secret()).map_err(|e| trouble(&e))?;
            Ok(key)
        }
        Err(err) => Err(trouble(&err)),
    }
}

/// The kept key of `address`'s offline copy, without making one.
pub fn recall_offline_key(address: &TeamAddress) -> Option<kindly_core::OfflineKey> {
    let secret = Zeroizing::new(offline_entry(address).ok()?.get_password().ok()?);
    kindly_core::OfflineKey::from_secret(&secret).ok()
}

/// Forgets the key of `address`'s offline copy.
pub fn forget_offline_key(address: &TeamAddress) {
    if let Ok(e) = offline_entry(address) {
        let _ = e.delete_credential();
    }
}
