//! The team's logins on the server (`kindly team add-staff`, `remove-staff`,
//! `staff`): one PostgreSQL role per person, a member of the staff role
//! (migrations.rs), listed in `staff_logins` with the person's name. Run
//! with the owner's login, which may create roles.
//!
//! Role names cannot be bound as parameters: every statement naming one is
//! built by the server (`format('… %I …')`) from bound values, never by
//! putting text together here. The password never reaches the server: it
//! gets a SCRAM-SHA-256 verifier, made here (what libpq's `\password` does).

use kindly_words::{args, say_with};
use postgres::error::SqlState;
use postgres::{Client, GenericClient};

use crate::error::{Error, Result};
use crate::rules::model::Millis;
use crate::rules::team_model::{NewLogin, StaffLogin, TeamPresence};
use crate::store::postgres::address::Address;
use crate::store::postgres::migrations::{self, refusal, staff_role};
use crate::store::postgres::server::check_server;

/// Two `add-staff`/`remove-staff` runs on one team notebook wait for each
/// other, so two people named alike never get the same login. (Advisory
/// locks are per database: two notebooks on one server racing for one
/// name make the later `CREATE ROLE` fail, which is said as busy.)
const TEAM_LOCK: i64 = 0x4b69_6e64_6c7a;

/// How many `_2`, `_3`, … suffixes are tried before giving up.
const MOST_SUFFIXES: u32 = 999;

/// The password alphabet: Crockford's base 32 (no i, l, o, u), so it reads
/// aloud and copies by hand; 32 divides 256, so every letter is as likely.
const ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";

/// Now on the server's clock, in milliseconds.
const NOW: &str = "(extract(epoch FROM clock_timestamp()) * 1000)::bigint";

/// A new connection to the up-to-date team notebook at `address` (an open
/// notebook's own, for the owner's tools in the window).
fn connect_to(address: &Address) -> Result<Client> {
    let mut client = address.connect()?;
    check_server(&mut client)?;
    if let Some(refused) = refusal(migrations::found(&mut client)?, address) {
        return Err(refused);
    }
    Ok(client)
}

/// Refuses a login that may not create roles, before anything is written.
fn check_owner(client: &mut impl GenericClient) -> Result<()> {
    let row = client.query_one(
        "SELECT current_user::text, rolcreaterole OR rolsuper FROM pg_catalog.pg_roles
         WHERE rolname = current_user",
        &[],
    )?;
    if row.try_get(1)? {
        return Ok(());
    }
    let login: String = row.try_get(0)?;
    Err(not_owner(&login))
}

fn not_owner(login: &str) -> Error {
    Error::invalid(
        "url",
        say_with("validate-staff-needs-owner", &args! { "login" => login }),
    )
}

/// Makes a login for `display_name` (already checked), named after
/// `base` (from `login_base`), `base_2`, … whichever no role on the server
/// has yet: a member of the staff role, with a new password. Refused when
/// someone of that name already has a working login.
pub(crate) fn add_login(url: &str, display_name: &str, base: &str) -> Result<NewLogin> {
    add_login_at(&Address::parse(url)?, display_name, base)
}

/// [`add_login`] on the team notebook at `address`.
pub(crate) fn add_login_at(address: &Address, display_name: &str, base: &str) -> Result<NewLogin> {
    let mut client = connect_to(address)?;
    check_owner(&mut client)?;
    let role = staff_role(address.database())?;
    // Role names are the server's: another team notebook on it may take
    // the free name between our check and our CREATE ROLE (reported as
    // Busy, nothing kept). Then the next free name is tried.
    let mut attempt = 0;
    loop {
        match try_add_login(&mut client, &role, display_name, base) {
            Err(Error::Busy) if attempt < 4 => attempt += 1,
            done => return done,
        }
    }
}

