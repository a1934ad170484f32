//! Folding text for search: lower case, accents removed, punctuation to
//! spaces, runs of space collapsed. The same function folds what is stored
//! and what is typed, which is what makes "jose" find "José".

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Folds `text` for indexing and querying: letters lower-cased with their
/// accents removed, digits kept, apostrophes dropped, anything else
/// becomes a single space.
/// The result never starts or ends with a space.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.nfkd() {
        if is_combining_mark(c) {
            continue;
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
            continue;
        }
        if !mapped.is_empty() {
            push_word(&mut out, &mut pending_space, mapped.chars());
        } else if c.is_alphanumeric() {
            push_word(&mut out, &mut pending_space, c.to_lowercase());
        } else {
            pending_space = true;
        }
    }
    out
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
