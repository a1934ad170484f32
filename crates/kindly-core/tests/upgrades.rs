//! Upgrades from every earlier schema version: a notebook file of each
//! version is committed under `tests/fixtures/notebooks/` (as that
//! version's Kindly wrote it), and each opens in this version with every
//! record intact.
//!
//! `KINDLY_UPDATE_FIXTURES=1 cargo test -p kindly-core --test upgrades`
//! writes the files again; only ever add a file for a new version, never
//! change an old one.

#![allow(
    clippy::disallowed_types,
    reason = "opens the notebook file with SQLite directly, as another program or an older Kindly would"
)]

use std::path::{Path, PathBuf};

use kindly_core::{migrations, CallOutcome, FollowUpAction, IssueState, Notebook};
use rusqlite::Connection;

const AGNES: &str = "0190b5c4-1111-7000-8000-000000000001";
const FIRST_CALL: &str = "0190b5c4-2222-7000-8000-000000000001";
const CHARGE: &str = "0190b5c4-2222-7000-8000-000000000002";
const VISIT: &str = "0190b5c4-2222-7000-8000-000000000003";
const CARD: &str = "0190b5c4-2222-7000-8000-000000000005";

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/notebooks")
}

/// A notebook as version `version` of Kindly left it: each step's data
/// written with that step's schema, then upgraded by the next release.
fn build(version: i64, path: &Path) {
    let mut conn = Connection::open(path).unwrap();
    conn.pragma_update(None, "foreign_keys", true).unwrap();
    migrations::migrate_to(&mut conn, 1, 0).unwrap();
    conn.execute_batch(&format!(
        "INSERT INTO customers(pk, id, full_name, preferred_name, company, birthday_year, birthday_month,
             birthday_day, notes, created_at, updated_at)
           VALUES (1, '{AGNES}', 'Agnès Dubois', 'Aggie', 'Dubois Fleurs', 1961, 3, 15,
             'Deaf in the left ear', 1, 2);
         INSERT INTO customer_phones(customer_pk, position, label, number, e164, is_primary)
           VALUES (1, 0, 'mobile', '06 12 34 56 78', '+33612345678', 1);
         INSERT INTO customer_emails(customer_pk, position, label, address, is_primary)
           VALUES (1, 0, 'home', 'agnes@example.fr', 1);
         INSERT INTO customer_items(customer_pk, kind, position, text)
           VALUES (1, 'preference', 0, 'window seat'), (1, 'dont', 0, 'no calls before 10');
         INSERT INTO customer_tags(customer_pk, position, tag) VALUES (1, 0, 'Regular');"
    ))
    .unwrap();
    if version >= 3 {
        migrations::migrate_to(&mut conn, 3, 0).unwrap();
        conn.execute_batch(&format!(
            "INSERT INTO entries(pk, id, customer_pk, kind, issue_pk, created_at, updated_at) VALUES
               (1, '{FIRST_CALL}', 1, 'conversation', NULL, 10, 10),
               (2, '{CHARGE}', 1, 'issue', NULL, 20, 20),
               (3, '{VISIT}', 1, 'conversation', 2, 30, 30);
             INSERT INTO conversations(entry_pk, channel, happened_at, staff, summary, mood) VALUES
               (1, 'call_in', 10, 'Ana', 'Asked about opening hours', NULL),
               (3, 'visit', 30, 'Ben', 'Came in about the double charge', 'worried');
             INSERT INTO issues(entry_pk, title, own_words, handler, mood_at_start, state, opened_at)
               VALUES (2, 'Double charge', 'Charged twice for one cake', 'Ben', 'upset', 'open', 20);
             INSERT INTO events(entry_pk, customer_pk, at, type, staff, to_state, mood) VALUES
               (1, 1, 10, 'conversation', 'Ana', NULL, NULL),
               (2, 1, 20, 'issue_opened', 'Ben', 'open', 'upset'),
               (3, 1, 30, 'conversation', 'Ben', NULL, 'worried');
             INSERT INTO search_entries(rowid, text) VALUES
               (1, 'asked about opening hours'),
               (2, 'double charge charged twice for one cake'),
               (3, 'came in about the double charge');"
        ))
        .unwrap();
    }
    if version >= 4 {
        migrations::migrate_to(&mut conn, 4, 0).unwrap();
        conn.execute_batch(&format!(
            "INSERT INTO entries(pk, id, customer_pk, kind, created_at, updated_at)
               VALUES (5, '{CARD}', 1, 'follow_up', 50, 50);
             INSERT INTO follow_ups(entry_pk, action, start_date, assignee, note, created_by,
                 occurrence_at, due_at)
               VALUES (5, 'send_card', '2027-01-04', 'Ana', 'Thank-you card for the flowers', 'Ben',
                 1799053200000, 1799053200000);
             INSERT INTO events(entry_pk, customer_pk, at, type, staff) VALUES (5, 1, 50, 'follow_up_added', 'Ben');"
        ))
        .unwrap();
    }
    if version >= 5 {
        migrations::migrate_to(&mut conn, 5, 0).unwrap();
        conn.execute(
            "UPDATE conversations SET outcome = 'spoke' WHERE entry_pk = 1",
            [],
        )
        .unwrap();
    }
    migrations::migrate_to(&mut conn, version, 0).unwrap();
    assert_eq!(migrations::version(&conn).unwrap(), version);
}

