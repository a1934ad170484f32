//! Backups: checked copies that can be restored, a limited number kept,
//! and files that are not good backups refused without touching anything.

#![allow(
    clippy::disallowed_types,
    reason = "opens the notebook file with SQLite directly, as another program or an older Kindly would"
)]

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

/// Every file directly in `dir`, by name, sorted.
fn files_in(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_backup_that_brings_its_own_trigger_view_table_or_index_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (mut nb, clock) = notebook(&dir.path().join("data"));
    nb.create_customer(&person("Ada Lovell")).unwrap();
    let good = nb.backup_to(&dir.path().join("tmp"), 1).unwrap();
    clock.fetch_add(60_000, Ordering::SeqCst);
    nb.create_customer(&person("Cal Nash")).unwrap();
    let safety_dir = dir.path().join("before-restore");

    for (name, extra) in [
        (
            "trigger",
            "CREATE TRIGGER rewrite AFTER INSERT ON customers BEGIN \
               UPDATE settings SET value = '/tmp/elsewhere' WHERE key = 'backup_folder'; END;",
        ),
        ("view", "CREATE VIEW everyone AS SELECT * FROM customers;"),
        ("table", "CREATE TABLE stash(x);"),
        ("index", "CREATE INDEX by_notes ON customers(notes);"),
    ] {
        let crafted = dir.path().join(format!("{name}.sqlite"));
        std::fs::copy(&good.path, &crafted).unwrap();
        rusqlite::Connection::open(&crafted)
            .unwrap()
            .execute_batch(extra)
            .unwrap();
        let err = nb.restore_from(&crafted, &safety_dir).unwrap_err();
        let payload = ErrorPayload::from(err);
        assert_eq!(payload.code, ErrorCode::InvalidInput, "{name}");
        assert!(
            payload.message.contains("never puts in a notebook") && payload.message.contains(name),
            "{name}: {}",
            payload.message
        );
        assert_eq!(
            names(&nb),
            ["Ada Lovell", "Cal Nash"],
            "{name}: nothing changed"
        );
    }
    // The untouched backup still restores.
    nb.restore_from(std::path::Path::new(&good.path), &safety_dir)
        .unwrap();
    assert_eq!(names(&nb), ["Ada Lovell"]);
    nb.create_customer(&person("Bea Marsh")).unwrap();
    assert_eq!(names(&nb), ["Ada Lovell", "Bea Marsh"]);
}

#[test]
fn every_committed_notebook_version_restores() {
    let fixtures =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/notebooks");
    for file in std::fs::read_dir(&fixtures).unwrap() {
        let file = file.unwrap().path();
        let dir = tempfile::tempdir().unwrap();
        let (mut nb, _) = notebook(&dir.path().join("data"));
        let copy = dir.path().join("old.sqlite");
        std::fs::copy(&file, &copy).unwrap();
        nb.restore_from(&copy, &dir.path().join("safety"))
            .unwrap_or_else(|err| panic!("{file:?}: {err}"));
        assert_eq!(nb.integrity_check().unwrap(), "ok", "{file:?}");
    }
}

#[test]
fn restoring_keeps_where_backups_go_and_how_many_from_the_current_notebook() {
    let dir = tempfile::tempdir().unwrap();
    let (mut nb, clock) = notebook(&dir.path().join("data"));
    let old_folder = dir.path().join("old place");
    nb.set_backup_settings(Some(old_folder.to_str().unwrap()), 3)
        .unwrap();
    nb.create_customer(&person("Ada Lovell")).unwrap();
    let backup = nb.back_up_now().unwrap();
    clock.fetch_add(60_000, Ordering::SeqCst);
    let chosen = dir.path().join("chosen now");
    nb.set_backup_settings(Some(chosen.to_str().unwrap()), 7)
        .unwrap();

    nb.restore_from(
        std::path::Path::new(&backup.path),
        &dir.path().join("safety"),
    )
    .unwrap();
    assert_eq!(names(&nb), ["Ada Lovell"]);
    let settings = nb.backup_settings().unwrap();
    assert_eq!(
        (settings.folder.as_str(), settings.keep),
        (chosen.to_str().unwrap(), 7)
    );
    clock.fetch_add(60_000, Ordering::SeqCst);
    assert!(nb
        .back_up_now()
        .unwrap()
        .path
        .starts_with(chosen.to_str().unwrap()));
}

