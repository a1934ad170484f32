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
            ErrorPayload::system(format!(
                "This computer's keychain could not keep the passphrase ({err}). \
                 Kindly will ask for it at each start."
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
            ErrorPayload::system(format!(
                "This computer's keychain could not keep the password ({err}). \
                 Kindly will ask for it at each start."
            ))
        })
}

/// Forgets any remembered password for `address`.
pub fn forget_team(address: &TeamAddress) {
    if let Ok(e) = team_entry(address) {
        let _ = e.delete_credential();
    }
}
