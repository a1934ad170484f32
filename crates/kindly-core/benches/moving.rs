//! Moving a laptop notebook of 100,000 customers with 1,000,000
//! conversations to a team notebook (`kindly team move-in`), copying
//! it back out (`kindly team copy-out`) and refreshing the offline copy
//! a window reads while the server is away, against a local PostgreSQL
//! (`KINDLY_TEST_POSTGRES`, which `make bench` sets through
//! `scripts/with-postgres.sh`). The baseline from the same run: a backup of
//! the same notebook file (SQLite's online backup, checked), the cheapest
//! whole copy of a notebook there is. Prints the figures and writes
//! `target/bench/moving.md`.

#![allow(
    clippy::disallowed_types,
    reason = "makes an empty database on the bench server as its administrator would"
)]

mod support;

use std::fmt::Write as _;
use std::time::Instant;

use kindly_core::*;
use support::Rng;

const CUSTOMERS: usize = 100_000;
const CONVERSATIONS: usize = 1_000_000;
const HOUR: i64 = 60 * 60 * 1000;

/// A new, empty team notebook on the bench server; its address.
fn new_team_notebook(admin: &str) -> String {
    let name = format!("kindly_bench_move_{}", uuid::Uuid::now_v7().simple());
    let mut server = postgres::Client::connect(admin, postgres::NoTls).expect("bench server");
    server
        .batch_execute(&format!("CREATE DATABASE \"{name}\""))
        .expect("a database");
    let (base, _) = admin.rsplit_once('/').expect("a URL");
    let url = format!("{base}/{name}");
    init_team(&url).expect("team init");
    url
}

fn main() {
    let admin = std::env::var("KINDLY_TEST_POSTGRES")
        .expect("KINDLY_TEST_POSTGRES is not set: run this with `make bench`");
    let (customers, conversations) = (support::size(CUSTOMERS), support::size(CONVERSATIONS));
    let dir = tempfile::tempdir().expect("temp dir");
    let started = Instant::now();
    let (mut nb, ids) = support::build(dir.path(), customers);
    let now = 1_795_338_000_000;
    let mut rng = Rng::new(11);
    let mut logged = 0;
    while logged < conversations {
        let batch: Vec<ConversationInput> = (0..20_000.min(conversations - logged))
            .map(|_| {
                let words = 8 + rng.below(8);
                ConversationInput {
                    customer_id: ids[rng.below(customers)].clone(),
                    channel: Channel::CallIn,
                    happened_at: Some(now - rng.below(3 * 365 * 24) as i64 * HOUR),
                    staff: "Ana".to_owned(),
                    summary: support::sentence(&mut rng, words),
                    mood: None,
                    issue_id: None,
                    follow_up: None,
                }
            })
            .collect();
        logged += nb.log_conversations(&batch).expect("conversations");
    }
    eprintln!(
        "built {customers} customers, {logged} conversations in {:.1} s",
        started.elapsed().as_secs_f64()
    );

    let backups = tempfile::tempdir().expect("backup dir");
    let start = Instant::now();
    nb.backup_to(backups.path(), 1).expect("backup");
    let backup = start.elapsed();

    let url = new_team_notebook(&admin);
    let start = Instant::now();
    let moved = move_in(&nb, &url).expect("move-in");
    let moving_in = start.elapsed();

    let team = Notebook::open_team(&url).expect("team notebook");
    let out = dir.path().join("copy-out.sqlite");
    let start = Instant::now();
    copy_out(&team, &out).expect("copy-out");
    let copying_out = start.elapsed();

    // The offline copy the window reads while the server is away: written
    // encrypted, checked, renamed over the previous one; then again, as
    // the shell does every few minutes while changes arrive.
    let key = OfflineKey::generate().expect("a key");
    let offline = dir.path().join("offline.sqlite");
    let start = Instant::now();
    team.refresh_offline_copy(&offline, &key)
        .expect("offline copy");
    let first_refresh = start.elapsed();
    let start = Instant::now();
    team.refresh_offline_copy(&offline, &key)
        .expect("offline copy again");
    let next_refresh = start.elapsed();
    let start = Instant::now();
    let copy = Notebook::open_offline_copy(&offline, &key, 0).expect("offline copy opens");
    let found = copy.search("ann", 50).expect("a lookup in the copy").len();
    let opening = start.elapsed();
    assert!(found > 0, "the copy answers");

    let mut report = String::new();
    writeln!(
        report,
        "Moving {customers} customers with {conversations} conversations ({moved:?})\n\n\
         | what | seconds |\n|---|---|\n\
         | move-in (file to team notebook, one transaction) | {:.1} |\n\
         | copy-out (team notebook to a new file) | {:.1} |\n\
         | offline copy: first refresh (encrypted new file, checked, renamed into place) | {:.1} |\n\
         | offline copy: next refresh (replacing the previous copy) | {:.1} |\n\
         | offline copy: opening it and a first lookup | {:.2} |\n\
         | baseline: backup of the same file (SQLite online backup, checked) | {:.1} |",
        moving_in.as_secs_f64(),
        copying_out.as_secs_f64(),
        first_refresh.as_secs_f64(),
        next_refresh.as_secs_f64(),
        opening.as_secs_f64(),
        backup.as_secs_f64(),
    )
    .unwrap();
    println!("{report}");
    let target = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/bench");
    std::fs::create_dir_all(&target).expect("target/bench");
    std::fs::write(target.join("moving.md"), report).expect("report");
}
