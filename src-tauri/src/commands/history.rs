//! A customer's page and timeline, conversations, and Trash for entries.

use kindly_core::{
    Conversation, ConversationInput, CustomerPage, EntryKind, TimelineCursor, TimelinePage,
    TrashedEntry,
};
use tauri::State;

use super::CmdResult;
use crate::state::AppState;

#[tauri::command(async)]
pub fn customer_page(
    state: State<'_, AppState>,
    id: String,
    kinds: Vec<EntryKind>,
) -> CmdResult<CustomerPage> {
    state.with(|nb| nb.customer_page(&id, &kinds))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn timeline_page(
    state: State<'_, AppState>,
    customer_id: String,
    kinds: Vec<EntryKind>,
    before: Option<TimelineCursor>,
    limit: u32,
) -> CmdResult<TimelinePage> {
    state.with(|nb| nb.timeline(&customer_id, &kinds, before, limit))
}

#[tauri::command(async)]
pub fn log_conversation(
    state: State<'_, AppState>,
    input: ConversationInput,
) -> CmdResult<Conversation> {
    state.change(|nb| nb.log_conversation(&input))
}

#[tauri::command(async)]
pub fn update_conversation(
    state: State<'_, AppState>,
    id: String,
    input: ConversationInput,
) -> CmdResult<Conversation> {
    state.with(|nb| nb.update_conversation(&id, &input))
}

#[tauri::command(async)]
pub fn get_conversation(state: State<'_, AppState>, id: String) -> CmdResult<Conversation> {
    state.with(|nb| nb.conversation(&id))
}

#[tauri::command(async)]
pub fn trash_entry(state: State<'_, AppState>, id: String) -> CmdResult<()> {
    state.change(|nb| nb.trash_entry(&id))
}

#[tauri::command(async)]
pub fn restore_entry(state: State<'_, AppState>, id: String) -> CmdResult<()> {
    state.change(|nb| nb.restore_entry(&id))
}

#[tauri::command(async)]
pub fn list_trashed_entries(state: State<'_, AppState>) -> CmdResult<Vec<TrashedEntry>> {
    state.with(|nb| nb.trashed_entries())
}
