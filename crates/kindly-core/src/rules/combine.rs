//! Combining two profiles of the same person into one, for importing a
//! contact into an existing customer and for merging duplicates.
//!
//! Invariants of [`absorb`]:
//! - Nothing the kept profile holds is lost or overwritten: its name and
//!   every non-empty field stay as they are.
//! - What the other profile adds is kept: phones (by E.164), emails
//!   (ignoring case), list items and tags (ignoring case) are added; empty
//!   fields are filled; a field both hold differently is written into the
//!   notes as one line (`Company: Pine & Co`), so it is still there to read.
//! - It is idempotent: absorbing the same profile a second time changes
//!   nothing. Re-importing a file relies on this.
//! - Limits ([`MAX_CONTACTS`], [`MAX_ITEMS`], [`MAX_NOTES`]) are kept; what does not fit is
//!   named in the returned [`Absorbed::left_out`], never silently dropped.

use crate::rules::fold::{fold, same_ignoring_case};
use crate::rules::model::{ContactChannel, CustomerInput};
use crate::rules::phone;
use crate::rules::validate::{MAX_CONTACTS, MAX_ITEMS, MAX_NOTES};
use kindly_words::{args, say, say_with};

/// What [`absorb`] did, in words for the person at the desk.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Absorbed {
    /// One short phrase per change, e.g. "adds 07700 900123".
    pub changes: Vec<String>,
    /// What could not be added because of a limit.
    pub left_out: Vec<String>,
}

impl Absorbed {
    pub(crate) fn changed(&self) -> bool {
        !self.changes.is_empty()
    }
}

/// Adds to `kept` what `other` holds and `kept` does not (see the module
/// invariants). Phone numbers are compared in their E.164 form under
/// `region`.
pub(crate) fn absorb(kept: &mut CustomerInput, other: &CustomerInput, region: &str) -> Absorbed {
    let mut out = Absorbed::default();
    let mut lines: Vec<String> = Vec::new();

    if fold(&other.full_name) != fold(&kept.full_name) && !other.full_name.trim().is_empty() {
        lines.push(say_with(
            "import-merge-also-known-as",
            &args! { "name" => other.full_name.trim() },
        ));
    }
    for (label, kept_value, value) in [
        // Selectors of `import-merge-adds-field` and `import-merge-field`.
        ("nickname", &mut kept.preferred_name, &other.preferred_name),
        (
            "pronunciation",
            &mut kept.pronunciation,
            &other.pronunciation,
        ),
        ("pronouns", &mut kept.pronouns, &other.pronouns),
        ("company", &mut kept.company, &other.company),
        ("address", &mut kept.address, &other.address),
        ("best-time", &mut kept.best_time, &other.best_time),
        ("language", &mut kept.language, &other.language),
        (
            "looked-after-by",
            &mut kept.looked_after_by,
            &other.looked_after_by,
        ),
    ] {
        fill(label, kept_value, value, &mut out, &mut lines);
    }
    match (kept.birthday, other.birthday) {
        (None, Some(b)) => {
            kept.birthday = Some(b);
            out.changes.push(say("import-merge-adds-birthday"));
        }
        (Some(k), Some(b)) if k != b => {
            // A birthday with a year completes the same day without one.
            if k.year.is_none() && (k.month, k.day) == (b.month, b.day) {
                kept.birthday = Some(b);
                out.changes.push(say("import-merge-adds-birth-year"));
            } else if !(b.year.is_none() && (k.month, k.day) == (b.month, b.day)) {
                let year = b.year.map(|y| format!(" {y}")).unwrap_or_default();
                let date = format!("{}/{}{year}", b.day, b.month);
                lines.push(say_with("import-merge-birthday", &args! { "date" => date }));
            }
        }
        _ => {}
    }
    if other.contact_channel != ContactChannel::NoPreference
        && other.contact_channel != kept.contact_channel
    {
        if kept.contact_channel == ContactChannel::NoPreference {
            kept.contact_channel = other.contact_channel;
            out.changes.push(say("import-merge-adds-contact-way"));
        } else {
            lines.push(say_with(
                "import-merge-prefers",
                &args! { "channel" => other.contact_channel.as_str() },
            ));
        }
    }
    match (kept.stay_in_touch, other.stay_in_touch) {
        (None, Some(s)) => {
            kept.stay_in_touch = Some(s);
            out.changes.push(say("import-merge-adds-rhythm"));
        }
        (Some(k), Some(s)) if k != s => lines.push(say_with(
            "import-merge-rhythm",
            &args! { "ideal" => s.ideal_days, "longest" => s.longest_days },
        )),
        _ => {}
    }

    add_phones(kept, other, region, &mut out);
    add_emails(kept, other, &mut out);
    for (what, list, more, limit) in [
        // Selectors of `import-merge-adds-item`.
        ("dont", &mut kept.dont, &other.dont, MAX_ITEMS),
        (
            "preferences",
            &mut kept.preferences,
            &other.preferences,
            MAX_ITEMS,
        ),
        ("remember", &mut kept.remember, &other.remember, MAX_ITEMS),
        ("tags", &mut kept.tags, &other.tags, MAX_CONTACTS),
    ] {
        add_items(what, list, more, limit, &mut out);
    }

    let other_notes = other.notes.trim();
    if !other_notes.is_empty() && !kept.notes.contains(other_notes) {
        lines.insert(0, other_notes.to_owned());
    }
    append_notes(kept, &lines, &mut out);
    out
}