#[test]
fn fixtures_of_every_earlier_version_are_committed() {
    let dir = fixtures();
    if std::env::var_os("KINDLY_UPDATE_FIXTURES").is_some() {
        std::fs::create_dir_all(&dir).unwrap();
        for version in 1..migrations::LATEST {
            let path = dir.join(format!("v{version}.sqlite"));
            if path.exists() {
                continue; // Old versions' files never change.
            }
            let scratch = tempfile::tempdir().unwrap();
            let live = scratch.path().join("notebook.sqlite");
            build(version, &live);
            // One self-contained file, no write-ahead log beside it.
            Connection::open(&live)
                .unwrap()
                .execute("VACUUM INTO ?1", [path.to_str().unwrap()])
                .unwrap();
        }
    }
    for version in 1..migrations::LATEST {
        let path = dir.join(format!("v{version}.sqlite"));
        assert!(
            path.exists(),
            "{} is missing: run KINDLY_UPDATE_FIXTURES=1 cargo test -p kindly-core --test upgrades",
            path.display()
        );
    }
}

#[test]
fn every_earlier_version_opens_with_every_record_intact() {
    for version in 1..migrations::LATEST {
        let scratch = tempfile::tempdir().unwrap();
        let path = scratch.path().join(kindly_core::FILE_NAME);
        std::fs::copy(fixtures().join(format!("v{version}.sqlite")), &path)
            .unwrap_or_else(|e| panic!("fixture v{version}: {e}"));
        let nb = Notebook::open(&path).unwrap_or_else(|e| panic!("v{version}: {e}"));
        let at = |what: &str| format!("upgrading from version {version}: {what}");

        let c = nb.customer(AGNES).unwrap();
        assert_eq!(c.full_name, "Agnès Dubois", "{}", at("name"));
        assert_eq!(c.preferred_name, "Aggie", "{}", at("nickname"));
        assert_eq!(c.company, "Dubois Fleurs", "{}", at("company"));
        assert_eq!(c.phones[0].number, "06 12 34 56 78", "{}", at("phone"));
        assert_eq!(c.emails[0].address, "agnes@example.fr", "{}", at("email"));
        assert_eq!(c.preferences, ["window seat"], "{}", at("preferences"));
        assert_eq!(c.dont, ["no calls before 10"], "{}", at("please don't"));
        assert_eq!(c.tags, ["Regular"], "{}", at("tags"));
        assert_eq!(c.notes, "Deaf in the left ear", "{}", at("notes"));
        assert_eq!((c.created_at, c.updated_at), (1, 2), "{}", at("dates"));
        for query in ["aggie", "5678", "fleurs", "agnes@example.fr"] {
            assert_eq!(nb.search(query, 5).unwrap()[0].id, AGNES, "{}", at(query));
        }
        let record = nb.customer_record(AGNES).unwrap();
        let birthdays = record
            .follow_ups
            .iter()
            .filter(|f| f.action == FollowUpAction::Birthday)
            .count();
        assert_eq!(birthdays, 1, "{}", at("a birthday reminder"));

        if version >= 3 {
            let said: Vec<&str> = record
                .conversations
                .iter()
                .map(|c| c.summary.as_str())
                .collect();
            assert_eq!(
                said,
                [
                    "Asked about opening hours",
                    "Came in about the double charge"
                ],
                "{}",
                at("conversations")
            );
            let issue = nb.issue(CHARGE).unwrap();
            assert_eq!(
                issue.own_words,
                "Charged twice for one cake",
                "{}",
                at("issue")
            );
            assert_eq!(issue.state, IssueState::Open, "{}", at("issue state"));
            assert_eq!(
                nb.search("cake", 5).unwrap()[0].id,
                AGNES,
                "{}",
                at("issue words")
            );
            assert_eq!(
                nb.conversation(VISIT).unwrap().issue_id.as_deref(),
                Some(CHARGE),
                "{}",
                at("conversation under its issue")
            );
        }
        if version >= 4 {
            let card = nb.follow_up(CARD).unwrap();
            assert_eq!(
                card.note,
                "Thank-you card for the flowers",
                "{}",
                at("follow-up")
            );
            assert_eq!(card.assignee, "Ana", "{}", at("follow-up assignee"));
        }
        if version >= 5 {
            assert_eq!(
                nb.conversation(FIRST_CALL).unwrap().outcome,
                Some(CallOutcome::Spoke),
                "{}",
                at("call outcome")
            );
        }
        assert_eq!(
            migrations::version(&Connection::open(&path).unwrap()).unwrap(),
            migrations::LATEST
        );
    }
}
