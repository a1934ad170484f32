//! Reminder settings: the reminder time, start at login. (The calendar
//! export is in `export.rs`.)

use kindly_core::{ErrorPayload, TimeSettings};
use tauri::{AppHandle, State};
use tauri_plugin_autostart::ManagerExt;

use super::CmdResult;
use crate::state::AppState;

#[tauri::command(async)]
pub fn time_settings(state: State<'_, AppState>) -> CmdResult<TimeSettings> {
    state.with(|nb| nb.time_settings())
}

#[tauri::command(async)]
pub fn set_reminder_time(state: State<'_, AppState>, time: String) -> CmdResult<TimeSettings> {
    state.change(|nb| nb.set_reminder_time(&time))
}

#[tauri::command(async)]
pub fn autostart_enabled(app: AppHandle) -> CmdResult<bool> {
    app.autolaunch().is_enabled().map_err(|e| {
        ErrorPayload::system(kindly_words::say_with(
            "shell-login-setting-failed",
            &kindly_words::args! { "error" => e.to_string() },
        ))
    })
}

#[tauri::command(async)]
pub fn set_autostart(app: AppHandle, enabled: bool) -> CmdResult<bool> {
    let launcher = app.autolaunch();
    let done = if enabled {
        launcher.enable()
    } else {
        launcher.disable()
    };
    done.and_then(|()| launcher.is_enabled())
        .map_err(|e| ErrorPayload::system(format!("Could not change the login setting: {e}")))
}
