//! Two programs on one notebook file (the app and `kindly` from a script,
//! or two copies forced onto the same file): their changes interleave
//! without corrupting it, and one that waits too long for the other gets a
//! clear "busy" message, not a failure.

#![allow(
    clippy::disallowed_types,
    reason = "opens the notebook file with SQLite directly, as another program or an older Kindly would"
)]

mod common;

use common::person;
use kindly_core::{Error, ErrorCode, ErrorPayload, Notebook};

#[test]
fn two_writers_on_one_file_keep_every_change_and_the_file_sound() {
    let dir = tempfile::tempdir().unwrap();
    Notebook::open_in_dir(dir.path()).unwrap();
    let writers: Vec<_> = ["First", "Second"]
        .into_iter()
        .map(|who| {
            let dir = dir.path().to_owned();
            std::thread::spawn(move || {
                let mut nb = Notebook::open_in_dir(&dir).unwrap();
                for i in 0..150 {
                    nb.create_customer(&person(&format!("{who} copy {i}")))
                        .unwrap_or_else(|e| panic!("{who} {i}: {e}"));
                }
            })
        })
        .collect();
    for w in writers {
        w.join().expect("a writer failed");
    }
    let nb = Notebook::open_in_dir(dir.path()).unwrap();
    assert_eq!(nb.info().unwrap().customer_count, 300);
    for name in ["First copy 149", "Second copy 0"] {
        assert!(
            nb.search(name, 5)
                .unwrap()
                .iter()
                .any(|c| c.full_name == name),
            "{name}"
        );
    }
    let check = rusqlite::Connection::open(nb.path()).unwrap();
    let integrity: String = check
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(integrity, "ok");
}

#[test]
fn a_writer_kept_waiting_is_told_the_notebook_is_busy_and_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut nb = Notebook::open_in_dir(dir.path()).unwrap();
    let before = nb.create_customer(&person("Before the lock")).unwrap();

    // Another program holds the write lock longer than Kindly waits (5 s).
    let other = rusqlite::Connection::open(nb.path()).unwrap();
    other.execute_batch("BEGIN IMMEDIATE").unwrap();
    // It lets go only once Kindly has given up waiting.
    let (gave_up, wait) = std::sync::mpsc::channel::<()>();
    let holder = std::thread::spawn(move || {
        wait.recv().unwrap();
        other.execute_batch("COMMIT").unwrap();
    });
    let err = nb.create_customer(&person("While locked")).unwrap_err();
    gave_up.send(()).unwrap();
    assert!(matches!(err, Error::Busy), "{err:?}");
    let payload = ErrorPayload::from(err);
    assert_eq!(payload.code, ErrorCode::Busy);
    assert!(payload.message.contains("busy"), "{}", payload.message);
    holder.join().unwrap();

    assert_eq!(nb.customer(&before.id).unwrap(), before);
    assert!(nb.search("While locked", 5).unwrap().is_empty());
    nb.create_customer(&person("After the lock")).unwrap();
    assert_eq!(nb.info().unwrap().customer_count, 2);
}
