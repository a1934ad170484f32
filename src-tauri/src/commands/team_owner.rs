//! The team notebook owner's tools in Settings → Team: the team's logins
//! (add, remove), who is signed in where, moving this computer's notebook
//! up to the team notebook, and a complete copy of it in a file.
//!
//! Every command refuses anyone but the signed-in owner (the server also
//! refuses to add or remove logins for anyone else), and works through the
//! team notebook the window is signed in to: no password is kept for
//! them. A new login's password crosses to the window once, in
//! [`HandOver`], and is never logged or written anywhere.

use std::path::{Path, PathBuf};

use kindly_core::{
    is_protected_file, Changes, Error, ErrorPayload, Moved, Notebook, StaffLogin, TeamAddress,
    TeamPresence, MAX_DISPLAY_NAME, MAX_PASSWORD,
};
use serde::Serialize;
use tauri::{AppHandle, Emitter, Manager, State, Url};
use zeroize::{Zeroize, Zeroizing};

use super::CmdResult;
use crate::dialogs;
use crate::keychain;
use crate::state::{blocking, AppState, Place};

/// A passphrase from the window, wiped when dropped.
type Secret = Zeroizing<String>;

/// A new login, to hand to the person it is for: shown once in the
/// window, then gone. `join_link` fills their join form (never with the
/// password).
#[derive(Serialize)]
pub struct HandOver {
    login: String,
    display_name: String,
    password: String,
    join_link: String,
}

impl Drop for HandOver {
    fn drop(&mut self) {
        self.password.zeroize();
    }
}

impl std::fmt::Debug for HandOver {
    // Never the password: a `{:?}` may end up in a log.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HandOver")
            .field("login", &self.login)
            .finish_non_exhaustive()
    }
}

/// A complete copy of the team notebook: where it went and what it holds.
#[derive(Debug, Serialize)]
pub struct TeamCopy {
    path: String,
    moved: Moved,
}

/// Every login made on the team notebook, removed ones too, oldest first.
#[tauri::command(async)]
pub fn team_logins(state: State<'_, AppState>) -> CmdResult<Vec<StaffLogin>> {
    owner(&state)?;
    state.with(|nb| nb.team_logins())
}

/// Makes a login for the person `name` with a new password; the answer is
/// the only time the password exists outside their head.
#[tauri::command(async)]
pub fn add_team_login(state: State<'_, AppState>, name: String) -> CmdResult<HandOver> {
    let address = owner(&state)?;
    let name = one_line_name(&name)?;
    let mut new = state.with(|nb| nb.add_team_login(&name))?;
    // Moved, not copied: the answer's copy is wiped once it is sent.
    Ok(HandOver {
        join_link: join_link(&address, &new.login),
        login: std::mem::take(&mut new.login),
        display_name: std::mem::take(&mut new.display_name),
        password: std::mem::take(&mut new.password),
    })
}

/// Takes away the login of `login`: they can no longer sign in; what they
/// wrote stays, with their name on it.
#[tauri::command(async)]
pub fn remove_team_login(state: State<'_, AppState>, login: String) -> CmdResult<StaffLogin> {
    let me = owner(&state)?;
    let login = one_line_name(&login)?;
    if login == me.login {
        return Err(Error::invalid(
            "login",
            "You cannot remove your own login: you would be locked out of the team notebook.",
        )
        .into());
    }
    state
        .with(|nb| nb.remove_team_login(&login))?
        .ok_or_else(|| {
            Error::invalid(
                "login",
                format!("{login} has no working login any more: nothing was changed."),
            )
            .into()
        })
}

/// Who is signed in to the team notebook now, and on which computer.
#[tauri::command(async)]
pub fn team_signed_in_now(state: State<'_, AppState>) -> CmdResult<Vec<TeamPresence>> {
    owner(&state)?;
    state.with(|nb| nb.who_is_signed_in())
}

/// What moving this computer's own notebook up into the team notebook
/// would carry, counted without writing anything. A protected notebook
/// needs its `passphrase` (unless the keychain remembers it): without it
/// the answer is an error on `passphrase`.
#[tauri::command(async)]
pub fn move_up_preview(state: State<'_, AppState>, passphrase: Option<Secret>) -> CmdResult<Moved> {
    owner(&state)?;
    let laptop = open_laptop(state.path(), passphrase.as_deref().map(String::as_str))?;
    state.with(|team| kindly_core::move_into_preview(&laptop, team))
}

