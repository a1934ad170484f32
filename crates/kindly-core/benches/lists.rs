//! The Customers list at 100,000 customers (a third with a stay-in-touch
//! rhythm, four in five contacted over the past 400 days): the first page
//! sorted by last contact (newest first) with two filters (a tag and
//! "drifting"), and the count of all that match; beside the baseline in
//! the same run: the same filter as a full scan of the customers table
//! (every live customer's row read, with its tags, and filtered and
//! sorted in Rust). Also the other sorts' first pages and the count of
//! everyone (what a saved list's live count costs at most). Then the same
//! on a team notebook (PostgreSQL, when `KINDLY_TEST_POSTGRES` names a
//! server). Prints p50/p95 and writes `target/bench/lists.md`; then runs
//! the criterion groups.
//!
//! The notebook file is built once and kept under
//! `target/bench/lists-notebook/` (delete it to build it again).

#![allow(
    clippy::disallowed_types,
    reason = "opens the notebook file with SQLite directly, as another program would, for the baseline"
)]

mod support;

use std::sync::Arc;
use std::time::Instant;

use criterion::{BenchmarkId, Criterion};
use kindly_core::*;
use rusqlite::{params, Connection};
use support::team::{self, TeamDb};
use support::{ms, p50_p95, StoresRow};

const SAMPLES: usize = 200;
const DAY: i64 = 24 * 60 * 60 * 1000;
/// 2026-11-22 09:00 UTC.
const NOW: i64 = 1_795_338_000_000;
const PAGE: u32 = 50;

/// Last contacts and rhythms (the same statement on both stores).
fn contacts_and_rhythms() -> String {
    format!(
        "UPDATE customers SET last_contact_at = {NOW} - ((pk * 7919) % 400) * {DAY} WHERE pk % 5 <> 0;
         UPDATE customers SET touch_ideal_days = 42, touch_longest_days = 90,
             touch_amber_at = coalesce(last_contact_at, created_at) + {ideal}
         WHERE pk % 3 = 0;",
        ideal = 42 * DAY
    )
}

/// The list's two filters: a tag and drifting.
fn filter() -> CustomerFilter {
    CustomerFilter {
        tags: vec!["vip".into()],
        touch: Some(TouchState::Drifting),
        ..Default::default()
    }
}

fn by(column: ListColumn) -> ListSort {
    ListSort {
        column,
        descending: true,
    }
}

/// The baseline: every live customer's row read (with its tags), the
/// filter applied and the first page sorted in Rust; returns the page's
/// keys and how many matched.
fn scanned(conn: &Connection) -> (Vec<i64>, usize) {
    let mut stmt = conn
        .prepare_cached(
            "SELECT c.pk, c.last_contact_at, c.touch_amber_at,
                (SELECT group_concat(tag, char(31)) FROM customer_tags WHERE customer_pk = c.pk)
             FROM customers c WHERE c.deleted_at IS NULL",
        )
        .expect("scan");
    let mut matched: Vec<(Option<i64>, i64)> = stmt
        .query_map(params![], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, Option<i64>>(1)?,
                r.get::<_, Option<i64>>(2)?,
                r.get::<_, Option<String>>(3)?,
            ))
        })
        .expect("rows")
        .filter_map(Result::ok)
        .filter(|(_, _, amber, tags)| {
            amber.is_some_and(|a| a <= NOW)
                && tags
                    .as_deref()
                    .unwrap_or("")
                    .split('\u{1f}')
                    .any(|t| t.eq_ignore_ascii_case("vip"))
        })
        .map(|(pk, last, _, _)| (last, pk))
        .collect();
    let count = matched.len();
    // Newest contact first, never contacted last, ties by key.
    matched.sort_by(|a, b| match (a.0, b.0) {
        (Some(x), Some(y)) => (y, b.1).cmp(&(x, a.1)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => b.1.cmp(&a.1),
    });
    (
        matched.iter().take(PAGE as usize).map(|m| m.1).collect(),
        count,
    )
}

/// p50/p95 of each measurement on `nb`, in the order of [`WHAT`].
fn measure(nb: &Notebook) -> Vec<support::Percentiles> {
    let f = filter();
    let all = CustomerFilter::default();
    let page = |sort: ListSort, filter: &CustomerFilter| {
        p50_p95(5, SAMPLES, |_| {
            std::hint::black_box(nb.list_customers(filter, sort, None, PAGE).expect("page"));
        })
    };
    let second = {
        let first = nb
            .list_customers(&f, by(ListColumn::LastContact), None, PAGE)
            .expect("page");
        let next = first.next.expect("a second page");
        p50_p95(5, SAMPLES, |_| {
            std::hint::black_box(
                nb.list_customers(&f, by(ListColumn::LastContact), Some(&next), PAGE)
                    .expect("page"),
            );
        })
    };
    vec![
        page(by(ListColumn::LastContact), &f),
        second,
        p50_p95(5, SAMPLES, |_| {
            std::hint::black_box(nb.count_customers(&f).expect("count"));
        }),
        page(by(ListColumn::Name), &f),
        page(by(ListColumn::Name), &all),
        page(by(ListColumn::LastContact), &all),
        page(by(ListColumn::Added), &all),
        page(by(ListColumn::Company), &all),
        page(by(ListColumn::OpenIssues), &f),
        page(by(ListColumn::NextFollowUp), &f),
        p50_p95(2, SAMPLES / 4, |_| {
            std::hint::black_box(nb.count_customers(&all).expect("count"));
        }),
    ]
}

