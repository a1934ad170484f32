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
//!
//! The lines written into the notes and the phrases of [`Absorbed`] are in
//! a language's words (`locales/<language>/rust/combine.ftl`), said only
//! when a change is recorded: absorbing what is already held (the import's
//! question "does this contact add anything?") says nothing. Idempotence
//! holds for one language: a line written in English is not recognised in
//! French, so a file re-imported in another language adds its lines again.

use kindly_words::{args, say_in, FluentArgs, FluentValue};

use crate::rules::fold::{fold, same_ignoring_case};
use crate::rules::model::{ContactChannel, CustomerInput};
use crate::rules::phone;
use crate::rules::validate::{MAX_CONTACTS, MAX_ITEMS, MAX_NOTES};

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
/// invariants), in the active language's words. Phone numbers are compared
/// in their E.164 form under `region`.
pub(crate) fn absorb(kept: &mut CustomerInput, other: &CustomerInput, region: &str) -> Absorbed {
    absorb_in(kindly_words::language(), kept, other, region)
}

/// [`absorb`] with the notes' lines and the phrases in `language`.
pub(crate) fn absorb_in(
    language: &str,
    kept: &mut CustomerInput,
    other: &CustomerInput,
    region: &str,
) -> Absorbed {
    let say = |id: &str| say_in(language, id, None);
    let say_with = |id: &str, args: &FluentArgs| say_in(language, id, Some(args));
    let mut out = Absorbed::default();
    let mut lines: Vec<String> = Vec::new();

    if fold(&other.full_name) != fold(&kept.full_name) && !other.full_name.trim().is_empty() {
        lines.push(say_with(
            "combine-note-also-known-as",
            &args! { "name" => other.full_name.trim() },
        ));
    }
    // Message ids, not words: the words are said only for a change.
    for (field, kept_value, value) in [
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
        match fill(kept_value, value) {
            Filled::Nothing => {}
            Filled::Empty => out.changes.push(say(&format!("combine-adds-{field}"))),
            Filled::Differs(value) => lines.push(say_with(
                &format!("combine-note-{field}"),
                &args! { "value" => value },
            )),
        }
    }
    match (kept.birthday, other.birthday) {
        (None, Some(b)) => {
            kept.birthday = Some(b);
            out.changes.push(say("combine-adds-birthday"));
        }
        (Some(k), Some(b)) if k != b => {
            // A birthday with a year completes the same day without one.
            if k.year.is_none() && (k.month, k.day) == (b.month, b.day) {
                kept.birthday = Some(b);
                out.changes.push(say("combine-adds-birth-year"));
            } else if !(b.year.is_none() && (k.month, k.day) == (b.month, b.day)) {
                lines.push(match b.year {
                    // As text: a number would be written with a thousands separator.
                    Some(year) => say_with(
                        "combine-note-birthday-with-year",
                        &args! {
                            "day" => b.day,
                            "month" => b.month,
                            "year" => FluentValue::from(year.to_string()),
                        },
                    ),
                    None => say_with(
                        "combine-note-birthday",
                        &args! { "day" => b.day, "month" => b.month },
                    ),
                });
            }
        }
        _ => {}
    }
    if other.contact_channel != ContactChannel::NoPreference
        && other.contact_channel != kept.contact_channel
    {
        if kept.contact_channel == ContactChannel::NoPreference {
            kept.contact_channel = other.contact_channel;
            out.changes.push(say("combine-adds-contact-channel"));
        } else {
            let channel = match other.contact_channel {
                ContactChannel::Phone => "combine-channel-phone",
                ContactChannel::TextMessage => "combine-channel-text-message",
                ContactChannel::Email => "combine-channel-email",
                ContactChannel::Post => "combine-channel-post",
                ContactChannel::InPerson => "combine-channel-in-person",
                ContactChannel::NoPreference => "combine-channel-no-preference",
            };
            lines.push(say_with(
                "combine-note-prefers",
                &args! { "channel" => say(channel) },
            ));
        }
    }
    match (kept.stay_in_touch, other.stay_in_touch) {
        (None, Some(s)) => {
            kept.stay_in_touch = Some(s);
            out.changes.push(say("combine-adds-stay-in-touch"));
        }
        (Some(k), Some(s)) if k != s => lines.push(say_with(
            "combine-note-stay-in-touch",
            &args! { "ideal" => s.ideal_days, "longest" => s.longest_days },
        )),
        _ => {}
    }

    add_phones(language, kept, other, region, &mut out);
    add_emails(language, kept, other, &mut out);
    for (what, list, more, limit) in [
        ("combine-adds-dont", &mut kept.dont, &other.dont, MAX_ITEMS),
        (
            "combine-adds-preference",
            &mut kept.preferences,
            &other.preferences,
            MAX_ITEMS,
        ),
        (
            "combine-adds-remember",
            &mut kept.remember,
            &other.remember,
            MAX_ITEMS,
        ),
        (
            "combine-adds-tag",
            &mut kept.tags,
            &other.tags,
            MAX_CONTACTS,
        ),
    ] {
        add_items(language, what, list, more, limit, &mut out);
    }

    let other_notes = other.notes.trim();
    if !other_notes.is_empty() && !kept.notes.contains(other_notes) {
        lines.insert(0, other_notes.to_owned());
    }
    append_notes(language, kept, &lines, &mut out);
    out
}

/// What [`fill`] did with a field.
enum Filled<'a> {
    /// Nothing to add: no value, or the same one.
    Nothing,
    /// The empty field now holds the value.
    Empty,
    /// The field holds another value; this one is for the notes.
    Differs(&'a str),
}

