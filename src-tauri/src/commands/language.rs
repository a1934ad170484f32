//! The window's language, for the words Kindly says outside the window:
//! the tray's menu first (`kindly-words`).

use tauri::AppHandle;

/// Says the words outside the window in `language` ("en", "fr", …) from
/// now on, and retitles the tray's menu at once. A language Kindly does not
/// speak changes nothing.
#[tauri::command(async)]
pub fn set_language(app: AppHandle, language: String) {
    apply(&app, &language);
}

/// What [`set_language`] does, also done by `window_start` for the
/// language the window starts in.
pub fn apply(app: &AppHandle, language: &str) {
    if kindly_words::set_language(language) {
        crate::tray::retitle(app);
    }
}
