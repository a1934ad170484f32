//! Customer profiles: lookup, read, create, save, Trash, change history.

use kindly_core::{
    ChangesCursor, Customer, CustomerChangesPage, CustomerInput, CustomerSummary, TrashedCustomer,
};
use tauri::State;

use super::CmdResult;
use crate::state::AppState;

#[tauri::command(async)]
pub fn search_customers(
    state: State<'_, AppState>,
    query: String,
    limit: u32,
) -> CmdResult<Vec<CustomerSummary>> {
    let started = std::time::Instant::now();
    let found = state.with(|nb| nb.search(&query, limit));
    crate::logging::lookup(&found, started.elapsed());
    found
}

#[tauri::command(async)]
pub fn get_customer(state: State<'_, AppState>, id: String) -> CmdResult<Customer> {
    state.with(|nb| nb.customer(&id))
}

#[tauri::command(async)]
pub fn create_customer(state: State<'_, AppState>, input: CustomerInput) -> CmdResult<Customer> {
    state.change(|nb| nb.create_customer(&input))
}

#[tauri::command(async)]
pub fn update_customer(
    state: State<'_, AppState>,
    id: String,
    version: i64,
    input: CustomerInput,
) -> CmdResult<Customer> {
    state.change(|nb| nb.update_customer(&id, version, &input))
}

#[tauri::command(async)]
pub fn trash_customer(state: State<'_, AppState>, id: String) -> CmdResult<()> {
    state.change(|nb| nb.trash_customer(&id))
}

#[tauri::command(async)]
pub fn restore_customer(state: State<'_, AppState>, id: String) -> CmdResult<()> {
    state.change(|nb| nb.restore_customer(&id))
}

#[tauri::command(async)]
pub fn list_trash(state: State<'_, AppState>) -> CmdResult<Vec<TrashedCustomer>> {
    state.with(|nb| nb.trash())
}

#[tauri::command(async)]
pub fn empty_trash(state: State<'_, AppState>) -> CmdResult<u32> {
    state.change(|nb| nb.empty_trash())
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn customer_changes(
    state: State<'_, AppState>,
    customer_id: String,
    after: Option<ChangesCursor>,
    limit: u32,
) -> CmdResult<CustomerChangesPage> {
    state.with(|nb| nb.customer_changes_page(&customer_id, after, limit))
}
