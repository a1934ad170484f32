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
/// language the window starts in. The tray is retitled only when the
/// language changed: at a usual start it is the one the tray already
/// speaks, and each retitle waits for the main thread while the first
/// screen is being drawn there.
pub fn apply(app: &AppHandle, language: &str) {
    let before = kindly_words::language();
    if kindly_words::set_language(language) && kindly_words::language() != before {
        crate::tray::retitle(app);
    }
}
