//! Opening a customer's page (one customer with 2,000 timeline entries) and
//! getting from a phone number to its brief, in a notebook of 100,000
//! customers and 1,000,000 conversations.
//!
//! Kindly's `customer_page` (first timeline page + open issues + open
//! promises + patterns + last contact, one call) against the way a simple
//! CRM fills the same page: load the customer's whole history and sort it in
//! memory. Same notebook, same run. Prints p50/p95 and writes
//! `target/bench/timeline.md`; then the same on a team notebook
//! (PostgreSQL, when `KINDLY_TEST_POSTGRES` names a server) written with
//! the same calls, beside SQLite in `target/bench/timeline-stores.md`;
//! then runs the criterion groups.

#![allow(
    clippy::disallowed_types,
    reason = "opens the notebook file with SQLite directly, as another program or an older Kindly would"
)]

mod support;

use std::sync::Arc;
use std::time::Instant;

use criterion::{BenchmarkId, Criterion};
use kindly_core::phone;
use kindly_core::*;
use rusqlite::Connection;
use support::team::{self, TeamDb};
use support::{ms, p50_p95, Percentiles, Rng, StoresRow};

const RICH_ENTRIES: usize = 2_000;
/// 2026-11-22 09:00 UTC: the clock of both notebooks while the story is
/// written, so the rich customer's issues and promises carry the same
/// times on both stores.
const NOW: i64 = 1_795_338_000_000;
const SAMPLES: usize = 500;
const HOUR: i64 = 60 * 60 * 1000;

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
        .map(|i| support::talk(id, now - (i as i64 + 1) * HOUR, rng))
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

/// The bench's story, written into `nb` (holding the bench customers
/// `ids`) with `rng` (seeded 9): the rich customer (returned, with their
/// entry count), then conversations spread at random until `conversations`
/// are logged in all (returned last). The same calls on either store write
/// the same notebook.
fn fill_history(
    nb: &mut Notebook,
    ids: &[String],
    conversations: usize,
    rng: &mut Rng,
) -> (String, usize, usize) {
    let now = NOW;
    let rich = ids[ids.len() / 2].clone();
    let rich_entries = fill_rich(nb, &rich, rng, now);
    let mut logged = RICH_ENTRIES - 100;
    while logged < conversations {
        let batch: Vec<ConversationInput> = (0..20_000.min(conversations - logged))
            .map(|_| {
                let who = &ids[rng.below(ids.len())];
                support::talk(who, now - rng.below(3 * 365 * 24) as i64 * HOUR, rng)
            })
            .collect();
        logged += nb.log_conversations(&batch).expect("conversations");
    }
    (rich, rich_entries, logged)
}

/// The same story as [`fill_history`] (same `rng` calls, so the same
/// conversations), written into the team notebook `nb` on `db`: the rich
/// customer through the API, the other conversations in bulk
/// ([`team::log_conversations_bulk`]). [`same_pages`] checks the result
/// against the file.
fn fill_history_team(
    db: &TeamDb,
    nb: &mut Notebook,
    ids: &[String],
    conversations: usize,
    rng: &mut Rng,
) -> (String, usize, usize) {
    let now = NOW;
    let rich = ids[ids.len() / 2].clone();
    let rich_entries = fill_rich(nb, &rich, rng, now);
    let mut logged = RICH_ENTRIES - 100;
    while logged < conversations {
        let batch: Vec<ConversationInput> = (0..20_000.min(conversations - logged))
            .map(|_| {
                let who = &ids[rng.below(ids.len())];
                support::talk(who, now - rng.below(3 * 365 * 24) as i64 * HOUR, rng)
            })
            .collect();
        team::log_conversations_bulk(db, &batch, now);
        logged += batch.len();
    }
    (rich, rich_entries, logged)
}