/// Moves everything in this computer's own notebook up into the (empty)
/// team notebook, in one transaction; this computer's notebook stays as it
/// is. Refused with `team_notebook_not_empty` when the team notebook holds
/// anything already.
/// Every screen then reads again (`notebook-changed`, everything).
#[tauri::command(async)]
pub fn move_up(
    app: AppHandle,
    state: State<'_, AppState>,
    passphrase: Option<Secret>,
) -> CmdResult<Moved> {
    owner(&state)?;
    let laptop = open_laptop(state.path(), passphrase.as_deref().map(String::as_str))?;
    let moved = state.change(|team| kindly_core::move_into(&laptop, team))?;
    let _ = app.emit(crate::live::NOTEBOOK_CHANGED, Changes::everything());
    Ok(moved)
}

/// Writes a complete copy of the team notebook into a new notebook file
/// named `Kindly team copy <today>.sqlite` (`today` is the window's date,
/// `YYYY-MM-DD`), in the Downloads folder or, with `choose_folder`, a
/// folder the person picks (`None`: they cancelled). Never over an
/// existing file: a name already taken gets " (2)", " (3)", ….
#[tauri::command]
pub async fn copy_team_out(
    app: AppHandle,
    state: State<'_, AppState>,
    today: String,
    choose_folder: bool,
) -> CmdResult<Option<TeamCopy>> {
    owner(&state)?;
    check_day(&today)?;
    let folder = if choose_folder {
        match dialogs::pick_folder(&app, "Choose a folder for the copy", None).await? {
            Some(folder) => folder,
            None => return Ok(None),
        }
    } else {
        let downloads = app.path().download_dir().map_err(|_| {
            ErrorPayload::from(Error::invalid(
                "folder",
                "Kindly cannot find your Downloads folder: choose a folder instead.",
            ))
        })?;
        // A new account may not have made it yet.
        let _ = std::fs::create_dir_all(&downloads);
        downloads
    };
    let path = free_name(&folder, &today)?;
    let moved = state.with(|team| kindly_core::copy_out(team, &path))?;
    Ok(Some(TeamCopy {
        path: path.display().to_string(),
        moved,
    }))
}

/// The team notebook's address, when the owner is signed in to it; a
/// plain refusal for anyone else.
fn owner(state: &AppState) -> Result<TeamAddress, ErrorPayload> {
    match state.place() {
        Place::Team(address, Some(signed_in)) if signed_in.owner => Ok(address),
        _ => Err(Error::invalid(
            "team",
            "Only the team notebook's owner can do this, signed in to it.",
        )
        .into()),
    }
}

/// `name` as one line of at most [`MAX_DISPLAY_NAME`] characters.
fn one_line_name(name: &str) -> Result<String, ErrorPayload> {
    let name = name.trim();
    if name.is_empty() {
        return Err(Error::invalid("name", "Enter the person's name.").into());
    }
    if name.chars().count() > MAX_DISPLAY_NAME || name.chars().any(char::is_control) {
        return Err(Error::invalid(
            "name",
            format!("A name is one line of at most {MAX_DISPLAY_NAME} letters."),
        )
        .into());
    }
    Ok(name.to_owned())
}

/// `kindly://join?server=…&database=…&login=…` for `login` on the team
/// notebook at `address`: never a password.
fn join_link(address: &TeamAddress, login: &str) -> String {
    let mut link = Url::parse("kindly://join").expect("a fixed, valid URL");
    link.query_pairs_mut()
        .append_pair("server", &address.server)
        .append_pair("database", &address.database)
        .append_pair("login", login);
    link.to_string()
}

/// This computer's own notebook file, opened to be read (with its
/// passphrase when protected: the one given, else the keychain's).
fn open_laptop(path: &Path, passphrase: Option<&str>) -> Result<Notebook, ErrorPayload> {
    if !path.exists() {
        return Err(Error::invalid(
            "file",
            "This computer has no notebook of its own to move up.",
        )
        .into());
    }
    let protected = is_protected_file(path)?;
    if !protected {
        return Ok(blocking(|| Notebook::open(path))?);
    }
    let given = passphrase.filter(|p| !p.is_empty());
    let passphrase = match given {
        Some(p) if p.chars().count() <= MAX_PASSWORD => Zeroizing::new(p.to_owned()),
        Some(_) => {
            return Err(Error::invalid("passphrase", "That passphrase is too long.").into());
        }
        None => keychain::recall(path).ok_or_else(|| {
            ErrorPayload::from(Error::invalid(
                "passphrase",
                "This computer's notebook is protected: enter its passphrase to move it up.",
            ))
        })?,
    };
    Ok(blocking(|| Notebook::open_protected(path, &passphrase))?)
}