/// Fills an empty field, or keeps a different value as a line for the notes.
fn fill(field: &str, kept: &mut String, value: &str, out: &mut Absorbed, lines: &mut Vec<String>) {
    let value = value.trim();
    if value.is_empty() || fold(kept) == fold(value) && !fold(value).is_empty() || kept == value {
        return;
    }
    if kept.trim().is_empty() {
        *kept = value.to_owned();
        out.changes.push(say_with(
            "import-merge-adds-field",
            &args! { "field" => field },
        ));
    } else {
        lines.push(say_with(
            "import-merge-field",
            &args! { "field" => field, "value" => value },
        ));
    }
}

/// Appends each line the notes do not already hold, if it fits.
fn append_notes(kept: &mut CustomerInput, lines: &[String], out: &mut Absorbed) {
    for line in lines {
        if kept.notes.contains(line.as_str()) {
            continue;
        }
        let sep = if kept.notes.is_empty() { "" } else { "\n" };
        if kept.notes.chars().count() + sep.len() + line.chars().count() > MAX_NOTES {
            out.left_out.push(say_with(
                "import-merge-notes-full",
                &args! { "line" => short(line) },
            ));
            continue;
        }
        kept.notes.push_str(sep);
        kept.notes.push_str(line);
        out.changes.push(say("import-merge-adds-to-notes"));
    }
    out.changes.dedup();
}

fn add_phones(kept: &mut CustomerInput, other: &CustomerInput, region: &str, out: &mut Absorbed) {
    let mut have: Vec<String> = kept
        .phones
        .iter()
        .map(|p| phone::to_e164(&p.number, region).unwrap_or_else(|| p.number.clone()))
        .collect();
    for p in &other.phones {
        let key = phone::to_e164(&p.number, region).unwrap_or_else(|| p.number.clone());
        if have.contains(&key) {
            continue;
        }
        if kept.phones.len() >= MAX_CONTACTS {
            out.left_out.push(say_with(
                "import-merge-phone-did-not-fit",
                &args! { "number" => p.number.as_str() },
            ));
            continue;
        }
        let mut added = p.clone();
        added.primary = kept.phones.is_empty();
        kept.phones.push(added);
        have.push(key);
        out.changes.push(say_with(
            "import-merge-adds-value",
            &args! { "value" => p.number.as_str() },
        ));
    }
}

fn add_emails(kept: &mut CustomerInput, other: &CustomerInput, out: &mut Absorbed) {
    for e in &other.emails {
        if kept
            .emails
            .iter()
            .any(|k| same_ignoring_case(&k.address, &e.address))
        {
            continue;
        }
        if kept.emails.len() >= MAX_CONTACTS {
            out.left_out.push(say_with(
                "import-merge-email-did-not-fit",
                &args! { "address" => e.address.as_str() },
            ));
            continue;
        }
        let mut added = e.clone();
        added.primary = kept.emails.is_empty();
        kept.emails.push(added);
        out.changes.push(say_with(
            "import-merge-adds-value",
            &args! { "value" => e.address.as_str() },
        ));
    }
}

/// Adds the items of `more` not in `list` (ignoring case), up to `limit`.
fn add_items(
    what: &str,
    list: &mut Vec<String>,
    more: &[String],
    limit: usize,
    out: &mut Absorbed,
) {
    for item in more {
        if list.iter().any(|k| same_ignoring_case(k, item)) {
            continue;
        }
        if list.len() >= limit {
            out.left_out.push(say_with(
                "import-merge-item-did-not-fit",
                &args! { "item" => short(item) },
            ));
            continue;
        }
        list.push(item.clone());
        out.changes.push(say_with(
            "import-merge-adds-item",
            &args! { "what" => what },
        ));
    }
    out.changes.dedup();
}

