//! The Reports screen at 100,000 customers with a year of history: 300,000
//! conversations (a twentieth of them upset), 15,000 issues (resolved,
//! some reopened and resolved again, each with its events), 20,000
//! promises (kept, late, broken, open), 20,000 follow-ups done, a fifth of
//! the customers with a stay-in-touch rhythm, three in ten added during
//! the year.
//!
//! Kindly's `reports()` for 12 months (every figure, one call) against a
//! baseline in the same run on the same file: reading every row the
//! figures are counted from into Rust (customers, conversations, promises
//! with their kept events, issue moves, follow-ups done), with no
//! counting at all. Prints p50/p95 and writes `target/bench/reports.md`;
//! then `reports()` on a team notebook (PostgreSQL, when
//! `KINDLY_TEST_POSTGRES` names a server) holding the same rows, beside
//! SQLite in `target/bench/reports-stores.md`; then the criterion groups.

#![allow(
    clippy::disallowed_types,
    reason = "fills the notebook file with SQLite directly: 400,000 API calls would only slow the set-up down"
)]

mod support;

use std::sync::Arc;
use std::time::Instant;

use criterion::{BenchmarkId, Criterion};
use kindly_core::*;
use rusqlite::{params, Connection};
use support::team::{self, TeamDb};
use support::{ms, p50_p95, Rng, StoresRow};

const SAMPLES: usize = 50;
const HOUR: i64 = 60 * 60 * 1000;
const DAY: i64 = 24 * HOUR;
/// 2026-11-22 09:00 UTC.
const NOW: i64 = 1_795_338_000_000;
const STAFF: [&str; 6] = ["Ana", "Ben", "Carla", "Dev", "Emma", ""];
const MOODS: [&str; 4] = ["worried", "neutral", "pleased", "delighted"];

/// An entry of the history: its key, customer key, kind and when it was
/// written.
struct Entry {
    pk: i64,
    customer: i64,
    kind: &'static str,
    at: i64,
}

/// One timeline row.
struct Event {
    entry: i64,
    customer: i64,
    at: i64,
    kind: &'static str,
    from: Option<&'static str>,
    to: Option<&'static str>,
    mood: Option<&'static str>,
}

