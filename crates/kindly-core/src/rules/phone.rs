//! Phone numbers: reading what is typed (digits of any script, the
//! punctuation people put between them) and normalising it to E.164, and
//! the digit forms the search index uses to match numbers typed in any
//! format.
//!
//! A number is read in one of three ways ([`Reading`]): a number valid for
//! its country (stored with its E.164 form), a number that has the shape of
//! one but is not valid under the notebook's region (kept as typed, "check
//! the country", found by its digits), or text that is not a phone number
//! at all (refused). Invisible format characters (bidi controls, zero-width
//! characters) are never read past: they can make a number show as another.

use std::borrow::Cow;
use std::sync::{LazyLock, PoisonError, RwLock};

use foldhash::HashMap;

use phonenumber::{country, metadata::DATABASE};

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

/// How a typed phone number reads under the notebook's region.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reading {
    /// A number valid for its country, in E.164 form (`+15550104477`).
    Number(String),
    /// Shaped like a phone number, but not valid for the region it would
    /// belong to (most often: typed without its country code in a notebook
    /// of another country). Kept as typed, shown as "check the country".
    CheckCountry,
    /// Not a phone number: letters, emoji, invisible characters, a `+`
    /// anywhere but in front, too few or too many digits.
    NotAPhone,
}

/// The code point of the digit zero of every Unicode script with decimal
/// digits (general category Nd); each is followed by the digits one to
/// nine, so a digit's value is its distance from its zero.
const ZEROS: &[u32] = &[
    0x0030, 0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6,
    0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80,
    0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0,
    0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0,
    0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x11F50, 0x16A60,
    0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E4F0,
    0x1E950, 0x1FBF0,
];

/// The value of `c` when it is a decimal digit of any script (`'٧'` is 7,
/// `'７'` is 7); `None` otherwise.
pub fn digit_value(c: char) -> Option<u8> {
    if c.is_ascii_digit() {
        return Some(c as u8 - b'0');
    }
    let code = u32::from(c);
    if code < 0x0660 {
        return None;
    }
    // ZEROS is sorted: the last zero at or below `code`.
    let at = ZEROS.partition_point(|&zero| zero <= code);
    let zero = ZEROS[at.checked_sub(1)?];
    let value = code - zero;
    (value < 10).then_some(value as u8)
}

/// Unicode's invisible format characters (general category Cf): bidi
/// controls such as U+202E, zero-width spaces and joiners, the byte-order
/// mark, tags. In a phone number or an email address they can make the
/// text show as something it is not.
pub fn is_format_char(c: char) -> bool {
    matches!(
        u32::from(c),
        0x00AD
            | 0x0600..=0x0605
            | 0x061C
            | 0x06DD
            | 0x070F
            | 0x0890..=0x0891
            | 0x08E2
            | 0x180E
            | 0x200B..=0x200F
            | 0x202A..=0x202E
            | 0x2060..=0x2064
            | 0x2066..=0x206F
            | 0xFEFF
            | 0xFFF9..=0xFFFB
            | 0x110BD
            | 0x110CD
            | 0x13430..=0x1343F
            | 0x1BCA0..=0x1BCA3
            | 0x1D173..=0x1D17A
            | 0xE0001
            | 0xE0020..=0xE007F
    )
}

/// `true` when `text` holds an invisible format character
/// ([`is_format_char`]).
pub fn has_format_chars(text: &str) -> bool {
    text.chars().any(is_format_char)
}

/// `text` without its invisible format characters.
pub fn without_format_chars(text: &str) -> Cow<'_, str> {
    if has_format_chars(text) {
        Cow::Owned(text.chars().filter(|&c| !is_format_char(c)).collect())
    } else {
        Cow::Borrowed(text)
    }
}

/// What a lookup box or a caller-ID link reads of `text`: without
/// invisible format characters, digits of any script as ASCII digits.
pub fn for_lookup(text: &str) -> String {
    text.chars()
        .filter(|&c| !is_format_char(c))
        .map(|c| match digit_value(c) {
            Some(d) => char::from(b'0' + d),
            None => c,
        })
        .collect()
}

