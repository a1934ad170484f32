//! Backups: the settings, "Back up now", the list, and restoring one. The
//! backup folder is chosen in the system's folder dialog, never named by
//! the window.

use std::sync::atomic::{AtomicBool, Ordering};

use kindly_core::{
    BackupChange, BackupInfo, BackupSettings, Error, ErrorPayload, FewerBackups, Notebook,
};
use kindly_words::say;
use tauri::{AppHandle, Runtime, State};
use tauri_plugin_dialog::{DialogExt, MessageDialogButtons, MessageDialogKind};

use super::CmdResult;
use crate::dialogs;
use crate::state::{blocking, AppState};
use crate::tasks::Tasks;

#[tauri::command(async)]
pub fn backup_settings(state: State<'_, AppState>) -> CmdResult<BackupSettings> {
    state.with(|nb| nb.backup_settings())
}

/// How many backups to keep, and (with `default_folder`) back to the
/// folder beside the notebook. The window never names a folder: a folder
/// of one's own is chosen in the system's dialog ([`choose_backup_folder`]).
///
/// When the change would make the next backup delete backups the settings
/// in force keep (keeping fewer than there are), the person is asked first
/// in a native dialog the page cannot answer; on Cancel nothing changes and
/// the answer is code `cancelled`.
#[tauri::command]
pub async fn set_backup_settings(
    app: AppHandle,
    state: State<'_, AppState>,
    keep: u32,
    default_folder: bool,
) -> CmdResult<BackupSettings> {
    agreed_change(&app, &state, |nb, agreed| {
        nb.set_backup_keep_agreed(keep, default_folder, agreed)
    })
    .await
}

/// Opens the system's folder dialog and makes the chosen folder the backup
/// folder; `None` when the person cancels (nothing changes). A folder that
/// holds more backups than are kept is asked about first, as in
/// [`set_backup_settings`].
#[tauri::command]
pub async fn choose_backup_folder(
    app: AppHandle,
    state: State<'_, AppState>,
) -> CmdResult<Option<BackupSettings>> {
    // It opens in the folder backups go to now.
    let now = state.with(|nb| nb.backup_settings())?;
    let start = std::path::PathBuf::from(&now.folder);
    let Some(folder) =
        dialogs::pick_folder(&app, &say("shell-backup-folder-title"), Some(&start)).await?
    else {
        return Ok(None);
    };
    let folder = folder.to_str().ok_or_else(|| {
        ErrorPayload::from(Error::invalid(
            "folder",
            say("shell-backup-folder-unusable"),
        ))
    })?;
    agreed_change(&app, &state, |nb, agreed| {
        nb.set_backup_folder_agreed(folder, agreed)
    })
    .await
    .map(Some)
}

/// Makes a change to the backup settings that may need the person's word
/// ([`BackupChange::Ask`]): asks in a native dialog and, on a yes, makes it
/// again with that agreement, which holds only if the question is still the
/// same (otherwise the new one is asked). The notebook is not held while
/// the dialog is open.
async fn agreed_change(
    app: &AppHandle,
    state: &AppState,
    change: impl Fn(&mut Notebook, Option<&FewerBackups>) -> kindly_core::Result<BackupChange>,
) -> CmdResult<BackupSettings> {
    let mut agreed: Option<FewerBackups> = None;
    loop {
        match state.with(|nb| change(nb, agreed.as_ref()))? {
            BackupChange::Done(settings) => return Ok(settings),
            BackupChange::Ask(question) => {
                if !ask(app, &question).await? {
                    return Err(ErrorPayload::cancelled());
                }
                agreed = Some(question);
            }
        }
    }
}

/// Set while a question is on screen: a page asking again meanwhile gets
/// no second dialog (its change is treated as cancelled).
static ASKING: AtomicBool = AtomicBool::new(false);

/// Asks `question` in a native dialog (Cancel is the safe answer), or, in
/// an end-to-end test of a debug build, reads the answer from the file
/// named by [`dialogs::E2E_CONFIRM`]. Whether the person agreed.
async fn ask(app: &AppHandle, question: &FewerBackups) -> CmdResult<bool> {
    if ASKING.swap(true, Ordering::SeqCst) {
        return Ok(false);
    }
    let answer = ask_once(app, question).await;
    ASKING.store(false, Ordering::SeqCst);
    answer
}

async fn ask_once(app: &AppHandle, question: &FewerBackups) -> CmdResult<bool> {
    if let Some(answer) = dialogs::test_answer(dialogs::E2E_CONFIRM) {
        let mut asked = answer.clone();
        asked.push(".asked");
        let _ = std::fs::write(
            &asked,
            format!("{}\n{}", question.title(), question.message()),
        );
        let answer = std::fs::read_to_string(&answer).unwrap_or_default();
        return Ok(answer.trim() == "yes");
    }
    let dialog = app
        .dialog()
        .message(question.message())
        .title(question.title())
        .kind(MessageDialogKind::Warning)
        .buttons(MessageDialogButtons::OkCancelCustom(
            question.agree_label(),
            say("shell-cancel"),
        ));
    dialogs::off_the_runtime(move || dialog.blocking_show()).await
}

/// Takes a backup now, its progress going to the window as `task`.
#[tauri::command(async)]
pub fn back_up_now<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    tasks: State<'_, Tasks>,
    task: String,
) -> CmdResult<BackupInfo> {
    let running = tasks.start(&task)?;
    let progress = running.reporter(&app);
    let done = blocking(|| state.with(|nb| nb.back_up_now_with(&progress)));
    crate::logging::backup("now", &done.clone().map(Some));
    done
}

/// The backups in the chosen folder, newest first.
#[tauri::command(async)]
pub fn list_backups(state: State<'_, AppState>) -> CmdResult<Vec<BackupInfo>> {
    state.with(|nb| nb.list_backups())
}

/// Restores one of the listed backups; the notebook as it was first goes to
/// the `before-restore` folder inside the backup folder. Returns that copy.
/// Its progress goes to the window as `task`.
#[tauri::command(async)]
pub fn restore_backup<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    tasks: State<'_, Tasks>,
    path: String,
    task: String,
) -> CmdResult<BackupInfo> {
    let running = tasks.start(&task)?;
    let progress = running.reporter(&app);
    let done = blocking(|| state.change(|nb| nb.restore_listed_with(&path, &progress)));
    match &done {
        Ok(before) => tracing::info!("backup restored; the notebook as it was is {}", before.path),
        Err(err) => tracing::warn!("restore failed: {}", crate::logging::payload(err)),
    }
    done
}
