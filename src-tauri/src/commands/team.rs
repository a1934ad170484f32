//! Joining a team notebook, signing in to it and leaving it (see
//! `team_place.rs` for what is kept on this computer, and `state.rs` for
//! the states the notebook goes through).
//!
//! Passwords arrive as [`Secret`]s, wiped from memory when the command
//! returns; they are never logged, written to a file or sent back.

use kindly_core::{check_password, Error, ErrorPayload, JoinLink, TeamAddress, TeamStatus};
use tauri::State;
use zeroize::Zeroizing;

use super::CmdResult;
use crate::keychain;
use crate::state::{AppState, Place};
use crate::team_place;

/// A password from the window, wiped when dropped.
type Secret = Zeroizing<String>;

/// Whether this computer works on a team notebook, which, and who is
/// signed in (with whether they are its owner).
#[tauri::command(async)]
pub fn team_status(state: State<'_, AppState>) -> CmdResult<TeamStatus> {
    Ok(state.team())
}

/// The `kindly://join` link Kindly was started (or brought forward) with,
/// once: it fills the join form.
#[tauri::command(async)]
pub fn take_join_link(pending: State<'_, crate::calls::PendingJoin>) -> Option<JoinLink> {
    pending.take()
}

/// Joins the team notebook `login@server/database`: tests the connection
/// by opening it and, only once the server said yes, notes the address in
/// `team.json` (and the password in the keychain when `remember`) and
/// works on it. On any failure nothing is written on this computer.
#[tauri::command(async)]
pub fn join_team(
    state: State<'_, AppState>,
    server: String,
    database: String,
    login: String,
    password: Secret,
    remember: bool,
) -> CmdResult<TeamStatus> {
    let address = TeamAddress::new(&server, &database, &login)?;
    check_password(&password)?;
    let nb = team_place::open(&address, &password)?;
    let notice = keep_password(&address, &password, remember);
    if let Err(err) = team_place::write(&state.data_dir(), &address) {
        keychain::forget_team(&address);
        crate::state::blocking(move || drop(nb));
        return Err(ErrorPayload::system(format!(
            "Kindly could not note the team notebook in its folder ({err}). Nothing was changed."
        )));
    }
    if let Place::Team(before, _) = state.place() {
        if before != address {
            keychain::forget_team(&before);
            // The offline copy is of one team notebook.
            state.offline.forget(&before);
        }
    }
    state.replace(Place::Team(address, None), Ok(nb));
    Ok(TeamStatus {
        notice,
        ..state.team()
    })
}

/// Signs in to the team notebook this computer works on with `password`;
/// the keychain keeps it when `remember` (and forgets it otherwise).
#[tauri::command(async)]
pub fn sign_in_team(
    state: State<'_, AppState>,
    password: Secret,
    remember: bool,
) -> CmdResult<TeamStatus> {
    let address = joined(&state)?;
    check_password(&password)?;
    let nb = team_place::open(&address, &password)?;
    let notice = keep_password(&address, &password, remember);
    state.replace(Place::Team(address, None), Ok(nb));
    Ok(TeamStatus {
        notice,
        ..state.team()
    })
}

/// Tries the team notebook's server again (after it could not be
/// reached), with the remembered password; without one the answer is
/// `sign_in_needed`.
#[tauri::command(async)]
pub fn retry_team(state: State<'_, AppState>) -> CmdResult<TeamStatus> {
    let address = joined(&state)?;
    let opened = team_place::open_remembered(&address);
    let failure = opened.as_ref().err().map(|err| ErrorPayload {
        code: err.code(),
        message: err.to_string(),
        field: None,
        conflict: None,
    });
    state.replace(Place::Team(address, None), opened);
    match failure {
        Some(err) => Err(err),
        None => Ok(state.team()),
    }
}

/// Stops working on the team notebook: forgets `team.json` and the
/// remembered password, and opens this computer's own notebook as it was
/// left (locked, if it is protected).
#[tauri::command(async)]
pub fn leave_team(state: State<'_, AppState>) -> CmdResult<TeamStatus> {
    let address = joined(&state)?;
    team_place::forget(&state.data_dir()).map_err(|err| {
        ErrorPayload::system(format!(
            "Kindly could not forget the team notebook ({err}). Nothing was changed."
        ))
    })?;
    keychain::forget_team(&address);
    let opened = crate::unlocking::open_at_start(state.path());
    state.replace(Place::Laptop, opened);
    state.offline.forget(&address);
    Ok(state.team())
}

/// The team notebook this computer works on, or a refusal on `password`.
fn joined(state: &AppState) -> Result<TeamAddress, ErrorPayload> {
    match state.place() {
        Place::Team(address, _) => Ok(address),
        Place::Laptop => Err(Error::invalid(
            "password",
            "This computer works on its own notebook: there is no team notebook to sign in to.",
        )
        .into()),
    }
}

/// Remembers or forgets `password` for `address`; the line to show when
/// the keychain could not keep it.
fn keep_password(address: &TeamAddress, password: &str, remember: bool) -> Option<String> {
    if !remember {
        keychain::forget_team(address);
        return None;
    }
    keychain::remember_team(address, password)
        .err()
        .map(|err| err.message)
}
