//! [`HistoryRows`] on a real server: the same writes on SQLite and on a
//! fresh team notebook read back the same; then what only the server has
//! (versions, `changed_by`, the lookup rows).

use uuid::Uuid;

use super::*;
use crate::rules::follow_up_model::FollowUpAction;
use crate::rules::model::CustomerInput;
use crate::rules::validate;
use crate::store::history::{Category, NewEvent};
use crate::store::postgres::testing;
use crate::store::sqlite::file::SqliteStore;
use crate::store::{CustomerRows, Store};

/// 2026-11-22 09:00 UTC.
const NOW: Millis = 1_795_338_000_000;
const HOUR: Millis = 60 * 60 * 1000;

/// The ids one story is written with, the same on both stores.
struct Ids {
    customer: String,
    other: String,
    entries: Vec<String>,
}

impl Ids {
    fn new() -> Ids {
        Ids {
            customer: Uuid::now_v7().to_string(),
            other: Uuid::now_v7().to_string(),
            entries: (0..8).map(|_| Uuid::now_v7().to_string()).collect(),
        }
    }
}

/// The pks of the story's parts (equal on both stores: both count from 1).
#[derive(Debug, PartialEq)]
struct Story {
    customer: i64,
    other: i64,
    talk: i64,
    note: i64,
    issue: i64,
    repeat: i64,
    kept: i64,
    late: i64,
    soon: i64,
    binned: i64,
}

fn person(name: &str) -> validate::ValidCustomer {
    let input = CustomerInput {
        full_name: name.into(),
        ..CustomerInput::default()
    };
    validate::customer(&input, "GB").unwrap()
}

fn issue_text(title: &str, categories: &[&str]) -> IssueText {
    IssueText {
        title: title.into(),
        own_words: "It came on Tuesday, not Monday".into(),
        root_cause: "Van broke down".into(),
        categories: categories
            .iter()
            .map(|c| Category {
                name: (*c).into(),
                key: fold(c),
            })
            .collect(),
        handler: "Sam".into(),
        mood_at_start: Some(Mood::Worried),
    }
}

fn talk(channel: Channel, at: Millis, summary: &str) -> ConversationText {
    ConversationText {
        channel,
        happened_at: at,
        staff: "Sam".into(),
        summary: summary.into(),
        mood: Some(Mood::Pleased),
    }
}

/// A new entry with the given id, and its first event.
fn entry<T: HistoryRows + ?Sized>(
    tx: &mut T,
    id: &str,
    customer_pk: i64,
    kind: EntryKind,
    issue_pk: Option<i64>,
    at: Millis,
) -> EntryRef {
    let pk = tx
        .insert_entry(id, customer_pk, kind, issue_pk, at)
        .unwrap();
    EntryRef { pk, customer_pk }
}

