//! The team notebook's logins: one per person who works there, named
//! after them (`kindly team add-staff "Ana Lima"` makes `ana_lima`).

use kindly_words::{args, say, say_with};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
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
pub struct TeamPresence {
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

/// The longest server address, notebook name or login a person may type
/// (PostgreSQL's names are at most 63 bytes; host names 253).
const MAX_ADDRESS_PART: usize = 253;
/// The longest password accepted from a form.
pub const MAX_PASSWORD: usize = 1000;
/// The team notebook's name when the owner kept the default.
pub const DEFAULT_TEAM_DATABASE: &str = "kindly";

/// Where a person's team notebook is, and who they sign in as: what the
/// join form asks and what this computer remembers (never the password).
///
/// Invariant (when made by [`TeamAddress::new`]): `server` is a host name,
/// an IPv4 address or a bracketed IPv6 address, with an optional port from
/// 1 to 65535; `database` and `login` are non-empty one-line names of at
/// most 63 bytes without control characters. Whether the connection must
/// be encrypted is decided when it is opened (a server on another computer
/// only with a verified certificate), not here.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TeamAddress {
    /// `host` or `host:port` (`[::1]:5432` for an IPv6 address).
    pub server: String,
    /// The team notebook's database name on that server.
    pub database: String,
    /// The person's login (`ana_lima`).
    pub login: String,
}

impl TeamAddress {
    /// Checks what a person typed (spaces around each part dropped; an
    /// empty notebook name is [`DEFAULT_TEAM_DATABASE`]). Errors name the
    /// field: `server`, `database` or `login`.
    pub fn new(server: &str, database: &str, login: &str) -> Result<TeamAddress> {
        let server = server.trim();
        let (host, port) = split_server(server)?;
        check_host(host)?;
        if let Some(port) = port {
            if !port.chars().all(|c| c.is_ascii_digit())
                || !matches!(port.parse::<u32>(), Ok(1..=65535))
            {
                return Err(Error::invalid(
                    "server",
                    say("validate-port-after-colon-must"),
                ));
            }
        }
        let database = match database.trim() {
            "" => DEFAULT_TEAM_DATABASE,
            name => name,
        };
        check_name("database", database)?;
        let login = login.trim();
        if login.is_empty() {
            return Err(Error::invalid(
                "login",
                say("validate-enter-your-login-name"),
            ));
        }
        check_name("login", login)?;
        Ok(TeamAddress {
            server: server.to_owned(),
            database: database.to_owned(),
            login: login.to_owned(),
        })
    }

    /// The same address checked again (one read from a file, say).
    pub fn checked(&self) -> Result<TeamAddress> {
        TeamAddress::new(&self.server, &self.database, &self.login)
    }

    /// The `postgresql://` URL that signs in as [`TeamAddress::login`] with
    /// `password`. Every part is percent-encoded, so nothing a person
    /// types can add a parameter. The URL holds the password: never log,
    /// store or show it. An empty or over-long password, or one with a
    /// NUL, is an error on `password`.
    pub fn url(&self, password: &str) -> Result<String> {
        check_password(password)?;
        Ok(format!(
            "postgresql://{}:{}@{}/{}",
            encode(&self.login),
            encode(password),
            self.server,
            encode(&self.database)
        ))
    }

    /// [`TeamAddress::url`], naming the connection "Kindly on `computer`"
    /// (its `application_name`), so who is signed in where can say which
    /// computer each person works at. `computer` is made a plain name
    /// first ([`computer_name`]).
    pub fn url_on(&self, password: &str, computer: &str) -> Result<String> {
        let url = self.url(password)?;
        let name = format!("Kindly on {}", computer_name(computer));
        Ok(format!("{url}?application_name={}", encode(&name)))
    }

    /// The name this computer's keychain keeps the password under:
    /// `login@server/database`.
    pub fn key(&self) -> String {
        format!("{}@{}/{}", self.login, self.server, self.database)
    }
}

/// The longest computer name [`computer_name`] keeps.
pub const MAX_COMPUTER_NAME: usize = 60;

/// A computer's name (its host name, say) as Kindly shows it to others:
/// printable ASCII only (anything else dropped, runs of spaces as one),
/// at most [`MAX_COMPUTER_NAME`] characters; "this computer" when nothing
/// is left. What a computer says of itself, so it is never trusted as more.
pub fn computer_name(raw: &str) -> String {
    let kept: String = raw
        .chars()
        .map(|c| if c.is_ascii_whitespace() { ' ' } else { c })
        .filter(|c| c.is_ascii_graphic() || *c == ' ')
        .collect();
    let mut name = kept.split_whitespace().collect::<Vec<_>>().join(" ");
    name.truncate(MAX_COMPUTER_NAME);
    let name = name.trim_end();
    if name.is_empty() {
        "this computer".to_owned()
    } else {
        name.to_owned()
    }
}

