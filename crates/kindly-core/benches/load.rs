//! Ten people at ten desks at once (#22): each client its own `Notebook`
//! (its own connections: a team notebook's own, or the same file opened
//! ten times), doing for 60 s what a shop's day is made of: 90 % reads
//! (lookups, customer pages, Today) and 10 % writes (a conversation
//! logged, a follow-up planned, a profile edited), one after another with
//! no pause, so the figures are those of a notebook kept busy.
//!
//! The notebook: the 100,000 bench customers, 200,000 conversations and
//! 500 open follow-ups, the same on both stores. Prints, per operation,
//! how many ran, p50 and p95, and every client's operations per second,
//! SQLite beside PostgreSQL (when `KINDLY_TEST_POSTGRES` names a server),
//! and writes `target/bench/load.md`. No criterion groups: the figure is
//! the run itself.

mod support;

use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

use chrono::{Days, NaiveDate};
use kindly_core::*;
use support::team::{self, TeamDb};
use support::{ms, percentile, Rng};

const CLIENTS: usize = 10;
const OPEN_FOLLOW_UPS: usize = 500;
/// 2026-11-22 09:00 UTC: every client's clock.
const NOW: i64 = 1_795_338_000_000;
const HOUR: i64 = 60 * 60 * 1000;
/// Operations each client runs, untimed, before the clock starts.
const WARM_UP: usize = 20;

/// What a client does, and how often (per cent).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Op {
    Lookup,
    Page,
    Today,
    Conversation,
    FollowUp,
    Edit,
}

const MIX: [(Op, u32, &str); 6] = [
    (Op::Lookup, 45, "lookup (one of the four kinds)"),
    (Op::Page, 35, "customer page"),
    (Op::Today, 10, "Today"),
    (Op::Conversation, 5, "log a conversation (write)"),
    (Op::FollowUp, 3, "plan a follow-up (write)"),
    (Op::Edit, 2, "edit a profile: read, then save (write)"),
];

/// One operation picked by the mix.
fn pick(rng: &mut Rng) -> Op {
    let mut roll = rng.below(100) as u32;
    for (op, share, _) in MIX {
        if roll < share {
            return op;
        }
        roll -= share;
    }
    Op::Lookup
}

/// The day `days` from 2026-11-22, as a follow-up's date.
fn date(days: i64) -> String {
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).expect("a date");
    let day = if days >= 0 {
        today.checked_add_days(Days::new(days as u64))
    } else {
        today.checked_sub_days(Days::new(days.unsigned_abs()))
    };
    day.expect("a date").format("%Y-%m-%d").to_string()
}

fn follow_up(customer_id: &str, days: i64) -> FollowUpInput {
    FollowUpInput {
        customer_id: customer_id.to_owned(),
        about_id: None,
        action: FollowUpAction::CallBack,
        date: date(days),
        time: None,
        repeat: None,
        assignee: "Ana".into(),
        note: "Ring about the order".into(),
        staff: "Ben".into(),
    }
}

/// The conversations of the story (the same for both stores).
fn story(ids: &[String], conversations: usize) -> Vec<Vec<ConversationInput>> {
    let mut rng = Rng::new(11);
    (0..conversations)
        .step_by(20_000)
        .map(|start| {
            (start..(start + 20_000).min(conversations))
                .map(|_| {
                    let who = &ids[rng.below(ids.len())];
                    support::talk(who, NOW - rng.below(3 * 365 * 24) as i64 * HOUR, &mut rng)
                })
                .collect()
        })
        .collect()
}

/// The open follow-ups (same customers and days on both stores), through
/// the API on either.
fn plan_follow_ups(nb: &mut Notebook, ids: &[String]) {
    let mut rng = Rng::new(12);
    for _ in 0..OPEN_FOLLOW_UPS {
        let who = &ids[rng.below(ids.len())];
        let days = rng.below(44) as i64 - 14;
        nb.add_follow_up(&follow_up(who, days)).expect("follow-up");
    }
}

/// What one client saw: each operation, how long it took, and whether it
/// succeeded; and the first error of each kind of operation.
#[derive(Default)]
struct Log {
    ops: Vec<(Op, Duration, bool)>,
    errors: Vec<(Op, String)>,
}