/// Writes one customer's story: conversations (one edited, one a note, one
/// trashed), two issues sharing a category, promises kept, overdue and to
/// come.
fn write_story<T: HistoryRows + CustomerRows + ?Sized>(tx: &mut T, ids: &Ids) -> Story {
    let customer = tx
        .insert_customer(&ids.customer, &person("Zoë Müller"), NOW)
        .unwrap();
    let other = tx
        .insert_customer(&ids.other, &person("Tom Baker"), NOW)
        .unwrap();
    let e = &ids.entries;

    let talk_ref = entry(tx, &e[0], customer, EntryKind::Conversation, None, NOW);
    tx.insert_conversation(
        talk_ref.pk,
        &talk(Channel::CallIn, NOW, "Asked about the cake"),
    )
    .unwrap();
    let event = |at| NewEvent {
        at,
        staff: "Sam",
        mood: Some(Mood::Pleased),
        ..NewEvent::default()
    };
    tx.insert_event(&talk_ref, EventType::Conversation, &event(NOW))
        .unwrap();
    tx.reindex_entry(talk_ref.pk).unwrap();

    let issue_ref = entry(tx, &e[1], customer, EntryKind::Issue, None, NOW + HOUR);
    tx.insert_issue(
        issue_ref.pk,
        &issue_text("Late van", &["Delivery", "Billing", "Cakes"]),
        NOW + HOUR,
    )
    .unwrap();
    let opened = |at| NewEvent {
        at,
        staff: "Sam",
        to: Some(IssueState::Open),
        mood: Some(Mood::Worried),
        ..NewEvent::default()
    };
    tx.insert_event(&issue_ref, EventType::IssueOpened, &opened(NOW + HOUR))
        .unwrap();
    tx.set_issue_state(
        issue_ref.pk,
        IssueState::Waiting,
        Some(WaitingOn::Us),
        NOW + 2 * HOUR,
    )
    .unwrap();
    tx.insert_event(
        &issue_ref,
        EventType::IssueState,
        &NewEvent {
            at: NOW + 2 * HOUR,
            staff: "Ann",
            from: Some(IssueState::Open),
            to: Some(IssueState::Waiting),
            note: "Asked the bakery",
            waiting_on: Some(WaitingOn::Us),
            ..NewEvent::default()
        },
    )
    .unwrap();
    // Fewer categories, then more: positions rewritten in place and the
    // tail deleted or added.
    tx.update_issue(
        issue_ref.pk,
        &issue_text("Late van again", &["Billing"]),
        NOW + 3 * HOUR,
    )
    .unwrap();
    tx.update_issue(
        issue_ref.pk,
        &issue_text("Late van", &["delivery", "Billing", "Ünits"]),
        NOW + 3 * HOUR,
    )
    .unwrap();
    tx.reindex_entry(issue_ref.pk).unwrap();
    tx.set_issue_link(talk_ref.pk, Some(issue_ref.pk), NOW + 3 * HOUR)
        .unwrap();

    let repeat_ref = entry(tx, &e[2], customer, EntryKind::Issue, None, NOW + 4 * HOUR);
    tx.insert_issue(
        repeat_ref.pk,
        &issue_text("Late again", &["DELIVERY", "Billing"]),
        NOW,
    )
    .unwrap();
    tx.insert_event(&repeat_ref, EventType::IssueOpened, &opened(NOW + 4 * HOUR))
        .unwrap();

    let kept_ref = entry(
        tx,
        &e[3],
        customer,
        EntryKind::Promise,
        Some(issue_ref.pk),
        NOW,
    );
    tx.insert_promise(kept_ref.pk, "Call back", NOW + HOUR, "Sam", NOW)
        .unwrap();
    tx.insert_event(
        &kept_ref,
        EventType::PromiseMade,
        &NewEvent {
            new_due: Some(NOW + HOUR),
            ..event(NOW)
        },
    )
    .unwrap();
    tx.settle_promise(kept_ref.pk, PromiseState::Kept, NOW + HOUR, NOW + HOUR)
        .unwrap();
    tx.insert_event(&kept_ref, EventType::PromiseKept, &event(NOW + HOUR))
        .unwrap();

    let late_ref = entry(tx, &e[4], customer, EntryKind::Promise, None, NOW);
    tx.insert_promise(late_ref.pk, "Refund", NOW - HOUR, "Ann", NOW - 2 * HOUR)
        .unwrap();
    tx.insert_event(&late_ref, EventType::PromiseMade, &event(NOW - 2 * HOUR))
        .unwrap();
    tx.update_promise(late_ref.pk, "Refund the van fee", "Ann")
        .unwrap();

    let soon_ref = entry(tx, &e[5], customer, EntryKind::Promise, None, NOW);
    tx.insert_promise(soon_ref.pk, "Send photos", NOW + 9 * HOUR, "Sam", NOW)
        .unwrap();
    tx.insert_event(&soon_ref, EventType::PromiseMade, &event(NOW + 5 * HOUR))
        .unwrap();
    tx.settle_promise(
        soon_ref.pk,
        PromiseState::Open,
        NOW + 10 * HOUR,
        NOW + 6 * HOUR,
    )
    .unwrap();
    tx.insert_event(
        &soon_ref,
        EventType::PromiseRenegotiated,
        &NewEvent {
            old_due: Some(NOW + 9 * HOUR),
            new_due: Some(NOW + 10 * HOUR),
            note: "Camera broke",
            ..event(NOW + 6 * HOUR)
        },
    )
    .unwrap();

    let note_ref = entry(tx, &e[6], customer, EntryKind::Conversation, None, NOW);
    tx.insert_conversation(
        note_ref.pk,
        &talk(Channel::Note, NOW + 7 * HOUR, "Likes lilies"),
    )
    .unwrap();
    tx.insert_event(&note_ref, EventType::Conversation, &event(NOW + 7 * HOUR))
        .unwrap();
    // The call moves later, after the note: its event moves with it.
    tx.update_conversation(
        talk_ref.pk,
        &talk(
            Channel::CallOut,
            NOW + 8 * HOUR,
            "Asked about the cake again",
        ),
    )
    .unwrap();

    let binned_ref = entry(tx, &e[7], other, EntryKind::Conversation, None, NOW);
    tx.insert_conversation(binned_ref.pk, &talk(Channel::Visit, NOW, "Came in"))
        .unwrap();
    tx.insert_event(&binned_ref, EventType::Conversation, &event(NOW))
        .unwrap();
    tx.reindex_entry(binned_ref.pk).unwrap();
    tx.trash_entry(binned_ref.pk, NOW + HOUR).unwrap();
    tx.reindex_entry(binned_ref.pk).unwrap();

    Story {
        customer,
        other,
        talk: talk_ref.pk,
        note: note_ref.pk,
        issue: issue_ref.pk,
        repeat: repeat_ref.pk,
        kept: kept_ref.pk,
        late: late_ref.pk,
        soon: soon_ref.pk,
        binned: binned_ref.pk,
    }
}