/// Fills an empty field, or tells of a different value for the notes.
fn fill<'a>(kept: &mut String, value: &'a str) -> Filled<'a> {
    let value = value.trim();
    if value.is_empty() || fold(kept) == fold(value) && !fold(value).is_empty() || kept == value {
        return Filled::Nothing;
    }
    if kept.trim().is_empty() {
        *kept = value.to_owned();
        Filled::Empty
    } else {
        Filled::Differs(value)
    }
}

/// Appends each line the notes do not already hold, if it fits.
fn append_notes(language: &str, kept: &mut CustomerInput, lines: &[String], out: &mut Absorbed) {
    for line in lines {
        if kept.notes.contains(line.as_str()) {
            continue;
        }
        let sep = if kept.notes.is_empty() { "" } else { "\n" };
        if kept.notes.chars().count() + sep.len() + line.chars().count() > MAX_NOTES {
            out.left_out.push(say_in(
                language,
                "combine-left-out-of-notes",
                Some(&args! { "text" => short(line) }),
            ));
            continue;
        }
        kept.notes.push_str(sep);
        kept.notes.push_str(line);
        out.changes
            .push(say_in(language, "combine-adds-to-notes", None));
    }
    out.changes.dedup();
}

fn add_phones(
    language: &str,
    kept: &mut CustomerInput,
    other: &CustomerInput,
    region: &str,
    out: &mut Absorbed,
) {
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
            out.left_out.push(say_in(
                language,
                "combine-left-out-phone",
                Some(&args! { "number" => p.number.as_str() }),
            ));
            continue;
        }
        let mut added = p.clone();
        added.primary = kept.phones.is_empty();
        kept.phones.push(added);
        have.push(key);
        out.changes.push(say_in(
            language,
            "combine-adds-contact",
            Some(&args! { "contact" => p.number.as_str() }),
        ));
    }
}

fn add_emails(language: &str, kept: &mut CustomerInput, other: &CustomerInput, out: &mut Absorbed) {
    for e in &other.emails {
        if kept
            .emails
            .iter()
            .any(|k| same_ignoring_case(&k.address, &e.address))
        {
            continue;
        }
        if kept.emails.len() >= MAX_CONTACTS {
            out.left_out.push(say_in(
                language,
                "combine-left-out-email",
                Some(&args! { "address" => e.address.as_str() }),
            ));
            continue;
        }
        let mut added = e.clone();
        added.primary = kept.emails.is_empty();
        kept.emails.push(added);
        out.changes.push(say_in(
            language,
            "combine-adds-contact",
            Some(&args! { "contact" => e.address.as_str() }),
        ));
    }
}

/// Adds the items of `more` not in `list` (ignoring case), up to `limit`;
/// `what` is the id of the change's phrase.
fn add_items(
    language: &str,
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
            out.left_out.push(say_in(
                language,
                "combine-left-out-item",
                Some(&args! { "text" => short(item) }),
            ));
            continue;
        }
        list.push(item.clone());
        out.changes.push(say_in(language, what, None));
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
    fn the_notes_and_changes_are_in_the_language_asked_for() {
        let mut kept = person("Rosa Diaz");
        kept.company = "Diaz Bakery".into();
        kept.contact_channel = ContactChannel::Phone;
        kept.stay_in_touch = Some(crate::rules::model::StayInTouch {
            ideal_days: 30,
            longest_days: 60,
        });
        let mut other = person("Rosa Díaz Pérez");
        other.company = "Pine & Co".into();
        other.pronouns = "elle".into();
        other.contact_channel = ContactChannel::Email;
        other.stay_in_touch = Some(crate::rules::model::StayInTouch {
            ideal_days: 1,
            longest_days: 21,
        });
        other.birthday = Some(Birthday {
            year: Some(1980),
            month: 4,
            day: 15,
        });
        other.tags = vec!["Habituée".into(), "Mariage".into()];
        let english = absorb_in("en", &mut kept.clone(), &other, "FR");

        let absorbed = absorb_in("fr", &mut kept, &other, "FR");

        assert_eq!(
            kept.notes,
            "Aussi appelé\u{a0}: Rosa Díaz Pérez\n\
             Entreprise\u{a0}: Pine & Co\n\
             Préfère\u{a0}: l’e-mail\n\
             Garder le contact\u{a0}: chaque jour, au plus 21 jours"
        );
        assert_eq!(
            absorbed.changes,
            [
                "ajoute les pronoms",
                "ajoute l’anniversaire",
                "ajoute une étiquette",
                "complète les notes"
            ]
        );
        assert_eq!(
            english.changes,
            [
                "adds the pronouns",
                "adds the birthday",
                "adds a tag",
                "adds to the notes"
            ]
        );
        assert!(
            !absorb_in("fr", &mut kept, &other, "FR").changed(),
            "absorbing again in the same language changes nothing"
        );
    }

    /// The ids made from a field's name are in the catalogue: the scan of
    /// `say("…")` calls cannot see them.
    #[test]
    fn every_field_s_words_are_in_the_catalogue() {
        for field in [
            "nickname",
            "pronunciation",
            "pronouns",
            "company",
            "address",
            "best-time",
            "language",
            "looked-after-by",
        ] {
            for kind in ["adds", "note"] {
                let id = format!("combine-{kind}-{field}");
                assert!(!say_in("en", &id, None).is_empty(), "English lacks {id}");
            }
        }
        for id in [
            "combine-adds-dont",
            "combine-adds-preference",
            "combine-adds-remember",
            "combine-adds-tag",
            "combine-channel-phone",
            "combine-channel-text-message",
            "combine-channel-email",
            "combine-channel-post",
            "combine-channel-in-person",
            "combine-channel-no-preference",
        ] {
            assert!(!say_in("en", id, None).is_empty(), "English lacks {id}");
        }
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
