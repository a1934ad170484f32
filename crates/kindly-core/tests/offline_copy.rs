//! A team notebook's offline copy (`Notebook::refresh_offline_copy`,
//! `Notebook::open_offline_copy`), on a real PostgreSQL server
//! (`KINDLY_TEST_POSTGRES` and `KINDLY_TEST_POSTGRES_CTL`, started by
//! `make test-rust`; never skipped): read from the copy, the lookup, the
//! brief, Today, customers' pages and situations are what the server
//! showed; every change is refused with `server_away` and leaves the file
//! as it was; the file is unreadable without its key; a refresh cut off by
//! the server stopping leaves the previous copy and nothing else; the next
//! refresh brings what changed.
//!
//! One test here stops the test server: it takes the server alone (a
//! write lock), the others share it (read locks).

#![allow(
    clippy::disallowed_types,
    reason = "holds a lock on the test server as its administrator, to stop it in the middle of a refresh"
)]

mod common;

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::mpsc::{self, TryRecvError};
use std::sync::{Arc, PoisonError, RwLock};
use std::thread;
use std::time::{Duration, Instant};

use kindly_core::import::Importer;
use kindly_core::*;

/// The test server: shared by the tests here, stopped by one of them.
static SERVER: RwLock<()> = RwLock::new(());

/// How long a refresh, or the wait for it to reach its lock, may take
/// before the test calls it a hang (not a speed limit).
const HANG: Duration = Duration::from_secs(60);

/// 2027-03-01 09:00 in London, the clock of every notebook here.
fn now() -> Millis {
    common::desk::london("2027-03-01 09:00")
}

fn at(now: Millis) -> Clock {
    Arc::new(move || now)
}

/// A new team notebook holding the sample (36 customers and their
/// stories, Sam Ortiz at the desk) and a situation, and its
/// administrator's address.
fn sample_team() -> (Notebook, String) {
    let url = common::new_team_notebook();
    let mut nb = Notebook::open_team(&url).unwrap().with_clock(at(now()));
    nb.set_time_zone("Europe/London").unwrap();
    nb.welcome(&Welcome {
        phone_region: "GB".into(),
        at_desk: "Sam Ortiz".into(),
        sample: true,
    })
    .unwrap();
    assert_eq!(nb.info().unwrap().customer_count, 36);
    let situation = nb
        .create_situation(&SituationInput {
            title: "Oven broken".into(),
            what_happened: "The big oven broke".into(),
            what_we_do: "A new one comes Friday".into(),
            expected_fix: None,
            lead: "Maya".into(),
            staff: "Maya".into(),
        })
        .unwrap();
    let some: Vec<String> = everyone(&nb).into_iter().step_by(4).collect();
    nb.add_to_situation(&situation, &some, "Maya").unwrap();
    nb.post_situation_update(
        &situation,
        &SituationUpdateInput {
            text: "The oven comes Thursday".into(),
            expected_fix: None,
            staff: "Tom".into(),
        },
    )
    .unwrap();
    (nb, url)
}

/// Every live customer's id (each has a vowel in their name), sorted.
fn everyone(nb: &Notebook) -> Vec<String> {
    let mut ids: Vec<String> = ["a", "e", "i", "o", "u", "y"]
        .iter()
        .flat_map(|q| nb.search(q, MAX_LIMIT).unwrap())
        .map(|c| c.id)
        .collect();
    ids.sort();
    ids.dedup();
    ids
}

