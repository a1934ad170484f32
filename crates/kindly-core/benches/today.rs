//! The Today screen with 1,000,000 follow-ups in history and 100,000
//! customers (a quarter with birthdays, a tenth with a stay-in-touch
//! rhythm), 500 follow-ups still open across six weeks.
//!
//! Kindly's `today()` (every section, one call) against the same lists read
//! without the partial indexes on what is still to do (table scans), same
//! notebook, same run. Prints p50/p95 and writes `target/bench/today.md`;
//! then `today()` on a team notebook (PostgreSQL, when
//! `KINDLY_TEST_POSTGRES` names a server) holding the same rows, beside
//! SQLite in `target/bench/today-stores.md`; then runs the criterion groups.

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
use support::team::{self, TeamDb};
use support::{ms, p50_p95, Rng, StoresRow};

const OPEN: usize = 500;
const SAMPLES: usize = 500;
const DAY: i64 = 24 * 60 * 60 * 1000;
/// 2026-11-22 09:00 UTC.
const NOW: i64 = 1_795_338_000_000;

/// One follow-up of the bench: customer key, due time, open or done.
struct Row {
    customer: i64,
    due: i64,
    open: bool,
}

/// What both stores are filled with: `history` done follow-ups then
/// [`OPEN`] open ones, each for one of the first `customers` keys.
fn rows(rng: &mut Rng, customers: usize, history: usize) -> Vec<Row> {
    (0..history + OPEN)
        .map(|i| {
            let customer = 1 + rng.below(customers) as i64;
            let open = i >= history;
            let due = if open {
                NOW + (rng.below(44 * 24) as i64 - 14 * 24) * DAY / 24
            } else {
                NOW - rng.below(3 * 365) as i64 * DAY
            };
            Row {
                customer,
                due,
                open,
            }
        })
        .collect()
}

const ACTIONS: [&str; 4] = ["call_back", "check_in", "send_card", "other"];

/// A quarter of the customers with birthdays, a tenth with a rhythm (the
/// same statement on both stores).
fn birthdays_and_rhythms() -> String {
    format!(
        "UPDATE customers SET birthday_month = 1 + (pk / 4) % 12, birthday_day = 1 + (pk / 48) % 28 WHERE pk % 4 = 0;
         UPDATE customers SET touch_ideal_days = 42, touch_longest_days = 70,
             last_contact_at = {NOW} - (pk % 120) * {DAY}, touch_amber_at = {NOW} - (pk % 120) * {DAY} + {ideal}
         WHERE pk % 10 = 0;",
        // One literal: PostgreSQL multiplies two small literals as 32-bit.
        ideal = 42 * DAY
    )
}

/// Done follow-ups (with their delivered reminders), open ones, birthdays
/// and rhythms, written straight into the file: a million API calls would
/// only slow the set-up down.
fn fill(conn: &mut Connection, rows: &[Row]) {
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
        for (i, row) in rows.iter().enumerate() {
            entry
                .execute(params![
                    format!("00000000-0000-7000-8000-{i:012x}"),
                    row.customer,
                    row.due
                ])
                .expect("insert entry");
            let pk = tx.last_insert_rowid();
            let (occurrence, reminded) = if row.open {
                (Some(row.due), None)
            } else {
                (None, Some(row.due))
            };
            follow_up
                .execute(params![pk, ACTIONS[i % 4], occurrence, reminded])
                .expect("insert follow-up");
            if !row.open {
                reminder
                    .execute(params![pk, row.due])
                    .expect("insert reminder");
            }
        }
    }
    tx.execute_batch(&birthdays_and_rhythms())
        .expect("birthdays and rhythms");
    tx.commit().expect("commit");
}

