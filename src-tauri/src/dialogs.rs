//! The system's own dialogs (choose a file, choose a folder, a yes-or-no
//! question), opened from Rust so the page can neither answer them nor
//! name a path. Each waits for the person on a thread meant for blocking
//! work, never on one of the async runtime's few workers.
//!
//! A native dialog cannot be driven through WebDriver: in debug builds
//! only, an end-to-end test answers it through an environment variable
//! ([`test_answer`]); a release build never reads them.

use std::ffi::OsString;
use std::path::PathBuf;

use kindly_core::ErrorPayload;
use tauri::{AppHandle, Runtime};
use tauri_plugin_dialog::DialogExt;

use crate::commands::CmdResult;

/// The file the "choose a file" dialog picks in end-to-end tests.
pub const E2E_PICK_FILE: &str = "KINDLY_E2E_PICK_FILE";
/// The folder the "choose a folder" dialog picks in end-to-end tests.
pub const E2E_PICK_FOLDER: &str = "KINDLY_E2E_PICK_FOLDER";
/// A file holding `yes` or `no`, the answer to a question in end-to-end
/// tests (the question asked is written beside it, `.asked` added to its
/// name).
pub const E2E_CONFIRM: &str = "KINDLY_E2E_CONFIRM";

/// The value of the test hook `var`, in a debug build; `None` in a release
/// build, whatever the environment says.
pub fn test_answer(var: &str) -> Option<OsString> {
    cfg!(debug_assertions)
        .then(|| std::env::var_os(var))
        .flatten()
}

/// Runs `f`, which waits for the person, on a thread meant for blocking
/// work, so the window's other commands keep being answered meanwhile.
pub async fn off_the_runtime<T: Send + 'static>(
    f: impl FnOnce() -> T + Send + 'static,
) -> CmdResult<T> {
    tauri::async_runtime::spawn_blocking(f)
        .await
        .map_err(|_| ErrorPayload::system("The dialog could not be shown. Please try again."))
}

/// The system's "choose a file" dialog; `None` when the person cancels.
pub async fn pick_file<R: Runtime>(
    app: &AppHandle<R>,
    title: &str,
    filter: (&str, &[&str]),
) -> CmdResult<Option<PathBuf>> {
    if let Some(path) = test_answer(E2E_PICK_FILE) {
        return Ok(Some(PathBuf::from(path)));
    }
    let dialog = app
        .dialog()
        .file()
        .set_title(title)
        .add_filter(filter.0, filter.1);
    Ok(off_the_runtime(move || dialog.blocking_pick_file())
        .await?
        .and_then(|f| f.into_path().ok()))
}

/// The system's "choose a folder" dialog; `None` when the person cancels.
pub async fn pick_folder<R: Runtime>(
    app: &AppHandle<R>,
    title: &str,
) -> CmdResult<Option<PathBuf>> {
    if let Some(path) = test_answer(E2E_PICK_FOLDER) {
        return Ok(Some(PathBuf::from(path)));
    }
    let dialog = app.dialog().file().set_title(title);
    Ok(off_the_runtime(move || dialog.blocking_pick_folder())
        .await?
        .and_then(|f| f.into_path().ok()))
}
