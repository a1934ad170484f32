//! Protecting a notebook with a passphrase: the file (and its backups) are
//! unreadable without it, every record survives protecting, changing the
//! passphrase and removing protection, and a wrong passphrase changes
//! nothing.

mod common;

use std::path::{Path, PathBuf};

use common::{digest, person, phone, with_test_clock};
use kindly_core::*;

const PASS: &str = "blue kettle on the shelf";
const SECRET_NAME: &str = "Philippa Quartermaine";
const SECRET_NOTE: &str = "allergic to walnuts since 2019";
/// A run of Kindly after the one running the test (any other id).
const LATER_RUN: u32 = u32::MAX;

/// The richest committed notebook (every kind of record), copied into `dir`.
fn rich_notebook(dir: &Path) -> PathBuf {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/notebooks");
    let version = |p: &PathBuf| -> u32 {
        let stem = p.file_stem().unwrap().to_str().unwrap();
        stem.trim_start_matches('v').parse().unwrap_or(0)
    };
    let newest = std::fs::read_dir(&fixtures)
        .unwrap()
        .map(|e| e.unwrap().path())
        .max_by_key(version)
        .unwrap();
    std::fs::create_dir_all(dir).unwrap();
    let path = dir.join(FILE_NAME);
    std::fs::copy(newest, &path).unwrap();
    path
}

/// Adds a customer whose name and note are easy to look for in raw bytes.
fn add_secret(nb: &mut Notebook) -> String {
    let mut input = person(SECRET_NAME);
    input.notes = SECRET_NOTE.into();
    input.phones = vec![phone("(555) 010-4477")];
    nb.create_customer(&input).unwrap().id
}

/// Whether any file in `dir` (the notebook, its log, backups) contains `text`.
fn any_file_contains(dir: &Path, text: &str) -> bool {
    let needle = text.as_bytes();
    walk(dir).iter().any(|file| {
        std::fs::read(file)
            .map(|bytes| bytes.windows(needle.len()).any(|w| w == needle))
            .unwrap_or(false)
    })
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}

fn field_of(err: Error) -> String {
    match err {
        Error::Invalid { field, .. } => field,
        other => panic!("expected a message beside a field, got {other:?}"),
    }
}

#[test]
fn protecting_keeps_every_record_and_leaves_no_readable_copy() {
    let dir = tempfile::tempdir().unwrap();
    let path = rich_notebook(dir.path());
    let mut nb = with_test_clock(Notebook::open(&path).unwrap());
    let id = add_secret(&mut nb);
    nb.back_up_now().unwrap();
    let before = digest(&path, None);
    assert!(any_file_contains(dir.path(), SECRET_NAME), "plain at first");

    let outcome = nb.protect(PASS).unwrap();
    assert!(outcome.settings.protected);
    assert_eq!(outcome.plain_backups_waiting, 1, "the plain backup waits");
    assert_eq!(nb.customer(&id).unwrap().full_name, SECRET_NAME);
    assert_eq!(digest(&path, Some(PASS)), before, "every record kept");
    drop(nb);
    // Kindly starts again and the passphrase is typed once more.
    let mut nb = Notebook::open_protected(&path, PASS)
        .unwrap()
        .with_run(LATER_RUN);
    assert_eq!(nb.finish_protecting().unwrap(), 1);
    drop(nb);

    assert!(is_protected_file(&path).unwrap());
    for text in [SECRET_NAME, SECRET_NOTE, "SQLite format 3"] {
        assert!(!any_file_contains(dir.path(), text), "{text} is readable");
    }
    let nb = Notebook::open_protected(&path, PASS).unwrap();
    assert!(nb.is_protected());
    assert_eq!(nb.search("4477", 5).unwrap()[0].full_name, SECRET_NAME);
    assert_eq!(nb.backup_settings().unwrap().keep, DEFAULT_KEEP);
}

