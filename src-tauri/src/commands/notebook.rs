//! The notebook as a whole.

use kindly_core::NotebookInfo;
use tauri::State;

use super::CmdResult;
use crate::state::AppState;

#[tauri::command(async)]
pub fn notebook_info(state: State<'_, AppState>) -> CmdResult<NotebookInfo> {
    state.with(|nb| nb.info())
}
