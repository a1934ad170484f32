//! Kindly's language in the real window: choosing it in Settings ›
//! Appearance as a person would, putting English back afterwards, and
//! keeping what a screen said for a person to read.

use std::path::Path;

use crate::App;

/// The languages Kindly speaks, as Settings › Appearance names them.
pub const LANGUAGES: [&str; 5] = ["en", "fr", "es", "de", "pt"];

/// Chooses `code` in Settings › Appearance and waits until the window
/// speaks it (`lang` on `<html>` names its locale, set once its words are
/// in place).
pub fn choose_language(app: &App, code: &str) {
    app.click("nav-settings");
    let select = app.find("appearance-language");
    app.run_with("arguments[0].focus()", &select);
    app.set_value("appearance-language", code);
    app.wait_for(&format!("the window in {code}"), || {
        html_lang(app).split('-').next() == Some(code)
    });
}

/// The `lang` attribute of the page's `<html>`.
pub fn html_lang(app: &App) -> String {
    app.run("return document.documentElement.lang")
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

/// Puts the computer's language back when a window closes, passed or not:
/// the window's storage outlives the app, and the other tests of the run
/// expect English. `keep` lets a restart see the choice.
pub struct BackToEnglish<'a> {
    app: &'a App,
    armed: bool,
}

impl<'a> BackToEnglish<'a> {
    pub fn new(app: &'a App) -> Self {
        BackToEnglish { app, armed: true }
    }

    /// Leaves the choice in place (for a restart to read).
    pub fn keep(mut self) {
        self.armed = false;
    }
}

impl Drop for BackToEnglish<'_> {
    fn drop(&mut self) {
        if self.armed {
            self.app
                .run_quietly("localStorage.removeItem('kindly.language')");
        }
    }
}

/// Keeps the words of the page on show (its text, and the labels,
/// placeholders and titles people hear or read) beside the screenshots, in
/// `target/e2e-screenshots/NAME.txt`, so a person can look for English left
/// in another language without opening each picture.
pub fn keep_words(app: &App, name: &str) {
    let words = app
        .run(
            "const attrs = [...document.querySelectorAll('[aria-label],[placeholder],[title]')] \
               .flatMap(e => ['aria-label', 'placeholder', 'title'] \
                 .map(a => e.getAttribute(a)).filter(Boolean)); \
             return document.body.innerText + '\\n--- labels ---\\n' + attrs.join('\\n');",
        )
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/e2e-screenshots");
    std::fs::create_dir_all(&dir).expect("screenshot dir");
    std::fs::write(dir.join(format!("{name}.txt")), words).expect("keep the words");
}
