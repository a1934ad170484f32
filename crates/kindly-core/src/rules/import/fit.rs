//! Making a parsed record fit Kindly's rules: the last step every importer
//! takes. Text is cleaned and shortened to the limits in
//! [`crate::rules::validate`], unusable parts are left out with a sentence saying
//! so, and the result is checked with [`validate::customer`] itself.
//!
//! Invariant: [`fit`] returns an [`ImportedContact`] only when
//! `validate::customer(&contact.customer, region)` succeeds; the customer is
//! the normalised form that call returns.

use super::text::{multi_line, one_line, truncate};
use super::{note, ImportedContact, Parsed, RowProblem};
use crate::error::Error;
use crate::rules::model::{CustomerInput, EmailInput, PhoneInput};
use crate::rules::parallel;
use crate::rules::phone;
use crate::rules::validate::{
    self, MAX_CONTACTS, MAX_ITEM, MAX_ITEMS, MAX_NOTES, MAX_SHORT, MAX_TAG,
};
use kindly_words::{args, say, say_with};

/// The longest phone number or label the form accepts (see `validate.rs`).
const MAX_PHONE: usize = 40;
const MAX_LABEL: usize = 40;
const MAX_EMAIL: usize = 254;

/// A record as a parser read it, or why it could not be read; in file order.
#[allow(
    clippy::large_enum_variant,
    reason = "nearly every item is a record: boxing it would only add an allocation each"
)]
pub(crate) enum Read {
    Record {
        line: u32,
        input: CustomerInput,
        problems: Vec<String>,
    },
    Unreadable(RowProblem),
}

/// [`fit`]s every record into `parsed`, keeping file order. A big file's
/// records are fitted on every core: fitting (normalising every phone
/// number above all) is most of the time it takes to read a file.
pub(crate) fn fit_all(read: Vec<Read>, region: &str, parsed: &mut Parsed) {
    let fitted = parallel::map_in_order(read, |r| match r {
        Read::Record {
            line,
            input,
            problems,
        } => fit(line, input, problems, region),
        Read::Unreadable(problem) => Err(problem),
    });
    for outcome in fitted {
        parsed.add(outcome);
    }
}

/// Cleans `input` and checks it; `problems` already holds what the parser
/// noticed. A record without a name is a [`RowProblem`].
pub(crate) fn fit(
    line: u32,
    mut input: CustomerInput,
    mut problems: Vec<String>,
    region: &str,
) -> Result<ImportedContact, RowProblem> {
    let p = &mut problems;
    input.full_name = short(&input.full_name, MAX_SHORT, "name", p);
    input.preferred_name = short(&input.preferred_name, MAX_SHORT, "nickname", p);
    input.company = short(&input.company, MAX_SHORT, "company", p);
    input.address = long(&input.address, MAX_ITEM, "address", p);
    input.notes = long(&input.notes, MAX_NOTES, "notes", p);
    input.pronunciation = short(&input.pronunciation, MAX_SHORT, "pronunciation", p);
    input.pronouns = short(&input.pronouns, MAX_SHORT, "pronouns", p);
    input.best_time = short(&input.best_time, MAX_SHORT, "best-time", p);
    input.looked_after_by = short(&input.looked_after_by, MAX_SHORT, "looked-after-by", p);
    fit_items(&mut input.dont, "dont", p);
    fit_items(&mut input.preferences, "preferences", p);
    fit_items(&mut input.remember, "remember", p);
    fit_phones(&mut input, region, p);
    fit_emails(&mut input, p);
    fit_tags(&mut input, p);

    if input.full_name.is_empty() {
        return Err(RowProblem {
            line,
            message: nameless(&input),
        });
    }
    // The checks above follow validate.rs; this loop makes the guarantee
    // hold even where they differ, by leaving out what validation refuses.
    for _ in 0..4 * MAX_CONTACTS + 8 {
        match validate::customer(&input, region) {
            Ok(valid) => {
                return Ok(ImportedContact {
                    line,
                    customer: valid.input,
                    problems,
                })
            }
            Err(Error::Invalid { field, message }) => {
                if !drop_field(&mut input, &field, &message, &mut problems) {
                    break;
                }
            }
            Err(other) => {
                return Err(RowProblem {
                    line,
                    message: other.to_string(),
                })
            }
        }
    }
    Err(RowProblem {
        line,
        message: say("import-unreadable-contact"),
    })
}

/// The message for a record without a name, naming what it did hold so the
/// user can find it in the other program.
fn nameless(input: &CustomerInput) -> String {
    let hint = input
        .phones
        .first()
        .map(|p| p.number.as_str())
        .or_else(|| input.emails.first().map(|e| e.address.as_str()));
    match hint {
        Some(hint) => say_with("import-nameless-hint", &args! { "hint" => hint }),
        None => say("import-nameless"),
    }
}

