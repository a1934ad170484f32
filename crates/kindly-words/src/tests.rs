use std::path::{Path, PathBuf};
use std::{fs, io};

use fluent_bundle::FluentResource;

use super::*;

#[test]
fn every_catalogue_parses() {
    for (code, files) in CATALOGUES.iter() {
        for text in files.iter() {
            if let Err((_, errors)) = FluentResource::try_new((*text).to_owned()) {
                panic!("{code}: a catalogue does not parse: {errors:?}");
            }
        }
    }
}

#[test]
fn every_language_has_every_message_english_has() {
    let english: Vec<String> = message_ids(CATALOGUES[0].1);
    assert!(!english.is_empty());
    for (index, (code, _)) in CATALOGUES.iter().enumerate().skip(1) {
        for id in &english {
            assert!(
                bundle(index).is_some_and(|b| b.has_message(id)),
                "{code} lacks {id}"
            );
        }
    }
}

#[test]
fn words_fall_back_to_english_and_never_to_the_id() {
    assert_eq!(say_in("en", "tray-quit", None), "Quit Kindly");
    assert_eq!(say_in("de", "tray-quit", None), "Kindly beenden");
    assert_eq!(say_in("fr-CA", "tray-today", None), "Aujourd’hui");
    // A language Kindly does not speak: English.
    assert_eq!(say_in("ja", "tray-quit", None), "Quit Kindly");
    assert_eq!(say_in("fr", "no-such-words", None), "");
}

/// The only test that changes the process-wide language; it puts English back.
#[test]
fn the_active_language_is_the_one_last_set() {
    assert!(set_language("de"));
    assert_eq!(language(), "de");
    assert_eq!(say("tray-quit"), "Kindly beenden");
    assert!(
        !set_language("xx"),
        "a language Kindly does not speak changes nothing"
    );
    assert_eq!(language(), "de");
    assert!(set_language("en"));
    assert_eq!(say("tray-quit"), "Quit Kindly");
}

#[test]
fn a_locale_names_a_language_kindly_speaks_or_none() {
    assert_eq!(language_of("fr-CA"), Some("fr"));
    assert_eq!(language_of("pt_BR.UTF-8"), Some("pt"));
    assert_eq!(language_of("DE"), Some("de"));
    assert_eq!(language_of("ja-JP"), None);
    assert_eq!(languages().next(), Some("en"));
}

#[test]
fn args_keep_numbers_as_numbers_so_they_choose_plural_forms() {
    let args = args! { "count" => 1 };
    assert_eq!(args.get("count"), Some(&FluentValue::from(1)));
}

/// Every message id the Rust code says (`say("…")`, `say_with("…"`,
/// `say_in(…, "…"`) is in the English catalogue, so nobody ever reads an
/// empty sentence.
#[test]
fn every_message_the_code_says_is_in_english() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut sources = Vec::new();
    for folder in ["crates", "src-tauri/src"] {
        rust_files(&root.join(folder), &mut sources).expect("the sources can be read");
    }
    let english = message_ids(CATALOGUES[0].1);
    let mut said = 0;
    for path in sources {
        let text = fs::read_to_string(&path).unwrap_or_default();
        for id in ids_said(&text) {
            said += 1;
            assert!(
                english.contains(&id),
                "{} says {id}, which English lacks",
                path.display()
            );
        }
    }
    assert!(said > 0, "the scan found the code's words");
}

fn message_ids(files: &[&str]) -> Vec<String> {
    files
        .iter()
        .flat_map(|text| text.lines())
        .filter_map(|line| {
            let (id, _) = line.split_once(" =")?;
            let starts_well = id.starts_with(|c: char| c.is_ascii_lowercase());
            (starts_well && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
                .then(|| id.to_owned())
        })
        .collect()
}

fn rust_files(folder: &Path, found: &mut Vec<PathBuf>) -> io::Result<()> {
    for entry in fs::read_dir(folder)? {
        let path = entry?.path();
        if path.is_dir() {
            if !path.ends_with("target") {
                rust_files(&path, found)?;
            }
        } else if path.extension().is_some_and(|ext| ext == "rs") && !path.ends_with("tests.rs") {
            found.push(path);
        }
    }
    Ok(())
}

/// The literal ids in `say("id")`, `say_with("id", …)` and `say_in(x, "id", …)`.
fn ids_said(text: &str) -> Vec<String> {
    let mut ids = Vec::new();
    for (call, skip_first) in [("say(\"", false), ("say_with(\"", false), ("say_in(", true)] {
        for (at, _) in text.match_indices(call) {
            let mut rest = &text[at + call.len()..];
            if skip_first {
                // The id is the second argument, after the language.
                let Some(comma) = rest.find(',') else {
                    continue;
                };
                let Some(after) = rest[comma + 1..].trim_start().strip_prefix('"') else {
                    continue;
                };
                rest = after;
            }
            if let Some(end) = rest.find('"') {
                let id = &rest[..end];
                if !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
                    ids.push(id.to_owned());
                }
            }
        }
    }
    ids
}