/// What a customer's page shows, without the ids each store makes up.
fn page_shown(nb: &Notebook, id: &str) -> String {
    let page = nb.customer_page(id, &[]).expect("page");
    let rows: Vec<_> = page
        .timeline
        .items
        .iter()
        .map(|r| {
            (
                r.at,
                r.event,
                r.entry_kind,
                &r.title,
                r.channel,
                &r.staff,
                r.mood,
            )
        })
        .collect();
    let issues: Vec<_> = page.open_issues.iter().map(|i| &i.title).collect();
    let promises: Vec<_> = page
        .open_promises
        .iter()
        .map(|p| (&p.what, p.due_at))
        .collect();
    format!(
        "{} {rows:?} {issues:?} {promises:?} {:?} {:?} {}",
        page.customer.full_name,
        page.patterns,
        page.last_contact,
        page.timeline.next.is_some()
    )
}

/// Panics unless customer `i`'s page reads the same on both stores, for
/// the rich customer and 200 others.
fn same_pages(file: &Notebook, file_ids: &[String], team: &Notebook, team_ids: &[String]) {
    let mut rng = Rng::new(77);
    let mut picks: Vec<usize> = (0..200).map(|_| rng.below(file_ids.len())).collect();
    picks.push(file_ids.len() / 2);
    for i in picks {
        assert_eq!(
            page_shown(file, &file_ids[i]),
            page_shown(team, &team_ids[i]),
            "customer {i} reads the same on both stores"
        );
    }
}

/// p50 and p95 of `nb.customer_page(rich)`.
fn page_times(nb: &Notebook, rich: &str) -> Percentiles {
    p50_p95(20, SAMPLES, |_| {
        std::hint::black_box(nb.customer_page(rich, &[]).expect("page"));
    })
}

