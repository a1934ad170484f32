//! The vCard importer on any bytes: it never panics, refuses only with
//! `Error::Invalid` on `file`, and every contact it returns is valid for
//! the region (see `../check.rs` for the input format and the checks).

#![no_main]

use libfuzzer_sys::fuzz_target;

#[allow(dead_code)]
mod check {
    include!("../check.rs");
}

fuzz_target!(|data: &[u8]| check::check_vcard_input(data));
