//! The staff list and who is at the desk.

use kindly_core::StaffRoster;
use tauri::State;

use super::CmdResult;
use crate::state::AppState;

#[tauri::command(async)]
pub fn staff_roster(state: State<'_, AppState>) -> CmdResult<StaffRoster> {
    state.with(|nb| nb.staff_roster())
}

#[tauri::command(async)]
pub fn add_staff(
    state: State<'_, AppState>,
    name: String,
    initials: String,
) -> CmdResult<StaffRoster> {
    state.with(|nb| nb.add_staff(&name, &initials))
}

#[tauri::command(async)]
pub fn remove_staff(state: State<'_, AppState>, id: String) -> CmdResult<StaffRoster> {
    state.with(|nb| nb.remove_staff(&id))
}

#[tauri::command(async)]
pub fn set_at_desk(state: State<'_, AppState>, id: Option<String>) -> CmdResult<StaffRoster> {
    state.with(|nb| nb.set_at_desk(id.as_deref()))
}
