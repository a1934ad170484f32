//! Validation and normalisation of a profile before it is written.
//! Every rule here returns [`Error::Invalid`] naming the form field, and no
//! rule touches the database: a refused save changes nothing.

use kindly_words::{args, say, say_with};

use crate::error::{Error, Result};
use crate::rules::fold::same_ignoring_case;
use crate::rules::model::{
    Birthday, CustomerInput, EmailInput, Millis, Phone, PhoneInput, StayInTouch,
};
use crate::rules::phone::{self, Reading};

/// The longest name, label or other one-line field, in characters.
pub const MAX_SHORT: usize = 200;
/// The longest list item (a preference, a "please don't" note), in characters.
pub const MAX_ITEM: usize = 500;
/// The longest free-notes field, in characters.
pub const MAX_NOTES: usize = 20_000;
/// The most phones, emails or tags on one profile.
pub const MAX_CONTACTS: usize = 20;
/// The most items in one list (preferences, always-remember, "please don't").
pub const MAX_ITEMS: usize = 100;
/// The longest tag, in characters.
pub const MAX_TAG: usize = 40;

/// A profile that passed validation: trimmed, empty list entries dropped,
/// phones normalised, exactly one primary phone and email when any exist.
#[derive(Debug, Clone)]
pub struct ValidCustomer {
    /// The profile as it will be stored.
    pub input: CustomerInput,
    /// `input.phones` read: each with its E.164 form when it has one, in the same order.
    pub phones: Vec<Phone>,
}

/// Checks and normalises `input`; phone numbers without a country code are
/// read as numbers of `region`.
pub fn customer(input: &CustomerInput, region: &str) -> Result<ValidCustomer> {
    let full_name = one_line(
        "full_name",
        &|| say("validate-label-full-name"),
        &input.full_name,
        MAX_SHORT,
    )?;
    if full_name.is_empty() {
        return Err(Error::invalid(
            "full_name",
            say("validate-full-name-missing"),
        ));
    }
    let mut out = CustomerInput {
        full_name,
        preferred_name: one_line(
            "preferred_name",
            &|| say("validate-label-preferred-name"),
            &input.preferred_name,
            MAX_SHORT,
        )?,
        pronunciation: one_line(
            "pronunciation",
            &|| say("validate-label-pronunciation"),
            &input.pronunciation,
            MAX_SHORT,
        )?,
        pronouns: one_line(
            "pronouns",
            &|| say("validate-label-pronouns"),
            &input.pronouns,
            MAX_SHORT,
        )?,
        company: one_line(
            "company",
            &|| say("validate-label-company"),
            &input.company,
            MAX_SHORT,
        )?,
        phones: Vec::new(),
        emails: emails(&input.emails)?,
        address: text(
            "address",
            &|| say("validate-label-address"),
            &input.address,
            MAX_ITEM,
        )?,
        birthday: input.birthday.map(birthday).transpose()?,
        contact_channel: input.contact_channel,
        best_time: one_line(
            "best_time",
            &|| say("validate-label-best-time"),
            &input.best_time,
            MAX_SHORT,
        )?,
        language: language(&input.language)?,
        dont: list("dont", &|| say("validate-label-dont"), &input.dont)?,
        preferences: list(
            "preferences",
            &|| say("validate-label-preferences"),
            &input.preferences,
        )?,
        remember: list(
            "remember",
            &|| say("validate-label-remember"),
            &input.remember,
        )?,
        tags: tags(&input.tags)?,
        notes: text(
            "notes",
            &|| say("validate-label-notes"),
            &input.notes,
            MAX_NOTES,
        )?,
        looked_after_by: one_line(
            "looked_after_by",
            &|| say("validate-label-looked-after-by"),
            &input.looked_after_by,
            MAX_SHORT,
        )?,
        stay_in_touch: input.stay_in_touch.map(stay_in_touch).transpose()?,
    };
    let phones = phones(&input.phones, region)?;
    out.phones = phones
        .iter()
        .map(|p| PhoneInput {
            label: p.label.clone(),
            number: p.number.clone(),
            primary: p.primary,
        })
        .collect();
    Ok(ValidCustomer { input: out, phones })
}

/// The longest language tag kept (BCP 47 allows longer, but a person's
/// language never needs it).
const MAX_LANGUAGE: usize = 35;

