//! Accessibility in the real window: axe-core (from `ui/node_modules`) runs
//! on every main screen (the welcome and Situations included), in the light
//! and the dark colours, and finds no serious or critical violation. The unlock screen is checked on a
//! protected notebook, its colours chosen before the window (re)loads.
//!
//! Every main screen is audited again in French, Spanish, German and
//! Portuguese, chosen in Settings, with `lang` on `<html>` following.
//!
//! The colours, text size and language are kept in the window's local
//! storage, which every test of a run shares: these tests put them back as
//! they found them.

use kindly_core::*;
use kindly_e2e::axe::{assert_clean, audit, paint_theme, Findings};
use kindly_e2e::story::give_a_story;
use kindly_e2e::words::{choose_language, html_lang, BackToEnglish};
use kindly_e2e::{chosen_file, keys, App, Notebook};

const PASS: &str = "green teapot by the door";

/// Rosie with a story (an issue, a promise, calls, a call-back due today),
/// Sam twice (the same number: a likely duplicate), and Theo in Trash.
fn notebook() -> Notebook {
    let notebook = Notebook::new();
    let mut nb = kindly_core::Notebook::open_in_dir(notebook.path()).expect("notebook");
    nb.set_phone_region("GB").expect("region");
    let phone = |number: &str| PhoneInput {
        label: "mobile".into(),
        number: number.into(),
        primary: true,
    };
    let rosie = nb
        .create_customer(&CustomerInput {
            full_name: "Rosalind Park".into(),
            preferred_name: "Rosie".into(),
            pronunciation: "ROZ-ih-lind".into(),
            phones: vec![phone("020 7946 0958")],
            dont: vec!["Never call before 10am".into()],
            preferences: vec!["Oat milk latte".into()],
            ..Default::default()
        })
        .expect("Rosie");
    give_a_story(&mut nb, &rosie.id);
    for name in ["Sam Okafor", "Samuel Okafor"] {
        nb.create_customer(&CustomerInput {
            full_name: name.into(),
            phones: vec![phone("+1 555 010 0958")],
            ..Default::default()
        })
        .expect("Sam");
    }
    let theo = nb
        .create_customer(&CustomerInput {
            full_name: "Theo Marsh".into(),
            ..Default::default()
        })
        .expect("Theo");
    nb.trash_customer(&theo.id).expect("Theo in Trash");
    let late = nb
        .create_situation(&SituationInput {
            title: "Late delivery of wedding cakes".into(),
            what_happened: "The oven broke.".into(),
            what_we_do: "A new part is on its way.".into(),
            expected_fix: None,
            lead: "Ana".into(),
            staff: "Ana".into(),
        })
        .expect("situation");
    nb.add_to_situation(&late, std::slice::from_ref(&rosie.id), "Ana")
        .expect("Rosie affected");
    notebook
}

fn choose_theme(app: &App, theme: &str) {
    app.click("nav-settings");
    app.click(&format!("appearance-theme-{theme}"));
    app.wait_for(&format!("the {theme} colours"), || {
        app.run("return document.documentElement.dataset.theme") == theme
    });
}

