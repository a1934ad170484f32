//! The notebook as a whole.

use kindly_core::{NotebookInfo, Welcome, WindowStart};
use tauri::{AppHandle, State};

use super::CmdResult;
use crate::calls::PendingCall;
use crate::state::AppState;

#[tauri::command(async)]
pub fn notebook_info(state: State<'_, AppState>) -> CmdResult<NotebookInfo> {
    state.with(|nb| nb.info())
}

/// Everything the window needs for its first screen, in one answer (see
/// [`crate::unlocking::window_start`]). The window says the language it
/// starts in with it, so what Rust says (this answer's errors, the tray)
/// follows from the first word, without a request of its own at start.
#[tauri::command(async)]
pub fn window_start(
    app: AppHandle,
    state: State<'_, AppState>,
    pending: State<'_, PendingCall>,
    language: Option<String>,
) -> CmdResult<WindowStart> {
    if let Some(language) = language {
        super::language::apply(&app, &language);
    }
    crate::unlocking::window_start(&state, &pending)
}

/// The number of a `kindly://call` link that arrived while the window was
/// open, once: "open-call" says one is waiting, and the window takes it
/// here (also once it starts listening, for a link that came just before).
#[tauri::command(async)]
pub fn take_call(pending: State<'_, PendingCall>) -> Option<String> {
    pending.take()
}

/// Sets the region for phone numbers typed without a country code.
#[tauri::command(async)]
pub fn set_phone_region(state: State<'_, AppState>, region: String) -> CmdResult<NotebookInfo> {
    state.with(|nb| {
        nb.set_phone_region(&region)?;
        nb.info()
    })
}

/// The window is ready for the person at the desk. Started with
/// `--exit-when-ready` (by `make bench-app`, to time a cold start), Kindly
/// prints `ready` on standard output and quits; otherwise this does nothing.
#[tauri::command(async)]
pub fn window_ready(app: AppHandle) {
    if std::env::args().any(|a| a == crate::EXIT_WHEN_READY_ARG) {
        println!("ready");
        app.exit(0);
    }
}

/// Finishes the first-run welcome (region, who is at the desk, and the
/// sample customers when chosen), in one step.
#[tauri::command(async)]
pub fn welcome(state: State<'_, AppState>, welcome: Welcome) -> CmdResult<NotebookInfo> {
    state.change(|nb| {
        nb.welcome(&welcome)?;
        nb.info()
    })
}

/// Erases every sample customer for good; real customers stay.
#[tauri::command(async)]
pub fn remove_sample(state: State<'_, AppState>) -> CmdResult<NotebookInfo> {
    state.change(|nb| {
        nb.remove_sample()?;
        nb.info()
    })
}