/// A language tag as BCP 47 writes it: the language in lower case, a
/// four-letter script capitalised, a region in upper case ("pt-BR",
/// "zh-Hant-TW", "sr-Latn"); `_` read as `-`. Empty stays empty.
pub fn language(value: &str) -> Result<String> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(String::new());
    }
    let wrong = || Error::invalid("language", say("validate-language"));
    if value.len() > MAX_LANGUAGE {
        return Err(wrong());
    }
    let mut parts = Vec::new();
    for (i, part) in value.split(['-', '_']).enumerate() {
        let alphanumeric =
            !part.is_empty() && part.len() <= 8 && part.chars().all(|c| c.is_ascii_alphanumeric());
        let letters = part.chars().all(|c| c.is_ascii_alphabetic());
        if !alphanumeric || (i == 0 && !((2..=3).contains(&part.len()) && letters)) {
            return Err(wrong());
        }
        parts.push(match (i, part.len()) {
            (0, _) => part.to_ascii_lowercase(),
            (_, 4) if letters => {
                let mut script = part.to_ascii_lowercase();
                script[..1].make_ascii_uppercase();
                script
            }
            (_, 2) => part.to_ascii_uppercase(),
            _ => part.to_ascii_lowercase(),
        });
    }
    Ok(parts.join("-"))
}

/// The longest stay-in-touch gap we accept: five years.
const MAX_GAP_DAYS: u32 = 5 * 366;

fn stay_in_touch(s: StayInTouch) -> Result<StayInTouch> {
    let field = "stay_in_touch";
    if s.ideal_days == 0 || s.longest_days == 0 {
        return Err(Error::invalid(field, say("validate-gap-zero")));
    }
    if s.ideal_days > MAX_GAP_DAYS || s.longest_days > MAX_GAP_DAYS {
        return Err(Error::invalid(field, say("validate-gap-too-long")));
    }
    if s.longest_days < s.ideal_days {
        return Err(Error::invalid(field, say("validate-gap-order")));
    }
    Ok(s)
}

/// A field's name as the form shows it, said only when an error needs it
/// (most values are fine, and an import checks thousands).
pub(crate) type Label<'a> = &'a dyn Fn() -> String;

fn too_long(field: &str, label: Label, max: usize) -> Error {
    Error::invalid(
        field,
        say_with(
            "validate-too-long",
            &args! { "label" => label(), "max" => max },
        ),
    )
}

/// Trimmed text that may span lines, at most `max` characters, with no
/// control characters other than line breaks and tabs; line breaks are
/// stored as LF, as the importers read them back.
pub(crate) fn text(field: &str, label: Label, value: &str, max: usize) -> Result<String> {
    let value = value.trim();
    let value = if value.contains('\r') {
        std::borrow::Cow::Owned(value.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        std::borrow::Cow::Borrowed(value)
    };
    if value.chars().count() > max {
        return Err(too_long(field, label, max));
    }
    if value
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(Error::invalid(
            field,
            say_with("validate-control-characters", &args! { "label" => label() }),
        ));
    }
    Ok(value.into_owned())
}

/// Like [`text`], but a single line, with tabs as spaces and runs of
/// spaces as one: the way the importers read a one-line field, so what is
/// saved is what an export and import give back.
pub(crate) fn one_line(field: &str, label: Label, value: &str, max: usize) -> Result<String> {
    let value = text(field, label, value, max)?;
    if value.contains(['\n', '\r']) {
        return Err(Error::invalid(
            field,
            say_with("validate-one-line", &args! { "label" => label() }),
        ));
    }
    if !value.contains(['\t', ' ']) {
        return Ok(value);
    }
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        let c = if c == '\t' { ' ' } else { c };
        if !(c == ' ' && out.ends_with(' ')) {
            out.push(c);
        }
    }
    Ok(out)
}

fn list(field: &str, label: Label, items: &[String]) -> Result<Vec<String>> {
    let mut out = Vec::new();
    let each = || say_with("validate-each-item", &args! { "label" => label() });
    for (i, item) in items.iter().enumerate() {
        let item = one_line(&format!("{field}.{i}"), &each, item, MAX_ITEM)?;
        if !item.is_empty() {
            out.push(item);
        }
    }
    if out.len() > MAX_ITEMS {
        return Err(Error::invalid(
            field,
            say_with(
                "validate-too-many-items",
                &args! { "label" => label(), "max" => MAX_ITEMS },
            ),
        ));
    }
    Ok(out)
}

fn tags(items: &[String]) -> Result<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for (i, tag) in items.iter().enumerate() {
        let tag = one_line(
            &format!("tags.{i}"),
            &|| say("validate-label-a-tag"),
            tag,
            MAX_TAG,
        )?;
        if !tag.is_empty() && !out.iter().any(|t| same_ignoring_case(t, &tag)) {
            out.push(tag);
        }
    }
    if out.len() > MAX_CONTACTS {
        return Err(Error::invalid(
            "tags",
            say_with("validate-too-many-tags", &args! { "max" => MAX_CONTACTS }),
        ));
    }
    Ok(out)
}