/// `text` split before an extension at its end (`ext. 12`, `x12`, `#12`),
/// and the extension's digits.
fn split_extension(text: &str) -> (&str, Option<&str>) {
    let lower = text.to_ascii_lowercase();
    for marker in ["extension", "ext.", "ext", "x", "#"] {
        let Some(at) = lower.rfind(marker) else {
            continue;
        };
        let rest = text[at + marker.len()..].trim_start_matches([' ', '.', ':', '=']);
        let count = rest.chars().count();
        if (1..=7).contains(&count)
            && rest.chars().all(|c| digit_value(c).is_some())
            && text[..at].chars().any(|c| digit_value(c).is_some())
        {
            return (text[..at].trim_end_matches([' ', ',', ';']), Some(rest));
        }
    }
    (text, None)
}

/// `text` in ASCII when it is written the way phone numbers are: digits of
/// any script, spaces and the punctuation people put between digits, at
/// most one `+`, in front, and an extension at the end (`ext. 12`). `None`
/// for anything else (letters, emoji, `0x…`, invisible characters).
fn ascii_form(text: &str) -> Option<String> {
    let (text, extension) = split_extension(text);
    let mut out = ascii_number(text)?;
    if let Some(extension) = extension {
        out.push_str(" ext. ");
        out.extend(
            extension
                .chars()
                .filter_map(digit_value)
                .map(|d| char::from(b'0' + d)),
        );
    }
    Some(out)
}

/// [`ascii_form`] of a number without an extension.
fn ascii_number(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut seen_digit = false;
    for c in text.chars() {
        if let Some(d) = digit_value(c) {
            seen_digit = true;
            out.push(char::from(b'0' + d));
            continue;
        }
        let mapped = match c {
            '+' | '\u{FF0B}' if !seen_digit && !out.contains('+') => '+',
            '-' | '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FF0D}' => '-',
            '.' | '\u{FF0E}' => '.',
            '(' | '\u{FF08}' => '(',
            ')' | '\u{FF09}' => ')',
            '/' | '\u{FF0F}' => '/',
            c if c.is_whitespace() && !matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}') => ' ',
            _ => return None,
        };
        out.push(mapped);
    }
    Some(out)
}

/// The fewest and the most digits a typed phone number may have (E.164
/// allows 15 after the country code; a `00` prefix adds two).
const TYPED_DIGITS: std::ops::RangeInclusive<usize> = 6..=17;

/// Only the digits of `text`, as ASCII, whatever script they were typed in.
pub fn digits(text: &str) -> String {
    text.chars()
        .filter_map(digit_value)
        .map(|d| char::from(b'0' + d))
        .collect()
}

/// `true` when `text` looks like someone typing a phone number: digits (of
/// any script) and the punctuation people put between them, nothing else.
pub fn looks_like_phone(text: &str) -> bool {
    ascii_form(text).is_some_and(|ascii| ascii.bytes().any(|b| b.is_ascii_digit()))
}

/// `00` is the international prefix almost everywhere outside North
/// America; people type it even when their default region uses another.
fn with_plus_for_double_zero(text: &str) -> Cow<'_, str> {
    let trimmed = text.trim_start();
    match trimmed.strip_prefix("00") {
        Some(rest) => Cow::Owned(format!("+{rest}")),
        None => Cow::Borrowed(trimmed),
    }
}

/// Reads `text` as a phone number under the default `region`.
///
/// A [`Reading::Number`] is stable: reading it again gives it back.
pub fn read(text: &str, region: &str) -> Reading {
    // Parsing a number costs microseconds, and an import reads each one
    // several times (reading the file, matching, checking, writing), on
    // several threads while it reads the file.
    static SEEN: LazyLock<RwLock<HashMap<String, Reading>>> = LazyLock::new(RwLock::default);
    let key = format!("{region}\u{0}{text}");
    let hit = SEEN
        .read()
        .unwrap_or_else(PoisonError::into_inner)
        .get(&key)
        .cloned();
    if let Some(hit) = hit {
        return hit;
    }
    let found = read_uncached(text, region);
    let mut seen = SEEN.write().unwrap_or_else(PoisonError::into_inner);
    if seen.len() >= E164_CACHE {
        seen.clear();
    }
    seen.insert(key, found.clone());
    found
}

