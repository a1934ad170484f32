//! The fuzzers' committed corpus (fuzz/corpus/), replayed on stable Rust in
//! every test run: each file goes through the same checks the fuzz targets
//! make (fuzz/check.rs: never a panic, refusals are `Error::Invalid` on
//! `file`, every contact valid for the region, lines in the file, problems
//! bounded), as the fuzzer reads it and, for every region, as it is. The
//! lookups run on either store.

mod common;

use std::path::{Path, PathBuf};

use kindly_core::import::{Importer, VcardImporter};

#[allow(
    dead_code,
    reason = "the corpus replay uses only some of the fuzzer's checks"
)]
mod check {
    include!("../../../fuzz/check.rs");
}

/// Every file of `fuzz/corpus/<target>`, sorted, with its bytes; never
/// empty, so the test cannot pass by reading nothing.
fn corpus(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fuzz/corpus")
        .join(target);
    let mut files: Vec<(PathBuf, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("a corpus entry").path())
        .filter(|path| path.is_file())
        .map(|path| {
            let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            (path, bytes)
        })
        .collect();
    files.sort();
    assert!(
        files.len() >= 10,
        "{}: only {} files",
        dir.display(),
        files.len()
    );
    files
}

/// Runs `check` on every file, naming the file that fails.
fn replay(target: &str, check: impl Fn(&[u8])) {
    for (path, bytes) in corpus(target) {
        let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| check(&bytes)));
        if let Err(panic) = run {
            eprintln!("fuzz corpus file {} fails", path.display());
            std::panic::resume_unwind(panic);
        }
    }
}

#[test]
fn every_vcard_in_the_corpus_keeps_the_importer_promises() {
    replay("vcard", |bytes| {
        check::check_vcard_input(bytes);
        for region in check::REGIONS {
            check::check_vcard(bytes, region);
        }
    });
}

#[test]
fn every_csv_in_the_corpus_keeps_the_importer_promises() {
    replay("csv", |bytes| {
        check::check_csv_input(bytes);
        for region in check::REGIONS {
            check::check_csv(bytes, region);
        }
    });
}

// Regressions: inputs whose cost grew with the square of the file. Their
// smaller versions are in the corpus (fuzz/corpus/vcard/slow-*.vcf).

/// A vCard of `cards` cards, each with `per_card` NOTEs in a character set
/// of its own (x-0, x-1, ...).
fn unknown_charsets(cards: usize, per_card: usize) -> Vec<u8> {
    let mut file = String::new();
    for card in 0..cards {
        file.push_str(&format!("BEGIN:VCARD\r\nFN:Card {card}\r\n"));
        for i in 0..per_card {
            file.push_str(&format!("NOTE;CHARSET=x-{}:a\r\n", card * per_card + i));
        }
        file.push_str("END:VCARD\r\n");
    }
    file.into_bytes()
}

#[test]
fn thousands_of_unknown_character_sets_give_a_few_notes_not_one_each() {
    let file = unknown_charsets(20, 900);
    let parsed = VcardImporter.parse(&file, "GB").unwrap();
    check::check_parsed(&parsed, &file, "GB");
    assert_eq!(parsed.contacts.len(), 20);
    assert!(parsed.notes.len() <= 4, "{:#?}", parsed.notes);
    assert!(
        parsed.notes[0].contains("\u{201c}x-0\u{201d}"),
        "{}",
        parsed.notes[0]
    );
    let last = parsed.notes.last().unwrap();
    assert!(last.contains("other character sets"), "{last}");

    let long = format!(
        "BEGIN:VCARD\r\nFN:Ann\r\nNOTE;CHARSET={}:a\r\nEND:VCARD\r\n",
        "x".repeat(10_000)
    );
    let parsed = VcardImporter.parse(long.as_bytes(), "GB").unwrap();
    assert!(parsed.notes[0].chars().count() < 200, "{}", parsed.notes[0]);
}

#[test]
fn a_phone_with_a_hundred_thousand_types_is_read_with_a_short_label() {
    let types: Vec<String> = (0..100_000).map(|i| format!("t{i}")).collect();
    let file = format!(
        "BEGIN:VCARD\r\nFN:Ann\r\nTEL;TYPE={},pref:+44 20 7946 0018\r\nEND:VCARD\r\n",
        types.join(",")
    );
    // (This took minutes when each type was compared with every one
    // before it; the speed is watched by the fuzz runs, not timed here.)
    let parsed = VcardImporter.parse(file.as_bytes(), "GB").unwrap();
    check::check_parsed(&parsed, file.as_bytes(), "GB");
    let ann = &parsed.contacts[0];
    assert_eq!(ann.customer.phones.len(), 1);
    assert!(ann.customer.phones[0].label.starts_with("t0 t1 t2"));
    assert!(ann.customer.phones[0].label.chars().count() <= 40);
    assert!(ann
        .problems
        .contains(&"A phone label was shortened to 40 characters.".to_owned()));
}

#[test]
fn every_phone_number_in_the_corpus_keeps_the_phone_promises() {
    replay("phone", |bytes| {
        check::check_phone_input(bytes);
        for selector in 0xF5..=0xF8u8 {
            let mut with_region = vec![selector];
            with_region.extend_from_slice(bytes);
            check::check_phone_input(&with_region);
        }
    });
}

#[test]
fn every_query_in_the_corpus_is_a_lookup_that_answers() {
    // On this run's store (a team notebook with KINDLY_TEST_STORE=postgres).
    let mut nb = common::empty_notebook();
    check::seed_search(&mut nb);
    replay("search", |bytes| check::check_search_on(&nb, bytes));
}
