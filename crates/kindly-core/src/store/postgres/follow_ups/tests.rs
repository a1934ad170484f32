//! Parity with SQLite: the same writes on both stores read back the same;
//! plus what only the server has (versions, two machines claiming
//! reminders at once).

use std::sync::{Arc, Barrier};
use std::thread;

use postgres::types::ToSql;
use uuid::Uuid;

use super::reminders::RECLAIM_AFTER;
use crate::rules::brief_model::{CallOutcome, PhoneMatch};
use crate::rules::follow_up_model::FollowUpAction;
use crate::rules::model::{Birthday, CustomerInput, Millis, PhoneInput, StayInTouch};
use crate::rules::validate;
use crate::store::follow_ups::{FollowUpFields, PhoneKey};
use crate::store::postgres::server::PgStore;
use crate::store::postgres::testing;
use crate::store::postgres::tx::PgTx;
use crate::store::sqlite::file::SqliteStore;
use crate::store::sqlite::tx::SqliteTx;
use crate::store::{CustomerRows, FollowUpRows};

/// 2026-11-22 09:00 UTC.
const NOW: Millis = 1_795_338_000_000;
const MINUTE: Millis = 60 * 1000;
const HOUR: Millis = 60 * MINUTE;
const DAY: Millis = 24 * HOUR;

/// A value for [`Sql::run`].
enum V<'a> {
    I(i64),
    T(&'a str),
    Time(Option<Millis>),
}

