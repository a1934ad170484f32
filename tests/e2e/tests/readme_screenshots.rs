//! The README's pictures, taken from the sample notebook in the real window.
//!
//! In `make test` this walks the screens the README shows and checks that
//! each shows what its caption says; the pictures are left in
//! `target/e2e-screenshots/readme-*.png`. `make screenshots` runs it with
//! `KINDLY_README_SHOTS` set to the `docs/` folder, and the pictures are
//! copied there, replacing the README's.

use std::path::{Path, PathBuf};

use kindly_e2e::{keys, App, Notebook};

/// Takes the picture `name` and, under `make screenshots`, copies it to
/// `docs/NAME.png`.
fn picture(app: &App, name: &str) {
    let shot = app.screenshot(&format!("readme-{name}"));
    if let Some(docs) = std::env::var_os("KINDLY_README_SHOTS") {
        let target: PathBuf = Path::new(&docs).join(format!("{name}.png"));
        std::fs::copy(&shot, &target)
            .unwrap_or_else(|e| panic!("copy {} to {}: {e}", shot.display(), target.display()));
    }
}

/// Scrolls the element with this test id to the top of the window.
fn scroll_to(app: &App, testid: &str) {
    let e = app.find(testid);
    app.run_with("arguments[0].scrollIntoView({block: 'start'})", &e);
}

/// The phone number shown in a lookup row: the first run of digits and
/// spaces that starts with 0 (a UK number written as at home).
fn phone_in(row: &str) -> String {
    let start = row.find('0').expect("a UK number in the row");
    row[start..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ' ')
        .collect::<String>()
        .trim()
        .to_owned()
}

#[test]
fn the_readme_pictures_come_from_the_sample_notebook() {
    let notebook = Notebook::new();
    let app = notebook.launch_new();
    let select = app.find("welcome-region");
    app.run_with("arguments[0].focus()", &select);
    app.set_value("welcome-region", "GB");
    app.type_into("welcome-name", "Sam Lee");
    app.click("welcome-next");
    app.click("welcome-start-sample");
    app.find("sample-banner");

    // Today: what is due, birthdays this week, customers drifting out of touch.
    app.wait_for("Today with the sample's follow-ups", || {
        app.try_find("today-open").is_some()
            && app.try_find("today-birthday-row").is_some()
            && app.try_find("today-drifting-row").is_some()
    });
    picture(&app, "today");

    // Lookup by phone number, typed with the country code and no spaces,
    // unlike the number as stored.
    app.lookup("Agnès");
    app.wait_for("Aggie in Lookup", || {
        app.texts("lookup-result")
            .first()
            .is_some_and(|r| r.contains("Aggie"))
    });
    let national = phone_in(&app.texts("lookup-result")[0]);
    let international = format!("+44{}", national[1..].replace(' ', ""));
    app.lookup(&international);
    app.wait_for("Aggie found by her number", || {
        app.texts("lookup-result")
            .first()
            .is_some_and(|r| r.contains("Aggie"))
    });
    picture(&app, "lookup");

    // Her profile: what to call her, how to say it, what she likes and not.
    app.press(keys::ENTER);
    app.wait_for("Aggie's profile", || {
        app.try_find("profile-name")
            .is_some_and(|e| app.text(&e).contains("Aggie"))
    });
    app.find("profile-preference");
    app.find("profile-dont");
    picture(&app, "profile");

    // Her follow-ups, then her story: the open issue and the timeline.
    app.find("timeline-item");
    scroll_to(&app, "follow-ups");
    app.find("follow-up-when");
    picture(&app, "follow-ups");
    scroll_to(&app, "log-conversation");
    app.find("open-issue");
    picture(&app, "customer-story");

    // The brief before calling her back.
    app.click("open-brief");
    app.wait_for("Aggie's brief", || {
        app.try_find("brief-name")
            .is_some_and(|e| app.text(&e).contains("Aggie"))
    });
    app.find("brief-issues");
    app.find("brief-promises");
    picture(&app, "brief");
}
