//! A team notebook whose server stops in the middle of a change (an import,
//! a merge, a situation's update, telling its customers): the window gets a
//! plain error instead of waiting for ever, nothing of the change is kept
//! once the server is back, and the same notebook carries on, so trying
//! again works.
//!
//! Needs the server `scripts/with-postgres.sh` starts (`make test-rust`):
//! `KINDLY_TEST_POSTGRES` and `KINDLY_TEST_POSTGRES_CTL` (which stops it as
//! a crash would, and starts it again). Never skipped. The tests here stop
//! that one server, so they take turns, and no other test binary may use
//! the server meanwhile (`cargo test` runs binaries one after another).
//!
//! "In the middle" without hooks in the core: another connection holds a
//! lock (or an uncommitted row) that a late statement of the change needs,
//! and the server is stopped once the change waits for it, having written.
//! (The wait must be cut before the app's `lock_timeout`, 10 s, turns it
//! into "busy": the stop follows within milliseconds.)

#![allow(
    clippy::disallowed_types,
    reason = "holds locks and reads every row on the test server as its administrator, beside the notebook"
)]

mod common;

use std::path::PathBuf;
use std::process::Command;
use std::sync::mpsc::{self, TryRecvError};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::thread;
use std::time::{Duration, Instant};

use common::{email, person, phone};
use kindly_core::import::Importer;
use kindly_core::*;
use postgres::{Client, NoTls};

/// How long a change, or the wait for it to reach its lock, may take
/// before the test calls it a hang (not a speed limit: each normally takes
/// well under a second once the server stops).
const HANG: Duration = Duration::from_secs(60);

/// The tests here stop the one test server: one at a time.
static SERVER: Mutex<()> = Mutex::new(());

fn variable(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| {
        panic!(
            "{name} is not set: these tests need the PostgreSQL server that \
             scripts/with-postgres.sh starts (run them with `make test-rust`)."
        )
    })
}

/// The test server: its administrator's URL, and the script that stops
/// and starts it.
struct Server {
    admin_url: String,
    ctl: PathBuf,
    _turn: MutexGuard<'static, ()>,
}

impl Server {
    /// The test server, once no other test here is using it.
    fn take_turn() -> Server {
        let turn = SERVER.lock().unwrap_or_else(PoisonError::into_inner);
        Server {
            admin_url: variable("KINDLY_TEST_POSTGRES"),
            ctl: PathBuf::from(variable("KINDLY_TEST_POSTGRES_CTL")),
            _turn: turn,
        }
    }

    /// The administrator's URL for `database`.
    fn url(&self, database: &str) -> String {
        let (base, _) = self.admin_url.rsplit_once('/').unwrap();
        format!("{base}/{database}")
    }

    /// A connection to `database` as the administrator.
    fn admin(&self, database: &str) -> Client {
        Client::connect(&self.url(database), NoTls).expect("the test server answers")
    }

    /// A new team notebook, region US, whose clock stands at
    /// [`common::NOW`], and its database's name. Its database commits as a
    /// production server does (the test server does not wait for the disk
    /// by default): what was committed before the crash is still there.
    fn team_notebook(&self) -> (Notebook, String) {
        let name = format!("kindly_test_{}", uuid::Uuid::now_v7().simple());
        let mut db = self.admin("postgres");
        db.batch_execute(&format!("CREATE DATABASE \"{name}\""))
            .unwrap();
        db.batch_execute(&format!(
            "ALTER DATABASE \"{name}\" SET synchronous_commit = on"
        ))
        .unwrap();
        init_team(&self.url(&name)).unwrap();
        let mut nb = Notebook::open_team(&self.url(&name))
            .unwrap()
            .with_clock(Arc::new(|| common::NOW));
        nb.set_phone_region("US").unwrap();
        (nb, name)
    }

    fn run(&self, what: &str) {
        let out = Command::new(&self.ctl).arg(what).output().unwrap();
        assert!(
            out.status.success(),
            "{} {what}: {}{}",
            self.ctl.display(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// Stops the server as a crash would. It is started again by
    /// [`Stopped::start`], or when the test fails before that.
    fn stop(&self) -> Stopped<'_> {
        self.run("stop");
        Stopped {
            server: self,
            started: false,
        }
    }
}

/// The server, stopped.
struct Stopped<'s> {
    server: &'s Server,
    started: bool,
}

impl Stopped<'_> {
    fn start(mut self) {
        self.started = true;
        self.server.run("start");
    }
}

impl Drop for Stopped<'_> {
    fn drop(&mut self) {
        if !self.started {
            // The test failed with the server down: the next one needs it.
            let _ = Command::new(&self.server.ctl).arg("start").output();
        }
    }
}

