//! The first run: the welcome shows once, on an empty notebook only; the
//! sample customers arrive with their histories in one transaction, always
//! the same, and leave in one step taking nothing real with them.

#![allow(
    clippy::disallowed_types,
    reason = "opens the notebook file with SQLite directly, as another program or an older Kindly would"
)]

mod common;

use common::desk::*;
use common::peek::Peek;
use kindly_core::*;
use rusqlite::Connection;

fn welcome(region: &str, at_desk: &str, sample: bool) -> Welcome {
    Welcome {
        phone_region: region.into(),
        at_desk: at_desk.into(),
        sample,
    }
}

fn sample_ids(nb: &Notebook) -> Vec<String> {
    // The lookup lists at most MAX_LIMIT at a time: ask letter by letter.
    let mut ids = Vec::new();
    for letter in 'a'..='z' {
        for hit in nb.search(&letter.to_string(), MAX_LIMIT).unwrap() {
            if hit.sample && !ids.contains(&hit.id) {
                ids.push(hit.id);
            }
        }
    }
    ids
}

#[test]
fn a_new_notebook_is_welcomed_once() {
    let mut desk = Desk::new("2027-03-01 09:00");
    assert!(desk.nb.info().unwrap().welcome);
    desk.nb
        .welcome(&welcome("FR", "Élodie Martin", false))
        .unwrap();
    let info = desk.nb.info().unwrap();
    assert!(!info.welcome, "never again");
    assert_eq!(info.phone_region, "FR");
    assert_eq!(info.customer_count, 0, "started empty");
    let roster = desk.nb.staff_roster().unwrap();
    assert_eq!(roster.staff.len(), 1);
    assert_eq!(roster.staff[0].name, "Élodie Martin");
    assert_put_at_desk(&desk.nb, &roster, &roster.staff[0].id);
}

#[test]
fn a_welcome_that_fails_changes_nothing() {
    let mut desk = Desk::new("2027-03-01 09:00");
    let err = desk.nb.welcome(&welcome("XX", "Sam", true)).unwrap_err();
    assert_eq!(field(err), "phone_region");
    let info = desk.nb.info().unwrap();
    assert!(info.welcome);
    assert_eq!(info.phone_region, "GB");
    assert!(desk.nb.staff_roster().unwrap().staff.is_empty());
    assert_eq!(info.customer_count, 0);
    let long = "x".repeat(101);
    assert_eq!(
        field(desk.nb.welcome(&welcome("GB", &long, false)).unwrap_err()),
        "at_desk"
    );
}

#[test]
fn skipping_the_welcome_adds_nobody_and_is_remembered() {
    let mut desk = Desk::new("2027-03-01 09:00");
    desk.nb.welcome(&welcome("GB", "  ", false)).unwrap();
    assert!(!desk.nb.info().unwrap().welcome);
    assert!(desk.nb.staff_roster().unwrap().staff.is_empty());
}

#[test]
fn a_name_already_on_the_staff_list_is_put_at_the_desk() {
    let mut desk = Desk::new("2027-03-01 09:00");
    // As if an earlier welcome had got this far before Kindly was closed.
    desk.nb.add_staff("Sam Lee", "").unwrap();
    desk.nb.welcome(&welcome("GB", "sam lee", false)).unwrap();
    let roster = desk.nb.staff_roster().unwrap();
    assert_eq!(roster.staff.len(), 1);
    assert_put_at_desk(&desk.nb, &roster, &roster.staff[0].id);
}

/// The welcome put `id` at the desk of a notebook file; on a team
/// notebook whoever signed in stays at the desk (the test's login here).
fn assert_put_at_desk(nb: &kindly_core::Notebook, roster: &kindly_core::StaffRoster, id: &str) {
    if nb.is_team() {
        assert_eq!(roster.at_desk, None, "the typed name is not the login's");
        assert!(roster.signed_in.is_some());
    } else {
        assert_eq!(roster.at_desk.as_deref(), Some(id));
    }
}

#[test]
fn a_notebook_already_in_use_is_never_welcomed() {
    let (place, mut desk) = Desk::stored("2027-03-01 09:00");
    desk.add_customer("Rosa Diaz", "");
    drop(desk);
    // Opened again (as after an upgrade): customers, so no welcome.
    let nb = place.open();
    assert!(!nb.info().unwrap().welcome);

    let mut staffed = Desk::new("2027-03-01 09:00");
    staffed.nb.add_staff("Ana", "").unwrap();
    assert!(!staffed.nb.info().unwrap().welcome);
}

