//! The customers as CSV (RFC 4180) for spreadsheets, with the columns
//! Kindly's importer recognises (`import/columns.rs`).
//!
//! Columns, in order: `Kindly ID`, `Name`, `Preferred name`,
//! `Pronunciation`, `Pronouns`, `Company`, then `Phone N - Label` and
//! `Phone N - Value` for as many phones as the customer with the most has
//! (at least one), the same for `Email N - ...`, then `Address`,
//! `Birthday`, `Tags`, `Notes`, `Best way to reach them`, `Best time`,
//! `Please don't`, `Preferences`, `Always remember`, `Looked after by`,
//! `Stay in touch - ideal days`, `Stay in touch - longest days`,
//! `Language` (a code such as `fr`; last, so the columns before it stay
//! where older exports had them).
//!
//! Cells: the primary phone's and email's label starts with `* ` (Google's
//! mark); a label that starts with `*` or `\` of its own gets a `\` in
//! front; tags and list items are one per line; birthdays are
//! `YYYY-MM-DD`, or `--MM-DD` without a year; the best way to reach them is
//! in words ("text message"); the address and notes are as written.
//!
//! Invariants: UTF-8 with a byte-order mark; CRLF after every row; a cell
//! holding a comma, semicolon, tab, quote or line break is quoted, its
//! quotes doubled; every row has as many cells as the header; a cell a
//! spreadsheet would run as a formula gets a leading `'` ([`guard`]).

use std::io::Write;

use crate::rules::model::Customer;

/// Characters that make a spreadsheet read a cell as a formula (and tab
/// and CR, which some strip before looking).
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// `value` safe to open in a spreadsheet: one that begins with a formula
/// character, or with `'` followed by one or another `'`, gets a leading
/// `'`, which spreadsheets show as "this is text". The importer removes
/// exactly this `'`, so every value reads back as it was.
pub(super) fn guard(value: &str) -> String {
    let mut chars = value.chars();
    let needs = match chars.next() {
        Some(c) if FORMULA_START.contains(&c) => true,
        Some('\'') => matches!(chars.next(), Some(c) if c == '\'' || FORMULA_START.contains(&c)),
        _ => false,
    };
    if needs {
        format!("'{value}")
    } else {
        value.to_owned()
    }
}

/// Appends one cell (guarded, quoted when needed) and its separator.
fn cell(row: &mut String, value: &str) {
    if !row.is_empty() {
        row.push(',');
    }
    let value = guard(value);
    if value.contains([',', ';', '\t', '"', '\r', '\n']) {
        row.push('"');
        row.push_str(&value.replace('"', "\"\""));
        row.push('"');
    } else {
        row.push_str(&value);
    }
}

/// The label cell of a phone or email: `* ` before the primary one's,
/// `\` before a label that begins with `*` or `\` by itself.
fn label(text: &str, primary: bool) -> String {
    let escaped = if text.starts_with(['*', '\\']) {
        format!("\\{text}")
    } else {
        text.to_owned()
    };
    match (primary, escaped.is_empty()) {
        (true, true) => "*".to_owned(),
        (true, false) => format!("* {escaped}"),
        (false, _) => escaped,
    }
}

fn header(phones: usize, emails: usize) -> Vec<String> {
    let mut h: Vec<String> = [
        "Kindly ID",
        "Name",
        "Preferred name",
        "Pronunciation",
        "Pronouns",
        "Company",
    ]
    .map(str::to_owned)
    .to_vec();
    for (kind, count) in [("Phone", phones), ("Email", emails)] {
        for n in 1..=count {
            h.push(format!("{kind} {n} - Label"));
            h.push(format!("{kind} {n} - Value"));
        }
    }
    h.extend(
        [
            "Address",
            "Birthday",
            "Tags",
            "Notes",
            "Best way to reach them",
            "Best time",
            "Please don't",
            "Preferences",
            "Always remember",
            "Looked after by",
            "Stay in touch - ideal days",
            "Stay in touch - longest days",
            "Language",
        ]
        .map(str::to_owned),
    );
    h
}

