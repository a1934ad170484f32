//! Lookup speed at 100,000 customers: Kindly's indexed search against the
//! way simple CRMs search (`LIKE '%q%'` over the same columns), same
//! notebook, same queries, same run.
//!
//! Prints a p50/p95 table (one timing per query, 1,000 queries per kind) and
//! writes it to `target/bench/search.md`; then the same queries on a team
//! notebook (PostgreSQL, when `KINDLY_TEST_POSTGRES` names a server) with
//! the same customers, beside SQLite in `target/bench/search-stores.md`;
//! then runs the criterion groups.

#![allow(
    clippy::disallowed_types,
    reason = "opens the notebook file with SQLite directly, as another program or an older Kindly would"
)]

mod support;

use std::time::Instant;

use criterion::{BenchmarkId, Criterion};
use kindly_core::Notebook;
use rusqlite::Connection;
use support::team::{self, TeamDb};
use support::{ms, p50_p95, StoresRow};

const QUERIES: usize = 1_000;

/// The simple-CRM way: a substring scan over the same columns.
fn naive(conn: &Connection, q: &str) -> usize {
    let pattern = format!("%{q}%");
    let mut stmt = conn
        .prepare_cached(
            "SELECT c.pk FROM customers c WHERE c.deleted_at IS NULL AND (
                c.full_name LIKE ?1 OR c.preferred_name LIKE ?1 OR c.company LIKE ?1 OR c.notes LIKE ?1
                OR EXISTS (SELECT 1 FROM customer_phones p WHERE p.customer_pk = c.pk AND p.number LIKE ?1)
                OR EXISTS (SELECT 1 FROM customer_emails e WHERE e.customer_pk = c.pk AND e.address LIKE ?1)
                OR EXISTS (SELECT 1 FROM customer_items i WHERE i.customer_pk = c.pk AND i.text LIKE ?1)
                OR EXISTS (SELECT 1 FROM customer_tags t WHERE t.customer_pk = c.pk AND t.tag LIKE ?1))
             LIMIT 20",
        )
        .expect("prepare");
    stmt.query_map([pattern], |r| r.get::<_, i64>(0))
        .expect("query")
        .count()
}

/// p50 and p95 of `nb`'s lookup for each kind of query (after 50 warm-up
/// queries), in the order of `sets`.
fn lookup_times(nb: &Notebook, sets: &[(&str, Vec<String>)]) -> Vec<support::Percentiles> {
    sets.iter()
        .map(|(_, qs)| {
            p50_p95(50, qs.len(), |i| {
                std::hint::black_box(nb.search(&qs[i], 20).expect("search"));
            })
        })
        .collect()
}

