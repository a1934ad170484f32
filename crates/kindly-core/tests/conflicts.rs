//! No lost update: two desks change the same customer, issue, promise,
//! follow-up or situation, each starting from what it last read. The
//! second save is refused with a conflict naming who saved in between,
//! and changes nothing; appending to a story never conflicts.
//!
//! Runs on both stores: two handles on one notebook file (two windows),
//! or with `KINDLY_TEST_STORE=postgres` two connections to one team
//! notebook (two computers, the second signed in as Ana Lima).

mod common;

use common::{person, two_desks, TwoDesks};
use kindly_core::import::{Importer, VcardImporter};
use kindly_core::{
    Channel, CloseSituation, ConversationInput, Error, ErrorCode, ErrorPayload, FollowUpAction,
    FollowUpDone, FollowUpInput, IssueInput, IssueMove, IssueState, PromiseInput, PromiseOutcome,
    SituationInput, Snooze,
};

/// Desks `a` and `b` on one notebook with Rosie Park on it; `b` is Ana Lima.
fn shop() -> (TwoDesks, String) {
    let mut desks = two_desks();
    desks.b_signs_in_as("Ana Lima");
    let rosie = desks.a.create_customer(&person("Rosie Park")).unwrap().id;
    (desks, rosie)
}

/// The conflict `result` must be, about a `thing` Ana Lima saved, now at
/// `version`.
fn assert_conflict<T: std::fmt::Debug>(result: kindly_core::Result<T>, thing: &str, version: i64) {
    match result {
        Err(Error::Conflict {
            thing: found,
            version: now,
            by,
            ..
        }) => {
            assert_eq!((found, now), (thing, version));
            assert_eq!(by, "Ana Lima", "the conflict names who saved in between");
        }
        other => panic!("expected a conflict about the {thing}, got {other:?}"),
    }
}

fn issue_for(customer_id: &str, title: &str) -> IssueInput {
    IssueInput {
        customer_id: customer_id.into(),
        title: title.into(),
        ..Default::default()
    }
}

fn step(to: IssueState, staff: &str) -> IssueMove {
    IssueMove {
        to,
        staff: staff.into(),
        note: String::new(),
        waiting_on: None,
        mood: None,
        check_in: None,
    }
}

fn promise_to(customer_id: &str, what: &str, by: &str) -> PromiseInput {
    PromiseInput {
        customer_id: customer_id.into(),
        issue_id: None,
        what: what.into(),
        due_at: common::NOW + 86_400_000,
        promised_by: by.into(),
    }
}

fn call_back(customer_id: &str, assignee: &str) -> FollowUpInput {
    FollowUpInput {
        customer_id: customer_id.into(),
        about_id: None,
        action: FollowUpAction::CallBack,
        date: "2026-11-25".into(),
        time: Some("10:00".into()),
        repeat: Some("FREQ=WEEKLY".into()),
        assignee: assignee.into(),
        note: String::new(),
        staff: String::new(),
    }
}

#[test]
fn the_second_of_two_profile_saves_is_refused_and_keeps_the_first() {
    let (mut desks, rosie) = shop();
    // Both open Rosie's profile.
    let seen_by_a = desks.a.customer(&rosie).unwrap();
    let seen_by_b = desks.b.customer(&rosie).unwrap();
    assert_eq!(seen_by_a.version, seen_by_b.version);

    let mut anas = seen_by_b.to_input();
    anas.notes = "Prefers mornings".into();
    let saved = desks
        .b
        .update_customer(&rosie, seen_by_b.version, &anas)
        .unwrap();
    assert_eq!(saved.version, seen_by_b.version + 1);

    let mut mine = seen_by_a.to_input();
    mine.company = "Park & Daughters".into();
    assert_conflict(
        desks.a.update_customer(&rosie, seen_by_a.version, &mine),
        "customer",
        saved.version,
    );
    // Ana's note stands, nothing of the refused save was written.
    let now = desks.a.customer(&rosie).unwrap();
    assert_eq!(now, saved);
    assert_eq!(now.company, "");

    // Saved again on top of what is there now, both changes are kept.
    let mut again = now.to_input();
    again.company = "Park & Daughters".into();
    let both = desks
        .a
        .update_customer(&rosie, now.version, &again)
        .unwrap();
    assert_eq!(
        (both.notes.as_str(), both.company.as_str()),
        ("Prefers mornings", "Park & Daughters")
    );
}

