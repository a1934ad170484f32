//! Protecting the notebook with a passphrase, locking and unlocking it.
//!
//! Passphrases arrive as [`Secret`]s: wiped from memory when the command
//! returns.

use kindly_core::{check_repeated, LockStatus, ProtectOutcome, ProtectionSettings};
use tauri::{AppHandle, State};
use zeroize::Zeroizing;

use super::CmdResult;

/// A passphrase from the window, wiped when dropped.
type Secret = Zeroizing<String>;
use crate::keychain;
use crate::state::AppState;

/// Whether the notebook is locked or protected, and how it locks.
#[tauri::command(async)]
pub fn lock_status(state: State<'_, AppState>) -> CmdResult<LockStatus> {
    crate::unlocking::status(&state)
}

/// Opens the locked notebook with its passphrase, remembering it in the
/// keychain when asked.
#[tauri::command(async)]
pub fn unlock(
    app: AppHandle,
    state: State<'_, AppState>,
    passphrase: Secret,
    remember: bool,
) -> CmdResult<LockStatus> {
    crate::unlocking::unlock(&app, &state, &passphrase, remember)
}

/// Someone is using the window (typing, clicking) without asking for
/// anything yet: the idle lock counts afresh.
#[tauri::command(async)]
pub fn still_here(state: State<'_, AppState>) {
    state.used(crate::state::now_ms());
}

/// Locks a protected notebook now.
#[tauri::command(async)]
pub fn lock(state: State<'_, AppState>) -> CmdResult<LockStatus> {
    state.lock()?;
    crate::unlocking::status(&state)
}

#[tauri::command(async)]
pub fn protect_notebook(
    state: State<'_, AppState>,
    passphrase: Secret,
    again: Secret,
    remember: bool,
) -> CmdResult<ProtectOutcome> {
    check_repeated(&passphrase, &again)?;
    let outcome = state.with(|nb| nb.protect(&passphrase))?;
    crate::unlocking::keep_or_forget(&state, &passphrase, remember)?;
    Ok(outcome)
}

#[tauri::command(async)]
pub fn change_passphrase(
    state: State<'_, AppState>,
    current: Secret,
    passphrase: Secret,
    again: Secret,
    remember: bool,
) -> CmdResult<ProtectionSettings> {
    check_repeated(&passphrase, &again)?;
    let settings = state.with(|nb| nb.change_passphrase(&current, &passphrase))?;
    crate::unlocking::keep_or_forget(&state, &passphrase, remember)?;
    Ok(settings)
}

#[tauri::command(async)]
pub fn remove_protection(
    state: State<'_, AppState>,
    current: Secret,
) -> CmdResult<ProtectionSettings> {
    let settings = state.with(|nb| nb.remove_protection(&current))?;
    keychain::forget(state.path());
    Ok(settings)
}

#[tauri::command(async)]
pub fn set_lock_after(state: State<'_, AppState>, minutes: u32) -> CmdResult<ProtectionSettings> {
    state.with(|nb| nb.set_lock_after(minutes))
}

/// Forgets the passphrase remembered in this computer's keychain.
#[tauri::command(async)]
pub fn forget_remembered_passphrase(state: State<'_, AppState>) -> CmdResult<LockStatus> {
    keychain::forget(state.path());
    crate::unlocking::status(&state)
}