/// Removes what validation refused in `field`; `false` when the field is
/// not one that can be left out.
fn drop_field(input: &mut CustomerInput, field: &str, message: &str, p: &mut Vec<String>) -> bool {
    let mut parts = field.split('.');
    let (name, index) = (parts.next().unwrap_or(""), parts.next());
    let index: Option<usize> = index.and_then(|i| i.parse().ok());
    match (name, index) {
        ("phones", Some(i)) if i < input.phones.len() => {
            input.phones.remove(i);
        }
        ("phones", None) => input.phones.truncate(MAX_CONTACTS),
        ("emails", Some(i)) if i < input.emails.len() => {
            input.emails.remove(i);
        }
        ("emails", None) => input.emails.truncate(MAX_CONTACTS),
        ("tags", Some(i)) if i < input.tags.len() => {
            input.tags.remove(i);
        }
        ("tags", None) => input.tags.truncate(MAX_CONTACTS),
        ("dont" | "preferences" | "remember", index) => {
            let list = match name {
                "dont" => &mut input.dont,
                "preferences" => &mut input.preferences,
                _ => &mut input.remember,
            };
            match index {
                Some(i) if i < list.len() => {
                    list.remove(i);
                }
                _ => list.truncate(MAX_ITEMS),
            }
        }
        ("pronunciation", _) => input.pronunciation.clear(),
        ("pronouns", _) => input.pronouns.clear(),
        ("best_time", _) => input.best_time.clear(),
        ("language", _) => input.language.clear(),
        ("looked_after_by", _) => input.looked_after_by.clear(),
        ("stay_in_touch", _) => input.stay_in_touch = None,
        ("birthday", _) => input.birthday = None,
        ("preferred_name", _) => input.preferred_name.clear(),
        ("company", _) => input.company.clear(),
        ("address", _) => input.address.clear(),
        ("notes", _) => input.notes.clear(),
        _ => return false,
    }
    let what = match name {
        "phones" => "phone",
        "emails" => "email",
        "tags" => "tag",
        "birthday" => "birthday",
        "preferred_name" => "nickname",
        "company" => "company",
        "address" => "address",
        "dont" | "preferences" | "remember" => "list-item",
        "pronunciation" => "pronunciation",
        "pronouns" => "pronouns",
        "best_time" => "best-time",
        "language" => "language",
        "looked_after_by" => "looked-after-by",
        "stay_in_touch" => "stay-in-touch",
        _ => "notes",
    };
    note(
        p,
        say_with(
            "import-left-out",
            &args! { "what" => what, "message" => message },
        ),
    );
    mark_primary(input);
    true
}

fn short(text: &str, max: usize, what: &str, p: &mut Vec<String>) -> String {
    shorten(text, max, what, p, one_line)
}

fn long(text: &str, max: usize, what: &str, p: &mut Vec<String>) -> String {
    shorten(text, max, what, p, multi_line)
}

/// Cleans `text` and keeps its first `max` characters. Only a prefix of a
/// few times `max` is cleaned, so a huge value costs no more than a small
/// one.
fn shorten(
    text: &str,
    max: usize,
    what: &str,
    p: &mut Vec<String>,
    clean: fn(&str) -> String,
) -> String {
    let prefix = prefix(text, max.saturating_mul(4));
    let cleaned = clean(prefix);
    let out = truncate(&cleaned, max);
    if out.len() < cleaned.len() || prefix.len() < text.len() {
        note(
            p,
            say_with("import-shortened", &args! { "what" => what, "max" => max }),
        );
    }
    out
}

/// The first `max` characters of `text`, as a slice.
fn prefix(text: &str, max: usize) -> &str {
    match text.char_indices().nth(max) {
        Some((at, _)) => &text[..at],
        None => text,
    }
}

/// Notes how many items past the limit were left out, once.
fn overflow(p: &mut Vec<String>, left_out: usize, what: &str) {
    if left_out > 0 {
        note(
            p,
            say_with(
                "import-too-many",
                &args! { "what" => what, "max" => MAX_CONTACTS, "count" => left_out },
            ),
        );
    }
}