#[test]
fn the_sample_is_a_few_dozen_customers_with_histories() {
    let mut desk = Desk::new("2027-03-01 09:00");
    desk.nb.welcome(&welcome("GB", "Sam", true)).unwrap();
    let info = desk.nb.info().unwrap();
    assert_eq!(info.customer_count, 36);
    assert_eq!(info.sample_count, 36);
    let ids = sample_ids(&desk.nb);
    assert_eq!(ids.len(), 36, "every one is marked sample");

    let mut names = Vec::new();
    let (mut talks, mut issues, mut promises, mut follow_ups) = (0, 0, 0, 0);
    let mut states = Vec::new();
    let mut promise_states = Vec::new();
    for id in &ids {
        let page = desk.nb.customer_page(id, &[]).unwrap();
        assert!(page.sample);
        names.push(page.customer.full_name.clone());
        // Phones in the notebook's region: UK mobiles, written at home.
        for phone in &page.customer.phones {
            let e164 = phone.e164.as_deref().unwrap_or("");
            assert!(e164.starts_with("+447"), "{e164}");
            assert!(phone.number.starts_with("07"), "{}", phone.number);
        }
        let record = desk.nb.customer_record(id).unwrap();
        talks += record.conversations.len();
        issues += record.issues.len();
        promises += record.promises.len();
        follow_ups += record.follow_ups.len();
        states.extend(record.issues.iter().map(|i| i.state));
        promise_states.extend(record.promises.iter().map(|p| p.state));
    }
    assert!(names.iter().any(|n| n == "Agnès Dubois"));
    assert!(names.iter().any(|n| n == "Nguyễn Thị Lan"));
    assert!(talks >= 60, "{talks} conversations");
    assert_eq!(issues, 2);
    assert!(states.contains(&IssueState::InProgress));
    assert!(states.contains(&IssueState::Resolved));
    assert_eq!(promises, 3);
    assert!(promise_states.contains(&PromiseState::Kept));
    assert!(promise_states.contains(&PromiseState::Open));
    assert!(
        follow_ups >= 5,
        "{follow_ups} follow-ups (birthdays included)"
    );
    // The sample is found by what was said, too.
    let hits = desk.nb.search("double charge", 5).unwrap();
    assert_eq!(hits[0].full_name, "Agnès Dubois");
    assert!(hits[0].sample);
}

#[test]
fn the_today_page_has_something_in_every_part() {
    let mut desk = Desk::new("2027-03-01 09:00");
    desk.nb.welcome(&welcome("GB", "", true)).unwrap();
    let today = desk.nb.today().unwrap();
    assert!(today.anything_due);
    assert!(today.overdue.is_empty(), "nothing invented is late");
    let names: Vec<&str> = today
        .today
        .iter()
        .map(|f| f.customer_name.as_str())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
    assert!(names.contains(&"Siobhán Ní Bhriain"), "{names:?}");
    assert!(names.contains(&"Aggie"), "{names:?}");
    assert!(today.upcoming.len() >= 2, "a card and a check-in next week");
    assert!(today.promises.iter().any(|p| p.overdue), "Björn's invoice");
    assert!(today.promises.iter().any(|p| !p.overdue), "Aggie's refund");
    assert!(today.birthdays.iter().any(|b| b.customer_name == "Lan"));
    assert!(today
        .drifting
        .iter()
        .any(|d| d.customer_name == "Zoë Kowalczyk"));
}

#[test]
fn the_sample_is_the_same_every_time() {
    let write = || {
        let mut desk = Desk::new("2027-03-01 09:00");
        desk.nb.set_phone_region("US").unwrap();
        desk.nb.add_sample().unwrap();
        let mut pages: Vec<String> = sample_ids(&desk.nb)
            .iter()
            .map(|id| {
                let mut record =
                    serde_json::to_value(desk.nb.customer_record(id).unwrap()).unwrap();
                strip_ids(&mut record);
                record.to_string()
            })
            .collect();
        pages.sort();
        pages
    };
    let first = write();
    assert_eq!(first.len(), 36);
    assert_eq!(first, write());
    assert!(
        first.iter().any(|p| p.contains("(201) 555-0110")),
        "US numbers in the fiction range"
    );
}

/// Replaces every id (UUIDs differ between runs) with a placeholder.
fn strip_ids(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                if key == "id" || key.ends_with("_id") {
                    *v = serde_json::Value::Null;
                } else {
                    strip_ids(v);
                }
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(strip_ids),
        _ => {}
    }
}

