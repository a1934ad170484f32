//! The callback brief, the caller lookup, and logging a call.

use kindly_core::{AfterCall, Brief, CallerLookup, Conversation};
use tauri::{AppHandle, State};

use super::CmdResult;
use crate::state::AppState;

#[tauri::command(async)]
pub fn brief(state: State<'_, AppState>, id: String) -> CmdResult<Brief> {
    state.with(|nb| nb.brief(&id))
}

#[tauri::command(async)]
pub fn brief_text(state: State<'_, AppState>, id: String) -> CmdResult<String> {
    state.with(|nb| nb.brief_text(&id))
}

#[tauri::command(async)]
pub fn find_caller(state: State<'_, AppState>, number: String) -> CmdResult<CallerLookup> {
    state.with(|nb| nb.find_caller(&number))
}

#[tauri::command(async)]
pub fn log_call(state: State<'_, AppState>, after: AfterCall) -> CmdResult<Conversation> {
    state.change(|nb| nb.log_call(&after))
}

#[tauri::command(async)]
pub fn global_shortcut(state: State<'_, AppState>) -> CmdResult<Option<String>> {
    state.with(|nb| nb.global_shortcut())
}

#[tauri::command(async)]
pub fn set_global_shortcut(app: AppHandle, shortcut: Option<String>) -> CmdResult<Option<String>> {
    crate::shortcut::replace(&app, shortcut.as_deref())
}