/// The start of a long text, for a message.
fn short(text: &str) -> String {
    let mut s: String = text.chars().take(40).collect();
    if s.len() < text.len() {
        s.push('\u{2026}');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::model::{Birthday, EmailInput, PhoneInput};

    fn person(name: &str) -> CustomerInput {
        CustomerInput {
            full_name: name.into(),
            ..Default::default()
        }
    }

    #[test]
    fn absorbing_twice_changes_nothing_the_second_time() {
        let mut kept = person("Rosa Diaz");
        kept.company = "Diaz Bakery".into();
        kept.phones.push(PhoneInput {
            label: "mobile".into(),
            number: "07700 900123".into(),
            primary: true,
        });
        let mut other = person("Rosa Díaz");
        other.company = "Pine & Co".into();
        other.phones.push(PhoneInput {
            label: "".into(),
            number: "+44 7700 900123".into(),
            primary: true,
        });
        other.emails.push(EmailInput {
            label: "".into(),
            address: "rosa@example.com".into(),
            primary: true,
        });
        other.birthday = Some(Birthday {
            year: None,
            month: 4,
            day: 15,
        });
        other.notes = "Likes the seeded loaf".into();
        other.tags = vec!["Regular".into()];

        let first = absorb(&mut kept, &other, "GB");
        assert!(first.changed());
        assert_eq!(kept.phones.len(), 1, "the same number in another form");
        assert_eq!(kept.emails.len(), 1);
        assert_eq!(kept.company, "Diaz Bakery");
        assert!(kept.notes.contains("Company: Pine & Co"), "{}", kept.notes);
        assert!(kept.notes.contains("Likes the seeded loaf"));
        let after_first = kept.clone();
        let second = absorb(&mut kept, &other, "GB");
        assert_eq!(second, Absorbed::default());
        assert_eq!(kept, after_first);
    }

    #[test]
    fn a_different_way_to_contact_or_rhythm_is_kept_in_the_notes_once() {
        let mut kept = person("Rosa Diaz");
        kept.contact_channel = ContactChannel::Phone;
        kept.stay_in_touch = Some(crate::rules::model::StayInTouch {
            ideal_days: 30,
            longest_days: 60,
        });
        let mut other = person("Rosa Diaz");
        other.contact_channel = ContactChannel::Email;
        other.stay_in_touch = Some(crate::rules::model::StayInTouch {
            ideal_days: 14,
            longest_days: 21,
        });

        let first = absorb(&mut kept, &other, "US");
        assert!(first.changed());
        assert_eq!(
            kept.contact_channel,
            ContactChannel::Phone,
            "kept as it was"
        );
        assert_eq!(
            kept.notes,
            "Prefers: email\nStay in touch: every 14 days, at most 21"
        );
        assert!(!absorb(&mut kept, &other, "US").changed());
    }

    #[test]
    fn the_lists_hold_as_many_items_as_a_profile_may() {
        let mut kept = person("Rosa Diaz");
        kept.preferences = (0..MAX_CONTACTS).map(|i| format!("kept {i}")).collect();
        let mut other = person("Rosa Diaz");
        other.preferences = vec!["Window seat".into()];

        let absorbed = absorb(&mut kept, &other, "US");

        assert!(absorbed.left_out.is_empty(), "{:?}", absorbed.left_out);
        assert_eq!(
            kept.preferences.last().map(String::as_str),
            Some("Window seat")
        );
        kept.preferences.truncate(MAX_ITEMS);
        kept.preferences.resize(MAX_ITEMS, "x".into());
        other.preferences = vec!["One more".into()];
        let full = absorb(&mut kept, &other, "US");
        assert_eq!(
            full.left_out.len(),
            1,
            "past the limit it is named, not dropped silently"
        );
    }

    #[test]
    fn a_birth_year_completes_the_same_day_without_one() {
        let mut kept = person("A");
        kept.birthday = Some(Birthday {
            year: None,
            month: 4,
            day: 15,
        });
        let mut other = person("A");
        other.birthday = Some(Birthday {
            year: Some(1980),
            month: 4,
            day: 15,
        });
        absorb(&mut kept, &other, "GB");
        assert_eq!(kept.birthday.and_then(|b| b.year), Some(1980));
        assert!(kept.notes.is_empty());
    }
}
