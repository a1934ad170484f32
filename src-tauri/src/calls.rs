//! `kindly://call?number=…` links from a phone system: the number a link
//! asks for, whether it came with the first start or with a second start
//! that is handed over to the running window. Also `kindly://join?…`
//! links from a team notebook's owner, which fill the join form.

use std::sync::Mutex;

use tauri::{AppHandle, Emitter, Manager, Url};

use kindly_core::{phone, JoinLink, TeamAddress};

use crate::tray::show_main;

/// The URL scheme Kindly answers to.
pub const SCHEME: &str = "kindly";

/// A number from a link that arrived before the window could ask for it.
#[derive(Default)]
pub struct PendingCall(Mutex<Option<String>>);

impl PendingCall {
    /// The number waiting, once.
    pub fn take(&self) -> Option<String> {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).take()
    }

    fn set(&self, number: String) {
        *self.0.lock().unwrap_or_else(|e| e.into_inner()) = Some(number);
    }
}

/// A `kindly://join` link that arrived before the window could ask for it.
#[derive(Default)]
pub struct PendingJoin(Mutex<Option<JoinLink>>);

impl PendingJoin {
    /// The link waiting, once.
    pub fn take(&self) -> Option<JoinLink> {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).take()
    }

    fn set(&self, link: JoinLink) {
        *self.0.lock().unwrap_or_else(|e| e.into_inner()) = Some(link);
    }
}

/// The longest query a join link may carry, in bytes.
const MAX_JOIN_QUERY: usize = 1024;

/// The first `kindly://join?server=HOST[:PORT]&database=NAME&login=LOGIN`
/// among `args` whose parts are a team notebook's address by the join
/// form's own rules ([`TeamAddress::new`]; no database: `kindly`). A
/// `password=` in it is never taken: the link still fills the form, with
/// [`JoinLink::password_ignored`] set so the window says so. Anything
/// else opens nothing.
pub fn join_in<S: AsRef<str>>(args: impl IntoIterator<Item = S>) -> Option<JoinLink> {
    args.into_iter().find_map(|arg| {
        let url = Url::parse(arg.as_ref()).ok()?;
        if url.scheme() != SCHEME || url.host_str() != Some("join") {
            return None;
        }
        let query = url.query()?;
        if query.len() > MAX_JOIN_QUERY {
            return None;
        }
        let (mut server, mut database, mut login) = (None, None, None);
        let mut password_ignored = false;
        for pair in query.split('&') {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            // `+` is a space in a query; no part of an address holds one.
            let value = || percent_decoded(&value.replace('+', " "));
            match key {
                "server" => server = Some(value()),
                "database" => database = Some(value()),
                "login" => login = Some(value()),
                "password" => password_ignored = true,
                _ => {}
            }
        }
        let address = TeamAddress::new(
            server.as_deref()?,
            database.as_deref().unwrap_or_default(),
            login.as_deref()?,
        )
        .ok()?;
        Some(JoinLink {
            address,
            password_ignored,
        })
    })
}

/// The longest number a link may carry, in characters.
const MAX_NUMBER: usize = 64;

/// The number of the first `kindly://call?number=…` among `args` that
/// carries a phone number: at most [`MAX_NUMBER`] characters, only digits
/// (of any script) and the punctuation of phone numbers, a `+` only in
/// front; no control or invisible characters (the same rules as a number
/// typed into a profile, `kindly_core::phone::looks_like_phone`). A link
/// with anything else opens nothing.
pub fn number_in<S: AsRef<str>>(args: impl IntoIterator<Item = S>) -> Option<String> {
    args.into_iter().find_map(|arg| {
        let url = Url::parse(arg.as_ref()).ok()?;
        if url.scheme() != SCHEME || url.host_str() != Some("call") {
            return None;
        }
        url.query()?
            .split('&')
            .find_map(|pair| pair.strip_prefix("number="))
            .map(|value| percent_decoded(value).trim().to_owned())
            .filter(|n| n.chars().count() <= MAX_NUMBER && phone::looks_like_phone(n))
    })
}

