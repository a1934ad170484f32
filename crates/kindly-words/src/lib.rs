//! Kindly's words on the Rust side: error messages, notifications, the
//! tray, the brief's plain text, drafted messages and the command line's
//! human sentences. They come from the same Fluent catalogues as the
//! window's (`locales/<language>/rust/<domain>.ftl`), built into the binary
//! by `build.rs`, so a new file or language needs no code change.
//!
//! One language is active for the whole process: the window names it at
//! start and on every change, the command line takes the computer's. Until
//! told, words are English. [`say_in`] speaks a given language without
//! changing the active one (a message drafted in the customer's language).
//! A message a language lacks is said in English, never as its id.

#![deny(missing_docs)]

use std::sync::{OnceLock, RwLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::FluentResource;
pub use fluent_bundle::{FluentArgs, FluentValue};
use unic_langid::LanguageIdentifier;

pub mod dates;

include!(concat!(env!("OUT_DIR"), "/catalogues.rs"));

type Bundle = FluentBundle<FluentResource>;

/// The bundle of the language at `index` in `CATALOGUES`, made the first
/// time that language is spoken: a start in English parses English only,
/// not every language's files (about 55 KB each).
fn bundle(index: usize) -> Option<&'static Bundle> {
    static BUNDLES: OnceLock<Vec<OnceLock<Bundle>>> = OnceLock::new();
    let slots = BUNDLES.get_or_init(|| CATALOGUES.iter().map(|_| OnceLock::new()).collect());
    let (code, files) = CATALOGUES.get(index)?;
    Some(slots.get(index)?.get_or_init(|| {
        let id: LanguageIdentifier = code.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Plain text in menus, notifications and terminals: no
        // isolation marks around placeables.
        bundle.set_use_isolating(false);
        for text in files.iter() {
            // A file that does not parse keeps what did; the tests
            // below fail on it, so it never ships.
            let resource =
                FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(partial, _)| partial);
            let _ = bundle.add_resource(resource);
        }
        bundle
    }))
}

/// The languages Kindly speaks, English (the fallback) first.
pub fn languages() -> impl Iterator<Item = &'static str> {
    CATALOGUES.iter().map(|(code, _)| *code)
}

/// The language code of a locale or BCP 47 tag Kindly speaks ("fr-CA" and
/// "pt_BR.UTF-8" give "fr" and "pt"), if any.
pub fn language_of(tag: &str) -> Option<&'static str> {
    let base = tag.split(['-', '_', '.']).next()?.to_ascii_lowercase();
    languages().find(|code| *code == base)
}

/// The active language: an index into `CATALOGUES`.
static ACTIVE: RwLock<usize> = RwLock::new(0);

/// Says words in `language` from now on; false (and no change) when Kindly
/// does not speak it. Process-wide: tests that check other languages use
/// [`say_in`] instead, so tests running beside them keep English.
pub fn set_language(language: &str) -> bool {
    let Some(index) = languages().position(|code| code == language) else {
        return false;
    };
    match ACTIVE.write() {
        Ok(mut active) => *active = index,
        Err(poisoned) => *poisoned.into_inner() = index,
    }
    true
}

/// Speaks the computer's language when Kindly speaks it (else stays as it
/// is): the command line at start, the window until it names its choice.
pub fn start_with_computer_language() {
    if let Some(code) = sys_locale::get_locale().as_deref().and_then(language_of) {
        set_language(code);
    }
}

/// The language words are said in now ("en", "fr", …).
pub fn language() -> &'static str {
    let index = ACTIVE
        .read()
        .map(|a| *a)
        .unwrap_or_else(|p| *p.into_inner());
    CATALOGUES.get(index).map_or("en", |(code, _)| code)
}

/// The message `id` in the active language.
pub fn say(id: &str) -> String {
    say_in(language(), id, None)
}

/// The message `id` with its variables in the active language. Numbers
/// given as numbers (`FluentValue::from(3)`) choose plural forms.
pub fn say_with(id: &str, args: &FluentArgs) -> String {
    say_in(language(), id, Some(args))
}

/// The message `id` in `language` (a code or a tag: "de", "pt-BR"),
/// whatever the active one: English when Kindly does not speak it or the
/// language lacks the message. Empty when English lacks it too, a defect
/// `every_message_the_code_says_is_in_english` catches.
pub fn say_in(language: &str, id: &str, args: Option<&FluentArgs>) -> String {
    let index = language_of(language)
        .and_then(|code| languages().position(|c| c == code))
        .unwrap_or(0);
    // English is made only when the language lacks the message.
    for bundle in [index, 0].into_iter().filter_map(bundle) {
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned();
        }
    }
    String::new()
}

/// Variables for [`say_with`]: `args! { "name" => name, "count" => 3 }`.
#[macro_export]
macro_rules! args {
    ($($name:literal => $value:expr),* $(,)?) => {{
        #[allow(unused_mut, reason = "no variables is allowed")]
        let mut args = $crate::FluentArgs::new();
        $(args.set($name, $value);)*
        args
    }};
}

#[cfg(test)]
mod tests;
