//! Taking data out: the whole notebook as vCard or CSV, the follow-ups as
//! a calendar, one customer's complete record, and forgetting a customer.
//!
//! Each export asks where to save in the system's "Save as" dialog, which
//! opens in the Downloads folder with a name a person recognises; the
//! window never names a path. Cancel there writes nothing and answers
//! `None`. Files are written whole or not at all (a temporary file beside
//! the target, synced, then renamed over it).

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use kindly_core::{record_file_stem, ErrorPayload, ExportFormat, Notebook};
use kindly_words::{args, say, say_with};
use serde::Serialize;
use tauri::{AppHandle, Manager, Runtime, State};

use super::CmdResult;
use crate::dialogs::{self, SaveOffer};
use crate::state::AppState;
use crate::tasks::Tasks;

/// Where an export went, as the window tells the person: the files' names
/// and the folder they are in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Saved {
    /// The folder, as the system writes it.
    pub folder: String,
    /// The files written, names only, in the order written.
    pub files: Vec<String>,
}

impl Saved {
    fn of(paths: &[PathBuf]) -> Saved {
        let folder = paths
            .first()
            .and_then(|p| p.parent())
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        let files = paths
            .iter()
            .filter_map(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .collect();
        Saved { folder, files }
    }
}

/// The Downloads folder, else the home folder: where "Save as" opens.
pub fn downloads<R: Runtime>(app: &AppHandle<R>) -> CmdResult<PathBuf> {
    let paths = app.path();
    paths
        .download_dir()
        .or_else(|_| paths.home_dir())
        .map_err(|e| {
            ErrorPayload::system(say_with(
                "shell-no-downloads",
                &args! { "error" => e.to_string() },
            ))
        })
}

/// The name "Save as" suggests for every customer in `format` on `day`,
/// e.g. `Kindly customers 2026-12-07.vcf`.
pub fn contacts_name(format: ExportFormat, day: NaiveDate) -> String {
    let stem = say_with("shell-file-customers", &args! { "day" => iso(day) });
    format!("{stem}.{}", format.extension())
}

/// The name "Save as" suggests for the follow-ups calendar on `day`.
pub fn calendar_name(day: NaiveDate) -> String {
    let stem = say_with("shell-file-follow-ups", &args! { "day" => iso(day) });
    format!("{stem}.ics")
}

/// `day` as YYYY-MM-DD: suggested names sort by date in any language.
fn iso(day: NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

/// The name "Save as" suggests for a customer's record: the JSON file's
/// (the text file goes beside it under the same name).
pub fn record_name(full_name: &str) -> String {
    format!("{}.json", record_file_stem(full_name))
}

/// Today in the notebook's time zone, for the suggested names.
fn today<R: Runtime>(app: &AppHandle<R>) -> CmdResult<NaiveDate> {
    app.state::<AppState>().with(|nb| nb.today_date())
}

/// Asks where to save with `offer` (made from the notebook, so a locked
/// one says so before any dialog opens), then `write`s there (on a thread meant
/// for blocking work: a large notebook takes a while) and says what was
/// written; `None` when the person cancels, and then nothing is written.
pub(crate) async fn save_as<R: Runtime>(
    app: &AppHandle<R>,
    offer: SaveOffer,
    what: &'static str,
    write: impl Fn(&mut Notebook, &Path) -> kindly_core::Result<Vec<PathBuf>> + Send + 'static,
) -> CmdResult<Option<Saved>> {
    let Some(path) = dialogs::save_as(app, offer).await? else {
        return Ok(None);
    };
    let app = app.clone();
    let done = tauri::async_runtime::spawn_blocking(move || {
        app.state::<AppState>().with(|nb| write(nb, &path))
    })
    .await
    .map_err(|_| ErrorPayload::system(say("shell-save-failed")))
    .and_then(|done| done);
    // Never the path: it may hold a customer's name.
    match &done {
        Ok(_) => tracing::info!("{what} exported"),
        Err(err) => tracing::warn!("{what} not exported: {}", crate::logging::payload(err)),
    }
    done.map(|paths| Some(Saved::of(&paths)))
}

/// Saves every customer (not those in Trash) where the person chooses;
/// the writing's progress goes to the window as `task`.
#[tauri::command]
pub async fn export_contacts<R: Runtime>(
    app: AppHandle<R>,
    format: ExportFormat,
    task: String,
) -> CmdResult<Option<Saved>> {
    let tasks = app.state::<Tasks>();
    let running = tasks.start(&task)?;
    let progress = running.reporter(&app);
    let filter: (String, &[&str]) = match format {
        ExportFormat::Vcard => (say("shell-filter-vcard"), &["vcf"]),
        ExportFormat::Csv => (say("shell-filter-csv"), &["csv"]),
    };
    let offer = SaveOffer {
        title: say("shell-save-customers"),
        folder: downloads(&app)?,
        name: contacts_name(format, today(&app)?),
        filter,
    };
    let saved = save_as(&app, offer, "customers", move |nb, path| {
        nb.export_contacts_as_with(path, format, &progress)?;
        Ok(vec![path.to_owned()])
    })
    .await;
    drop(running);
    saved
}

/// Saves the follow-ups as a calendar (`.ics`) where the person chooses.
#[tauri::command]
pub async fn export_calendar<R: Runtime>(app: AppHandle<R>) -> CmdResult<Option<Saved>> {
    let offer = SaveOffer {
        title: say("shell-save-calendar"),
        folder: downloads(&app)?,
        name: calendar_name(today(&app)?),
        filter: (say("shell-filter-calendar"), &["ics"]),
    };
    save_as(&app, offer, "calendar", |nb, path| {
        nb.export_calendar_as(path)?;
        Ok(vec![path.to_owned()])
    })
    .await
}

/// Saves one customer's complete record where the person chooses: the
/// JSON file under the chosen name and a text file beside it (same name,
/// `.txt`).
#[tauri::command]
pub async fn export_customer_record<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: String,
) -> CmdResult<Option<Saved>> {
    let customer = state.with(|nb| nb.customer(&id))?;
    let offer = SaveOffer {
        title: say("shell-save-record"),
        folder: downloads(&app)?,
        name: record_name(&customer.full_name),
        filter: (say("shell-filter-record"), &["json", "txt"]),
    };
    save_as(&app, offer, "a customer's record", move |nb, path| {
        nb.write_customer_record_as(&id, path)
    })
    .await
}

/// Erases a customer and everything about them, for good.
#[tauri::command(async)]
pub fn forget_customer(state: State<'_, AppState>, id: String) -> CmdResult<()> {
    state.change(|nb| nb.forget_customer(&id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn save_as_suggests_names_with_the_day_and_the_customer() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        assert_eq!(
            contacts_name(ExportFormat::Vcard, day),
            "Kindly customers 2026-12-07.vcf"
        );
        assert_eq!(
            contacts_name(ExportFormat::Csv, day),
            "Kindly customers 2026-12-07.csv"
        );
        assert_eq!(calendar_name(day), "Kindly follow-ups 2026-12-07.ics");
        assert_eq!(
            record_name("Rosie Park"),
            "Rosie Park - everything we hold.json"
        );
        assert_eq!(
            record_name("../../etc/passwd"),
            "etcpasswd - everything we hold.json",
            "no name from a profile reaches another folder"
        );
    }

    #[test]
    fn what_was_saved_is_told_by_folder_and_names() {
        let saved = Saved::of(&[
            PathBuf::from("/home/ana/Documents/Rosie.json"),
            PathBuf::from("/home/ana/Documents/Rosie.txt"),
        ]);
        assert_eq!(saved.folder, "/home/ana/Documents");
        assert_eq!(saved.files, ["Rosie.json", "Rosie.txt"]);
    }
}