#[test]
fn after_a_restore_protecting_leaves_no_readable_copy_anywhere_once_confirmed() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    let path = data.join(FILE_NAME);
    let mut nb = with_test_clock(Notebook::open(&path).unwrap());
    add_secret(&mut nb);
    let backup = nb.back_up_now().unwrap();
    // The restore keeps the notebook as it was in backups/before-restore.
    nb.restore(Path::new(&backup.path)).unwrap();
    let before_restore = data.join("backups").join("before-restore");
    assert!(any_file_contains(&before_restore, SECRET_NAME));

    let outcome = nb.protect(PASS).unwrap();
    assert_eq!(
        outcome.plain_backups_waiting, 2,
        "the backup and the copy kept"
    );
    // A passphrase typed by a page script must not take away the readable
    // copies before the person has shown they know it.
    assert!(any_file_contains(&before_restore, SECRET_NAME));
    assert_eq!(
        nb.finish_protecting().unwrap(),
        0,
        "not in the run that protected"
    );
    drop(nb);

    // Locking and unlocking in the same run is not enough; a later run is.
    let mut nb = Notebook::open_protected(&path, PASS).unwrap();
    assert_eq!(nb.finish_protecting().unwrap(), 0, "the run that protected");
    let mut nb = nb.with_run(LATER_RUN);
    assert!(nb.plain_backups_waiting().unwrap());
    assert_eq!(nb.finish_protecting().unwrap(), 2);
    assert!(!nb.plain_backups_waiting().unwrap());
    assert_eq!(nb.search("4477", 5).unwrap()[0].full_name, SECRET_NAME);
    assert_eq!(
        nb.list_backups().unwrap().len(),
        1,
        "the protected backup is kept"
    );
    drop(nb);
    for text in [SECRET_NAME, SECRET_NOTE, "SQLite format 3"] {
        assert!(!any_file_contains(dir.path(), text), "{text} is readable");
    }
}

#[test]
fn without_the_right_passphrase_nothing_opens_and_nothing_changes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE_NAME);
    let mut nb = Notebook::open(&path).unwrap();
    add_secret(&mut nb);
    nb.protect(PASS).unwrap();
    drop(nb);
    let bytes = std::fs::read(&path).unwrap();

    let err = Notebook::open(&path).err().unwrap();
    assert_eq!(err.code(), ErrorCode::Locked);
    assert!(err.to_string().contains("passphrase"), "{err}");
    for wrong in ["blue kettle on the shelF", "", "x\0y", "' OR 1=1 --"] {
        let err = Notebook::open_protected(&path, wrong).err().unwrap();
        assert_eq!(field_of(err), "passphrase", "{wrong:?}");
    }
    assert_eq!(
        std::fs::read(&path).unwrap(),
        bytes,
        "the file is untouched"
    );
    assert!(Notebook::open_protected(&path, PASS).is_ok());
}

#[test]
fn changing_the_passphrase_and_removing_protection_keep_every_record() {
    let dir = tempfile::tempdir().unwrap();
    let path = rich_notebook(dir.path());
    let mut nb = Notebook::open(&path).unwrap();
    let id = add_secret(&mut nb);
    let before = digest(&path, None);
    nb.protect(PASS).unwrap();

    let err = nb
        .change_passphrase("not it at all", "green door")
        .err()
        .unwrap();
    assert_eq!(field_of(err), "current");
    let err = nb.change_passphrase(PASS, "short").err().unwrap();
    assert_eq!(field_of(err), "passphrase");
    assert_eq!(digest(&path, Some(PASS)), before, "refusals change nothing");

    nb.change_passphrase(PASS, "green door, brass knocker")
        .unwrap();
    drop(nb);
    assert_eq!(
        field_of(Notebook::open_protected(&path, PASS).err().unwrap()),
        "passphrase",
        "the old passphrase no longer opens it"
    );
    let mut nb = Notebook::open_protected(&path, "green door, brass knocker").unwrap();
    assert_eq!(digest(&path, Some("green door, brass knocker")), before);

    let err = nb.remove_protection(PASS).err().unwrap();
    assert_eq!(field_of(err), "current");
    let settings = nb.remove_protection("green door, brass knocker").unwrap();
    assert!(!settings.protected);
    assert_eq!(nb.customer(&id).unwrap().full_name, SECRET_NAME);
    drop(nb);
    assert!(!is_protected_file(&path).unwrap());
    assert_eq!(digest(&path, None), before);
    assert!(Notebook::open(&path).is_ok(), "opens without a passphrase");
}

