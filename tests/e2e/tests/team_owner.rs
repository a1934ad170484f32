//! The team notebook owner's tools in Settings → Team, in the real window,
//! against the throwaway PostgreSQL server of `scripts/with-postgres.sh`:
//! the owner (the server's own login, whose name on the team is its login)
//! joins, adds Cleo Diaz and sees her password once, which then opens the
//! team notebook; sees their own computer among who is signed in; removes
//! Cleo, who can then no longer sign in; moves this computer's sample
//! notebook up (36 customers, as the preview and the question said); and
//! downloads a complete copy that opens with the same 36. axe finds nothing
//! serious on the section or the password panel, light or dark.

use kindly_core::Welcome;
use kindly_e2e::axe::{assert_clean, audit, paint_theme};
use kindly_e2e::team::TeamNotebook;
use kindly_e2e::{chosen_folder, Notebook};

/// The owner's login and password, from the fixture's owner address
/// (`postgres://LOGIN:PASSWORD@host:port/database`).
fn owner_sign_in(team: &TeamNotebook) -> (String, String) {
    let rest = team
        .owner_url
        .split_once("://")
        .map(|(_, rest)| rest)
        .expect("a URL");
    let (credentials, _) = rest.rsplit_once('@').expect("credentials in the URL");
    let (login, password) = credentials.split_once(':').expect("a password");
    (login.to_owned(), password.to_owned())
}

/// The team notebook signed in to as `login` with `password`.
fn sign_in_as(
    team: &TeamNotebook,
    login: &str,
    password: &str,
) -> kindly_core::Result<kindly_core::Notebook> {
    kindly_core::Notebook::open_team(&format!(
        "postgres://{login}:{password}@{}/{}",
        team.server, team.database
    ))
}

/// This computer's own notebook, welcomed with the sample (36 customers).
fn laptop_with_the_sample() -> Notebook {
    let notebook = Notebook::new();
    let mut nb = kindly_core::Notebook::open_in_dir(notebook.path()).expect("notebook");
    nb.welcome(&Welcome {
        phone_region: "GB".into(),
        at_desk: String::new(),
        sample: true,
    })
    .expect("the sample");
    assert_eq!(nb.info().expect("info").customer_count, 36);
    notebook
}