/// Every row of every table of `database`, as text, table by table.
fn every_row(server: &Server, database: &str) -> Vec<String> {
    let mut db = server.admin(database);
    let selects = db
        .query(
            "SELECT c.relname::text,
                    format('SELECT t::text FROM %I.%I t ORDER BY 1', n.nspname, c.relname)
             FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1",
            &[],
        )
        .unwrap();
    assert!(selects.len() > 10, "read the real schema");
    let mut rows = Vec::new();
    for select in selects {
        let table: String = select.get(0);
        for row in db.query(select.get::<_, &str>(1), &[]).unwrap() {
            rows.push(format!("{table}: {}", row.get::<_, String>(0)));
        }
    }
    rows
}

/// `database` holds exactly the rows `before` lists; else the failure
/// names the first rows that differ.
fn assert_rows_as_before(server: &Server, database: &str, before: &[String]) {
    let now = every_row(server, database);
    let added: Vec<&String> = now.iter().filter(|r| !before.contains(r)).take(5).collect();
    let lost: Vec<&String> = before.iter().filter(|r| !now.contains(r)).take(5).collect();
    assert!(
        added.is_empty() && lost.is_empty() && now.len() == before.len(),
        "the notebook's rows changed: {} before, {} now; new rows {added:#?}; gone {lost:#?}",
        before.len(),
        now.len()
    );
}

/// Runs `change` on `nb` on a thread of its own while `hold` (SQL run in
/// an open transaction on another connection) keeps it from finishing;
/// stops the server once the change waits, having written; then starts
/// the server again; returns the notebook. The change must fail with
/// [`Error::ConnectionLost`], and while the server is down the notebook
/// must say it cannot be reached.
fn stopped_in_the_middle<T>(
    server: &Server,
    database: &str,
    mut nb: Notebook,
    hold: &str,
    hold_params: &[&(dyn postgres::types::ToSql + Sync)],
    change: impl FnOnce(&mut Notebook) -> Result<T> + Send + 'static,
) -> Notebook
where
    T: std::fmt::Debug + Send + 'static,
{
    let mut holder = server.admin(database);
    holder.batch_execute("BEGIN").unwrap();
    holder.execute(hold, hold_params).unwrap();

    let (sender, answer) = mpsc::channel();
    thread::spawn(move || {
        let done = change(&mut nb);
        let _ = sender.send((nb, done));
    });
    wait_until_blocked(server, database, &answer);

    let stopped = server.stop();
    let (nb, done) = answer
        .recv_timeout(HANG)
        .expect("the change reports the stopped server instead of waiting for ever");
    let err = done.expect_err("the change cannot have been saved");
    assert!(matches!(err, Error::ConnectionLost), "{err:?}");
    let said = ErrorPayload::from(err);
    assert_eq!(said.code, ErrorCode::ConnectionLost);
    assert!(
        said.message
            .contains("connection to the team notebook's server was lost"),
        "{}",
        said.message
    );

    // Nothing answers now, and the window says so.
    let err = nb.info().expect_err("the server is down");
    assert!(matches!(err, Error::ServerUnreachable { .. }), "{err:?}");

    drop(holder);
    stopped.start();
    nb
}

/// Waits until the notebook's connection to `database` waits for a lock,
/// in a transaction that has written something.
fn wait_until_blocked<T: std::fmt::Debug>(
    server: &Server,
    database: &str,
    answer: &mpsc::Receiver<(Notebook, Result<T>)>,
) {
    let mut db = server.admin("postgres");
    let since = Instant::now();
    loop {
        let waiting = db
            .query_opt(
                "SELECT backend_xid IS NOT NULL FROM pg_catalog.pg_stat_activity
                 WHERE datname = $1 AND application_name = 'Kindly' AND wait_event_type = 'Lock'",
                &[&database],
            )
            .unwrap();
        if let Some(row) = waiting {
            assert!(
                row.get::<_, bool>(0),
                "the change waits before writing anything: not the middle of it"
            );
            return;
        }
        match answer.try_recv() {
            Ok((_, done)) => panic!("the change ended before it reached the lock: {done:?}"),
            Err(TryRecvError::Disconnected) => panic!("the change panicked"),
            Err(TryRecvError::Empty) => {}
        }
        assert!(since.elapsed() < HANG, "the change never reached the lock");
        thread::sleep(Duration::from_millis(20));
    }
}

