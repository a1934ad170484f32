//! Duplicates: the likely pairs, merging two customers, undoing a merge.

use kindly_core::{DuplicatePair, MergeOutcome, MergeRecord};
use tauri::State;

use super::CmdResult;
use crate::state::AppState;

#[tauri::command(async)]
pub fn likely_duplicates(state: State<'_, AppState>) -> CmdResult<Vec<DuplicatePair>> {
    state.with(|nb| nb.likely_duplicates())
}

#[tauri::command(async)]
pub fn merge_customers(
    state: State<'_, AppState>,
    kept_id: String,
    merged_id: String,
) -> CmdResult<MergeOutcome> {
    state.change(|nb| nb.merge_customers(&kept_id, &merged_id))
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
