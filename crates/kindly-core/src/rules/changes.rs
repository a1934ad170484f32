//! Which fields of a customer's profile a save changes, each with what it
//! held before and after, as text for people (the customer's change
//! history).

use crate::rules::model::{Birthday, Customer, CustomerInput, EmailInput, PhoneInput, StayInTouch};
use kindly_words::{args, say_in, FluentArgs};

/// The `field` of a change history entry for a new customer.
pub(crate) const CREATED: &str = "created";
/// The `field` of an entry for a move to or from Trash.
pub(crate) const TRASH: &str = "trash";
/// The `field` of an entry for a merge into another customer, or its undo.
pub(crate) const MERGED_INTO: &str = "merged_into";

/// One field a save changed: a stable key (the profile field's name, such
/// as `preferred_name` or `tags`, or one of [`CREATED`], [`TRASH`],
/// [`MERGED_INTO`]) and what it held before and after, as display text
/// (empty for nothing).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FieldChange {
    /// The field's stable key.
    pub(crate) field: &'static str,
    /// What it held before, as text.
    pub(crate) before: String,
    /// What it holds after, as text.
    pub(crate) after: String,
}

impl FieldChange {
    /// An entry for an event rather than a field (see [`TRASH`]).
    pub(crate) fn event(field: &'static str, before: &str, after: &str) -> FieldChange {
        FieldChange {
            field,
            before: before.to_owned(),
            after: after.to_owned(),
        }
    }
}

/// The fields of the profile `before` that `after` (normalised by
/// validation) changes, in the form's order; empty when it changes none.
/// Lists count as one field each, shown joined with "; ". A phone's
/// E.164 form is derived, not typed, and is not compared.
pub(crate) fn profile_changes(before: &Customer, after: &CustomerInput) -> Vec<FieldChange> {
    let mut changes = Vec::new();
    let mut text = |field: &'static str, b: &str, a: &str| {
        if b != a {
            changes.push(FieldChange::event(field, b, a));
        }
    };
    text("full_name", &before.full_name, &after.full_name);
    text(
        "preferred_name",
        &before.preferred_name,
        &after.preferred_name,
    );
    text("pronunciation", &before.pronunciation, &after.pronunciation);
    text("pronouns", &before.pronouns, &after.pronouns);
    text("company", &before.company, &after.company);
    let same_phones = before
        .phones
        .iter()
        .map(|p| (&p.label, &p.number, p.primary))
        .eq(after
            .phones
            .iter()
            .map(|p| (&p.label, &p.number, p.primary)));
    if !same_phones {
        changes.push(FieldChange {
            field: "phones",
            before: join(
                before
                    .phones
                    .iter()
                    .map(|p| labelled(&p.number, &p.label, p.primary)),
            ),
            after: phones_text(&after.phones),
        });
    }
    if before.emails != after.emails {
        changes.push(FieldChange {
            field: "emails",
            before: emails_text(&before.emails),
            after: emails_text(&after.emails),
        });
    }
    let mut text = |field: &'static str, b: String, a: String| {
        if b != a {
            changes.push(FieldChange {
                field,
                before: b,
                after: a,
            });
        }
    };
    text("address", before.address.clone(), after.address.clone());
    text(
        "birthday",
        birthday_text(before.birthday),
        birthday_text(after.birthday),
    );
    text(
        "contact_channel",
        before.contact_channel.words().to_owned(),
        after.contact_channel.words().to_owned(),
    );
    text(
        "best_time",
        before.best_time.clone(),
        after.best_time.clone(),
    );
    text("language", before.language.clone(), after.language.clone());
    for (field, b, a) in [
        ("dont", &before.dont, &after.dont),
        ("preferences", &before.preferences, &after.preferences),
        ("remember", &before.remember, &after.remember),
        ("tags", &before.tags, &after.tags),
    ] {
        if b != a {
            text(field, b.join("; "), a.join("; "));
        }
    }
    text("notes", before.notes.clone(), after.notes.clone());
    text(
        "looked_after_by",
        before.looked_after_by.clone(),
        after.looked_after_by.clone(),
    );
    text(
        "stay_in_touch",
        rhythm_text(before.stay_in_touch),
        rhythm_text(after.stay_in_touch),
    );
    changes
}