/// One attempt of [`add_login`], in one transaction.
fn try_add_login(
    client: &mut Client,
    role: &str,
    display_name: &str,
    base: &str,
) -> Result<NewLogin> {
    let mut tx = client.transaction()?;
    tx.query_one("SELECT pg_advisory_xact_lock($1)", &[&TEAM_LOCK])?;
    if let Some(row) = tx.query_opt(
        "SELECT login FROM staff_logins WHERE display_name = $1 AND removed_at IS NULL",
        &[&display_name],
    )? {
        let login: String = row.try_get(0)?;
        return Err(Error::invalid(
            "name",
            say_with(
                "validate-already-has-login",
                &args! { "name" => display_name, "login" => login },
            ),
        ));
    }
    let login = free_login(&mut tx, base)?;
    let password = new_password()?;
    let verifier = postgres_protocol::password::scram_sha_256(password.as_bytes());
    let create: String = tx
        .query_one(
            "SELECT format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', $1::text, $2::text, $3::text)",
            &[&login, &verifier, &role],
        )?
        .try_get(0)?;
    tx.batch_execute(&create).map_err(on_role_change)?;
    tx.execute(
        &format!("INSERT INTO staff_logins(login, display_name, added_at) VALUES ($1, $2, {NOW})"),
        &[&login, &display_name],
    )?;
    tx.commit()?;
    Ok(NewLogin {
        login,
        display_name: display_name.to_owned(),
        password,
    })
}

/// `base`, or `base_N` for the smallest N from 2 that no role on the
/// server has (role names are shared by every database of a server).
fn free_login(client: &mut impl GenericClient, base: &str) -> Result<String> {
    let candidates =
        std::iter::once(base.to_owned()).chain((2..=MOST_SUFFIXES).map(|n| format!("{base}_{n}")));
    for login in candidates {
        let taken: bool = client
            .query_one(
                "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = $1)
                     OR EXISTS (SELECT 1 FROM staff_logins WHERE login = $1)",
                &[&login],
            )?
            .try_get(0)?;
        if !taken {
            return Ok(login);
        }
    }
    Err(Error::invalid(
        "name",
        say_with("validate-every-login-taken", &args! { "base" => base }),
    ))
}

/// A new password: 20 random letters and digits (100 bits), in groups of
/// five.
fn new_password() -> Result<String> {
    let mut bytes = [0u8; 20];
    openssl::rand::rand_bytes(&mut bytes)
        .map_err(|_| Error::storage("no random numbers could be had on this computer"))?;
    let mut password = String::with_capacity(24);
    for (i, b) in bytes.iter().enumerate() {
        if i > 0 && i % 5 == 0 {
            password.push('-');
        }
        password.push(char::from(ALPHABET[usize::from(b % 32)]));
    }
    Ok(password)
}

/// Takes away the login of the person called `who` (or of the login
/// `who`): it can no longer sign in nor use the notebook (its membership
/// of the staff role is revoked, which also stops a session still open).
/// What it wrote stays, its `changed_by` naming it; the role itself stays,
/// so that name is never given to anyone else. `None` (nothing changed)
/// when nobody of that name has a working login.
pub(crate) fn remove_login(url: &str, who: &str) -> Result<Option<StaffLogin>> {
    remove_login_at(&Address::parse(url)?, who)
}

/// [`remove_login`] on the team notebook at `address`.
pub(crate) fn remove_login_at(address: &Address, who: &str) -> Result<Option<StaffLogin>> {
    let mut client = connect_to(address)?;
    check_owner(&mut client)?;
    let role = staff_role(address.database())?;
    let mut tx = client.transaction()?;
    tx.query_one("SELECT pg_advisory_xact_lock($1)", &[&TEAM_LOCK])?;
    let Some(row) = tx.query_opt(
        "SELECT login FROM staff_logins
         WHERE removed_at IS NULL AND (display_name = $1 OR login = $1)
         ORDER BY display_name = $1 DESC LIMIT 1",
        &[&who],
    )?
    else {
        return Ok(None);
    };
    let login: String = row.try_get(0)?;
    let revoke: String = tx
        .query_one(
            "SELECT format('ALTER ROLE %I NOLOGIN; REVOKE %I FROM %I', $1::text, $2::text, $1::text)",
            &[&login, &role],
        )?
        .try_get(0)?;
    tx.batch_execute(&revoke).map_err(on_role_change)?;
    let row = tx.query_one(
        &format!(
            "UPDATE staff_logins SET removed_at = {NOW} WHERE login = $1
             RETURNING login, display_name, added_at, removed_at"
        ),
        &[&login],
    )?;
    let removed = staff_row(&row)?;
    tx.commit()?;
    Ok(Some(removed))
}

/// Every login ever made on the team notebook at `url`, oldest first.
pub(crate) fn logins(url: &str) -> Result<Vec<StaffLogin>> {
    logins_at(&Address::parse(url)?)
}