/// Everything the trait reads about `story`, as one comparable text.
fn read_story<T: HistoryRows + ?Sized>(tx: &mut T, ids: &Ids, s: &Story) -> Vec<String> {
    let mut out = Vec::new();
    let all = tx.timeline(s.customer, &[], None, 100).unwrap();
    let first = tx.timeline(s.customer, &[], None, 3).unwrap();
    let cursor = first.last().map(|i| TimelineCursor {
        at: i.at,
        seq: i.seq,
    });
    let rest = tx.timeline(s.customer, &[], cursor, 100).unwrap();
    let kinds = [EntryKind::Issue, EntryKind::Promise];
    let some = tx.timeline(s.customer, &kinds, None, 100).unwrap();
    out.push(format!("{all:?}\n{first:?}\n{rest:?}\n{some:?}"));
    out.push(format!(
        "{:?}",
        tx.timeline(s.other, &[], None, 10).unwrap()
    ));
    out.push(format!(
        "{:?}",
        tx.issues(&[s.repeat, s.talk, s.issue]).unwrap()
    ));
    out.push(format!("{:?}", tx.issue(s.issue).unwrap()));
    out.push(format!("{:?}", tx.open_issues_of(s.customer).unwrap()));
    out.push(format!(
        "{:?}",
        tx.promises(&[s.soon, s.kept, s.late, s.issue], NOW)
            .unwrap()
    ));
    out.push(format!("{:?}", tx.promise(s.late, NOW).unwrap()));
    out.push(format!(
        "{:?}",
        tx.open_promises_of(s.customer, NOW).unwrap()
    ));
    out.push(format!("{:?}", tx.conversation(s.talk).unwrap()));
    out.push(format!("{:?}", tx.conversation(s.note).unwrap()));
    out.push(format!("{:?}", tx.patterns_of(s.customer).unwrap()));
    out.push(format!("{:?}", tx.last_contact_of(s.customer).unwrap()));
    out.push(format!("{:?}", tx.category_suggestions().unwrap()));
    out.push(format!("{:?}", tx.trashed_entries().unwrap()));
    out.push(format!(
        "{:?} {:?} {:?} {:?}",
        tx.issue_state(s.issue).unwrap(),
        tx.promise_due(s.soon).unwrap(),
        tx.issue_link_of(s.talk).unwrap(),
        tx.issue_link_of(s.note).unwrap(),
    ));
    let found = tx.find_entry(&ids.entries[7]).unwrap().unwrap();
    out.push(format!(
        "{} {} {:?} {}",
        found.entry.pk, found.entry.customer_pk, found.kind, found.trashed
    ));
    out.push(format!(
        "{:?} {:?} {:?} {:?}",
        tx.entry_by_id(&ids.entries[1], Some(EntryKind::Issue), false)
            .map(|e| e.pk),
        tx.entry_by_id(&ids.entries[1], Some(EntryKind::Promise), false)
            .is_err(),
        tx.entry_by_id(&ids.entries[7], None, false).is_err(),
        tx.entry_by_id("not an id", None, false).is_err(),
    ));
    out.push(format!(
        "{:?} {:?}",
        tx.is_sample_customer(s.customer).unwrap(),
        tx.dated_follow_ups_of(s.customer).unwrap()
    ));
    out
}

/// The entry's version and whether the current login changed it last.
fn version(tx: &mut PgTx<'_>, pk: i64) -> (i64, bool) {
    let r = tx
        .query_one(
            "SELECT version, changed_by = session_user AS by_me FROM entries WHERE pk = $1",
            &[&pk],
        )
        .unwrap();
    (r.get("version"), r.get("by_me"))
}