const WHAT: [(&str, &str); 11] = [
    ("first page, by last contact, tag + drifting", "20 ms"),
    ("second page of the same", "20 ms"),
    ("count of all that match (tag + drifting)", "50 ms"),
    ("first page, by name, tag + drifting", ""),
    ("first page, by name, everyone", ""),
    ("first page, by last contact, everyone", ""),
    ("first page, by added, everyone", ""),
    ("first page, by company, everyone", ""),
    (
        "first page, by open issues, tag + drifting (computed per row)",
        "",
    ),
    (
        "first page, by next follow-up, tag + drifting (computed per row)",
        "",
    ),
    ("count of everyone (a saved list's count at most)", ""),
];

/// The benchmark notebook file, built once under `target/bench/`.
fn notebook_file(customers: usize) -> std::path::PathBuf {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(format!("../../target/bench/lists-notebook-{customers}"));
    let done = dir.join("built");
    if !done.exists() {
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("bench dir");
        let started = Instant::now();
        let (nb, _) = support::build(&dir, customers);
        let path = nb.path().to_path_buf();
        drop(nb);
        let conn = Connection::open(&path).expect("second connection");
        conn.execute_batch(&contacts_and_rhythms())
            .expect("rhythms");
        drop(conn);
        std::fs::write(&done, path.to_string_lossy().as_bytes()).expect("mark");
        eprintln!(
            "built {customers} customers in {:.1} s",
            started.elapsed().as_secs_f64()
        );
    }
    std::path::PathBuf::from(std::fs::read_to_string(&done).expect("built"))
}

fn main() {
    let customers = support::size(100_000);
    let path = notebook_file(customers);
    let nb = Notebook::open(&path)
        .expect("open")
        .with_clock(Arc::new(|| NOW));
    let raw = Connection::open(&path).expect("second connection");
    let f = filter();
    let matching = nb.count_customers(&f).expect("count");
    let page = nb
        .list_customers(&f, by(ListColumn::LastContact), None, PAGE)
        .expect("page");
    let (baseline_page, baseline_count) = scanned(&raw);
    assert_eq!(matching as usize, baseline_count, "the baseline agrees");
    assert_eq!(page.rows.len(), baseline_page.len());

    let sqlite = measure(&nb);
    let (b50, b95) = p50_p95(2, SAMPLES / 10, |_| {
        std::hint::black_box(scanned(&raw));
    });

    let server = team::server();
    let db = server.as_deref().map(TeamDb::new);
    let postgres = db.as_ref().map(|db| {
        let started = Instant::now();
        let (team, _) = team::build(db, customers);
        db.client()
            .batch_execute(&contacts_and_rhythms())
            .expect("rhythms");
        db.settle();
        let team = team.with_clock(Arc::new(|| NOW));
        eprintln!(
            "built {customers} customers on PostgreSQL in {:.1} s",
            started.elapsed().as_secs_f64()
        );
        assert_eq!(team.count_customers(&f).expect("count"), matching);
        measure(&team)
    });

    let rows: Vec<StoresRow> = WHAT
        .iter()
        .enumerate()
        .map(|(i, (what, target))| StoresRow {
            what: (*what).to_owned(),
            sqlite: sqlite[i],
            postgres: postgres.as_ref().map(|p| p[i]),
            target,
        })
        .collect();
    let mut table = support::stores_table(
        &format!("Customers list, {customers} customers ({matching} match tag + drifting)"),
        &rows,
    );
    table.push_str(&format!(
        "\n| Baseline (SQLite): the same filter as a full scan (every live customer's row and tags read, filtered and sorted in Rust) | p50 (ms) | p95 (ms) |\n|---|---:|---:|\n\
         | first page + count by scanning | {} | {} |\n\
         | ratio (baseline p95 / Kindly first page p95) | | {:.0}× |\n",
        ms(b50),
        ms(b95),
        b95.as_secs_f64() / sqlite[0].1.as_secs_f64()
    ));
    println!("\n{table}");
    support::write_out("lists.md", &table);

    let mut c = Criterion::default().configure_from_args();
    let mut group = c.benchmark_group("lists");
    group.sample_size(20);
    group.bench_function(
        BenchmarkId::new("first_page_tag_drifting", customers),
        |b| {
            b.iter(|| {
                nb.list_customers(&f, by(ListColumn::LastContact), None, PAGE)
                    .expect("page")
            })
        },
    );
    group.bench_function(BenchmarkId::new("count_tag_drifting", customers), |b| {
        b.iter(|| nb.count_customers(&f).expect("count"))
    });
    group.finish();
    c.final_summary();
}
