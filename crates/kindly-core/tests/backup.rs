//! Backups: checked copies that can be restored, a limited number kept,
//! and files that are not good backups refused without touching anything.

mod common;

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

use common::person;
use kindly_core::*;

const NOW: Millis = 1_795_338_000_000;

/// A notebook file in a temporary folder whose clock the test moves.
fn notebook(dir: &std::path::Path) -> (Notebook, Arc<AtomicI64>) {
    let clock = Arc::new(AtomicI64::new(NOW));
    let reading = clock.clone();
    let nb = Notebook::open_in_dir(dir)
        .unwrap()
        .with_clock(Arc::new(move || reading.load(Ordering::SeqCst)));
    (nb, clock)
}

/// Which of the test's customers lookup finds.
fn names(nb: &Notebook) -> Vec<&'static str> {
    ["Ada Lovell", "Bea Marsh", "Cal Nash"]
        .into_iter()
        .filter(|name| {
            nb.search(name, 5)
                .unwrap()
                .iter()
                .any(|c| c.full_name == *name)
        })
        .collect()
}

#[test]
fn restoring_a_backup_brings_back_the_notebook_as_it_was_and_can_be_undone() {
    let dir = tempfile::tempdir().unwrap();
    let (mut nb, clock) = notebook(&dir.path().join("data"));
    nb.create_customer(&person("Ada Lovell")).unwrap();
    let backups = dir.path().join("backups");
    let backup = nb.backup_to(&backups, 5).unwrap();
    assert!(std::path::Path::new(&backup.path).exists());
    assert_eq!(backup.taken_at, NOW);

    clock.fetch_add(60_000, Ordering::SeqCst);
    let bea = nb.create_customer(&person("Bea Marsh")).unwrap();
    nb.trash_customer(&bea.id).unwrap();
    nb.create_customer(&person("Cal Nash")).unwrap();
    assert_eq!(names(&nb), ["Ada Lovell", "Cal Nash"]);

    let safety_dir = dir.path().join("before-restore");
    let safety = nb
        .restore_from(std::path::Path::new(&backup.path), &safety_dir)
        .unwrap();
    assert_eq!(names(&nb), ["Ada Lovell"], "as it was when backed up");
    assert!(nb.trash().unwrap().is_empty());

    // Changed our mind: the copy taken before restoring has everything.
    nb.restore_from(std::path::Path::new(&safety.path), &safety_dir)
        .unwrap();
    assert_eq!(names(&nb), ["Ada Lovell", "Cal Nash"]);
    assert_eq!(nb.trash().unwrap().len(), 1);
}

#[test]
fn the_window_restores_only_a_listed_backup() {
    let dir = tempfile::tempdir().unwrap();
    let (mut nb, clock) = notebook(&dir.path().join("notebook"));
    let folder = dir.path().join("backups");
    nb.set_backup_settings(Some(folder.to_str().unwrap()), 5)
        .unwrap();
    nb.create_customer(&person("Ada Lovell")).unwrap();
    let listed = nb.back_up_now().unwrap();
    clock.fetch_add(60_000, Ordering::SeqCst);
    // A good backup, but somewhere else: not offered, so refused.
    let elsewhere = nb.backup_to(&dir.path().join("elsewhere"), 1).unwrap();
    nb.create_customer(&person("Cal Nash")).unwrap();

    let err = nb.restore_listed(&elsewhere.path).unwrap_err();
    assert_eq!(ErrorPayload::from(err).code, ErrorCode::InvalidInput);
    assert_eq!(names(&nb), ["Ada Lovell", "Cal Nash"], "nothing changed");
    assert_eq!(nb.list_backups().unwrap(), std::slice::from_ref(&listed));

    let kept = nb.restore_listed(&listed.path).unwrap();
    assert_eq!(names(&nb), ["Ada Lovell"]);
    assert!(kept
        .path
        .starts_with(folder.join("before-restore").to_str().unwrap()));
}

#[test]
fn only_the_newest_backups_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let (nb, clock) = notebook(&dir.path().join("data"));
    let backups = dir.path().join("backups");
    for _ in 0..5 {
        nb.backup_to(&backups, 3).unwrap();
        clock.fetch_add(24 * 60 * 60 * 1000, Ordering::SeqCst);
    }
    let kept: Vec<Millis> = backups_in(&backups)
        .unwrap()
        .into_iter()
        .map(|b| b.taken_at)
        .collect();
    let day = 24 * 60 * 60 * 1000;
    assert_eq!(kept, [NOW + 4 * day, NOW + 3 * day, NOW + 2 * day]);
    // Other files in the folder are never touched.
    std::fs::write(backups.join("notes.txt"), "mine").unwrap();
    nb.backup_to(&backups, 1).unwrap();
    assert_eq!(backups_in(&backups).unwrap().len(), 1);
    assert!(backups.join("notes.txt").exists());
}

