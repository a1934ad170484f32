//! The system's own dialogs (choose a file, choose a folder, "Save as", a
//! yes-or-no question), opened from Rust so the page can neither answer them nor
//! name a path. Each waits for the person on a thread meant for blocking
//! work, never on one of the async runtime's few workers.
//!
//! A native dialog cannot be driven through WebDriver: in debug builds
//! only, an end-to-end test answers it through an environment variable
//! ([`test_answer`]); a release build never reads them.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use kindly_core::ErrorPayload;
use tauri::{AppHandle, Runtime};
use tauri_plugin_dialog::DialogExt;

use crate::commands::CmdResult;

/// The file the "choose a file" dialog picks in end-to-end tests.
pub const E2E_PICK_FILE: &str = "KINDLY_E2E_PICK_FILE";
/// The folder the "choose a folder" dialog picks in end-to-end tests.
pub const E2E_PICK_FOLDER: &str = "KINDLY_E2E_PICK_FOLDER";
/// A file holding the path the "Save as" dialog picks in end-to-end tests
/// (empty or absent: the person cancels). What the dialog offered is
/// written beside it, `.asked` added to its name: the folder it opened in,
/// then the name it suggested, one a line.
pub const E2E_SAVE_AS: &str = "KINDLY_E2E_SAVE_AS";
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
        .map_err(|_| ErrorPayload::system(kindly_words::say("shell-dialog-failed")))
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

/// The system's "choose a folder" dialog, opened in `start` when given and
/// there; `None` when the person cancels. (A folder's path can also be
/// typed there: Ctrl+L, or `/`, in the GTK one.)
pub async fn pick_folder<R: Runtime>(
    app: &AppHandle<R>,
    title: &str,
    start: Option<&Path>,
) -> CmdResult<Option<PathBuf>> {
    if let Some(path) = test_answer(E2E_PICK_FOLDER) {
        return Ok(Some(PathBuf::from(path)));
    }
    let mut dialog = app
        .dialog()
        .file()
        .set_title(title)
        .set_can_create_directories(true);
    if let Some(start) = start.filter(|s| s.is_dir()) {
        dialog = dialog.set_directory(start);
    }
    Ok(off_the_runtime(move || dialog.blocking_pick_folder())
        .await?
        .and_then(|f| f.into_path().ok()))
}

/// What a "Save as" dialog offers: its title, the folder it opens in, the
/// file name it suggests, and the kinds of file it lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaveOffer {
    pub title: String,
    pub folder: PathBuf,
    pub name: String,
    /// A name for the kind of file and its endings (without the dot).
    pub filter: (String, &'static [&'static str]),
}

/// The system's "Save as" dialog, opened in `offer.folder` with
/// `offer.name` filled in (it asks itself before replacing a file); the
/// path the person chose, `None` when they cancel.
pub async fn save_as<R: Runtime>(
    app: &AppHandle<R>,
    offer: SaveOffer,
) -> CmdResult<Option<PathBuf>> {
    #[cfg(test)]
    if let Some(answer) = tauri::Manager::try_state::<tests::SaveAsAnswer>(app) {
        return Ok(answer.answer(offer));
    }
    if let Some(answer) = test_answer(E2E_SAVE_AS) {
        return Ok(e2e_save_as(Path::new(&answer), &offer));
    }
    let dialog = app
        .dialog()
        .file()
        .set_title(offer.title)
        .set_directory(&offer.folder)
        .set_file_name(&offer.name)
        .set_can_create_directories(true)
        .add_filter(offer.filter.0, offer.filter.1);
    Ok(off_the_runtime(move || dialog.blocking_save_file())
        .await?
        .and_then(|f| f.into_path().ok()))
}

/// The end-to-end tests' answer to `offer`, read from the file `answer`
/// ([`E2E_SAVE_AS`]); writes the offer beside it.
fn e2e_save_as(answer: &Path, offer: &SaveOffer) -> Option<PathBuf> {
    let mut asked = answer.as_os_str().to_owned();
    asked.push(".asked");
    let _ = std::fs::write(
        asked,
        format!("{}\n{}\n", offer.folder.display(), offer.name),
    );
    let picked = std::fs::read_to_string(answer).unwrap_or_default();
    let picked = picked.trim_end_matches(['\n', '\r']);
    (!picked.is_empty()).then(|| PathBuf::from(picked))
}

#[cfg(test)]
pub mod tests {
    use std::sync::Mutex;

    use super::*;

    /// Managed in a mock app, it answers every "Save as" dialog instead of
    /// the person, and keeps what each offered.
    pub struct SaveAsAnswer {
        pick: Option<PathBuf>,
        pub offered: Mutex<Vec<SaveOffer>>,
    }

    impl SaveAsAnswer {
        /// Picks `pick` (`None`: cancels).
        pub fn picking(pick: Option<PathBuf>) -> Self {
            SaveAsAnswer {
                pick,
                offered: Mutex::default(),
            }
        }

        pub fn answer(&self, offer: SaveOffer) -> Option<PathBuf> {
            self.offered.lock().expect("offers").push(offer);
            self.pick.clone()
        }
    }

    #[test]
    fn the_end_to_end_answer_is_the_path_in_the_file_and_empty_cancels() {
        let dir = tempfile::tempdir().unwrap();
        let answer = dir.path().join("save-as");
        let offer = SaveOffer {
            title: "Save".into(),
            folder: dir.path().join("Downloads"),
            name: "Kindly customers 2026-12-07.vcf".into(),
            filter: ("vCard".into(), &["vcf"]),
        };
        assert_eq!(e2e_save_as(&answer, &offer), None, "no answer: cancelled");
        let asked = std::fs::read_to_string(dir.path().join("save-as.asked")).unwrap();
        assert_eq!(
            asked,
            format!(
                "{}\nKindly customers 2026-12-07.vcf\n",
                dir.path().join("Downloads").display()
            )
        );
        std::fs::write(&answer, "").unwrap();
        assert_eq!(e2e_save_as(&answer, &offer), None, "empty: cancelled");
        std::fs::write(&answer, "/home/ana/My contacts.vcf\n").unwrap();
        assert_eq!(
            e2e_save_as(&answer, &offer),
            Some(PathBuf::from("/home/ana/My contacts.vcf"))
        );
    }
}