/// Cleans numbers and labels, takes out invisible format characters (with a
/// warning), leaves out what is not a phone number, keeps a number not
/// valid under `region` as typed, merges numbers that are the same, keeps at most
/// [`MAX_CONTACTS`] and one primary. Numbers past the limit are counted,
/// not parsed.
fn fit_phones(input: &mut CustomerInput, region: &str, p: &mut Vec<String>) {
    let mut seen: Vec<String> = Vec::new();
    let mut out: Vec<PhoneInput> = Vec::new();
    let mut left_out = 0;
    for mut phone in std::mem::take(&mut input.phones) {
        let mut number = one_line(prefix(&phone.number, MAX_PHONE + 1));
        if number.is_empty() {
            continue;
        }
        if out.len() == MAX_CONTACTS {
            left_out += 1;
            continue;
        }
        if phone::has_format_chars(&number) {
            number = phone::without_format_chars(&number).trim().to_owned();
            note(
                p,
                say_with(
                    "import-invisible-phone",
                    &args! { "number" => truncate(&number, MAX_PHONE) },
                ),
            );
        }
        let reading = if number.chars().count() <= MAX_PHONE {
            phone::read(&number, region)
        } else {
            phone::Reading::NotAPhone
        };
        let key = match reading {
            phone::Reading::Number(e164) => e164,
            phone::Reading::CheckCountry => phone::digits(&number),
            phone::Reading::NotAPhone => {
                note(
                    p,
                    say_with(
                        "import-not-a-phone",
                        &args! { "number" => truncate(&number, MAX_PHONE) },
                    ),
                );
                continue;
            }
        };
        if let Some(i) = seen.iter().position(|s| *s == key) {
            out[i].primary |= phone.primary;
            continue;
        }
        phone.number = number;
        phone.label = short(&phone.label, MAX_LABEL, "phone-label", p);
        seen.push(key);
        out.push(phone);
    }
    overflow(p, left_out, "phones");
    input.phones = out;
    mark_primary(input);
}

/// Cleans addresses and labels, merges repeats (ignoring case), keeps at
/// most [`MAX_CONTACTS`] and one primary. Malformed addresses are left to
/// the validation loop, which leaves them out with its own message.
fn fit_emails(input: &mut CustomerInput, p: &mut Vec<String>) {
    let mut out: Vec<EmailInput> = Vec::new();
    let mut left_out = 0;
    for mut email in std::mem::take(&mut input.emails) {
        let mut address = one_line(prefix(&email.address, MAX_EMAIL + 1));
        if phone::has_format_chars(&address) {
            address = phone::without_format_chars(&address).trim().to_owned();
            note(
                p,
                say_with(
                    "import-invisible-email",
                    &args! { "address" => truncate(&address, MAX_EMAIL) },
                ),
            );
        }
        if address.is_empty() {
            continue;
        }
        if address.chars().count() > MAX_EMAIL {
            note(p, say("import-email-too-long"));
            continue;
        }
        let lower = address.to_lowercase();
        if let Some(kept) = out.iter_mut().find(|e| e.address.to_lowercase() == lower) {
            kept.primary |= email.primary;
            continue;
        }
        if out.len() == MAX_CONTACTS {
            left_out += 1;
            continue;
        }
        email.address = address;
        email.label = short(&email.label, MAX_LABEL, "email-label", p);
        out.push(email);
    }
    overflow(p, left_out, "emails");
    input.emails = out;
    mark_primary(input);
}

/// Cleans tags, shortens long ones, merges repeats (ignoring case) and keeps
/// at most [`MAX_CONTACTS`].
fn fit_tags(input: &mut CustomerInput, p: &mut Vec<String>) {
    let mut out: Vec<String> = Vec::new();
    let mut left_out = 0;
    for tag in std::mem::take(&mut input.tags) {
        if out.len() == MAX_CONTACTS {
            left_out += usize::from(!tag.trim().is_empty());
            continue;
        }
        let tag = short(&tag, MAX_TAG, "tag", p);
        if tag.is_empty() || out.iter().any(|t| t.to_lowercase() == tag.to_lowercase()) {
            continue;
        }
        out.push(tag);
    }
    overflow(p, left_out, "tags");
    input.tags = out;
}

/// Cleans the items of one list ("please don't", preferences, always
/// remember): one line each, shortened to
/// [`MAX_ITEM`], empty ones dropped, at most [`MAX_ITEMS`] kept.
fn fit_items(items: &mut Vec<String>, what: &str, p: &mut Vec<String>) {
    let mut out: Vec<String> = Vec::new();
    let mut left_out = 0;
    for item in std::mem::take(items) {
        if out.len() == MAX_ITEMS {
            left_out += usize::from(!item.trim().is_empty());
            continue;
        }
        let item = short(&item, MAX_ITEM, "list-item", p);
        if !item.is_empty() {
            out.push(item);
        }
    }
    if left_out > 0 {
        note(
            p,
            say_with(
                "import-too-many-items",
                &args! { "what" => what, "max" => MAX_ITEMS, "count" => left_out },
            ),
        );
    }
    *items = out;
}

/// Exactly one primary phone and email when there are any: the first one
/// marked primary, else the first.
fn mark_primary(input: &mut CustomerInput) {
    let first = input.phones.iter().position(|x| x.primary).unwrap_or(0);
    for (i, x) in input.phones.iter_mut().enumerate() {
        x.primary = i == first;
    }
    let first = input.emails.iter().position(|x| x.primary).unwrap_or(0);
    for (i, x) in input.emails.iter_mut().enumerate() {
        x.primary = i == first;
    }
}
