//! The notebook as a whole.

use kindly_core::NotebookInfo;
use tauri::State;

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