/// Refuses a password no sign-in could use, on the `password` field.
pub fn check_password(password: &str) -> Result<()> {
    if password.is_empty() {
        return Err(Error::invalid(
            "password",
            say("validate-enter-your-password"),
        ));
    }
    if password.chars().count() > MAX_PASSWORD || password.contains('\0') {
        return Err(Error::invalid(
            "password",
            say("validate-not-password-kindly-can"),
        ));
    }
    Ok(())
}

/// The host and the port (if any) of `server`.
fn split_server(server: &str) -> Result<(&str, Option<&str>)> {
    if server.is_empty() {
        return Err(Error::invalid(
            "server",
            say("validate-enter-servers-address-as"),
        ));
    }
    if let Some(rest) = server.strip_prefix('[') {
        let bad = || Error::invalid("server", say("validate-ipv6-address-written-address"));
        let (inside, after) = rest.split_once(']').ok_or_else(bad)?;
        if inside.is_empty() || !inside.chars().all(|c| c.is_ascii_hexdigit() || c == ':') {
            return Err(bad());
        }
        return match after {
            "" => Ok((server, None)),
            _ => after
                .strip_prefix(':')
                .map(|p| (server, Some(p)))
                .ok_or_else(bad),
        };
    }
    Ok(match server.rsplit_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (server, None),
    })
}

/// A host name or IPv4 address: letters, digits, dots and hyphens.
fn check_host(host: &str) -> Result<()> {
    if host.starts_with('[') {
        return Ok(());
    }
    let fine = !host.is_empty()
        && host.len() <= MAX_ADDRESS_PART
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-' || c == '_')
        && !host.starts_with(['.', '-'])
        && !host.contains("..");
    if fine {
        return Ok(());
    }
    Err(Error::invalid(
        "server",
        say("validate-servers-address-name-like"),
    ))
}

/// A database or login name PostgreSQL can hold: one line, at most 63
/// bytes. `field` (`database` or `login`) is also the messages' selector.
fn check_name(field: &str, name: &str) -> Result<()> {
    if name.len() > 63 {
        return Err(Error::invalid(
            field,
            say_with("validate-name-too-long", &args! { "what" => field }),
        ));
    }
    if name.chars().any(|c| c.is_control() || c == '\u{FEFF}') {
        return Err(Error::invalid(
            field,
            say_with("validate-name-bad-character", &args! { "what" => field }),
        ));
    }
    Ok(())
}

/// `text` with everything but unreserved URL characters percent-encoded.
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Who this window is signed in as on a team notebook, and whether they
/// may manage its logins.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SignedIn {
    /// The login (`ana_lima`), what `changed_by` holds on their changes.
    pub login: String,
    /// Their name as the owner typed it ("Ana Lima"); the login itself for
    /// a login Kindly did not make (the owner's own).
    pub display_name: String,
    /// Whether the login may create roles (add and remove staff): the
    /// notebook's owner.
    pub owner: bool,
}

/// Whether this computer works on a team notebook, and who is signed in
/// to it: what Settings → Team and the header show.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct TeamStatus {
    /// The team notebook this computer works on; `None` while it works on
    /// its own notebook.
    pub address: Option<TeamAddress>,
    /// Who is signed in; `None` until someone has (or on this computer's
    /// own notebook).
    pub signed_in: Option<SignedIn>,
    /// A line to show once after joining or signing in (the keychain could
    /// not keep the password, say); never a password.
    pub notice: Option<String>,
    /// Whether the server is away: reads come from the offline copy (when
    /// there is one) and every change is refused until it is back.
    pub away: bool,
    /// When this computer last heard from the server (ms since the Unix
    /// epoch); `None` when it has not in this run and has no copy.
    #[ts(type = "number | null")]
    pub last_heard_at: Option<i64>,
    /// When the offline copy on this computer was taken (ms since the
    /// Unix epoch); `None` while there is none yet.
    #[ts(type = "number | null")]
    pub offline_copy_taken_at: Option<i64>,
    /// Why no offline copy is kept (no system keychain to keep its key in,
    /// say), in plain words; `None` when one is kept or being made.
    pub offline_copy_trouble: Option<String>,
}

