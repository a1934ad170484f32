//! `kindly team …`: the built program against a real PostgreSQL server
//! (`scripts/with-postgres.sh cargo test -p kindly-cli`). Never skipped:
//! without `KINDLY_TEST_POSTGRES` these fail, saying so.

#![allow(
    clippy::disallowed_types,
    reason = "checks from outside, as a staff member's Kindly and the server's administrator would, what the commands did on the server"
)]

mod common;

use postgres::{Client, NoTls};

fn admin_url() -> String {
    std::env::var("KINDLY_TEST_POSTGRES").unwrap_or_else(|_| {
        panic!(
            "KINDLY_TEST_POSTGRES is not set: run these with \
             `scripts/with-postgres.sh cargo test -p kindly-cli`."
        )
    })
}

/// The test server's URL for `database`, as its administrator or as
/// `login` with `password`.
fn url_for(database: &str, login: Option<(&str, &str)>) -> String {
    let admin = admin_url();
    let (_, rest) = admin.split_once("://").unwrap();
    let (authority, _) = rest.split_once('/').unwrap();
    let (user, server) = authority.rsplit_once('@').unwrap();
    let user = login.map_or(user.to_owned(), |(n, p)| format!("{n}:{p}"));
    format!("postgres://{user}@{server}/{database}")
}

/// A new empty database on the test server: its name.
fn fresh_database() -> String {
    let name = format!("kindly_cli_{}", uuid::Uuid::now_v7().simple());
    Client::connect(&admin_url(), NoTls)
        .unwrap()
        .batch_execute(&format!("CREATE DATABASE \"{name}\""))
        .unwrap();
    name
}

fn connect(url: &str) -> Result<Client, postgres::Error> {
    Client::connect(url, NoTls)
}