/// What the window shows of `nb` for these customers and situation.
fn shown(nb: &Notebook, customers: &[&str], situation: Option<&str>) -> Vec<String> {
    let mut seen = vec![
        format!("{:?}", nb.info().unwrap().customer_count),
        format!("{:?}", nb.trash().unwrap()),
    ];
    for id in customers {
        seen.push(format!("{:?}", nb.customer_page(id, &[]).unwrap()));
    }
    if let Some(id) = situation {
        seen.push(format!("{:?}", nb.situation(id).unwrap()));
        seen.push(format!("{:?}", nb.situation_progress(id).unwrap()));
    }
    seen
}

/// A vCard file of `n` new people, then one more card for Rosa (her phone)
/// with an email she does not have yet.
fn contacts_file(n: usize) -> import::Parsed {
    let mut file = String::new();
    for i in 0..n {
        file.push_str(&format!(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i}\r\n\
             EMAIL:person{i}@example.com\r\nEND:VCARD\r\n"
        ));
    }
    file.push_str(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Rosa Diaz\r\nTEL:+1 555 010 4477\r\n\
         EMAIL:rosa@work.example\r\nEND:VCARD\r\n",
    );
    import::VcardImporter.parse(file.as_bytes(), "US").unwrap()
}

fn rosa(nb: &mut Notebook) -> Customer {
    let mut rosa = person("Rosa Díaz");
    rosa.phones.push(phone("(555) 010-4477"));
    nb.create_customer(&rosa).unwrap()
}

fn log_call(nb: &mut Notebook, customer: &Customer, summary: &str) {
    nb.log_conversation(&ConversationInput {
        customer_id: customer.id.clone(),
        channel: Channel::CallIn,
        happened_at: None,
        staff: "Ana".into(),
        summary: summary.into(),
        mood: None,
        issue_id: None,
        follow_up: None,
    })
    .unwrap();
}

#[test]
fn an_import_cut_off_by_the_server_stopping_leaves_nothing_and_can_be_done_again() {
    let server = Server::take_turn();
    let (mut nb, db) = server.team_notebook();
    let rosa = rosa(&mut nb);
    let parsed = contacts_file(3000);
    let before = every_row(&server, &db);
    let shown_before = shown(&nb, &[&rosa.id], None);

    // The lookup's rows are written after every profile.
    let file = parsed.clone();
    let mut nb = stopped_in_the_middle(
        &server,
        &db,
        nb,
        "LOCK TABLE search_words IN EXCLUSIVE MODE",
        &[],
        move |nb| nb.import_contacts(&file),
    );

    assert_rows_as_before(&server, &db, &before);
    assert_eq!(shown(&nb, &[&rosa.id], None), shown_before);
    assert!(nb.search("person 1234", 5).unwrap().is_empty());

    let done = nb.import_contacts(&parsed).unwrap();
    assert_eq!((done.created, done.merged), (3000, 1));
    assert_eq!(nb.info().unwrap().customer_count, 3001);
    let found = nb.search("person 1234", 5).unwrap();
    assert_eq!(found[0].full_name, "Person 1234");
    assert_eq!(nb.customer(&rosa.id).unwrap().emails.len(), 1);
}

#[test]
fn a_merge_cut_off_by_the_server_stopping_leaves_both_customers_as_they_were() {
    let server = Server::take_turn();
    let (mut nb, db) = server.team_notebook();
    let kept = rosa(&mut nb);
    let mut twin = person("Rosa Diaz");
    twin.emails.push(email("rosa@example.com"));
    let twin = nb.create_customer(&twin).unwrap();
    log_call(&mut nb, &twin, "Asked about the tiered cake");
    log_call(&mut nb, &twin, "Confirmed the June date");
    let situation = nb
        .create_situation(&SituationInput {
            title: "Oven broken".into(),
            staff: "Ana".into(),
            ..Default::default()
        })
        .unwrap();
    nb.add_to_situation(&situation, std::slice::from_ref(&twin.id), "Ana")
        .unwrap();
    let before = every_row(&server, &db);
    let customers = [kept.id.as_str(), twin.id.as_str()];
    let shown_before = shown(&nb, &customers, Some(&situation));

    // The merge's record is written last, after the profiles, the moved
    // entries and the Trash.
    let (k, t) = (kept.id.clone(), twin.id.clone());
    let mut nb = stopped_in_the_middle(
        &server,
        &db,
        nb,
        "LOCK TABLE merges IN EXCLUSIVE MODE",
        &[],
        move |nb| nb.merge_customers(&k, &t),
    );

    assert_rows_as_before(&server, &db, &before);
    assert_eq!(shown(&nb, &customers, Some(&situation)), shown_before);
    assert!(nb.trash().unwrap().is_empty(), "the twin is not in Trash");

    let merged = nb.merge_customers(&kept.id, &twin.id).unwrap();
    assert_eq!(merged.kept.emails[0].address, "rosa@example.com");
    assert_eq!(nb.trash().unwrap().len(), 1);
}

