//! Importing a contacts file: choose it, map a CSV's columns, preview,
//! import. The window never names a path: it can only import the file the
//! person chose in the system's file dialog or dropped on the window
//! (`dropping.rs`).
//!
//! The preview and the import report their progress under the task id the
//! page gives them (`tasks.rs`); `cancel_task` with that id stops them
//! between batches, and a stopped import has written nothing.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use kindly_core::import::{describe, parse_file, ColumnMap, ContactsFile, Parsed};
use kindly_core::{ErrorPayload, ImportPreview, ImportSummary, Progress, Stage};
use kindly_words::say;
use tauri::{AppHandle, Runtime, State};

use super::CmdResult;
use crate::dialogs;
use crate::state::{blocking, AppState};
use crate::tasks::Tasks;

/// The file chosen in the dialog, if any, and what it was read as.
#[derive(Default)]
pub struct ChosenFile(Mutex<Option<Chosen>>);

/// A chosen file and its last reading: the preview and the import use the
/// same one, so a file is parsed once (and a file changed on disk between
/// the two is imported as it was previewed).
struct Chosen {
    path: PathBuf,
    /// The columns and phone region it was read with, and what came out.
    read: Option<(Option<ColumnMap>, String, Arc<Parsed>)>,
}

impl ChosenFile {
    /// Makes `path` the chosen file (from the dialog, or dropped on the
    /// window), to be read afresh.
    pub(crate) fn choose(&self, path: PathBuf) {
        *self.0.lock().unwrap_or_else(|e| e.into_inner()) = Some(Chosen { path, read: None });
    }

    /// The chosen file's path, if any.
    #[cfg(test)]
    pub(crate) fn path(&self) -> Option<PathBuf> {
        let chosen = self.0.lock().unwrap_or_else(|e| e.into_inner());
        chosen.as_ref().map(|c| c.path.clone())
    }

    /// The chosen file read with `columns` under `region`: the reading kept
    /// from before when it was made the same way, else `parse` of the path
    /// (called without any lock held: parsing a big file takes a while, and
    /// the notebook stays usable meanwhile).
    fn parsed(
        &self,
        columns: Option<ColumnMap>,
        region: String,
        parse: impl FnOnce(&Path, Option<ColumnMap>, &str) -> kindly_core::Result<Parsed>,
    ) -> Result<Arc<Parsed>, ErrorPayload> {
        let path = {
            let chosen = self.0.lock().unwrap_or_else(|e| e.into_inner());
            let chosen = chosen
                .as_ref()
                .ok_or_else(|| ErrorPayload::system(say("shell-choose-contacts-first")))?;
            if let Some((c, r, parsed)) = &chosen.read {
                if *c == columns && *r == region {
                    return Ok(parsed.clone());
                }
            }
            chosen.path.clone()
        };
        let parsed = Arc::new(parse(&path, columns.clone(), &region)?);
        if let Some(chosen) = &mut *self.0.lock().unwrap_or_else(|e| e.into_inner()) {
            // Kept only if the same file is still the chosen one.
            if chosen.path == path {
                chosen.read = Some((columns, region, parsed.clone()));
            }
        }
        Ok(parsed)
    }
}

/// Opens the system's file dialog for a `.vcf` or `.csv` file; `None` when
/// the person cancels.
#[tauri::command]
pub async fn choose_import_file(
    app: AppHandle,
    chosen: State<'_, ChosenFile>,
) -> CmdResult<Option<ContactsFile>> {
    let filter_name = say("shell-filter-contacts");
    let filter = (filter_name.as_str(), &["vcf", "vcard", "csv", "txt"][..]);
    let Some(path) = dialogs::pick_file(&app, &say("shell-choose-contacts"), filter).await? else {
        return Ok(None);
    };
    let file = describe(&path).map_err(ErrorPayload::from)?;
    chosen.choose(path);
    Ok(Some(file))
}

/// What importing the chosen file would do; writes nothing. Progress goes
/// to the window as `task`.
#[tauri::command(async)]
pub fn preview_import<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    chosen: State<'_, ChosenFile>,
    tasks: State<'_, Tasks>,
    columns: Option<ColumnMap>,
    task: String,
) -> CmdResult<ImportPreview> {
    let running = tasks.start(&task)?;
    let progress = running.reporter(&app);
    // Off the async runtime's worker: a big file takes a while.
    blocking(|| {
        let parsed = read(&state, &chosen, columns, &progress)?;
        state.with(|nb| nb.preview_import_with(&parsed, &progress))
    })
}

/// Imports the chosen file in one transaction, its progress going to the
/// window as `task`; cancelled (code `cancelled`), it has written nothing.
#[tauri::command(async)]
pub fn import_contacts<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    chosen: State<'_, ChosenFile>,
    tasks: State<'_, Tasks>,
    columns: Option<ColumnMap>,
    task: String,
) -> CmdResult<ImportSummary> {
    let running = tasks.start(&task)?;
    let progress = running.reporter(&app);
    let done = blocking(|| {
        read(&state, &chosen, columns, &progress)
            .and_then(|parsed| state.change(|nb| nb.import_contacts_with(&parsed, &progress)))
    });
    crate::logging::import(&done);
    done
}

/// The chosen file read under the notebook's phone region (at once when
/// read so before), reported as [`Stage::Reading`].
fn read(
    state: &AppState,
    chosen: &ChosenFile,
    columns: Option<ColumnMap>,
    progress: &dyn Progress,
) -> Result<Arc<Parsed>, ErrorPayload> {
    progress.stage(Stage::Reading);
    let region = state.with(|nb| nb.phone_region())?;
    chosen.parsed(columns, region, parse_file)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    fn parse_counting<'a>(
        count: &'a Cell<u32>,
    ) -> impl FnOnce(&Path, Option<ColumnMap>, &str) -> kindly_core::Result<Parsed> + 'a {
        move |_, _, _| {
            count.set(count.get() + 1);
            Ok(Parsed::default())
        }
    }

    #[test]
    fn the_preview_and_the_import_read_the_chosen_file_once() {
        let chosen = ChosenFile::default();
        let count = Cell::new(0);
        let err = chosen
            .parsed(None, "GB".into(), parse_counting(&count))
            .expect_err("nothing chosen yet");
        assert!(err.message.contains("Choose a contacts file"));

        chosen.choose(PathBuf::from("/contacts.vcf"));
        let preview = chosen
            .parsed(None, "GB".into(), parse_counting(&count))
            .unwrap();
        let import = chosen
            .parsed(None, "GB".into(), parse_counting(&count))
            .unwrap();
        assert_eq!(count.get(), 1, "parsed once");
        assert!(Arc::ptr_eq(&preview, &import));

        // Other columns, another region or another file are read again.
        let columns = Some(ColumnMap::default());
        chosen
            .parsed(columns, "GB".into(), parse_counting(&count))
            .unwrap();
        chosen
            .parsed(None, "US".into(), parse_counting(&count))
            .unwrap();
        chosen.choose(PathBuf::from("/other.vcf"));
        chosen
            .parsed(None, "US".into(), parse_counting(&count))
            .unwrap();
        assert_eq!(count.get(), 4);
    }
}