/// Runs one client on `nb` until `until`, after the warm-up and once every
/// client is ready (`start`).
fn client(
    nb: Notebook,
    seed: u64,
    ids: &[String],
    queries: &[(&str, Vec<String>)],
    start: &Barrier,
    run_for: Duration,
) -> Log {
    let mut nb = nb.with_clock(Arc::new(|| NOW));
    let mut rng = Rng::new(seed);
    let once = |nb: &mut Notebook, rng: &mut Rng| -> (Op, Duration, Result<()>) {
        let op = pick(rng);
        let who = &ids[rng.below(ids.len())];
        let began = Instant::now();
        let done = match op {
            Op::Lookup => {
                let (_, qs) = &queries[rng.below(queries.len())];
                nb.search(&qs[rng.below(qs.len())], 20).map(drop)
            }
            Op::Page => nb.customer_page(who, &[]).map(drop),
            Op::Today => nb.today().map(drop),
            Op::Conversation => {
                let talk = support::talk(who, NOW - rng.below(48) as i64 * HOUR, rng);
                nb.log_conversation(&talk).map(drop)
            }
            Op::FollowUp => nb
                .add_follow_up(&follow_up(who, rng.below(30) as i64))
                .map(drop),
            Op::Edit => nb.customer(who).and_then(|c| {
                let mut input = c.to_input();
                input.notes = support::sentence(rng, 12);
                nb.update_customer(who, c.version, &input).map(drop)
            }),
        };
        (op, began.elapsed(), done)
    };
    for _ in 0..WARM_UP {
        let _ = once(&mut nb, &mut rng);
    }
    start.wait();
    let until = Instant::now() + run_for;
    let mut log = Log::default();
    while Instant::now() < until {
        let (op, took, done) = once(&mut nb, &mut rng);
        if let Err(err) = &done {
            if !log.errors.iter().any(|(o, _)| *o == op) {
                log.errors.push((op, err.to_string()));
            }
        }
        log.ops.push((op, took, done.is_ok()));
    }
    log
}

/// Every client's log, run at once on notebooks from `open` (one each).
fn run(
    open: &(dyn Fn() -> Notebook + Sync),
    ids: &[String],
    queries: &[(&str, Vec<String>)],
    run_for: Duration,
) -> (Vec<Log>, Duration) {
    let start = Barrier::new(CLIENTS + 1);
    std::thread::scope(|s| {
        let clients: Vec<_> = (0..CLIENTS)
            .map(|c| {
                let start = &start;
                s.spawn(move || client(open(), 1000 + c as u64, ids, queries, start, run_for))
            })
            .collect();
        start.wait();
        let began = Instant::now();
        let logs: Vec<Log> = clients
            .into_iter()
            .map(|c| c.join().expect("client"))
            .collect();
        (logs, began.elapsed())
    })
}

/// Per operation: count, p50, p95, failures; and every operation per
/// second.
struct Summary {
    rows: Vec<(usize, Duration, Duration, usize)>,
    per_second: f64,
}

/// The summary of `logs` (`took` long); each kind of failure is told on
/// stderr once, as `store` said it.
fn summarise(store: &str, logs: &[Log], took: Duration) -> Summary {
    let all: Vec<&(Op, Duration, bool)> = logs.iter().flat_map(|l| &l.ops).collect();
    for (op, _, what) in MIX {
        if let Some((_, err)) = logs.iter().flat_map(|l| &l.errors).find(|(o, _)| *o == op) {
            eprintln!("{store}: {what} failed, e.g.: {err}");
        }
    }
    let rows = MIX
        .iter()
        .map(|(op, _, _)| {
            let mut times: Vec<Duration> = all
                .iter()
                .filter(|(o, _, _)| o == op)
                .map(|(_, d, _)| *d)
                .collect();
            let failed = all.iter().filter(|(o, _, ok)| o == op && !ok).count();
            if times.is_empty() {
                return (0, Duration::ZERO, Duration::ZERO, failed);
            }
            let (p50, p95) = (percentile(&mut times, 0.50), percentile(&mut times, 0.95));
            (times.len(), p50, p95, failed)
        })
        .collect();
    Summary {
        rows,
        per_second: all.iter().filter(|(_, _, ok)| *ok).count() as f64 / took.as_secs_f64(),
    }
}