#[test]
fn a_file_that_is_not_a_good_backup_is_refused_and_nothing_changes() {
    let dir = tempfile::tempdir().unwrap();
    let (mut nb, _) = notebook(&dir.path().join("data"));
    nb.create_customer(&person("Ada Lovell")).unwrap();
    let safety_dir = dir.path().join("before-restore");

    let garbage = dir.path().join("garbage.sqlite");
    std::fs::write(&garbage, vec![0x5a; 50_000]).unwrap();
    let other = dir.path().join("other.sqlite");
    rusqlite::Connection::open(&other)
        .unwrap()
        .execute_batch("CREATE TABLE recipes(name TEXT); INSERT INTO recipes VALUES ('bread');")
        .unwrap();
    let newer = dir.path().join("newer.sqlite");
    nb.backup_to(&dir.path().join("tmp"), 1).unwrap();
    let taken = backups_in(&dir.path().join("tmp")).unwrap().remove(0);
    std::fs::copy(&taken.path, &newer).unwrap();
    rusqlite::Connection::open(&newer)
        .unwrap()
        .pragma_update(None, "user_version", migrations::LATEST + 1)
        .unwrap();

    for (file, expected_code) in [
        (&garbage, ErrorCode::InvalidInput),
        (&other, ErrorCode::InvalidInput),
        (&newer, ErrorCode::NewerNotebook),
        (&dir.path().join("missing.sqlite"), ErrorCode::InvalidInput),
    ] {
        let err = nb.restore_from(file, &safety_dir).unwrap_err();
        assert_eq!(ErrorPayload::from(err).code, expected_code, "{file:?}");
        assert_eq!(names(&nb), ["Ada Lovell"], "{file:?} changed nothing");
    }
    assert!(
        backups_in(&safety_dir).unwrap().is_empty(),
        "no safety copy needed"
    );
}

#[test]
fn automatic_backups_come_at_most_daily_and_at_quit_only_after_changes() {
    let dir = tempfile::tempdir().unwrap();
    let (mut nb, clock) = notebook(&dir.path().join("data"));
    let settings = nb.backup_settings().unwrap();
    assert_eq!(settings.keep, 10);
    assert!(settings.folder.ends_with("backups"), "{}", settings.folder);
    assert_eq!(settings.last_backup_at, None);

    // Start-up: none yet, so one is taken.
    assert!(nb.back_up_if_due(false).unwrap().is_some());
    // Quit straight away: nothing changed since.
    assert!(nb.back_up_if_due(true).unwrap().is_none());
    // An hour later, with a change: not yet a day.
    clock.fetch_add(60 * 60 * 1000, Ordering::SeqCst);
    nb.create_customer(&person("Ada Lovell")).unwrap();
    assert!(nb.back_up_if_due(false).unwrap().is_none());
    // At quit the change is kept.
    let at_quit = nb.back_up_if_due(true).unwrap().expect("a backup at quit");
    assert_eq!(
        nb.backup_settings().unwrap().last_backup_at,
        Some(at_quit.taken_at)
    );
    // A day on, the daily one.
    clock.fetch_add(24 * 60 * 60 * 1000, Ordering::SeqCst);
    assert!(nb.back_up_if_due(false).unwrap().is_some());
    assert_eq!(
        backups_in(&dir.path().join("data/backups")).unwrap().len(),
        3
    );
}

#[test]
fn the_backup_folder_and_how_many_to_keep_are_settings() {
    let dir = tempfile::tempdir().unwrap();
    let (mut nb, _) = notebook(&dir.path().join("data"));
    let usb = dir.path().join("usb stick");
    let chosen = nb
        .set_backup_settings(Some(&usb.to_string_lossy()), 2)
        .unwrap();
    assert_eq!(
        (chosen.folder.as_str(), chosen.keep),
        (&*usb.to_string_lossy(), 2)
    );
    let taken = nb.back_up_now().unwrap();
    assert!(taken.path.starts_with(&*usb.to_string_lossy()));

    for (folder, keep, field) in [
        (Some("relative/path"), 3, "folder"),
        (None, 0, "keep"),
        (None, 366, "keep"),
    ] {
        let err = nb.set_backup_settings(folder, keep).unwrap_err();
        assert_eq!(ErrorPayload::from(err).field.as_deref(), Some(field));
    }
    assert_eq!(
        nb.backup_settings().unwrap().keep,
        2,
        "refused changes change nothing"
    );
}
