//! Follow-ups and the Today screen.

use kindly_core::{FollowUp, FollowUpDone, FollowUpInput, Snooze, TodayPage};
use tauri::State;

use super::CmdResult;
use crate::state::AppState;

#[tauri::command(async)]
pub fn add_follow_up(state: State<'_, AppState>, input: FollowUpInput) -> CmdResult<FollowUp> {
    state.change(|nb| nb.add_follow_up(&input))
}

#[tauri::command(async)]
pub fn update_follow_up(
    state: State<'_, AppState>,
    id: String,
    version: i64,
    input: FollowUpInput,
) -> CmdResult<FollowUp> {
    state.change(|nb| nb.update_follow_up(&id, version, &input))
}

/// One follow-up as stored now: read again after someone else changed it
/// first, so the window can say what they did.
#[tauri::command(async)]
pub fn get_follow_up(state: State<'_, AppState>, id: String) -> CmdResult<FollowUp> {
    state.with(|nb| nb.follow_up(&id))
}

#[tauri::command(async)]
pub fn complete_follow_up(
    state: State<'_, AppState>,
    id: String,
    version: i64,
    done: FollowUpDone,
) -> CmdResult<FollowUp> {
    state.change(|nb| nb.complete_follow_up(&id, version, &done))
}

#[tauri::command(async)]
pub fn skip_follow_up(
    state: State<'_, AppState>,
    id: String,
    version: i64,
    staff: String,
) -> CmdResult<FollowUp> {
    state.change(|nb| nb.skip_follow_up(&id, version, &staff))
}

#[tauri::command(async)]
pub fn snooze_follow_up(
    state: State<'_, AppState>,
    id: String,
    version: i64,
    until: Snooze,
) -> CmdResult<FollowUp> {
    state.change(|nb| nb.snooze_follow_up(&id, version, &until))
}

#[tauri::command(async)]
pub fn reassign_follow_up(
    state: State<'_, AppState>,
    id: String,
    version: i64,
    assignee: String,
) -> CmdResult<FollowUp> {
    state.change(|nb| nb.reassign_follow_up(&id, version, &assignee))
}

#[tauri::command(async)]
pub fn today(state: State<'_, AppState>) -> CmdResult<TodayPage> {
    state.with(|nb| nb.today())
}
