//! Who a situation affects: adding customers (from a search, a list or a
//! customer's page), groups and their concierges.

use kindly_core::{MemberFilter, SituationAction, SituationFilter, SituationMemberPage};
use tauri::{AppHandle, Runtime, State};

use super::CmdResult;
use crate::state::{blocking, AppState};
use crate::tasks::Tasks;

#[tauri::command(async)]
pub fn situation_members(
    state: State<'_, AppState>,
    id: String,
    filter: MemberFilter,
    offset: u32,
    limit: u32,
) -> CmdResult<SituationMemberPage> {
    state.with(|nb| nb.situation_members(&id, &filter, offset, limit))
}

#[tauri::command(async)]
pub fn situation_member_ids(
    state: State<'_, AppState>,
    id: String,
    filter: MemberFilter,
) -> CmdResult<Vec<String>> {
    state.with(|nb| nb.situation_member_ids(&id, &filter))
}

#[tauri::command(async)]
pub fn count_matching(state: State<'_, AppState>, filter: SituationFilter) -> CmdResult<u32> {
    state.with(|nb| nb.count_matching(&filter))
}

/// Adds everyone a search picks out; its progress goes to the window as
/// `task` when given, and `cancel_task` stops it before it writes.
#[tauri::command(async)]
pub fn add_matching<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    tasks: State<'_, Tasks>,
    id: String,
    filter: SituationFilter,
    staff: String,
    task: Option<String>,
) -> CmdResult<SituationAction> {
    tasks.follow(&app, task.as_deref(), |progress| {
        blocking(|| state.with(|nb| nb.add_matching_with(&id, &filter, &staff, progress)))
    })
}

/// Adds the customers picked; counted to the window as `task` when given,
/// and `cancel_task` stops it before it commits.
#[tauri::command(async)]
pub fn add_to_situation<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    tasks: State<'_, Tasks>,
    id: String,
    customer_ids: Vec<String>,
    staff: String,
    task: Option<String>,
) -> CmdResult<SituationAction> {
    tasks.follow(&app, task.as_deref(), |progress| {
        blocking(|| state.with(|nb| nb.add_to_situation_with(&id, &customer_ids, &staff, progress)))
    })
}

#[tauri::command(async)]
pub fn remove_from_situation(
    state: State<'_, AppState>,
    id: String,
    customer_id: String,
) -> CmdResult<()> {
    state.with(|nb| nb.remove_from_situation(&id, &customer_id))
}

#[tauri::command(async)]
pub fn add_situation_group(
    state: State<'_, AppState>,
    id: String,
    name: String,
    concierge: String,
) -> CmdResult<String> {
    state.with(|nb| nb.add_situation_group(&id, &name, &concierge))
}

#[tauri::command(async)]
pub fn set_group_concierge(
    state: State<'_, AppState>,
    id: String,
    group_id: String,
    concierge: String,
) -> CmdResult<()> {
    state.with(|nb| nb.set_group_concierge(&id, &group_id, &concierge))
}

#[tauri::command(async)]
pub fn set_member_concierge(
    state: State<'_, AppState>,
    id: String,
    customer_id: String,
    concierge: String,
) -> CmdResult<()> {
    state.with(|nb| nb.set_member_concierge(&id, &customer_id, &concierge))
}

#[tauri::command(async)]
pub fn group_members(
    state: State<'_, AppState>,
    id: String,
    customer_ids: Vec<String>,
    group_id: Option<String>,
    staff: String,
) -> CmdResult<SituationAction> {
    state.with(|nb| nb.group_members(&id, &customer_ids, group_id.as_deref(), &staff))
}
