//! The vCard importer: versions 2.1, 3.0 (RFC 2426) and 4.0 (RFC 6350), as
//! iPhone/macOS, Android, Google, Outlook and Thunderbird write them.
//!
//! What becomes what: FN (else N as "Given Additional Family", else
//! NICKNAME, else ORG) is the full name; NICKNAME the preferred name; every
//! TEL and EMAIL a phone or email, labelled from `X-ABLabel` in the same
//! group or else from `TYPE` (the first `pref` one is primary); every ADR
//! one line of the address; BDAY the birthday; ORG the company; CATEGORIES
//! the tags; NOTE the notes; Android's X-ANDROID-CUSTOM nickname the preferred
//! name when there is no NICKNAME. Other properties are ignored; PHOTO, LOGO,
//! SOUND and KEY are skipped unread.
//!
//! Kindly's own export (`export/vcard.rs`) adds the fields only Kindly has
//! as `X-KINDLY-*` properties, read back here: PRONUNCIATION, PRONOUNS,
//! BEST-TIME, CONTACT-CHANNEL, one DONT, PREFERENCE or REMEMBER per list
//! item, LOOKED-AFTER-BY, STAY-IN-TOUCH-IDEAL-DAYS and -LONGEST-DAYS (both
//! needed), and ADDRESS, the address as written, which wins over ADR.
//!
//! Text is read in the CHARSET its property names (any WHATWG encoding:
//! Shift_JIS from Japanese phones, Windows-1251 from Russian Outlook, …).
//! Text without one that is not valid UTF-8 is read in the encoding the
//! whole file most likely uses (guessed once, from all its bytes) and the
//! file gets one note naming it; nothing is refused for its encoding.

use kindly_words::{args, say, say_with};
use std::collections::{HashMap, HashSet};

use super::columns::contact_channel;
use super::fit::fit;
use super::text::{self, Decoded, Fallback};
use super::vcard_lines::{Lexer, Line, Property};
use super::{
    address, check_size, dates, labels, note, too_many_records, Importer, Parsed, RowProblem,
};
use crate::error::{Error, Result};
use crate::rules::languages::language_from;
use crate::rules::model::{CustomerInput, EmailInput, PhoneInput, StayInTouch};
use crate::rules::parallel;

/// Reads `.vcf` files.
#[derive(Debug, Clone, Copy, Default)]
pub struct VcardImporter;

impl Importer for VcardImporter {
    fn parse(&self, bytes: &[u8], region: &str) -> Result<Parsed> {
        check_size(bytes)?;
        let data = text::prepare(bytes, "vCard")?;
        let fallback = Fallback::for_file(&data);
        let mut parsed = Parsed::default();
        let mut records = 0usize;
        let mut open: Option<Card> = None;
        let mut read = Vec::new();
        // About how many bytes the cards in `read` hold.
        let mut held = 0usize;
        for item in Lexer::new(&data) {
            if held >= BATCH_BYTES {
                finish(std::mem::take(&mut read), region, fallback, &mut parsed);
                held = 0;
            }
            match item {
                Line::Property(p) if p.name == "BEGIN" && is_vcard(&p) => {
                    if let Some(card) = open.take() {
                        read.push(Err(cut_off(card.line)));
                    }
                    records += 1;
                    if records > super::MAX_RECORDS {
                        return Err(too_many_records());
                    }
                    open = Some(Card::new(p.line));
                }
                Line::Property(p) if p.name == "END" && is_vcard(&p) => {
                    if let Some(card) = open.take() {
                        held += card.size();
                        read.push(Ok(card));
                    }
                }
                Line::Property(p) => {
                    if let Some(card) = &mut open {
                        card.add(p);
                    }
                }
                Line::Garbage { line } => {
                    if let Some(card) = &mut open {
                        card.garbage(line);
                    }
                }
            }
        }
        if let Some(card) = open {
            read.push(Err(cut_off(card.line)));
        }
        if records == 0 {
            return Err(Error::invalid("file", say("import-no-begin-vcard")));
        }
        finish(read, region, fallback, &mut parsed);
        Ok(parsed)
    }
}

fn is_vcard(p: &Property) -> bool {
    p.value.trim_ascii().eq_ignore_ascii_case(b"VCARD")
}

