//! One customer as a vCard 4.0 (RFC 6350) card.
//!
//! What becomes what (the importer in `import/vcard.rs` reads each back):
//! FN the full name; N the same split best-effort (the last word is the
//! family name); NICKNAME the preferred name; ORG the company; TEL and
//! EMAIL each phone and email, `PREF=1` on the primary one, the label as
//! `TYPE` when it is a standard type the importer names the same way
//! ("mobile" is `TYPE=cell`) and otherwise as Apple's `X-ABLabel` in an
//! item group, so "shop" stays "shop"; ADR the address in the street
//! component; BDAY `--MMDD` without a year, `YYYYMMDD` with one;
//! CATEGORIES the tags; NOTE the notes; UID `urn:uuid:<id>`.
//!
//! Fields only Kindly has are `X-KINDLY-*` properties: PRONUNCIATION,
//! PRONOUNS, BEST-TIME, CONTACT-CHANNEL (the stored word, e.g.
//! `text_message`), one DONT, PREFERENCE or REMEMBER per list item,
//! LOOKED-AFTER-BY, STAY-IN-TOUCH-IDEAL-DAYS and -LONGEST-DAYS, and
//! ADDRESS (the address exactly, line breaks included) when the address
//! has more than one line, which ADR cannot carry back to Kindly.
//!
//! Invariants: every line ends in CRLF and is at most 75 octets, folded
//! between characters (never inside one); text values are escaped
//! (`\\`, `\,`, `\;`, `\n`), so no value can end a line or a card.

use crate::rules::model::{Birthday, ContactChannel, Customer};
use crate::use_cases::follow_ups::calendar::line;

/// Escapes a TEXT value (RFC 6350 §3.4); CRLF and CR are line breaks too.
pub(super) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' => out.push_str("\\n"),
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push_str("\\n");
                }
            }
            c => out.push(c),
        }
    }
    out
}

/// The `TYPE` values for a phone label the importer reads back as exactly
/// that label; `None` for any other label (written as `X-ABLabel`).
fn phone_types(label: &str) -> Option<&'static str> {
    Some(match label {
        "mobile" => "cell",
        "home" => "home",
        "work" => "work",
        "fax" => "fax",
        "home fax" => "home,fax",
        "work fax" => "work,fax",
        "pager" => "pager",
        "video" => "video",
        "textphone" => "textphone",
        _ => return None,
    })
}

/// The same for email labels.
fn email_types(label: &str) -> Option<&'static str> {
    Some(match label {
        "home" => "home",
        "work" => "work",
        _ => return None,
    })
}

/// Appends a TEL or EMAIL: `TYPE` for a standard label, else an item group
/// with `X-ABLabel` (numbered by `item`); `PREF=1` when primary.
fn labelled(
    out: &mut String,
    item: &mut u32,
    name: &str,
    label: &str,
    types: Option<&str>,
    primary: bool,
    value: &str,
) {
    let pref = if primary { ";PREF=1" } else { "" };
    let value = escape(value);
    match (label.is_empty(), types) {
        (true, _) => line(out, &format!("{name}{pref}:{value}")),
        (false, Some(types)) => line(out, &format!("{name};TYPE={types}{pref}:{value}")),
        (false, None) => {
            *item += 1;
            let group = format!("item{item}");
            line(out, &format!("{group}.{name}{pref}:{value}"));
            line(out, &format!("{group}.X-ABLabel:{}", escape(label)));
        }
    }
}

/// `N`: family name (the last word) and given names (the rest).
fn structured_name(full_name: &str) -> String {
    let words: Vec<&str> = full_name.split_whitespace().collect();
    let (family, given) = match words.split_last() {
        Some((last, rest)) if !rest.is_empty() => (*last, rest.join(" ")),
        Some((only, _)) => (*only, String::new()),
        None => ("", String::new()),
    };
    format!("N:{};{};;;", escape(family), escape(&given))
}

