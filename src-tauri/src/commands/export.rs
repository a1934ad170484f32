//! Taking data out: the whole notebook as vCard or CSV, one customer's
//! complete record, and forgetting a customer. Files go to the Downloads
//! folder (or the home folder), like the calendar export.

use std::path::PathBuf;

use kindly_core::{ErrorPayload, ExportFormat};
use tauri::{AppHandle, Manager, State};

use super::CmdResult;
use crate::state::{blocking, AppState};
use crate::tasks::Tasks;

/// The Downloads folder, else the home folder.
pub fn downloads(app: &AppHandle) -> CmdResult<PathBuf> {
    let paths = app.path();
    paths
        .download_dir()
        .or_else(|_| paths.home_dir())
        .map_err(|e| ErrorPayload::system(format!("Could not find your Downloads folder: {e}")))
}

/// Saves every customer in the Downloads folder; returns the file's path.
/// Its progress goes to the window as `task`.
#[tauri::command(async)]
pub fn export_contacts(
    app: AppHandle,
    state: State<'_, AppState>,
    tasks: State<'_, Tasks>,
    format: ExportFormat,
    task: String,
) -> CmdResult<String> {
    let dir = downloads(&app)?;
    let running = tasks.start(&task)?;
    let progress = running.reporter(&app);
    blocking(|| {
        state.with(|nb| {
            nb.export_contacts_into_with(&dir, format, &progress)
                .map(|p| p.display().to_string())
        })
    })
}

/// Saves one customer's complete record (JSON and plain text) in the
/// Downloads folder; returns both paths.
#[tauri::command(async)]
pub fn export_customer_record(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
) -> CmdResult<Vec<String>> {
    let dir = downloads(&app)?;
    state.with(|nb| {
        let paths = nb.write_customer_record(&id, &dir)?;
        Ok(paths.iter().map(|p| p.display().to_string()).collect())
    })
}

/// Erases a customer and everything about them, for good.
#[tauri::command(async)]
pub fn forget_customer(state: State<'_, AppState>, id: String) -> CmdResult<()> {
    state.change(|nb| nb.forget_customer(&id))
}