#[test]
fn the_conflict_reaches_the_window_as_its_own_code_in_plain_words() {
    let (mut desks, rosie) = shop();
    let seen = desks.a.customer(&rosie).unwrap();
    desks
        .b
        .update_customer(&rosie, seen.version, &person("Rosie Parker"))
        .unwrap();
    let err = desks
        .a
        .update_customer(&rosie, seen.version, &person("Rosemary Park"))
        .unwrap_err();
    let payload = ErrorPayload::from(err);
    assert_eq!(payload.code, ErrorCode::Conflict);
    assert!(
        payload
            .message
            .starts_with("Ana Lima saved a change to this customer while you were making yours"),
        "{}",
        payload.message
    );
    assert_eq!(payload.field, None);
    let now = desks.a.customer(&rosie).unwrap();
    let json = serde_json::to_value(&payload).unwrap();
    assert_eq!(json["conflict"]["by"], "Ana Lima", "{json}");
    assert_eq!(json["conflict"]["version"], now.version, "{json}");
    let detail = payload
        .conflict
        .expect("a conflict carries who, when and the version now");
    assert_eq!(
        (detail.thing.as_str(), detail.version, detail.by.as_str()),
        ("customer", now.version, "Ana Lima"),
        "the window is told the version to save on next, and whose change it is"
    );
    assert_eq!(detail.at, now.updated_at, "when Ana saved it");
    let json = serde_json::to_value(ErrorPayload::from(Error::Busy)).unwrap();
    let mut keys: Vec<_> = json.as_object().unwrap().keys().cloned().collect();
    keys.sort();
    assert_eq!(
        keys,
        ["code", "field", "message"],
        "other errors keep the common shape"
    );
}

#[test]
fn logging_a_conversation_never_conflicts_with_a_profile_being_edited() {
    let (mut desks, rosie) = shop();
    let seen = desks.a.customer(&rosie).unwrap();
    // Ana logs a call while the profile is open at desk a.
    desks
        .b
        .log_conversation(&ConversationInput {
            customer_id: rosie.clone(),
            channel: Channel::CallIn,
            happened_at: None,
            staff: "Ana Lima".into(),
            summary: "Asked about her order".into(),
            mood: None,
            issue_id: None,
            follow_up: None,
        })
        .unwrap();
    let mut mine = seen.to_input();
    mine.notes = "Hard of hearing".into();
    let saved = desks
        .a
        .update_customer(&rosie, seen.version, &mine)
        .unwrap();
    assert_eq!(saved.notes, "Hard of hearing");
    assert_eq!(
        desks
            .b
            .customer_page(&rosie, &[])
            .unwrap()
            .timeline
            .items
            .len(),
        1
    );
}

#[test]
fn an_import_in_between_makes_an_open_profile_save_conflict() {
    let (mut desks, _) = shop();
    let seen = desks
        .a
        .create_customer(&kindly_core::CustomerInput {
            phones: vec![common::phone("+1 415 555 0101")],
            ..person("Sam Reed")
        })
        .unwrap();
    let card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sam Reed\r\nTEL:+1 415 555 0101\r\nEMAIL:sam@example.com\r\nEND:VCARD\r\n";
    let parsed = VcardImporter.parse(card.as_bytes(), "US").unwrap();
    desks.b.import_contacts(&parsed).unwrap();
    let imported = desks.b.customer(&seen.id).unwrap();
    assert_eq!(
        imported.emails.len(),
        1,
        "the import added the email to Sam"
    );

    let mut mine = seen.to_input();
    mine.notes = "Regular".into();
    assert_conflict(
        desks.a.update_customer(&seen.id, seen.version, &mine),
        "customer",
        imported.version,
    );
    assert_eq!(desks.a.customer(&seen.id).unwrap(), imported);
}

#[test]
fn issues_refuse_a_stale_edit_or_move() {
    let (mut desks, rosie) = shop();
    let issue = desks
        .a
        .open_issue(&issue_for(&rosie, "Parcel arrived damaged"))
        .unwrap();

    let moved = desks
        .b
        .move_issue(
            &issue.id,
            issue.version,
            &step(IssueState::InProgress, "Ana Lima"),
        )
        .unwrap();
    assert_conflict(
        desks
            .a
            .update_issue(&issue.id, issue.version, &issue_for(&rosie, "Parcel lost")),
        "issue",
        moved.version,
    );
    assert_conflict(
        desks
            .a
            .move_issue(&issue.id, issue.version, &step(IssueState::Resolved, "Ben")),
        "issue",
        moved.version,
    );
    let now = desks.a.issue(&issue.id).unwrap();
    assert_eq!(now, moved, "neither refused change was saved");
    assert_eq!(now.title, "Parcel arrived damaged");
    assert_eq!(
        now.history.len(),
        2,
        "opened, then in progress: no third event"
    );
}

