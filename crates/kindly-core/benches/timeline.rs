//! Opening a customer's page (one customer with 2,000 timeline entries) and
//! getting from a phone number to its brief, in a notebook of 100,000
//! customers and 1,000,000 conversations.
//!
//! Kindly's `customer_page` (first timeline page + open issues + open
//! promises + patterns + last contact, one call) against the way a simple
//! CRM fills the same page: load the customer's whole history and sort it in
//! memory. Same notebook, same run. Prints p50/p95 and writes
//! `target/bench/timeline.md`, then runs the criterion groups.

#![allow(
    clippy::disallowed_types,
    reason = "opens the notebook file with SQLite directly, as another program or an older Kindly would"
)]

mod support;

use std::time::Instant;

use criterion::{BenchmarkId, Criterion};
use kindly_core::phone;
use kindly_core::*;
use rusqlite::Connection;
use support::{ms, p50_p95, Rng};

const CUSTOMERS: usize = 100_000;
const CONVERSATIONS: usize = 1_000_000;
const RICH_ENTRIES: usize = 2_000;
const SAMPLES: usize = 500;
const HOUR: i64 = 60 * 60 * 1000;

fn talk(customer_id: &str, at: i64, rng: &mut Rng) -> ConversationInput {
    let words = 6 + rng.below(10);
    ConversationInput {
        customer_id: customer_id.to_owned(),
        channel: [
            Channel::CallIn,
            Channel::CallOut,
            Channel::Visit,
            Channel::Email,
        ][rng.below(4)],
        happened_at: Some(at),
        staff: ["Ana", "Ben", "Chloé"][rng.below(3)].to_owned(),
        summary: support::sentence(rng, words),
        mood: Some([Mood::Neutral, Mood::Pleased, Mood::Worried][rng.below(3)]),
        issue_id: None,
        follow_up: None,
    }
}

/// The rich customer: issues (with state changes), promises, conversations.
fn fill_rich(nb: &mut Notebook, id: &str, rng: &mut Rng, now: i64) -> usize {
    let mut entries = 0;
    for i in 0..60 {
        let issue = nb
            .open_issue(&IssueInput {
                customer_id: id.to_owned(),
                title: format!("Issue {i}: {}", support::sentence(rng, 3)),
                own_words: support::sentence(rng, 12),
                categories: vec![["billing", "delivery", "quality"][i % 3].to_owned()],
                ..Default::default()
            })
            .expect("issue");
        if i % 4 != 0 {
            let done = IssueMove {
                to: IssueState::Resolved,
                staff: "Ana".into(),
                note: "refunded".into(),
                waiting_on: None,
                mood: None,
                check_in: None,
            };
            nb.move_issue(&issue.id, nb.issue(&issue.id).unwrap().version, &done)
                .expect("resolve");
        }
        entries += 1;
    }
    for i in 0..40 {
        nb.make_promise(&PromiseInput {
            customer_id: id.to_owned(),
            issue_id: None,
            what: format!("Promise {i}"),
            due_at: now + (i - 20) * 24 * HOUR,
            promised_by: "Ben".into(),
        })
        .expect("promise");
        entries += 1;
    }
    let talks: Vec<ConversationInput> = (0..RICH_ENTRIES - entries)
        .map(|i| talk(id, now - (i as i64 + 1) * HOUR, rng))
        .collect();
    nb.log_conversations(&talks).expect("talks");
    RICH_ENTRIES
}

