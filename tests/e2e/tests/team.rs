//! Joining a team notebook in the real window, against the throwaway
//! PostgreSQL server of `scripts/with-postgres.sh`: wrong details are
//! refused in plain words beside the field they concern and nothing is
//! written on this computer; the right ones open the team notebook with
//! the person in the header, what they add is on the server, and the next
//! start signs them in again from the keychain. Leaving opens this
//! computer's own notebook as it was.

use kindly_e2e::team::{new_database, TeamNotebook};
use kindly_e2e::{App, Notebook};

/// Whether anything of a team notebook was noted on this computer.
fn joined(notebook: &Notebook) -> bool {
    notebook.path().join("team.json").exists()
}

/// Waits for the message beside `field` and returns it.
fn message_beside(app: &App, field: &str) -> String {
    let testid = format!("error-{field}");
    app.wait_for(&format!("a message beside {field}"), || {
        app.try_find(&testid).is_some()
    });
    app.text_of(&testid)
}

#[test]
fn wrong_details_are_refused_beside_their_field_and_nothing_is_written() {
    let team = TeamNotebook::with_staff("Ana Lima");
    let plain = new_database("not_kindly");
    let notebook = Notebook::new();
    let app = notebook.launch_new();
    app.find("welcome-join-team");
    app.screenshot("team-1-welcome-choice");
    app.click("welcome-join-team");
    app.find("team-join-form");
    assert_eq!(app.value_of("team-database"), "kindly", "the usual name");

    let login = &team.staff.login;
    app.fill_join_form(&team.server, &team.database, login, "not-the-password");
    let said = message_beside(&app, "password");
    assert!(said.contains("wrong name or password"), "{said}");
    app.screenshot("team-2-wrong-password");
    assert!(!joined(&notebook), "no team.json after a refused sign-in");

    // Nothing listens on port 1 of this computer.
    app.fill_join_form("127.0.0.1:1", &team.database, login, &team.staff.password);
    let said = message_beside(&app, "server");
    assert!(said.contains("cannot reach"), "{said}");

    app.fill_join_form(&team.server, &plain, login, &team.staff.password);
    let said = message_beside(&app, "database");
    assert!(said.contains("is not a Kindly team notebook"), "{said}");
    app.screenshot("team-3-not-kindly");

    app.fill_join_form("shop server", &team.database, login, "x");
    let said = message_beside(&app, "server");
    assert!(said.contains("no spaces"), "{said}");
    assert!(!joined(&notebook), "still nothing written");
    drop(app);

    // This computer's own notebook opens as before: still to be welcomed.
    let app = notebook.launch_new();
    app.find("welcome-join-team");
}

#[test]
fn a_person_joins_works_on_the_team_notebook_and_is_signed_in_again_after_a_restart() {
    let team = TeamNotebook::with_staff("Ana Lima");
    let notebook = Notebook::new();
    let app = notebook.launch();
    app.add_customer("Laptop Lou", "");

    app.join_team(
        &team.server,
        &team.database,
        &team.staff.login,
        &team.staff.password,
    );
    assert_eq!(
        app.text_of("signed-in-as"),
        "Signed in as Ana Lima · team notebook"
    );
    assert!(
        app.try_find("at-desk").is_none(),
        "no picker on a team notebook"
    );
    app.screenshot("team-4-header");
    let noted = std::fs::read_to_string(notebook.path().join("team.json")).expect("team.json");
    assert!(noted.contains(&team.staff.login));
    assert!(!noted.contains(&team.staff.password), "never the password");

    app.add_customer("Rosa Team", "020 7946 0123");
    let owner = team.open();
    let found = owner.search("Rosa Team", 5).expect("a search");
    assert_eq!(found.len(), 1, "the customer is on the server");
    let changes = owner.customer_changes(&found[0].id, 5).expect("changes");
    assert_eq!(
        changes[0].changed_by, "Ana Lima",
        "named as the team knows her (the login's name on the staff list)"
    );
    assert_eq!(changes[0].at_desk, "Ana Lima");
    assert!(
        owner.search("Laptop Lou", 5).expect("a search").is_empty(),
        "this computer's own customers stay here"
    );

    app.click("nav-settings");
    app.wait_for("Settings → Team to say who is signed in", || {
        app.try_find("team-signed-in")
            .is_some_and(|e| app.text(&e).contains("Ana Lima"))
    });
    let team_part = app.find("settings-team");
    app.run_with("arguments[0].scrollIntoView({block: 'start'})", &team_part);
    app.screenshot("team-5-settings-joined");
    drop(app);

    // Remembered in the keychain: signed in again without asking.
    let app = notebook.launch();
    assert_eq!(
        app.text_of("signed-in-as"),
        "Signed in as Ana Lima · team notebook"
    );
    app.lookup("Rosa");
    app.wait_for("Rosa from the server", || {
        app.find_all("lookup-result").len() == 1
    });
    assert!(app.text_of("lookup-result").contains("Rosa Team"));

    app.click("nav-settings");
    app.click("team-leave");
    app.click("team-leave-confirm");
    app.wait_for("this computer's own notebook", || {
        app.try_find("at-desk").is_some() && app.try_find("signed-in-as").is_none()
    });
    assert!(!joined(&notebook), "team.json forgotten");
    app.lookup("Lou");
    app.wait_for("Lou from this computer", || {
        app.find_all("lookup-result").len() == 1
    });
    assert!(app.text_of("lookup-result").contains("Laptop Lou"));
}

#[test]
fn a_join_link_fills_the_form_and_its_password_is_ignored() {
    // At start, on a new computer: the welcome's join form, filled in.
    let notebook = Notebook::new();
    let app = App::launch_binary(
        &std::env::var("KINDLY_E2E_APP").expect("run.sh sets it"),
        notebook.path(),
        &["kindly://join?server=shop-server:5433&database=shop&login=ana_lima"],
        "welcome-team",
    );
    assert_eq!(app.value_of("team-server"), "shop-server:5433");
    assert_eq!(app.value_of("team-database"), "shop");
    assert_eq!(app.value_of("team-login"), "ana_lima");
    assert!(app.try_find("team-link-notice").is_none());
    drop(app);

    // While Kindly runs: Settings → Team, without the link's password.
    let app = Notebook::new();
    let running = app.launch();
    let status = app.start_again(&["kindly://join?server=10.0.0.2&login=ben&password=hunter2"]);
    assert!(status.success(), "the second start hands over: {status}");
    running.wait_for("the join form, filled in", || {
        running.try_find("team-server").is_some() && running.value_of("team-server") == "10.0.0.2"
    });
    assert_eq!(running.value_of("team-login"), "ben");
    assert_eq!(running.value_of("team-database"), "kindly");
    assert_eq!(running.value_of("team-password"), "", "never the link's");
    assert!(running.text_of("team-link-notice").contains("ignored"));
    running.screenshot("team-7-join-link");
    assert!(!joined(&app), "a link writes nothing");
}
