//! A bulk change at 100,000 customers (#26: "bulk tag of 10,000 customers
//! ≤ 2 s"): adding a tag to every 10th customer (10,000) in one
//! transaction, and its Undo, on SQLite and (under `make bench`)
//! PostgreSQL. Baseline in the same run: the same tag added one customer
//! at a time through `update_customer`, as the window would without bulk
//! changes (a read, then a transaction per customer) — all 10,000 on
//! SQLite; on PostgreSQL the first 1,000 (their time ×10 is shown, as ten
//! thousand round-trip saves take minutes). Prints p50/p95 and writes
//! `target/bench/bulk.md`, then runs the criterion group.

mod support;

use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion};
use kindly_core::*;
use support::team::{self, TeamDb};
use support::{ms, p50_p95_then, Percentiles, StoresRow};

const CUSTOMERS: usize = 100_000;
const SAMPLES: usize = 5;
const TAG: &str = "newsletter-2026";

fn add_tag() -> BulkChange {
    BulkChange::AddTag { tag: TAG.into() }
}

/// p50/p95 of the bulk change, and of its Undo, `SAMPLES` of each (each
/// change is undone before the next).
fn bulk_and_undo(nb: &mut Notebook, picked: &Selection, of: usize) -> (Percentiles, Percentiles) {
    let nb = std::cell::RefCell::new(nb);
    let undo_times = std::cell::RefCell::new(Vec::new());
    let last = std::cell::RefCell::new(None::<String>);
    let change = p50_p95_then(
        1,
        SAMPLES,
        |_| {
            let made = nb
                .borrow_mut()
                .bulk_change_with(picked, &add_tag(), &NoProgress)
                .expect("bulk change");
            assert_eq!(made.changed as usize, of);
            *last.borrow_mut() = Some(made.id);
        },
        |_| {
            let id = last.borrow_mut().take().expect("a change");
            let started = Instant::now();
            nb.borrow_mut()
                .undo_bulk_change_with(&id, &NoProgress)
                .expect("undo");
            undo_times.borrow_mut().push(started.elapsed());
        },
    );
    let mut undo = undo_times.into_inner();
    undo.drain(..1); // the warm-up's
    let undo = (
        support::percentile(&mut undo, 0.50),
        support::percentile(&mut undo, 0.95),
    );
    (change, undo)
}

/// The same tag added to `ids` one customer at a time, as a person would
/// with the form; returns how long, then takes it off again (not timed).
fn one_by_one(nb: &mut Notebook, ids: &[String]) -> Duration {
    let started = Instant::now();
    for id in ids {
        let c = nb.customer(id).expect("customer");
        let mut input = c.to_input();
        input.tags.push(TAG.into());
        nb.update_customer(id, c.version, &input).expect("update");
    }
    let took = started.elapsed();
    nb.change_tag_with(&TagChange::Delete { tag: TAG.into() }, &NoProgress)
        .expect("tidy");
    took
}

/// Every 10th customer's id.
fn every_tenth(ids: &[String]) -> Vec<String> {
    ids.iter().step_by(10).cloned().collect()
}

fn main() {
    let customers = support::size(CUSTOMERS);
    let dir = tempfile::tempdir().expect("temp dir");
    let started = Instant::now();
    let (mut nb, ids) = support::build(dir.path(), customers);
    let picked_ids = every_tenth(&ids);
    let of = picked_ids.len();
    let picked = Selection::Picked {
        ids: picked_ids.clone(),
    };
    eprintln!(
        "built {customers} customers in {:.1} s",
        started.elapsed().as_secs_f64()
    );

    let (change, undo) = bulk_and_undo(&mut nb, &picked, of);
    let base = one_by_one(&mut nb, &picked_ids);
    eprintln!(
        "SQLite: bulk p95 {} ms, undo p95 {} ms, one by one {} ms",
        ms(change.1),
        ms(undo.1),
        ms(base)
    );

    let server = team::server();
    let db = server.as_deref().map(TeamDb::new);
    let pg = db.as_ref().map(|db| {
        let started = Instant::now();
        let (mut team_nb, team_ids) = team::build(db, customers);
        eprintln!(
            "built the team notebook in {:.1} s",
            started.elapsed().as_secs_f64()
        );
        let team_picked = every_tenth(&team_ids);
        let selection = Selection::Picked {
            ids: team_picked.clone(),
        };
        let (change, undo) = bulk_and_undo(&mut team_nb, &selection, of);
        let tenth = team_picked.len() / 10;
        let base = one_by_one(&mut team_nb, &team_picked[..tenth]) * 10;
        db.settle();
        (change, undo, base)
    });

    let rows = [
        StoresRow {
            what: format!("bulk change: add a tag to {of} customers (one transaction)"),
            sqlite: change,
            postgres: pg.map(|p| p.0),
            target: "2000 ms",
        },
        StoresRow {
            what: "its Undo (one transaction)".into(),
            sqlite: undo,
            postgres: pg.map(|p| p.1),
            target: "",
        },
        StoresRow {
            what: format!(
                "baseline: the same {of} one at a time through update_customer (PostgreSQL: 1/10 of them ×10; one run)"
            ),
            sqlite: (base, base),
            postgres: pg.map(|p| (p.2, p.2)),
            target: "",
        },
    ];
    let table = support::stores_table(&format!("{customers} customers"), &rows);
    println!("\nBulk changes ({SAMPLES} timings each):\n\n{table}");
    support::write_out("bulk.md", &table);

    let mut c = Criterion::default().configure_from_args();
    let mut group = c.benchmark_group("bulk");
    group.sample_size(10);
    group.bench_function(BenchmarkId::new("add_tag_and_undo", of), |b| {
        b.iter(|| {
            let made = nb
                .bulk_change_with(&picked, &add_tag(), &NoProgress)
                .expect("bulk change");
            nb.undo_bulk_change_with(&made.id, &NoProgress)
                .expect("undo")
        })
    });
    group.finish();
    c.final_summary();
}