/// [`logins`] of the team notebook at `address`.
pub(crate) fn logins_at(address: &Address) -> Result<Vec<StaffLogin>> {
    let mut client = connect_to(address)?;
    client
        .query(
            "SELECT login, display_name, added_at, removed_at FROM staff_logins
             ORDER BY added_at, login",
            &[],
        )?
        .iter()
        .map(staff_row)
        .collect()
}

/// Who is signed in to the team notebook at `address` now, and on which
/// computer: every working login with a connection to this database
/// (`pg_stat_activity` shows every session's login, database and
/// application name to everyone; not the address, which needs the
/// server's monitoring rights), the login of `address` included (its other
/// connections: the one asking is not a computer signed in). A login
/// that is not a staff login (the owner's own) counts where a Kindly
/// window named its computer ("Kindly on …"), under its login as its
/// name; the command line's connections ("Kindly") do not.
pub(crate) fn who_is_signed_in_at(address: &Address) -> Result<Vec<TeamPresence>> {
    let mut client = connect_to(address)?;
    client
        .query(
            "SELECT DISTINCT a.usename::text AS login,
                    coalesce(l.display_name, a.usename::text) AS display_name,
                    a.application_name
             FROM pg_stat_activity a LEFT JOIN staff_logins l ON l.login = a.usename
             WHERE a.datname = current_database() AND a.pid <> pg_backend_pid()
               AND CASE WHEN l.login IS NOT NULL THEN l.removed_at IS NULL
                        ELSE a.application_name LIKE 'Kindly on %' END
             ORDER BY display_name, login, a.application_name",
            &[],
        )?
        .iter()
        .map(|row| {
            Ok(TeamPresence {
                login: row.try_get(0)?,
                display_name: row.try_get(1)?,
                computer: row.try_get::<_, Option<String>>(2)?.unwrap_or_default(),
            })
        })
        .collect()
}

fn staff_row(row: &postgres::Row) -> Result<StaffLogin> {
    Ok(StaffLogin {
        login: row.try_get(0)?,
        display_name: row.try_get(1)?,
        added_at: row.try_get::<_, Millis>(2)?,
        removed_at: row.try_get::<_, Option<Millis>>(3)?,
    })
}

/// A refused role statement, said plainly. Its text is never repeated (it
/// holds the password's verifier).
fn on_role_change(err: postgres::Error) -> Error {
    match err.code() {
        Some(c) if *c == SqlState::INSUFFICIENT_PRIVILEGE => not_owner("this login"),
        // Another team notebook on the server took the same login name
        // between our check and our CREATE ROLE (role names are the
        // server's); caught by the catalog's unique index when both ran at once.
        Some(c) if *c == SqlState::DUPLICATE_OBJECT || *c == SqlState::UNIQUE_VIOLATION => {
            Error::Busy
        }
        _ => Error::from(err),
    }
}

#[cfg(test)]
mod tests {
    use uuid::Uuid;

    use super::*;
    use crate::rules::model::CustomerInput;
    use crate::rules::team_model::login_base;
    use crate::rules::validate;
    use crate::store::postgres::server::PgStore;
    use crate::store::postgres::testing::{self, admin};
    use crate::store::{CustomerRows, NotebookRows};

    /// A made team notebook: its database's name and the owner's URL.
    fn team_notebook() -> (String, String) {
        let (name, url) = testing::fresh_database();
        PgStore::init(&url).unwrap();
        (name, url)
    }

    /// A name no other test on the shared server uses (logins are the
    /// server's, not the database's).
    fn someone(first: &str) -> String {
        format!("{first} {}", &Uuid::now_v7().simple().to_string()[20..])
    }

    fn add(url: &str, name: &str) -> NewLogin {
        add_login(url, name, &login_base(name)).unwrap()
    }

    /// Inserts a customer as `login`; its pk.
    fn write_as(database: &str, login: &NewLogin, full_name: &str) -> Result<i64> {
        let url = testing::url_for(database, Some((&login.login, &login.password)));
        let store = PgStore::open(&url)?;
        let mut tx = store.write()?;
        let input = CustomerInput {
            full_name: full_name.into(),
            ..Default::default()
        };
        let valid = validate::customer(&input, "GB").unwrap();
        let pk = tx.insert_customer(&Uuid::now_v7().to_string(), &valid, 1_795_338_000_000)?;
        tx.commit()?;
        Ok(pk)
    }

    fn changed_by(database: &str, pk: i64) -> String {
        admin(database)
            .query_one("SELECT changed_by FROM customers WHERE pk = $1", &[&pk])
            .unwrap()
            .get(0)
    }