#[test]
fn a_whole_story_reads_back_as_on_sqlite() {
    let ids = Ids::new();
    let store = testing::fresh_store();
    let mut tx = store.write().unwrap();
    let story = write_story(&mut tx, &ids);
    tx.commit().unwrap();

    let mut sqlite = SqliteStore::open_in_memory(NOW).unwrap();
    let mut sqlite_tx = sqlite.write().unwrap();
    let on_sqlite = write_story(&mut *sqlite_tx, &ids);
    assert_eq!(story, on_sqlite);

    let mut tx = store.read().unwrap();
    let stored = read_story(&mut tx, &ids, &story);
    let expected = read_story(&mut *sqlite_tx, &ids, &on_sqlite);
    for (pg, lite) in stored.iter().zip(&expected) {
        assert_eq!(pg, lite);
    }
    assert_eq!(stored.len(), expected.len());
}

#[test]
fn the_customer_page_reads_in_their_order_and_pages() {
    let ids = Ids::new();
    let store = testing::fresh_store();
    let mut tx = store.write().unwrap();
    let s = write_story(&mut tx, &ids);

    let all = tx.timeline(s.customer, &[], None, 100).unwrap();
    assert!(
        all.windows(2)
            .all(|w| (w[0].at, w[0].seq) > (w[1].at, w[1].seq)),
        "newest first"
    );
    assert_eq!(
        all[0].entry_id, ids.entries[0],
        "the call moved after the note"
    );
    assert_eq!(all[0].at, NOW + 8 * HOUR);
    assert_eq!(all[0].issue_id.as_deref(), Some(ids.entries[1].as_str()));
    let first = tx.timeline(s.customer, &[], None, 4).unwrap();
    let last = first.last().unwrap();
    let rest = tx
        .timeline(
            s.customer,
            &[],
            Some(TimelineCursor {
                at: last.at,
                seq: last.seq,
            }),
            100,
        )
        .unwrap();
    assert_eq!([first, rest].concat(), all, "pages join up");
    let promises = tx
        .timeline(s.customer, &[EntryKind::Promise], None, 100)
        .unwrap();
    assert!(!promises.is_empty());
    assert!(promises.iter().all(|i| i.entry_kind == EntryKind::Promise));
    assert!(
        tx.timeline(s.other, &[], None, 100).unwrap().is_empty(),
        "in Trash"
    );

    let open = tx.open_issues_of(s.customer).unwrap();
    assert_eq!(
        open.iter().map(|i| i.id.as_str()).collect::<Vec<_>>(),
        [ids.entries[2].as_str(), ids.entries[1].as_str()],
        "oldest first"
    );
    let issue = &open[1];
    assert_eq!(issue.categories, ["delivery", "Billing", "Ünits"]);
    assert_eq!(issue.history.len(), 2);
    assert_eq!(issue.history[1].waiting_on, Some(WaitingOn::Us));
    let promises = tx.open_promises_of(s.customer, NOW).unwrap();
    assert_eq!(
        promises
            .iter()
            .map(|p| (p.what.as_str(), p.overdue))
            .collect::<Vec<_>>(),
        [("Refund the van fee", true), ("Send photos", false)],
        "soonest due first"
    );
    assert_eq!(promises[1].history.len(), 2);
    assert_eq!(promises[1].history[1].old_due_at, Some(NOW + 9 * HOUR));
    let patterns = tx.patterns_of(s.customer).unwrap();
    assert_eq!(patterns.len(), 2, "{patterns:?}");
    assert!(patterns.iter().all(|p| p.count == 2));
    assert_eq!(tx.issues(&[]).unwrap(), []);
    assert_eq!(tx.promises(&[], NOW).unwrap(), []);
    assert!(tx.issue(s.kept).is_err(), "a promise is no issue");
    assert!(tx.promise(s.issue, NOW).is_err());
    let contact = tx.last_contact_of(s.customer).unwrap().unwrap();
    assert_eq!(contact.channel, Channel::CallOut, "a note is not contact");
}