#[test]
fn backups_of_a_protected_notebook_are_protected_and_restore() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("data").join(FILE_NAME);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let mut nb = with_test_clock(Notebook::open(&path).unwrap());
    let id = add_secret(&mut nb);
    let plain_backup = nb.backup_to(&dir.path().join("old"), 5).unwrap();
    nb.protect(PASS).unwrap();

    let backups = dir.path().join("backups");
    let backup = nb.backup_to(&backups, 5).unwrap();
    assert!(is_protected_file(Path::new(&backup.path)).unwrap());
    assert!(!any_file_contains(&backups, SECRET_NAME));

    nb.trash_customer(&id).unwrap();
    nb.empty_trash().unwrap();
    nb.restore_from(Path::new(&backup.path), &backups.join("before-restore"))
        .unwrap();
    assert_eq!(nb.customer(&id).unwrap().full_name, SECRET_NAME);
    assert!(!any_file_contains(&backups, SECRET_NAME), "safety copy too");

    // A backup from before the notebook was protected comes back protected.
    nb.trash_customer(&id).unwrap();
    nb.empty_trash().unwrap();
    nb.restore_from(
        Path::new(&plain_backup.path),
        &backups.join("before-restore"),
    )
    .unwrap();
    assert_eq!(nb.customer(&id).unwrap().full_name, SECRET_NAME);
    drop(nb);
    assert!(is_protected_file(&path).unwrap());
    assert!(!any_file_contains(path.parent().unwrap(), SECRET_NAME));

    // An unprotected notebook cannot read a protected backup: it says so
    // and changes nothing.
    let other = dir.path().join("other").join(FILE_NAME);
    std::fs::create_dir_all(other.parent().unwrap()).unwrap();
    let mut plain = Notebook::open(&other).unwrap();
    plain.create_customer(&person("Only Here")).unwrap();
    let err = plain
        .restore_from(Path::new(&backup.path), &dir.path().join("safety"))
        .err()
        .unwrap();
    assert_eq!(field_of(err), "backup");
    assert_eq!(plain.search("Only Here", 5).unwrap().len(), 1);
    assert!(plain.search(SECRET_NAME, 5).unwrap().is_empty());
}

#[test]
fn a_weak_or_odd_passphrase_is_refused_beside_its_field_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE_NAME);
    let mut nb = Notebook::open(&path).unwrap();
    add_secret(&mut nb);
    let before = digest(&path, None);
    let long = "a".repeat(MAX_PASSPHRASE + 1);
    for weak in ["", "1234567", "tab\there ok", "new\nline ok", long.as_str()] {
        let err = nb.protect(weak).err().unwrap();
        assert_eq!(field_of(err), "passphrase", "{weak:?}");
    }
    assert!(!nb.is_protected());
    assert!(!is_protected_file(&path).unwrap());
    assert_eq!(digest(&path, None), before);

    nb.protect("ünïcødé ✓ 八文字以上です").unwrap();
    let err = nb.protect(PASS).err().unwrap();
    assert_eq!(field_of(err), "passphrase", "already protected");
    drop(nb);
    assert!(Notebook::open_protected(&path, "ünïcødé ✓ 八文字以上です").is_ok());
}

#[test]
fn protecting_waits_for_another_program_that_has_the_notebook_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE_NAME);
    let mut nb = Notebook::open(&path).unwrap();
    add_secret(&mut nb);
    let mut other = Notebook::open(&path).unwrap();

    let err = nb.protect(PASS).err().unwrap();
    assert_eq!(err.code(), ErrorCode::Busy);
    assert!(!nb.is_protected());
    // Both still work on the same, unprotected file.
    nb.create_customer(&person("Written Here")).unwrap();
    other.create_customer(&person("Written There")).unwrap();
    assert_eq!(nb.search("Written", 5).unwrap().len(), 2);
    drop(other);
    assert!(!is_protected_file(&path).unwrap());

    nb.protect(PASS).unwrap();
    assert_eq!(nb.search("Written", 5).unwrap().len(), 2);
}

#[test]
fn the_lock_delay_is_kept_within_a_day() {
    let mut nb = Notebook::open_in_memory().unwrap();
    assert_eq!(nb.protection_settings().unwrap().lock_after_minutes, 0);
    assert_eq!(nb.set_lock_after(15).unwrap().lock_after_minutes, 15);
    let err = nb.set_lock_after(MAX_LOCK_AFTER + 1).err().unwrap();
    assert_eq!(field_of(err), "lock_after_minutes");
    assert_eq!(nb.protection_settings().unwrap().lock_after_minutes, 15);
    let err = nb.protect(PASS).err().unwrap();
    assert_eq!(field_of(err), "passphrase", "nothing to protect in memory");
}