/// Refuses anything but a date written `YYYY-MM-DD`.
fn check_day(today: &str) -> Result<(), ErrorPayload> {
    let fine = today.len() == 10
        && today.char_indices().all(|(i, c)| match i {
            4 | 7 => c == '-',
            _ => c.is_ascii_digit(),
        });
    if fine {
        Ok(())
    } else {
        Err(ErrorPayload::system(
            "The date of the copy could not be read.",
        ))
    }
}

/// `Kindly team copy <today>.sqlite` in `folder`, or the first of
/// `… (2).sqlite`, `… (3).sqlite`, … not taken yet.
fn free_name(folder: &Path, today: &str) -> Result<PathBuf, ErrorPayload> {
    if !folder.is_dir() {
        return Err(Error::invalid(
            "folder",
            format!(
                "There is no folder {} to put the copy in.",
                folder.display()
            ),
        )
        .into());
    }
    (1..=99)
        .map(|n| match n {
            1 => folder.join(format!("Kindly team copy {today}.sqlite")),
            n => folder.join(format!("Kindly team copy {today} ({n}).sqlite")),
        })
        .find(|path| !path.exists())
        .ok_or_else(|| {
            Error::invalid(
                "folder",
                "That folder already holds many copies from today: choose another folder.",
            )
            .into()
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_join_link_fills_the_join_form_and_carries_no_password() {
        let address = TeamAddress::new("shop-server:5433", "our notebook", "kindly_admin").unwrap();
        let link = join_link(&address, "cleo_diaz");
        assert!(!link.contains("password"), "{link}");
        let read = crate::calls::join_in([link.as_str()]).expect("a join link");
        assert_eq!(
            read.address,
            TeamAddress::new("shop-server:5433", "our notebook", "cleo_diaz").unwrap()
        );
        assert!(!read.password_ignored);
    }

    #[test]
    fn a_copy_never_takes_a_name_already_taken() {
        let dir = tempfile::tempdir().unwrap();
        let first = free_name(dir.path(), "2026-12-06").unwrap();
        assert_eq!(
            first.file_name().unwrap(),
            "Kindly team copy 2026-12-06.sqlite"
        );
        std::fs::write(&first, "taken").unwrap();
        let second = free_name(dir.path(), "2026-12-06").unwrap();
        assert_eq!(
            second.file_name().unwrap(),
            "Kindly team copy 2026-12-06 (2).sqlite"
        );
        assert!(free_name(&dir.path().join("missing"), "2026-12-06").is_err());
    }

    #[test]
    fn names_and_dates_from_the_window_are_checked() {
        assert_eq!(one_line_name("  Cleo Diaz ").unwrap(), "Cleo Diaz");
        for bad in ["", "  ", "Cleo\nDiaz", &"a".repeat(MAX_DISPLAY_NAME + 1)] {
            assert_eq!(
                one_line_name(bad).unwrap_err().field.as_deref(),
                Some("name")
            );
        }
        assert!(check_day("2026-12-06").is_ok());
        for bad in ["2026-12-6", "../../etc", "2026/12/06", "2026-12-06x"] {
            assert!(check_day(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn only_the_signed_in_owner_may_use_the_owners_tools() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(kindly_core::FILE_NAME);
        let state = AppState::new(path.clone(), Notebook::open(&path));
        assert!(owner(&state).is_err(), "this computer's own notebook");
        let address = TeamAddress::new("shop", "kindly", "ana").unwrap();
        state.replace(Place::Team(address, None), Err(Error::SignInNeeded));
        assert!(owner(&state).is_err(), "nobody signed in");
    }

    #[test]
    fn a_protected_laptop_notebook_needs_its_passphrase_and_a_missing_one_is_said() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(kindly_core::FILE_NAME);
        let err = open_laptop(&path, None).err().expect("refused");
        assert_eq!(err.field.as_deref(), Some("file"));
        let mut nb = Notebook::open(&path).unwrap();
        nb.protect("blue kettle on the shelf").unwrap();
        drop(nb);
        let err = open_laptop(&path, None).err().expect("refused");
        assert_eq!(err.field.as_deref(), Some("passphrase"));
        let err = open_laptop(&path, Some("not the one"))
            .err()
            .expect("refused");
        assert_eq!(err.field.as_deref(), Some("passphrase"));
        assert!(open_laptop(&path, Some("blue kettle on the shelf")).is_ok());
    }
}