/// Each main screen, audited in the colours on show.
fn audit_every_screen(app: &App, theme: &str) -> Vec<Findings> {
    let mut found = Vec::new();
    let mut check = |screen: &str| found.push(audit(app, &format!("{screen} {theme}")));

    app.click("nav-today");
    app.find("today-due");
    check("today");

    app.click("nav-lookup");
    check("lookup");
    app.lookup("Okafor");
    app.wait_for("two Sams", || app.find_all("lookup-result").len() == 2);
    check("lookup results");

    app.lookup("Rosie");
    app.wait_for("Rosie", || app.find_all("lookup-result").len() == 1);
    app.press(keys::ENTER);
    app.find("timeline-item");
    check("profile");
    app.click("profile-changes-toggle");
    app.find("profile-change");
    check("profile changes");

    app.click("open-brief");
    app.find("brief-name");
    check("brief");

    app.click("nav-caller");
    app.type_into("caller-number", "0958");
    app.press(keys::ENTER);
    app.find("caller-match");
    check("caller");

    app.click("nav-new-customer");
    app.find("field-full_name");
    check("new customer");
    app.press(keys::ESCAPE);

    app.click("nav-trash");
    app.find("trash-row");
    check("trash");

    app.click("nav-situations");
    app.find("situation-row");
    check("situations");
    app.click("situation-open");
    app.find("situation-heading");
    check("situation");

    app.click("nav-settings");
    app.find("settings-phone-region");
    check("settings");

    app.click("settings-shortcuts");
    app.find("shortcut-sheet");
    check("shortcut sheet");
    app.press(keys::ESCAPE);
    app.wait_for("focus back where the sheet was opened", || {
        app.focused_testid().as_deref() == Some("settings-shortcuts")
    });
    app.press("?");
    app.find("shortcut-sheet");
    app.press(keys::ESCAPE);

    app.click("open-duplicates");
    app.find("duplicate-pair");
    check("duplicates");

    std::fs::write(
        chosen_file(),
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Yuki Tanaka\r\nORG:Sakura Florist\r\nEND:VCARD\r\n\
         BEGIN:VCARD\r\nVERSION:3.0\r\nEMAIL:nobody@example.com\r\nEND:VCARD\r\n",
    )
    .expect("write the file to import");
    app.click("nav-settings");
    app.click("open-import");
    check("import");
    app.click("import-choose");
    app.find("import-preview");
    check("import preview");
    found
}

/// Back to the computer's colours and standard text (local storage outlives the app).
fn put_appearance_back(app: &App) {
    app.run("localStorage.removeItem('kindly.theme'); localStorage.removeItem('kindly.textSize');");
}

#[test]
fn axe_finds_nothing_serious_on_any_screen_in_light_or_dark() {
    let notebook = notebook();
    let app = notebook.launch();
    let mut findings = Vec::new();
    for theme in ["light", "dark"] {
        choose_theme(&app, theme);
        findings.extend(audit_every_screen(&app, theme));
    }
    // The largest text, for a person to look at: everything grows with it.
    app.click("nav-settings");
    app.click("appearance-size-larger");
    app.wait_for("the larger text", || {
        app.run("return getComputedStyle(document.documentElement).fontSize") == "20px"
    });
    app.screenshot("a11y-settings-larger-text-dark");
    app.click("nav-today");
    app.find("today-due");
    app.screenshot("a11y-today-larger-text-dark");
    put_appearance_back(&app);
    assert_clean(&findings);
}

#[test]
fn axe_finds_nothing_serious_on_any_screen_in_each_language() {
    let notebook = notebook();
    let app = notebook.launch();
    let _english = BackToEnglish::new(&app);
    // Light is enough here: the dark colours do not change with the words.
    choose_theme(&app, "light");
    let mut findings = Vec::new();
    for code in ["fr", "es", "de", "pt"] {
        choose_language(&app, code);
        assert_eq!(app.value_of("appearance-language"), code);
        findings.extend(audit_every_screen(&app, code));
        // Still the language chosen, after every screen (screen readers
        // read the page with the voice `lang` names).
        let lang = html_lang(&app);
        assert_eq!(
            lang.split('-').next(),
            Some(code),
            "lang on <html> after the screens in {code}: {lang}"
        );
    }
    put_appearance_back(&app);
    assert_clean(&findings);
}

#[test]
fn axe_finds_nothing_serious_on_the_welcome_in_light_or_dark() {
    let notebook = Notebook::new();
    let app = notebook.launch_new();
    let mut findings = Vec::new();
    for theme in ["light", "dark"] {
        app.run(&format!(
            "localStorage.setItem('kindly.theme', '{theme}'); location.reload();"
        ));
        app.find("welcome-step-1");
        findings.push(audit(&app, &format!("welcome {theme}")));
        app.type_into("welcome-name", "Sam Lee");
        app.click("welcome-next");
        app.find("welcome-step-2");
        findings.push(audit(&app, &format!("welcome choices {theme}")));
    }
    put_appearance_back(&app);
    assert_clean(&findings);
}

