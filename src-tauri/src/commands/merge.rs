//! Duplicates: the likely pairs, merging two customers, undoing a merge.

use kindly_core::{DuplicatePair, MergeOutcome, MergeRecord};
use tauri::{AppHandle, Runtime, State};

use super::CmdResult;
use crate::state::{blocking, AppState};
use crate::tasks::Tasks;

#[tauri::command(async)]
pub fn likely_duplicates(state: State<'_, AppState>) -> CmdResult<Vec<DuplicatePair>> {
    state.with(|nb| nb.likely_duplicates())
}

/// Merges two customers; the entries moved are counted to the window as
/// `task` when given, and `cancel_task` stops the merge before it commits.
#[tauri::command(async)]
pub fn merge_customers<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    tasks: State<'_, Tasks>,
    kept_id: String,
    merged_id: String,
    task: Option<String>,
) -> CmdResult<MergeOutcome> {
    tasks.follow(&app, task.as_deref(), |progress| {
        blocking(|| state.change(|nb| nb.merge_customers_with(&kept_id, &merged_id, progress)))
    })
}

#[tauri::command(async)]
pub fn undo_merge(state: State<'_, AppState>, merge_id: String) -> CmdResult<()> {
    state.change(|nb| nb.undo_merge(&merge_id))
}

#[tauri::command(async)]
pub fn recent_merges(state: State<'_, AppState>) -> CmdResult<Vec<MergeRecord>> {
    state.with(|nb| nb.recent_merges())
}

#[tauri::command(async)]
pub fn not_duplicates(state: State<'_, AppState>, a_id: String, b_id: String) -> CmdResult<()> {
    state.with(|nb| nb.not_duplicates(&a_id, &b_id))
}
