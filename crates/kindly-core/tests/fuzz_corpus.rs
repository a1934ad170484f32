//! The fuzzers' committed corpus (fuzz/corpus/), replayed on stable Rust in
//! every test run: each file goes through the same checks the fuzz targets
//! make (fuzz/check.rs: never a panic, refusals are `Error::Invalid` on
//! `file`, every contact valid for the region, lines in the file, problems
//! bounded), as the fuzzer reads it and, for every region, as it is.

use std::path::{Path, PathBuf};

#[allow(dead_code)]
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