#[test]
fn files_that_only_look_like_backups_are_never_counted_or_removed() {
    let dir = tempfile::tempdir().unwrap();
    let (nb, clock) = notebook(&dir.path().join("data"));
    let backups = dir.path().join("backups");
    std::fs::create_dir_all(&backups).unwrap();
    // A clock that once ran years ahead, or a stranger with write access.
    let mut strangers = Vec::new();
    for n in 0..10 {
        let name = format!("kindly-backup-2999010{n}-000000-000Z.sqlite");
        std::fs::write(backups.join(&name), b"").unwrap();
        strangers.push(name);
    }
    std::fs::write(
        backups.join("kindly-backup-20200101-000000-000Z.sqlite"),
        vec![0x5a; 4096],
    )
    .unwrap();
    strangers.push("kindly-backup-20200101-000000-000Z.sqlite".into());

    let mut taken = Vec::new();
    for _ in 0..4 {
        taken.push(nb.backup_to(&backups, 3).unwrap().file_name);
        clock.fetch_add(60_000, Ordering::SeqCst);
    }
    let listed: Vec<String> = nb
        .kindly_backups_in(&backups)
        .unwrap()
        .into_iter()
        .map(|b| b.file_name)
        .collect();
    assert_eq!(
        listed,
        [taken[3].clone(), taken[2].clone(), taken[1].clone()],
        "the newest three real ones"
    );
    let mut expected: Vec<String> = strangers.into_iter().chain(listed).collect();
    expected.sort();
    assert_eq!(files_in(&backups), expected, "strangers' files untouched");
}

#[test]
fn a_protected_notebooks_backups_are_recognised_and_pruned() {
    let dir = tempfile::tempdir().unwrap();
    let (mut nb, clock) = notebook(&dir.path().join("data"));
    nb.protect("blue kettle on the shelf").unwrap();
    let backups = dir.path().join("backups");
    for _ in 0..3 {
        nb.backup_to(&backups, 2).unwrap();
        clock.fetch_add(60_000, Ordering::SeqCst);
    }
    assert_eq!(nb.kindly_backups_in(&backups).unwrap().len(), 2);
    assert_eq!(files_in(&backups).len(), 2);

    // A protected backup taken by an earlier Kindly (not on the record) is
    // recognised by the passphrase opening it, and still listed.
    let older = dir.path().join("older");
    let taken = nb.backup_to(&older, 5).unwrap();
    let copy = backups.join("kindly-backup-20200101-000000-000Z.sqlite");
    std::fs::copy(&taken.path, &copy).unwrap();
    let mut fresh = Notebook::open_protected(
        &dir.path().join("data").join(FILE_NAME),
        "blue kettle on the shelf",
    )
    .unwrap();
    fresh
        .set_backup_settings(Some(backups.to_str().unwrap()), 5)
        .unwrap();
    assert!(fresh
        .list_backups()
        .unwrap()
        .iter()
        .any(|b| b.path == copy.to_str().unwrap()));
}

#[test]
fn a_backup_leaves_only_itself_and_never_writes_through_a_planted_link() {
    let dir = tempfile::tempdir().unwrap();
    let (mut nb, _) = notebook(&dir.path().join("data"));
    nb.create_customer(&person("Ada Lovell")).unwrap();
    let backups = dir.path().join("backups");
    std::fs::create_dir_all(&backups).unwrap();
    // A link where the half-written copy goes would make Kindly write
    // through it into a file of the planter's choosing.
    let target = dir.path().join("target.txt");
    std::fs::write(&target, "untouched").unwrap();
    let partial = ".kindly-backup-20261122-090000-000Z.sqlite.0.partial";
    std::os::unix::fs::symlink(&target, backups.join(partial)).unwrap();

    // What earlier versions left beside each backup goes too.
    for stale in [
        ".kindly-backup-20250101-000000-000Z.sqlite.partial-shm",
        ".kindly-backup-20250101-000000-000Z.sqlite.partial-wal",
    ] {
        std::fs::write(backups.join(stale), "").unwrap();
    }
    let taken = nb.backup_to(&backups, 5).unwrap();
    assert_eq!(
        files_in(&backups),
        [partial.to_owned(), taken.file_name.clone()],
        "no -wal, -shm or .partial left beside the backup"
    );
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "untouched");
    nb.restore_from(
        std::path::Path::new(&taken.path),
        &dir.path().join("safety"),
    )
    .unwrap();
    assert_eq!(names(&nb), ["Ada Lovell"]);
}

