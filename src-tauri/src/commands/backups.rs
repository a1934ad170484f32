//! Backups: the settings, "Back up now", the list, and restoring one.

use kindly_core::{BackupInfo, BackupSettings};
use tauri::State;

use super::CmdResult;
use crate::state::AppState;

#[tauri::command(async)]
pub fn backup_settings(state: State<'_, AppState>) -> CmdResult<BackupSettings> {
    state.with(|nb| nb.backup_settings())
}

#[tauri::command(async)]
pub fn set_backup_settings(
    state: State<'_, AppState>,
    folder: Option<String>,
    keep: u32,
) -> CmdResult<BackupSettings> {
    state.with(|nb| nb.set_backup_settings(folder.as_deref(), keep))
}

#[tauri::command(async)]
pub fn back_up_now(state: State<'_, AppState>) -> CmdResult<BackupInfo> {
    state.with(|nb| nb.back_up_now())
}

/// The backups in the chosen folder, newest first.
#[tauri::command(async)]
pub fn list_backups(state: State<'_, AppState>) -> CmdResult<Vec<BackupInfo>> {
    state.with(|nb| nb.list_backups())
}

/// Restores one of the listed backups; the notebook as it was first goes to
/// the `before-restore` folder inside the backup folder. Returns that copy.
#[tauri::command(async)]
pub fn restore_backup(state: State<'_, AppState>, path: String) -> CmdResult<BackupInfo> {
    state.change(|nb| nb.restore_listed(&path))
}
