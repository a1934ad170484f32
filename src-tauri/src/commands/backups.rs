//! Backups: the settings, "Back up now", the list, and restoring one. The
//! backup folder is chosen in the system's folder dialog, never named by
//! the window.

use std::path::PathBuf;

use kindly_core::{BackupInfo, BackupSettings, Error, ErrorPayload};
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;

use super::CmdResult;
use crate::state::AppState;

#[tauri::command(async)]
pub fn backup_settings(state: State<'_, AppState>) -> CmdResult<BackupSettings> {
    state.with(|nb| nb.backup_settings())
}

/// How many backups to keep, and (with `default_folder`) back to the
/// folder beside the notebook. The window never names a folder: a folder
/// of one's own is chosen in the system's dialog ([`choose_backup_folder`]).
#[tauri::command(async)]
pub fn set_backup_settings(
    state: State<'_, AppState>,
    keep: u32,
    default_folder: bool,
) -> CmdResult<BackupSettings> {
    state.with(|nb| nb.set_backup_keep(keep, default_folder))
}

/// Set by end-to-end tests: the folder the dialog "chooses". Read by debug
/// builds only, never by a release build.
const E2E_PICK_FOLDER: &str = "KINDLY_E2E_PICK_FOLDER";

/// Opens the system's folder dialog and makes the chosen folder the backup
/// folder; `None` when the person cancels (nothing changes).
#[tauri::command(async)]
pub fn choose_backup_folder(
    app: AppHandle,
    state: State<'_, AppState>,
) -> CmdResult<Option<BackupSettings>> {
    let test_pick = cfg!(debug_assertions)
        .then(|| std::env::var_os(E2E_PICK_FOLDER))
        .flatten();
    let picked = match test_pick {
        Some(path) => Some(PathBuf::from(path)),
        None => app
            .dialog()
            .file()
            .set_title("Choose a folder for backups")
            .blocking_pick_folder()
            .and_then(|f| f.into_path().ok()),
    };
    let Some(folder) = picked else {
        return Ok(None);
    };
    let folder = folder.to_str().ok_or_else(|| {
        ErrorPayload::from(Error::invalid(
            "folder",
            "Kindly cannot use a folder with this name. Choose another one.",
        ))
    })?;
    state
        .with(|nb| {
            let keep = nb.backup_settings()?.keep;
            nb.set_backup_settings(Some(folder), keep)
        })
        .map(Some)
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
