//! The Today screen with 1,000,000 follow-ups in history and 100,000
//! customers (a quarter with birthdays, a tenth with a stay-in-touch
//! rhythm), 500 follow-ups still open across six weeks.
//!
//! Kindly's `today()` (every section, one call) against the same lists read
//! without the partial indexes on what is still to do (table scans), same
//! notebook, same run. Prints p50/p95 and writes `target/bench/today.md`,
//! then runs the criterion groups.

#![allow(
    clippy::disallowed_types,
    reason = "opens the notebook file with SQLite directly, as another program or an older Kindly would"
)]

mod support;

use std::sync::Arc;
use std::time::Instant;

use criterion::{BenchmarkId, Criterion};
use kindly_core::*;
use rusqlite::{params, Connection};
use support::{ms, p50_p95, Rng};

const CUSTOMERS: usize = 100_000;
const HISTORY: usize = 1_000_000;
const OPEN: usize = 500;
const SAMPLES: usize = 500;
const DAY: i64 = 24 * 60 * 60 * 1000;
/// 2026-11-22 09:00 UTC.
const NOW: i64 = 1_795_338_000_000;

/// Done follow-ups (with their delivered reminders), open ones, birthdays
/// and rhythms, written straight into the file: a million API calls would
/// only slow the set-up down.
fn fill(conn: &mut Connection, rng: &mut Rng) {
    let tx = conn.transaction().expect("tx");
    {
        let mut entry = tx
            .prepare("INSERT INTO entries(id, customer_pk, kind, created_at, updated_at) VALUES (?1, ?2, 'follow_up', ?3, ?3)")
            .expect("entry");
        let mut follow_up = tx
            .prepare(
                "INSERT INTO follow_ups(entry_pk, action, start_date, assignee, note, occurrence_at, due_at, reminded_due)
                 VALUES (?1, ?2, '2025-01-01', 'Ana', 'ring about the order', ?3, ?3, ?4)",
            )
            .expect("follow-up");
        let mut reminder = tx
            .prepare("INSERT INTO reminders(entry_pk, due_at, claimed_at, missed, shown_at) VALUES (?1, ?2, ?2, 0, ?2)")
            .expect("reminder");
        let actions = ["call_back", "check_in", "send_card", "other"];
        for i in 0..HISTORY + OPEN {
            let customer = 1 + rng.below(CUSTOMERS) as i64;
            let open = i >= HISTORY;
            let due = if open {
                NOW + (rng.below(44 * 24) as i64 - 14 * 24) * DAY / 24
            } else {
                NOW - rng.below(3 * 365) as i64 * DAY
            };
            entry
                .execute(params![
                    format!("00000000-0000-7000-8000-{i:012x}"),
                    customer,
                    due
                ])
                .expect("insert entry");
            let pk = tx.last_insert_rowid();
            let (occurrence, reminded) = if open {
                (Some(due), None)
            } else {
                (None, Some(due))
            };
            follow_up
                .execute(params![pk, actions[i % 4], occurrence, reminded])
                .expect("insert follow-up");
            if !open {
                reminder.execute(params![pk, due]).expect("insert reminder");
            }
        }
    }
    tx.execute_batch(&format!(
        "UPDATE customers SET birthday_month = 1 + (pk / 4) % 12, birthday_day = 1 + (pk / 48) % 28 WHERE pk % 4 = 0;
         UPDATE customers SET touch_ideal_days = 42, touch_longest_days = 70,
             last_contact_at = {NOW} - (pk % 120) * {DAY}, touch_amber_at = {NOW} - (pk % 120) * {DAY} + 42 * {DAY}
         WHERE pk % 10 = 0;"
    ))
    .expect("birthdays and rhythms");
    tx.commit().expect("commit");
}

