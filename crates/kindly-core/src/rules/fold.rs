//! Folding text for search: lower case, accents removed, punctuation to
//! spaces, runs of space collapsed. The same function folds what is stored
//! and what is typed, which is what makes "jose" find "José".

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Whether `a` and `b` are the same text but for letter case (as
/// `to_lowercase` sees it). Allocates nothing when both are ASCII, which
/// most email addresses and tags are.
pub fn same_ignoring_case(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        a.eq_ignore_ascii_case(b)
    } else {
        a.to_lowercase() == b.to_lowercase()
    }
}

/// Folds `text` for indexing and querying: letters lower-cased with their
/// accents removed, digits kept, apostrophes dropped, anything else
/// becomes a single space.
/// The result never starts or ends with a space.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    let mut rest = text;
    // ASCII text decomposes to itself, and every ASCII character is a
    // starter, so decomposing the runs between ASCII characters one by one
    // gives the same characters as decomposing the whole text: only those
    // runs go through NFKD.
    while !rest.is_empty() {
        let ascii = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        for b in rest[..ascii].bytes() {
            // fold_char for an ASCII character.
            if b.is_ascii_alphanumeric() {
                if pending_space && !out.is_empty() {
                    out.push(' ');
                }
                pending_space = false;
                out.push(char::from(b.to_ascii_lowercase()));
            } else if b != b'\'' {
                pending_space = true;
            }
        }
        rest = &rest[ascii..];
        let other = rest
            .bytes()
            .position(|b| b.is_ascii())
            .unwrap_or(rest.len());
        for c in rest[..other].nfkd() {
            fold_char(c, &mut out, &mut pending_space);
        }
        rest = &rest[other..];
    }
    out
}

/// Folds one decomposed character onto `out` (see [`fold`]).
fn fold_char(c: char, out: &mut String, pending_space: &mut bool) {
    if is_combining_mark(c) {
        return;
    }
    let mapped: &str = match c {
        'ß' => "ss",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        'ø' | 'Ø' => "o",
        'ł' | 'Ł' => "l",
        'đ' | 'Đ' | 'ð' | 'Ð' => "d",
        'þ' | 'Þ' => "th",
        'ı' => "i",
        _ => "",
    };
    if matches!(c, '\'' | '\u{2019}' | '\u{02BC}') {
        // O'Brien is one name: "obrien" and "o'brien" both find it.
        return;
    }
    if !mapped.is_empty() {
        push_word(out, pending_space, mapped.chars());
    } else if c.is_alphanumeric() {
        push_word(out, pending_space, c.to_lowercase());
    } else {
        *pending_space = true;
    }
}

fn push_word(out: &mut String, pending_space: &mut bool, chars: impl Iterator<Item = char>) {
    if *pending_space && !out.is_empty() {
        out.push(' ');
    }
    *pending_space = false;
    out.extend(chars);
}

/// The folded words of `text`.
pub fn words(text: &str) -> Vec<String> {
    fold(text)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// What makes two issue categories the same: case and spacing only, so
/// "C++" and "C#" (or two emoji) stay apart.
pub fn category_key(category: &str) -> String {
    category
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The smallest string greater than every string that starts with `prefix`,
/// for index range scans (`key >= prefix AND key < upper`).
pub fn prefix_upper_bound(prefix: &str) -> String {
    let mut s = prefix.to_owned();
    s.push(char::MAX);
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_accents_and_case() {
        assert_eq!(fold("José Müller"), "jose muller");
        assert_eq!(fold("ÅSA Øster-Straße"), "asa oster strasse");
        assert_eq!(fold("  Zoë   O'Brien "), "zoe obrien");
        assert_eq!(fold("D\u{2019}Arcy-Smith"), "darcy smith");
    }

    #[test]
    fn same_ignoring_case_agrees_with_lower_casing_both() {
        let pairs = [
            ("Rosa@Example.com", "rosa@example.com", true),
            ("rosa@example.com", "rosa@example.org", false),
            ("ÉLODIE", "élodie", true),
            ("Élodie", "elodie", false),
            // KELVIN SIGN lower-cases to an ASCII k.
            ("\u{212A}ate", "kate", true),
            ("", "", true),
        ];
        for (a, b, same) in pairs {
            assert_eq!(same_ignoring_case(a, b), same, "{a} / {b}");
            assert_eq!(same_ignoring_case(b, a), same, "{b} / {a}");
            assert_eq!(a.to_lowercase() == b.to_lowercase(), same, "{a} / {b}");
        }
    }

    /// [`fold`] as it reads, decomposing the whole text at once.
    fn fold_whole(text: &str) -> String {
        let mut out = String::new();
        let mut pending_space = false;
        for c in text.nfkd() {
            fold_char(c, &mut out, &mut pending_space);
        }
        out
    }

    #[test]
    fn every_ascii_character_folds_as_any_other_character() {
        for b in 0..=127u8 {
            let text = format!("a{}b", char::from(b));
            assert_eq!(fold(&text), fold_whole(&text), "{b}");
        }
    }

    #[test]
    fn decomposing_between_ascii_is_decomposing_the_whole() {
        for text in [
            "",
            "José Müller",
            "e\u{301}\u{323}x",
            "\u{301}a\u{301}",
            "ﬁle ½ Ⅻ ㎞ Å Ω",
            "A\u{30a}\u{327}b ǅ ǆ",
            "한국어 ひらがな 日本 x",
            "Øster-Straße, O\u{2019}Brien & Æsir",
            "ends with mark e\u{301}",
        ] {
            assert_eq!(fold(text), fold_whole(text), "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn decomposing_in_runs_folds_any_text_the_same(text in "\\PC{0,40}") {
            proptest::prop_assert_eq!(fold(&text), fold_whole(&text));
        }
    }

    #[test]
    fn emails_split_into_words() {
        assert_eq!(
            words("ana.lima@Example.com"),
            ["ana", "lima", "example", "com"]
        );
    }

    #[test]
    fn upper_bound_orders_after_every_extension() {
        let upper = prefix_upper_bound("mul");
        assert!("muller" < upper.as_str());
        assert!("mum" > upper.as_str());
    }
}
