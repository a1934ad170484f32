//! Issues (complaints, problems, requests) and promises.

use kindly_core::{Issue, IssueInput, IssueMove, Promise, PromiseInput, PromiseOutcome};
use tauri::State;

use super::CmdResult;
use crate::state::AppState;

#[tauri::command(async)]
pub fn open_issue(state: State<'_, AppState>, input: IssueInput) -> CmdResult<Issue> {
    state.with(|nb| nb.open_issue(&input))
}

#[tauri::command(async)]
pub fn update_issue(
    state: State<'_, AppState>,
    id: String,
    version: i64,
    input: IssueInput,
) -> CmdResult<Issue> {
    state.with(|nb| nb.update_issue(&id, version, &input))
}

#[tauri::command(async)]
pub fn move_issue(
    state: State<'_, AppState>,
    id: String,
    version: i64,
    change: IssueMove,
) -> CmdResult<Issue> {
    state.change(|nb| nb.move_issue(&id, version, &change))
}

#[tauri::command(async)]
pub fn get_issue(state: State<'_, AppState>, id: String) -> CmdResult<Issue> {
    state.with(|nb| nb.issue(&id))
}

#[tauri::command(async)]
pub fn issue_categories(state: State<'_, AppState>) -> CmdResult<Vec<String>> {
    state.with(|nb| nb.issue_categories())
}

#[tauri::command(async)]
pub fn make_promise(state: State<'_, AppState>, input: PromiseInput) -> CmdResult<Promise> {
    state.with(|nb| nb.make_promise(&input))
}

#[tauri::command(async)]
pub fn update_promise(
    state: State<'_, AppState>,
    id: String,
    version: i64,
    input: PromiseInput,
) -> CmdResult<Promise> {
    state.with(|nb| nb.update_promise(&id, version, &input))
}

#[tauri::command(async)]
pub fn settle_promise(
    state: State<'_, AppState>,
    id: String,
    version: i64,
    outcome: PromiseOutcome,
) -> CmdResult<Promise> {
    state.with(|nb| nb.settle_promise(&id, version, &outcome))
}

#[tauri::command(async)]
pub fn get_promise(state: State<'_, AppState>, id: String) -> CmdResult<Promise> {
    state.with(|nb| nb.promise(&id))
}
