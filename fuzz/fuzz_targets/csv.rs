//! The CSV importer on any bytes, as the import dialog uses it (preview,
//! guessed map, parse) or with a column map chosen from the input: it never
//! panics, refuses only with `Error::Invalid` on `file`, and every contact
//! it returns is valid for the region (see `../check.rs`).

#![no_main]

use libfuzzer_sys::fuzz_target;

#[allow(dead_code)]
mod check {
    include!("../check.rs");
}

fuzz_target!(|data: &[u8]| check::check_csv_input(data));
