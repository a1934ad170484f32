//! Importing a contacts file: choose it, map a CSV's columns, preview,
//! import. The window never names a path: it can only import the file the
//! person chose in the system's file dialog.

use std::path::PathBuf;
use std::sync::Mutex;

use kindly_core::import::{describe, ColumnMap, ContactsFile};
use kindly_core::{ErrorPayload, ImportPreview, ImportSummary};
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;

use super::CmdResult;
use crate::state::AppState;

/// Set by end-to-end tests: the file the dialog "chooses", since a native
/// dialog cannot be driven through WebDriver. Read by debug builds only
/// (the end-to-end tests drive one), never by a release build.
const E2E_PICK: &str = "KINDLY_E2E_PICK_FILE";

/// The file chosen in the dialog, if any.
#[derive(Default)]
pub struct ChosenFile(Mutex<Option<PathBuf>>);

impl ChosenFile {
    fn path(&self) -> Result<PathBuf, ErrorPayload> {
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
            .ok_or_else(|| ErrorPayload::system("Choose a contacts file first."))
    }
}

/// Opens the system's file dialog for a `.vcf` or `.csv` file; `None` when
/// the person cancels.
#[tauri::command(async)]
pub fn choose_import_file(
    app: AppHandle,
    chosen: State<'_, ChosenFile>,
) -> CmdResult<Option<ContactsFile>> {
    let test_pick = cfg!(debug_assertions)
        .then(|| std::env::var_os(E2E_PICK))
        .flatten();
    let picked = match test_pick {
        Some(path) => Some(PathBuf::from(path)),
        None => app
            .dialog()
            .file()
            .set_title("Choose a contacts file")
            .add_filter("Contacts (vCard or CSV)", &["vcf", "vcard", "csv", "txt"])
            .blocking_pick_file()
            .and_then(|f| f.into_path().ok()),
    };
    let Some(path) = picked else {
        return Ok(None);
    };
    let file = describe(&path).map_err(ErrorPayload::from)?;
    *chosen.0.lock().unwrap_or_else(|e| e.into_inner()) = Some(path);
    Ok(Some(file))
}

/// What importing the chosen file would do; writes nothing.
#[tauri::command(async)]
pub fn preview_import(
    state: State<'_, AppState>,
    chosen: State<'_, ChosenFile>,
    columns: Option<ColumnMap>,
) -> CmdResult<ImportPreview> {
    let path = chosen.path()?;
    state.with(|nb| nb.preview_import(&nb.read_contacts_file(&path, columns)?))
}

/// Imports the chosen file in one transaction.
#[tauri::command(async)]
pub fn import_contacts(
    state: State<'_, AppState>,
    chosen: State<'_, ChosenFile>,
    columns: Option<ColumnMap>,
) -> CmdResult<ImportSummary> {
    let path = chosen.path()?;
    state.change(|nb| {
        let parsed = nb.read_contacts_file(&path, columns)?;
        nb.import_contacts(&parsed)
    })
}