// File-only: a disk filling up part of the way is played with SQLite's
// page cap (`fill_disk_for_tests`); a server has no such switch.
#[test]
fn the_sample_is_written_in_one_transaction() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE_NAME);
    let mut desk = Desk::open(&path, london("2027-03-01 09:00"));
    // A disk that fills up part of the way through.
    desk.nb.fill_disk_for_tests(4).unwrap();
    let err = desk.nb.add_sample().unwrap_err();
    assert_eq!(err.code(), ErrorCode::DiskFull);
    drop(desk);
    let nb = Notebook::open(&path).unwrap();
    assert_eq!(nb.info().unwrap().customer_count, 0, "none or all");
    assert_eq!(nb.sample_count().unwrap(), 0);
    let conn = Connection::open(&path).unwrap();
    let entries: i64 = conn
        .query_row("SELECT count(*) FROM entries", [], |r| r.get(0))
        .unwrap();
    assert_eq!(entries, 0);
}

#[test]
fn a_second_sample_is_refused() {
    let mut desk = Desk::new("2027-03-01 09:00");
    desk.nb.add_sample().unwrap();
    assert_eq!(field(desk.nb.add_sample().unwrap_err()), "sample");
    assert_eq!(desk.nb.info().unwrap().customer_count, 36);
}

#[test]
fn removing_the_sample_leaves_real_customers_and_nothing_of_the_sample() {
    let (_place, mut desk) = Desk::stored("2027-03-01 09:00");
    desk.nb.welcome(&welcome("GB", "Sam", true)).unwrap();
    let sample = sample_ids(&desk.nb);
    // A real customer, added while the sample is there, with a story.
    let rosa = desk.add_customer("Rosa Diaz", "Rosie");
    desk.nb
        .log_conversation(&ConversationInput {
            customer_id: rosa.clone(),
            channel: Channel::CallIn,
            happened_at: None,
            staff: "Sam".into(),
            summary: "Asked about the double charge on her card too".into(),
            mood: None,
            issue_id: None,
            follow_up: None,
        })
        .unwrap();
    // A sample customer in Trash goes as well.
    desk.nb.trash_customer(&sample[0]).unwrap();

    assert_eq!(desk.nb.remove_sample().unwrap(), 36);

    let info = desk.nb.info().unwrap();
    assert_eq!(
        (info.customer_count, info.trash_count, info.sample_count),
        (1, 0, 0)
    );
    assert!(!info.welcome, "the welcome does not come back");
    assert_eq!(
        desk.nb.customer_record(&rosa).unwrap().conversations.len(),
        1
    );
    let hits = desk.nb.search("double charge", 5).unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].id, rosa);
    assert!(!hits[0].sample);
    for id in &sample {
        assert_eq!(
            desk.nb.customer(id).unwrap_err().code(),
            ErrorCode::NotFound
        );
    }
    let today = desk.nb.today().unwrap();
    assert!(today.overdue.is_empty() && today.today.is_empty() && today.promises.is_empty());
    assert!(today.birthdays.is_empty() && today.drifting.is_empty());
    assert_eq!(
        desk.nb.staff_roster().unwrap().staff.len(),
        1,
        "the staff stay"
    );

    // Row by row, through a second connection: only Rosa's are left.
    let mut peek = Peek::open(&desk.nb);
    let mut count = |sql: &str| -> i64 { peek.count(sql) };
    assert_eq!(count("SELECT count(*) FROM customers"), 1);
    assert_eq!(count("SELECT count(*) FROM sample_customers"), 0);
    for table in ["entries", "events"] {
        let others = count(&format!(
            "SELECT count(*) FROM {table} WHERE customer_pk NOT IN (SELECT pk FROM customers)"
        ));
        assert_eq!(others, 0, "{table}");
    }
    assert_eq!(
        count("SELECT count(*) FROM entries"),
        1,
        "Rosa's conversation"
    );
    for table in [
        "customer_phones",
        "customer_emails",
        "customer_items",
        "customer_tags",
    ] {
        let left = count(&format!(
            "SELECT count(*) FROM {table} WHERE customer_pk NOT IN (SELECT pk FROM customers)"
        ));
        assert_eq!(left, 0, "{table}");
    }
    for table in ["conversations", "issues", "promises", "follow_ups"] {
        let left = count(&format!(
            "SELECT count(*) FROM {table} WHERE entry_pk NOT IN (SELECT pk FROM entries)"
        ));
        assert_eq!(left, 0, "{table}");
    }
    assert_eq!(count("SELECT count(*) FROM issues"), 0);
    assert_eq!(count("SELECT count(*) FROM promises"), 0);
    assert_eq!(count("SELECT count(*) FROM follow_ups"), 0);
}

