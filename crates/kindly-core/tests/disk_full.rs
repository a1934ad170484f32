//! A full disk: a change that does not fit fails with a clear message and
//! leaves everything saved before exactly as it was; the notebook keeps
//! working.

#![allow(
    clippy::disallowed_types,
    reason = "opens the notebook file with SQLite directly, as another program or an older Kindly would"
)]

mod common;

use common::{person, phone};
use kindly_core::{Error, ErrorCode, ErrorPayload, Notebook};

#[test]
fn a_change_that_does_not_fit_says_the_disk_is_full_and_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut nb = common::with_test_clock(Notebook::open_in_dir(dir.path()).unwrap());
    let mut saved = Vec::new();
    for i in 0..20 {
        let mut p = person(&format!("Saved {i}"));
        p.phones.push(phone(&format!("555-010-{:04}", 1000 + i)));
        saved.push(nb.create_customer(&p).unwrap());
    }

    nb.fill_disk_for_tests(2).unwrap();
    let mut failure = None;
    for i in 0..200 {
        let mut big = person(&format!("Too much {i}"));
        big.notes = "a long note that will not fit ".repeat(60);
        match nb.create_customer(&big) {
            Ok(_) => continue,
            Err(err) => {
                failure = Some((i, err));
                break;
            }
        }
    }
    let (failed, err) = failure.expect("the capped notebook fills up");
    assert!(matches!(err, Error::DiskFull), "{err:?}");
    let payload = ErrorPayload::from(err);
    assert_eq!(payload.code, ErrorCode::DiskFull);
    assert!(
        payload.message.contains("The disk is full"),
        "{}",
        payload.message
    );

    // Everything saved before is there, the failed change left nothing,
    // and reading still works.
    for c in &saved {
        assert_eq!(&nb.customer(&c.id).unwrap(), c);
    }
    assert_eq!(nb.search("Saved 7", 5).unwrap().len(), 1);
    assert!(
        nb.search(&format!("Too much {failed}"), 5)
            .unwrap()
            .iter()
            .all(|c| c.full_name != format!("Too much {failed}")),
        "the change that failed left nothing behind"
    );
    let check = rusqlite::Connection::open(nb.path()).unwrap();
    let integrity: String = check
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(integrity, "ok");
    drop(check);

    // Once there is room again (the notebook reopened), saving works.
    drop(nb);
    let mut nb = Notebook::open_in_dir(dir.path()).unwrap();
    nb.create_customer(&person("After the disk was cleared"))
        .unwrap();
    assert_eq!(nb.search("cleared", 5).unwrap().len(), 1);
}
