//! Kindly in the user's language, in the real window: French chosen in
//! Settings › Appearance applies at once to the header, the lookup and
//! Today, dates follow it, and a restart keeps it. German, the longest
//! words, on the densest screens for a person to look at.

use kindly_e2e::{App, Notebook};

const FRENCH_MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const FRENCH_WEEKDAYS: [&str; 7] = [
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
];

/// Puts the computer's language back when a window closes, passed or not:
/// the window's storage outlives the app, and the other tests of the run
/// expect English. `keep` lets a restart see the choice.
struct BackToEnglish<'a> {
    app: &'a App,
    armed: bool,
}

impl<'a> BackToEnglish<'a> {
    fn new(app: &'a App) -> Self {
        BackToEnglish { app, armed: true }
    }

    fn keep(mut self) {
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

fn choose_language(app: &App, code: &str) {
    app.click("nav-settings");
    let select = app.find("appearance-language");
    app.run_with("arguments[0].focus()", &select);
    app.set_value("appearance-language", code);
}

/// The header, the lookup and Today are in French, and Today's date is
/// written the French way.
fn assert_french(app: &App) {
    app.wait_for("the header in French", || {
        app.text_of("nav-today").starts_with("Aujourd’hui")
    });
    assert!(app.text_of("nav-lookup").starts_with("Recherche"));
    assert!(app
        .text_of("nav-new-customer")
        .starts_with("Nouveau client"));
    assert_eq!(app.text_of("nav-settings"), "Réglages");
    assert_eq!(
        app.run("return document.documentElement.lang").as_str(),
        Some("fr-FR")
    );

    app.click("nav-lookup");
    let input = app.find("lookup-input");
    assert_eq!(
        app.attr(&input, "placeholder").as_deref(),
        Some("Nom, numéro de téléphone, entreprise ou étiquette…")
    );
    assert!(
        app.text_of("lookup-empty-notebook")
            .starts_with("Votre carnet est vide."),
        "the empty notebook's words: {}",
        app.text_of("lookup-empty-notebook")
    );

    app.click("nav-today");
    app.find("today-empty");
    assert!(app
        .text_of("today-empty")
        .starts_with("Rien à suivre aujourd’hui"));
    // "lundi 7 décembre": a French weekday, the day, a French month.
    let date = app.text_of("today-date");
    let words: Vec<&str> = date.split_whitespace().collect();
    assert_eq!(words.len(), 3, "the date line: {date}");
    assert!(FRENCH_WEEKDAYS.contains(&words[0]), "the date line: {date}");
    assert!(words[1].parse::<u8>().is_ok(), "the date line: {date}");
    assert!(FRENCH_MONTHS.contains(&words[2]), "the date line: {date}");
}

#[test]
fn french_chosen_in_settings_applies_at_once_and_after_a_restart() {
    let notebook = Notebook::new();
    let app = notebook.launch();
    let english = BackToEnglish::new(&app);
    assert_eq!(app.text_of("nav-settings"), "Settings");

    choose_language(&app, "fr");
    // At once, on the screen on show: no restart.
    app.wait_for("Appearance in French", || {
        app.try_css("#part-appearance")
            .is_some_and(|e| app.text(&e).to_lowercase() == "apparence")
    });
    assert_eq!(app.value_of("appearance-language"), "fr");
    assert_french(&app);
    app.screenshot("languages-today-fr");
    // The window may tell the app its language (the tray's menu follows it).
    assert_eq!(
        app.run(
            "return window.__TAURI_INTERNALS__.invoke('set_language', {language: 'fr'}) \
             .then(() => 'allowed', (e) => String(e))"
        )
        .as_str(),
        Some("allowed")
    );

    english.keep();
    drop(app);
    let app = notebook.launch();
    let _english = BackToEnglish::new(&app);
    assert_french(&app);
    app.click("nav-settings");
    assert_eq!(app.value_of("appearance-language"), "fr");
}

#[test]
fn german_words_fit_the_lookup_and_today() {
    let notebook = Notebook::new();
    let app = notebook.launch_new();
    let _english = BackToEnglish::new(&app);
    let select = app.find("welcome-region");
    app.run_with("arguments[0].focus()", &select);
    app.set_value("welcome-region", "GB");
    app.type_into("welcome-name", "Sam Lee");
    app.click("welcome-next");
    app.click("welcome-start-sample");
    app.find("sample-banner");

    choose_language(&app, "de");
    app.wait_for("the header in German", || {
        app.text_of("nav-today").starts_with("Heute")
    });
    app.screenshot("languages-settings-de");
    assert!(app.fits_width(), "too wide: {}", app.too_wide());

    app.click("nav-today");
    app.wait_for("Today with the sample's rows", || {
        app.try_find("today-open").is_some() && app.try_find("today-drifting-row").is_some()
    });
    assert!(app
        .text_of("today-drifting")
        .to_lowercase()
        .starts_with("länger nichts gehört"));
    // One row of header buttons, as in English.
    assert!(app.header_rows_spread() < 10.0, "the German header wraps");
    assert!(app.fits_width(), "too wide: {}", app.too_wide());
    app.screenshot("languages-today-de");

    app.lookup("a");
    app.wait_for("customers found", || {
        app.find_all("lookup-result").len() > 1
    });
    assert!(app.fits_width(), "too wide: {}", app.too_wide());
    app.screenshot("languages-lookup-de");

    // The narrowest window Kindly supports: nothing reaches past its edge
    // (the header may put the desk picker on a second row, as it is made to).
    app.set_window_size(1024, 700);
    app.screenshot("languages-lookup-de-1024");
    assert!(app.fits_width(), "too wide at 1024 px: {}", app.too_wide());
    app.click("nav-today");
    app.find("today-open");
    assert!(app.fits_width(), "too wide at 1024 px: {}", app.too_wide());
    app.screenshot("languages-today-de-1024");
    app.set_window_size(1280, 800);
}