#[test]
fn removing_when_there_is_no_sample_changes_nothing() {
    let mut desk = Desk::new("2027-03-01 09:00");
    let rosa = desk.add_customer("Rosa Diaz", "");
    assert_eq!(desk.nb.remove_sample().unwrap(), 0);
    assert!(desk.nb.customer(&rosa).is_ok());
}

#[test]
fn the_sample_never_sends_a_missed_reminder() {
    // Chosen in the afternoon: the call-backs due today (at the 09:00
    // reminder time) fell due before the sample existed.
    let mut desk = Desk::new("2027-03-01 15:00");
    desk.nb.welcome(&welcome("GB", "Sam", true)).unwrap();
    let first = desk.nb.claim_reminders().unwrap();
    assert!(
        first.iter().all(|r| !r.missed),
        "{:?}",
        first.iter().map(|r| &r.customer_name).collect::<Vec<_>>()
    );
    assert!(
        first.is_empty(),
        "nothing that was due before the sample existed is reminded"
    );
    let today = desk.nb.today().unwrap();
    assert!(!today.today.is_empty());
    assert!(today.today.iter().all(|f| !f.missed));
    assert!(today.overdue.is_empty());

    // Kindly closed for ten days: the sample's card and check-in fall due
    // meanwhile, and are reminded without "missed".
    desk.later(10 * DAY);
    let later = desk.nb.claim_reminders().unwrap();
    assert!(!later.is_empty(), "the week's follow-ups are reminded");
    assert!(later.iter().all(|r| !r.missed));
    let today = desk.nb.today().unwrap();
    assert!(today.overdue.iter().all(|f| !f.missed));
}

#[test]
fn a_real_customers_follow_up_is_still_missed_beside_the_sample() {
    let mut desk = Desk::new("2027-03-01 08:00");
    desk.nb.welcome(&welcome("GB", "Sam", true)).unwrap();
    let rosa = desk.add_customer("Rosa Diaz", "");
    desk.nb
        .add_follow_up(&FollowUpInput {
            customer_id: rosa,
            about_id: None,
            action: FollowUpAction::CallBack,
            date: "2027-03-01".into(),
            time: Some("10:00".into()),
            repeat: None,
            assignee: String::new(),
            note: String::new(),
            staff: "Sam".into(),
        })
        .unwrap();
    desk.set("2027-03-01 12:00");
    let reminders = desk.nb.claim_reminders().unwrap();
    let missed: Vec<&str> = reminders
        .iter()
        .filter(|r| r.missed)
        .map(|r| r.customer_name.as_str())
        .collect();
    assert_eq!(missed, ["Rosa Diaz"]);
}

fn staff_names(nb: &Notebook) -> Vec<String> {
    nb.staff_roster()
        .unwrap()
        .staff
        .into_iter()
        .map(|s| s.name)
        .collect()
}

#[test]
fn the_samples_staff_join_the_list_and_leave_with_it() {
    let mut desk = Desk::new("2027-03-01 09:00");
    desk.nb.welcome(&welcome("GB", "Sam", true)).unwrap();
    assert_eq!(staff_names(&desk.nb), ["Inés", "Maya", "Sam", "Tom"]);
    let roster = desk.nb.staff_roster().unwrap();
    let sam = roster.staff.iter().find(|s| s.name == "Sam").unwrap();
    assert_put_at_desk(&desk.nb, &roster, &sam.id);

    desk.nb.remove_sample().unwrap();
    assert_eq!(staff_names(&desk.nb), ["Sam"]);
}

#[test]
fn a_sample_staff_member_someone_real_refers_to_stays() {
    let mut desk = Desk::new("2027-03-01 09:00");
    // Tom works here for real, and so does a Maya typed before the sample.
    desk.nb.welcome(&welcome("GB", "Maya", true)).unwrap();
    assert_eq!(staff_names(&desk.nb), ["Inés", "Maya", "Tom"], "one Maya");
    let rosa = desk.add_customer("Rosa Diaz", "");
    desk.nb
        .log_conversation(&ConversationInput {
            customer_id: rosa,
            channel: Channel::CallIn,
            happened_at: None,
            staff: "Tom".into(),
            summary: "Rang about her order".into(),
            mood: None,
            issue_id: None,
            follow_up: None,
        })
        .unwrap();

    desk.nb.remove_sample().unwrap();
    assert_eq!(
        staff_names(&desk.nb),
        ["Maya", "Tom"],
        "Maya was here first, Tom spoke to Rosa; Inés goes"
    );
}