#[test]
fn automatic_backups_that_keep_failing_are_reported_until_one_works() {
    let dir = tempfile::tempdir().unwrap();
    let (mut nb, clock) = notebook(&dir.path().join("data"));
    // A folder that cannot be made: a file stands where it would go.
    let blocked = dir.path().join("a file");
    std::fs::write(&blocked, "").unwrap();
    nb.set_backup_settings(Some(blocked.join("backups").to_str().unwrap()), 5)
        .unwrap();

    assert!(nb.back_up_if_due(false).is_err());
    assert_eq!(
        nb.backup_settings().unwrap().trouble,
        None,
        "once may be a moment's trouble"
    );
    clock.fetch_add(60_000, Ordering::SeqCst);
    assert!(nb.back_up_if_due(false).is_err());
    let trouble = nb.backup_settings().unwrap().trouble.expect("reported");
    assert!(trouble.contains("failed 2 times in a row"), "{trouble}");

    nb.set_backup_settings(None, 5).unwrap();
    assert!(nb.back_up_if_due(false).unwrap().is_some());
    assert_eq!(nb.backup_settings().unwrap().trouble, None);
}

/// Takes `n` backups a minute apart with the settings in force.
fn back_up_times(nb: &mut Notebook, clock: &AtomicI64, n: usize) {
    for _ in 0..n {
        nb.back_up_now().unwrap();
        clock.fetch_add(60_000, Ordering::SeqCst);
    }
}

#[test]
fn the_window_keeps_fewer_backups_only_with_the_persons_word() {
    let dir = tempfile::tempdir().unwrap();
    let (mut nb, clock) = notebook(&dir.path().join("notebook"));
    back_up_times(&mut nb, &clock, 5);
    assert_eq!(nb.list_backups().unwrap().len(), 5);

    // Keeping 2 of 5 deletes 4 at the next backup: not without asking.
    let BackupChange::Ask(question) = nb.set_backup_keep_agreed(2, false, None).unwrap() else {
        panic!("keeping 2 of 5 must be asked");
    };
    assert_eq!((question.keep_now, question.keep), (DEFAULT_KEEP, 2));
    assert_eq!((question.backups, question.deleted), (5, 4));
    assert_eq!(
        nb.backup_settings().unwrap().keep,
        DEFAULT_KEEP,
        "nothing changed"
    );
    back_up_times(&mut nb, &clock, 1);
    assert_eq!(nb.list_backups().unwrap().len(), 6, "no backup deleted");

    // Agreeing to what was asked before the sixth backup is not agreeing now.
    let BackupChange::Ask(now) = nb
        .set_backup_keep_agreed(2, false, Some(&question))
        .unwrap()
    else {
        panic!("a stale agreement must be asked again");
    };
    assert_eq!(now.deleted, 5);
    assert_eq!(nb.backup_settings().unwrap().keep, DEFAULT_KEEP);

    let BackupChange::Done(settings) = nb.set_backup_keep_agreed(2, false, Some(&now)).unwrap()
    else {
        panic!("agreed, so done");
    };
    assert_eq!(settings.keep, 2);
    back_up_times(&mut nb, &clock, 1);
    assert_eq!(nb.list_backups().unwrap().len(), 2);

    // Raising it, or lowering it to no fewer than there are: no question.
    assert!(matches!(
        nb.set_backup_keep_agreed(30, false, None).unwrap(),
        BackupChange::Done(s) if s.keep == 30
    ));
    assert!(matches!(
        nb.set_backup_keep_agreed(2, false, None).unwrap(),
        BackupChange::Done(s) if s.keep == 2
    ));
    // An out-of-range number is refused beside its field, as before.
    let err = nb.set_backup_keep_agreed(0, false, None).unwrap_err();
    assert_eq!(ErrorPayload::from(err).field.as_deref(), Some("keep"));
}