fn row(c: &Customer, phones: usize, emails: usize) -> Vec<String> {
    let mut r = vec![
        c.id.clone(),
        c.full_name.clone(),
        c.preferred_name.clone(),
        c.pronunciation.clone(),
        c.pronouns.clone(),
        c.company.clone(),
    ];
    for i in 0..phones {
        match c.phones.get(i) {
            Some(p) => r.extend([label(&p.label, p.primary), p.number.clone()]),
            None => r.extend([String::new(), String::new()]),
        }
    }
    for i in 0..emails {
        match c.emails.get(i) {
            Some(e) => r.extend([label(&e.label, e.primary), e.address.clone()]),
            None => r.extend([String::new(), String::new()]),
        }
    }
    let birthday = c.birthday.map_or_else(String::new, |b| match b.year {
        Some(y) => format!("{y:04}-{:02}-{:02}", b.month, b.day),
        None => format!("--{:02}-{:02}", b.month, b.day),
    });
    let stay = c.stay_in_touch;
    r.extend([
        c.address.clone(),
        birthday,
        c.tags.join("\n"),
        c.notes.clone(),
        c.contact_channel.words().to_owned(),
        c.best_time.clone(),
        c.dont.join("\n"),
        c.preferences.join("\n"),
        c.remember.join("\n"),
        c.looked_after_by.clone(),
        stay.map_or_else(String::new, |s| s.ideal_days.to_string()),
        stay.map_or_else(String::new, |s| s.longest_days.to_string()),
        c.language.clone(),
    ]);
    r
}

fn write_row(out: &mut dyn Write, cells: &[String]) -> std::io::Result<()> {
    let mut line = String::new();
    for value in cells {
        cell(&mut line, value);
    }
    line.push_str("\r\n");
    out.write_all(line.as_bytes())
}

/// Writes rows of customers under one header. Invariant: every row has
/// as many cells as the header (room for `phones` phones and `emails`
/// emails).
pub(super) struct Writer<'a> {
    out: &'a mut dyn Write,
    phones: usize,
    emails: usize,
}

impl<'a> Writer<'a> {
    /// Writes the byte-order mark and the header, with room for `phones`
    /// phones and `emails` emails per row (at least one of each).
    pub fn start(out: &'a mut dyn Write, phones: usize, emails: usize) -> std::io::Result<Self> {
        let (phones, emails) = (phones.max(1), emails.max(1));
        out.write_all("\u{feff}".as_bytes())?;
        write_row(out, &header(phones, emails))?;
        Ok(Writer {
            out,
            phones,
            emails,
        })
    }

    /// Writes one customer's row. A customer with more phones or emails
    /// than the header has room for is an error, never a wider row.
    pub fn row(&mut self, c: &Customer) -> std::io::Result<()> {
        if c.phones.len() > self.phones || c.emails.len() > self.emails {
            return Err(std::io::Error::other(
                "a customer has more phone numbers or emails than the header has columns for",
            ));
        }
        write_row(self.out, &row(c, self.phones, self.emails))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_guarded_and_plain_text_is_not() {
        assert_eq!(guard("+44 20 7946 0018"), "'+44 20 7946 0018");
        assert_eq!(guard("=1+1"), "'=1+1");
        assert_eq!(guard("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(guard("'=x"), "''=x");
        assert_eq!(guard("''"), "'''");
        assert_eq!(guard("'tis"), "'tis");
        assert_eq!(guard("Ana"), "Ana");
        assert_eq!(guard(""), "");
    }

    #[test]
    fn cells_are_quoted_only_when_needed() {
        let mut row = String::new();
        for v in ["a", "b,c", "say \"hi\"", "x\ny", ""] {
            cell(&mut row, v);
        }
        assert_eq!(row, "a,\"b,c\",\"say \"\"hi\"\"\",\"x\ny\",");
    }

    #[test]
    fn primary_labels_are_starred_and_stars_escaped() {
        assert_eq!(label("mobile", true), "* mobile");
        assert_eq!(label("", true), "*");
        assert_eq!(label("*shop", false), "\\*shop");
        assert_eq!(label("*shop", true), "* \\*shop");
        assert_eq!(label("shop", false), "shop");
    }
}
