//! The team notebook owner's tools as the window uses them: through the
//! team notebook it is signed in to (no password kept for them), on a real
//! PostgreSQL server (`KINDLY_TEST_POSTGRES`; never skipped). Adding and
//! removing a login, who is signed in on which computer (named by
//! `TeamAddress::url_on`), and moving a notebook file up into it.

mod common;

use common::{new_login, new_team_notebook, wait_until_signed_out};
use kindly_core::*;

/// The team notebook at `url` (the administrator's), signed in the way
/// the window signs in: through a [`TeamAddress`], its computer named.
fn window_on(url: &str, computer: &str) -> Notebook {
    let rest = url.split_once("://").unwrap().1;
    let (credentials, place) = rest.rsplit_once('@').unwrap();
    let (login, password) = credentials.split_once(':').unwrap();
    let (server, database) = place.split_once('/').unwrap();
    let address = TeamAddress::new(server, database, login).unwrap();
    Notebook::open_team(&address.url_on(password, computer).unwrap()).unwrap()
}

fn field(err: Error) -> String {
    match err {
        Error::Invalid { field, .. } => field,
        other => panic!("not a field error: {other:?}"),
    }
}

#[test]
fn the_owners_window_adds_a_login_that_signs_in_and_removes_it_so_it_cannot() {
    let url = new_team_notebook();
    let owner = window_on(&url, "office");
    assert!(owner.signed_in().unwrap().unwrap().owner);

    let cleo = owner.add_team_login("  Cleo Diaz ").unwrap();
    assert_eq!(cleo.display_name, "Cleo Diaz");
    let as_cleo = common::signed_in_as(&url, &cleo.login, &cleo.password);
    let desk = Notebook::open_team(&as_cleo).expect("Cleo signs in with the password shown");
    assert!(!desk.signed_in().unwrap().unwrap().owner);
    let err = desk.add_team_login("Dan Eng").expect_err("not the owner");
    assert_eq!(field(err), "url", "refused by the server's rule");
    drop(desk);

    let listed = owner.team_logins().unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].login, cleo.login);
    assert_eq!(listed[0].removed_at, None);

    for bad in ["", "Cleo\nDiaz", &"a".repeat(MAX_DISPLAY_NAME + 1)] {
        assert_eq!(field(owner.add_team_login(bad).expect_err(bad)), "name");
    }

    let removed = owner
        .remove_team_login(&cleo.login)
        .unwrap()
        .expect("removed");
    assert!(removed.removed_at.is_some());
    assert!(
        Notebook::open_team(&as_cleo).is_err(),
        "Cleo can no longer sign in"
    );
    assert_eq!(
        owner.remove_team_login(&cleo.login).unwrap(),
        None,
        "nothing left"
    );
}

#[test]
fn who_is_signed_in_names_each_computer_the_owners_window_included() {
    let url = new_team_notebook();
    let owner = window_on(&url, "office");
    let ana_url = new_login(&url, "Ana Lima");
    let ana_address = {
        let rest = ana_url.split_once("://").unwrap().1;
        let (credentials, place) = rest.rsplit_once('@').unwrap();
        let (login, password) = credentials.split_once(':').unwrap();
        let (server, database) = place.split_once('/').unwrap();
        (
            TeamAddress::new(server, database, login).unwrap(),
            password.to_owned(),
        )
    };
    let ana = Notebook::open_team(
        &ana_address
            .0
            .url_on(&ana_address.1, "front\ndesk \u{1F600}")
            .unwrap(),
    )
    .unwrap();

    let seen: Vec<(String, String)> = owner
        .who_is_signed_in()
        .unwrap()
        .into_iter()
        .map(|p| (p.display_name, p.computer))
        .collect();
    let owner_login = owner.signed_in().unwrap().unwrap().login;
    assert!(
        seen.contains(&("Ana Lima".to_owned(), "Kindly on front desk".to_owned())),
        "{seen:?}"
    );
    assert!(
        seen.contains(&(owner_login, "Kindly on office".to_owned())),
        "the owner's own window: {seen:?}"
    );
    drop(ana);
    wait_until_signed_out(&url, &ana_url);
    let seen = owner.who_is_signed_in().unwrap();
    assert!(
        seen.iter().all(|p| p.display_name != "Ana Lima"),
        "{seen:?}"
    );
}

#[test]
fn a_notebook_file_moves_up_into_the_owners_open_team_notebook_once() {
    let folder = tempfile::tempdir().unwrap();
    let mut laptop = Notebook::open_in_dir(folder.path()).unwrap();
    laptop
        .welcome(&Welcome {
            phone_region: "GB".into(),
            at_desk: String::new(),
            sample: true,
        })
        .unwrap();
    let url = new_team_notebook();
    let mut team = window_on(&url, "office");

    let preview = move_into_preview(&laptop, &team).unwrap();
    assert_eq!(preview.customers, 36);
    assert_eq!(
        team.info().unwrap().customer_count,
        0,
        "a preview writes nothing"
    );
    let moved = move_into(&laptop, &mut team).unwrap();
    assert_eq!(moved, preview, "the move is what the preview said");
    assert_eq!(team.info().unwrap().customer_count, 36);
    assert_eq!(
        laptop.info().unwrap().customer_count,
        36,
        "the file stays as it was"
    );

    assert!(matches!(
        move_into_preview(&laptop, &team),
        Err(Error::TeamNotebookNotEmpty)
    ));
    assert!(matches!(
        move_into(&laptop, &mut team),
        Err(Error::TeamNotebookNotEmpty)
    ));
    let mut other_file = Notebook::open_in_memory().unwrap();
    assert_eq!(
        field(move_into(&laptop, &mut other_file).expect_err("a file is no team notebook")),
        "database"
    );
}