    #[test]
    fn everyone_sees_who_is_signed_in_on_which_computer_until_they_sign_out() {
        let (db, url) = team_notebook();
        let (ana, ben) = (
            add(&url, &someone("Ana Lima")),
            add(&url, &someone("Ben Ortiz")),
        );
        let _cleo = add(&url, &someone("Cleo Diaz")); // never signed in
        let at = |login: &NewLogin, computer: &str| {
            let url = testing::url_for(&db, Some((&login.login, &login.password)));
            let join = if url.contains('?') { '&' } else { '?' };
            let store = PgStore::open(&format!("{url}{join}application_name={computer}")).unwrap();
            store.read().unwrap().commit().unwrap();
            store
        };
        let anas = at(&ana, "Kindly%20on%20front-desk");
        let bens = at(&ben, "Kindly%20on%20back-office");
        let ana_url = testing::url_for(&db, Some((&ana.login, &ana.password)));
        let seen = |url: &str| -> Vec<(String, String)> {
            who_is_signed_in_at(&Address::parse(url).unwrap())
                .unwrap()
                .into_iter()
                .map(|s| (s.display_name, s.computer))
                .collect()
        };
        let mut both = vec![
            (ana.display_name.clone(), "Kindly on front-desk".to_owned()),
            (ben.display_name.clone(), "Kindly on back-office".to_owned()),
        ];
        both.sort();
        assert_eq!(seen(&ana_url), both, "a staff login sees everyone");
        drop(bens);
        let only_ana = vec![(ana.display_name.clone(), "Kindly on front-desk".to_owned())];
        for _ in 0..100 {
            if seen(&url) == only_ana {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        assert_eq!(seen(&url), only_ana, "Ben signed out; Cleo never signed in");
        // The owner's own window counts, under its login.
        let owner_login = PgStore::open(&url)
            .unwrap()
            .read()
            .unwrap()
            .signed_in()
            .unwrap()
            .unwrap()
            .login;
        let join = if url.contains('?') { '&' } else { '?' };
        let owners =
            PgStore::open(&format!("{url}{join}application_name=Kindly%20on%20office")).unwrap();
        owners.read().unwrap().commit().unwrap();
        let mut with_owner = vec![
            only_ana[0].clone(),
            (owner_login, "Kindly on office".to_owned()),
        ];
        with_owner.sort();
        assert_eq!(seen(&ana_url), with_owner);
        drop((anas, owners));
    }

    #[test]
    fn a_new_login_writes_under_its_own_name_and_changes_no_table() {
        let (db, url) = team_notebook();
        let ana = someone("Ana Lima");
        let login = add(&url, &ana);
        assert_eq!(login.login, login_base(&ana));
        assert_eq!(login.password.len(), 23, "20 letters in groups of five");

        let pk = write_as(&db, &login, "Rosalind Park").unwrap();
        assert_eq!(changed_by(&db, pk), login.login);

        let store = PgStore::open(&testing::url_for(
            &db,
            Some((&login.login, &login.password)),
        ))
        .unwrap();
        let mut tx = store.write().unwrap();
        let err = tx
            .batch_execute("CREATE TABLE mine (x integer)")
            .expect_err("no DDL");
        assert!(matches!(err, Error::Storage(_)), "{err:?}");
        drop(tx);
        let mut tx = store.write().unwrap();
        let err = tx
            .execute(
                "UPDATE staff_logins SET display_name = 'Boss' WHERE login = $1",
                &[&login.login],
            )
            .expect_err("the list of logins is the owner's");
        assert!(matches!(err, Error::Storage(_)), "{err:?}");
        drop(tx);
        let err = add_login(
            &testing::url_for(&db, Some((&login.login, &login.password))),
            "Sam Okafor",
            "sam_okafor",
        )
        .expect_err("a staff login adds nobody");
        assert!(matches!(err, Error::Invalid { .. }), "{err:?}");
        assert!(err.to_string().contains("owner's login"), "{err}");
        assert!(
            err.to_string().contains(&login.login) && !err.to_string().contains(&login.password),
            "{err}"
        );

        let listed = logins(&url).unwrap();
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].display_name, ana);
        assert_eq!(listed[0].login, login.login);
        assert!(listed[0].added_at > 1_700_000_000_000);
        assert_eq!(listed[0].removed_at, None);
    }

