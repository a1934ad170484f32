//! Property tests whose cases share their notebooks: a team notebook costs
//! a database and its schema, so a notebook per case would cost the test
//! server seconds where SQLite takes milliseconds.

use std::cell::RefCell;

use proptest::strategy::Strategy;
use proptest::test_runner::{Config, TestCaseResult, TestRunner};

/// Runs `test` on `cases` values of `values`, each with `shared` (the
/// notebooks the cases reuse: the test empties them first, see
/// [`super::forget_everyone`]), as `proptest!` would: the failures saved
/// beside `source_file` (pass `file!()`) are tried first, and a failing
/// value is shrunk and reported by panicking.
pub fn check<S: Strategy, T>(
    cases: u32,
    source_file: &'static str,
    values: S,
    shared: T,
    test: impl Fn(&mut T, S::Value) -> TestCaseResult,
) {
    let shared = RefCell::new(shared);
    let config = Config {
        cases,
        source_file: Some(source_file),
        ..Config::default()
    };
    let outcome = TestRunner::new(config).run(&values, |value| {
        let mut shared = shared.borrow_mut();
        test(&mut shared, value)
    });
    if let Err(failure) = outcome {
        panic!("{failure}");
    }
}
