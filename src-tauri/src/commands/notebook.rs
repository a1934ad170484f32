//! The notebook as a whole.

use kindly_core::NotebookInfo;
use tauri::{AppHandle, State};

use super::CmdResult;
use crate::state::AppState;

#[tauri::command(async)]
pub fn notebook_info(state: State<'_, AppState>) -> CmdResult<NotebookInfo> {
    state.with(|nb| nb.info())
}

/// Sets the region for phone numbers typed without a country code.
#[tauri::command(async)]
pub fn set_phone_region(state: State<'_, AppState>, region: String) -> CmdResult<NotebookInfo> {
    state.with(|nb| {
        nb.set_phone_region(&region)?;
        nb.info()
    })
}

/// The window is ready for the person at the desk. Started with
/// `--exit-when-ready` (by `make bench-app`, to time a cold start), Kindly
/// quits here; otherwise this does nothing.
#[tauri::command(async)]
pub fn window_ready(app: AppHandle) {
    if std::env::args().any(|a| a == crate::EXIT_WHEN_READY_ARG) {
        app.exit(0);
    }
}