    #[test]
    fn a_removed_login_cannot_sign_in_or_write_and_what_it_wrote_stays() {
        let (db, url) = team_notebook();
        let ana = someone("Ana Lima");
        let login = add(&url, &ana);
        let pk = write_as(&db, &login, "Rosalind Park").unwrap();
        // A session open when the login is removed.
        let open = PgStore::open(&testing::url_for(
            &db,
            Some((&login.login, &login.password)),
        ))
        .unwrap();

        let removed = remove_login(&url, &ana).unwrap().expect("Ana had a login");
        assert_eq!(removed.login, login.login);
        assert!(removed.removed_at.is_some());

        let err = write_as(&db, &login, "Sam Okafor").expect_err("no sign-in");
        assert!(matches!(err, Error::SignInFailed), "{err:?}");
        let mut tx = open.write().unwrap();
        let err = tx
            .execute("DELETE FROM customers", &[])
            .expect_err("the open session lost its rights");
        assert!(matches!(err, Error::Storage(_)), "{err:?}");
        drop(tx);
        assert_eq!(
            changed_by(&db, pk),
            login.login,
            "what Ana wrote stays hers"
        );

        assert_eq!(remove_login(&url, &ana).unwrap(), None, "removed already");
        // Added again, they get a new login: the old name stays on her rows.
        let again = add(&url, &ana);
        assert_eq!(again.login, format!("{}_2", login.login));
        let listed = logins(&url).unwrap();
        assert_eq!(listed.len(), 2);
        assert!(listed[0].removed_at.is_some() && listed[1].removed_at.is_none());
    }

    #[test]
    fn one_person_has_one_working_login_and_namesakes_get_a_suffix() {
        let (db, url) = team_notebook();
        let ana = someone("Ana Lima");
        let first = add(&url, &ana);
        let err = add_login(&url, &ana, &login_base(&ana)).expect_err("has one");
        assert!(err.to_string().contains("already has a login"), "{err}");

        // A role of that name made by someone else on the server is never
        // taken over.
        let (other_db, other_url) = team_notebook();
        let namesake = add(&other_url, &format!("{ana}!"));
        assert_eq!(namesake.login, format!("{}_2", first.login));
        assert_eq!(logins(&url).unwrap().len(), 1);
        let err = write_as(&db, &namesake, "Rosalind Park").expect_err("another notebook");
        assert!(
            matches!(
                err,
                Error::NotTeamNotebook { .. } | Error::SignInFailed | Error::Storage(_)
            ),
            "{err:?}"
        );
        write_as(&other_db, &namesake, "Rosalind Park").unwrap();
    }

    #[test]
    fn a_hostile_name_gives_a_safe_login_and_runs_nothing() {
        let (db, url) = team_notebook();
        let tail = &Uuid::now_v7().simple().to_string()[20..];
        for name in [
            format!("Robert'); DROP TABLE customers;-- {tail}"),
            format!("\"; DROP ROLE kindly_admin; -- \"{tail}"),
            format!("Zoë \"Quote\" O'Brien $$ {tail} $$"),
            format!("李小龍 {tail}"),
        ] {
            let login = add(&url, &name);
            assert!(
                login
                    .login
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
                "{}",
                login.login
            );
            let pk = write_as(&db, &login, "Rosalind Park").unwrap();
            assert_eq!(changed_by(&db, pk), login.login);
            let stored: String = admin(&db)
                .query_one(
                    "SELECT display_name FROM staff_logins WHERE login = $1",
                    &[&login.login],
                )
                .unwrap()
                .get(0);
            assert_eq!(stored, name, "kept byte for byte");
            assert!(remove_login(&url, &name).unwrap().is_some());
        }
        let mut db = admin(&db);
        let customers: i64 = db
            .query_one("SELECT count(*) FROM customers", &[])
            .unwrap()
            .get(0);
        assert_eq!(customers, 4, "the customers table is still there");
        assert!(db
            .query_opt("SELECT 1 FROM pg_roles WHERE rolname = 'kindly_admin'", &[])
            .unwrap()
            .is_some());
    }

    #[test]
    fn a_database_that_is_not_a_team_notebook_gets_no_logins() {
        let (db, url) = testing::fresh_database();
        let before = testing::schema_listing(&db);
        let err = add_login(&url, "Ana Lima", "ana_lima").expect_err("refused");
        assert!(matches!(err, Error::NotTeamNotebook { .. }), "{err:?}");
        assert_eq!(testing::schema_listing(&db), before, "nothing was written");
    }
}