fn table(
    customers: usize,
    run_for: Duration,
    sqlite: &Summary,
    postgres: Option<&Summary>,
) -> String {
    let mut t = format!(
        "| {CLIENTS} clients, {} s, {customers} customers | share | SQLite runs | SQLite p50 (ms) | SQLite p95 (ms) | PostgreSQL runs | PostgreSQL p50 (ms) | PostgreSQL p95 (ms) |\n\
         |---|---:|---:|---:|---:|---:|---:|---:|\n",
        run_for.as_secs()
    );
    let cell = |s: Option<&Summary>, k: usize| -> String {
        s.map_or("not run | | ".to_owned(), |s| {
            let (n, p50, p95, failed) = s.rows[k];
            let failed = if failed > 0 {
                format!(" ({failed} failed)")
            } else {
                String::new()
            };
            format!("{n}{failed} | {} | {}", ms(p50), ms(p95))
        })
    };
    for (k, (_, share, what)) in MIX.iter().enumerate() {
        t.push_str(&format!(
            "| {what} | {share} % | {} | {} |\n",
            cell(Some(sqlite), k),
            cell(postgres, k)
        ));
    }
    t.push_str(&format!(
        "| **operations per second that succeeded, all clients** | | **{:.0}** | | | **{}** | | |\n",
        sqlite.per_second,
        postgres.map_or("not run".to_owned(), |p| format!("{:.0}", p.per_second))
    ));
    t
}

fn main() {
    let customers = support::size(100_000);
    let conversations = support::size(200_000);
    let run_for = Duration::from_secs(if support::quick() { 6 } else { 60 });
    let queries = support::lookup_queries(customers, 1_000);

    let dir = tempfile::tempdir().expect("temp dir");
    let started = Instant::now();
    let (mut nb, ids) = support::build(dir.path(), customers);
    nb.set_time_zone("Europe/London").expect("zone");
    let mut nb = nb.with_clock(Arc::new(|| NOW));
    let talks = story(&ids, conversations);
    for batch in &talks {
        nb.log_conversations(batch).expect("conversations");
    }
    plan_follow_ups(&mut nb, &ids);
    let path = nb.path().to_path_buf();
    drop(nb);
    eprintln!(
        "built {customers} customers, {conversations} conversations, {OPEN_FOLLOW_UPS} follow-ups in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let open_file = || Notebook::open(&path).expect("open the file");
    let (logs, took) = run(&open_file, &ids, &queries, run_for);
    let sqlite = summarise("SQLite", &logs, took);

    let server = team::server();
    let db = server.as_deref().map(TeamDb::new);
    let postgres = db.as_ref().map(|db| {
        let started = Instant::now();
        let (mut nb, team_ids) = team::build(db, customers);
        nb.set_time_zone("Europe/London").expect("zone");
        let mut nb = nb.with_clock(Arc::new(|| NOW));
        // The same conversations, for the same customers (customer `i`
        // has its own id on each store).
        let index: std::collections::HashMap<&str, usize> =
            ids.iter().enumerate().map(|(i, id)| (id.as_str(), i)).collect();
        for batch in &talks {
            let batch: Vec<ConversationInput> = batch
                .iter()
                .map(|t| ConversationInput {
                    customer_id: team_ids[index[t.customer_id.as_str()]].clone(),
                    ..t.clone()
                })
                .collect();
            team::log_conversations_bulk(db, &batch, NOW);
        }
        plan_follow_ups(&mut nb, &team_ids);
        drop(nb);
        db.settle();
        eprintln!(
            "built {customers} customers, {conversations} conversations, {OPEN_FOLLOW_UPS} follow-ups on PostgreSQL in {:.1} s",
            started.elapsed().as_secs_f64()
        );
        let open_team = || db.open();
        let (logs, took) = run(&open_team, &team_ids, &queries, run_for);
        summarise("PostgreSQL", &logs, took)
    });

    let t = table(customers, run_for, &sqlite, postgres.as_ref());
    println!("\n{CLIENTS} clients at once, each its own notebook handle, no pause between operations:\n\n{t}");
    support::write_out("load.md", &t);
    drop(db);
}
