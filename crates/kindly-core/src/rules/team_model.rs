//! The team notebook's logins: one per person who works there, named
//! after them (`kindly team add-staff "Ana Lima"` makes `ana_lima`).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::rules::fold::fold;
use crate::rules::model::Millis;

/// The longest login [`login_base`] makes, leaving room for a `_NN` suffix
/// under PostgreSQL's 63-byte limit on names.
pub const MAX_LOGIN_BASE: usize = 40;

/// One person's login on the team notebook, as `kindly team staff` lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct StaffLogin {
    /// The PostgreSQL role they sign in as; what `changed_by` holds on
    /// every row they write.
    pub login: String,
    /// The person's name as the owner typed it ("Ana Lima").
    pub display_name: String,
    /// When the login was made.
    #[ts(type = "number")]
    pub added_at: Millis,
    /// When it was removed (it can no longer sign in); `None` while it can.
    #[ts(type = "number | null")]
    pub removed_at: Option<Millis>,
}

/// Someone signed in to the team notebook now, and where: one per login
/// and computer, however many connections that Kindly holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SignedIn {
    /// The login.
    pub login: String,
    /// The person's name, as the owner typed it.
    pub display_name: String,
    /// The computer, as its Kindly names itself when it connects (the
    /// connection's `application_name`, such as "Kindly on front-desk");
    /// what the computer says, not checked by the server.
    pub computer: String,
}

/// A login just made: the only time its password exists outside the
/// person's head (the server keeps only a SCRAM verifier of it).
#[derive(Clone, PartialEq, Eq)]
pub struct NewLogin {
    /// The PostgreSQL role to sign in as.
    pub login: String,
    /// The person's name, as stored beside the login.
    pub display_name: String,
    /// The generated password, to be shown once to the owner.
    pub password: String,
}

impl std::fmt::Debug for NewLogin {
    // Never the password: a `{:?}` may end up in a log.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewLogin")
            .field("login", &self.login)
            .field("display_name", &self.display_name)
            .finish_non_exhaustive()
    }
}

/// The login a person's name suggests: lower-case ASCII letters, digits
/// and `_` only, starting with a letter, at most [`MAX_LOGIN_BASE`] bytes,
/// never a name PostgreSQL reserves (`pg_…`, `public`) nor one Kindly uses
/// for its own roles (`kindly_…`). Accents are dropped ("Zoë" → `zoe`);
/// letters without an ASCII form are left out; nothing left gives
/// `staff`. The caller makes it unique.
pub fn login_base(display_name: &str) -> String {
    let mut login = String::with_capacity(MAX_LOGIN_BASE);
    for word in fold(display_name).split(' ') {
        let word: String = word.chars().filter(char::is_ascii_alphanumeric).collect();
        if word.is_empty() {
            continue;
        }
        if !login.is_empty() {
            login.push('_');
        }
        login.push_str(&word);
    }
    login.truncate(MAX_LOGIN_BASE - "staff_".len());
    let login = login.trim_end_matches('_');
    let reserved = login.is_empty()
        || login.starts_with(|c: char| c.is_ascii_digit())
        || login.starts_with("pg_")
        || login.starts_with("kindly")
        || matches!(
            login,
            "public" | "none" | "current_user" | "session_user" | "current_role"
        );
    match (login.is_empty(), reserved) {
        (true, _) => "staff".to_owned(),
        (false, true) => format!("staff_{login}"),
        (false, false) => login.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_becomes_a_plain_ascii_login() {
        for (name, login) in [
            ("Ana Lima", "ana_lima"),
            ("  José  Müller-Ñúñez ", "jose_muller_nunez"),
            (
                "Robert'); DROP TABLE customers;--",
                "robert_drop_table_customers",
            ),
            ("\"quoted\" O'Brien", "quoted_obrien"),
            ("李小龍", "staff"),
            ("", "staff"),
            ("2nd desk", "staff_2nd_desk"),
            ("PG Tips", "staff_pg_tips"),
            ("Kindly Staff Shop", "staff_kindly_staff_shop"),
            ("Public", "staff_public"),
        ] {
            assert_eq!(login_base(name), login, "{name:?}");
        }
    }

    #[test]
    fn a_login_is_short_enough_to_take_a_suffix_and_is_never_quoted() {
        let long = "Maximiliana Theodora Wilhelmina von Habsburg-Lothringen ".repeat(3);
        let login = login_base(&long);
        assert!(login.len() <= MAX_LOGIN_BASE, "{login}");
        assert!(!login.ends_with('_'));
        for name in [long.as_str(), "Ana Lima", "Ωμέγα ♥ 🙂", "a\u{0}b"] {
            let login = login_base(name);
            assert!(
                login
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
                "{login}"
            );
            assert!(login.starts_with(|c: char| c.is_ascii_lowercase()));
        }
    }

    #[test]
    fn a_new_login_never_shows_its_password_when_debugged() {
        let new = NewLogin {
            login: "ana_lima".into(),
            display_name: "Ana Lima".into(),
            password: "s3cret-pw".into(),
        };
        assert!(!format!("{new:?}").contains("s3cret-pw"));
    }
}
