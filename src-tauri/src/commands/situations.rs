//! Situations: one problem that touches many customers. Creating one,
//! posting updates, recording who was told, the messages, closing, undo.

use kindly_core::{
    CloseSituation, Situation, SituationAction, SituationInput, SituationMessage, SituationSummary,
    SituationUpdateInput, TellInput,
};
use tauri::{AppHandle, Runtime, State};

use super::CmdResult;
use crate::state::{blocking, AppState};
use crate::tasks::Tasks;

#[tauri::command(async)]
pub fn list_situations(
    state: State<'_, AppState>,
    include_closed: bool,
) -> CmdResult<Vec<SituationSummary>> {
    state.with(|nb| nb.situations(include_closed))
}

#[tauri::command(async)]
pub fn get_situation(state: State<'_, AppState>, id: String) -> CmdResult<Situation> {
    state.with(|nb| nb.situation(&id))
}

#[tauri::command(async)]
pub fn create_situation(state: State<'_, AppState>, input: SituationInput) -> CmdResult<String> {
    state.with(|nb| nb.create_situation(&input))
}

#[tauri::command(async)]
pub fn update_situation(
    state: State<'_, AppState>,
    id: String,
    version: i64,
    input: SituationInput,
) -> CmdResult<()> {
    state.with(|nb| nb.update_situation(&id, version, &input))
}

#[tauri::command(async)]
pub fn post_situation_update(
    state: State<'_, AppState>,
    id: String,
    input: SituationUpdateInput,
) -> CmdResult<()> {
    state.with(|nb| nb.post_situation_update(&id, &input))
}

/// Telling someone logs a conversation, which restarts their stay-in-touch clock.
/// Counted to the window as `task` when given; `cancel_task` stops it
/// before it commits.
#[tauri::command(async)]
pub fn mark_told<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    tasks: State<'_, Tasks>,
    id: String,
    input: TellInput,
    task: Option<String>,
) -> CmdResult<()> {
    tasks.follow(&app, task.as_deref(), |progress| {
        blocking(|| state.change(|nb| nb.mark_told_with(&id, &input, progress)))
    })
}

#[tauri::command(async)]
pub fn situation_messages(
    state: State<'_, AppState>,
    id: String,
) -> CmdResult<Vec<SituationMessage>> {
    state.with(|nb| nb.situation_messages(&id))
}

/// Closing may add follow-ups (and undoing a close removes them).
/// Counted to the window as `task` when given; `cancel_task` stops it
/// before it commits.
#[tauri::command(async)]
pub fn close_situation<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    tasks: State<'_, Tasks>,
    id: String,
    version: i64,
    close: CloseSituation,
    task: Option<String>,
) -> CmdResult<SituationAction> {
    tasks.follow(&app, task.as_deref(), |progress| {
        blocking(|| state.change(|nb| nb.close_situation_with(&id, version, &close, progress)))
    })
}

#[tauri::command(async)]
pub fn undo_situation_action(state: State<'_, AppState>, action_id: String) -> CmdResult<()> {
    state.change(|nb| nb.undo_situation_action(&action_id))
}