/// The same rows written into the team notebook: copied into a staging
/// table, then inserted with one statement per table (the entries in the
/// same order, so each gets the key it has in the file).
fn fill_team(db: &TeamDb, rows: &[Row]) {
    use std::io::Write;
    let mut client = db.client();
    let mut tx = client.transaction().expect("tx");
    tx.batch_execute(
        "CREATE TEMP TABLE bench_follow_ups (n bigint, customer_pk bigint, due bigint, action text, open boolean)
         ON COMMIT DROP",
    )
    .expect("staging table");
    let mut copy = tx
        .copy_in("COPY bench_follow_ups FROM STDIN")
        .expect("copy");
    for (i, row) in rows.iter().enumerate() {
        writeln!(
            copy,
            "{i}\t{}\t{}\t{}\t{}",
            row.customer,
            row.due,
            ACTIONS[i % 4],
            row.open
        )
        .expect("copy row");
    }
    copy.finish().expect("copy done");
    tx.batch_execute(&format!(
        "INSERT INTO entries(id, customer_pk, kind, created_at, updated_at)
           SELECT '00000000-0000-7000-8000-' || lpad(to_hex(n), 12, '0'), customer_pk, 'follow_up', due, due
           FROM bench_follow_ups ORDER BY n;
         INSERT INTO follow_ups(entry_pk, action, start_date, assignee, note, occurrence_at, due_at, reminded_due)
           SELECT e.pk, b.action, '2025-01-01', 'Ana', 'ring about the order',
               CASE WHEN b.open THEN b.due END, CASE WHEN b.open THEN b.due END,
               CASE WHEN b.open THEN NULL ELSE b.due END
           FROM bench_follow_ups b JOIN entries e ON e.id = '00000000-0000-7000-8000-' || lpad(to_hex(b.n), 12, '0');
         INSERT INTO reminders(entry_pk, due_at, claimed_at, missed, shown_at)
           SELECT entry_pk, reminded_due, reminded_due, false, reminded_due FROM follow_ups
           WHERE reminded_due IS NOT NULL;
         {}",
        birthdays_and_rhythms()
    ))
    .expect("fill");
    tx.commit().expect("commit");
    db.settle();
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

/// p50 and p95 of `nb.today()` over `SAMPLES` calls.
fn today_times(nb: &Notebook) -> support::Percentiles {
    p50_p95(20, SAMPLES, |_| {
        std::hint::black_box(nb.today().expect("today"));
    })
}

fn main() {
    let customers = support::size(100_000);
    let history = support::size(1_000_000);
    let dir = tempfile::tempdir().expect("temp dir");
    let started = Instant::now();
    let (nb, _ids) = support::build(dir.path(), customers);
    let path = nb.path().to_path_buf();
    drop(nb);
    let mut raw = Connection::open(&path).expect("second connection");
    let rows = rows(&mut Rng::new(4), customers, history);
    fill(&mut raw, &rows);
    let mut nb = Notebook::open(&path)
        .expect("reopen")
        .with_clock(Arc::new(|| NOW));
    nb.set_time_zone("Europe/London").expect("zone");
    eprintln!(
        "built {customers} customers, {history} done and {OPEN} open follow-ups in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let page = nb.today().expect("today");
    let shown = page.overdue.len() + page.today.len() + page.upcoming.len();
    let week_end = NOW + 8 * DAY;

    let (k50, k95) = today_times(&nb);
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
    println!("\nToday at {customers} customers and {history} follow-ups in history ({shown} rows shown; {SAMPLES} timings for Kindly, {} for the scan):\n\n{table}", SAMPLES / 10);
    support::write_out("today.md", &table);

    // The team notebook: the same customers and follow-ups.
    let server = team::server();
    let db = server.as_deref().map(TeamDb::new);
    let team = db.as_ref().map(|db| {
        let started = Instant::now();
        let (team, _) = team::build(db, customers);
        fill_team(db, &rows);
        let mut team = team.with_clock(Arc::new(|| NOW));
        team.set_time_zone("Europe/London").expect("zone");
        eprintln!(
            "built {customers} customers, {history} done and {OPEN} open follow-ups on PostgreSQL in {:.1} s",
            started.elapsed().as_secs_f64()
        );
        let same = team.today().expect("today");
        assert_eq!(
            (same.overdue_count, same.today_count, same.upcoming.len(), same.drifting.len(), same.birthdays.len()),
            (page.overdue_count, page.today_count, page.upcoming.len(), page.drifting.len(), page.birthdays.len()),
            "both stores hold the same Today"
        );
        team
    });
    let postgres = team.as_ref().map(today_times);
    let stores = support::stores_table(
        &format!("Today at {customers} customers, {history} follow-ups"),
        &[StoresRow {
            what: "`today()`, all six sections".to_owned(),
            sqlite: (k50, k95),
            postgres,
            target: "10 ms",
        }],
    );
    println!("\nToday on both stores ({SAMPLES} timings each):\n\n{stores}");
    support::write_out("today-stores.md", &stores);

    let mut c = Criterion::default().configure_from_args();
    let mut group = c.benchmark_group("today");
    group.sample_size(20);
    group.bench_function(BenchmarkId::new("kindly", history), |b| {
        b.iter(|| nb.today().expect("today"))
    });
    if let Some(team) = &team {
        group.bench_function(BenchmarkId::new("kindly_postgres", history), |b| {
            b.iter(|| team.today().expect("today"))
        });
    }
    group.bench_function(BenchmarkId::new("scan", history), |b| {
        b.iter(|| scanned(&raw, week_end))
    });
    group.finish();
    c.final_summary();
    drop(team);
    drop(db);
}
