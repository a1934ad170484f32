//! A file dropped on the window: one `.vcf` or `.csv` file becomes the
//! import's chosen file (as if picked in the import dialog) and the window
//! is told to open the import preview, with the file's name and what it
//! looks like, never its path. Anything else (another kind of file, a
//! folder, several files) gets a plain message instead.
//!
//! The drop arrives as the window's `DragDrop` event (`lib.rs`); the page's
//! own drop handling is off (the webview stops it before it could open the
//! file). While a file is dragged over the window, the page is told so it
//! can show where to drop.

use kindly_words::{args, say, say_with};
use std::path::{Path, PathBuf};

use kindly_core::import::{describe, ContactsFile};
use kindly_core::ErrorPayload;
use serde::Serialize;
use tauri::{AppHandle, DragDropEvent, Emitter, Manager, Runtime};

use crate::commands::import::ChosenFile;

/// Sent to the window when a drop was taken or refused, as [`Dropped`].
pub const DROPPED_EVENT: &str = "import-dropped";
/// Sent to the window when a drag comes over it or leaves it, as
/// `{ "over": bool }`.
pub const DRAG_EVENT: &str = "file-drag";

/// The endings of the files a drop imports (any case).
const IMPORTABLE: &[&str] = &["vcf", "vcard", "csv"];

/// What the window is told about a drop.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Dropped {
    /// The file is now the import's chosen file: open its preview.
    File(Box<ContactsFile>),
    /// Nothing was taken, and why, in words for the person.
    Problem(String),
}

#[derive(Clone, Serialize)]
struct Drag {
    over: bool,
}

/// Handles the window's drag-and-drop events: tells the window a drag is
/// over it or not, and takes a drop ([`take_drop`], off the main thread:
/// it reads the file).
pub fn on_event<R: Runtime>(app: &AppHandle<R>, event: &DragDropEvent) {
    match event {
        DragDropEvent::Enter { .. } => {
            let _ = app.emit(DRAG_EVENT, Drag { over: true });
        }
        DragDropEvent::Leave => {
            let _ = app.emit(DRAG_EVENT, Drag { over: false });
        }
        DragDropEvent::Drop { paths, .. } => {
            let _ = app.emit(DRAG_EVENT, Drag { over: false });
            dropped(app, paths.clone());
        }
        _ => {}
    }
}

/// Takes `paths` as dropped on the window, on a thread meant for blocking
/// work, and tells the window what came of it.
pub fn dropped<R: Runtime>(app: &AppHandle<R>, paths: Vec<PathBuf>) {
    let app = app.clone();
    tauri::async_runtime::spawn_blocking(move || {
        let outcome = take_drop(&app.state::<ChosenFile>(), &paths);
        match &outcome {
            Dropped::File(_) => tracing::info!("a contacts file was dropped on the window"),
            Dropped::Problem(_) => tracing::info!("a drop on the window was not a contacts file"),
        }
        let _ = app.emit(DROPPED_EVENT, outcome);
    });
}

/// Makes the one contacts file among `paths` the import's chosen file and
/// describes it; anything else chooses nothing and says why.
pub fn take_drop(chosen: &ChosenFile, paths: &[PathBuf]) -> Dropped {
    let path = match importable(paths) {
        Ok(path) => path,
        Err(problem) => return Dropped::Problem(problem.to_string()),
    };
    match describe(path) {
        Ok(file) => {
            chosen.choose(path.to_owned());
            Dropped::File(Box::new(file))
        }
        // "Kindly could not open <path>": the name only, as everywhere here.
        Err(err) => Dropped::Problem(
            ErrorPayload::from(err)
                .message
                .replace(&path.display().to_string(), &format!("“{}”", name_of(path))),
        ),
    }
}

/// The file's name without its folder (the whole path if it has none).
fn name_of(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Why a drop is not one contacts file; each says it in the window's
/// language, naming a file by its name only, never its folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotImportable {
    /// Nothing was dropped that has a path.
    Nothing,
    /// More than one file or folder.
    Several,
    /// A folder, named here.
    Folder(String),
    /// A file of another kind, named here.
    OtherKind(String),
}

impl std::fmt::Display for NotImportable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            NotImportable::Nothing => say("shell-drop-nothing"),
            NotImportable::Several => say("shell-drop-several"),
            NotImportable::Folder(name) => {
                say_with("shell-drop-folder", &args! { "name" => name.as_str() })
            }
            NotImportable::OtherKind(name) => {
                say_with("shell-drop-other-kind", &args! { "name" => name.as_str() })
            }
        })
    }
}

impl std::error::Error for NotImportable {}

/// The one file in `paths` a drop imports, or why there is none.
pub fn importable(paths: &[PathBuf]) -> Result<&Path, NotImportable> {
    let path = match paths {
        [] => return Err(NotImportable::Nothing),
        [path] => path,
        _ => return Err(NotImportable::Several),
    };
    if path.is_dir() {
        return Err(NotImportable::Folder(name_of(path)));
    }
    let ending = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    if !IMPORTABLE.contains(&ending.as_str()) {
        return Err(NotImportable::OtherKind(name_of(path)));
    }
    Ok(path)
}

/// Passed by end-to-end tests to a second start (debug builds only):
/// `--e2e-drop=PATH` is handled as if `PATH` were dropped on the window
/// (a drag cannot be made under a virtual display). Several of them are
/// one drop of several files.
pub const E2E_DROP_ARG: &str = "--e2e-drop=";