fn cut_off(line: u32) -> RowProblem {
    RowProblem {
        line,
        message: say("import-cut-off"),
    }
}

/// How many notes may name an unknown character set; the rest share one.
const NAMED_CHARSETS: usize = 3;

/// Why a value's text may not be what the file meant.
#[derive(Clone, PartialEq, Eq, Hash)]
enum Remark {
    /// Not valid UTF-8 and no charset named: read in the file's likeliest
    /// encoding (named by its WHATWG name).
    Guessed(&'static str),
    /// In a character set Kindly does not know, named here (shortened).
    UnknownCharset(String),
}

/// Decodes the values of one card and remembers when it had to guess.
struct Decoder {
    /// The file's likeliest encoding, for text that names none and is
    /// not UTF-8.
    fallback: Fallback,
    /// Each remark once, in the order they first came up.
    remarks: Vec<Remark>,
    /// The same, to tell a new one quickly (a card may name a new charset
    /// on each of its lines).
    seen: HashSet<Remark>,
}

impl Decoder {
    fn new(fallback: Fallback) -> Self {
        Decoder {
            fallback,
            remarks: Vec::new(),
            seen: HashSet::new(),
        }
    }

    /// The text of `p`'s value: quoted-printable undone and the charset
    /// applied; escapes are still in place. `None` for base64 text.
    fn raw(&mut self, p: &Property) -> Option<String> {
        let encoding = p.param("ENCODING").next().map(str::to_ascii_uppercase);
        let bytes = match encoding.as_deref() {
            Some("QUOTED-PRINTABLE") => text::quoted_printable(&p.value),
            Some("B" | "BASE64") => return None,
            _ => p.value.clone(),
        };
        let charset = p.param("CHARSET").next();
        let (text, how) = text::decode(&bytes, charset, self.fallback);
        let remark = match how {
            Decoded::AsDeclared => None,
            Decoded::Guessed(encoding) => Some(Remark::Guessed(encoding.name())),
            Decoded::UnknownCharset => Some(Remark::UnknownCharset(text::one_line(
                &text::truncate(charset.unwrap_or_default(), 40),
            ))),
        };
        if let Some(remark) = remark {
            if self.seen.insert(remark.clone()) {
                self.remarks.push(remark);
            }
        }
        Some(text)
    }
}

/// Adds what `remark` says to the file's `notes`, taking remarks in file
/// order: each sentence once, and at most [`NAMED_CHARSETS`] naming a
/// character set.
fn add_note(notes: &mut Vec<String>, remark: Remark, fallback: Fallback) {
    let note = match remark {
        Remark::Guessed(_) => text::guessed_note(fallback.encoding()),
        Remark::UnknownCharset(charset) => {
            let named = say_with(
                "import-unknown-charset",
                &args! {
                    "charset" => charset.as_str(),
                    "encoding" => text::plain_name(fallback.encoding()),
                },
            );
            // A file may name a new charset on every line: the notes stay a
            // few sentences (and `contains` below stays cheap).
            if notes.len() < NAMED_CHARSETS || notes.contains(&named) {
                named
            } else {
                say_with(
                    "import-other-charsets",
                    &args! { "encoding" => text::plain_name(fallback.encoding()) },
                )
            }
        }
    };
    if !notes.contains(&note) {
        notes.push(note);
    }
}

/// Cards are read until they hold about this many bytes, then made
/// customers all at once: a big file is never held twice over in memory,
/// and a typical one (100,000 cards in 25 MB) takes a few rounds, since
/// each costs a little.
/// (Unit tests use small rounds, so they cross from one to the next.)
const BATCH_BYTES: usize = if cfg!(test) { 4_096 } else { 32 * 1024 * 1024 };

/// Makes each card of `batch` a customer and fits it (on every core), and
/// adds them to `parsed` in order.
fn finish(
    batch: Vec<std::result::Result<Card, RowProblem>>,
    region: &str,
    fallback: Fallback,
    parsed: &mut Parsed,
) {
    let done = parallel::map_in_order(batch, |card| match card {
        Ok(card) => {
            let mut decoder = Decoder::new(fallback);
            let (input, problems) = card.customer(&mut decoder, region);
            (fit(card.line, input, problems, region), decoder.remarks)
        }
        Err(cut_off) => (Err(cut_off), Vec::new()),
    });
    for (outcome, remarks) in done {
        parsed.add(outcome);
        for remark in remarks {
            add_note(&mut parsed.notes, remark, fallback);
        }
    }
}

/// The most properties kept for one card; a real card has a few dozen.
const MAX_PROPERTIES: usize = 1_000;

/// The properties read; all others are ignored.
const WANTED: &[&str] = &[
    "FN",
    "N",
    "NICKNAME",
    "TEL",
    "EMAIL",
    "ADR",
    "LABEL",
    "BDAY",
    "ORG",
    "CATEGORIES",
    "NOTE",
    "X-ANDROID-CUSTOM",
    "X-ABLABEL",
    "X-KINDLY-PRONUNCIATION",
    "X-KINDLY-PRONOUNS",
    "X-KINDLY-BEST-TIME",
    "X-KINDLY-CONTACT-CHANNEL",
    "LANG",
    "X-KINDLY-DONT",
    "X-KINDLY-PREFERENCE",
    "X-KINDLY-REMEMBER",
    "X-KINDLY-LOOKED-AFTER-BY",
    "X-KINDLY-STAY-IN-TOUCH-IDEAL-DAYS",
    "X-KINDLY-STAY-IN-TOUCH-LONGEST-DAYS",
    "X-KINDLY-ADDRESS",
];

/// The properties between BEGIN:VCARD and END:VCARD that make the
/// customer. Invariant: at most [`MAX_PROPERTIES`] properties and
/// [`super::MAX_PROBLEMS`] unreadable lines are held, however long the card.
struct Card {
    line: u32,
    props: Vec<Property>,
    /// Whether the last property was a photo or other binary value.
    after_binary: bool,
    /// Properties past [`MAX_PROPERTIES`], left out.
    dropped: usize,
    /// Lines that could not be read (not after a photo).
    garbage: Vec<u32>,
}

impl Card {
    fn new(line: u32) -> Self {
        Card {
            line,
            props: Vec::new(),
            after_binary: false,
            dropped: 0,
            garbage: Vec::new(),
        }
    }