/// Everything both stores are filled with, beside the customers.
#[derive(Default)]
struct History {
    entries: Vec<Entry>,
    /// `(entry, happened_at, mood)`.
    talks: Vec<(i64, i64, Option<&'static str>)>,
    /// `(entry, opened_at, state)`.
    issues: Vec<(i64, i64, &'static str)>,
    /// `(entry, due_at, promised_by, state, made_at)`.
    promises: Vec<(i64, i64, &'static str, &'static str, i64)>,
    /// Entries of follow-ups done.
    follow_ups: Vec<i64>,
    events: Vec<Event>,
    /// `(customer key, created_at, ideal days)`.
    customers: Vec<(i64, i64, Option<i32>)>,
}

impl History {
    fn entry(&mut self, customer: i64, kind: &'static str, at: i64) -> i64 {
        let pk = self.entries.len() as i64 + 1;
        self.entries.push(Entry {
            pk,
            customer,
            kind,
            at,
        });
        pk
    }

    #[allow(clippy::too_many_arguments, reason = "one timeline row's columns")]
    fn event(
        &mut self,
        entry: i64,
        customer: i64,
        at: i64,
        kind: &'static str,
        from: Option<&'static str>,
        to: Option<&'static str>,
        mood: Option<&'static str>,
    ) {
        self.events.push(Event {
            entry,
            customer,
            at,
            kind,
            from,
            to,
            mood,
        });
    }
}

fn history(customers: usize) -> History {
    let mut rng = Rng::new(26);
    let mut h = History::default();
    let year = 365 * DAY;
    let year_ago = NOW - year;
    let when = |rng: &mut Rng| year_ago + (rng.next() % year as u64) as i64;
    for c in 1..=customers as i64 {
        let created = if rng.below(10) < 3 {
            when(&mut rng)
        } else {
            year_ago - (1 + rng.below(700)) as i64 * DAY
        };
        let ideal = (rng.below(5) == 0).then(|| [14, 30, 60][rng.below(3)]);
        h.customers.push((c, created, ideal));
    }
    for _ in 0..customers * 3 {
        let c = 1 + rng.below(customers) as i64;
        let at = when(&mut rng);
        let mood = match rng.below(20) {
            0 => Some("upset"),
            1..=6 => Some(MOODS[rng.below(4)]),
            _ => None,
        };
        let e = h.entry(c, "conversation", at);
        h.talks.push((e, at, mood));
        h.event(e, c, at, "conversation", None, None, mood);
    }
    for _ in 0..customers * 3 / 20 {
        let c = 1 + rng.below(customers) as i64;
        let opened = when(&mut rng);
        let e = h.entry(c, "issue", opened);
        h.event(e, c, opened, "issue_opened", None, Some("open"), None);
        let mut at = opened + (1 + rng.below(300)) as i64 * HOUR;
        let mut state = "open";
        if rng.below(10) < 8 && at < NOW {
            h.event(
                e,
                c,
                at,
                "issue_state",
                Some("open"),
                Some("resolved"),
                None,
            );
            state = "resolved";
            if rng.below(10) == 0 {
                at += (1 + rng.below(30)) as i64 * DAY;
                if at < NOW {
                    h.event(
                        e,
                        c,
                        at,
                        "issue_state",
                        Some("resolved"),
                        Some("open"),
                        None,
                    );
                    state = "open";
                    at += (1 + rng.below(100)) as i64 * HOUR;
                    if at < NOW {
                        h.event(
                            e,
                            c,
                            at,
                            "issue_state",
                            Some("open"),
                            Some("resolved"),
                            None,
                        );
                        state = "resolved";
                    }
                }
            }
        }
        h.issues.push((e, opened, state));
    }
    for _ in 0..customers / 5 {
        let c = 1 + rng.below(customers) as i64;
        let made = when(&mut rng);
        let due = made + (1 + rng.below(30)) as i64 * DAY;
        let by = STAFF[rng.below(STAFF.len())];
        let e = h.entry(c, "promise", made);
        h.event(e, c, made, "promise_made", None, None, None);
        let state = match rng.below(10) {
            0..=5 if due - 2 * DAY < NOW => {
                let at = due - (rng.below(48) as i64) * HOUR;
                h.event(e, c, at, "promise_kept", None, None, None);
                "kept"
            }
            6 if due + 5 * DAY < NOW => {
                let at = due + (1 + rng.below(96)) as i64 * HOUR;
                h.event(e, c, at, "promise_kept", None, None, None);
                "kept"
            }
            7 if due < NOW => {
                h.event(e, c, due, "promise_broken", None, None, None);
                "broken"
            }
            _ => "open",
        };
        h.promises.push((e, due, by, state, made));
    }
    for _ in 0..customers / 5 {
        let c = 1 + rng.below(customers) as i64;
        let at = when(&mut rng);
        let e = h.entry(c, "follow_up", at);
        h.follow_ups.push(e);
        h.event(e, c, at, "follow_up_done", None, None, None);
    }
    h
}

fn fill(conn: &mut Connection, h: &History) {
    let tx = conn.transaction().expect("tx");
    {
        let mut customer = tx
            .prepare(
                "UPDATE customers SET created_at = ?2, touch_ideal_days = ?3,
                    touch_longest_days = 2 * ?3 WHERE pk = ?1",
            )
            .expect("customer");
        for (pk, created, ideal) in &h.customers {
            customer
                .execute(params![pk, created, ideal])
                .expect("update customer");
        }
        let mut entry = tx
            .prepare(
                "INSERT INTO entries(pk, id, customer_pk, kind, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
            )
            .expect("entry");
        for e in &h.entries {
            entry
                .execute(params![
                    e.pk,
                    format!("00000000-0000-7000-8000-{:012x}", e.pk),
                    e.customer,
                    e.kind,
                    e.at
                ])
                .expect("insert entry");
        }
        let mut talk = tx
            .prepare(
                "INSERT INTO conversations(entry_pk, channel, happened_at, staff, summary, mood)
                 VALUES (?1, 'call_out', ?2, 'Ana', 'About the order', ?3)",
            )
            .expect("talk");
        for (e, at, mood) in &h.talks {
            talk.execute(params![e, at, mood]).expect("insert talk");
        }
        let mut issue = tx
            .prepare(
                "INSERT INTO issues(entry_pk, title, state, opened_at)
                 VALUES (?1, 'The order arrived broken', ?3, ?2)",
            )
            .expect("issue");
        for (e, opened, state) in &h.issues {
            issue
                .execute(params![e, opened, state])
                .expect("insert issue");
        }
        let mut promise = tx
            .prepare(
                "INSERT INTO promises(entry_pk, what, due_at, promised_by, state, made_at)
                 VALUES (?1, 'Send the part', ?2, ?3, ?4, ?5)",
            )
            .expect("promise");
        for (e, due, by, state, made) in &h.promises {
            promise
                .execute(params![e, due, by, state, made])
                .expect("insert promise");
        }
        let mut follow_up = tx
            .prepare(
                "INSERT INTO follow_ups(entry_pk, action, start_date, assignee)
                 VALUES (?1, 'check_in', '2026-01-01', 'Ana')",
            )
            .expect("follow-up");
        for e in &h.follow_ups {
            follow_up.execute([e]).expect("insert follow-up");
        }
        let mut event = tx
            .prepare(
                "INSERT INTO events(entry_pk, customer_pk, at, type, staff, from_state, to_state, mood)
                 VALUES (?1, ?2, ?3, ?4, 'Ana', ?5, ?6, ?7)",
            )
            .expect("event");
        for e in &h.events {
            event
                .execute(params![
                    e.entry, e.customer, e.at, e.kind, e.from, e.to, e.mood
                ])
                .expect("insert event");
        }
    }
    tx.commit().expect("commit");
    conn.execute_batch("ANALYZE").expect("analyze");
}

/// Writes `rows` (tab-separated, `\N` for NULL) into `table` by COPY.
fn copy(tx: &mut postgres::Transaction<'_>, table: &str, rows: impl Iterator<Item = String>) {
    use std::io::Write;
    let mut w = tx
        .copy_in(&format!("COPY {table} FROM STDIN"))
        .expect("copy");
    for row in rows {
        writeln!(w, "{row}").expect("copy row");
    }
    w.finish().expect("copy done");
}

fn null<T: std::fmt::Display>(v: Option<T>) -> String {
    v.map_or_else(|| "\\N".to_owned(), |v| v.to_string())
}

fn fill_team(db: &TeamDb, h: &History) {
    let mut client = db.client();
    let mut tx = client.transaction().expect("tx");
    tx.batch_execute(
        "CREATE TEMP TABLE b_customers (pk bigint, created_at bigint, ideal integer) ON COMMIT DROP;
         CREATE TEMP TABLE b_entries (pk bigint, customer_pk bigint, kind text, at bigint) ON COMMIT DROP;
         CREATE TEMP TABLE b_events (entry_pk bigint, customer_pk bigint, at bigint, type text,
             from_state text, to_state text, mood text) ON COMMIT DROP;",
    )
    .expect("staging tables");
    copy(
        &mut tx,
        "b_customers",
        h.customers
            .iter()
            .map(|(pk, created, ideal)| format!("{pk}\t{created}\t{}", null(*ideal))),
    );
    copy(
        &mut tx,
        "b_entries",
        h.entries
            .iter()
            .map(|e| format!("{}\t{}\t{}\t{}", e.pk, e.customer, e.kind, e.at)),
    );
    copy(
        &mut tx,
        "b_events",
        h.events.iter().map(|e| {
            format!(
                "{}\t{}\t{}\t{}\t{}\t{}\t{}",
                e.entry,
                e.customer,
                e.at,
                e.kind,
                null(e.from),
                null(e.to),
                null(e.mood)
            )
        }),
    );
    tx.batch_execute(
        "UPDATE customers c SET created_at = b.created_at, touch_ideal_days = b.ideal,
             touch_longest_days = 2 * b.ideal FROM b_customers b WHERE c.pk = b.pk;
         INSERT INTO entries(pk, id, customer_pk, kind, created_at, updated_at) OVERRIDING SYSTEM VALUE
           SELECT pk, '00000000-0000-7000-8000-' || lpad(to_hex(pk), 12, '0'), customer_pk, kind, at, at
           FROM b_entries ORDER BY pk;",
    )
    .expect("customers and entries");
    copy(
        &mut tx,
        "conversations(entry_pk, channel, happened_at, staff, summary, mood)",
        h.talks.iter().map(|(e, at, mood)| {
            format!("{e}\tcall_out\t{at}\tAna\tAbout the order\t{}", null(*mood))
        }),
    );
    copy(
        &mut tx,
        "issues(entry_pk, title, state, opened_at)",
        h.issues
            .iter()
            .map(|(e, opened, state)| format!("{e}\tThe order arrived broken\t{state}\t{opened}")),
    );
    copy(
        &mut tx,
        "promises(entry_pk, what, due_at, promised_by, state, made_at)",
        h.promises.iter().map(|(e, due, by, state, made)| {
            format!("{e}\tSend the part\t{due}\t{by}\t{state}\t{made}")
        }),
    );
    copy(
        &mut tx,
        "follow_ups(entry_pk, action, start_date, assignee)",
        h.follow_ups
            .iter()
            .map(|e| format!("{e}\tcheck_in\t2026-01-01\tAna")),
    );
    tx.batch_execute(
        "INSERT INTO events(entry_pk, customer_pk, at, type, staff, from_state, to_state, mood)
           SELECT entry_pk, customer_pk, at, type, 'Ana', from_state, to_state, mood FROM b_events;",
    )
    .expect("events");
    tx.commit().expect("commit");
    db.settle();
}

/// The baseline: every row the figures are counted from, read into Rust
/// (no counting).
fn read_everything(conn: &Connection) -> usize {
    let mut rows = 0;
    let mut read = |sql: &str| {
        let mut stmt = conn.prepare_cached(sql).expect("prepare");
        let mut q = stmt.query([]).expect("query");
        while let Some(r) = q.next().expect("row") {
            std::hint::black_box(r.get::<_, rusqlite::types::Value>(0).expect("value"));
            std::hint::black_box(r.get::<_, rusqlite::types::Value>(1).expect("value"));
            rows += 1;
        }
    };
    read("SELECT pk, created_at, touch_ideal_days, deleted_at FROM customers");
    read(
        "SELECT e.customer_pk, c.happened_at, c.mood, e.deleted_at
         FROM conversations c JOIN entries e ON e.pk = c.entry_pk",
    );
    read(
        "SELECT e.customer_pk, p.due_at, p.state, p.promised_by, e.deleted_at,
            (SELECT max(at) FROM events ev WHERE ev.entry_pk = p.entry_pk AND ev.type = 'promise_kept')
         FROM promises p JOIN entries e ON e.pk = p.entry_pk",
    );
    read(
        "SELECT ev.customer_pk, ev.at, ev.from_state, ev.to_state, i.opened_at
         FROM events ev JOIN issues i ON i.entry_pk = ev.entry_pk WHERE ev.type = 'issue_state'",
    );
    read("SELECT customer_pk, at FROM events WHERE type = 'follow_up_done'");
    rows
}

/// Migration 0017 undone, for the "before" row.
/// (`conversations_when` stays: the SQLite store names it.)
const DROP_0017: &str = "DROP INDEX events_issue_moves; DROP INDEX events_follow_ups_done;
    DROP INDEX customers_rhythm; ANALYZE;";

fn period() -> ReportPeriod {
    ReportPeriod {
        from: "2025-12".into(),
        to: "2026-11".into(),
    }
}

fn report_times(nb: &Notebook) -> support::Percentiles {
    p50_p95(3, SAMPLES, |_| {
        std::hint::black_box(nb.reports(&period()).expect("reports"));
    })
}

/// The figures both stores must agree on, in short.
fn summary(r: &Reports) -> String {
    format!(
        "promises {:?}; check-ins {:?}; resolution {:?}; drifting {:?}; new {:?}; upset {}",
        r.promises_by_month
            .iter()
            .map(|p| (p.kept_on_time, p.kept_late, p.broken))
            .collect::<Vec<_>>(),
        r.check_ins
            .iter()
            .map(|c| (c.resolved, c.checked_in))
            .collect::<Vec<_>>(),
        r.resolution
            .iter()
            .map(|x| (x.median_hours, x.reopened))
            .collect::<Vec<_>>(),
        r.drifting.iter().map(|m| m.count).collect::<Vec<_>>(),
        r.new_customers.iter().map(|m| m.count).collect::<Vec<_>>(),
        r.upset_waiting_count
    )
}

fn main() {
    let customers = support::size(100_000);
    let dir = tempfile::tempdir().expect("temp dir");
    let started = Instant::now();
    let (nb, _ids) = support::build(dir.path(), customers);
    let path = nb.path().to_path_buf();
    drop(nb);
    let h = history(customers);
    let mut raw = Connection::open(&path).expect("second connection");
    fill(&mut raw, &h);
    let mut nb = Notebook::open(&path)
        .expect("reopen")
        .with_clock(Arc::new(|| NOW));
    nb.set_time_zone("Europe/London").expect("zone");
    eprintln!(
        "built {customers} customers, {} entries, {} events in {:.1} s",
        h.entries.len(),
        h.events.len(),
        started.elapsed().as_secs_f64()
    );
    let report = nb.reports(&period()).expect("reports");
    eprintln!("{}", summary(&report));
    if std::env::var_os("KINDLY_BENCH_KEEP").is_some() {
        eprintln!("kept the bench notebook {}", path.display());
        std::mem::forget(tempfile::TempDir::keep(dir));
        // The team notebook too, filled alike (TeamDb keeps its database).
        if let Some(server) = team::server() {
            let db = TeamDb::new(&server);
            team::build(&db, customers);
            fill_team(&db, &h);
        }
        return;
    }

    let (k50, k95) = report_times(&nb);
    raw.execute_batch(DROP_0017).expect("drop the 0017 indexes");
    let (b50, b95) = report_times(&nb);
    raw.execute_batch(
        &include_str!("../migrations/0017_reports.sql")
            .replace(
                "CREATE INDEX entries_live_talks",
                "CREATE INDEX IF NOT EXISTS entries_live_talks",
            )
            .replace(
                "CREATE INDEX conversations_when",
                "CREATE INDEX IF NOT EXISTS conversations_when",
            ),
    )
    .expect("the 0017 indexes again");
    // Their statistics too (DROP_0017's ANALYZE forgot them).
    raw.execute_batch("ANALYZE").expect("analyze");
    let (s50, s95) = p50_p95(1, SAMPLES / 5, |_| {
        std::hint::black_box(read_everything(&raw));
    });
    let table = format!(
        "| Reports, 12 months ({} entries, {} events) | p50 (ms) | p95 (ms) |\n|---|---:|---:|\n\
         | Kindly `reports()` (every figure, one call) | {} | {} |\n\
         | the same without migration 0017's indexes (but `conversations_when`, which the store names) | {} | {} |\n\
         | baseline: every row the figures need read into Rust, not counted | {} | {} |\n\
         | ratio (baseline p95 / Kindly p95) | | {:.1}× |\n",
        h.entries.len(),
        h.events.len(),
        ms(k50),
        ms(k95),
        ms(b50),
        ms(b95),
        ms(s50),
        ms(s95),
        s95.as_secs_f64() / k95.as_secs_f64()
    );
    println!("\nReports at {customers} customers ({SAMPLES} timings for Kindly, {} for the baseline):\n\n{table}", SAMPLES / 5);
    support::write_out("reports.md", &table);

    let server = team::server();
    let db = server.as_deref().map(TeamDb::new);
    let team = db.as_ref().map(|db| {
        let started = Instant::now();
        let (team, _) = team::build(db, customers);
        fill_team(db, &h);
        let mut team = team.with_clock(Arc::new(|| NOW));
        team.set_time_zone("Europe/London").expect("zone");
        eprintln!(
            "built the same on PostgreSQL in {:.1} s",
            started.elapsed().as_secs_f64()
        );
        let same = team.reports(&period()).expect("reports");
        assert_eq!(
            summary(&same),
            summary(&report),
            "both stores count the same"
        );
        team
    });
    let postgres = team.as_ref().map(report_times);
    let stores = support::stores_table(
        &format!("Reports at {customers} customers, a year of history"),
        &[StoresRow {
            what: "`reports()`, 12 months".to_owned(),
            sqlite: (k50, k95),
            postgres,
            target: "200 ms",
        }],
    );
    println!("\nReports on both stores ({SAMPLES} timings each):\n\n{stores}");
    support::write_out("reports-stores.md", &stores);

    let mut c = Criterion::default().configure_from_args();
    let mut group = c.benchmark_group("reports");
    group.sample_size(10);
    group.bench_function(BenchmarkId::new("kindly", customers), |b| {
        b.iter(|| nb.reports(&period()).expect("reports"))
    });
    if let Some(team) = &team {
        group.bench_function(BenchmarkId::new("kindly_postgres", customers), |b| {
            b.iter(|| team.reports(&period()).expect("reports"))
        });
    }
    group.bench_function(BenchmarkId::new("read_everything", customers), |b| {
        b.iter(|| read_everything(&raw))
    });
    group.finish();
    c.final_summary();
    drop(team);
    drop(db);
}