#[test]
fn trash_versions_and_search_words() {
    let ids = Ids::new();
    let store = testing::fresh_store();
    let mut tx = store.write().unwrap();
    let s = write_story(&mut tx, &ids);
    let words = |tx: &mut PgTx<'_>, pk: i64| -> Option<String> {
        tx.query_opt(
            "SELECT text FROM search_entries WHERE entry_pk = $1",
            &[&pk],
        )
        .unwrap()
        .map(|r| r.get(0))
    };

    // Inserted: 1; set_issue_state, two update_issue: 4.
    assert_eq!(version(&mut tx, s.issue), (4, true));
    // set_issue_link, update_conversation.
    assert_eq!(version(&mut tx, s.talk).0, 3);
    assert_eq!(version(&mut tx, s.kept).0, 2, "settled");
    assert_eq!(version(&mut tx, s.late).0, 2, "reworded");
    assert_eq!(version(&mut tx, s.note).0, 1, "an event is no change");

    assert_eq!(
        words(&mut tx, s.issue).as_deref(),
        Some(
            fold("Late van It came on Tuesday, not Monday Van broke down delivery Billing Ünits")
                .as_str()
        )
    );
    assert_eq!(words(&mut tx, s.binned), None, "in Trash");
    assert_eq!(words(&mut tx, s.kept), None, "promises are not looked up");
    let trashed = tx.trashed_entries().unwrap();
    assert_eq!(trashed.len(), 1);
    assert_eq!(
        (
            trashed[0].title.as_str(),
            trashed[0].customer_name.as_str(),
            trashed[0].deleted_at
        ),
        ("Came in", "Tom Baker", NOW + HOUR)
    );

    tx.restore_entry(s.binned).unwrap();
    tx.reindex_entry(s.binned).unwrap();
    assert_eq!(words(&mut tx, s.binned), Some(fold("Came in")));
    assert_eq!(version(&mut tx, s.binned).0, 3, "trashed and restored");
    assert!(tx.trashed_entries().unwrap().is_empty());
    assert_eq!(tx.timeline(s.other, &[], None, 10).unwrap().len(), 1);
    tx.reindex_entry(s.binned).unwrap();
    assert_eq!(
        words(&mut tx, s.binned),
        Some(fold("Came in")),
        "twice is once"
    );

    tx.trash_entry(s.issue, NOW + 9 * HOUR).unwrap();
    assert_eq!(words(&mut tx, s.issue), None);
    assert_eq!(tx.open_issues_of(s.customer).unwrap().len(), 1);
    assert!(
        tx.patterns_of(s.customer).unwrap().is_empty(),
        "only live issues"
    );
    assert_eq!(
        tx.issue_link_of(s.talk).unwrap(),
        Some(s.issue),
        "even one in Trash"
    );
    tx.set_issue_link(s.talk, None, NOW + 9 * HOUR).unwrap();
    assert_eq!(tx.issue_link_of(s.talk).unwrap(), None);
    tx.update_issue(s.repeat, &issue_text("Late again", &[]), NOW + 9 * HOUR)
        .unwrap();
    assert!(
        tx.issue(s.repeat).unwrap().categories.is_empty(),
        "every one deleted"
    );
    tx.commit().unwrap();
}

#[test]
fn sample_customers_and_dated_follow_ups() {
    let ids = Ids::new();
    let store = testing::fresh_store();
    let mut tx = store.write().unwrap();
    let s = write_story(&mut tx, &ids);
    assert!(!tx.is_sample_customer(s.customer).unwrap());
    tx.execute(
        "INSERT INTO sample_customers(customer_pk) VALUES ($1)",
        &[&s.customer],
    )
    .unwrap();
    assert!(tx.is_sample_customer(s.customer).unwrap());

    let follow_up = |tx: &mut PgTx<'_>, due: Option<Millis>, deleted: Option<Millis>| -> String {
        let id = Uuid::now_v7().to_string();
        let pk: i64 = tx
            .query_one(
                "INSERT INTO entries(id, customer_pk, kind, created_at, updated_at, deleted_at)
                 VALUES ($1, $2, 'follow_up', $3, $3, $4) RETURNING pk",
                &[&id, &s.customer, &NOW, &deleted],
            )
            .unwrap()
            .get(0);
        tx.execute(
            "INSERT INTO follow_ups(entry_pk, action, about_pk, start_date, start_time, rrule, note,
                occurrence_at, due_at)
             VALUES ($1, 'call_back', $2, '2026-11-23', NULL, NULL, 'Ring about the van', $3, $4)",
            &[&pk, &s.late, &due.map(|d| d - HOUR), &due],
        )
        .unwrap();
        id
    };
    let later = follow_up(&mut tx, Some(NOW + 2 * HOUR), None);
    let sooner = follow_up(&mut tx, Some(NOW + HOUR), None);
    follow_up(&mut tx, None, None);
    follow_up(&mut tx, Some(NOW), Some(NOW));

    let dated = tx.dated_follow_ups_of(s.customer).unwrap();
    assert_eq!(
        dated.iter().map(|f| f.id.as_str()).collect::<Vec<_>>(),
        [sooner.as_str(), later.as_str()],
        "soonest first, live and dated only"
    );
    assert_eq!(dated[0].about_title.as_deref(), Some("Refund the van fee"));
    assert_eq!(dated[0].about_kind, Some(EntryKind::Promise));
    assert!(dated[0].snoozed && dated[0].all_day);
    assert_eq!(dated[0].action, FollowUpAction::CallBack);
    let timeline = tx
        .timeline(s.customer, &[EntryKind::FollowUp], None, 10)
        .unwrap();
    assert!(timeline.is_empty(), "a follow-up without events has no row");
}

