//! The PostgreSQL column of the benchmarks: a team notebook on the server
//! `scripts/with-postgres.sh` starts (`make bench` runs the benches under
//! it), filled with the same customers as the SQLite notebook beside it.

#![allow(
    clippy::disallowed_types,
    reason = "makes and drops the benchmark's database on the server as its administrator would, and fills what a million API calls would only slow down"
)]

use kindly_core::Notebook;

/// The variable naming the server's administrator URL (the one the tests
/// read).
const VARIABLE: &str = "KINDLY_TEST_POSTGRES";

/// The administrator's URL of the benchmark server, or `None` (with a note
/// on stderr) when the benches run without one. In CI a missing server is
/// an error, as for the tests.
pub fn server() -> Option<String> {
    match std::env::var(VARIABLE) {
        Ok(url) if !url.is_empty() => Some(url),
        _ if std::env::var("CI").as_deref() == Ok("true") => {
            panic!("{VARIABLE} is not set: run the benches with `make bench`, which starts a PostgreSQL server")
        }
        _ => {
            eprintln!(
                "PostgreSQL column not run: {VARIABLE} is not set (`make bench` runs the benches \
                 under scripts/with-postgres.sh, which sets it)."
            );
            None
        }
    }
}

/// A new database on the benchmark server holding a team notebook, dropped
/// again when this is dropped (after every notebook on it is closed).
pub struct TeamDb {
    admin: String,
    name: String,
    /// The notebook's URL, with the administrator's login.
    pub url: String,
}

impl TeamDb {
    /// Makes the database and the team notebook in it (`kindly team init`).
    pub fn new(admin: &str) -> TeamDb {
        let name = format!("kindly_bench_{}", uuid::Uuid::now_v7().simple());
        let mut server =
            postgres::Client::connect(admin, postgres::NoTls).expect("the server answers");
        server
            .batch_execute(&format!("CREATE DATABASE \"{name}\""))
            .expect("make the bench database");
        let (base, tail) = admin.rsplit_once('/').expect("a URL with a database");
        let query = tail
            .split_once('?')
            .map(|(_, q)| format!("?{q}"))
            .unwrap_or_default();
        let url = format!("{base}/{name}{query}");
        kindly_core::init_team(&url).expect("init team notebook");
        TeamDb {
            admin: admin.to_owned(),
            name,
            url,
        }
    }

    /// A new connection to the notebook's database, for bulk fills and
    /// `VACUUM ANALYZE`.
    pub fn client(&self) -> postgres::Client {
        postgres::Client::connect(&self.url, postgres::NoTls).expect("the server answers")
    }

    /// Another open handle on the notebook (its own connections).
    pub fn open(&self) -> Notebook {
        Notebook::open_team(&self.url).expect("open team notebook")
    }

    /// What a server that has been running a while has done by itself
    /// (autovacuum): the planner's statistics and the visibility map, after
    /// a bulk fill.
    pub fn settle(&self) {
        self.client()
            .batch_execute("VACUUM ANALYZE")
            .expect("vacuum analyze");
    }

    /// The server's version (`SHOW server_version`).
    pub fn server_version(&self) -> String {
        self.client()
            .query_one("SHOW server_version", &[])
            .expect("server version")
            .get(0)
    }
}

impl Drop for TeamDb {
    /// Drops the database, unless `KINDLY_BENCH_KEEP` is set (to look at
    /// the filled notebook afterwards: `EXPLAIN ANALYZE` on a long-lived
    /// server).
    fn drop(&mut self) {
        if std::env::var_os("KINDLY_BENCH_KEEP").is_some() {
            eprintln!("kept the bench database {}", self.name);
            return;
        }
        if let Ok(mut server) = postgres::Client::connect(&self.admin, postgres::NoTls) {
            let _ = server.batch_execute(&format!(
                "DROP DATABASE IF EXISTS \"{}\" WITH (FORCE)",
                self.name
            ));
        }
    }
}

/// A team notebook with `count` benchmark customers (the same ones
/// [`super::build`] writes into a file, in the same order, so customer
/// `i` has key `i + 1` on both stores), and their ids.
pub fn build(db: &TeamDb, count: usize) -> (Notebook, Vec<String>) {
    let mut nb = db.open();
    let ids = super::fill(&mut nb, count);
    db.settle();
    (nb, ids)
}

/// Writes `talks` into the team notebook on `db` in one transaction, with
/// the rows `Notebook::log_conversations` writes for them at `now` (each
/// a live entry, its conversation, its timeline event and its words for
/// the lookup, and each customer's last contact), in bulk: a staging
/// table, then one statement per table. A million API calls take the
/// server about 20 minutes on two cores; this takes about one. The inputs
/// must be valid as they are (the API's checks are not run): the benches'
/// [`super::talk`]s are.
pub fn log_conversations_bulk(db: &TeamDb, talks: &[kindly_core::ConversationInput], now: i64) {
    use std::io::Write;
    let mut client = db.client();
    let mut tx = client.transaction().expect("tx");
    tx.batch_execute(
        "CREATE TEMP TABLE bench_talks (n bigint, id text, customer_id text, channel text,
            happened_at bigint, staff text, summary text, words text, mood text) ON COMMIT DROP",
    )
    .expect("staging table");
    let mut copy = tx.copy_in("COPY bench_talks FROM STDIN").expect("copy");
    for (n, t) in talks.iter().enumerate() {
        writeln!(
            copy,
            "{n}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            uuid::Uuid::now_v7(),
            t.customer_id,
            t.channel.as_str(),
            t.happened_at.unwrap_or(now),
            t.staff,
            t.summary,
            kindly_core::fold::fold(&t.summary),
            t.mood.map_or("\\N", |m| m.as_str())
        )
        .expect("copy row");
    }
    copy.finish().expect("copy done");
    // Only conversations are added, so a customer's last contact is the
    // later of theirs and the latest added.
    tx.batch_execute(&format!(
        "INSERT INTO entries(id, customer_pk, kind, created_at, updated_at)
           SELECT b.id, c.pk, 'conversation', {now}, {now}
           FROM bench_talks b JOIN customers c ON c.id = b.customer_id ORDER BY b.n;
         CREATE TEMP TABLE bench_keys ON COMMIT DROP AS
           SELECT b.*, e.pk AS entry_pk, e.customer_pk FROM bench_talks b JOIN entries e ON e.id = b.id;
         INSERT INTO conversations(entry_pk, channel, happened_at, staff, summary, mood)
           SELECT entry_pk, channel, happened_at, staff, summary, mood FROM bench_keys;
         INSERT INTO events(entry_pk, customer_pk, at, type, staff, mood)
           SELECT entry_pk, customer_pk, happened_at, 'conversation', staff, mood FROM bench_keys ORDER BY n;
         INSERT INTO search_entries(entry_pk, text) SELECT entry_pk, words FROM bench_keys;
         UPDATE customers c SET last_contact_at = greatest(c.last_contact_at, k.at)
           FROM (SELECT customer_pk, max(happened_at) AS at FROM bench_keys GROUP BY customer_pk) k
           WHERE c.pk = k.customer_pk;"
    ))
    .expect("bulk conversations");
    tx.commit().expect("commit");
}
