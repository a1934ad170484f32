//! Upgrades keep data; a notebook from a newer Kindly is refused untouched.

#![allow(
    clippy::disallowed_types,
    reason = "opens the notebook file with SQLite directly, as another program or an older Kindly would"
)]

mod common;

use kindly_core::{
    migrations, AfterCall, CallOutcome, Channel, ConversationInput, Error, EventType,
    FollowUpAction, IssueState, Mood, Notebook,
};
use rstest::rstest;
use rusqlite::Connection;

/// A notebook last written at schema `version`: its customer was saved by
/// version 1 and the file then upgraded step by step, as it would have been
/// by each release in turn.
#[rstest]
#[case::version_1(1)]
#[case::version_2(2)]
fn an_older_notebook_opens_with_its_data_and_is_searchable(#[case] version: i64) {
    assert!(version < migrations::LATEST);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(kindly_core::FILE_NAME);
    {
        let mut conn = Connection::open(&path).unwrap();
        migrations::migrate_to(&mut conn, 1, 0).unwrap();
        // Written with version 1's schema, as Kindly 0.1 would have.
        conn.execute_batch(
            "INSERT INTO customers(pk, id, full_name, preferred_name, created_at, updated_at)
               VALUES (1, '0190b5c4-1111-7000-8000-000000000001', 'Agnès Dubois', 'Aggie', 1, 2);
             INSERT INTO customer_phones(customer_pk, position, label, number, e164, is_primary)
               VALUES (1, 0, 'mobile', '06 12 34 56 78', '+33612345678', 1);
             INSERT INTO customer_items(customer_pk, kind, position, text)
               VALUES (1, 'preference', 0, 'window seat');",
        )
        .unwrap();
        migrations::migrate_to(&mut conn, version, 0).unwrap();
    }
    let nb = Notebook::open(&path).unwrap();
    let c = nb.customer("0190b5c4-1111-7000-8000-000000000001").unwrap();
    assert_eq!(c.full_name, "Agnès Dubois");
    assert_eq!(c.phones[0].number, "06 12 34 56 78");
    assert_eq!(c.preferences, ["window seat"]);
    assert_eq!((c.created_at, c.updated_at), (1, 2));
    assert_eq!(nb.search("agnes", 5).unwrap()[0].id, c.id);
    assert_eq!(nb.search("5678", 5).unwrap()[0].id, c.id);
    assert_eq!(
        migrations::version(&Connection::open(&path).unwrap()).unwrap(),
        migrations::LATEST
    );
}

#[test]
fn a_notebook_from_a_newer_version_is_refused_and_left_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(kindly_core::FILE_NAME);
    {
        let nb = Notebook::open(&path).unwrap();
        drop(nb);
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", migrations::LATEST + 1)
            .unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let err = Notebook::open(&path)
        .err()
        .expect("a newer notebook must be refused");
    assert!(matches!(err, Error::NewerNotebook { .. }));
    assert!(err.to_string().contains("newer version of Kindly"), "{err}");
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "the file must not be modified"
    );
}

const AGNES: &str = "0190b5c4-1111-7000-8000-000000000001";
const FIRST_CALL: &str = "0190b5c4-2222-7000-8000-000000000001";
const CHARGE: &str = "0190b5c4-2222-7000-8000-000000000002";
const VISIT: &str = "0190b5c4-2222-7000-8000-000000000003";
const EMPTIED: &str = "0190b5c4-2222-7000-8000-000000000004";