/// Runs the built `kindly-cli` with `args`, the address in
/// `KINDLY_DATABASE`: exit code, stdout, stderr.
fn kindly(url: &str, args: &[&str]) -> (i32, String, String) {
    let output = common::kindly_cli()
        .args(args)
        .env("KINDLY_DATABASE", url)
        .output()
        .unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

/// `add-staff NAME`: the login and the password it printed.
fn add_staff(url: &str, name: &str) -> (String, String) {
    let (code, out, err) = kindly(url, &["team", "add-staff", name]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Kindly will not show it again."), "{out}");
    let login = out
        .split(" can now sign in to the team notebook as ")
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .unwrap()
        .to_owned();
    let password = out.lines().nth(2).unwrap().trim().to_owned();
    (login, password)
}

/// Adds a customer as `client`'s login: who the row says changed it.
fn add_customer(client: &mut Client, name: &str) -> Result<String, postgres::Error> {
    let row = client.query_one(
        "INSERT INTO customers(id, full_name, created_at, updated_at)
         VALUES (gen_random_uuid()::text, $1, 0, 0) RETURNING changed_by",
        &[&name],
    )?;
    Ok(row.get(0))
}

fn tables(database: &str) -> Vec<String> {
    connect(&url_for(database, None))
        .unwrap()
        .query(
            "SELECT relname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE nspname = 'public' ORDER BY 1",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect()
}

#[test]
fn init_twice_then_a_login_writes_under_its_name_until_it_is_removed() {
    let db = fresh_database();
    let owner = url_for(&db, None);
    let (code, out, err) = kindly(&owner, &["team", "init"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("ready"), "{out}");
    let made = tables(&db);
    assert!(made.contains(&"staff_logins".to_owned()), "{made:?}");
    let (code, _, err) = kindly(&owner, &["team", "init"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(tables(&db), made, "the second init changed nothing");

    let name = format!(
        "Ana Lima {}",
        &uuid::Uuid::now_v7().simple().to_string()[20..]
    );
    let (login, password) = add_staff(&owner, &name);
    assert!(login.starts_with("ana_lima_"), "{login}");
    let mut ana = connect(&url_for(&db, Some((&login, &password)))).unwrap();
    assert_eq!(add_customer(&mut ana, "Rosalind Park").unwrap(), login);
    assert!(
        ana.batch_execute("CREATE TABLE mine (x integer)").is_err(),
        "no DDL"
    );

    let (code, out, _) = kindly(&owner, &["team", "staff"]);
    assert_eq!(code, 0);
    assert!(
        out.contains(&format!("{name}\t{login}\tadded ")) && out.contains("can sign in"),
        "{out}"
    );
    assert!(!out.contains(&password), "the password is shown once only");

    let (code, out, err) = kindly(&owner, &["team", "remove-staff", &name]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("can no longer sign in"), "{out}");
    assert!(connect(&url_for(&db, Some((&login, &password)))).is_err());
    let mut admin = connect(&owner).unwrap();
    let by: String = admin
        .query_one(
            "SELECT changed_by FROM customers WHERE full_name = 'Rosalind Park'",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(by, login, "what Ana wrote stays, with her name");
    let (_, out, _) = kindly(&owner, &["team", "staff"]);
    assert!(out.contains("\tremoved "), "{out}");

    let (code, out, _) = kindly(&owner, &["team", "remove-staff", &name]);
    assert_eq!(code, 1, "nobody has that login any more");
    assert!(out.contains("Nobody called"), "{out}");
}

#[test]
fn a_hostile_name_gives_a_safe_login_and_runs_nothing() {
    let db = fresh_database();
    let owner = url_for(&db, None);
    assert_eq!(kindly(&owner, &["team", "init"]).0, 0);
    let tail = &uuid::Uuid::now_v7().simple().to_string()[20..];
    for name in [
        format!("Robert'); DROP TABLE customers;-- {tail}"),
        format!("Zoë \"Quote\" O'Brien $$ {tail}"),
        format!("李小龍 {tail}"),
    ] {
        let (login, password) = add_staff(&owner, &name);
        assert!(
            login
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
            "{login}"
        );
        let mut them = connect(&url_for(&db, Some((&login, &password)))).unwrap();
        assert_eq!(add_customer(&mut them, &name).unwrap(), login);
        let (code, _, err) = kindly(&owner, &["team", "remove-staff", &name]);
        assert_eq!(code, 0, "{err}");
    }
    assert!(tables(&db).contains(&"customers".to_owned()));
    let (_, out, _) = kindly(&owner, &["team", "staff"]);
    assert!(
        out.contains(&format!("Robert'); DROP TABLE customers;-- {tail}\t")),
        "{out}"
    );
}

#[test]
fn a_login_that_is_not_the_owner_is_told_plainly_and_changes_nothing() {
    let db = fresh_database();
    let owner = url_for(&db, None);
    assert_eq!(kindly(&owner, &["team", "init"]).0, 0);
    let name = format!(
        "Sam Okafor {}",
        &uuid::Uuid::now_v7().simple().to_string()[20..]
    );
    let (login, password) = add_staff(&owner, &name);
    let staff_url = url_for(&db, Some((&login, &password)));

    let (code, out, err) = kindly(&staff_url, &["team", "add-staff", "Mallory"]);
    assert_eq!(code, 2);
    assert!(out.is_empty(), "{out}");
    assert!(
        err.contains("owner's login") && err.contains("CREATEROLE"),
        "{err}"
    );
    assert!(!err.contains(&password), "{err}");
    let (code, _, err) = kindly(&staff_url, &["team", "remove-staff", &name]);
    assert_eq!(code, 2, "{err}");
    let (_, out, _) = kindly(&owner, &["team", "staff"]);
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(out.contains("can sign in"), "{out}");
}

#[test]
fn without_an_address_or_with_a_wrong_password_it_says_what_to_do() {
    let output = common::kindly_cli()
        .args(["team", "staff"])
        .env_remove("KINDLY_DATABASE")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--database"));

    let db = fresh_database();
    let url = url_for(&db, Some(("nobody_here", "s3cret-pw")));
    let (code, _, err) = kindly(&url, &["team", "init"]);
    assert_eq!(code, 2);
    assert!(err.contains("wrong name or password"), "{err}");
    assert!(!err.contains("s3cret-pw"), "{err}");
}

#[test]
fn every_command_works_on_the_team_notebook_with_a_staff_login() {
    let db = fresh_database();
    let owner = url_for(&db, None);
    assert_eq!(kindly(&owner, &["team", "init"]).0, 0);
    let (login, password) = add_staff(&owner, "Ben Okafor");
    let ben = url_for(&db, Some((&login, &password)));
    let dir = tempfile::tempdir().unwrap();
    let cards = dir.path().join("contacts.vcf");
    std::fs::write(
        &cards,
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Rosalind Park\r\nTEL:+44 7700 900123\r\n\
         EMAIL:rosalind@example.com\r\nEND:VCARD\r\n",
    )
    .unwrap();

    let (code, out, err) = kindly(&ben, &["import", cards.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Rosalind Park"), "{out}");
    let (code, out, err) = kindly(&ben, &["lookup", "rosal"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Rosalind Park"), "{out}");
    let (code, out, err) = kindly(&ben, &["lookup", "900123"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Rosalind Park"), "{out}");
    let (code, out, _) = kindly(&ben, &["lookup", "nobody-like-this"]);
    assert_eq!(code, 1, "{out}");
    let (code, out, err) = kindly(&ben, &["export", "--format", "vcard"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("FN:Rosalind Park"), "{out}");

    let mut admin = connect(&owner).unwrap();
    let by: String = admin
        .query_one(
            "SELECT changed_by FROM customers WHERE full_name = 'Rosalind Park'",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(by, login, "the import is recorded under Ben's login");

    let (code, _, err) = kindly(&ben, &["backup"]);
    assert_eq!(code, 2);
    assert!(err.contains("notebook kept on this computer"), "{err}");
    assert!(!err.contains(&password), "{err}");
    let (server, _) = ben.rsplit_once('@').unwrap().1.split_once(':').unwrap();
    assert!(
        !std::path::Path::new(server).exists(),
        "nothing was made on this computer for a backup it refused"
    );
}

/// Runs the built `kindly-cli` with `args` and only the variables `vars`
/// of Kindly's own: exit code, stdout, stderr.
fn kindly_with(vars: &[(&str, &str)], args: &[&str]) -> (i32, String, String) {
    let mut command = common::kindly_cli();
    command
        .args(args)
        .env_remove("KINDLY_DATABASE")
        .env_remove("KINDLY_PASSPHRASE")
        .env_remove("KINDLY_DATA_DIR");
    for (name, value) in vars {
        command.env(name, value);
    }
    let output = command.output().unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn a_protected_notebook_file_moves_in_once_and_any_login_copies_it_out() {
    let db = fresh_database();
    let owner = url_for(&db, None);
    assert_eq!(kindly(&owner, &["team", "init"]).0, 0);
    let dir = tempfile::tempdir().unwrap();
    let laptop = dir.path().join("laptop.sqlite");
    {
        let mut nb = kindly_core::Notebook::open(&laptop).unwrap();
        nb.welcome(&kindly_core::Welcome {
            phone_region: "GB".into(),
            at_desk: "Sam Ortiz".into(),
            sample: true,
        })
        .unwrap();
        nb.protect("correct horse battery staple").unwrap();
    }
    let file = laptop.to_str().unwrap();
    let database = [("KINDLY_DATABASE", owner.as_str())];

    let (code, _, err) = kindly_with(&database, &["team", "move-in", file]);
    assert_eq!(code, 2);
    assert!(err.contains("KINDLY_PASSPHRASE"), "{err}");
    let unlocked = [
        ("KINDLY_DATABASE", owner.as_str()),
        ("KINDLY_PASSPHRASE", "correct horse battery staple"),
    ];
    let (code, out, err) = kindly_with(&unlocked, &["team", "move-in", file]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("into the team notebook: 36 customers")
            && out.contains("4 people on the staff list"),
        "{out}"
    );
    let (code, out, err) = kindly_with(&unlocked, &["team", "move-in", file]);
    assert_eq!((code, out.as_str()), (2, ""), "{err}");
    assert!(err.contains("already holds"), "{err}");
    let nowhere = dir.path().join("nowhere.sqlite");
    let (code, _, err) = kindly_with(&database, &["team", "move-in", nowhere.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(err.contains("no notebook file"), "{err}");
    assert!(!nowhere.exists(), "no notebook was made there");

    let (code, out, err) = kindly(&owner, &["lookup", "Aggie"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Agnès Dubois"), "{out}");

    // A staff login copies it out, into a folder of its own for a lookup.
    let (login, password) = add_staff(&owner, "Ben Okafor");
    let ben = url_for(&db, Some((&login, &password)));
    let (code, _, err) = kindly_with(
        &[("KINDLY_DATABASE", ben.as_str()), unlocked[1]],
        &["team", "move-in", file],
    );
    assert_eq!(code, 2);
    assert!(err.contains("owner's login"), "{err}");
    let copy_dir = dir.path().join("copy");
    std::fs::create_dir(&copy_dir).unwrap();
    let copy = copy_dir.join("notebook.sqlite");
    let copy = copy.to_str().unwrap();
    let (code, out, err) = kindly(&ben, &["team", "copy-out", copy]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("36 customers"), "{out}");
    let (code, _, err) = kindly(&ben, &["team", "copy-out", copy]);
    assert_eq!(code, 2);
    assert!(err.contains("already exists"), "{err}");

    let (code, out, err) = kindly_with(
        &[],
        &["lookup", "--data-dir", copy_dir.to_str().unwrap(), "Aggie"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Agnès Dubois"), "{out}");
}