/// The E.164 form of `text` under the default `region` when it is a number
/// valid for its country ([`Reading::Number`]); `None` otherwise.
pub fn to_e164(text: &str, region: &str) -> Option<String> {
    match read(text, region) {
        Reading::Number(e164) => Some(e164),
        Reading::CheckCountry | Reading::NotAPhone => None,
    }
}

/// How many numbers [`read`] remembers.
const E164_CACHE: usize = 200_000;

fn read_uncached(text: &str, region: &str) -> Reading {
    let Some(ascii) = ascii_form(text) else {
        return Reading::NotAPhone;
    };
    if !TYPED_DIGITS.contains(&digits(split_extension(&ascii).0).len()) {
        return Reading::NotAPhone;
    }
    match normalise(&ascii, region) {
        Some(e164) => Reading::Number(e164),
        None => Reading::CheckCountry,
    }
}

fn normalise(text: &str, region: &str) -> Option<String> {
    let text = with_plus_for_double_zero(text);
    if let Some(first) = parse_e164(&text, region) {
        if parse_e164(&first, region).as_deref() == Some(first.as_str()) {
            return Some(first);
        }
    }
    // The parser drops digits of some international numbers (found by
    // fuzzing: "+800 1117 5678" became "+800175678", and that again
    // "+80075678"). When it does, keep every digit typed after the '+',
    // if they are a country code and a number of that country's shape.
    let typed = digits(split_extension(&text).0);
    let whole = text.starts_with('+')
        && (7..=15).contains(&typed.len())
        && (1..=3).any(|n| {
            typed[..n]
                .parse::<u16>()
                .is_ok_and(|code| shaped(code, &typed[n..]))
        });
    whole.then(|| format!("+{typed}"))
}

/// `true` when `national` has the shape of a number of country `code`
/// (the general description of its countries): stricter checks (area codes
/// in use, number ranges by type) would refuse real numbers whenever the
/// metadata is behind, and the invented 555-01xx numbers people use for
/// examples.
fn shaped(code: u16, national: &str) -> bool {
    DATABASE.by_code(&code).is_some_and(|metas| {
        metas
            .iter()
            .any(|meta| meta.descriptors().general().is_match(national))
    })
}

/// libphonenumber's E.164 form of `text`, if it is a number its country
/// could have: 7 to 15 digits, a national number of a length and shape
/// that country uses.
fn parse_e164(text: &str, region: &str) -> Option<String> {
    let number = phonenumber::parse(parse_region(region), text).ok()?;
    let national = number.national().to_string();
    if !shaped(number.code().value(), &national) {
        return None;
    }
    // What libphonenumber's E.164 formatter writes, without the search for
    // a national format it does first for every mode (a regex match per
    // candidate pattern, unused in E.164).
    let formatted = format!("+{}{national}", number.code().value());
    // libphonenumber accepts some very short or very long digit runs;
    // E.164 allows 7 to 15 digits after the '+' for a real subscriber number.
    let len = formatted.len().saturating_sub(1);
    (7..=15).contains(&len).then_some(formatted)
}

/// The national significant number of `text` (no country code, no trunk
/// prefix), when it parses.
pub fn national_digits(text: &str, region: &str) -> Option<String> {
    let ascii = ascii_form(text)?;
    let text = with_plus_for_double_zero(&ascii);
    let number = phonenumber::parse(parse_region(region), text.as_ref()).ok()?;
    Some(number.national().value().to_string())
}

/// The digits a stored phone is found by when its end is typed: those of
/// its E.164 form, or those typed when it has none.
pub fn index_digits(number: &str, e164: Option<&str>) -> String {
    digits(e164.unwrap_or(number))
}

