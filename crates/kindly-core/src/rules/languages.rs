//! Languages' names for the words Kindly writes in Rust (the brief's text,
//! the change history), in the active language from
//! `locales/<language>/rust/languages.ftl`; the English names here read an
//! import's "Language" column. The window names them itself with
//! `Intl.DisplayNames`.

use kindly_words::{args, say_in};

/// The languages a shop's customers most often prefer, by BCP 47 code.
const NAMES: &[(&str, &str)] = &[
    ("ar", "Arabic"),
    ("bg", "Bulgarian"),
    ("ca", "Catalan"),
    ("cs", "Czech"),
    ("cy", "Welsh"),
    ("da", "Danish"),
    ("de", "German"),
    ("el", "Greek"),
    ("en", "English"),
    ("es", "Spanish"),
    ("et", "Estonian"),
    ("eu", "Basque"),
    ("fa", "Persian"),
    ("fi", "Finnish"),
    ("fr", "French"),
    ("ga", "Irish"),
    ("he", "Hebrew"),
    ("hi", "Hindi"),
    ("hr", "Croatian"),
    ("hu", "Hungarian"),
    ("id", "Indonesian"),
    ("it", "Italian"),
    ("ja", "Japanese"),
    ("ko", "Korean"),
    ("lt", "Lithuanian"),
    ("lv", "Latvian"),
    ("nb", "Norwegian"),
    ("nl", "Dutch"),
    ("no", "Norwegian"),
    ("pa", "Punjabi"),
    ("pl", "Polish"),
    ("pt", "Portuguese"),
    ("ro", "Romanian"),
    ("ru", "Russian"),
    ("sk", "Slovak"),
    ("sl", "Slovenian"),
    ("so", "Somali"),
    ("sq", "Albanian"),
    ("sr", "Serbian"),
    ("sv", "Swedish"),
    ("sw", "Swahili"),
    ("ta", "Tamil"),
    ("th", "Thai"),
    ("tl", "Tagalog"),
    ("tr", "Turkish"),
    ("uk", "Ukrainian"),
    ("ur", "Urdu"),
    ("vi", "Vietnamese"),
    ("zh", "Chinese"),
];

/// `tag`'s language in the active language, its region or script after it
/// ("Portuguese (BR)"); a language not in the list reads as its tag.
/// Empty for an empty tag.
pub fn language_name(tag: &str) -> String {
    language_name_in(kindly_words::language(), tag)
}

/// [`language_name`] in `speaking`.
pub(crate) fn language_name_in(speaking: &str, tag: &str) -> String {
    let (language, rest) = tag.split_once('-').unwrap_or((tag, ""));
    if !NAMES.iter().any(|(code, _)| *code == language) {
        return tag.to_owned();
    }
    let name = say_in(speaking, &format!("languages-{language}"), None);
    match rest {
        "" => name,
        rest => say_in(
            speaking,
            "languages-with-region",
            Some(&args! { "language" => name, "region" => rest }),
        ),
    }
}

/// The language tag `text` names, as an import reads it: a tag ("fr",
/// "pt_BR", written as BCP 47 writes it) or a language's English name
/// ("French"); anything else as it is (the import then leaves it out,
/// saying so).
pub fn language_from(text: &str) -> String {
    let text = text.trim();
    if let Some((code, _)) = NAMES
        .iter()
        .find(|(_, name)| name.eq_ignore_ascii_case(text))
    {
        return (*code).to_owned();
    }
    crate::rules::validate::language(text).unwrap_or_else(|_| text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_reads_in_plain_english_with_its_region() {
        assert_eq!(language_name("fr"), "French");
        assert_eq!(language_name("pt-BR"), "Portuguese (BR)");
        assert_eq!(language_name("qya"), "qya");
        assert_eq!(language_name(""), "");
        assert!(NAMES.windows(2).all(|w| w[0].0 < w[1].0), "kept in order");
    }

    #[test]
    fn a_language_reads_in_the_reader_s_language() {
        assert_eq!(language_name_in("fr", "de"), "allemand");
        assert_eq!(language_name_in("de", "pt-BR"), "Portugiesisch (BR)");
        for speaking in kindly_words::languages() {
            for (code, english) in NAMES {
                let name = language_name_in(speaking, code);
                assert!(
                    !name.is_empty() && !name.starts_with("languages-"),
                    "{speaking} {code}"
                );
                if speaking == "en" {
                    assert_eq!(name, *english, "the catalogue's English is the table's");
                }
            }
        }
    }

    #[test]
    fn an_import_reads_a_code_or_an_english_name() {
        assert_eq!(language_from(" French "), "fr");
        assert_eq!(language_from("pt_br"), "pt-BR");
        assert_eq!(language_from("zh-hant-tw"), "zh-Hant-TW");
        assert_eq!(
            language_from("Klingon"),
            "Klingon",
            "left for the import to leave out"
        );
    }
}
