//! Where this computer works: its own notebook file, or a team notebook on
//! a server. Joining writes `team.json` in the data folder (server,
//! notebook name, login: never the password, which only the system
//! keychain may keep, and only when asked); leaving deletes it. This
//! computer's own notebook file is never touched by either.

use std::io::Write;
use std::path::Path;

use kindly_core::{Error, Notebook, TeamAddress};
use zeroize::Zeroizing;

use crate::keychain;
use crate::state::blocking;

/// The file in the data folder naming the team notebook this computer
/// works on.
pub const FILE: &str = "team.json";

/// The team notebook `data_dir/team.json` names, if any. A file that
/// cannot be read as one is reported and left alone: this computer's own
/// notebook opens, and joining again writes it afresh.
pub fn read(data_dir: &Path) -> Option<TeamAddress> {
    let path = data_dir.join(FILE);
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return None,
        Err(err) => {
            tracing::warn!("{} could not be read: {err}", path.display());
            return None;
        }
    };
    // The reasons name no value from the file (a login is a person's name).
    let address = serde_json::from_str::<TeamAddress>(&text)
        .map_err(|err| format!("{:?} at line {}", err.classify(), err.line()))
        .and_then(|a| match a.checked() {
            Ok(checked) if checked == a => Ok(a),
            Ok(_) => Err("it is not written as Kindly writes it".to_owned()),
            Err(err) => Err(crate::logging::error(&err)),
        });
    match address {
        Ok(address) => Some(address),
        Err(err) => {
            tracing::warn!("{} is not a team notebook's address: {err}", path.display());
            None
        }
    }
}

/// Writes `address` as `data_dir/team.json`, whole or not at all (a new
/// file renamed over the old one).
pub fn write(data_dir: &Path, address: &TeamAddress) -> std::io::Result<()> {
    std::fs::create_dir_all(data_dir)?;
    let text = serde_json::to_string_pretty(address).map_err(std::io::Error::other)?;
    let partial = data_dir.join(format!(".{FILE}.partial"));
    {
        let mut file = std::fs::File::create(&partial)?;
        file.write_all(text.as_bytes())?;
        file.sync_all()?;
    }
    std::fs::rename(&partial, data_dir.join(FILE))
}

/// Deletes `data_dir/team.json`: this computer works on its own notebook.
pub fn forget(data_dir: &Path) -> std::io::Result<()> {
    match std::fs::remove_file(data_dir.join(FILE)) {
        Err(err) if err.kind() != std::io::ErrorKind::NotFound => Err(err),
        _ => Ok(()),
    }
}

/// Opens the team notebook at `address` signed in with `password`, off
/// the async runtime. Its phone region starts from this computer's
/// locale when it has none; its time zone is the team's and is left as
/// it is (desks in other zones would otherwise take turns changing it).
pub fn open(address: &TeamAddress, password: &str) -> kindly_core::Result<Notebook> {
    let url = Zeroizing::new(address.url_on(password, &this_computer())?);
    blocking(|| {
        let mut nb = Notebook::open_team(&url)?;
        nb.init_phone_region_from_locale(sys_locale::get_locale().as_deref())?;
        Ok(nb)
    })
}

/// This computer's name as the team sees it ("Kindly on front-desk" in who
/// is signed in where): its host name, made plain by the core.
pub fn this_computer() -> String {
    kindly_core::computer_name(&gethostname::gethostname().to_string_lossy())
}

/// Opens the team notebook at `address` with the password remembered in
/// the keychain (at start, or on Retry). No password remembered, or one
/// the server no longer accepts: [`Error::SignInNeeded`].
pub fn open_remembered(address: &TeamAddress) -> kindly_core::Result<Notebook> {
    let Some(password) = keychain::recall_team(address) else {
        return Err(Error::SignInNeeded);
    };
    match open(address, &password) {
        Err(Error::SignInFailed) => Err(Error::SignInNeeded),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn team_json_holds_the_address_and_never_a_password() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(read(dir.path()), None, "not joined");
        let address = TeamAddress::new("shop:5432", "kindly", "ana_lima").unwrap();
        write(dir.path(), &address).unwrap();
        assert_eq!(read(dir.path()), Some(address.clone()));
        let text = std::fs::read_to_string(dir.path().join(FILE)).unwrap();
        let keys: serde_json::Value = serde_json::from_str(&text).unwrap();
        let mut names: Vec<_> = keys.as_object().unwrap().keys().cloned().collect();
        names.sort();
        assert_eq!(names, ["database", "login", "server"]);
        forget(dir.path()).unwrap();
        forget(dir.path()).unwrap();
        assert_eq!(read(dir.path()), None, "left");
    }

    #[test]
    fn a_damaged_or_hostile_team_json_opens_this_computers_own_notebook() {
        let dir = tempfile::tempdir().unwrap();
        for text in [
            "{",
            r#"{"server": "", "database": "kindly", "login": "ana"}"#,
            r#"{"server": "shop?sslmode=disable", "database": "kindly", "login": "ana"}"#,
            r#"{"server": "shop", "database": "kindly", "login": "ana\n"}"#,
        ] {
            std::fs::write(dir.path().join(FILE), text).unwrap();
            assert_eq!(read(dir.path()), None, "{text}");
        }
    }
}