fn birthday(b: Birthday) -> String {
    match b.year {
        Some(year) => format!("BDAY:{year:04}{:02}{:02}", b.month, b.day),
        None => format!("BDAY:--{:02}{:02}", b.month, b.day),
    }
}

/// The card of one customer, every line ending in CRLF.
pub(super) fn card(c: &Customer) -> String {
    let mut out = String::new();
    let o = &mut out;
    line(o, "BEGIN:VCARD");
    line(o, "VERSION:4.0");
    line(o, "PRODID:-//Kindly//Kindly notebook//EN");
    line(o, &format!("UID:urn:uuid:{}", c.id));
    line(o, &format!("FN:{}", escape(&c.full_name)));
    line(o, &structured_name(&c.full_name));
    let text = |o: &mut String, name: &str, value: &str| {
        if !value.is_empty() {
            line(o, &format!("{name}:{}", escape(value)));
        }
    };
    text(o, "NICKNAME", &c.preferred_name);
    text(o, "ORG", &c.company);
    let mut item = 0;
    for p in &c.phones {
        let types = phone_types(&p.label);
        labelled(o, &mut item, "TEL", &p.label, types, p.primary, &p.number);
    }
    for e in &c.emails {
        let types = email_types(&e.label);
        labelled(
            o, &mut item, "EMAIL", &e.label, types, e.primary, &e.address,
        );
    }
    if !c.address.is_empty() {
        line(o, &format!("ADR:;;{};;;;", escape(&c.address)));
        if c.address.contains(['\n', '\r']) {
            text(o, "X-KINDLY-ADDRESS", &c.address);
        }
    }
    if let Some(b) = c.birthday {
        line(o, &birthday(b));
    }
    if !c.tags.is_empty() {
        let tags: Vec<String> = c.tags.iter().map(|t| escape(t)).collect();
        line(o, &format!("CATEGORIES:{}", tags.join(",")));
    }
    text(o, "NOTE", &c.notes);
    text(o, "X-KINDLY-PRONUNCIATION", &c.pronunciation);
    text(o, "X-KINDLY-PRONOUNS", &c.pronouns);
    text(o, "X-KINDLY-BEST-TIME", &c.best_time);
    text(o, "LANG", &c.language);
    if c.contact_channel != ContactChannel::NoPreference {
        text(o, "X-KINDLY-CONTACT-CHANNEL", c.contact_channel.as_str());
    }
    for (name, items) in [
        ("X-KINDLY-DONT", &c.dont),
        ("X-KINDLY-PREFERENCE", &c.preferences),
        ("X-KINDLY-REMEMBER", &c.remember),
    ] {
        for item in items {
            text(o, name, item);
        }
    }
    text(o, "X-KINDLY-LOOKED-AFTER-BY", &c.looked_after_by);
    if let Some(s) = c.stay_in_touch {
        line(
            o,
            &format!("X-KINDLY-STAY-IN-TOUCH-IDEAL-DAYS:{}", s.ideal_days),
        );
        line(
            o,
            &format!("X-KINDLY-STAY-IN-TOUCH-LONGEST-DAYS:{}", s.longest_days),
        );
    }
    line(o, "END:VCARD");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_fold_at_75_octets_between_characters() {
        let mut out = String::new();
        line(&mut out, &format!("NOTE:{}", "é😀".repeat(40)));
        for l in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets: {l}", l.len());
        }
        assert_eq!(
            out.replace("\r\n ", "").trim_end(),
            format!("NOTE:{}", "é😀".repeat(40))
        );
    }

    #[test]
    fn text_is_escaped_and_names_split() {
        assert_eq!(escape("a;b,c\\d\ne\r\nf\rg"), "a\\;b\\,c\\\\d\\ne\\nf\\ng");
        assert_eq!(
            structured_name("José Antonio García"),
            "N:García;José Antonio;;;"
        );
        assert_eq!(structured_name("Cher"), "N:Cher;;;;");
    }
}
