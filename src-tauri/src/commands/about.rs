//! Settings → About and the crash notice: the version, where the notebook
//! is, the log folder opened in the system's file manager, and whether
//! Kindly stopped unexpectedly last time. The window never names a path:
//! the log folder is always the data folder's `logs/`.

use serde::Serialize;
use tauri::State;

use super::CmdResult;
use crate::logging::crash::{CrashNotes, CrashNotice};
use crate::state::{AppState, Place};

/// What Settings → About shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct About {
    /// This Kindly's version.
    pub version: String,
    /// The notebook file on this computer; `None` on a team notebook.
    pub path: Option<String>,
    /// The team notebook's server (`host` or `host:port`); `None` on this
    /// computer's own notebook.
    pub server: Option<String>,
    /// The team notebook's database on that server.
    pub database: Option<String>,
}

/// A debug build's end-to-end tests read the folder "Open log folder"
/// would have opened from this file instead of a file manager opening.
pub const E2E_OPENED: &str = "KINDLY_E2E_OPENED";

/// The version and where the notebook is (works locked, too: it reads no
/// notebook).
#[tauri::command(async)]
pub fn about(state: State<'_, AppState>) -> About {
    let (path, server, database) = match state.place() {
        Place::Laptop => (Some(state.path().display().to_string()), None, None),
        Place::Team(address, _) => (None, Some(address.server), Some(address.database)),
    };
    About {
        version: crate::logging::VERSION.to_owned(),
        path,
        server,
        database,
    }
}

/// Opens the log folder (made first when missing) in the system's file
/// manager.
#[tauri::command(async)]
pub fn open_log_folder(state: State<'_, AppState>) -> CmdResult<()> {
    let logs = crate::logging::folder(&state.data_dir());
    std::fs::create_dir_all(&logs).map_err(kindly_core::Error::from)?;
    if let Some(file) = crate::dialogs::test_answer(E2E_OPENED) {
        return std::fs::write(file, logs.display().to_string())
            .map_err(|e| kindly_core::Error::from(e).into());
    }
    tauri_plugin_opener::open_path(&logs, None::<&str>).map_err(|err| {
        tracing::warn!("the log folder could not be opened: {err}");
        kindly_core::ErrorPayload::system(kindly_words::say_with(
            "shell-log-folder-failed",
            &kindly_words::args! { "folder" => logs.display().to_string() },
        ))
    })
}

/// Whether Kindly stopped unexpectedly the last time it ran: answered
/// once per crash note, then never again.
#[tauri::command(async)]
pub fn crash_notice(notes: State<'_, CrashNotes>) -> Option<CrashNotice> {
    notes.take()
}
