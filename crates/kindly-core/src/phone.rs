//! Phone numbers: normalising what is typed to E.164, and the digit forms
//! the search index uses to match numbers typed in any format.

use std::sync::{LazyLock, PoisonError, RwLock};

use foldhash::HashMap;

use phonenumber::{country, Mode};

/// A region code such as `US` or `GB`, used for numbers typed without a
/// country code.
pub fn parse_region(code: &str) -> Option<country::Id> {
    code.trim().to_ascii_uppercase().parse().ok()
}

/// The region for a POSIX or BCP 47 locale such as `en_GB.UTF-8` or
/// `fr-FR`; `None` when the locale names no known region.
pub fn region_from_locale(locale: &str) -> Option<String> {
    let base = locale.split(['.', '@']).next().unwrap_or("");
    base.split(['_', '-'])
        .skip(1)
        .find(|part| part.len() == 2 && parse_region(part).is_some())
        .map(|part| part.to_ascii_uppercase())
}

/// Only digits of `text`.
pub fn digits(text: &str) -> String {
    text.chars().filter(char::is_ascii_digit).collect()
}

/// `true` when `text` looks like someone typing a phone number: digits and
/// the punctuation people put between them, nothing else.
pub fn looks_like_phone(text: &str) -> bool {
    let mut has_digit = false;
    for c in text.chars() {
        match c {
            '0'..='9' => has_digit = true,
            ' ' | '+' | '-' | '.' | '(' | ')' | '/' => {}
            _ => return false,
        }
    }
    has_digit
}

/// `00` is the international prefix almost everywhere outside North
/// America; people type it even when their default region uses another.
fn with_plus_for_double_zero(text: &str) -> std::borrow::Cow<'_, str> {
    let trimmed = text.trim_start();
    match trimmed.strip_prefix("00") {
        Some(rest) => std::borrow::Cow::Owned(format!("+{rest}")),
        None => std::borrow::Cow::Borrowed(trimmed),
    }
}

/// Normalises a number as typed to E.164 (`+15550104477`) under the default
/// region. `None` when the text is not a phone number at all.
///
/// The result is stable: normalising it again gives it back.
pub fn to_e164(text: &str, region: &str) -> Option<String> {
    // Parsing a number costs microseconds, and an import reads each one
    // several times (reading the file, matching, checking, writing), on
    // several threads while it reads the file.
    static SEEN: LazyLock<RwLock<HashMap<String, Option<String>>>> = LazyLock::new(RwLock::default);
    let key = format!("{region}\u{0}{text}");
    let hit = SEEN
        .read()
        .unwrap_or_else(PoisonError::into_inner)
        .get(&key)
        .cloned();
    if let Some(hit) = hit {
        return hit;
    }
    let found = normalise(text, region);
    let mut seen = SEEN.write().unwrap_or_else(PoisonError::into_inner);
    if seen.len() >= E164_CACHE {
        seen.clear();
    }
    seen.insert(key, found.clone());
    found
}

/// How many numbers [`to_e164`] remembers.
const E164_CACHE: usize = 200_000;

fn normalise(text: &str, region: &str) -> Option<String> {
    let text = with_plus_for_double_zero(text);
    let first = parse_e164(&text, region)?;
    if parse_e164(&first, region).as_deref() == Some(first.as_str()) {
        return Some(first);
    }
    // The parser drops digits of some international numbers (found by
    // fuzzing: "+800 1117 5678" became "+800175678", and that again
    // "+80075678"). When it does, keep every digit typed after the '+'.
    let typed = digits(&text);
    (text.starts_with('+') && (7..=15).contains(&typed.len())).then(|| format!("+{typed}"))
}

/// libphonenumber's E.164 form of `text`, if it has 7 to 15 digits.
fn parse_e164(text: &str, region: &str) -> Option<String> {
    let number = phonenumber::parse(parse_region(region), text).ok()?;
    let formatted = number.format().mode(Mode::E164).to_string();
    // libphonenumber accepts some very short or very long digit runs;
    // E.164 allows 7 to 15 digits after the '+' for a real subscriber number.
    let len = formatted.len().saturating_sub(1);
    (7..=15).contains(&len).then_some(formatted)
}

/// The national significant number of `text` (no country code, no trunk
/// prefix), when it parses.
pub fn national_digits(text: &str, region: &str) -> Option<String> {
    let text = with_plus_for_double_zero(text);
    let number = phonenumber::parse(parse_region(region), text.as_ref()).ok()?;
    Some(number.national().value().to_string())
}

/// Digits reversed, so that "ends with these digits" becomes a prefix range
/// scan on an ordinary index.
pub fn reversed(digits: &str) -> String {
    digits.chars().rev().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_of_one_number_agree() {
        for typed in [
            "(555) 010-4477",
            "555.010.4477",
            "+1 555 010 4477",
            "1-555-010-4477",
        ] {
            assert_eq!(
                to_e164(typed, "US").as_deref(),
                Some("+15550104477"),
                "{typed}"
            );
        }
    }

    #[test]
    fn double_zero_is_international_prefix() {
        assert_eq!(
            to_e164("0044 20 7946 0958", "US").as_deref(),
            Some("+442079460958")
        );
        assert_eq!(
            to_e164("020 7946 0958", "GB").as_deref(),
            Some("+442079460958")
        );
    }

    #[test]
    fn rejects_text_that_is_not_a_number() {
        assert_eq!(to_e164("call me", "US"), None);
        assert_eq!(to_e164("12", "US"), None);
    }

    #[test]
    fn region_from_locales() {
        assert_eq!(region_from_locale("en_GB.UTF-8").as_deref(), Some("GB"));
        assert_eq!(region_from_locale("fr-FR").as_deref(), Some("FR"));
        assert_eq!(region_from_locale("C"), None);
    }

    #[test]
    fn an_international_freephone_number_keeps_every_digit() {
        // Found by fuzzing: the parser used to drop "11" here, so the
        // customer's number and the same number from caller ID differed.
        let e164 = to_e164("+800 1117 5678", "US");
        assert_eq!(e164.as_deref(), Some("+80011175678"));
        assert_eq!(to_e164("+80011175678", "GB"), e164);
    }
}
