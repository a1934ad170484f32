//! When the team notebook's server is away, in two real windows (Ana's and
//! Ben's, two processes with their own data folders), against the
//! throwaway PostgreSQL of `scripts/with-postgres.sh` (which also gives
//! `KINDLY_TEST_POSTGRES_CTL` to stop and start it): the window keeps an
//! encrypted offline copy; with the server stopped a calm banner says so,
//! lookup and the brief answer from the copy, and a save is refused in
//! plain words with the typing kept; with the server back the banner goes
//! by itself and the same Save goes through. Started while the server is
//! away, the window opens on the copy.

use std::path::PathBuf;
use std::process::Command;

use kindly_core::CustomerInput;
use kindly_e2e::axe::{assert_clean, audit_within, paint_theme};
use kindly_e2e::team::TeamNotebook;
use kindly_e2e::{Notebook, SecondDesk};

fn variable(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| {
        panic!("{name} is not set: run under scripts/with-postgres.sh (make test-e2e does)")
    })
}

/// Stops (as a crash would) or starts the test server.
fn server(what: &str) {
    let ctl = PathBuf::from(variable("KINDLY_TEST_POSTGRES_CTL"));
    let out = Command::new(&ctl)
        .arg(what)
        .output()
        .expect("the control script runs");
    assert!(out.status.success(), "{what}: {out:?}");
}

/// The server started again when the test fails while it is stopped, so
/// the other tests on it carry on.
struct Stopped;

impl Stopped {
    fn stop() -> Stopped {
        server("stop");
        Stopped
    }
}

impl Drop for Stopped {
    fn drop(&mut self) {
        server("start");
    }
}

/// Makes `database` commit as a production server does: what was saved
/// before the stop (a crash) is still there after it.
#[allow(
    clippy::disallowed_types,
    reason = "the test sets its database up on its throwaway server as an administrator would"
)]
fn commit_to_disk(database: &str) {
    let mut admin = postgres::Client::connect(&variable("KINDLY_TEST_POSTGRES"), postgres::NoTls)
        .expect("the test server answers");
    admin
        .batch_execute(&format!(
            "ALTER DATABASE \"{database}\" SET synchronous_commit = on"
        ))
        .expect("set");
}

#[test]
fn with_the_server_away_both_desks_say_so_lookup_and_the_brief_work_from_the_copy_and_a_save_waits_for_its_return(
) {
    let team = TeamNotebook::with_staff("Ana Lima");
    commit_to_disk(&team.database);
    let rosie = team
        .open()
        .create_customer(&CustomerInput {
            full_name: "Rosie Hart".into(),
            best_time: "afternoons".into(),
            ..Default::default()
        })
        .expect("Rosie, added by the owner");

    let ben_login = kindly_core::add_staff(&team.owner_url, "Ben Ortiz").expect("Ben's login");
    let notebook = Notebook::new();
    let app = notebook.launch();
    app.join_team(
        &team.server,
        &team.database,
        &team.staff.login,
        &team.staff.password,
    );
    let ben_desk = SecondDesk::new();
    let ben = ben_desk.launch();
    ben.join_team(
        &team.server,
        &team.database,
        &ben_login.login,
        &ben_login.password,
    );
    let copy = notebook.path().join("offline-copy.sqlite");
    app.wait_for("the offline copy", || copy.exists());
    let bens_copy = ben_desk.path().join("offline-copy.sqlite");
    ben.wait_for("Ben's offline copy", || bens_copy.exists());
    let head = std::fs::read(&copy).expect("the copy");
    assert!(
        !head.starts_with(b"SQLite format 3"),
        "the copy is encrypted from its first byte"
    );
    app.click("nav-settings");
    app.wait_for("Settings → Team to say when it copied", || {
        app.try_find("offline-copy-note")
            .is_some_and(|e| app.text(&e).contains("last copied"))
    });

    let stopped = Stopped::stop();
    app.wait_for("the away banner", || app.try_find("away-banner").is_some());
    let banner = app.text_of("away-banner");
    assert!(
        banner.contains("Can't reach the team notebook. Showing what this computer last copied"),
        "{banner}"
    );
    assert!(
        banner.contains("changes can't be saved until it's back"),
        "{banner}"
    );
    assert_eq!(
        app.attr(&app.find("away-banner"), "role").as_deref(),
        Some("status")
    );
    // Ben's window says so too, and his lookup answers from his own copy.
    ben.wait_for("the away banner at Ben's desk", || {
        ben.try_find("away-banner").is_some()
    });
    ben.lookup("Rosie");
    ben.wait_for("Rosie from Ben's copy", || {
        ben.find_all("lookup-result").len() == 1
    });

    // Lookup and the brief answer from the copy.
    app.lookup("Rosie");
    app.wait_for("Rosie from the copy", || {
        app.find_all("lookup-result").len() == 1
    });
    app.click("lookup-brief");
    app.wait_for("Rosie's brief from the copy", || {
        app.try_find("brief-name")
            .is_some_and(|e| app.text(&e).contains("Rosie"))
    });
    assert!(app.text_of("brief-best-time").contains("afternoons"));
    app.screenshot("team-away-1-brief-from-the-copy");

    // Her page from the copy; a change is refused, the typing kept.
    app.open_customer("Rosie");
    app.click("edit-customer");
    app.replace("field-best_time", "weekday mornings");
    app.click("save-customer");
    app.wait_for("the refusal beside Save", || {
        app.try_find("form-error").is_some()
    });
    let refused = app.text_of("form-error");
    assert!(
        refused.contains("Kindly cannot reach the team notebook just now, so this was not saved"),
        "{refused}"
    );
    assert_eq!(app.value_of("field-best_time"), "weekday mornings", "kept");
    app.screenshot("team-away-2-save-refused");
    let mut findings = Vec::new();
    for theme in ["light", "dark"] {
        paint_theme(&app, theme);
        let banner = app.find("away-banner");
        app.run_with("arguments[0].scrollIntoView({block: 'start'})", &banner);
        app.screenshot(&format!("team-away-3-banner-{theme}"));
        findings.push(audit_within(
            &app,
            &format!("away banner {theme}"),
            "document.querySelector('[data-testid=away-banner]')",
        ));
    }
    paint_theme(&app, "light");
    assert_clean(&findings);

    drop(stopped);
    app.wait_for("the banner to go by itself", || {
        app.try_find("away-banner").is_none()
    });
    ben.wait_for("the banner to go at Ben's desk too", || {
        ben.try_find("away-banner").is_none()
    });
    drop(ben);
    // The same Save, now the server is back.
    assert_eq!(app.value_of("field-best_time"), "weekday mornings");
    app.click("save-customer");
    app.find("profile-name");
    let saved = team
        .open()
        .customer(&rosie.id)
        .expect("Rosie on the server");
    assert_eq!(saved.best_time, "weekday mornings");
    drop(app);

    // Started while the server is away: the window opens on the copy at
    // once, with the banner, and lookup answers.
    let stopped = Stopped::stop();
    let app = notebook.launch();
    app.wait_for("the away banner at start", || {
        app.try_find("away-banner").is_some()
    });
    assert_eq!(
        app.text_of("signed-in-as"),
        "Signed in as Ana Lima · team notebook",
        "as when the copy was taken"
    );
    app.lookup("Rosie");
    app.wait_for("Rosie from the copy", || {
        app.find_all("lookup-result").len() == 1
    });
    app.screenshot("team-away-4-started-on-the-copy");
    drop(stopped);
    app.wait_for("the banner to go once the server answers", || {
        app.try_find("away-banner").is_none()
    });
}