/// Everything the window shows of `nb` while the server is away: lookups
/// by name, word and number, the caller lookup, Today, and for every
/// customer the page, the timeline and the brief; the situations; the
/// staff and who is at the desk.
fn shown(nb: &Notebook) -> Vec<String> {
    let mut seen = Vec::new();
    let ids = everyone(nb);
    assert_eq!(ids.len(), 36, "every sample customer is found");
    for id in &ids {
        let c = nb.customer(id).unwrap();
        let mut queries = vec![c.full_name.clone()];
        queries.extend(c.full_name.split(' ').next_back().map(str::to_owned));
        for p in &c.phones {
            let digits: String = p.number.chars().filter(char::is_ascii_digit).collect();
            queries.push(p.number.clone());
            queries.push(digits[digits.len().saturating_sub(7)..].to_owned());
            seen.push(format!(
                "caller {}: {:?}",
                p.number,
                nb.find_caller(&p.number).unwrap()
            ));
        }
        for q in queries {
            let found: Vec<String> = nb
                .search(&q, 20)
                .unwrap()
                .into_iter()
                .map(|s| s.id)
                .collect();
            seen.push(format!("lookup {q}: {found:?}"));
        }
        seen.push(format!(
            "page {id}: {:?}",
            nb.customer_page(id, &[]).unwrap()
        ));
        seen.push(format!(
            "timeline {id}: {:?}",
            nb.timeline(id, &[], None, 50).unwrap()
        ));
        seen.push(format!("brief {id}: {:?}", nb.brief(id).unwrap()));
    }
    seen.push(format!("today: {:?}", nb.today().unwrap()));
    seen.push(format!("time: {:?}", nb.time_settings().unwrap()));
    for s in nb.situations(true).unwrap() {
        seen.push(format!("situation: {s:?}"));
        seen.push(format!("{:?}", nb.situation(&s.id).unwrap()));
    }
    seen
}

/// The bytes of the file at `path`, hashed.
fn file_digest(path: &Path) -> u64 {
    let mut h = DefaultHasher::new();
    std::fs::read(path).unwrap().hash(&mut h);
    h.finish()
}

/// The names of the files in `dir`, sorted.
fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn away(err: Error) -> Millis {
    let said = ErrorPayload::from(Error::ServerAway { last_heard: 0 });
    assert_eq!(said.code, ErrorCode::ServerAway);
    match err {
        Error::ServerAway { last_heard } => last_heard,
        other => panic!("expected server_away, got {other:?}"),
    }
}