/// Digits reversed, so that "ends with these digits" becomes a prefix range
/// scan on an ordinary index.
pub fn reversed(digits: &str) -> String {
    digits.chars().rev().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`parse_e164`] writes the E.164 form itself: the same text as
    /// libphonenumber's own E.164 formatter, for numbers of several
    /// countries, with trunk prefixes, leading zeros and extensions.
    #[test]
    fn e164_is_what_libphonenumber_formats() {
        for (text, region) in [
            ("(212) 555-0100", "US"),
            ("+44 20 7946 0958", "US"),
            ("020 7946 0958", "GB"),
            ("+39 06 6982 1234", "US"),
            ("06 6982 1234", "IT"),
            ("+49 30 901820", "DE"),
            ("0151 23456789", "DE"),
            ("+33 1 42 68 53 00", "FR"),
            ("+81 3-3224-5000", "JP"),
            ("+1 555 010 4477 ext. 12", "US"),
            ("+225 07 12 34 56 78", "US"),
        ] {
            let libphonenumber = phonenumber::parse(parse_region(region), text)
                .ok()
                .filter(|n| shaped(n.code().value(), &n.national().to_string()))
                .map(|n| n.format().mode(phonenumber::Mode::E164).to_string())
                .filter(|f| (7..=15).contains(&(f.len() - 1)));
            assert_eq!(
                parse_e164(text, region),
                libphonenumber,
                "{text} in {region}"
            );
            assert!(libphonenumber.is_some(), "{text} in {region} is a number");
        }
    }

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

    #[test]
    fn digits_of_other_scripts_read_as_the_digits_they_are() {
        for typed in [
            "٠٧٧٠٠ ٩٠٠١٢٣",            // Arabic-Indic
            "۰۷۷۰۰ ۹۰۰۱۲۳",            // Extended Arabic-Indic
            "０７７００ ９００１２３", // full-width
            "०७७०० ९००१२३",            // Devanagari
            "๐๗๗๐๐ ๙๐๐๑๒๓",            // Thai
        ] {
            assert_eq!(
                to_e164(typed, "GB").as_deref(),
                Some("+447700900123"),
                "{typed}"
            );
            assert_eq!(digits(typed), "07700900123", "{typed}");
        }
    }

    #[test]
    fn every_listed_zero_starts_ten_digits() {
        for &zero in ZEROS {
            for value in 0..10u32 {
                let c = char::from_u32(zero + value).expect("a character");
                assert!(c.is_numeric(), "U+{:04X}", zero + value);
                assert_eq!(digit_value(c), Some(value as u8), "U+{:04X}", zero + value);
            }
        }
        assert!(ZEROS.windows(2).all(|w| w[0] + 10 <= w[1]));
        assert_eq!(digit_value('a'), None);
        assert_eq!(digit_value('\u{0669}' /* ٩ */), Some(9));
        assert_eq!(digit_value('\u{066A}' /* ٪ */), None);
    }

    #[test]
    fn text_that_is_not_a_phone_number_is_refused_not_guessed() {
        for typed in [
            "020 7946 0963 😀",
            "0x2079460964",
            "\u{202E}8590 6497 02 44+",
            "020\u{200B}7946 0958",
            "020 7946 0958 x",
            "020 7946 0958 ext 12345678",
            "8590 6497 02 44+",
            "call me",
            "12",
        ] {
            assert_eq!(read(typed, "US"), Reading::NotAPhone, "{typed:?}");
        }
    }

    #[test]
    fn an_extension_is_part_of_the_number_but_not_of_its_e164() {
        for typed in [
            "+33-1-23-45-67-89 ext. 12",
            "+33 1 23 45 67 89 x12",
            "+33 1 23 45 67 89#12",
        ] {
            assert_eq!(
                to_e164(typed, "US").as_deref(),
                Some("+33123456789"),
                "{typed}"
            );
        }
    }

    #[test]
    fn a_number_not_valid_for_the_region_has_no_e164() {
        // A UK number typed the local way in a US notebook is not
        // +1 020 7946 0958, a number that cannot exist.
        assert_eq!(read("020 7946 0958", "US"), Reading::CheckCountry);
        assert_eq!(
            read("020 7946 0958", "GB"),
            Reading::Number("+442079460958".into())
        );
        assert_eq!(
            read("+44 20 7946 0958", "US"),
            Reading::Number("+442079460958".into())
        );
    }

    #[test]
    fn format_characters_are_found_and_removed() {
        let disguised = "\u{202E}8590 6497 02 44+";
        assert!(has_format_chars(disguised));
        assert_eq!(without_format_chars(disguised), "8590 6497 02 44+");
        assert_eq!(for_lookup("\u{2066}٠٢٠ 7946\u{FEFF} 0958"), "020 7946 0958");
        assert!(!has_format_chars("+44 20 7946 0958"));
    }
}