#[test]
fn axe_finds_nothing_serious_on_joining_a_team_notebook_in_light_or_dark() {
    let notebook = Notebook::new();
    let app = notebook.launch_new();
    let mut findings = Vec::new();
    for theme in ["light", "dark"] {
        app.run(&format!(
            "localStorage.setItem('kindly.theme', '{theme}'); location.reload();"
        ));
        app.find("welcome-step-1");
        app.click("welcome-join-team");
        // Nothing listens on port 1: refused beside the server's address.
        app.fill_join_form("127.0.0.1:1", "kindly", "ana_lima", "a password");
        app.find("error-server");
        findings.push(audit(&app, &format!("join refused {theme}")));
    }
    drop(app);
    // Joined before, no password remembered: the sign-in screen.
    std::fs::write(
        notebook.path().join("team.json"),
        r#"{"server": "127.0.0.1:1", "database": "kindly", "login": "ana_lima"}"#,
    )
    .expect("team.json");
    let app = kindly_e2e::App::launch_binary(
        &std::env::var("KINDLY_E2E_APP").expect("run.sh sets it"),
        notebook.path(),
        &[],
        "team-start",
    );
    for theme in ["light", "dark"] {
        app.run(&format!(
            "localStorage.setItem('kindly.theme', '{theme}'); location.reload();"
        ));
        app.find("team-sign-in-password");
        app.screenshot(&format!("team-6-sign-in-{theme}"));
        findings.push(audit(&app, &format!("team sign-in {theme}")));
    }
    put_appearance_back(&app);
    assert_clean(&findings);
}

#[test]
fn axe_finds_nothing_serious_on_the_unlock_screen_in_light_or_dark() {
    let notebook = Notebook::new();
    kindly_core::Notebook::open_in_dir(notebook.path())
        .and_then(|mut nb| nb.protect(PASS).map(drop))
        .expect("protect the notebook");
    let app = notebook.launch_locked();
    let mut findings = Vec::new();
    for theme in ["light", "dark"] {
        // Chosen before the window loads: the unlock screen shows it at once.
        app.run(&format!(
            "localStorage.setItem('kindly.theme', '{theme}'); \
             document.documentElement.dataset.old = 'yes'; location.reload();"
        ));
        let reloaded =
            format!("html:not([data-old])[data-theme=\"{theme}\"] [data-testid=\"unlock-screen\"]");
        app.wait_for(&format!("the unlock screen in {theme}"), || {
            app.try_css(&reloaded).is_some()
        });
        findings.push(audit(&app, &format!("unlock {theme}")));
        app.type_into("unlock-passphrase", "not it");
        app.click("unlock-submit");
        app.find("error-passphrase");
        findings.push(audit(&app, &format!("unlock wrong passphrase {theme}")));
    }
    put_appearance_back(&app);
    assert_clean(&findings);
}

/// Shows the page in `theme` at once (the form stays open, as it would not
/// through Settings), and waits for it to be painted.
#[test]
fn axe_finds_nothing_serious_on_a_save_conflict_in_light_or_dark() {
    let notebook = notebook();
    let app = notebook.launch();
    app.lookup("Rosie");
    app.wait_for("Rosie", || app.find_all("lookup-result").len() == 1);
    app.press(keys::ENTER);
    app.click("edit-customer");
    app.replace("field-best_time", "weekday mornings");

    let mut other = kindly_core::Notebook::open_in_dir(notebook.path()).expect("notebook");
    let rosie = other.search("Rosie", 5).expect("search")[0].id.clone();
    let rosie = other.customer(&rosie).expect("Rosie");
    let mut theirs = rosie.to_input();
    theirs.best_time = "evenings".into();
    theirs.notes = "Prefers the side door".into();
    other
        .update_customer(&rosie.id, rosie.version, &theirs)
        .expect("the other save");

    app.click("save-customer");
    app.find("clash-best_time");
    let mut findings = Vec::new();
    for theme in ["light", "dark"] {
        paint_theme(&app, theme);
        findings.push(audit(&app, &format!("save conflict {theme}")));
    }
    paint_theme(&app, "light");
    app.click("clash-best_time-theirs");
    findings.push(audit(&app, "save conflict chosen light"));
    put_appearance_back(&app);
    assert_clean(&findings);
}
