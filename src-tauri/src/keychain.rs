//! Remembering a protected notebook's passphrase in this computer's
//! keychain (Keychain on macOS, Credential Manager on Windows, the Secret
//! Service on Linux), only when the person at the desk asks for it. The
//! entry is named after the notebook file, so two notebooks never share one.

use std::path::Path;

use kindly_core::ErrorPayload;
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