    /// About how many bytes this card holds.
    fn size(&self) -> usize {
        const PER_PROPERTY: usize = 128;
        self.props
            .iter()
            .map(|p| p.value.len() + PER_PROPERTY)
            .sum()
    }

    fn add(&mut self, p: Property) {
        self.after_binary = p.is_binary();
        if !WANTED.contains(&p.name.as_str()) {
            return;
        }
        if self.props.len() == MAX_PROPERTIES {
            self.dropped += 1;
        } else {
            self.props.push(p);
        }
    }

    fn garbage(&mut self, line: u32) {
        // Lines after a photo are its unindented base64 (vCard 2.1).
        if !self.after_binary && self.garbage.len() < super::MAX_PROBLEMS {
            self.garbage.push(line);
        }
    }

    fn customer(&self, decoder: &mut Decoder, region: &str) -> (CustomerInput, Vec<String>) {
        let mut problems = Vec::new();
        let p = &mut problems;
        if self.dropped > 0 {
            note(
                p,
                say_with(
                    "import-too-many-lines",
                    &args! { "max" => MAX_PROPERTIES, "count" => self.dropped },
                ),
            );
        }
        for line in &self.garbage {
            note(
                p,
                say_with("import-unreadable-line", &args! { "line" => *line }),
            );
        }
        let apple = apple_labels(&self.props, decoder.fallback);
        let mut c = CustomerInput::default();
        let mut n_name = String::new();
        let mut nickname = String::new();
        let mut addresses = Vec::new();
        let mut formatted = Vec::new();
        let mut notes = Vec::new();
        let mut kindly_address: Option<String> = None;
        let (mut ideal_days, mut longest_days) = (None, None);
        for prop in &self.props {
            if prop.name == "X-ABLABEL" {
                continue;
            }
            let Some(value) = decoder.raw(prop) else {
                note(
                    p,
                    say_with(
                        "import-unreadable-encoding",
                        &args! { "property" => prop.name.as_str(), "line" => prop.line },
                    ),
                );
                continue;
            };
            match prop.name.as_str() {
                "FN" if c.full_name.is_empty() => c.full_name = unescape(&value),
                "N" if n_name.is_empty() => n_name = name_from_n(&value),
                "NICKNAME" if nickname.is_empty() => {
                    nickname = list(&value).into_iter().next().unwrap_or_default();
                }
                "TEL" => {
                    let (label, primary) = label(prop, &apple);
                    c.phones.push(PhoneInput {
                        label,
                        number: phone_number(&unescape(&value)),
                        primary,
                    });
                }
                "EMAIL" => {
                    let (label, primary) = label(prop, &apple);
                    let address = unescape(&value);
                    let address = address.trim();
                    let address = address.strip_prefix("mailto:").unwrap_or(address);
                    c.emails.push(EmailInput {
                        label,
                        address: address.to_owned(),
                        primary,
                    });
                }
                "ADR" => {
                    let mut line = address(&value);
                    if line.is_empty() {
                        line = prop
                            .param("LABEL")
                            .next()
                            .map(address::flatten)
                            .unwrap_or_default();
                    }
                    addresses.push((label(prop, &apple).0, line));
                }
                "LABEL" => formatted.push((label(prop, &apple).0, unescape(&value))),
                "BDAY" if c.birthday.is_none() => {
                    let value = unescape(&value);
                    let omit = prop.param("X-APPLE-OMIT-YEAR").next();
                    c.birthday = dates::parse(&value, month_first(region), p).map(|mut b| {
                        if b.year.is_some_and(|y| omit == Some(y.to_string().as_str())) {
                            b.year = None;
                        }
                        b
                    });
                }
                "ORG" if c.company.is_empty() => {
                    c.company = components(&value).join(", ");
                }
                "CATEGORIES" => c
                    .tags
                    .extend(list(&value).into_iter().filter(|t| !is_system_group(t))),
                "NOTE" => notes.push(unescape(&value)),
                "X-ANDROID-CUSTOM" if nickname.is_empty() => nickname = android_nickname(&value),
                "X-KINDLY-PRONUNCIATION" if c.pronunciation.is_empty() => {
                    c.pronunciation = unescape(&value);
                }
                "X-KINDLY-PRONOUNS" if c.pronouns.is_empty() => c.pronouns = unescape(&value),
                "X-KINDLY-BEST-TIME" if c.best_time.is_empty() => c.best_time = unescape(&value),
                "LANG" if c.language.is_empty() => c.language = language_from(&unescape(&value)),
                "X-KINDLY-CONTACT-CHANNEL" => {
                    let value = unescape(&value);
                    match contact_channel(&value) {
                        Some(channel) => c.contact_channel = channel,
                        None => note(
                            p,
                            say_with(
                                "import-unknown-channel",
                                &args! { "channel" => value.trim() },
                            ),
                        ),
                    }
                }
                "X-KINDLY-DONT" => c.dont.push(unescape(&value)),
                "X-KINDLY-PREFERENCE" => c.preferences.push(unescape(&value)),
                "X-KINDLY-REMEMBER" => c.remember.push(unescape(&value)),
                "X-KINDLY-LOOKED-AFTER-BY" if c.looked_after_by.is_empty() => {
                    c.looked_after_by = unescape(&value);
                }
                "X-KINDLY-STAY-IN-TOUCH-IDEAL-DAYS" => ideal_days = days(&value, p),
                "X-KINDLY-STAY-IN-TOUCH-LONGEST-DAYS" => longest_days = days(&value, p),
                "X-KINDLY-ADDRESS" if kindly_address.is_none() => {
                    kindly_address = Some(unescape(&value));
                }
                _ => {}
            }
        }
        if c.full_name.trim().is_empty() {
            c.full_name = [&n_name, &nickname, &c.company]
                .into_iter()
                .find(|s| !s.trim().is_empty())
                .cloned()
                .unwrap_or_default();
        }
        c.preferred_name = nickname;
        // LABEL (a formatted address) repeats an ADR; use it only alone.
        if addresses.iter().all(|(_, line)| line.is_empty()) {
            addresses = formatted;
        }
        c.address = match kindly_address {
            Some(exact) => exact,
            None => address::lines(addresses),
        };
        c.notes = notes.join("\n\n");
        c.stay_in_touch = ideal_days
            .zip(longest_days)
            .map(|(ideal_days, longest_days)| StayInTouch {
                ideal_days,
                longest_days,
            });
        (c, problems)
    }
}

/// Apple's `X-ABLabel` of each group (`item1` → "shop").
fn apple_labels(props: &[Property], fallback: Fallback) -> HashMap<&str, String> {
    props
        .iter()
        .filter(|p| p.name == "X-ABLABEL" && !p.group.is_empty())
        .map(|p| {
            let (text, _) = text::decode(&p.value, None, fallback);
            (p.group.as_str(), labels::from_apple(&unescape(&text)))
        })
        .collect()
}

/// The label of a TEL, EMAIL or ADR: Apple's `X-ABLabel` in the same group
/// wins over TYPE. Whether it is preferred: TYPE=pref or any PREF.
fn label(prop: &Property, apple: &HashMap<&str, String>) -> (String, bool) {
    let types: Vec<String> = prop.param("TYPE").map(str::to_owned).collect();
    let (mut label, mut pref) = labels::from_types(&types);
    pref |= prop.param("PREF").next().is_some();
    if let Some(apple) = apple.get(prop.group.as_str()).filter(|l| !l.is_empty()) {
        label.clone_from(apple);
    }
    if label.eq_ignore_ascii_case("pref") {
        label.clear();
        pref = true;
    }
    (label, pref)
}

/// A number of days from `X-KINDLY-STAY-IN-TOUCH-*`; `None`, with a
/// problem, when it is not a whole number.
fn days(value: &str, problems: &mut Vec<String>) -> Option<u32> {
    let value = unescape(value);
    let parsed = value.trim().parse().ok();
    if parsed.is_none() {
        note(
            problems,
            say_with("import-gap-not-days", &args! { "gap" => value.trim() }),
        );
    }
    parsed
}

/// Android exports a nickname as
/// `X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;Shiv;1;;...`.
fn android_nickname(value: &str) -> String {
    match split_unescaped(value, ';', 2).as_slice() {
        [kind, name, ..] if *kind == "vnd.android.cursor.item/nickname" => unescape(name),
        _ => String::new(),
    }
}

/// Google puts every contact in "My Contacts"; it says nothing about them.
fn is_system_group(tag: &str) -> bool {
    let t = tag.trim().trim_start_matches('*').trim();
    t.eq_ignore_ascii_case("myContacts") || t.eq_ignore_ascii_case("My Contacts")
}

/// Whether `04/05/1990` means April in `region` (month first, US style).
pub(crate) fn month_first(region: &str) -> bool {
    matches!(
        region.trim().to_ascii_uppercase().as_str(),
        "US" | "PR" | "PH" | "GU" | "AS" | "VI" | "MP" | "UM" | "FM" | "MH" | "PW" | "BZ"
    )
}

/// A number from a TEL value: vCard 4's `tel:` URI becomes the number as
/// written, with `;ext=` as " ext. ".
fn phone_number(value: &str) -> String {
    let value = value.trim();
    let Some(uri) = value
        .get(..4)
        .filter(|p| p.eq_ignore_ascii_case("tel:"))
        .map(|_| &value[4..])
    else {
        return value.to_owned();
    };
    let mut parts = uri.split(';');
    let number = parts.next().unwrap_or("").to_owned();
    match parts.find_map(|p| p.strip_prefix("ext=")) {
        Some(ext) => format!("{number} ext. {ext}"),
        None => number,
    }
}

/// "Given Additional Family" from N (Family;Given;Additional;Prefix;Suffix).
fn name_from_n(value: &str) -> String {
    let parts: Vec<String> = split_unescaped(value, ';', 5)
        .into_iter()
        .map(|c| {
            split_unescaped(c, ',', MAX_PARTS)
                .into_iter()
                .map(unescape)
                .map(|s| s.trim().to_owned())
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    let get = |i: usize| parts.get(i).map(String::as_str).unwrap_or("");
    [get(1), get(2), get(0)]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// One line from ADR (PO box; extended; street; locality; region; postal
/// code; country): street, extended, PO box, locality, region, postal code,
/// country, non-empty ones joined with ", ".
fn address(value: &str) -> String {
    let raw: Vec<String> = split_unescaped(value, ';', 7)
        .into_iter()
        .map(|c| {
            split_unescaped(c, ',', MAX_PARTS)
                .into_iter()
                .map(|s| address::flatten(&unescape(s)))
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(", ")
        })
        .collect();
    let get = |i: usize| raw.get(i).map(String::as_str).unwrap_or("");
    address::join(&[get(2), get(1), get(0), get(3), get(4), get(5), get(6)])
}

/// The most parts read from one value (ORG's units, the names in one N
/// component, the lines in one ADR component); a real value has a few.
const MAX_PARTS: usize = 16;

/// The non-empty `;`-separated components of a value (at most
/// [`MAX_PARTS`]), unescaped.
fn components(value: &str) -> Vec<String> {
    split_unescaped(value, ';', MAX_PARTS)
        .into_iter()
        .map(|c| unescape(c).trim().to_owned())
        .filter(|c| !c.is_empty())
        .collect()
}

/// The non-empty `,`-separated items of a value, unescaped (NICKNAME,
/// CATEGORIES); at most as many as a profile's list holds.
fn list(value: &str) -> Vec<String> {
    split_unescaped(value, ',', crate::rules::validate::MAX_ITEMS)
        .into_iter()
        .map(|c| unescape(c).trim().to_owned())
        .filter(|c| !c.is_empty())
        .collect()
}

/// Splits on `sep` where it is not escaped with a backslash, into at most
/// `max` parts: splitting stops there and the rest is left out, so a value
/// of a million separators costs no more than one of `max`.
pub(crate) fn split_unescaped(value: &str, sep: char, max: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut escaped = false;
    for (i, c) in value.char_indices() {
        if escaped {
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if c == sep {
            out.push(&value[start..i]);
            start = i + c.len_utf8();
            if out.len() == max {
                return out;
            }
        }
    }
    out.push(&value[start..]);
    out
}

/// Undoes vCard text escapes: `\n` and `\N` are line breaks; `\\`, `\,`,
/// `\;` and `\:` are the character itself; any other backslash is kept.
pub(crate) fn unescape(value: &str) -> String {
    if !value.contains('\\') {
        return value.to_owned();
    }
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n' | 'N') => out.push('\n'),
            Some(c @ ('\\' | ',' | ';' | ':')) => out.push(c),
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Notes about character sets come out in file order and once each,
    /// when the cards that need them are read in different rounds.
    #[test]
    fn notes_of_cards_in_different_rounds_come_once_in_file_order() {
        let mut vcf = String::new();
        for i in 0..300u32 {
            let charset = match i {
                10 | 250 => ";CHARSET=x-first",
                150 => ";CHARSET=x-second",
                _ => "",
            };
            vcf.push_str(&format!(
                "BEGIN:VCARD\r\nVERSION:2.1\r\nFN{charset}:Person {i}\r\nEND:VCARD\r\n"
            ));
        }
        let parsed = VcardImporter.parse(vcf.as_bytes(), "US").expect("vCard");
        let names: Vec<&str> = parsed
            .contacts
            .iter()
            .map(|c| c.customer.full_name.as_str())
            .collect();
        let expected: Vec<String> = (0..300).map(|i| format!("Person {i}")).collect();
        assert_eq!(names, expected);
        assert_eq!(parsed.notes.len(), 2, "{:#?}", parsed.notes);
        assert!(parsed.notes[0].contains("\u{201c}x-first\u{201d}"));
        assert!(parsed.notes[1].contains("\u{201c}x-second\u{201d}"));
    }

    #[test]
    fn escapes_and_splitting() {
        assert_eq!(unescape(r"a\,b\;c\\d\ne\x"), "a,b;c\\d\ne\\x");
        assert_eq!(split_unescaped(r"a\;b;c", ';', 5), [r"a\;b", "c"]);
        assert_eq!(
            split_unescaped("a;b;c;d", ';', 2),
            ["a", "b"],
            "stops at the cap"
        );
        assert_eq!(
            name_from_n("García;José;Antonio;Dr.;"),
            "José Antonio García"
        );
    }

    #[test]
    fn addresses_and_tel_uris() {
        assert_eq!(
            address(r";Apt 4;1 Main St\nBack door;Springfield;IL;62701;USA"),
            "1 Main St, Back door, Apt 4, Springfield, IL, 62701, USA"
        );
        assert_eq!(
            phone_number("tel:+1-555-010-4477;ext=12"),
            "+1-555-010-4477 ext. 12"
        );
    }
}