fn phones(items: &[PhoneInput], region: &str) -> Result<Vec<Phone>> {
    let mut out = Vec::new();
    for (i, p) in items.iter().enumerate() {
        let field = format!("phones.{i}.number");
        let number = one_line(&field, &|| say("validate-label-a-phone"), &p.number, 40)?;
        if number.is_empty() {
            continue;
        }
        if phone::has_format_chars(&number) {
            return Err(invisible(&field, "phone"));
        }
        let e164 = match phone::read(&number, region) {
            Reading::Number(e164) => Some(e164),
            Reading::CheckCountry => None,
            Reading::NotAPhone => {
                return Err(Error::invalid(
                    &field,
                    say_with(
                        "validate-not-a-phone",
                        &args! { "number" => number.as_str() },
                    ),
                ))
            }
        };
        let label = one_line(
            &format!("phones.{i}.label"),
            &|| say("validate-label-a-label"),
            &p.label,
            40,
        )?;
        out.push(Phone {
            label,
            number,
            e164,
            primary: p.primary,
        });
    }
    if out.len() > MAX_CONTACTS {
        return Err(Error::invalid(
            "phones",
            say_with("validate-too-many-phones", &args! { "max" => MAX_CONTACTS }),
        ));
    }
    let primary = out.iter().position(|p| p.primary).unwrap_or(0);
    for (i, p) in out.iter_mut().enumerate() {
        p.primary = i == primary;
    }
    Ok(out)
}

fn emails(items: &[EmailInput]) -> Result<Vec<EmailInput>> {
    let mut out = Vec::new();
    for (i, e) in items.iter().enumerate() {
        let field = format!("emails.{i}.address");
        let address = one_line(&field, &|| say("validate-label-an-email"), &e.address, 254)?;
        if address.is_empty() {
            continue;
        }
        if phone::has_format_chars(&address) {
            return Err(invisible(&field, "email"));
        }
        if !is_plausible_email(&address) {
            return Err(Error::invalid(
                &field,
                say_with(
                    "validate-not-an-email",
                    &args! { "address" => address.as_str() },
                ),
            ));
        }
        let label = one_line(
            &format!("emails.{i}.label"),
            &|| say("validate-label-a-label"),
            &e.label,
            40,
        )?;
        out.push(EmailInput {
            label,
            address,
            primary: e.primary,
        });
    }
    if out.len() > MAX_CONTACTS {
        return Err(Error::invalid(
            "emails",
            say_with("validate-too-many-emails", &args! { "max" => MAX_CONTACTS }),
        ));
    }
    let primary = out.iter().position(|e| e.primary).unwrap_or(0);
    for (i, e) in out.iter_mut().enumerate() {
        e.primary = i == primary;
    }
    Ok(out)
}

/// The refusal of a phone number or email address holding invisible format
/// characters (which can make it show as another one); `what` is `phone`
/// or `email`, a selector in the catalogues.
fn invisible(field: &str, what: &str) -> Error {
    Error::invalid(
        field,
        say_with("validate-invisible", &args! { "what" => what }),
    )
}

/// One `@`, something before it, a dotted domain after it, no spaces.
fn is_plausible_email(address: &str) -> bool {
    let Some((local, domain)) = address.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && !address.chars().any(char::is_whitespace)
        && domain.split('.').count() >= 2
        && domain.split('.').all(|part| !part.is_empty())
}

fn birthday(b: Birthday) -> Result<Birthday> {
    let bad = || Error::invalid("birthday", say("validate-no-such-date"));
    if let Some(year) = b.year {
        if !(1900..=2100).contains(&year) {
            return Err(Error::invalid("birthday", say("validate-year-range")));
        }
    }
    let days = match b.month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => match b.year {
            Some(y) if !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) => 28,
            _ => 29,
        },
        _ => return Err(bad()),
    };
    if b.day == 0 || b.day > days {
        return Err(bad());
    }
    Ok(b)
}

/// Earliest and latest accepted dates (1900-01-01 and 2200-01-01, UTC).
const DATE_RANGE: std::ops::RangeInclusive<Millis> = -2_208_988_800_000..=7_258_118_400_000;

/// "Who" on any form: one line, 200 characters at most.
pub(crate) fn staff_field(field: &str, value: &str) -> Result<String> {
    one_line(field, &|| say("validate-label-who"), value, 200)
}

