//! Eight processes change the same few customers at once, each reading a
//! profile, waiting a moment, and saving it with a word of its own added
//! to the notes, and logging conversations in between. Afterwards every
//! save that was acknowledged is in the notebook, every refused one is
//! not, and no acknowledged save was overwritten by a later one that did
//! not see it: each customer's notes hold exactly the words of the saves
//! acknowledged for them, and their version counts exactly those saves.
//!
//! The processes are this test binary run again as workers (the ignored
//! test `worker`, told what to do through the environment). On a team
//! notebook (`KINDLY_TEST_STORE=postgres`) they are eight clients of one
//! server; otherwise eight programs on one notebook file.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use kindly_core::{Channel, ConversationInput, EntryKind, Error, Notebook};

const WORKERS: usize = 8;
const CUSTOMERS: usize = 4;
/// Each worker's changes; with [`CUSTOMERS`] shared by all, many overlap.
const CHANGES: usize = 40;
/// How long the workers may take in all before the test calls it a hang
/// (a bound, not a speed requirement: they take a few seconds).
const HANG: Duration = Duration::from_secs(180);

const NOTEBOOK_VAR: &str = "KINDLY_CONCURRENCY_NOTEBOOK";
const WORKER_VAR: &str = "KINDLY_CONCURRENCY_WORKER";
const CUSTOMERS_VAR: &str = "KINDLY_CONCURRENCY_CUSTOMERS";

/// Opens the notebook the workers share: a team notebook's address, or a
/// notebook file's path.
fn open(notebook: &str) -> Notebook {
    if notebook.starts_with("postgres") {
        Notebook::open_team(notebook).unwrap()
    } else {
        Notebook::open(std::path::Path::new(notebook)).unwrap()
    }
}

/// What one worker reported: lines `saved|refused|talked CUSTOMER WORD`.
#[derive(Default)]
struct Reports {
    saved: BTreeMap<String, BTreeSet<String>>,
    refused: BTreeMap<String, BTreeSet<String>>,
    talked: BTreeMap<String, BTreeSet<String>>,
}

#[test]
fn eight_desks_at_once_lose_no_acknowledged_save_and_keep_no_refused_one() {
    let folder = tempfile::tempdir().unwrap();
    let notebook = match std::env::var("KINDLY_TEST_STORE").as_deref() {
        Ok("postgres") => common::new_team_notebook(),
        _ => folder.path().join("notebook.kindly").display().to_string(),
    };
    let mut nb = open(&notebook);
    let ids: Vec<String> = (0..CUSTOMERS)
        .map(|n| {
            nb.create_customer(&common::person(&format!("Shared Customer {n}")))
                .unwrap()
                .id
        })
        .collect();
    let before: Vec<i64> = ids
        .iter()
        .map(|id| nb.customer(id).unwrap().version)
        .collect();

    let started = Instant::now();
    let mut children: Vec<_> = (0..WORKERS)
        .map(|n| {
            Command::new(std::env::current_exe().unwrap())
                .args(["--ignored", "--exact", "worker", "--nocapture", "--quiet"])
                .env(NOTEBOOK_VAR, &notebook)
                .env(WORKER_VAR, n.to_string())
                .env(CUSTOMERS_VAR, ids.join(","))
                .stdout(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    loop {
        let mut running = 0;
        for child in &mut children {
            if child.try_wait().unwrap().is_none() {
                running += 1;
            }
        }
        if running == 0 {
            break;
        }
        if started.elapsed() > HANG {
            for child in &mut children {
                let _ = child.kill();
            }
            panic!("{running} workers still running after {HANG:?}: a client hung");
        }
        std::thread::sleep(Duration::from_millis(50));
    }

    let mut reports = Reports::default();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "a worker failed: {out:?}");
        for line in String::from_utf8(out.stdout).unwrap().lines() {
            let mut parts = line.split(' ');
            let (Some(kind), Some(customer), Some(word)) =
                (parts.next(), parts.next(), parts.next())
            else {
                continue;
            };
            let into = match kind {
                "saved" => &mut reports.saved,
                "refused" => &mut reports.refused,
                "talked" => &mut reports.talked,
                _ => continue,
            };
            into.entry(customer.to_owned())
                .or_default()
                .insert(word.to_owned());
        }
    }

    let nb = open(&notebook);
    let mut saves = 0;
    let mut refusals = 0;
    for (id, first) in ids.iter().zip(before) {
        let customer = nb.customer(id).unwrap();
        let in_notes: BTreeSet<String> = customer
            .notes
            .split_whitespace()
            .map(str::to_owned)
            .collect();
        let saved = reports.saved.remove(id).unwrap_or_default();
        let refused = reports.refused.remove(id).unwrap_or_default();
        assert_eq!(
            in_notes, saved,
            "the notes hold exactly the acknowledged saves: none lost, none refused"
        );
        assert_eq!(
            customer.notes.split_whitespace().count(),
            saved.len(),
            "no word twice"
        );
        assert_eq!(
            customer.version,
            first + saved.len() as i64,
            "one version per acknowledged save, none for a refused one"
        );
        let talked = reports.talked.remove(id).unwrap_or_default();
        let story = nb
            .timeline(id, &[EntryKind::Conversation], None, 200)
            .unwrap();
        assert!(story.next.is_none(), "one page holds them all");
        let logged: BTreeSet<String> = story.items.into_iter().map(|item| item.title).collect();
        assert_eq!(logged, talked, "every conversation logged is there, once");
        saves += saved.len();
        refusals += refused.len();
    }
    println!("{saves} saves acknowledged, {refusals} refused as conflicts or busy");
    assert!(saves > 0, "the workers saved something");
}

/// One worker: [`CHANGES`] changes to the shared customers, reported on
/// standard output. Run by the test above, not on its own.
#[test]
#[ignore = "a worker process of the test above"]
fn worker() {
    let (Ok(notebook), Ok(n), Ok(ids)) = (
        std::env::var(NOTEBOOK_VAR),
        std::env::var(WORKER_VAR),
        std::env::var(CUSTOMERS_VAR),
    ) else {
        panic!("run by eight_desks_at_once_…, which sets {NOTEBOOK_VAR}");
    };
    let ids: Vec<&str> = ids.split(',').collect();
    let mut nb = open(&notebook);
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15 ^ n.parse::<u64>().unwrap();
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for change in 0..CHANGES {
        let id = ids[(next() % ids.len() as u64) as usize];
        let word = format!("w{n}x{change}");
        if next() % 4 == 0 {
            // Appending to the story: never refused for a conflict.
            let logged = nb.log_conversation(&ConversationInput {
                customer_id: id.to_owned(),
                channel: Channel::Note,
                happened_at: None,
                staff: String::new(),
                summary: word.clone(),
                mood: None,
                issue_id: None,
                follow_up: None,
            });
            match logged {
                Ok(_) => println!("talked {id} {word}"),
                Err(Error::Busy) => {}
                Err(other) => panic!("logging a conversation failed: {other:?}"),
            }
            continue;
        }
        let seen = nb.customer(id).unwrap();
        let mut input = seen.to_input();
        input.notes = format!("{} {word}", seen.notes).trim().to_owned();
        // Someone else may save meanwhile, as a person typing would let them.
        std::thread::sleep(Duration::from_millis(next() % 8));
        match nb.update_customer(id, seen.version, &input) {
            Ok(_) => println!("saved {id} {word}"),
            Err(Error::Conflict { .. } | Error::Busy) => println!("refused {id} {word}"),
            Err(other) => panic!("saving failed: {other:?}"),
        }
    }
}