fn main() {
    let customers = support::size(100_000);
    let conversations = support::size(1_000_000);
    let dir = tempfile::tempdir().expect("temp dir");
    let started = Instant::now();
    let (nb, file_ids) = support::build(dir.path(), customers);
    let mut nb = nb.with_clock(Arc::new(|| NOW));
    let mut rng = Rng::new(9);
    let (rich, rich_entries, logged) = fill_history(&mut nb, &file_ids, conversations, &mut rng);
    eprintln!(
        "built {customers} customers, {logged} conversations in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let raw = Connection::open(nb.path()).expect("second connection");

    let (k50, k95) = page_times(&nb, &rich);
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
    println!("\nCustomer page at {customers} customers and {logged} conversations ({SAMPLES} timings each):\n\n{table}");
    support::write_out("timeline.md", &table);

    let callers_at = caller_numbers(&mut rng, customers);
    let sqlite_briefs = brief_times(&nb, &callers_at);
    let brief_table = callers(&raw, &callers_at, sqlite_briefs, customers, conversations);
    support::write_out("brief.md", &brief_table);

    // The team notebook: the same customers and the same story, written
    // with the same calls.
    //
    // TODO(move-in, #22): once `move-in` exists (another branch builds it),
    // time moving this SQLite notebook (100,000 customers, 1,000,000
    // conversations) into an empty team notebook here, build the team
    // notebook that way instead of the calls below (the same rows by
    // construction), and fill the "move-in" row of the table with its time.
    let move_in: Option<std::time::Duration> = None;
    let server = team::server();
    let db = server.as_deref().map(TeamDb::new);
    let team = db.as_ref().map(|db| {
        let started = Instant::now();
        let (team, ids) = team::build(db, customers);
        let mut team = team.with_clock(Arc::new(|| NOW));
        let customers_took = started.elapsed();
        let mut rng = Rng::new(9);
        let (rich, _, logged) =
            fill_history_team(db, &mut team, &ids, conversations, &mut rng);
        db.settle();
        same_pages(&nb, &file_ids, &team, &ids);
        eprintln!(
            "built {customers} customers ({:.1} s), {logged} conversations on PostgreSQL {} in {:.1} s",
            customers_took.as_secs_f64(),
            db.server_version(),
            started.elapsed().as_secs_f64()
        );
        (team, rich, caller_numbers(&mut rng, customers))
    });
    let pg_page = team.as_ref().map(|(team, rich, _)| page_times(team, rich));
    let pg_briefs = team
        .as_ref()
        .map(|(team, _, numbers)| brief_times(team, numbers));
    let rows = [
        StoresRow {
            what: format!("customer page, {rich_entries} entries"),
            sqlite: (k50, k95),
            postgres: pg_page,
            target: "10 ms",
        },
        StoresRow {
            what: "number → brief (E.164)".to_owned(),
            sqlite: sqlite_briefs.0,
            postgres: pg_briefs.map(|b| b.0),
            target: "",
        },
        StoresRow {
            what: "number → brief (last 7 digits)".to_owned(),
            sqlite: sqlite_briefs.1,
            postgres: pg_briefs.map(|b| b.1),
            target: "",
        },
    ];
    let mut stores = support::stores_table(
        &format!("{customers} customers, {logged} conversations"),
        &rows,
    );
    stores.push_str(&format!(
        "\n| move-in of this notebook into a team notebook | time (s) |\n|---|---:|\n| `move-in` | {} |\n",
        move_in.map_or("TODO: move-in not built yet".to_owned(), |d| format!("{:.1}", d.as_secs_f64()))
    ));
    println!("\nCustomer page and brief on both stores ({SAMPLES} timings each):\n\n{stores}");
    support::write_out("timeline-stores.md", &stores);

    let mut c = Criterion::default().configure_from_args();
    let mut group = c.benchmark_group("customer_page");
    group.bench_function(BenchmarkId::new("kindly", rich_entries), |b| {
        b.iter(|| nb.customer_page(&rich, &[]).expect("page"))
    });
    if let Some((team, rich, _)) = &team {
        group.bench_function(BenchmarkId::new("kindly_postgres", rich_entries), |b| {
            b.iter(|| team.customer_page(rich, &[]).expect("page"))
        });
    }
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
    drop(team);
    drop(db);
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

/// The numbers callers ring from: `SAMPLES` customers' phones in E.164
/// (as caller ID gives them), and their last 7 digits (as typed at the
/// desk).
fn caller_numbers(rng: &mut Rng, customers: usize) -> (Vec<String>, Vec<String>) {
    let picks: Vec<usize> = (0..SAMPLES).map(|_| rng.below(customers)).collect();
    let e164: Vec<String> = picks
        .iter()
        .map(|&i| phone::to_e164(&support::phone_of(i), "US").expect("number"))
        .collect();
    let last7: Vec<String> = e164.iter().map(|n| n[n.len() - 7..].to_owned()).collect();
    (e164, last7)
}

/// p50 and p95 of number to brief on `nb`, for caller IDs and for the
/// last 7 digits.
fn brief_times(nb: &Notebook, numbers: &(Vec<String>, Vec<String>)) -> (Percentiles, Percentiles) {
    let (e164, last7) = numbers;
    let a = p50_p95(20, SAMPLES, |i| {
        std::hint::black_box(caller_brief(nb, &e164[i]));
    });
    let b = p50_p95(20, SAMPLES, |i| {
        std::hint::black_box(caller_brief(nb, &last7[i]));
    });
    (a, b)
}

/// Number to brief for caller IDs (E.164) and for the last 7 digits typed
/// at the desk (`kindly`, timed already), beside the scan; returns the
/// table.
fn callers(
    raw: &Connection,
    numbers: &(Vec<String>, Vec<String>),
    kindly: (Percentiles, Percentiles),
    customers: usize,
    conversations: usize,
) -> String {
    let ((a50, a95), (b50, b95)) = kindly;
    let (s50, s95) = p50_p95(2, SAMPLES / 10, |i| {
        std::hint::black_box(scan_caller(raw, &numbers.0[i]));
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
    println!("\nNumber to brief at {customers} customers and {conversations} conversations ({SAMPLES} timings each; baseline {}):\n\n{table}", SAMPLES / 10);
    table
}