#[test]
fn promises_refuse_a_stale_edit_or_settling() {
    let (mut desks, rosie) = shop();
    let promise = desks
        .a
        .make_promise(&promise_to(&rosie, "Refund by Friday", "Ben"))
        .unwrap();
    let renegotiated = desks
        .b
        .settle_promise(
            &promise.id,
            promise.version,
            &PromiseOutcome::Renegotiated {
                staff: "Ana Lima".into(),
                note: "Bank holiday".into(),
                new_due_at: promise.due_at + 3 * 86_400_000,
            },
        )
        .unwrap();
    assert_conflict(
        desks.a.settle_promise(
            &promise.id,
            promise.version,
            &PromiseOutcome::Kept {
                staff: "Ben".into(),
                note: String::new(),
            },
        ),
        "promise",
        renegotiated.version,
    );
    assert_conflict(
        desks.a.update_promise(
            &promise.id,
            promise.version,
            &promise_to(&rosie, "Refund and a voucher", "Ben"),
        ),
        "promise",
        renegotiated.version,
    );
    assert_eq!(desks.a.promise(&promise.id).unwrap(), renegotiated);
}

#[test]
fn a_follow_up_done_at_one_desk_is_not_done_again_at_the_other() {
    let (mut desks, rosie) = shop();
    let follow_up = desks.a.add_follow_up(&call_back(&rosie, "Ben")).unwrap();
    let done = desks
        .b
        .complete_follow_up(
            &follow_up.id,
            follow_up.version,
            &FollowUpDone {
                staff: "Ana Lima".into(),
                note: "Rang her".into(),
            },
        )
        .unwrap();
    assert_ne!(
        done.due_at, follow_up.due_at,
        "the weekly call moved on a week"
    );

    let v = follow_up.version;
    let id = &follow_up.id;
    let ben_done = FollowUpDone {
        staff: "Ben".into(),
        note: String::new(),
    };
    assert_conflict(
        desks.a.complete_follow_up(id, v, &ben_done),
        "follow-up",
        done.version,
    );
    assert_conflict(
        desks.a.skip_follow_up(id, v, "Ben"),
        "follow-up",
        done.version,
    );
    assert_conflict(
        desks.a.snooze_follow_up(id, v, &Snooze::Hour),
        "follow-up",
        done.version,
    );
    assert_conflict(
        desks.a.reassign_follow_up(id, v, "Cleo"),
        "follow-up",
        done.version,
    );
    assert_conflict(
        desks.a.update_follow_up(id, v, &call_back(&rosie, "Cleo")),
        "follow-up",
        done.version,
    );
    assert_eq!(
        desks.a.follow_up(id).unwrap(),
        done,
        "one week done once, still Ben's"
    );
}

#[test]
fn situations_refuse_a_stale_edit_or_close() {
    let (mut desks, _) = shop();
    let input = SituationInput {
        title: "Boiler parts delayed".into(),
        staff: "Ben".into(),
        ..Default::default()
    };
    let id = desks.a.create_situation(&input).unwrap();
    let seen = desks.a.situation(&id).unwrap();
    desks
        .b
        .update_situation(
            &id,
            seen.version,
            &SituationInput {
                what_we_do: "Chasing the supplier daily".into(),
                ..input.clone()
            },
        )
        .unwrap();
    let now = desks.b.situation(&id).unwrap();
    assert_eq!(now.version, seen.version + 1);

    assert_conflict(
        desks.a.update_situation(
            &id,
            seen.version,
            &SituationInput {
                title: "Boiler parts late".into(),
                ..input.clone()
            },
        ),
        "situation",
        now.version,
    );
    assert_conflict(
        desks.a.close_situation(
            &id,
            seen.version,
            &CloseSituation {
                staff: "Ben".into(),
                check_in_days: None,
                cards_for_upset: false,
            },
        ),
        "situation",
        now.version,
    );
    let after = desks.a.situation(&id).unwrap();
    assert_eq!(after.title, "Boiler parts delayed");
    assert_eq!(after.closed_at, None);
}
