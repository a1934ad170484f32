//! Protecting the notebook with a passphrase, locking and unlocking it.
//!
//! Passphrases arrive as [`Secret`]s: wiped from memory when the command
//! returns.

use kindly_core::{check_repeated, LockStatus, ProtectOutcome, ProtectionSettings};
use tauri::{AppHandle, Runtime, State};
use zeroize::Zeroizing;

use super::CmdResult;

/// A passphrase from the window, wiped when dropped.
type Secret = Zeroizing<String>;
use crate::keychain;
use crate::state::{blocking, AppState};
use crate::tasks::Tasks;

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

/// Protects the notebook; its progress (never cancelled) goes to the
/// window as `task` when given.
#[tauri::command(async)]
pub fn protect_notebook<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    tasks: State<'_, Tasks>,
    passphrase: Secret,
    again: Secret,
    remember: bool,
    task: Option<String>,
) -> CmdResult<ProtectOutcome> {
    check_repeated(&passphrase, &again)?;
    let outcome = tasks.follow(&app, task.as_deref(), |progress| {
        blocking(|| state.with(|nb| nb.protect_with(&passphrase, progress)))
    })?;
    crate::unlocking::keep_or_forget(&state, &passphrase, remember)?;
    Ok(outcome)
}

/// Changes the passphrase; its progress (never cancelled) goes to the
/// window as `task` when given.
#[tauri::command(async)]
#[allow(
    clippy::too_many_arguments,
    reason = "a Tauri command's arguments are its IPC fields"
)]
pub fn change_passphrase<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    tasks: State<'_, Tasks>,
    current: Secret,
    passphrase: Secret,
    again: Secret,
    remember: bool,
    task: Option<String>,
) -> CmdResult<ProtectionSettings> {
    check_repeated(&passphrase, &again)?;
    let settings = tasks.follow(&app, task.as_deref(), |progress| {
        blocking(|| state.with(|nb| nb.change_passphrase_with(&current, &passphrase, progress)))
    })?;
    crate::unlocking::keep_or_forget(&state, &passphrase, remember)?;
    Ok(settings)
}

/// Removes the protection; its progress (never cancelled) goes to the
/// window as `task` when given.
#[tauri::command(async)]
pub fn remove_protection<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    tasks: State<'_, Tasks>,
    current: Secret,
    task: Option<String>,
) -> CmdResult<ProtectionSettings> {
    let settings = tasks.follow(&app, task.as_deref(), |progress| {
        blocking(|| state.with(|nb| nb.remove_protection_with(&current, progress)))
    })?;
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
