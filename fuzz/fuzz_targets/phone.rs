//! The phone checks of `../check.rs` on any bytes.

#![no_main]

use libfuzzer_sys::fuzz_target;

#[allow(dead_code)]
mod check {
    include!("../check.rs");
}

fuzz_target!(|data: &[u8]| check::check_phone_input(data));
