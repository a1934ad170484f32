//! A situation with 5,000 affected customers in a notebook of 100,000:
//! adding them all from a saved search (everyone tagged "oven-recall-2026")
//! and then computing "told N of M" per concierge.
//!
//! Kindly (one transaction, one INSERT ... SELECT driven by the tag index;
//! progress in one grouped query) against the naive way in the same run:
//! one transaction per customer, and progress read one member at a time.
//! Prints p50/p95 and writes `target/bench/situations.md`, then runs the
//! criterion groups.

#![allow(
    clippy::disallowed_types,
    reason = "opens the notebook file with SQLite directly, as another program or an older Kindly would"
)]

mod support;

use std::sync::Arc;
use std::time::Instant;

use criterion::{BenchmarkId, Criterion};
use kindly_core::*;
use rusqlite::Connection;
use support::{ms, p50_p95, p50_p95_then};

const CUSTOMERS: usize = 100_000;
/// Every 20th customer is tagged: 5,000.
const AFFECTED: usize = CUSTOMERS / 20;
const SAMPLES: usize = 50;
const NAIVE_SAMPLES: usize = 3;
/// 2026-11-22 09:00 UTC.
const NOW: i64 = 1_795_338_000_000;

fn recalled() -> SituationFilter {
    SituationFilter {
        tag: Some("oven-recall-2026".into()),
        open_issue_category: None,
    }
}

/// Kindly's way: one call adds everyone, one call counts who was told.
fn add_and_progress(nb: &mut Notebook, situation: &str) -> (SituationAction, SituationProgress) {
    let added = nb.add_matching(situation, &recalled(), "Ana").expect("add");
    (added, nb.situation_progress(situation).expect("progress"))
}