fn main() {
    let customers = support::size(100_000);
    let dir = tempfile::tempdir().expect("temp dir");
    let built = Instant::now();
    let (nb, _ids): (Notebook, _) = support::build(dir.path(), customers);
    eprintln!(
        "built {customers} customers in {:.1} s",
        built.elapsed().as_secs_f64()
    );
    let raw = Connection::open(nb.path()).expect("second connection");
    let sets = support::lookup_queries(customers, QUERIES);
    let sqlite = lookup_times(&nb, &sets);

    let mut table = String::from(
        "| query kind | Kindly p50 (ms) | Kindly p95 (ms) | LIKE '%q%' p50 (ms) | LIKE '%q%' p95 (ms) | p95 ratio |\n\
         |---|---:|---:|---:|---:|---:|\n",
    );
    for ((kind, qs), &(k50, k95)) in sets.iter().zip(&sqlite) {
        // The scan is slow: 200 of the same queries are enough for its percentiles.
        let (n50, n95) = p50_p95(10, 200, |i| {
            std::hint::black_box(naive(&raw, &qs[i]));
        });
        let ratio = n95.as_secs_f64() / k95.as_secs_f64();
        table.push_str(&format!(
            "| {kind} | {} | {} | {} | {} | {ratio:.1}× |\n",
            ms(k50),
            ms(k95),
            ms(n50),
            ms(n95)
        ));
    }
    println!("\nSearch at {customers} customers (one timing per query; naive over 200 of the queries):\n\n{table}");
    support::write_out("search.md", &table);
    let backups = backup_times(&nb, dir.path(), customers);
    support::write_out("backup.md", &backups);

    // The team notebook: same customers, same queries.
    let server = team::server();
    let db = server.as_deref().map(TeamDb::new);
    let team = db.as_ref().map(|db| {
        let built = Instant::now();
        let (team, _) = team::build(db, customers);
        eprintln!(
            "built {customers} customers on PostgreSQL {} in {:.1} s",
            db.server_version(),
            built.elapsed().as_secs_f64()
        );
        team
    });
    let postgres = team.as_ref().map(|team| lookup_times(team, &sets));
    let rows: Vec<StoresRow> = sets
        .iter()
        .enumerate()
        .map(|(k, (kind, _))| StoresRow {
            what: (*kind).to_owned(),
            sqlite: sqlite[k],
            postgres: postgres.as_ref().map(|p| p[k]),
            target: "5 ms",
        })
        .collect();
    let stores = support::stores_table(&format!("lookup at {customers} customers"), &rows);
    println!("\nLookup on both stores ({QUERIES} queries per kind, one timing each):\n\n{stores}");
    support::write_out("search-stores.md", &stores);

    let mut c = Criterion::default().configure_from_args();
    for (kind, qs) in &sets {
        let mut group = c.benchmark_group(format!("search/{kind}"));
        let mut i = 0;
        group.bench_function(BenchmarkId::new("kindly", customers), |b| {
            b.iter(|| {
                i = (i + 1) % qs.len();
                nb.search(&qs[i], 20).expect("search")
            })
        });
        if let Some(team) = &team {
            group.bench_function(BenchmarkId::new("kindly_postgres", customers), |b| {
                b.iter(|| {
                    i = (i + 1) % qs.len();
                    team.search(&qs[i], 20).expect("search")
                })
            });
        }
        group.sample_size(10);
        group.bench_function(BenchmarkId::new("like", customers), |b| {
            b.iter(|| {
                i = (i + 1) % qs.len();
                naive(&raw, &qs[i])
            })
        });
        group.finish();
    }
    c.final_summary();
    // The notebook closes before its database is dropped.
    drop(team);
    drop(db);
}

/// A checked backup of the 100,000-customer notebook (online backup, then
/// `integrity_check`), beside copying the file (what a user might do by
/// hand, unsafe while the app runs), five of each.
fn backup_times(nb: &Notebook, dir: &std::path::Path, customers: usize) -> String {
    let target = dir.join("bench-backups");
    let bytes = std::fs::metadata(nb.path()).map(|m| m.len()).unwrap_or(0);
    let mut kindly = Vec::new();
    let mut copy = Vec::new();
    for i in 0..5 {
        let start = Instant::now();
        std::hint::black_box(nb.backup_to(&target, 1).expect("backup"));
        kindly.push(start.elapsed());
        let start = Instant::now();
        std::fs::copy(nb.path(), dir.join(format!("copy-{i}.sqlite"))).expect("copy");
        copy.push(start.elapsed());
    }
    kindly.sort();
    copy.sort();
    let table = format!(
        "| backup of {customers} customers ({:.0} MB file) | median (s) | slowest of 5 (s) |\n|---|---:|---:|\n\
         | Kindly `backup_to` (online backup API + integrity_check) | {:.2} | {:.2} |\n\
         | copying the file | {:.2} | {:.2} |\n",
        bytes as f64 / 1e6,
        kindly[2].as_secs_f64(),
        kindly[4].as_secs_f64(),
        copy[2].as_secs_f64(),
        copy[4].as_secs_f64(),
    );
    println!("\nBackup at {customers} customers:\n\n{table}");
    table
}