#[test]
fn the_copy_answers_as_the_server_did_and_refuses_every_change() {
    let _shared = SERVER.read().unwrap_or_else(PoisonError::into_inner);
    let (team, url) = sample_team();
    // Tom takes the copy, signed in as himself.
    let toms = common::new_login(&url, "Tom");
    let tom = Notebook::open_team(&toms).unwrap().with_clock(at(now()));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("offline.sqlite");
    let key = OfflineKey::generate().unwrap();

    let info = tom.refresh_offline_copy(&path, &key).unwrap();
    assert_eq!(info.taken_at, now());
    assert_eq!(info.person, "Tom");
    assert!(info.login.starts_with("tom"), "{info:?}");
    assert_eq!(
        files_in(dir.path()),
        ["offline.sqlite"],
        "one file, nothing beside it"
    );

    let heard = now() - 5 * 60_000;
    let mut copy = Notebook::open_offline_copy(&path, &key, heard)
        .unwrap()
        .with_clock(at(now()));
    assert!(copy.is_offline_copy() && copy.is_team());
    assert!(!team.is_offline_copy());
    assert_eq!(copy.offline_copy_info().unwrap(), Some(info.clone()));
    assert_eq!(team.offline_copy_info().unwrap(), None);
    assert_eq!(copy.server_last_heard(), Some(heard));
    assert_eq!(copy.path(), tom.path(), "titled as the team notebook");

    assert_eq!(
        shown(&copy),
        shown(&tom),
        "the copy shows what the server showed"
    );
    let roster = copy.staff_roster().unwrap();
    let at_desk = roster
        .staff
        .iter()
        .find(|s| Some(&s.id) == roster.at_desk.as_ref());
    assert_eq!(at_desk.map(|s| s.name.as_str()), Some("Tom"), "{roster:?}");
    assert!(roster.signed_in.is_some(), "{roster:?}");
    assert_eq!(
        roster.signed_in.as_deref(),
        tom.staff_roster().unwrap().signed_in.as_deref(),
        "signed in as on the server when the copy was taken"
    );

    // Every kind of change is refused before anything is done.
    let before = file_digest(&path);
    let ids = everyone(&copy);
    let rosie = copy.customer(&ids[0]).unwrap();
    let mut changes: Vec<(&str, Result<()>)> = Vec::new();
    changes.push((
        "create a customer",
        copy.create_customer(&common::person("Nadia Brook"))
            .map(drop),
    ));
    let mut edited = rosie.to_input();
    edited.best_time = "weekday mornings".into();
    changes.push((
        "update a customer",
        copy.update_customer(&rosie.id, rosie.version, &edited)
            .map(drop),
    ));
    changes.push((
        "log a conversation",
        copy.log_conversation(&ConversationInput {
            customer_id: rosie.id.clone(),
            channel: Channel::CallIn,
            happened_at: None,
            staff: "Tom".into(),
            summary: "Asked about her order".into(),
            mood: None,
            issue_id: None,
            follow_up: None,
        })
        .map(drop),
    ));
    changes.push((
        "open an issue",
        copy.open_issue(&IssueInput {
            customer_id: rosie.id.clone(),
            title: "Late delivery".into(),
            own_words: "It came a day late".into(),
            root_cause: String::new(),
            categories: vec!["delivery".into()],
            handler: "Tom".into(),
            mood_at_start: None,
            staff: "Tom".into(),
        })
        .map(drop),
    ));
    let today = copy.today().unwrap();
    let due = today
        .overdue
        .iter()
        .chain(&today.today)
        .chain(&today.upcoming)
        .next()
        .expect("the sample has follow-ups")
        .follow_up
        .clone();
    changes.push((
        "complete a follow-up",
        copy.complete_follow_up(
            &due.id,
            due.version,
            &FollowUpDone {
                staff: "Tom".into(),
                note: "Done".into(),
            },
        )
        .map(drop),
    ));
    let contacts = import::VcardImporter
        .parse(
            b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Olu Ade\r\nEMAIL:olu@example.com\r\nEND:VCARD\r\n",
            "GB",
        )
        .unwrap();
    changes.push(("import", copy.import_contacts(&contacts).map(drop)));
    changes.push(("merge", copy.merge_customers(&ids[1], &ids[2]).map(drop)));
    changes.push(("trash", copy.trash_customer(&ids[3])));
    let situation = copy.situations(false).unwrap()[0].id.clone();
    changes.push((
        "situation update",
        copy.post_situation_update(
            &situation,
            &SituationUpdateInput {
                text: "The oven is here".into(),
                expected_fix: None,
                staff: "Tom".into(),
            },
        )
        .map(drop),
    ));
    changes.push((
        "add to a situation",
        copy.add_to_situation(&situation, &ids[5..7], "Tom")
            .map(drop),
    ));
    changes.push((
        "choose who is at the desk",
        copy.set_at_desk(None).map(drop),
    ));
    changes.push(("time zone", copy.set_time_zone("Europe/Paris").map(drop)));
    for (what, done) in changes {
        let err = done.expect_err(what);
        assert_eq!(away(err), heard, "{what}");
    }
    let said = ErrorPayload::from(Error::ServerAway { last_heard: heard });
    assert!(
        said.message.contains("cannot reach the team notebook")
            && said.message.contains("What you typed is still here"),
        "{}",
        said.message
    );

    // Background work asks nothing and fails nothing.
    assert_eq!(copy.claim_reminders().unwrap(), Vec::new());
    copy.confirm_reminders(&[]).unwrap();
    assert!(copy.next_reminder_at().is_ok());
    assert_eq!(copy.back_up_if_due(false).unwrap(), None);
    assert!(matches!(
        copy.back_up_now().unwrap_err(),
        Error::LaptopOnly { .. }
    ));
    // And a copy cannot be refreshed from itself.
    let other = dir.path().join("other.sqlite");
    assert!(matches!(
        copy.refresh_offline_copy(&other, &key).unwrap_err(),
        Error::ServerAway { .. }
    ));

    assert_eq!(file_digest(&path), before, "the copy's file is as it was");
    assert_eq!(
        files_in(dir.path()),
        ["offline.sqlite"],
        "nothing written beside it"
    );
    assert_eq!(shown(&copy), shown(&tom), "and shows the same");
}