/// What a `kindly://join?server=…&database=…&login=…` link from a team
/// notebook's owner fills the join form with. A link never carries a
/// password: one that does has it dropped, and the window says so.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct JoinLink {
    /// The server, notebook and login, checked like typed ones.
    pub address: TeamAddress,
    /// The link carried a password, which was ignored (a link can be
    /// read by whoever sees it: a password is typed, never linked).
    pub password_ignored: bool,
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

    fn field_of(err: Error) -> String {
        match err {
            Error::Invalid { field, .. } => field,
            other => panic!("not a field error: {other:?}"),
        }
    }

    #[test]
    fn a_team_address_is_checked_field_by_field() {
        let ok = TeamAddress::new(" shop-server:5433 ", "", " ana_lima ").unwrap();
        assert_eq!(ok.server, "shop-server:5433");
        assert_eq!(ok.database, "kindly", "the default notebook name");
        assert_eq!(ok.login, "ana_lima");
        assert_eq!(ok.key(), "ana_lima@shop-server:5433/kindly");
        for server in [
            "192.168.1.20",
            "db.example.org",
            "[::1]:5432",
            "[fe80::1]",
            "localhost:1",
        ] {
            assert!(
                TeamAddress::new(server, "kindly", "ana").is_ok(),
                "{server}"
            );
        }
        for (server, database, login, field) in [
            ("", "kindly", "ana", "server"),
            ("   ", "kindly", "ana", "server"),
            ("shop:0", "kindly", "ana", "server"),
            ("shop:65536", "kindly", "ana", "server"),
            ("shop:54x", "kindly", "ana", "server"),
            ("shop:", "kindly", "ana", "server"),
            ("shop:+5432", "kindly", "ana", "server"),
            ("shop server", "kindly", "ana", "server"),
            ("user@shop", "kindly", "ana", "server"),
            ("shop/other", "kindly", "ana", "server"),
            ("shop?sslmode=disable", "kindly", "ana", "server"),
            ("[::1", "kindly", "ana", "server"),
            ("[::1]5432", "kindly", "ana", "server"),
            ("shop", "kind\nly", "ana", "database"),
            ("shop", &"n".repeat(64), "ana", "database"),
            ("shop", "kindly", "", "login"),
            ("shop", "kindly", "  ", "login"),
            ("shop", "kindly", "ana\u{0}", "login"),
        ] {
            let err = TeamAddress::new(server, database, login).expect_err(server);
            assert_eq!(field_of(err), field, "{server:?} {database:?} {login:?}");
        }
    }

    #[test]
    fn the_url_encodes_every_part_so_nothing_typed_adds_a_parameter() {
        let address = TeamAddress::new("shop:5432", "our notebook", "o'brien").unwrap();
        let url = address.url("p@ss:w/rd?sslmode=disable&x=1 #").unwrap();
        assert_eq!(
            url,
            "postgresql://o%27brien:p%40ss%3Aw%2Frd%3Fsslmode%3Ddisable%26x%3D1%20%23@shop:5432/our%20notebook"
        );
        assert_eq!(
            TeamAddress::new("shop", "kindly", "ana")
                .unwrap()
                .url("pw")
                .unwrap(),
            "postgresql://ana:pw@shop/kindly"
        );
        assert_eq!(
            TeamAddress::new("shop", "kindly", "ana")
                .unwrap()
                .url("ünï")
                .unwrap(),
            "postgresql://ana:%C3%BCn%C3%AF@shop/kindly"
        );
    }

    #[test]
    fn a_computer_name_is_plain_short_ascii_and_rides_in_the_url_encoded() {
        assert_eq!(computer_name("front-desk"), "front-desk");
        assert_eq!(
            computer_name("  Ana's\tMacBook\n Pro "),
            "Ana's MacBook Pro"
        );
        assert_eq!(computer_name("caf\u{e9}-\u{202e}evil\u{0}"), "caf-evil");
        assert_eq!(computer_name("\u{1F600}"), "this computer");
        assert_eq!(computer_name(&"x".repeat(200)).len(), MAX_COMPUTER_NAME);
        let address = TeamAddress::new("shop", "kindly", "ana").unwrap();
        assert_eq!(
            address.url_on("pw", "front desk&sslmode=disable").unwrap(),
            "postgresql://ana:pw@shop/kindly?application_name=\
             Kindly%20on%20front%20desk%26sslmode%3Ddisable"
        );
    }

    #[test]
    fn a_password_no_server_could_take_is_refused_on_its_field() {
        let address = TeamAddress::new("shop", "kindly", "ana").unwrap();
        for bad in ["", "a\u{0}b", &"x".repeat(MAX_PASSWORD + 1)] {
            assert_eq!(field_of(address.url(bad).expect_err("refused")), "password");
        }
    }
}