fn join(items: impl Iterator<Item = String>) -> String {
    items.collect::<Vec<_>>().join("; ")
}

/// "07700 900123 (mobile, main)", as the text export writes them.
fn labelled(value: &str, label: &str, main: bool) -> String {
    match (label.is_empty(), main) {
        (true, false) => value.to_owned(),
        (true, true) => format!("{value} (main)"),
        (false, false) => format!("{value} ({label})"),
        (false, true) => format!("{value} ({label}, main)"),
    }
}

fn phones_text(phones: &[PhoneInput]) -> String {
    join(
        phones
            .iter()
            .map(|p| labelled(&p.number, &p.label, p.primary)),
    )
}

fn emails_text(emails: &[EmailInput]) -> String {
    join(
        emails
            .iter()
            .map(|e| labelled(&e.address, &e.label, e.primary)),
    )
}

/// "15 March 1961", "15 March"; empty when unknown.
fn birthday_text(birthday: Option<Birthday>) -> String {
    birthday.map(Birthday::in_words).unwrap_or_default()
}

/// "every 30 days, at most 45"; empty when not set.
fn rhythm_text(rhythm: Option<StayInTouch>) -> String {
    rhythm
        .map(|r| format!("every {} days, at most {}", r.ideal_days, r.longest_days))
        .unwrap_or_default()
}

/// The longest a value is quoted in [`change_words`] before it is cut
/// short with "…" (in characters).
const QUOTED: usize = 40;

/// `value` cut to [`QUOTED`] characters, "…" marking a cut.
fn short(value: &str) -> String {
    let value = value.replace('\n', " / ");
    if value.chars().count() <= QUOTED {
        return value;
    }
    let cut: String = value.chars().take(QUOTED - 1).collect();
    format!("{}…", cut.trim_end())
}

/// The items of a list field's recorded text (joined with "; ").
fn items(text: &str) -> Vec<&str> {
    text.split("; ").filter(|i| !i.is_empty()).collect()
}

/// What one change did, in plain words to follow a person's name, in the
/// active language: "added a please-don't: no calls before 10", "changed
/// the best time to reach them to evenings", "moved them to Trash". Values
/// are cut short; a field Kindly does not know reads by its key.
pub(crate) fn change_words(field: &str, before: &str, after: &str) -> String {
    change_words_in(kindly_words::language(), field, before, after)
}

/// [`change_words`] in `language`.
fn change_words_in(language: &str, field: &str, before: &str, after: &str) -> String {
    let say = |id: &str| say_in(language, id, None);
    let say_with = |id: &str, args: &FluentArgs| say_in(language, id, Some(args));
    if let Some(list) = list_key(field) {
        let (b, a) = (items(before), items(after));
        let added: Vec<&str> = a.iter().copied().filter(|i| !b.contains(i)).collect();
        let removed: Vec<&str> = b.iter().copied().filter(|i| !a.contains(i)).collect();
        let part = |verb: &str, list_items: &[&str]| {
            say_with(
                &format!("changes-{verb}-{list}"),
                &args! {
                    "count" => list_items.len(),
                    "items" => short(&list_items.join("; ")),
                },
            )
        };
        return match (added.is_empty(), removed.is_empty()) {
            (false, true) => part("added", &added),
            (true, false) => part("removed", &removed),
            (false, false) => say_with(
                "changes-added-and-removed",
                &args! {
                    "added" => part("added", &added),
                    "removed" => part("removed", &removed),
                },
            ),
            (true, true) => say(&format!("changes-reordered-{list}")),
        };
    }
    match field {
        CREATED => return say("changes-created"),
        TRASH if after == "restored" => return say("changes-restored"),
        TRASH => return say("changes-trashed"),
        MERGED_INTO if after.is_empty() => {
            return say_with("changes-unmerged", &args! { "name" => short(before) })
        }
        MERGED_INTO => return say_with("changes-merged", &args! { "name" => short(after) }),
        "notes" if !before.is_empty() && !after.is_empty() => return say("changes-notes"),
        _ => {}
    }
    if !KNOWN_FIELDS.contains(&field) {
        return say_with(
            "changes-other",
            &args! { "field" => field.replace('_', " ") },
        );
    }
    let the = say(&format!("changes-field-{}", field.replace('_', "-")));
    let after = match field {
        "language" => crate::rules::languages::language_name(after),
        _ => after.to_owned(),
    };
    let words = |id: &str| {
        say_with(
            id,
            &args! { "field" => the.as_str(), "value" => short(&after) },
        )
    };
    match (before.is_empty(), after.is_empty()) {
        (_, true) => words("changes-removed"),
        (true, false) => words("changes-set"),
        (false, false) => words("changes-changed"),
    }
}