/// What `read` returns and how many statements it ran.
fn counted<T>(read: impl FnOnce() -> T) -> (T, usize) {
    use crate::store::postgres::pool::STATEMENTS_RUN;
    let before = STATEMENTS_RUN.with(|n| n.get());
    let value = read();
    (value, STATEMENTS_RUN.with(|n| n.get()) - before)
}

/// The statements each read of the customer's page runs.
fn page_costs(tx: &mut PgTx<'_>, customer_pk: i64, pks: &[i64]) -> Vec<(String, usize)> {
    let mut costs = Vec::new();
    let (rows, n) = counted(|| tx.timeline(customer_pk, &[], None, 50).unwrap().len());
    costs.push((format!("timeline {}", rows > 0), n));
    let (rows, n) = counted(|| tx.open_issues_of(customer_pk).unwrap().len());
    costs.push((format!("open issues {}", rows > 0), n));
    let (rows, n) = counted(|| tx.open_promises_of(customer_pk, NOW).unwrap().len());
    costs.push((format!("open promises {}", rows > 0), n));
    let (rows, n) = counted(|| tx.issues(pks).unwrap().len());
    costs.push((format!("issues {}", rows > 0), n));
    let (rows, n) = counted(|| tx.promises(pks, NOW).unwrap().len());
    costs.push((format!("promises {}", rows > 0), n));
    let (_, n) = counted(|| tx.patterns_of(customer_pk).unwrap());
    costs.push(("patterns".into(), n));
    let (_, n) = counted(|| tx.last_contact_of(customer_pk).unwrap());
    costs.push(("last contact".into(), n));
    let (_, n) = counted(|| tx.dated_follow_ups_of(customer_pk).unwrap());
    costs.push(("follow-ups".into(), n));
    costs
}

#[test]
fn the_customer_page_costs_one_statement_per_read_however_long_the_story() {
    let ids = Ids::new();
    let store = testing::fresh_store();
    let mut tx = store.write().unwrap();
    let s = write_story(&mut tx, &ids);
    let story_pks = [s.issue, s.repeat, s.kept, s.late, s.soon];
    let small = page_costs(&mut tx, s.customer, &story_pks);

    let mut pks = story_pks.to_vec();
    for n in 0..40 {
        let issue = entry(
            &mut tx,
            &Uuid::now_v7().to_string(),
            s.customer,
            EntryKind::Issue,
            None,
            NOW,
        );
        tx.insert_issue(
            issue.pk,
            &issue_text("Another", &["Delivery", "Cakes"]),
            NOW + n,
        )
        .unwrap();
        for at in [NOW + n, NOW + n + 1] {
            tx.insert_event(
                &issue,
                EventType::IssueOpened,
                &NewEvent {
                    at,
                    ..NewEvent::default()
                },
            )
            .unwrap();
        }
        let promise = entry(
            &mut tx,
            &Uuid::now_v7().to_string(),
            s.customer,
            EntryKind::Promise,
            Some(issue.pk),
            NOW,
        );
        tx.insert_promise(promise.pk, "Ring back", NOW + n, "Sam", NOW)
            .unwrap();
        tx.insert_event(
            &promise,
            EventType::PromiseMade,
            &NewEvent {
                at: NOW,
                ..NewEvent::default()
            },
        )
        .unwrap();
        pks.extend([issue.pk, promise.pk]);
    }
    let large = page_costs(&mut tx, s.customer, &pks);
    assert_eq!(small, large);
    assert!(large.iter().all(|(_, n)| *n == 1), "{large:?}");
    assert_eq!(tx.open_issues_of(s.customer).unwrap().len(), 42);
    assert_eq!(tx.issues(&pks).unwrap()[10].history.len(), 2);
}