/// The same lists read by scanning the tables, as a notebook without
/// indexes on "still to do" would.
fn scanned(conn: &Connection, week_end: i64) -> usize {
    let follow_ups: usize = conn
        .prepare_cached(
            "SELECT e.id, cu.full_name, f.action, f.note, f.due_at
             FROM follow_ups f NOT INDEXED JOIN entries e ON e.pk = f.entry_pk
             JOIN customers cu ON cu.pk = e.customer_pk
             WHERE f.due_at IS NOT NULL AND f.due_at < ?1 AND e.deleted_at IS NULL AND cu.deleted_at IS NULL
             ORDER BY f.due_at",
        )
        .expect("prepare")
        .query_map([week_end], |r| r.get::<_, String>(0))
        .expect("query")
        .count();
    let drifting: usize = conn
        .prepare_cached(
            "SELECT id FROM customers NOT INDEXED
             WHERE touch_amber_at <= ?1 AND deleted_at IS NULL ORDER BY touch_amber_at LIMIT 200",
        )
        .expect("prepare")
        .query_map([NOW], |r| r.get::<_, String>(0))
        .expect("query")
        .count();
    let birthdays: usize = conn
        .prepare_cached(
            "SELECT id FROM customers NOT INDEXED
             WHERE birthday_month = 11 AND birthday_day BETWEEN 22 AND 28 AND deleted_at IS NULL",
        )
        .expect("prepare")
        .query_map([], |r| r.get::<_, String>(0))
        .expect("query")
        .count();
    follow_ups + drifting + birthdays
}

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let started = Instant::now();
    let (nb, _ids) = support::build(dir.path(), CUSTOMERS);
    let path = nb.path().to_path_buf();
    drop(nb);
    let mut raw = Connection::open(&path).expect("second connection");
    fill(&mut raw, &mut Rng::new(4));
    let mut nb = Notebook::open(&path)
        .expect("reopen")
        .with_clock(Arc::new(|| NOW));
    nb.set_time_zone("Europe/London").expect("zone");
    eprintln!(
        "built {CUSTOMERS} customers, {HISTORY} done and {OPEN} open follow-ups in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let page = nb.today().expect("today");
    let shown = page.overdue.len() + page.today.len() + page.upcoming.len();
    let week_end = NOW + 8 * DAY;

    let (k50, k95) = p50_p95(20, SAMPLES, |_| {
        std::hint::black_box(nb.today().expect("today"));
    });
    let (s50, s95) = p50_p95(5, SAMPLES / 10, |_| {
        std::hint::black_box(scanned(&raw, week_end));
    });
    let table = format!(
        "| Today screen ({} overdue, {} today, {} upcoming, {} drifting, {} birthdays) | p50 (ms) | p95 (ms) |\n|---|---:|---:|\n\
         | Kindly `today()` (all six sections, partial indexes on what is still to do) | {} | {} |\n\
         | same lists by scanning the tables | {} | {} |\n\
         | ratio (baseline p95 / Kindly p95) | | {:.0}× |\n",
        page.overdue_count,
        page.today_count,
        page.upcoming.len(),
        page.drifting.len(),
        page.birthdays.len(),
        ms(k50),
        ms(k95),
        ms(s50),
        ms(s95),
        s95.as_secs_f64() / k95.as_secs_f64()
    );
    println!("\nToday at {CUSTOMERS} customers and {HISTORY} follow-ups in history ({shown} rows shown; {SAMPLES} timings for Kindly, {} for the scan):\n\n{table}", SAMPLES / 10);
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/bench");
    std::fs::create_dir_all(&out).expect("bench dir");
    std::fs::write(out.join("today.md"), &table).expect("write table");

    let mut c = Criterion::default().configure_from_args();
    let mut group = c.benchmark_group("today");
    group.sample_size(20);
    group.bench_function(BenchmarkId::new("kindly", HISTORY), |b| {
        b.iter(|| nb.today().expect("today"))
    });
    group.bench_function(BenchmarkId::new("scan", HISTORY), |b| {
        b.iter(|| scanned(&raw, week_end))
    });
    group.finish();
    c.final_summary();
}