#[test]
fn the_owner_adds_and_removes_a_person_sees_who_is_signed_in_moves_the_laptop_up_and_copies_out() {
    let team = TeamNotebook::with_staff("Ana Lima");
    let (owner, owner_password) = owner_sign_in(&team);
    let notebook = laptop_with_the_sample();
    let app = notebook.launch();
    app.join_team(&team.server, &team.database, &owner, &owner_password);
    assert_eq!(
        app.text_of("signed-in-as"),
        format!("Signed in as {owner} · team notebook"),
        "the owner's name on the team is their login"
    );

    app.click("nav-settings");
    let section = app.find("team-owner");
    app.run_with("arguments[0].scrollIntoView({block: 'start'})", &section);
    app.wait_for("the logins", || app.try_find("team-login-row").is_some());
    assert!(app.text_of("team-login-row").contains("Ana Lima"));

    // Add Cleo: her password, once.
    app.click("team-add");
    app.replace("team-add-name", "Cleo Diaz");
    app.click("team-add-save");
    let panel = app.find("team-hand-over");
    let login = app.text_of("team-hand-over-login");
    let password = app.text_of("team-hand-over-password");
    // Role names are the server's: other tests on it may have had a Cleo.
    assert!(
        login == "cleo_diaz" || login.starts_with("cleo_diaz_"),
        "{login}"
    );
    assert!(password.len() >= 20, "{password}");
    let link = app.text_of("team-hand-over-link");
    assert!(link.starts_with("kindly://join?"), "{link}");
    assert!(
        link.contains(&format!("login={login}")) && !link.contains(&password),
        "{link}"
    );
    app.run_with("arguments[0].scrollIntoView({block: 'center'})", &panel);
    for theme in ["light", "dark"] {
        paint_theme(&app, theme);
        app.screenshot(&format!("team-owner-password-{theme}"));
        assert_clean(&[audit(&app, &format!("owner password panel {theme}"))]);
    }
    paint_theme(&app, "light");
    let cleo = sign_in_as(&team, &login, &password).expect("Cleo signs in with that password");
    assert_eq!(
        cleo.signed_in()
            .expect("who")
            .expect("someone")
            .display_name,
        "Cleo Diaz"
    );
    drop(cleo);
    app.click("team-hand-over-done");
    app.wait_for("the panel to close", || {
        app.try_find("team-hand-over").is_none()
    });
    let page = app.run("return document.body.innerText");
    assert!(
        !page.as_str().unwrap_or_default().contains(&password),
        "the password is gone from the window"
    );

    // Signed in now: this computer, by its name.
    app.click("team-signed-in-refresh");
    app.wait_for("this computer among who is signed in", || {
        app.texts("team-presence")
            .iter()
            .any(|t| t.contains(&owner) && t.contains("Kindly on "))
    });

    // Remove Cleo: she can no longer sign in.
    let rows = app.find_all("team-login-row");
    let cleo_row = rows
        .iter()
        .find(|r| app.attr(r, "data-login").as_deref() == Some(login.as_str()))
        .expect("Cleo's row");
    let remove = app.run_with(
        "arguments[0].querySelector('[data-testid=team-login-remove]').click(); return true",
        cleo_row,
    );
    assert_eq!(remove, true);
    let question = app.find("team-remove-confirm");
    let asked = app.run("return document.querySelector('[role=alertdialog]').innerText");
    assert!(
        asked
            .as_str()
            .unwrap_or_default()
            .contains("no longer be able to sign in"),
        "{asked}"
    );
    drop(question);
    app.click("team-remove-confirm");
    app.wait_for("Cleo removed", || {
        app.try_find("team-logins-said")
            .is_some_and(|e| app.text(&e).contains("Cleo Diaz can no longer sign in"))
    });
    assert!(
        sign_in_as(&team, &login, &password).is_err(),
        "a removed login cannot sign in"
    );

    // Screenshots of the whole section, light and dark, and axe on it.
    let section = app.find("team-owner");
    app.run_with("arguments[0].scrollIntoView({block: 'start'})", &section);
    let mut findings = Vec::new();
    for theme in ["light", "dark"] {
        paint_theme(&app, theme);
        app.screenshot(&format!("team-owner-section-{theme}"));
        findings.push(audit(&app, &format!("owner section {theme}")));
    }
    paint_theme(&app, "light");
    assert_clean(&findings);

    // Move this computer's notebook up: the preview, the question, the move.
    app.click("team-move-up-look");
    app.wait_for("the preview", || {
        app.try_find("team-move-up-preview").is_some()
    });
    assert!(
        app.text_of("team-move-up-preview").contains("36 customers"),
        "{}",
        app.text_of("team-move-up-preview")
    );
    app.click("team-move-up-go");
    app.find("team-move-up-dialog");
    assert!(app.text_of("team-move-up-dialog").contains("36 customers"));
    app.screenshot("team-owner-move-up-question");
    app.click("team-move-up-confirm");
    app.wait_for("the move", || app.try_find("team-move-up-done").is_some());
    assert!(app.text_of("team-move-up-done").contains("36 customers"));
    assert_eq!(
        team.open().info().expect("info").customer_count,
        36,
        "the team notebook holds the sample"
    );
    // A second move is refused in plain words.
    let again = kindly_core::move_into_preview(
        &kindly_core::Notebook::open(&notebook.file()).expect("this computer's notebook"),
        &team.open(),
    );
    assert!(matches!(
        again,
        Err(kindly_core::Error::TeamNotebookNotEmpty)
    ));

    // A complete copy, in a folder of the owner's choosing.
    let folder = chosen_folder();
    std::fs::create_dir_all(&folder).expect("the folder");
    app.click("team-copy-choose");
    app.wait_for("the copy", || app.try_find("team-copy-done").is_some());
    let said = app.text_of("team-copy-done");
    let (_, after) = said.split_once(" to ").expect("where it went");
    let path = std::path::PathBuf::from(after.trim_end_matches('.'));
    assert!(path.starts_with(&folder), "{said}");
    assert!(
        path.file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with("Kindly team copy ") && n.ends_with(".sqlite")),
        "{said}"
    );
    let copy = kindly_core::Notebook::open(&path).expect("the copy opens");
    assert_eq!(copy.info().expect("info").customer_count, 36);
    drop(copy);
    app.screenshot("team-owner-copied");
    for leftover in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{leftover}", path.display()));
    }
}