/// A situation with Rosa and Tom affected, both told about its first
/// update; its id and theirs.
fn told_situation(nb: &mut Notebook) -> (String, Vec<String>) {
    let rosa = rosa(nb);
    let tom = nb.create_customer(&person("Tom O'Brien")).unwrap();
    let situation = nb
        .create_situation(&SituationInput {
            title: "Oven broken".into(),
            what_happened: "The big oven failed on Monday".into(),
            staff: "Ana".into(),
            ..Default::default()
        })
        .unwrap();
    let ids = vec![rosa.id, tom.id];
    nb.add_to_situation(&situation, &ids, "Ana").unwrap();
    nb.post_situation_update(
        &situation,
        &SituationUpdateInput {
            text: "The engineer comes Tuesday".into(),
            expected_fix: None,
            staff: "Ana".into(),
        },
    )
    .unwrap();
    nb.mark_told(
        &situation,
        &TellInput {
            customer_ids: ids.clone(),
            staff: "Ana".into(),
            how: TellHow::Call,
            mood: None,
            note: String::new(),
        },
    )
    .unwrap();
    (situation, ids)
}

#[test]
fn a_situation_update_cut_off_by_the_server_stopping_leaves_the_news_as_it_was() {
    let server = Server::take_turn();
    let (mut nb, db) = server.team_notebook();
    let (situation, customers) = told_situation(&mut nb);
    let customers: Vec<&str> = customers.iter().map(String::as_str).collect();
    let before = every_row(&server, &db);
    let shown_before = shown(&nb, &customers, Some(&situation));
    assert_eq!(nb.situation_progress(&situation).unwrap().told, 2);

    // The update is one statement: the situation's row is changed first,
    // then the update's row waits for another one with the same number,
    // not yet committed.
    let update = SituationUpdateInput {
        text: "The part arrives Thursday".into(),
        expected_fix: Some(common::NOW + 3 * 86_400_000),
        staff: "Ben".into(),
    };
    let (id, posted) = (situation.clone(), update.clone());
    let mut nb = stopped_in_the_middle(
        &server,
        &db,
        nb,
        "INSERT INTO situation_updates(situation_pk, seq, text, at)
         SELECT pk, latest_seq + 1, 'held', 0 FROM situations WHERE id = $1",
        &[&situation],
        move |nb| nb.post_situation_update(&id, &posted),
    );

    assert_rows_as_before(&server, &db, &before);
    assert_eq!(shown(&nb, &customers, Some(&situation)), shown_before);

    nb.post_situation_update(&situation, &update).unwrap();
    let progress = nb.situation_progress(&situation).unwrap();
    assert_eq!(
        (progress.told, progress.total),
        (0, 2),
        "news nobody was told"
    );
}

#[test]
fn telling_customers_cut_off_by_the_server_stopping_logs_no_call_and_marks_nobody() {
    let server = Server::take_turn();
    let (mut nb, db) = server.team_notebook();
    let (situation, customers) = told_situation(&mut nb);
    nb.post_situation_update(
        &situation,
        &SituationUpdateInput {
            text: "The part arrives Thursday".into(),
            expected_fix: None,
            staff: "Ana".into(),
        },
    )
    .unwrap();
    let ids: Vec<&str> = customers.iter().map(String::as_str).collect();
    let before = every_row(&server, &db);
    let shown_before = shown(&nb, &ids, Some(&situation));
    assert_eq!(nb.situation_progress(&situation).unwrap().told, 0);

    // Who was told is recorded last, after the marks and each customer's
    // call on their timeline.
    let tell = TellInput {
        customer_ids: customers.clone(),
        staff: "Ben".into(),
        how: TellHow::Call,
        mood: Some(Mood::Pleased),
        note: "Both fine with Thursday".into(),
    };
    let (id, told) = (situation.clone(), tell.clone());
    let mut nb = stopped_in_the_middle(
        &server,
        &db,
        nb,
        "LOCK TABLE situation_told IN EXCLUSIVE MODE",
        &[],
        move |nb| nb.mark_told(&id, &told),
    );

    assert_rows_as_before(&server, &db, &before);
    assert_eq!(shown(&nb, &ids, Some(&situation)), shown_before);

    nb.mark_told(&situation, &tell).unwrap();
    assert_eq!(nb.situation_progress(&situation).unwrap().told, 2);
}