/// `%XX` escapes decoded; a `+` stays a plus (phone systems write
/// `+44…` unescaped, and a number has no spaces to encode as `+`).
fn percent_decoded(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Remembers a number (or a join link) Kindly was started with, for the
/// window to take.
pub fn remember_start(app: &AppHandle) {
    if let Some(number) = number_in(std::env::args().skip(1)) {
        app.state::<PendingCall>().set(number);
    }
    if let Some(link) = join_in(std::env::args().skip(1)) {
        app.state::<PendingJoin>().set(link);
    }
}

/// A second start (e.g. the phone system opening a link while Kindly runs):
/// bring the window forward, and open the caller's brief if it carried one.
/// A number or a join link waits here until the window takes it (told by
/// "open-call" / "open-join"), so one that comes while the window is still
/// starting, before it listens, is taken once it does.
pub fn second_start(app: &AppHandle, args: &[String]) {
    show_main(app);
    if let Some(number) = number_in(args.iter().skip(1)) {
        app.state::<PendingCall>().set(number);
        let _ = app.emit("open-call", ());
    }
    if let Some(link) = join_in(args.iter().skip(1)) {
        app.state::<PendingJoin>().set(link);
        let _ = app.emit("open-join", ());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_number_of_a_call_link_is_found_among_other_arguments() {
        let args = [
            "--data-dir",
            "/tmp/x",
            "kindly://call?number=%2B44%2020%207946%200958",
        ];
        assert_eq!(number_in(args).as_deref(), Some("+44 20 7946 0958"));
        assert_eq!(
            number_in(["kindly://call?number=555.010.4477&from=softphone"]).as_deref(),
            Some("555.010.4477")
        );
        assert_eq!(
            number_in(["kindly://call?number=+442079460958"]).as_deref(),
            Some("+442079460958"),
            "a plus written as is stays a plus"
        );
    }

    #[test]
    fn other_links_and_empty_numbers_open_nothing() {
        assert_eq!(number_in(["kindly://call"]), None);
        assert_eq!(number_in(["kindly://call?number="]), None);
        assert_eq!(number_in(["kindly://open?number=123456"]), None);
        assert_eq!(number_in(["https://call?number=123456"]), None);
        assert_eq!(number_in(["--data-dir"]), None);
    }

    #[test]
    fn a_link_whose_number_is_not_a_phone_number_opens_nothing() {
        for bad in [
            // NUL and other control characters, percent-encoded.
            "kindly://call?number=020%007946%200958",
            "kindly://call?number=020%0A7946%200958",
            // A right-to-left override that shows the digits backwards.
            "kindly://call?number=%E2%80%AE8590%206497%2002%2044%2B",
            // A zero-width space.
            "kindly://call?number=020%E2%80%8B79460958",
            // Text, emoji, markup.
            "kindly://call?number=%3Cb%3E020%3C%2Fb%3E",
            "kindly://call?number=020%207946%200963%20%F0%9F%98%80",
            "kindly://call?number=0x2079460964",
            // A plus anywhere but in front.
            "kindly://call?number=8590%206497%2002%2044%2B",
        ] {
            assert_eq!(number_in([bad]), None, "{bad}");
        }
        let long = format!("kindly://call?number={}", "1".repeat(65));
        assert_eq!(number_in([long.as_str()]), None, "65 digits");
        let longest = format!("kindly://call?number={}", "1 ".repeat(32).trim_end());
        assert!(number_in([longest.as_str()]).is_some(), "63 characters");
    }

    #[test]
    fn a_join_link_fills_the_form_and_never_carries_a_password() {
        let link = join_in([
            "--data-dir",
            "kindly://join?server=shop-server%3A5433&database=kindly&login=ana_lima",
        ])
        .expect("a join link");
        assert_eq!(link.address.server, "shop-server:5433");
        assert_eq!(link.address.database, "kindly");
        assert_eq!(link.address.login, "ana_lima");
        assert!(!link.password_ignored);
        let link = join_in(["kindly://join?server=10.0.0.2:5432&login=ben&password=hunter2"])
            .expect("filled, without the password");
        assert_eq!(link.address.database, "kindly", "the default notebook");
        assert!(link.password_ignored);
        assert!(!format!("{link:?}").contains("hunter2"));
        for bad in [
            "kindly://join",
            "kindly://join?server=&login=ana",
            "kindly://join?server=shop",
            "kindly://join?server=shop%3Fsslmode%3Ddisable&login=ana",
            "kindly://join?server=shop:0&login=ana",
            "kindly://join?server=shop&login=ana%0Aroot",
            "kindly://call?server=shop&login=ana",
            "https://join?server=shop&login=ana",
        ] {
            assert_eq!(join_in([bad]), None, "{bad}");
        }
        let long = format!("kindly://join?server=shop&login=ana&x={}", "a".repeat(1100));
        assert_eq!(join_in([long.as_str()]), None);
    }

    #[test]
    fn digits_of_other_scripts_in_a_link_are_a_number() {
        // ٠٢٠ ٧٩٤٦ ٠٩٥٨ in Arabic-Indic digits.
        let link = "kindly://call?number=%D9%A0%D9%A2%D9%A0%20%D9%A7%D9%A9%D9%A4%D9%A6%20%D9%A0%D9%A9%D9%A5%D9%A8";
        assert_eq!(number_in([link]).as_deref(), Some("٠٢٠ ٧٩٤٦ ٠٩٥٨"));
    }
}