#[test]
fn the_copy_on_disk_cannot_be_read_without_its_key() {
    let _shared = SERVER.read().unwrap_or_else(PoisonError::into_inner);
    let (team, _) = sample_team();
    let dir = tempfile::tempdir().unwrap();
    let names: Vec<String> = everyone(&team)
        .iter()
        .map(|id| team.customer(id).unwrap().full_name)
        .collect();

    // A plain copy holds the names as they are (the check below can fail).
    let plain = dir.path().join("plain.sqlite");
    copy_out(&team, &plain).unwrap();
    let bytes = std::fs::read(&plain).unwrap();
    assert!(names
        .iter()
        .all(|n| bytes.windows(n.len()).any(|w| w == n.as_bytes())));

    let path = dir.path().join("offline.sqlite");
    let key = OfflineKey::generate().unwrap();
    team.refresh_offline_copy(&path, &key).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    for name in &names {
        let words = name.split(' ').chain([name.as_str()]);
        for word in words.filter(|w| w.len() >= 4) {
            assert!(
                !bytes.windows(word.len()).any(|w| w == word.as_bytes()),
                "{word} is readable in the copy's file"
            );
        }
    }
    assert!(!bytes.starts_with(b"SQLite format 3"));
    assert!(is_protected_file(&path).unwrap());

    assert!(matches!(Notebook::open(&path).err(), Some(Error::Locked)));
    let wrong = OfflineKey::generate().unwrap();
    let err = Notebook::open_offline_copy(&path, &wrong, now())
        .err()
        .unwrap();
    assert_eq!(err.code(), ErrorCode::Storage, "{err:?}");
    assert!(Notebook::open_protected(&path, "a guessed passphrase").is_err());
    // The key as the keychain keeps it opens it.
    let kept = OfflineKey::from_secret(key.secret()).unwrap();
    let copy = Notebook::open_offline_copy(&path, &kept, now()).unwrap();
    assert_eq!(copy.info().unwrap().customer_count, 36);

    // Only a team notebook has an offline copy; a notebook file is refused.
    let file = Notebook::open(&plain).unwrap();
    let err = file
        .refresh_offline_copy(&dir.path().join("x.sqlite"), &key)
        .unwrap_err();
    assert!(matches!(err, Error::Invalid { .. }), "{err:?}");
    assert!(!dir.path().join("x.sqlite").exists());
    // Nor is a notebook file an offline copy.
    let err = Notebook::open_offline_copy(&plain, &key, now())
        .err()
        .unwrap();
    assert_eq!(err.code(), ErrorCode::Storage, "{err:?}");
}

#[test]
fn a_second_refresh_brings_what_changed_and_replaces_the_first() {
    let _shared = SERVER.read().unwrap_or_else(PoisonError::into_inner);
    let (mut team, _) = sample_team();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("offline.sqlite");
    let key = OfflineKey::generate().unwrap();
    team.refresh_offline_copy(&path, &key).unwrap();
    let first = Notebook::open_offline_copy(&path, &key, now()).unwrap();
    assert!(first.search("Nadia Brook", 5).unwrap().is_empty());

    let nadia = team
        .create_customer(&common::person("Nadia Brook"))
        .unwrap();
    let later = now() + 60_000;
    let team = team.with_clock(at(later));
    let info = team.refresh_offline_copy(&path, &key).unwrap();
    assert_eq!(info.taken_at, later);
    let second = Notebook::open_offline_copy(&path, &key, later)
        .unwrap()
        .with_clock(at(later));
    let found: Vec<String> = second
        .search("Nadia Brook", 5)
        .unwrap()
        .into_iter()
        .map(|c| c.id)
        .collect();
    assert_eq!(found, [nadia.id]);
    assert_eq!(second.offline_copy_info().unwrap().unwrap().taken_at, later);
    assert_eq!(second.info().unwrap().customer_count, 37);
    // The first copy, still open, reads on as it was.
    assert!(first.search("Nadia Brook", 5).unwrap().is_empty());
    assert_eq!(files_in(dir.path()), ["offline.sqlite"]);
}