/// The naive way: a transaction per customer, then each member's state
/// read with its own query.
fn naive(nb: &mut Notebook, raw: &Connection, situation: &str, ids: &[String]) -> (usize, usize) {
    for id in ids {
        nb.add_to_situation(situation, std::slice::from_ref(id), "Ana")
            .expect("add one");
    }
    let mut members = raw
        .prepare_cached(
            "SELECT m.customer_pk FROM situation_members m JOIN situations s ON s.pk = m.situation_pk WHERE s.id = ?1",
        )
        .expect("members");
    let pks: Vec<i64> = members
        .query_map([situation], |r| r.get(0))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    let mut one = raw
        .prepare_cached(
            "SELECT m.told_seq >= s.latest_seq, coalesce(g.concierge, '') FROM situation_members m
             JOIN situations s ON s.pk = m.situation_pk LEFT JOIN situation_groups g ON g.pk = m.group_pk
             JOIN customers c ON c.pk = m.customer_pk
             WHERE s.id = ?1 AND m.customer_pk = ?2 AND c.deleted_at IS NULL",
        )
        .expect("one");
    let mut told = 0;
    for pk in &pks {
        let (t, _who): (Option<bool>, String) = one
            .query_row(rusqlite::params![situation, pk], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .expect("member");
        told += usize::from(t.unwrap_or(false));
    }
    (told, pks.len())
}

/// Takes everyone off the situation again (not timed): the same as
/// undoing every add, in one statement each.
fn reset(raw: &Connection, situation: &str) {
    raw.execute_batch(&format!(
        "DELETE FROM situation_members WHERE situation_pk = (SELECT pk FROM situations WHERE id = '{situation}');
         UPDATE situation_actions SET undone_at = 0 WHERE undone_at IS NULL;"
    ))
    .expect("reset");
}

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let started = Instant::now();
    let (nb, ids) = support::build(dir.path(), CUSTOMERS);
    let path = nb.path().to_path_buf();
    drop(nb);
    let raw = Connection::open(&path).expect("second connection");
    raw.execute_batch(
        "INSERT INTO customer_tags(customer_pk, position, tag)
         SELECT pk, 1, 'oven-recall-2026' FROM customers WHERE pk % 20 = 0",
    )
    .expect("tags");
    let tagged: Vec<String> = ids
        .iter()
        .enumerate()
        .filter(|(i, _)| (i + 1) % 20 == 0)
        .map(|(_, id)| id.clone())
        .collect();
    assert_eq!(tagged.len(), AFFECTED);
    let mut nb = Notebook::open(&path)
        .expect("reopen")
        .with_clock(Arc::new(|| NOW));
    let situation = nb
        .create_situation(&SituationInput {
            title: "Late delivery of wedding cakes".into(),
            what_happened: "The oven broke.".into(),
            what_we_do: "A new part is on its way.".into(),
            expected_fix: None,
            lead: "Ana".into(),
            staff: "Ana".into(),
        })
        .expect("situation");
    eprintln!(
        "built {CUSTOMERS} customers, {AFFECTED} tagged, in {:.1} s",
        started.elapsed().as_secs_f64()
    );

    let (added, progress) = add_and_progress(&mut nb, &situation);
    assert_eq!(
        (added.count as usize, progress.total as usize),
        (AFFECTED, AFFECTED)
    );
    reset(&raw, &situation);
    let nb = std::cell::RefCell::new(nb);
    // The undo after each run is not timed: it only puts the notebook back.
    let last = std::cell::RefCell::new(None::<String>);
    let (k50, k95) = p50_p95_then(
        3,
        SAMPLES,
        |_| {
            let (added, progress) = add_and_progress(&mut nb.borrow_mut(), &situation);
            std::hint::black_box(progress);
            *last.borrow_mut() = Some(added.id);
        },
        |_| {
            let id = last.borrow_mut().take().expect("an add");
            nb.borrow_mut().undo_situation_action(&id).expect("undo");
        },
    );
    let mut nb = nb.into_inner();

    // Progress alone, with two concierges and half of them told.
    nb.add_matching(&situation, &recalled(), "Ana")
        .expect("add");
    let group = nb
        .add_situation_group(&situation, "Weddings this week", "Kathy")
        .expect("group");
    nb.group_members(&situation, &tagged[..AFFECTED / 2], Some(&group), "Ana")
        .expect("group members");
    nb.mark_told(
        &situation,
        &TellInput {
            customer_ids: tagged[..AFFECTED / 2].to_vec(),
            staff: "Kathy".into(),
            how: TellHow::Call,
            mood: None,
            note: String::new(),
        },
    )
    .expect("told");
    let (p50, p95) = p50_p95(10, SAMPLES * 4, |_| {
        std::hint::black_box(nb.situation_progress(&situation).expect("progress"));
    });
    let told = nb.situation_progress(&situation).expect("progress").told;
    eprintln!(
        "Kindly: add + progress p50 {} ms, p95 {} ms; progress alone p50 {} ms, p95 {} ms",
        ms(k50),
        ms(k95),
        ms(p50),
        ms(p95)
    );
    reset(&raw, &situation);

    let nb = std::cell::RefCell::new(nb);
    let (n50, n95) = p50_p95_then(
        0,
        NAIVE_SAMPLES,
        |_| {
            std::hint::black_box(naive(&mut nb.borrow_mut(), &raw, &situation, &tagged));
        },
        |_| reset(&raw, &situation),
    );
    let mut nb = nb.into_inner();
    let table = format!(
        "| {AFFECTED} affected customers among {CUSTOMERS} | p50 (ms) | p95 (ms) |\n|---|---:|---:|\n\
         | Kindly: add everyone tagged (one transaction) + progress per concierge | {} | {} |\n\
         | Kindly: progress alone ({told} of {AFFECTED} told, 2 concierges) | {} | {} |\n\
         | naive: one transaction per customer + progress one member at a time | {} | {} |\n\
         | ratio (naive p95 / Kindly p95) | | {:.0}× |\n",
        ms(k50),
        ms(k95),
        ms(p50),
        ms(p95),
        ms(n50),
        ms(n95),
        n95.as_secs_f64() / k95.as_secs_f64()
    );
    println!(
        "\nSituations at {CUSTOMERS} customers ({SAMPLES} timings for Kindly, {NAIVE_SAMPLES} for the naive way):\n\n{table}"
    );
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/bench");
    std::fs::create_dir_all(&out).expect("bench dir");
    std::fs::write(out.join("situations.md"), &table).expect("write table");

    let mut c = Criterion::default().configure_from_args();
    let mut group = c.benchmark_group("situations");
    group.sample_size(10);
    group.bench_function(BenchmarkId::new("add_and_progress", AFFECTED), |b| {
        b.iter(|| {
            let (added, progress) = add_and_progress(&mut nb, &situation);
            nb.undo_situation_action(&added.id).expect("undo");
            progress
        })
    });
    group.finish();
    c.final_summary();
}