/// In a debug build, the drop `args` (of a second start) ask for, if any.
pub fn e2e_drop<R: Runtime>(app: &AppHandle<R>, args: &[String]) {
    if !cfg!(debug_assertions) {
        return;
    }
    let paths: Vec<PathBuf> = args
        .iter()
        .filter_map(|a| a.strip_prefix(E2E_DROP_ARG))
        .map(PathBuf::from)
        .collect();
    if !paths.is_empty() {
        dropped(app, paths);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CARD: &str =
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Rosie Park\r\nTEL:020 7946 0123\r\nEND:VCARD\r\n";

    #[test]
    fn one_vcard_or_csv_file_is_taken_whatever_the_case_of_its_ending() {
        let dir = tempfile::tempdir().unwrap();
        for name in [
            "phone.vcf",
            "PHONE.VCF",
            "google.csv",
            "outlook.CSV",
            "a.vcard",
        ] {
            let path = dir.path().join(name);
            std::fs::write(&path, CARD).unwrap();
            assert_eq!(
                importable(std::slice::from_ref(&path)),
                Ok(path.as_path()),
                "{name}"
            );
        }
    }

    #[test]
    fn anything_else_gets_a_plain_message_naming_it() {
        let dir = tempfile::tempdir().unwrap();
        let photo = dir.path().join("Rosie's photo.jpg");
        let notes = dir.path().join("notes");
        std::fs::write(&photo, "x").unwrap();
        std::fs::write(&notes, "x").unwrap();
        for (paths, says) in [
            (vec![photo.clone()], "“Rosie's photo.jpg” is neither"),
            (vec![notes], "“notes” is neither"),
            (
                vec![photo.clone(), dir.path().join("b.vcf")],
                "one contacts file at a time",
            ),
            (vec![], "Nothing Kindly can import"),
        ] {
            let problem = importable(&paths).expect_err("refused").to_string();
            assert!(problem.contains(says), "{problem}");
            assert!(
                !problem.contains(&*dir.path().to_string_lossy()),
                "the name only, never the folder: {problem}"
            );
        }
        // A folder, even one named like a contacts file.
        let folder = dir.path().join("Contacts.vcf");
        std::fs::create_dir(&folder).unwrap();
        let problem = importable(&[folder]).expect_err("a folder").to_string();
        assert!(problem.contains("“Contacts.vcf” is a folder"), "{problem}");
    }

    #[test]
    fn a_taken_drop_becomes_the_chosen_file_and_a_refused_one_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let card = dir.path().join("Rosie.vcf");
        std::fs::write(&card, CARD).unwrap();
        let chosen = ChosenFile::default();

        let refused = take_drop(&chosen, &[dir.path().join("x.pdf")]);
        assert!(matches!(refused, Dropped::Problem(_)), "{refused:?}");
        assert!(chosen.path().is_none(), "nothing chosen");

        match take_drop(&chosen, std::slice::from_ref(&card)) {
            Dropped::File(file) => assert_eq!(file.name, "Rosie.vcf"),
            other => panic!("not taken: {other:?}"),
        }
        assert_eq!(chosen.path(), Some(card.clone()));

        // A CSV without a header row: the importer's own words, and the
        // vCard stays the chosen file.
        let empty = dir.path().join("empty.csv");
        std::fs::write(&empty, "").unwrap();
        let refused = take_drop(&chosen, &[empty]);
        assert!(matches!(refused, Dropped::Problem(_)), "{refused:?}");
        assert_eq!(chosen.path(), Some(card.clone()));

        // Gone before it could be read: named, its folder not shown.
        match take_drop(&chosen, &[dir.path().join("gone.vcf")]) {
            Dropped::Problem(problem) => {
                assert!(problem.contains("“gone.vcf”"), "{problem}");
                assert!(
                    !problem.contains(&*dir.path().to_string_lossy()),
                    "{problem}"
                );
            }
            other => panic!("taken: {other:?}"),
        }
        assert_eq!(chosen.path(), Some(card));
    }

    #[test]
    fn the_window_hands_drops_to_rust() {
        // Without it there is no `DragDrop` event, and the webview itself
        // would take a dropped file (and might show it in Kindly's place).
        let config: serde_json::Value =
            serde_json::from_str(include_str!("../tauri.conf.json")).expect("tauri.conf.json");
        for window in config["app"]["windows"].as_array().expect("windows") {
            assert_ne!(window["dragDropEnabled"], false, "{window}");
        }
    }

    #[test]
    fn the_window_is_told_the_file_s_name_never_its_path() {
        let dir = tempfile::tempdir().unwrap();
        let card = dir.path().join("Rosie.vcf");
        std::fs::write(&card, CARD).unwrap();
        let told = serde_json::to_string(&take_drop(&ChosenFile::default(), &[card])).unwrap();
        assert!(told.starts_with(r#"{"file":{"name":"Rosie.vcf""#), "{told}");
        assert!(!told.contains(&*dir.path().to_string_lossy()), "{told}");
        let told = serde_json::to_string(&take_drop(&ChosenFile::default(), &[dir.path().into()]))
            .unwrap();
        assert!(told.starts_with(r#"{"problem":"#), "{told}");
    }
}