/// The fields with a name of their own in `changes-field-…`.
const KNOWN_FIELDS: [&str; 15] = [
    "full_name",
    "preferred_name",
    "pronunciation",
    "pronouns",
    "company",
    "phones",
    "emails",
    "address",
    "birthday",
    "contact_channel",
    "best_time",
    "language",
    "notes",
    "looked_after_by",
    "stay_in_touch",
];

/// The list fields, by the key their messages use (`changes-added-dont`).
fn list_key(field: &str) -> Option<&'static str> {
    match field {
        "dont" => Some("dont"),
        "preferences" => Some("preferences"),
        "remember" => Some("remember"),
        "tags" => Some("tags"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::model::{ContactChannel, Phone};

    fn customer() -> Customer {
        Customer {
            id: "0190b5c4-1111-7000-8000-000000000001".into(),
            full_name: "Agnès Dubois".into(),
            preferred_name: "Aggie".into(),
            pronunciation: String::new(),
            pronouns: String::new(),
            company: "Dubois Fleurs".into(),
            phones: vec![Phone {
                label: "mobile".into(),
                number: "06 12 34 56 78".into(),
                e164: Some("+33612345678".into()),
                primary: true,
            }],
            emails: vec![],
            address: String::new(),
            birthday: Some(Birthday {
                year: Some(1961),
                month: 3,
                day: 15,
            }),
            contact_channel: ContactChannel::NoPreference,
            best_time: String::new(),
            language: String::new(),
            dont: vec![],
            preferences: vec!["window seat".into()],
            remember: vec![],
            tags: vec!["Regular".into()],
            notes: String::new(),
            looked_after_by: String::new(),
            stay_in_touch: None,
            created_at: 1,
            updated_at: 2,
            version: 1,
            deleted_at: None,
        }
    }

    #[test]
    fn the_same_profile_changes_nothing() {
        let before = customer();
        assert_eq!(profile_changes(&before, &before.to_input()), []);
    }

    #[test]
    fn each_changed_field_is_listed_once_in_the_forms_order_with_before_and_after() {
        let before = customer();
        let mut after = before.to_input();
        after.preferred_name = String::new();
        after.tags.push("Wedding cakes".into());
        after.phones.push(PhoneInput {
            label: String::new(),
            number: "555 0143".into(),
            primary: false,
        });
        after.birthday = None;
        after.contact_channel = ContactChannel::TextMessage;
        after.stay_in_touch = Some(StayInTouch {
            ideal_days: 30,
            longest_days: 45,
        });
        let changes = profile_changes(&before, &after);
        let fields: Vec<&str> = changes.iter().map(|c| c.field).collect();
        assert_eq!(
            fields,
            [
                "preferred_name",
                "phones",
                "birthday",
                "contact_channel",
                "tags",
                "stay_in_touch"
            ]
        );
        let shown: Vec<(&str, &str)> = changes
            .iter()
            .map(|c| (c.before.as_str(), c.after.as_str()))
            .collect();
        assert_eq!(
            shown,
            [
                ("Aggie", ""),
                (
                    "06 12 34 56 78 (mobile, main)",
                    "06 12 34 56 78 (mobile, main); 555 0143"
                ),
                ("15 March 1961", ""),
                ("", "text message"),
                ("Regular", "Regular; Wedding cakes"),
                ("", "every 30 days, at most 45"),
            ]
        );
    }

    #[test]
    fn a_phones_derived_form_is_not_a_change_but_its_primary_mark_is() {
        let mut before = customer();
        before.phones[0].e164 = None;
        let mut after = before.to_input();
        assert_eq!(profile_changes(&before, &after), []);
        after.phones[0].primary = false;
        let changes = profile_changes(&before, &after);
        assert_eq!(changes.len(), 1);
        assert_eq!(changes[0].after, "06 12 34 56 78 (mobile)");
    }

    #[test]
    fn emails_and_a_birthday_without_a_year_read_as_people_write_them() {
        let before = customer();
        let mut after = before.to_input();
        after.emails.push(EmailInput {
            label: "home".into(),
            address: "agnes@example.fr".into(),
            primary: true,
        });
        after.birthday = Some(Birthday {
            year: None,
            month: 12,
            day: 1,
        });
        let changes = profile_changes(&before, &after);
        assert_eq!(changes[0].field, "emails");
        assert_eq!(changes[0].after, "agnes@example.fr (home, main)");
        assert_eq!(changes[1].field, "birthday");
        assert_eq!(
            (changes[1].before.as_str(), changes[1].after.as_str()),
            ("15 March 1961", "1 December")
        );
    }

    #[test]
    fn a_change_reads_in_plain_words() {
        let w = change_words;
        assert_eq!(
            w("dont", "", "no calls before 10"),
            "added a please-don't: no calls before 10"
        );
        assert_eq!(
            w("dont", "shout; ring twice", "ring twice"),
            "removed a please-don't: shout"
        );
        assert_eq!(
            w("tags", "vip", "regular; vip; cakes"),
            "added 2 tags: regular; cakes"
        );
        assert_eq!(
            w("preferences", "tea", "coffee"),
            "added something they like: coffee and removed something they like: tea"
        );
        assert_eq!(
            w("best_time", "weekday mornings", "evenings"),
            "changed the best time to reach them to evenings"
        );
        assert_eq!(
            w("company", "", "Bakers"),
            "set the company or household to Bakers"
        );
        assert_eq!(w("pronouns", "she/her", ""), "removed the pronouns");
        assert_eq!(w("notes", "a", "b"), "changed the notes");
        assert_eq!(w(TRASH, "", "moved to Trash"), "moved them to Trash");
        assert_eq!(w(TRASH, "in Trash", "restored"), "took them out of Trash");
        assert_eq!(w("shoe_size", "4", "5"), "changed shoe size");
        let long = "x".repeat(100);
        let said = w("address", "", &long);
        assert!(said.ends_with('…') && said.chars().count() < 80, "{said}");
    }

    #[test]
    fn a_change_reads_in_each_language_with_its_own_plurals() {
        let fr = |field, before, after| change_words_in("fr", field, before, after);
        assert_eq!(
            fr("tags", "vip", "regular; vip; cakes"),
            "a ajouté 2 étiquettes\u{a0}: regular; cakes"
        );
        assert_eq!(
            fr("best_time", "le matin", "le soir"),
            "a changé le meilleur moment pour joindre\u{a0}: le soir"
        );
        let de = |field, before, after| change_words_in("de", field, before, after);
        assert_eq!(de("tags", "", "vip"), "hat ein Schlagwort hinzugefügt: vip");
        assert_eq!(de("pronouns", "sie", ""), "hat die Pronomen entfernt");
        assert_eq!(
            change_words_in("es", TRASH, "", "moved to Trash"),
            "movió a esta persona a la papelera"
        );
    }

    #[test]
    fn every_field_and_list_has_its_words_in_every_language() {
        for language in kindly_words::languages() {
            for field in KNOWN_FIELDS
                .iter()
                .chain(&["dont", "preferences", "remember", "tags"])
            {
                for (before, after) in [("", "a"), ("a", "b"), ("a", ""), ("a; b", "b; a")] {
                    let said = change_words_in(language, field, before, after);
                    assert!(
                        !said.is_empty() && !said.contains("changes-"),
                        "{language} {field}: {said}"
                    );
                }
            }
        }
    }
}