/// The simple way: every conversation, issue and promise of the customer,
/// each with its events, sorted in memory; then the open ones picked out.
fn naive_page(conn: &Connection, customer_id: &str) -> usize {
    let mut all: Vec<(i64, String, String)> = conn
        .prepare_cached(
            "SELECT coalesce(c.happened_at, i.opened_at, p.made_at), e.kind, coalesce(c.summary, i.title, p.what)
             FROM entries e JOIN customers cu ON cu.pk = e.customer_pk
             LEFT JOIN conversations c ON c.entry_pk = e.pk LEFT JOIN issues i ON i.entry_pk = e.pk
             LEFT JOIN promises p ON p.entry_pk = e.pk
             WHERE cu.id = ?1 AND e.deleted_at IS NULL",
        )
        .expect("prepare")
        .query_map([customer_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .expect("query")
        .collect::<rusqlite::Result<_>>()
        .expect("rows");
    let events: usize = conn
        .prepare_cached("SELECT count(*) FROM events ev JOIN customers cu ON cu.pk = ev.customer_pk WHERE cu.id = ?1")
        .expect("prepare")
        .query_row([customer_id], |r| r.get(0))
        .expect("events");
    all.sort_by_key(|row| std::cmp::Reverse(row.0));
    all.truncate(30);
    all.len() + events
}

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let started = Instant::now();
    let (mut nb, ids) = support::build(dir.path(), CUSTOMERS);
    let now = 1_795_338_000_000;
    let mut rng = Rng::new(9);
    let rich = ids[CUSTOMERS / 2].clone();
    let rich_entries = fill_rich(&mut nb, &rich, &mut rng, now);
    let mut logged = RICH_ENTRIES - 100;
    while logged < CONVERSATIONS {
        let batch: Vec<ConversationInput> = (0..20_000.min(CONVERSATIONS - logged))
            .map(|_| {
                let who = &ids[rng.below(CUSTOMERS)];
                talk(who, now - rng.below(3 * 365 * 24) as i64 * HOUR, &mut rng)
            })
            .collect();
        logged += nb.log_conversations(&batch).expect("conversations");
    }
    eprintln!(
        "built {CUSTOMERS} customers, {logged} conversations in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let raw = Connection::open(nb.path()).expect("second connection");

    let (k50, k95) = p50_p95(20, SAMPLES, |_| {
        std::hint::black_box(nb.customer_page(&rich, &[]).expect("page"));
    });
    let (n50, n95) = p50_p95(20, SAMPLES, |_| {
        std::hint::black_box(naive_page(&raw, &rich));
    });
    let table = format!(
        "| customer page ({rich_entries} entries) | p50 (ms) | p95 (ms) |\n|---|---:|---:|\n\
         | Kindly `customer_page` (first 30 rows + open issues + open promises + patterns + last contact) | {} | {} |\n\
         | load whole history, sort in memory | {} | {} |\n\
         | ratio (baseline p95 / Kindly p95) | | {:.1}× |\n",
        ms(k50),
        ms(k95),
        ms(n50),
        ms(n95),
        n95.as_secs_f64() / k95.as_secs_f64()
    );
    println!("\nCustomer page at {CUSTOMERS} customers and {logged} conversations ({SAMPLES} timings each):\n\n{table}");
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/bench");
    std::fs::create_dir_all(&out).expect("bench dir");
    std::fs::write(out.join("timeline.md"), &table).expect("write table");

    let brief_table = callers(&nb, &raw, &mut rng);
    std::fs::write(out.join("brief.md"), &brief_table).expect("write table");

    let mut c = Criterion::default().configure_from_args();
    let mut group = c.benchmark_group("customer_page");
    group.bench_function(BenchmarkId::new("kindly", rich_entries), |b| {
        b.iter(|| nb.customer_page(&rich, &[]).expect("page"))
    });
    group.bench_function(BenchmarkId::new("whole_history", rich_entries), |b| {
        b.iter(|| naive_page(&raw, &rich))
    });
    group.finish();
    let caller_id = phone::to_e164(&support::phone_of(4321), "US").expect("number");
    let mut group = c.benchmark_group("caller_brief");
    group.bench_function("kindly", |b| b.iter(|| caller_brief(&nb, &caller_id)));
    group.sample_size(10);
    group.bench_function("scan_and_whole_history", |b| {
        b.iter(|| scan_caller(&raw, &caller_id))
    });
    group.finish();
    c.final_summary();
}

/// What the app does when the phone rings: number to brief.
fn caller_brief(nb: &Notebook, number: &str) -> Brief {
    let found = nb.find_caller(number).expect("lookup");
    let first = found.matches.first().expect("a match");
    nb.brief(&first.customer_id).expect("brief")
}

/// The simple way: compare the digits of every stored number (punctuation
/// stripped in SQL), then load that customer's whole history.
fn scan_caller(conn: &Connection, number: &str) -> usize {
    let digits = phone::digits(number);
    let ending = &digits[digits.len().saturating_sub(9)..];
    let id: Option<String> = conn
        .prepare_cached(
            "SELECT c.id FROM customer_phones p JOIN customers c ON c.pk = p.customer_pk
             WHERE replace(replace(replace(replace(replace(replace(p.number, ' ', ''), '-', ''), '.', ''),
                   '(', ''), ')', ''), '+', '') LIKE '%' || ?1 AND c.deleted_at IS NULL LIMIT 1",
        )
        .expect("prepare")
        .query_row([ending], |r| r.get(0))
        .ok();
    id.map_or(0, |id| naive_page(conn, &id))
}

/// Number to brief for caller IDs (E.164) and for the last 7 digits typed
/// at the desk, beside the scan; returns the table.
fn callers(nb: &Notebook, raw: &Connection, rng: &mut Rng) -> String {
    let picks: Vec<usize> = (0..SAMPLES).map(|_| rng.below(CUSTOMERS)).collect();
    let e164: Vec<String> = picks
        .iter()
        .map(|&i| phone::to_e164(&support::phone_of(i), "US").expect("number"))
        .collect();
    let last7: Vec<String> = e164.iter().map(|n| n[n.len() - 7..].to_owned()).collect();
    let (a50, a95) = p50_p95(20, SAMPLES, |i| {
        std::hint::black_box(caller_brief(nb, &e164[i]));
    });
    let (b50, b95) = p50_p95(20, SAMPLES, |i| {
        std::hint::black_box(caller_brief(nb, &last7[i]));
    });
    let (s50, s95) = p50_p95(2, SAMPLES / 10, |i| {
        std::hint::black_box(scan_caller(raw, &e164[i]));
    });
    let table = format!(
        "| number → brief ready | p50 (ms) | p95 (ms) |\n|---|---:|---:|\n\
         | Kindly `find_caller` + `brief`, caller ID in E.164 | {} | {} |\n\
         | Kindly `find_caller` + `brief`, last 7 digits typed | {} | {} |\n\
         | baseline: digits of every stored number compared, then the whole history | {} | {} |\n",
        ms(a50),
        ms(a95),
        ms(b50),
        ms(b95),
        ms(s50),
        ms(s95)
    );
    println!("\nNumber to brief at {CUSTOMERS} customers and {CONVERSATIONS} conversations ({SAMPLES} timings each; baseline {}):\n\n{table}", SAMPLES / 10);
    table
}