/// A notebook last written by Kindly at schema version 3: a customer with a
/// birthday, a conversation, an issue with a conversation about it, their
/// events and entry words, and a promise that went to Trash and was
/// emptied (so the entry pks have a gap at the end: the sequence says 4).
fn version_3_notebook(path: &std::path::Path) {
    let mut conn = Connection::open(path).unwrap();
    conn.pragma_update(None, "foreign_keys", true).unwrap();
    migrations::migrate_to(&mut conn, 3, 0).unwrap();
    conn.execute_batch(&format!(
        "INSERT INTO customers(pk, id, full_name, birthday_year, birthday_month, birthday_day, created_at, updated_at)
           VALUES (1, '{AGNES}', 'Agnès Dubois', 1961, 3, 15, 1, 2);
         INSERT INTO entries(pk, id, customer_pk, kind, issue_pk, created_at, updated_at) VALUES
           (1, '{FIRST_CALL}', 1, 'conversation', NULL, 10, 10),
           (2, '{CHARGE}', 1, 'issue', NULL, 20, 20),
           (3, '{VISIT}', 1, 'conversation', 2, 30, 30),
           (4, '{EMPTIED}', 1, 'promise', NULL, 40, 40);
         INSERT INTO conversations(entry_pk, channel, happened_at, staff, summary, mood) VALUES
           (1, 'call_in', 10, 'Ana', 'Asked about opening hours', NULL),
           (3, 'visit', 30, 'Ben', 'Came in about the double charge', 'worried');
         INSERT INTO issues(entry_pk, title, own_words, handler, mood_at_start, state, opened_at)
           VALUES (2, 'Double charge', 'Charged twice for one cake', 'Ben', 'upset', 'open', 20);
         INSERT INTO promises(entry_pk, what, due_at, promised_by, state, made_at)
           VALUES (4, 'Refund by Friday', 100, 'Ben', 'open', 40);
         INSERT INTO events(entry_pk, customer_pk, at, type, staff, to_state, mood, new_due) VALUES
           (1, 1, 10, 'conversation', 'Ana', NULL, NULL, NULL),
           (2, 1, 20, 'issue_opened', 'Ben', 'open', 'upset', NULL),
           (3, 1, 30, 'conversation', 'Ben', NULL, 'worried', NULL),
           (4, 1, 40, 'promise_made', 'Ben', NULL, NULL, 100);
         INSERT INTO search_entries(rowid, text) VALUES
           (1, 'asked about opening hours'),
           (2, 'double charge charged twice for one cake'),
           (3, 'came in about the double charge');
         DELETE FROM entries WHERE pk = 4;"
    ))
    .unwrap();
    let seq: i64 = conn
        .query_row(
            "SELECT seq FROM sqlite_sequence WHERE name = 'entries'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(seq, 4);
}

#[test]
fn a_version_3_notebook_keeps_its_story_and_gains_birthday_reminders() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(kindly_core::FILE_NAME);
    version_3_notebook(&path);

    let mut nb = Notebook::open(&path).unwrap();
    let page = nb.customer_page(AGNES, &[]).unwrap();
    let story: Vec<(EventType, String)> = page
        .timeline
        .items
        .iter()
        .map(|i| (i.event, i.entry_id.clone()))
        .collect();
    assert_eq!(
        story,
        [
            (EventType::Conversation, VISIT.to_owned()),
            (EventType::IssueOpened, CHARGE.to_owned()),
            (EventType::Conversation, FIRST_CALL.to_owned()),
        ]
    );
    assert_eq!(
        nb.conversation(VISIT).unwrap().issue_id.as_deref(),
        Some(CHARGE)
    );
    assert_eq!(page.open_issues[0].history[0].to, IssueState::Open);
    assert_eq!(nb.search("double charge", 5).unwrap()[0].id, AGNES);

    // The birthday on the profile now brings a yearly card reminder, three
    // days ahead (12 March), at 09:00 (UTC until a zone is chosen).
    let [birthday] = page.follow_ups.try_into().unwrap();
    assert_eq!(birthday.action, FollowUpAction::Birthday);
    assert_eq!(birthday.repeat.as_deref(), Some("FREQ=YEARLY"));
    let due = chrono::DateTime::from_timestamp_millis(birthday.due_at.unwrap()).unwrap();
    assert_eq!(due.format("%m-%d %H:%M").to_string(), "03-12 09:00");

    // New entries never reuse the pk of the one emptied from Trash.
    let chat = nb
        .log_conversation(&ConversationInput {
            customer_id: AGNES.into(),
            channel: Channel::CallIn,
            happened_at: None,
            staff: "Ana".into(),
            summary: "Thanked us for the refund".into(),
            mood: Some(Mood::Pleased),
            issue_id: Some(CHARGE.into()),
            follow_up: None,
        })
        .unwrap();
    // Foreign keys are enforced again: emptying the issue from Trash
    // unlinks the conversations about it.
    nb.trash_entry(CHARGE).unwrap();
    nb.empty_trash().unwrap();
    drop(nb);

    let conn = Connection::open(&path).unwrap();
    let pk_of = |id: &str| -> i64 {
        conn.query_row("SELECT pk FROM entries WHERE id = ?1", [id], |r| r.get(0))
            .unwrap()
    };
    assert!(pk_of(&chat.id) > 4, "pk {} reused", pk_of(&chat.id));
    assert!(pk_of(&birthday.id) > 4, "pk {} reused", pk_of(&birthday.id));
    let unlinked: Option<i64> = conn
        .query_row("SELECT issue_pk FROM entries WHERE id = ?1", [VISIT], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(unlinked, None);
    let broken: Vec<String> = conn
        .prepare("PRAGMA foreign_key_check")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert!(broken.is_empty(), "{broken:?}");
    assert_eq!(migrations::version(&conn).unwrap(), migrations::LATEST);
}

/// Version 5 records how a call went: conversations from before it have no
/// outcome, still make up the brief, and calls logged afterwards keep theirs.
#[test]
fn a_version_4_notebook_gains_call_outcomes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(kindly_core::FILE_NAME);
    version_3_notebook(&path);
    {
        let mut conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "foreign_keys", true).unwrap();
        migrations::migrate_to(&mut conn, 4, 0).unwrap();
        assert_eq!(migrations::version(&conn).unwrap(), 4);
    }

    let mut nb = Notebook::open(&path).unwrap();
    assert_eq!(nb.conversation(VISIT).unwrap().outcome, None);
    let timeline = nb.timeline(AGNES, &[], None, 10).unwrap().items;
    assert!(timeline.iter().all(|i| i.outcome.is_none()));
    let brief = nb.brief(AGNES).unwrap();
    let recent: Vec<(&str, Option<Mood>)> = brief
        .recent
        .iter()
        .map(|c| (c.staff.as_str(), c.mood))
        .collect();
    assert_eq!(recent, [("Ben", Some(Mood::Worried)), ("Ana", None)]);
    assert_eq!(brief.open_issues[0].own_words, "Charged twice for one cake");

    let call = nb
        .log_call(&AfterCall {
            call: ConversationInput {
                customer_id: AGNES.into(),
                channel: Channel::CallOut,
                happened_at: None,
                staff: "Ana".into(),
                summary: "Left a message about the refund".into(),
                mood: None,
                issue_id: Some(CHARGE.into()),
                follow_up: None,
            },
            outcome: CallOutcome::LeftMessage,
            done_follow_up_ids: vec![],
        })
        .unwrap();
    assert_eq!(
        nb.conversation(&call.id).unwrap().outcome,
        Some(CallOutcome::LeftMessage)
    );
    drop(nb);
    let conn = Connection::open(&path).unwrap();
    assert_eq!(migrations::version(&conn).unwrap(), migrations::LATEST);
}

/// The rebuild of `entries` turns foreign keys off for its step and puts
/// them back as they were.
#[rstest]
#[case::on(true)]
#[case::off(false)]
fn upgrading_past_version_3_leaves_foreign_keys_as_they_were(#[case] keys_on: bool) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(kindly_core::FILE_NAME);
    version_3_notebook(&path);
    let mut conn = Connection::open(&path).unwrap();
    conn.pragma_update(None, "foreign_keys", keys_on).unwrap();
    migrations::migrate_to(&mut conn, migrations::LATEST, 0).unwrap();
    let now_on: bool = conn
        .pragma_query_value(None, "foreign_keys", |r| r.get(0))
        .unwrap();
    assert_eq!(now_on, keys_on);
    let seq: i64 = conn
        .query_row(
            "SELECT seq FROM sqlite_sequence WHERE name = 'entries'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(seq >= 4, "the sequence went back to {seq}");
}
