//! Kindly's words on the Rust side, from the same Fluent catalogues as the
//! window (`locales/<language>/<domain>.ftl`), built into the binary. The
//! language is the window's: it says which at start and on every change
//! (`set_language`); until then, the computer's own when Kindly speaks it.
//! A message a language lacks is said in English, never as its id.

use std::sync::{OnceLock, RwLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

/// The languages Kindly speaks, English (the fallback) first, each with the
/// catalogues the Rust side reads.
const CATALOGUES: [(&str, &[&str]); 5] = [
    ("en", &[include_str!("../../locales/en/tray.ftl")]),
    ("fr", &[include_str!("../../locales/fr/tray.ftl")]),
    ("es", &[include_str!("../../locales/es/tray.ftl")]),
    ("de", &[include_str!("../../locales/de/tray.ftl")]),
    ("pt", &[include_str!("../../locales/pt/tray.ftl")]),
];

type Bundle = FluentBundle<FluentResource>;

/// One bundle per language, in `CATALOGUES`' order; made on first use.
fn bundles() -> &'static [Bundle] {
    static BUNDLES: OnceLock<Vec<Bundle>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        CATALOGUES
            .iter()
            .map(|(code, files)| {
                let id: LanguageIdentifier = code.parse().unwrap_or_default();
                let mut bundle = FluentBundle::new_concurrent(vec![id]);
                // Plain text in menus: no isolation marks around placeables.
                bundle.set_use_isolating(false);
                for text in files.iter() {
                    let resource = FluentResource::try_new((*text).to_owned()).unwrap_or_else(
                        |(partial, errors)| {
                            tracing::error!("{code} words do not parse: {errors:?}");
                            partial
                        },
                    );
                    if let Err(errors) = bundle.add_resource(resource) {
                        tracing::error!("{code} words clash: {errors:?}");
                    }
                }
                bundle
            })
            .collect()
    })
}

/// The language code of a locale Kindly speaks ("fr-CA" gives "fr"), if any.
pub fn language_of(tag: &str) -> Option<&'static str> {
    let base = tag.split(['-', '_', '.']).next()?.to_ascii_lowercase();
    CATALOGUES
        .iter()
        .map(|(code, _)| *code)
        .find(|code| *code == base)
}

/// The language words are said in: an index into `CATALOGUES`.
static ACTIVE: RwLock<usize> = RwLock::new(0);

/// Says words in `language` from now on; false (and no change) when Kindly
/// does not speak it.
pub fn set_language(language: &str) -> bool {
    let Some(index) = CATALOGUES.iter().position(|(code, _)| *code == language) else {
        return false;
    };
    match ACTIVE.write() {
        Ok(mut active) => *active = index,
        Err(poisoned) => *poisoned.into_inner() = index,
    }
    true
}

/// Starts in the computer's language when Kindly speaks it (the window
/// says its own choice as soon as it starts).
pub fn start_with_computer_language() {
    if let Some(code) = sys_locale::get_locale().as_deref().and_then(language_of) {
        set_language(code);
    }
}

/// The language words are said in now.
pub fn language() -> &'static str {
    let index = ACTIVE
        .read()
        .map(|a| *a)
        .unwrap_or_else(|p| *p.into_inner());
    CATALOGUES.get(index).map_or("en", |(code, _)| code)
}

/// The message `id` in the active language, English when that lacks it.
pub fn word(id: &str) -> String {
    word_with(id, None)
}

/// The message `id` with its variables, in the active language, English
/// when that lacks it; empty (and logged) when English lacks it too, a
/// defect the catalogue test catches.
pub fn word_with(id: &str, args: Option<&FluentArgs>) -> String {
    let all = bundles();
    let index = CATALOGUES
        .iter()
        .position(|(code, _)| *code == language())
        .unwrap_or(0);
    for bundle in [all.get(index), all.first()].into_iter().flatten() {
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors);
            if !errors.is_empty() {
                tracing::warn!("words {id}: {errors:?}");
            }
            return text.into_owned();
        }
    }
    tracing::error!("no words for {id}");
    String::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One test changes the process-wide language, so all checks are here in order.
    #[test]
    fn words_follow_the_language_chosen_and_fall_back_to_english() {
        assert!(set_language("en"));
        assert_eq!(word("tray-quit"), "Quit Kindly");
        assert!(set_language("de"));
        assert_eq!(language(), "de");
        assert_eq!(word("tray-quit"), "Kindly beenden");
        assert!(set_language("fr"));
        assert_eq!(word("tray-today"), "Aujourd’hui");
        // Unknown languages change nothing.
        assert!(!set_language("xx"));
        assert_eq!(language(), "fr");
        // Never the id: empty when no language has it.
        assert_eq!(word("no-such-words"), "");
        assert!(set_language("en"));
    }

    #[test]
    fn the_computer_s_locale_names_a_language_kindly_speaks_or_none() {
        assert_eq!(language_of("fr-CA"), Some("fr"));
        assert_eq!(language_of("pt_BR.UTF-8"), Some("pt"));
        assert_eq!(language_of("DE"), Some("de"));
        assert_eq!(language_of("ja-JP"), None);
    }

    #[test]
    fn every_language_has_the_tray_s_words() {
        for (index, (code, _)) in CATALOGUES.iter().enumerate() {
            for id in ["tray-open", "tray-today", "tray-quit", "tray-tooltip"] {
                assert!(
                    bundles()[index].get_message(id).is_some(),
                    "{code} lacks {id}"
                );
            }
        }
    }
}