#[test]
fn keeping_one_in_an_empty_folder_cannot_then_empty_the_default_one_unasked() {
    let dir = tempfile::tempdir().unwrap();
    let (mut nb, clock) = notebook(&dir.path().join("notebook"));
    back_up_times(&mut nb, &clock, 5);
    let elsewhere = dir.path().join("usb");
    assert!(matches!(
        nb.set_backup_folder_agreed(elsewhere.to_str().unwrap(), None)
            .unwrap(),
        BackupChange::Done(_)
    ));
    // No backup there yet, so keeping 1 deletes nothing: not asked.
    assert!(matches!(
        nb.set_backup_keep_agreed(1, false, None).unwrap(),
        BackupChange::Done(s) if s.keep == 1
    ));

    // Back to the default folder, where 5 backups would go at the next one.
    let BackupChange::Ask(question) = nb.set_backup_keep_agreed(1, true, None).unwrap() else {
        panic!("moving to a folder with 5 backups while keeping 1 must be asked");
    };
    assert_eq!(question.deleted, 5);
    assert_eq!(
        question.other_folder.as_deref(),
        Some(nb.default_backup_dir().to_str().unwrap())
    );
    assert_eq!(
        nb.backup_settings().unwrap().folder,
        elsewhere.to_str().unwrap()
    );
    // Choosing a folder that holds more than are kept is asked the same way.
    assert!(matches!(
        nb.set_backup_folder_agreed(nb.default_backup_dir().to_str().unwrap(), None)
            .unwrap(),
        BackupChange::Ask(q) if q == question
    ));
    assert_eq!(
        nb.backup_settings().unwrap().folder,
        elsewhere.to_str().unwrap()
    );
}

/// Every report of long work, in order: `(stage, done, of)`, with
/// `u64::MAX` as `done` where a stage starts.
#[derive(Default)]
struct Reports(std::sync::Mutex<Vec<(Stage, u64, u64)>>);

impl Progress for Reports {
    fn stage(&self, stage: Stage) {
        self.0.lock().unwrap().push((stage, u64::MAX, 0));
    }
    fn done(&self, n: u64, of: u64) {
        let mut seen = self.0.lock().unwrap();
        let stage = seen.last().expect("a stage first").0;
        seen.push((stage, n, of));
    }
    fn cancelled(&self) -> bool {
        false
    }
}

impl Reports {
    fn stages(&self) -> Vec<Stage> {
        let mut stages: Vec<Stage> = self.0.lock().unwrap().iter().map(|r| r.0).collect();
        stages.dedup();
        stages
    }

    /// The counts of `stage`'s first run, checked to grow and to end with
    /// every page.
    fn pages(&self, stage: Stage) -> Vec<u64> {
        let seen = self.0.lock().unwrap();
        let counts: Vec<(u64, u64)> = seen
            .iter()
            .skip_while(|r| r.0 != stage)
            .take_while(|r| r.0 == stage)
            .filter(|r| r.1 != u64::MAX)
            .map(|r| (r.1, r.2))
            .collect();
        let (last, of) = *counts.last().expect("pages counted");
        assert!(
            of > 0 && last == of,
            "{stage:?} ends with every page: {counts:?}"
        );
        assert!(
            counts.windows(2).all(|w| w[0].0 <= w[1].0),
            "{stage:?} never goes back: {counts:?}"
        );
        counts.into_iter().map(|c| c.0).collect()
    }
}

#[test]
fn a_backup_and_a_restore_report_their_pages_and_stages_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let (mut nb, clock) = notebook(&dir.path().join("notebook"));
    let folder = dir.path().join("backups");
    nb.set_backup_settings(Some(folder.to_str().unwrap()), 5)
        .unwrap();
    // Enough pages for the copy to take several steps.
    for i in 0..3_000 {
        let mut ada = person(&format!("Ada Lovell {i}"));
        ada.notes = "A long note about what she likes. ".repeat(20);
        nb.create_customer(&ada).unwrap();
    }

    let reports = Reports::default();
    let backup = nb.back_up_now_with(&reports).unwrap();
    assert_eq!(reports.stages(), [Stage::Copying, Stage::Checking]);
    let pages = reports.pages(Stage::Copying);
    assert!(pages.len() >= 2, "reported step by step: {pages:?}");

    clock.fetch_add(60_000, Ordering::SeqCst);
    nb.create_customer(&person("Cal Nash")).unwrap();
    let reports = Reports::default();
    nb.restore_listed_with(&backup.path, &reports).unwrap();
    assert_eq!(
        reports.stages(),
        [
            Stage::Checking,
            Stage::Copying,
            Stage::Checking,
            Stage::Restoring,
            Stage::Finishing
        ]
    );
    reports.pages(Stage::Copying);
    reports.pages(Stage::Restoring);
    assert!(nb.search("Cal Nash", 5).unwrap().is_empty(), "restored");
    assert_eq!(nb.info().unwrap().customer_count, 3_000);
}