/// `at` when it is within the accepted range of dates, else an error on `field`.
pub(crate) fn date(field: &str, at: Millis) -> Result<Millis> {
    if DATE_RANGE.contains(&at) {
        Ok(at)
    } else {
        Err(Error::invalid(field, say("validate-date-out-of-range")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `id` said in `language` (a helper, so the words crate's scan of
    /// literal ids reads only the code's own calls).
    fn said_in(language: &str, id: &str, args: Option<&kindly_words::FluentArgs>) -> String {
        kindly_words::say_in(language, id, args)
    }

    fn named(name: &str) -> CustomerInput {
        CustomerInput {
            full_name: name.into(),
            ..Default::default()
        }
    }

    fn field_of(err: Error) -> String {
        match err {
            Error::Invalid { field, .. } => field,
            other => panic!("expected a validation error, got {other:?}"),
        }
    }

    #[test]
    fn empty_name_is_refused() {
        assert_eq!(
            field_of(customer(&named("   "), "US").unwrap_err()),
            "full_name"
        );
    }

    #[test]
    fn over_long_name_is_refused_with_the_limit() {
        let err = customer(&named(&"a".repeat(MAX_SHORT + 1)), "US").unwrap_err();
        assert!(err.to_string().contains("200"), "{err}");
    }

    #[test]
    fn malformed_email_names_its_row() {
        let mut input = named("Ana");
        input.emails = vec![
            EmailInput {
                address: "ana@example.com".into(),
                ..Default::default()
            },
            EmailInput {
                address: "ana at example".into(),
                ..Default::default()
            },
        ];
        assert_eq!(
            field_of(customer(&input, "US").unwrap_err()),
            "emails.1.address"
        );
    }

    #[test]
    fn unparseable_phone_names_its_row() {
        let mut input = named("Ana");
        input.phones = vec![PhoneInput {
            number: "call the shop".into(),
            ..Default::default()
        }];
        assert_eq!(
            field_of(customer(&input, "US").unwrap_err()),
            "phones.0.number"
        );
    }

    #[test]
    fn exactly_one_primary_phone() {
        let mut input = named("Ana");
        input.phones = vec![
            PhoneInput {
                number: "555 010 4477".into(),
                ..Default::default()
            },
            PhoneInput {
                number: "555 010 9999".into(),
                primary: true,
                ..Default::default()
            },
        ];
        let valid = customer(&input, "US").unwrap();
        let primaries: Vec<bool> = valid.phones.iter().map(|p| p.primary).collect();
        assert_eq!(primaries, [false, true]);
    }

    #[test]
    fn impossible_birthday_is_refused_but_feb_29_without_year_is_fine() {
        let mut input = named("Ana");
        input.birthday = Some(Birthday {
            year: Some(2023),
            month: 2,
            day: 29,
        });
        assert_eq!(field_of(customer(&input, "US").unwrap_err()), "birthday");
        input.birthday = Some(Birthday {
            year: None,
            month: 2,
            day: 29,
        });
        assert!(customer(&input, "US").is_ok());
    }

    #[test]
    fn blank_list_items_are_dropped_and_duplicate_tags_merged() {
        let mut input = named("Ana");
        input.preferences = vec!["oat milk".into(), "  ".into()];
        input.tags = vec!["VIP".into(), "vip".into()];
        let valid = customer(&input, "US").unwrap();
        assert_eq!(valid.input.preferences, ["oat milk"]);
        assert_eq!(valid.input.tags, ["VIP"]);
    }

    #[test]
    fn a_refusal_reads_in_english_and_each_language_has_its_own_words() {
        let err = customer(&named(&"a".repeat(MAX_SHORT + 1)), "US").unwrap_err();
        assert_eq!(
            err.to_string(),
            "“Full name” can be at most 200 characters."
        );
        let in_french = |id: &str, args: Option<&kindly_words::FluentArgs>| said_in("fr", id, args);
        let label = in_french("validate-label-full-name", None);
        assert_eq!(
            in_french(
                "validate-too-long",
                Some(&args! { "label" => label, "max" => MAX_SHORT })
            ),
            "«\u{a0}Nom complet\u{a0}» ne peut pas dépasser 200 caractères."
        );
        let mut input = named("Ana");
        input.emails = vec![EmailInput {
            address: "ana at example".into(),
            ..Default::default()
        }];
        let err = customer(&input, "US").unwrap_err();
        assert_eq!(
            err.to_string(),
            "\"ana at example\" doesn't look like an email address (it should be like name@example.com)."
        );
        assert_eq!(
            said_in(
                "de",
                "validate-not-an-email",
                Some(&args! { "address" => "ana at example" })
            ),
            "„ana at example“ sieht nicht wie eine E-Mail-Adresse aus (sie sollte wie name@beispiel.de aussehen)."
        );
    }

    #[test]
    fn plurals_choose_their_form_by_the_number_in_each_language() {
        let added = |language: &str, count: i64| {
            said_in(
                language,
                "validate-added-since",
                Some(&args! { "count" => count }),
            )
        };
        assert!(added("en", 1).starts_with("One of the customers it added has been told"));
        assert!(added("en", 3).starts_with("3 of the customers it added have been told"));
        assert!(added("de", 1).starts_with("Einer der hinzugefügten Kunden wurde seitdem"));
        assert!(added("de", 4).starts_with("4 der hinzugefügten Kunden wurden seitdem"));
        assert!(added("fr", 2).starts_with("2 des clients ajoutés ont été prévenus"));
    }
}