#[test]
fn a_refresh_cut_off_by_the_server_stopping_leaves_the_previous_copy() {
    let _alone = SERVER.write().unwrap_or_else(PoisonError::into_inner);
    let ctl = PathBuf::from(std::env::var("KINDLY_TEST_POSTGRES_CTL").expect(
        "KINDLY_TEST_POSTGRES_CTL is not set: run this with `make test-rust` \
         (scripts/with-postgres.sh)",
    ));
    let (mut team, url) = sample_team();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("offline.sqlite");
    let key = OfflineKey::generate().unwrap();
    team.refresh_offline_copy(&path, &key).unwrap();
    let before = file_digest(&path);
    team.create_customer(&common::person("Nadia Brook"))
        .unwrap();

    // The refresh reads table after table; situations come late, and an
    // administrator's lock keeps it there, mid-way.
    let mut holder = postgres::Client::connect(&url, postgres::NoTls).unwrap();
    holder
        .batch_execute("BEGIN; LOCK TABLE situations IN ACCESS EXCLUSIVE MODE")
        .unwrap();
    let database = url.rsplit_once('/').unwrap().1.to_owned();
    let (sender, answer) = mpsc::channel();
    let (target, refresh_key) = (path.clone(), OfflineKey::from_secret(key.secret()).unwrap());
    thread::spawn(move || {
        let done = team.refresh_offline_copy(&target, &refresh_key);
        let _ = sender.send(done);
    });

    let mut watcher = postgres::Client::connect(&url, postgres::NoTls).unwrap();
    let since = Instant::now();
    loop {
        let waiting = watcher
            .query_opt(
                "SELECT 1 FROM pg_catalog.pg_stat_activity
                 WHERE datname = $1 AND application_name = 'Kindly' AND wait_event_type = 'Lock'",
                &[&database],
            )
            .unwrap();
        if waiting.is_some() {
            break;
        }
        match answer.try_recv() {
            Ok(done) => panic!("the refresh ended before it reached the lock: {done:?}"),
            Err(TryRecvError::Disconnected) => panic!("the refresh panicked"),
            Err(TryRecvError::Empty) => {}
        }
        assert!(since.elapsed() < HANG, "the refresh never reached the lock");
        thread::sleep(Duration::from_millis(20));
    }
    assert!(
        files_in(dir.path()).len() > 1,
        "the new copy is being written beside the old: {:?}",
        files_in(dir.path())
    );
    drop(watcher);

    let run = |what: &str| {
        let out = Command::new(&ctl).arg(what).output().unwrap();
        assert!(out.status.success(), "{what}: {out:?}");
    };
    run("stop");
    let done = answer.recv_timeout(HANG);
    drop(holder);
    run("start");
    let err = done
        .expect("the refresh reports the stopped server instead of waiting for ever")
        .expect_err("the refresh cannot have finished");
    assert!(
        matches!(err, Error::ConnectionLost | Error::ServerUnreachable { .. }),
        "{err:?}"
    );

    assert_eq!(file_digest(&path), before, "the previous copy is as it was");
    assert_eq!(
        files_in(dir.path()),
        ["offline.sqlite"],
        "nothing left beside it"
    );
    let copy = Notebook::open_offline_copy(&path, &key, now()).unwrap();
    assert_eq!(
        copy.info().unwrap().customer_count,
        36,
        "the previous copy opens"
    );
    assert!(copy.search("Nadia Brook", 5).unwrap().is_empty());
}
