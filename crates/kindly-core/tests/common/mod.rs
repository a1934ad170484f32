//! Shared fixtures for the core's integration tests.
#![allow(dead_code)]

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

use kindly_core::{CustomerInput, EmailInput, Notebook, PhoneInput};

/// 2026-11-22 09:00 UTC, the fixed "now" of these tests.
pub const NOW: i64 = 1_795_338_000_000;

/// An in-memory notebook in region US whose clock starts at [`NOW`] and
/// advances one second per reading, so every write has its own time.
pub fn notebook() -> Notebook {
    with_test_clock(Notebook::open_in_memory().unwrap())
}

/// `nb` in region US with the clock [`notebook`] has.
pub fn with_test_clock(nb: Notebook) -> Notebook {
    let tick = Arc::new(AtomicI64::new(NOW));
    let mut nb = nb.with_clock(Arc::new(move || tick.fetch_add(1000, Ordering::SeqCst)));
    nb.set_phone_region("US").unwrap();
    nb
}

pub fn person(full_name: &str) -> CustomerInput {
    CustomerInput {
        full_name: full_name.into(),
        ..Default::default()
    }
}

pub fn phone(number: &str) -> PhoneInput {
    PhoneInput {
        label: "mobile".into(),
        number: number.into(),
        primary: false,
    }
}

pub fn email(address: &str) -> EmailInput {
    EmailInput {
        label: "home".into(),
        address: address.into(),
        primary: false,
    }
}

pub mod desk;