/// Raw writes run the same on both stores (`$1`.. numbered in order of
/// first use, which SQLite binds by position): the history group's
/// writes are not on the server yet.
trait Sql: CustomerRows + FollowUpRows {
    /// Runs `sql`; the first column of its first row, if any.
    fn run(&mut self, sql: &str, values: &[V<'_>]) -> Option<i64>;
}

impl Sql for PgTx<'_> {
    fn run(&mut self, sql: &str, values: &[V<'_>]) -> Option<i64> {
        let owned: Vec<Box<dyn ToSql + Sync>> = values
            .iter()
            .map(|v| -> Box<dyn ToSql + Sync> {
                match v {
                    V::I(i) => Box::new(*i),
                    V::T(t) => Box::new(t.to_string()),
                    V::Time(t) => Box::new(*t),
                }
            })
            .collect();
        let params: Vec<&(dyn ToSql + Sync)> = owned.iter().map(|b| b.as_ref()).collect();
        self.query(sql, &params).unwrap().first().map(|r| r.get(0))
    }
}

impl Sql for SqliteTx<'_> {
    fn run(&mut self, sql: &str, values: &[V<'_>]) -> Option<i64> {
        use rusqlite::types::Value;
        let params = values.iter().map(|v| match v {
            V::I(i) => Value::Integer(*i),
            V::T(t) => Value::Text(t.to_string()),
            V::Time(t) => t.map_or(Value::Null, Value::Integer),
        });
        let mut stmt = self.prepare(sql).unwrap();
        let mut rows = stmt.query(rusqlite::params_from_iter(params)).unwrap();
        rows.next().unwrap().map(|r| r.get(0).unwrap())
    }
}

fn customer(name: &str, number: &str, birthday: Option<(u32, u32)>) -> CustomerInput {
    CustomerInput {
        full_name: name.into(),
        phones: vec![PhoneInput {
            label: "mobile".into(),
            number: number.into(),
            primary: true,
        }],
        birthday: birthday.map(|(month, day)| Birthday {
            year: Some(1984),
            month: month as u8,
            day: day as u8,
        }),
        stay_in_touch: Some(StayInTouch {
            ideal_days: 30,
            longest_days: 45,
        }),
        ..CustomerInput::default()
    }
}

/// The ids every store gets (the same on both).
struct Ids {
    customers: [String; 3],
    entries: Vec<String>,
}

impl Ids {
    fn new() -> Ids {
        Ids {
            customers: [(); 3].map(|_| Uuid::now_v7().to_string()),
            entries: (0..20).map(|_| Uuid::now_v7().to_string()).collect(),
        }
    }
}

/// The keys [`world`] wrote.
#[derive(Debug, PartialEq)]
struct World {
    zoe: i64,
    tom: i64,
    gone: i64,
    issue: i64,
    promise: i64,
    /// Due 10 minutes ago, about the issue.
    call: i64,
    /// Due in an hour, about the promise, repeating.
    weekly: i64,
    /// In Trash, due 5 minutes ago.
    trashed: i64,
    /// Of the customer in Trash, due a minute ago.
    orphan: i64,
    /// Due a day ago, never changed since: missed.
    late: i64,
    birthday: i64,
    talk: i64,
}

fn fields(
    action: FollowUpAction,
    about: Option<i64>,
    due: Millis,
    rule: Option<&str>,
) -> FollowUpFields {
    FollowUpFields {
        action,
        about_pk: about,
        start_date: "2026-11-22".into(),
        start_time: Some("09:00".into()),
        rule: rule.map(str::to_owned),
        assignee: "Sam".into(),
        note: "Ask about the van".into(),
        occurrence_at: due,
    }
}

/// The same notebook on either store: three customers (one in Trash), an
/// issue, promises, conversations and follow-ups of every sort.
fn world<S: Sql>(s: &mut S, ids: &Ids) -> World {
    let valid = |input: &CustomerInput| validate::customer(input, "GB").unwrap();
    let zoe = s
        .insert_customer(
            &ids.customers[0],
            &valid(&customer("Zoë Müller", "07700 900123", Some((2, 29)))),
            NOW - 90 * DAY,
        )
        .unwrap();
    let tom = s
        .insert_customer(
            &ids.customers[1],
            &valid(&customer("Tom Baker", "07911 900123", Some((12, 1)))),
            NOW - 90 * DAY,
        )
        .unwrap();
    let gone = s
        .insert_customer(
            &ids.customers[2],
            &valid(&customer("Ann Gone", "07700 900999", Some((2, 29)))),
            NOW,
        )
        .unwrap();
    s.run(
        "UPDATE customers SET deleted_at = $1 WHERE pk = $2",
        &[V::I(NOW), V::I(gone)],
    );
    s.run(
        "UPDATE customers SET last_contact_at = $1, touch_amber_at = $2 WHERE pk = $3",
        &[V::I(NOW - 40 * DAY), V::I(NOW - 10 * DAY), V::I(tom)],
    );
    s.run(
        "UPDATE customers SET last_contact_at = $1, touch_amber_at = $2 WHERE pk = $3",
        &[V::I(NOW - 35 * DAY), V::I(NOW - 5 * DAY), V::I(zoe)],
    );
    let mut n = 0;
    let mut entry =
        |s: &mut S, customer: i64, kind: &str, updated: Millis, deleted: Option<Millis>| {
            n += 1;
            s.run(
                "INSERT INTO entries(id, customer_pk, kind, created_at, updated_at, deleted_at)
             VALUES ($1, $2, $3, $4, $4, $5) RETURNING pk",
                &[
                    V::T(&ids.entries[n - 1]),
                    V::I(customer),
                    V::T(kind),
                    V::I(updated),
                    V::Time(deleted),
                ],
            )
            .unwrap()
        };

    let issue = entry(s, zoe, "issue", NOW - DAY, None);
    s.run(
        "INSERT INTO issues(entry_pk, title, own_words, state, waiting_on, opened_at)
         VALUES ($1, 'Van late', 'It never came', 'waiting', 'us', $2)",
        &[V::I(issue), V::I(NOW - DAY)],
    );
    let solved = entry(s, zoe, "issue", NOW - 2 * DAY, None);
    s.run(
        "INSERT INTO issues(entry_pk, title, state, opened_at) VALUES ($1, 'Old', 'resolved', $2)",
        &[V::I(solved), V::I(NOW - 2 * DAY)],
    );
    let older = entry(s, zoe, "issue", NOW - 3 * DAY, None);
    s.run(
        "INSERT INTO issues(entry_pk, title, state, opened_at) VALUES ($1, 'Older', 'open', $2)",
        &[V::I(older), V::I(NOW - 3 * DAY)],
    );
    let mut promise_pks = Vec::new();
    for (customer, what, due, state, deleted) in [
        (zoe, "Ring back", NOW - HOUR, "open", None),
        (zoe, "Send the invoice", NOW + 2 * HOUR, "open", None),
        (zoe, "Done already", NOW - HOUR, "kept", None),
        (zoe, "Binned", NOW - HOUR, "open", Some(NOW)),
        (tom, "Call Tom", NOW + 30 * MINUTE, "open", None),
        (gone, "Nobody", NOW - HOUR, "open", None),
    ] {
        let pk = entry(s, customer, "promise", NOW - DAY, deleted);
        s.run(
            "INSERT INTO promises(entry_pk, what, due_at, promised_by, state, made_at)
             VALUES ($1, $2, $3, 'Sam', $4, $5)",
            &[
                V::I(pk),
                V::T(what),
                V::I(due),
                V::T(state),
                V::I(NOW - DAY),
            ],
        );
        promise_pks.push(pk);
    }
    let mut talk = 0;
    for (at, channel, mood) in [
        (NOW - 4 * DAY, "call_in", "upset"),
        (NOW - 2 * DAY, "email", "neutral"),
        (NOW - DAY, "note", "neutral"),
        (NOW - 3 * HOUR, "visit", "pleased"),
        (NOW - HOUR, "call_out", "delighted"),
    ] {
        talk = entry(s, zoe, "conversation", at, None);
        s.run(
            "INSERT INTO conversations(entry_pk, channel, happened_at, staff, summary, mood)
             VALUES ($1, $2, $3, 'Sam', 'Talked', $4)",
            &[V::I(talk), V::T(channel), V::I(at), V::T(mood)],
        );
        s.run(
            "INSERT INTO events(entry_pk, customer_pk, at, type, staff)
             VALUES ($1, $2, $3, 'conversation', 'Sam')",
            &[V::I(talk), V::I(zoe), V::I(at)],
        );
    }

    let mut follow_up = |s: &mut S, customer: i64, f: FollowUpFields, updated: Millis, deleted| {
        let pk = entry(s, customer, "follow_up", updated, deleted);
        s.insert_follow_up(pk, &f, "Sam").unwrap();
        pk
    };
    // Changed after it fell due: nobody missed it.
    let call = follow_up(
        s,
        zoe,
        fields(
            FollowUpAction::CallBack,
            Some(issue),
            NOW - 10 * MINUTE,
            None,
        ),
        NOW - 5 * MINUTE,
        None,
    );
    let weekly = follow_up(
        s,
        zoe,
        fields(
            FollowUpAction::CheckIn,
            Some(promise_pks[0]),
            NOW + HOUR,
            Some("FREQ=WEEKLY"),
        ),
        NOW - DAY,
        None,
    );
    let trashed = follow_up(
        s,
        zoe,
        fields(FollowUpAction::Other, None, NOW - 5 * MINUTE, None),
        NOW - DAY,
        Some(NOW),
    );
    let orphan = follow_up(
        s,
        gone,
        fields(FollowUpAction::SendCard, None, NOW - MINUTE, None),
        NOW - DAY,
        None,
    );
    let late = follow_up(
        s,
        tom,
        fields(FollowUpAction::CallBack, None, NOW - DAY, None),
        NOW - 2 * DAY,
        None,
    );
    let birthday = entry(s, zoe, "follow_up", NOW - DAY, None);
    s.insert_birthday_follow_up(
        birthday,
        "2027-02-28",
        "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1",
        Some(NOW + 98 * DAY),
    )
    .unwrap();
    World {
        zoe,
        tom,
        gone,
        issue,
        promise: promise_pks[0],
        call,
        weekly,
        trashed,
        orphan,
        late,
        birthday,
        talk,
    }
}

/// Both stores with the same world written: committed on the server, in
/// an open write transaction on SQLite.
fn both<'s>(pg: &PgStore, sqlite: &'s mut SqliteStore) -> (SqliteTx<'s>, World) {
    let ids = Ids::new();
    let mut tx = pg.write().unwrap();
    let w = world(&mut tx, &ids);
    tx.commit().unwrap();
    let mut lite = SqliteTx::write(&mut sqlite.conn).unwrap();
    assert_eq!(world(&mut lite, &ids), w, "the same keys on both");
    (lite, w)
}

/// A new team notebook, opened twice: two machines of the team.
fn two_machines() -> (PgStore, PgStore, String) {
    let (_, url) = testing::fresh_database();
    PgStore::init(&url).unwrap();
    (
        PgStore::open(&url).unwrap(),
        PgStore::open(&url).unwrap(),
        url,
    )
}

fn version(tx: &mut PgTx<'_>, table: &str, pk: i64) -> i64 {
    let key = if table == "entries" { "pk" } else { "entry_pk" };
    tx.query_one(
        &format!("SELECT version FROM {table} WHERE {key} = $1 AND changed_by = session_user"),
        &[&pk],
    )
    .unwrap()
    .get(0)
}

#[test]
fn follow_ups_read_and_change_as_on_sqlite_and_raise_their_version() {
    let store = testing::fresh_store();
    let mut sqlite = SqliteStore::open_in_memory(NOW).unwrap();
    let (mut lite, w) = both(&store, &mut sqlite);
    let mut pg = store.write().unwrap();

    for pk in [w.call, w.weekly, w.birthday, w.trashed] {
        assert_eq!(pg.follow_up(pk).unwrap(), lite.follow_up(pk).unwrap());
        assert_eq!(
            pg.stored_schedule(pk).unwrap(),
            lite.stored_schedule(pk).unwrap()
        );
        assert_eq!(pg.due_of(pk).unwrap(), lite.due_of(pk).unwrap());
    }
    let call = pg.follow_up(w.call).unwrap();
    assert_eq!(call.about_title.as_deref(), Some("Van late"));
    assert_eq!(
        pg.follow_up(w.birthday).unwrap().repeat.as_deref(),
        Some("FREQ=YEARLY")
    );
    assert!(pg.follow_up(w.issue).is_err(), "not a follow-up");
    assert!(pg.stored_schedule(w.issue).is_err());
    assert!(pg.due_of(w.issue).is_err());
    assert!(pg.birthday_of(-1).is_err());
    assert_eq!(
        pg.entry_kind(w.issue).unwrap(),
        lite.entry_kind(w.issue).unwrap()
    );
    assert_eq!(
        pg.entry_kind(w.call).unwrap(),
        lite.entry_kind(w.call).unwrap()
    );
    assert!(pg.entry_kind(-1).is_err());

    // Changes made on both, then everything read back.
    for tx in [&mut pg as &mut dyn FollowUpRows, &mut lite] {
        tx.update_follow_up(
            w.call,
            &fields(FollowUpAction::CheckIn, None, NOW + DAY, Some("FREQ=DAILY")),
        )
        .unwrap();
        tx.snooze(w.weekly, NOW + 2 * HOUR).unwrap();
        tx.set_assignee(w.weekly, "Priya").unwrap();
        tx.set_due(w.late, None).unwrap();
        tx.touch_follow_up(w.late, NOW).unwrap();
        tx.set_birthday_rule(w.birthday, "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1")
            .unwrap();
    }
    let weekly = pg.follow_up(w.weekly).unwrap();
    assert!(weekly.snoozed && weekly.assignee == "Priya");
    assert_eq!(pg.due_of(w.late).unwrap(), (None, None));
    for pk in [w.call, w.weekly, w.late, w.birthday] {
        assert_eq!(pg.follow_up(pk).unwrap(), lite.follow_up(pk).unwrap());
    }
    assert_eq!(version(&mut pg, "follow_ups", w.call), 2);
    assert_eq!(version(&mut pg, "follow_ups", w.weekly), 3);
    assert_eq!(version(&mut pg, "entries", w.late), 2);
    assert_eq!(
        pg.follow_ups_due_of(w.zoe, NOW + 3 * HOUR).unwrap(),
        lite.follow_ups_due_of(w.zoe, NOW + 3 * HOUR).unwrap()
    );
    assert_eq!(
        pg.follow_ups_due_of(w.zoe, NOW + 3 * HOUR)
            .unwrap()
            .iter()
            .map(|f| f.due_at)
            .collect::<Vec<_>>(),
        [Some(NOW + 2 * HOUR)],
        "live, due before, soonest first"
    );

    // Birthdays.
    assert_eq!(pg.birthday_of(w.zoe).unwrap(), Some((2, 29)));
    assert_eq!(
        pg.birthday_of(w.zoe).unwrap(),
        lite.birthday_of(w.zoe).unwrap()
    );
    let mut listed = pg.birthday_follow_ups(w.zoe).unwrap();
    listed.sort_by_key(|b| b.entry_pk);
    assert_eq!(listed, lite.birthday_follow_ups(w.zoe).unwrap());
    assert!(listed[0].live && listed[0].entry_pk == w.birthday);
    pg.end_birthday_follow_up(w.birthday).unwrap();
    lite.end_birthday_follow_up(w.birthday).unwrap();
    assert_eq!(
        pg.follow_up(w.birthday).unwrap(),
        lite.follow_up(w.birthday).unwrap()
    );
    assert_eq!(pg.stored_schedule(w.birthday).unwrap().rule, None);
    assert_eq!(version(&mut pg, "follow_ups", w.birthday), 3);

    // The calendar.
    let calendar = pg.calendar_rows().unwrap();
    assert_eq!(calendar, lite.calendar_rows().unwrap());
    assert_eq!(
        calendar.iter().map(|c| c.occurrence_at).collect::<Vec<_>>(),
        [NOW + HOUR, NOW + DAY],
        "live, of live customers, with something to do, soonest due first"
    );
    assert_eq!(calendar[1].customer_name, "Zoë Müller");
    pg.commit().unwrap();
}

#[test]
fn the_today_page_reads_as_on_sqlite() {
    let store = testing::fresh_store();
    let mut sqlite = SqliteStore::open_in_memory(NOW).unwrap();
    let (mut lite, w) = both(&store, &mut sqlite);
    let mut pg = store.write().unwrap();
    let (start, tomorrow) = (NOW - 9 * HOUR, NOW + 15 * HOUR);

    let due = pg.due_follow_ups(Millis::MIN, tomorrow, 10).unwrap();
    assert_eq!(due, lite.due_follow_ups(Millis::MIN, tomorrow, 10).unwrap());
    assert_eq!(
        due.iter()
            .map(|d| d.follow_up.id.as_str())
            .collect::<Vec<_>>(),
        [
            pg.follow_up(w.late).unwrap().id.as_str(),
            pg.follow_up(w.call).unwrap().id.as_str(),
            pg.follow_up(w.weekly).unwrap().id.as_str(),
        ],
        "live, of live customers, soonest first"
    );
    assert_eq!(
        pg.due_follow_ups(Millis::MIN, tomorrow, 1).unwrap().len(),
        1
    );
    assert_eq!(pg.due_counts(start, tomorrow).unwrap(), (1, 2));
    assert_eq!(
        pg.due_counts(start, tomorrow).unwrap(),
        lite.due_counts(start, tomorrow).unwrap()
    );

    let promises = pg.promises_due(tomorrow, NOW, 10).unwrap();
    assert_eq!(promises, lite.promises_due(tomorrow, NOW, 10).unwrap());
    assert_eq!(
        promises
            .iter()
            .map(|p| (p.what.as_str(), p.overdue))
            .collect::<Vec<_>>(),
        [
            ("Ring back", true),
            ("Call Tom", false),
            ("Send the invoice", false)
        ]
    );
    assert_eq!(pg.promises_due(tomorrow, NOW, 2).unwrap().len(), 2);

    let days = [(12, 1), (1, 1), (2, 29), (12, 1)];
    let birthdays = pg.birthdays_on(&days, 10).unwrap();
    assert_eq!(birthdays, lite.birthdays_on(&days, 10).unwrap());
    assert_eq!(
        birthdays
            .iter()
            .map(|b| (b.day, b.customer_name.as_str()))
            .collect::<Vec<_>>(),
        [(0, "Tom Baker"), (2, "Zoë Müller"), (3, "Tom Baker")],
        "in the order of the days, live customers only"
    );
    assert_eq!(pg.birthdays_on(&days, 2).unwrap().len(), 2);
    assert!(pg.birthdays_on(&[], 2).unwrap().is_empty());

    let drifting = pg.drifting(NOW, 10).unwrap();
    assert_eq!(drifting, lite.drifting(NOW, 10).unwrap());
    assert_eq!(
        drifting
            .iter()
            .map(|d| d.customer_name.as_str())
            .collect::<Vec<_>>(),
        ["Tom Baker", "Zoë Müller"],
        "the longest out of touch first"
    );
    assert_eq!(pg.drifting(NOW - 7 * DAY, 10).unwrap().len(), 1);
    let _ = w.gone;
}

#[test]
fn the_callback_brief_reads_as_on_sqlite() {
    let store = testing::fresh_store();
    let mut sqlite = SqliteStore::open_in_memory(NOW).unwrap();
    let (mut lite, w) = both(&store, &mut sqlite);
    let mut pg = store.write().unwrap();

    let issues = pg.brief_open_issues(w.zoe).unwrap();
    assert_eq!(issues, lite.brief_open_issues(w.zoe).unwrap());
    assert_eq!(
        issues.iter().map(|i| i.title.as_str()).collect::<Vec<_>>(),
        ["Older", "Van late"],
        "unresolved, oldest first"
    );
    let promises = pg.brief_promises(w.zoe, NOW + DAY, NOW).unwrap();
    assert_eq!(
        promises,
        lite.brief_promises(w.zoe, NOW + DAY, NOW).unwrap()
    );
    assert_eq!(promises.len(), 2);
    let recent = pg.brief_recent(w.zoe).unwrap();
    assert_eq!(recent, lite.brief_recent(w.zoe).unwrap());
    assert_eq!(
        recent.iter().map(|c| c.at).collect::<Vec<_>>(),
        [NOW - HOUR, NOW - 3 * HOUR, NOW - 2 * DAY],
        "the last three conversations, no notes, latest first"
    );

    let exact = PhoneKey::E164("+447700900123");
    let found = pg.callers(exact, PhoneMatch::Exact, 5).unwrap();
    assert_eq!(
        found,
        lite.callers(PhoneKey::E164("+447700900123"), PhoneMatch::Exact, 5)
            .unwrap()
    );
    assert_eq!(found.len(), 1);
    // "ends with 900123": Tom (last spoken to longer ago) after Zoë; the
    // customer in Trash not at all.
    let ending = || PhoneKey::ReversedDigits {
        from: "321009",
        below: "32100:",
    };
    let found = pg.callers(ending(), PhoneMatch::Ending, 5).unwrap();
    assert_eq!(
        found,
        lite.callers(ending(), PhoneMatch::Ending, 5).unwrap()
    );
    assert_eq!(
        found
            .iter()
            .map(|c| c.full_name.as_str())
            .collect::<Vec<_>>(),
        ["Zoë Müller", "Tom Baker"]
    );
    assert_eq!(
        pg.callers(ending(), PhoneMatch::Ending, 1).unwrap().len(),
        1
    );
    // Never spoken to comes last, as on SQLite.
    for tx in [&mut pg as &mut dyn Sql, &mut lite] {
        tx.run(
            "UPDATE customers SET last_contact_at = NULL WHERE pk = $1",
            &[V::I(w.zoe)],
        );
    }
    let found = pg.callers(ending(), PhoneMatch::Ending, 5).unwrap();
    assert_eq!(
        found,
        lite.callers(ending(), PhoneMatch::Ending, 5).unwrap()
    );
    assert_eq!(found[1].full_name, "Zoë Müller");

    let id: String = pg
        .query_one("SELECT id FROM entries WHERE pk = $1", &[&w.talk])
        .unwrap()
        .get(0);
    pg.set_call_outcome(&id, CallOutcome::LeftMessage).unwrap();
    let issue_id: String = pg
        .query_one("SELECT id FROM entries WHERE pk = $1", &[&w.issue])
        .unwrap()
        .get(0);
    pg.set_call_outcome(&issue_id, CallOutcome::Spoke).unwrap();
    let outcome: Option<String> = pg
        .query_one(
            "SELECT outcome FROM conversations WHERE entry_pk = $1",
            &[&w.talk],
        )
        .unwrap()
        .get(0);
    assert_eq!(outcome.as_deref(), Some("left_message"));
    assert_eq!(version(&mut pg, "entries", w.talk), 2);
    assert_eq!(
        version(&mut pg, "entries", w.issue),
        1,
        "not a conversation: untouched"
    );
}

#[test]
fn reminders_are_claimed_dropped_and_shown_as_on_sqlite() {
    let store = testing::fresh_store();
    let mut sqlite = SqliteStore::open_in_memory(NOW).unwrap();
    let (mut lite, w) = both(&store, &mut sqlite);
    let mut pg = store.write().unwrap();
    let missed_after = 2 * MINUTE;

    assert_eq!(pg.next_reminder_at(NOW - 2 * DAY).unwrap(), Some(NOW - DAY));
    for tx in [&mut pg as &mut dyn FollowUpRows, &mut lite] {
        tx.claim_due_reminders(NOW, missed_after).unwrap();
        tx.drop_stale_reminders(NOW).unwrap();
    }
    let waiting = pg.waiting_reminders().unwrap();
    assert_eq!(waiting, lite.waiting_reminders().unwrap());
    assert_eq!(
        waiting
            .iter()
            .map(|r| (r.due_at, r.missed))
            .collect::<Vec<_>>(),
        [(NOW - DAY, true), (NOW - 10 * MINUTE, false)],
        "live follow-ups of live customers, oldest due first; only the unchanged one missed"
    );
    assert_eq!(pg.next_reminder_at(NOW).unwrap(), Some(NOW + HOUR));
    assert_eq!(
        pg.next_reminder_at(NOW).unwrap(),
        lite.next_reminder_at(NOW).unwrap()
    );
    assert_eq!(
        version(&mut pg, "follow_ups", w.call),
        1,
        "reminding is not an edit"
    );

    // A follow-up put in Trash: its waiting reminder is set aside.
    for tx in [&mut pg as &mut dyn Sql, &mut lite] {
        tx.run(
            "UPDATE entries SET deleted_at = $1 WHERE pk = $2",
            &[V::I(NOW), V::I(w.late)],
        );
        tx.drop_stale_reminders(NOW).unwrap();
    }
    let left = pg.waiting_reminders().unwrap();
    assert_eq!(left, lite.waiting_reminders().unwrap());
    assert_eq!(left, waiting[1..]);

    // Claiming again claims nothing new; a snoozed follow-up is due again,
    // and its old reminder is set aside.
    for tx in [&mut pg as &mut dyn FollowUpRows, &mut lite] {
        tx.mark_reminders_shown(&[waiting[0].id], NOW).unwrap();
        tx.snooze(w.call, NOW + MINUTE).unwrap();
        tx.claim_due_reminders(NOW + 2 * MINUTE, missed_after)
            .unwrap();
        tx.drop_stale_reminders(NOW + 2 * MINUTE).unwrap();
    }
    let again = pg.waiting_reminders().unwrap();
    assert_eq!(again, lite.waiting_reminders().unwrap());
    assert_eq!(
        again.iter().map(|r| r.due_at).collect::<Vec<_>>(),
        [NOW + MINUTE],
        "the snoozed one at its new time"
    );
    for tx in [&mut pg as &mut dyn FollowUpRows, &mut lite] {
        tx.mark_reminders_shown(&[again[0].id, again[0].id, -1], NOW + 3 * MINUTE)
            .unwrap();
    }
    assert!(pg.waiting_reminders().unwrap().is_empty());
    assert!(lite.waiting_reminders().unwrap().is_empty());
    let shown: i64 = pg
        .query_one(
            "SELECT count(*) FROM reminders WHERE shown_at IS NOT NULL",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(shown, 3, "shown, or set aside");
    let _ = (w.trashed, w.orphan);
}

/// Claims at `now` on a write transaction of its own and returns the
/// follow-ups claimed, without committing until `commit` says so.
fn claim(store: &PgStore, now: Millis) -> (PgTx<'_>, Vec<String>) {
    let mut tx = store.write().unwrap();
    tx.claim_due_reminders(now, 2 * MINUTE).unwrap();
    tx.drop_stale_reminders(now).unwrap();
    let ids = tx
        .waiting_reminders()
        .unwrap()
        .into_iter()
        .map(|r| r.follow_up_id)
        .collect();
    (tx, ids)
}

#[test]
fn two_machines_claiming_at_once_never_get_the_same_reminder() {
    let (store, _, url) = two_machines();
    let ids = Ids::new();
    let mut tx = store.write().unwrap();
    let w = world(&mut tx, &ids);
    let zoe = w.zoe;
    // Many due follow-ups, so the two claims overlap.
    for n in 0..40 {
        let id = Uuid::now_v7().to_string();
        let pk: i64 = tx
            .query_one(
                "INSERT INTO entries(id, customer_pk, kind, created_at, updated_at)
                 VALUES ($1, $2, 'follow_up', $3, $3) RETURNING pk",
                &[&id, &zoe, &(NOW - DAY)],
            )
            .unwrap()
            .get(0);
        tx.insert_follow_up(
            pk,
            &fields(FollowUpAction::CheckIn, None, NOW - n * MINUTE, None),
            "Sam",
        )
        .unwrap();
    }
    tx.commit().unwrap();

    for round in 0..5 {
        let now = NOW + round * DAY;
        if round > 0 {
            // Everything due again.
            let mut tx = store.write().unwrap();
            tx.execute(
                "UPDATE follow_ups SET due_at = $1 WHERE due_at IS NOT NULL",
                &[&(now - MINUTE)],
            )
            .unwrap();
            tx.commit().unwrap();
        }
        // Both claims are made while both transactions are open: the
        // second neither waits for the first (it would never end: the
        // first waits at the barrier) nor takes what the first holds.
        let start = Arc::new(Barrier::new(2));
        let claimed_both = Arc::new(Barrier::new(2));
        let claimed: Vec<Vec<String>> = thread::scope(|scope| {
            let machines: Vec<_> = (0..2)
                .map(|_| {
                    let (start, claimed_both) = (Arc::clone(&start), Arc::clone(&claimed_both));
                    // Each machine its own store: its own pool, connections.
                    let url = url.clone();
                    scope.spawn(move || {
                        let store = PgStore::open(&url).unwrap();
                        start.wait();
                        let (tx, ids) = claim(&store, now);
                        claimed_both.wait();
                        tx.commit().unwrap();
                        ids
                    })
                })
                .collect();
            machines.into_iter().map(|m| m.join().unwrap()).collect()
        });
        let (a, b) = (&claimed[0], &claimed[1]);
        assert!(
            a.iter().all(|id| !b.contains(id)),
            "round {round}: {a:?} and {b:?} overlap"
        );
        let due: i64 = store
            .read()
            .unwrap()
            .query_one(
                "SELECT count(*) FROM follow_ups f JOIN entries e ON e.pk = f.entry_pk
                 JOIN customers cu ON cu.pk = e.customer_pk
                 WHERE f.due_at <= $1 AND e.deleted_at IS NULL AND cu.deleted_at IS NULL",
                &[&now],
            )
            .unwrap()
            .get(0);
        let taken = a.len() + b.len();
        // What neither took because the other held it is claimed next time.
        let (_, rest) = claim(&store, now);
        assert_eq!(taken + rest.len(), due as usize, "round {round}: none lost");
        let mut seen = store.write().unwrap();
        seen.execute(
            "UPDATE reminders SET shown_at = $1 WHERE shown_at IS NULL",
            &[&now],
        )
        .unwrap();
        seen.commit().unwrap();
    }
}

#[test]
fn a_claim_open_on_one_machine_is_skipped_by_another_and_a_lapsed_one_is_taken_over() {
    let (store, other, _) = two_machines();
    let ids = Ids::new();
    let mut tx = store.write().unwrap();
    world(&mut tx, &ids);
    tx.commit().unwrap();

    let (first, mine) = claim(&store, NOW);
    assert_eq!(mine.len(), 2);
    // While the first claim is open, a second machine gets nothing and
    // does not wait for it.
    let (second, theirs) = claim(&other, NOW);
    assert!(theirs.is_empty(), "{theirs:?}");
    drop(second);
    first.commit().unwrap();
    let (second, theirs) = claim(&other, NOW + MINUTE);
    assert!(
        theirs.is_empty(),
        "claimed and not lapsed: the first machine's"
    );
    drop(second);
    let mut read = store.read().unwrap();
    assert!(
        read.waiting_reminders().unwrap().is_empty(),
        "a read claims nothing"
    );
    drop(read);

    // The first machine went away without showing them: after the lease,
    // the other one takes them over, once.
    let later = NOW + RECLAIM_AFTER;
    let (second, theirs) = claim(&other, later);
    assert_eq!(theirs, mine);
    second.commit().unwrap();
    let (again, none) = claim(&store, later + MINUTE);
    assert!(none.is_empty());
    drop(again);
}

#[test]
fn a_staff_login_claims_and_confirms_reminders() {
    let (name, owner_url) = testing::fresh_database();
    PgStore::init(&owner_url).unwrap();
    let login = format!("kindly_test_login_{}", Uuid::now_v7().simple());
    let role = crate::store::postgres::migrations::staff_role(&name).unwrap();
    testing::admin(&name)
        .batch_execute(&format!(
            "CREATE ROLE \"{login}\" LOGIN PASSWORD 'kindly-test-pw'; GRANT \"{role}\" TO \"{login}\""
        ))
        .unwrap();
    let store = PgStore::open(&testing::url_for(&name, Some((&login, "kindly-test-pw")))).unwrap();
    let mut tx = store.write().unwrap();
    let w = world(&mut tx, &Ids::new());
    tx.commit().unwrap();

    let (mut tx, claimed) = claim(&store, NOW);
    assert_eq!(claimed.len(), 2);
    let ids: Vec<i64> = tx
        .waiting_reminders()
        .unwrap()
        .iter()
        .map(|r| r.id)
        .collect();
    tx.mark_reminders_shown(&ids, NOW).unwrap();
    tx.set_assignee(w.call, "Priya").unwrap();
    let by: String = tx
        .query_one(
            "SELECT changed_by FROM follow_ups WHERE entry_pk = $1",
            &[&w.call],
        )
        .unwrap()
        .get(0);
    assert_eq!(by, login);
    tx.commit().unwrap();
    assert!(
        claim(&store, NOW + RECLAIM_AFTER).1.is_empty(),
        "shown: never again"
    );
}
