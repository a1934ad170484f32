//! Following through, as the person at the desk sees it: adding follow-ups,
//! doing, skipping, snoozing and reassigning them, the Today screen,
//! staying in touch, suggested follow-ups, birthdays, and desktop
//! reminders that fire exactly once.
//!
//! The notebook's zone is Europe/London and "now" starts on Tuesday
//! 8 June 2027 at noon (British Summer Time, UTC+1), so a mistake about
//! the zone shows as an hour out.

mod common;

use chrono::{TimeZone, Utc};
use common::desk::*;
use kindly_core::*;
use rstest::rstest;

const TUESDAY_NOON: &str = "2027-06-08 12:00";

/// A desk at Tuesday noon with one customer, Rose Tanaka ("Rosie").
fn rosie() -> (Desk, String) {
    let mut d = Desk::new(TUESDAY_NOON);
    let c = d.add_customer("Rose Tanaka", "Rosie");
    (d, c)
}

fn add(d: &mut Desk, input: FollowUpInput) -> FollowUp {
    d.add_follow_up(&input).unwrap()
}

fn dues(rows: &[TodayFollowUp]) -> Vec<String> {
    rows.iter().map(|r| due(&r.follow_up)).collect()
}

fn talk(customer_id: &str, summary: &str) -> ConversationInput {
    ConversationInput {
        customer_id: customer_id.into(),
        channel: Channel::CallIn,
        happened_at: None,
        staff: "Ana".into(),
        summary: summary.into(),
        mood: None,
        issue_id: None,
        follow_up: None,
    }
}

fn plan(action: FollowUpAction, in_days: u32) -> FollowUpPlan {
    FollowUpPlan {
        action,
        in_days,
        assignee: "Ana".into(),
        note: "See that it stayed fixed".into(),
    }
}

fn complaint(d: &mut Desk, customer_id: &str, title: &str) -> Issue {
    d.open_issue(&IssueInput {
        customer_id: customer_id.into(),
        title: title.into(),
        staff: "Ana".into(),
        ..Default::default()
    })
    .unwrap()
}

fn resolve(note: &str, check_in: Option<FollowUpPlan>) -> IssueMove {
    IssueMove {
        to: IssueState::Resolved,
        staff: "Ben".into(),
        note: note.into(),
        waiting_on: None,
        mood: Some(Mood::Pleased),
        check_in,
    }
}

// ---------------------------------------------------------------------
// Adding
// ---------------------------------------------------------------------

#[test]
fn a_follow_up_is_due_at_its_time_or_else_at_the_reminder_time_in_the_notebook_zone() {
    let (mut d, c) = rosie();
    let timed = add(&mut d, call_back(&c, "2027-06-10", Some("14:30")));
    let day_only = add(&mut d, call_back(&c, "2027-06-10", None));

    assert_eq!(due(&timed), "2027-06-10 14:30");
    assert!(!timed.all_day);
    // 09:00 in London in June is 08:00 UTC.
    let nine_bst = Utc.with_ymd_and_hms(2027, 6, 10, 8, 0, 0).unwrap();
    assert_eq!(day_only.due_at, Some(nine_bst.timestamp_millis()));
    assert!(day_only.all_day);
    assert_eq!(day_only.time, None);

    assert_eq!(d.follow_up(&timed.id).unwrap(), timed);
    let listed: Vec<String> = d.open_follow_ups(&c).into_iter().map(|f| f.id).collect();
    assert_eq!(listed, [day_only.id, timed.id], "soonest first");
}

#[rstest]
#[case::impossible_date(|i: &mut FollowUpInput| i.date = "2027-02-30".into(), "date")]
#[case::words_for_a_date(|i: &mut FollowUpInput| i.date = "next Tuesday".into(), "date")]
#[case::impossible_time(|i: &mut FollowUpInput| i.time = Some("25:00".into()), "time")]
#[case::unknown_rule(|i: &mut FollowUpInput| i.repeat = Some("FREQ=SOMETIMES".into()), "repeat")]
#[case::rule_that_never_happens(|i: &mut FollowUpInput| i.repeat = Some("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30".into()), "repeat")]
#[case::rule_whose_dates_have_passed(|i: &mut FollowUpInput| {
    i.date = "2020-01-06".into();
    i.repeat = Some("FREQ=WEEKLY;UNTIL=20200301T000000Z".into());
}, "repeat")]
#[case::birthday_by_hand(|i: &mut FollowUpInput| i.action = FollowUpAction::Birthday, "action")]
#[case::assignee_too_long(|i: &mut FollowUpInput| i.assignee = "A".repeat(201), "assignee")]
#[case::note_too_long(|i: &mut FollowUpInput| i.note = "n".repeat(2_001), "note")]
fn a_refused_follow_up_names_the_field_and_changes_nothing(
    #[case] spoil: fn(&mut FollowUpInput),
    #[case] expected: &str,
) {
    let (mut d, c) = rosie();
    let mut input = call_back(&c, "2027-06-08", Some("15:00"));
    spoil(&mut input);
    let err = d.add_follow_up(&input).unwrap_err();
    assert_eq!(field(err), expected);
    assert!(d.open_follow_ups(&c).is_empty());
    assert_eq!(d.today().unwrap().today_count, 0);
}

#[test]
fn a_follow_up_can_be_about_an_issue_or_promise_of_the_same_customer_only() {
    let (mut d, rosie) = rosie();
    let sam = d.add_customer("Sam Okafor", "");
    let sams_issue = complaint(&mut d, &sam, "Broken kettle");
    let own_issue = complaint(&mut d, &rosie, "Double charge");
    let chat = d
        .log_conversation(&talk(&rosie, "Called about the charge"))
        .unwrap();

    for (about, why) in [
        (&sams_issue.id, "another customer's issue"),
        (&chat.id, "a conversation"),
    ] {
        let input = FollowUpInput {
            about_id: Some(about.clone()),
            ..call_back(&rosie, "2027-06-08", Some("15:00"))
        };
        assert_eq!(
            field(d.add_follow_up(&input).unwrap_err()),
            "about_id",
            "{why}"
        );
    }
    assert!(d.open_follow_ups(&rosie).is_empty());

    let input = FollowUpInput {
        about_id: Some(own_issue.id.clone()),
        ..call_back(&rosie, "2027-06-08", Some("15:00"))
    };
    let f = add(&mut d, input);
    assert_eq!(f.about_id.as_deref(), Some(own_issue.id.as_str()));
    assert_eq!(f.about_kind, Some(EntryKind::Issue));
    let today = d.today().unwrap();
    assert_eq!(
        today.today[0].follow_up.about_title.as_deref(),
        Some("Double charge")
    );
}

#[test]
fn a_follow_up_for_a_customer_who_is_not_there_is_not_found() {
    let (mut d, c) = rosie();
    d.trash_customer(&c).unwrap();
    let err = d
        .add_follow_up(&call_back(&c, "2027-06-08", None))
        .unwrap_err();
    assert_eq!(ErrorPayload::from(err).code, ErrorCode::NotFound);
}

#[test]
fn editing_a_follow_up_reschedules_it() {
    let (mut d, c) = rosie();
    let f = add(&mut d, call_back(&c, "2027-06-10", Some("14:30")));
    let version = d.follow_up(&f.id).unwrap().version;
    let moved = d
        .update_follow_up(
            &f.id,
            version,
            &repeating(&c, "2027-06-11", Some("11:00"), "FREQ=WEEKLY"),
        )
        .unwrap();
    assert_eq!(due(&moved), "2027-06-11 11:00");
    assert_eq!(moved.repeat.as_deref(), Some("FREQ=WEEKLY"));

    let bad = call_back(&c, "2027-13-01", Some("11:00"));
    let version = d.follow_up(&f.id).unwrap().version;
    assert_eq!(
        field(d.update_follow_up(&f.id, version, &bad).unwrap_err()),
        "date"
    );
    assert_eq!(d.follow_up(&f.id).unwrap(), moved);
}

// ---------------------------------------------------------------------
// Doing, skipping, snoozing, reassigning
// ---------------------------------------------------------------------

#[test]
fn doing_a_one_off_finishes_it_and_puts_who_and_what_on_the_timeline() {
    let (mut d, c) = rosie();
    let f = add(&mut d, call_back(&c, "2027-06-08", Some("15:00")));
    let version = d.follow_up(&f.id).unwrap().version;
    let after = d
        .complete_follow_up(&f.id, version, &done("Ana", "Refund arrived; she is happy"))
        .unwrap();
    assert_eq!(after.due_at, None);
    assert!(d.open_follow_ups(&c).is_empty());
    assert_eq!(d.today().unwrap().today_count, 0);

    let page = d.customer_page(&c, &[EntryKind::FollowUp]).unwrap();
    let row = &page.timeline.items[0];
    assert_eq!(page.timeline.items.len(), 1);
    assert_eq!(row.event, EventType::FollowUpDone);
    assert_eq!(row.entry_kind, EntryKind::FollowUp);
    assert_eq!(row.entry_id, f.id);
    assert_eq!(row.action, Some(FollowUpAction::CallBack));
    assert_eq!(row.staff, "Ana");
    assert_eq!(row.note, "Refund arrived; she is happy");
    assert_eq!(row.at, d.now());
    assert_eq!(row.old_due_at, f.due_at);
    assert_eq!(row.new_due_at, None);

    let version = d.follow_up(&f.id).unwrap().version;
    let again = d
        .complete_follow_up(&f.id, version, &done("Ben", ""))
        .unwrap_err();
    assert_eq!(field(again), "id");
    assert_eq!(d.customer_page(&c, &[]).unwrap().timeline.items.len(), 1);
}

#[test]
fn doing_a_weekly_one_moves_it_to_next_week() {
    let (mut d, c) = rosie();
    // Every Tuesday at 10:00, from today: this morning's is due.
    let f = add(
        &mut d,
        repeating(&c, "2027-06-08", Some("10:00"), "FREQ=WEEKLY"),
    );
    assert_eq!(due(&f), "2027-06-08 10:00");
    let version = d.follow_up(&f.id).unwrap().version;
    let next = d
        .complete_follow_up(&f.id, version, &done("Ana", "Weekly call"))
        .unwrap();
    assert_eq!(due(&next), "2027-06-15 10:00");
    let row = &d.customer_page(&c, &[]).unwrap().timeline.items[0];
    assert_eq!(row.new_due_at, next.due_at);
}

#[test]
fn a_late_weekly_one_done_today_goes_to_the_next_slot_after_now() {
    let mut d = Desk::new("2027-06-01 09:00");
    let c = d.add_customer("Rose Tanaka", "Rosie");
    let f = add(
        &mut d,
        repeating(&c, "2027-06-01", Some("10:00"), "FREQ=WEEKLY"),
    );
    // Nobody got to it for nine days: last Tuesday's and this Tuesday's slots passed.
    d.set("2027-06-10 16:00");
    assert_eq!(due(&d.follow_up(&f.id).unwrap()), "2027-06-01 10:00");
    let version = d.follow_up(&f.id).unwrap().version;
    let next = d
        .complete_follow_up(&f.id, version, &done("Ana", "Finally"))
        .unwrap();
    assert_eq!(due(&next), "2027-06-15 10:00");
}

#[test]
fn a_weekly_one_done_a_day_early_counts_for_this_week() {
    let (mut d, c) = rosie();
    let f = add(
        &mut d,
        repeating(&c, "2027-06-09", Some("10:00"), "FREQ=WEEKLY"),
    );
    assert_eq!(due(&f), "2027-06-09 10:00");
    let version = d.follow_up(&f.id).unwrap().version;
    let next = d
        .complete_follow_up(&f.id, version, &done("Ana", "Called early"))
        .unwrap();
    assert_eq!(due(&next), "2027-06-16 10:00");
}

#[test]
fn a_repeat_with_a_count_finishes_after_its_last_time() {
    let (mut d, c) = rosie();
    let f = add(
        &mut d,
        repeating(&c, "2027-06-08", Some("10:00"), "FREQ=WEEKLY;COUNT=2"),
    );
    let version = d.follow_up(&f.id).unwrap().version;
    let second = d
        .complete_follow_up(&f.id, version, &done("Ana", ""))
        .unwrap();
    assert_eq!(due(&second), "2027-06-15 10:00");
    let version = d.follow_up(&f.id).unwrap().version;
    let last = d
        .complete_follow_up(&f.id, version, &done("Ana", ""))
        .unwrap();
    assert_eq!(due(&last), "done");
}

#[test]
fn skipping_one_time_of_a_repeating_follow_up() {
    let (mut d, c) = rosie();
    let f = add(
        &mut d,
        repeating(&c, "2027-06-08", Some("10:00"), "FREQ=WEEKLY"),
    );
    let version = d.follow_up(&f.id).unwrap().version;
    let skipped = d.skip_follow_up(&f.id, version, "Ben").unwrap();
    assert_eq!(due(&skipped), "2027-06-15 10:00");
    let row = &d.customer_page(&c, &[]).unwrap().timeline.items[0];
    assert_eq!(row.event, EventType::FollowUpSkipped);
    assert_eq!(row.staff, "Ben");

    let once = add(&mut d, call_back(&c, "2027-06-09", Some("10:00")));
    let version = d.follow_up(&once.id).unwrap().version;
    assert_eq!(
        field(d.skip_follow_up(&once.id, version, "Ben").unwrap_err()),
        "id"
    );
    assert_eq!(d.follow_up(&once.id).unwrap(), once);
}

#[rstest]
#[case::an_hour(Snooze::Hour, "2027-06-08 13:00")]
#[case::tomorrow_morning(Snooze::TomorrowMorning, "2027-06-09 09:00")]
#[case::next_week(Snooze::NextWeek, "2027-06-15 09:00")]
#[case::a_chosen_day(Snooze::Until { date: "2027-06-20".into(), time: None }, "2027-06-20 09:00")]
#[case::a_chosen_day_and_time(Snooze::Until { date: "2027-06-20".into(), time: Some("16:45".into()) }, "2027-06-20 16:45")]
fn snoozing_puts_it_off_and_keeps_the_occurrence(#[case] choice: Snooze, #[case] until: &str) {
    let (mut d, c) = rosie();
    let f = add(&mut d, call_back(&c, "2027-06-07", Some("10:00")));
    assert_eq!(d.today().unwrap().overdue_count, 1);
    let version = d.follow_up(&f.id).unwrap().version;
    let snoozed = d.snooze_follow_up(&f.id, version, &choice).unwrap();
    assert_eq!(due(&snoozed), until);
    assert!(snoozed.snoozed);
    assert_eq!(snoozed.occurrence_at, f.occurrence_at);
    // It leaves the overdue pile and waits for its new time.
    let today = d.today().unwrap();
    assert_eq!(today.overdue_count, 0);
    let shown = today.today.iter().chain(&today.upcoming);
    let shown: Vec<String> = shown.map(|r| due(&r.follow_up)).collect();
    assert_eq!(
        shown.contains(&until.to_owned()),
        until <= "2027-06-15 23:59"
    );
}

#[test]
fn snoozing_into_the_past_is_refused_and_changes_nothing() {
    let (mut d, c) = rosie();
    let f = add(&mut d, call_back(&c, "2027-06-08", Some("10:00")));
    for (date, time) in [("2027-06-07", None), ("2027-06-08", Some("11:59"))] {
        let past = Snooze::Until {
            date: date.into(),
            time: time.map(Into::into),
        };
        let version = d.follow_up(&f.id).unwrap().version;
        assert_eq!(
            field(d.snooze_follow_up(&f.id, version, &past).unwrap_err()),
            "date"
        );
    }
    assert_eq!(d.follow_up(&f.id).unwrap(), f);
}

#[test]
fn a_snoozed_weekly_one_done_later_keeps_its_schedule() {
    let (mut d, c) = rosie();
    let f = add(
        &mut d,
        repeating(&c, "2027-06-08", Some("10:00"), "FREQ=WEEKLY"),
    );
    let until_thursday = Snooze::Until {
        date: "2027-06-10".into(),
        time: None,
    };
    let version = d.follow_up(&f.id).unwrap().version;
    d.snooze_follow_up(&f.id, version, &until_thursday).unwrap();
    d.set("2027-06-10 09:30");
    let version = d.follow_up(&f.id).unwrap().version;
    let next = d
        .complete_follow_up(&f.id, version, &done("Ana", ""))
        .unwrap();
    assert_eq!(due(&next), "2027-06-15 10:00");
    assert!(!next.snoozed);
    // The timeline records the occurrence that was done, not the snooze.
    let row = &d.customer_page(&c, &[]).unwrap().timeline.items[0];
    assert_eq!(
        row.old_due_at.map(reads).as_deref(),
        Some("2027-06-08 10:00")
    );
}

#[test]
fn reassigning_hands_it_to_someone_else() {
    let (mut d, c) = rosie();
    let f = add(&mut d, call_back(&c, "2027-06-08", Some("15:00")));
    let version = d.follow_up(&f.id).unwrap().version;
    let moved = d.reassign_follow_up(&f.id, version, "Chidi").unwrap();
    assert_eq!(moved.assignee, "Chidi");
    assert_eq!(d.today().unwrap().today[0].follow_up.assignee, "Chidi");
    assert_eq!(due(&moved), due(&f));
    let version = d.follow_up(&f.id).unwrap().version;
    assert_eq!(
        field(
            d.reassign_follow_up(&f.id, version, &"C".repeat(201))
                .unwrap_err()
        ),
        "assignee"
    );
    assert_eq!(d.follow_up(&f.id).unwrap().assignee, "Chidi");
}

#[test]
fn a_follow_up_in_trash_leaves_today_until_restored() {
    let (mut d, c) = rosie();
    let f = add(&mut d, call_back(&c, "2027-06-08", Some("15:00")));
    d.trash_entry(&f.id).unwrap();
    let today = d.today().unwrap();
    assert!(today.today.is_empty());
    assert!(!today.anything_due);
    assert!(d.open_follow_ups(&c).is_empty());
    let trashed = d.trashed_entries().unwrap();
    assert_eq!(trashed[0].kind, EntryKind::FollowUp);
    assert_eq!(trashed[0].title, "Ask whether the refund arrived");
    // In Trash: not found, whatever version the window last had.
    let refused = d
        .complete_follow_up(&f.id, f.version, &done("Ana", ""))
        .unwrap_err();
    assert_eq!(ErrorPayload::from(refused).code, ErrorCode::NotFound);

    d.restore_entry(&f.id).unwrap();
    let today = d.today().unwrap();
    assert_eq!(today.today[0].follow_up.id, f.id);
    assert!(today.anything_due);
}

// ---------------------------------------------------------------------
// Today
// ---------------------------------------------------------------------

#[test]
fn today_sorts_follow_ups_into_overdue_today_and_the_coming_week() {
    let (mut d, c) = rosie();
    for (date, time) in [
        ("2027-06-07", Some("10:00")), // yesterday
        ("2027-06-01", None),          // a week ago
        ("2027-06-08", Some("08:00")), // earlier today
        ("2027-06-08", Some("18:00")), // later today
        ("2027-06-08", None),          // today, at the reminder time
        ("2027-06-09", Some("10:00")), // tomorrow
        ("2027-06-15", Some("23:59")), // the seventh day after today
        ("2027-06-16", Some("00:00")), // too far ahead for Today
    ] {
        add(&mut d, call_back(&c, date, time));
    }
    let today = d.today().unwrap();
    assert_eq!(
        dues(&today.overdue),
        ["2027-06-01 09:00", "2027-06-07 10:00"]
    );
    assert_eq!(
        dues(&today.today),
        ["2027-06-08 08:00", "2027-06-08 09:00", "2027-06-08 18:00"]
    );
    assert_eq!(
        dues(&today.upcoming),
        ["2027-06-09 10:00", "2027-06-15 23:59"]
    );
    assert_eq!((today.overdue_count, today.today_count), (2, 3));
    assert!(today.anything_due);
    assert!(today
        .today
        .iter()
        .all(|r| r.customer_name == "Rosie" && !r.missed));
}

#[test]
fn today_lists_promises_due_within_the_week() {
    let (mut d, c) = rosie();
    for (what, when) in [
        ("Post the voucher", "2027-06-05 17:00"),
        ("Ring with the delivery date", "2027-06-11 17:00"),
        ("Send the new catalogue", "2027-06-20 12:00"),
    ] {
        d.make_promise(&PromiseInput {
            customer_id: c.clone(),
            issue_id: None,
            what: what.into(),
            due_at: london(when),
            promised_by: "Ana".into(),
        })
        .unwrap();
    }
    let today = d.today().unwrap();
    let promises: Vec<(&str, bool)> = today
        .promises
        .iter()
        .map(|p| (p.what.as_str(), p.overdue))
        .collect();
    assert_eq!(
        promises,
        [
            ("Post the voucher", true),
            ("Ring with the delivery date", false)
        ]
    );
    assert!(today.anything_due, "an overdue promise is something due");
}

#[test]
fn nothing_due_until_something_falls_due_today() {
    let (mut d, c) = rosie();
    add(&mut d, call_back(&c, "2027-06-11", Some("10:00")));
    d.make_promise(&PromiseInput {
        customer_id: c.clone(),
        issue_id: None,
        what: "Ring back".into(),
        due_at: london("2027-06-12 10:00"),
        promised_by: "Ana".into(),
    })
    .unwrap();
    let today = d.today().unwrap();
    assert_eq!((today.upcoming.len(), today.promises.len()), (1, 1));
    assert!(!today.anything_due);

    d.set("2027-06-11 07:00");
    assert!(d.today().unwrap().anything_due);
}

#[test]
fn a_trashed_customers_follow_ups_leave_today() {
    let (mut d, c) = rosie();
    add(&mut d, call_back(&c, "2027-06-08", Some("15:00")));
    d.trash_customer(&c).unwrap();
    let today = d.today().unwrap();
    assert_eq!(today.today_count, 0);
    assert!(today.today.is_empty());
    d.restore_customer(&c).unwrap();
    assert_eq!(d.today().unwrap().today_count, 1);
}

#[test]
fn birthdays_this_week_with_the_age_they_turn() {
    let mut d = Desk::new(TUESDAY_NOON);
    d.with_birthday("Ada Lovell", Some(1990), 6, 8); // today
    d.with_birthday("Bea Marsh", None, 6, 14); // sixth day from today
    d.with_birthday("Cy Young", Some(1950), 6, 15); // too far
    d.with_birthday("Di Fenn", Some(1970), 6, 7); // yesterday
    let got: Vec<(String, String, Option<u32>)> = d
        .today()
        .unwrap()
        .birthdays
        .into_iter()
        .map(|b| (b.customer_name, b.date, b.turns))
        .collect();
    assert_eq!(
        got,
        [
            ("Ada Lovell".into(), "2027-06-08".into(), Some(37)),
            ("Bea Marsh".into(), "2027-06-14".into(), None),
        ]
    );
}

#[rstest]
#[case::not_a_leap_year("2027-02-26 12:00", "2027-02-28", 27)]
#[case::a_leap_year("2028-02-26 12:00", "2028-02-29", 28)]
fn a_29_february_birthday_shows_on_the_28th_outside_leap_years(
    #[case] now: &str,
    #[case] shown_on: &str,
    #[case] turns: u32,
) {
    let mut d = Desk::new(now);
    d.with_birthday("Lee Pryce", Some(2000), 2, 29);
    let birthdays = d.today().unwrap().birthdays;
    assert_eq!(birthdays.len(), 1, "{birthdays:?}");
    assert_eq!(birthdays[0].date, shown_on);
    assert_eq!(birthdays[0].turns, Some(turns));
}

// ---------------------------------------------------------------------
// Staying in touch
// ---------------------------------------------------------------------

fn keeps_in_touch(d: &mut Desk, name: &str, ideal_days: u32, longest_days: u32) -> String {
    d.create_customer(&CustomerInput {
        full_name: name.into(),
        stay_in_touch: Some(StayInTouch {
            ideal_days,
            longest_days,
        }),
        ..Default::default()
    })
    .unwrap()
    .id
}

fn touch(d: &Desk, id: &str) -> TouchStatus {
    d.customer_page(id, &[]).unwrap().touch.unwrap()
}

fn drifting(d: &Desk) -> Vec<(String, TouchState)> {
    d.today()
        .unwrap()
        .drifting
        .into_iter()
        .map(|r| (r.customer_name, r.touch.state))
        .collect()
}

#[test]
fn staying_in_touch_goes_amber_after_the_ideal_gap_and_red_after_the_longest() {
    let mut d = Desk::new("2027-06-01 10:00");
    let walt = keeps_in_touch(&mut d, "Walt Price", 7, 30);
    let quiet = d.add_customer("No Rhythm", "");
    let start = d.now();

    let t = touch(&d, &walt);
    assert_eq!((t.state, t.since), (TouchState::InTouch, start));
    assert_eq!((t.amber_at, t.red_at), (start + 7 * DAY, start + 30 * DAY));
    assert_eq!(d.customer_page(&quiet, &[]).unwrap().touch, None);

    d.later(7 * DAY - MINUTE);
    assert_eq!(touch(&d, &walt).state, TouchState::InTouch);
    assert!(drifting(&d).is_empty());

    d.later(MINUTE);
    assert_eq!(touch(&d, &walt).state, TouchState::Drifting);
    assert_eq!(drifting(&d), [("Walt Price".into(), TouchState::Drifting)]);

    d.set("2027-07-01 10:00");
    assert_eq!(touch(&d, &walt).state, TouchState::OutOfTouch);
    assert_eq!(
        drifting(&d),
        [("Walt Price".into(), TouchState::OutOfTouch)]
    );
}

#[test]
fn every_logged_conversation_restarts_the_clock() {
    let mut d = Desk::new("2027-06-01 10:00");
    let walt = keeps_in_touch(&mut d, "Walt Price", 7, 30);
    d.set("2027-06-10 10:00");
    assert_eq!(touch(&d, &walt).state, TouchState::Drifting);

    let chat = d
        .log_conversation(&talk(&walt, "Caught up about the garden"))
        .unwrap();
    let t = touch(&d, &walt);
    assert_eq!((t.state, t.since), (TouchState::InTouch, d.now()));
    assert_eq!(t.amber_at, london("2027-06-17 10:00"));
    assert!(drifting(&d).is_empty());

    // Taking the conversation back puts the clock back.
    d.trash_entry(&chat.id).unwrap();
    assert_eq!(touch(&d, &walt).state, TouchState::Drifting);
    d.restore_entry(&chat.id).unwrap();
    assert_eq!(touch(&d, &walt).state, TouchState::InTouch);
}

#[test]
fn the_most_overdue_drift_comes_first_and_a_removed_rhythm_stops_it() {
    let mut d = Desk::new("2027-06-01 10:00");
    let walt = keeps_in_touch(&mut d, "Walt Price", 7, 30);
    keeps_in_touch(&mut d, "Vera Lind", 3, 10);
    d.set("2027-06-09 10:00");
    assert_eq!(
        drifting(&d),
        [
            ("Vera Lind".into(), TouchState::Drifting),
            ("Walt Price".into(), TouchState::Drifting),
        ]
    );
    let mut input = d.customer(&walt).unwrap().to_input();
    input.stay_in_touch = None;
    let version = d.customer(&walt).unwrap().version;
    d.update_customer(&walt, version, &input).unwrap();
    assert_eq!(drifting(&d), [("Vera Lind".into(), TouchState::Drifting)]);
    assert_eq!(d.customer_page(&walt, &[]).unwrap().touch, None);
}

// ---------------------------------------------------------------------
// Suggested follow-ups
// ---------------------------------------------------------------------

#[test]
fn resolving_an_issue_with_a_check_in_schedules_it_about_that_issue() {
    let (mut d, c) = rosie();
    let issue = complaint(&mut d, &c, "Double charge");
    let version = d.issue(&issue.id).unwrap().version;
    d.move_issue(
        &issue.id,
        version,
        &resolve("Refunded", Some(plan(FollowUpAction::CheckIn, 3))),
    )
    .unwrap();
    let [f] = d.open_follow_ups(&c).try_into().unwrap();
    assert_eq!(f.action, FollowUpAction::CheckIn);
    assert_eq!(f.about_id.as_deref(), Some(issue.id.as_str()));
    assert_eq!(due(&f), "2027-06-11 09:00");
    assert!(f.all_day);
    assert_eq!(
        (f.assignee.as_str(), f.note.as_str()),
        ("Ana", "See that it stayed fixed")
    );
    let upcoming = d.today().unwrap().upcoming;
    assert_eq!(
        upcoming[0].follow_up.about_title.as_deref(),
        Some("Double charge")
    );
}

#[test]
fn a_refused_move_schedules_no_check_in() {
    let (mut d, c) = rosie();
    let issue = complaint(&mut d, &c, "Double charge");
    let version = d.issue(&issue.id).unwrap().version;
    let err = d
        .move_issue(
            &issue.id,
            version,
            &resolve("", Some(plan(FollowUpAction::CheckIn, 3))),
        )
        .unwrap_err();
    assert_eq!(field(err), "note");
    assert!(d.open_follow_ups(&c).is_empty());
}

#[test]
fn a_conversation_can_bring_a_follow_up_with_it() {
    let (mut d, c) = rosie();
    let issue = complaint(&mut d, &c, "Lost parcel");
    let input = ConversationInput {
        issue_id: Some(issue.id.clone()),
        follow_up: Some(plan(FollowUpAction::SendCard, 0)),
        ..talk(&c, "Her parcel turned up, she lost her dog last week")
    };
    d.log_conversation(&input).unwrap();
    let [f] = d.open_follow_ups(&c).try_into().unwrap();
    assert_eq!(f.action, FollowUpAction::SendCard);
    assert_eq!(due(&f), "2027-06-08 09:00");
    assert_eq!(f.about_id, Some(issue.id));
    assert_eq!(d.today().unwrap().today_count, 1);
}

#[rstest]
#[case::birthday(FollowUpPlan { action: FollowUpAction::Birthday, ..plan(FollowUpAction::Other, 1) }, "follow_up.action")]
#[case::too_far_ahead(plan(FollowUpAction::CheckIn, 400), "follow_up.in_days")]
#[case::assignee_too_long(FollowUpPlan { assignee: "A".repeat(201), ..plan(FollowUpAction::CheckIn, 1) }, "follow_up.assignee")]
fn a_refused_suggestion_refuses_the_conversation_too(
    #[case] bad: FollowUpPlan,
    #[case] expected: &str,
) {
    let (mut d, c) = rosie();
    let input = ConversationInput {
        follow_up: Some(bad),
        ..talk(&c, "Chatted")
    };
    assert_eq!(field(d.log_conversation(&input).unwrap_err()), expected);
    assert!(d.open_follow_ups(&c).is_empty());
    assert!(d.customer_page(&c, &[]).unwrap().timeline.items.is_empty());
}

// ---------------------------------------------------------------------
// Birthdays on the profile
// ---------------------------------------------------------------------

fn birthday_follow_ups(d: &Desk, id: &str) -> Vec<FollowUp> {
    d.open_follow_ups(id)
        .into_iter()
        .filter(|f| f.action == FollowUpAction::Birthday)
        .collect()
}

fn set_birthday(d: &mut Desk, id: &str, birthday: Option<Birthday>) {
    let mut input = d.customer(id).unwrap().to_input();
    input.birthday = birthday;
    let version = d.customer(id).unwrap().version;
    d.update_customer(id, version, &input).unwrap();
}

#[test]
fn a_birthday_brings_a_yearly_card_reminder_three_days_ahead_that_follows_it() {
    let mut d = Desk::new(TUESDAY_NOON);
    let c = d.with_birthday("Ada Lovell", Some(1980), 6, 20);
    let [f] = birthday_follow_ups(&d, &c).try_into().unwrap();
    assert_eq!(due(&f), "2027-06-17 09:00");
    assert_eq!(f.repeat.as_deref(), Some("FREQ=YEARLY"));
    assert!(f.all_day);

    // Card written: next year's. Saving the profile again leaves it done.
    let version = d.follow_up(&f.id).unwrap().version;
    let next = d
        .complete_follow_up(&f.id, version, &done("Ana", "Card posted"))
        .unwrap();
    assert_eq!(due(&next), "2028-06-17 09:00");
    let mut input = d.customer(&c).unwrap().to_input();
    input.notes = "Likes lilies".into();
    let version = d.customer(&c).unwrap().version;
    d.update_customer(&c, version, &input).unwrap();
    assert_eq!(due(&d.follow_up(&f.id).unwrap()), "2028-06-17 09:00");

    // The birthday was wrong: the reminder moves with it.
    set_birthday(
        &mut d,
        &c,
        Some(Birthday {
            year: Some(1980),
            month: 7,
            day: 4,
        }),
    );
    let [moved] = birthday_follow_ups(&d, &c).try_into().unwrap();
    assert_eq!(
        (moved.id.as_str(), due(&moved).as_str()),
        (f.id.as_str(), "2027-07-01 09:00")
    );

    // No birthday, no reminder.
    set_birthday(&mut d, &c, None);
    assert!(birthday_follow_ups(&d, &c).is_empty());
    set_birthday(
        &mut d,
        &c,
        Some(Birthday {
            year: None,
            month: 12,
            day: 25,
        }),
    );
    let [back] = birthday_follow_ups(&d, &c).try_into().unwrap();
    assert_eq!(due(&back), "2027-12-22 09:00");
}

#[test]
fn a_birthday_reminder_moved_to_trash_stays_gone_when_the_profile_is_saved() {
    let mut d = Desk::new(TUESDAY_NOON);
    let c = d.with_birthday("Ada Lovell", Some(1980), 6, 20);
    let [f] = birthday_follow_ups(&d, &c).try_into().unwrap();
    d.trash_entry(&f.id).unwrap();
    set_birthday(
        &mut d,
        &c,
        Some(Birthday {
            year: Some(1980),
            month: 7,
            day: 4,
        }),
    );
    assert!(birthday_follow_ups(&d, &c).is_empty(), "not recreated");
    d.restore_entry(&f.id).unwrap();
    let [back] = birthday_follow_ups(&d, &c).try_into().unwrap();
    assert_eq!(
        (back.id.as_str(), due(&back).as_str()),
        (f.id.as_str(), "2027-07-01 09:00"),
        "one reminder, in step with the new birthday"
    );
}

#[test]
fn a_new_year_birthday_is_reminded_every_year() {
    let mut d = Desk::new("2027-12-01 12:00");
    let c = d.with_birthday("Noel Carr", None, 1, 1);
    let [f] = birthday_follow_ups(&d, &c).try_into().unwrap();
    assert_eq!(due(&f), "2027-12-29 09:00");
    d.set("2027-12-29 10:00");
    let version = d.follow_up(&f.id).unwrap().version;
    let next = d
        .complete_follow_up(&f.id, version, &done("Ana", "Card posted"))
        .unwrap();
    assert_eq!(due(&next), "2028-12-29 09:00");
}

#[test]
fn a_birthday_reminder_is_not_edited_by_hand() {
    let mut d = Desk::new(TUESDAY_NOON);
    let c = d.with_birthday("Ada Lovell", Some(1980), 6, 20);
    let [f] = birthday_follow_ups(&d, &c).try_into().unwrap();
    let version = d.follow_up(&f.id).unwrap().version;
    let err = d
        .update_follow_up(&f.id, version, &call_back(&c, "2027-06-18", None))
        .unwrap_err();
    assert_eq!(field(err), "action");
    assert_eq!(d.follow_up(&f.id).unwrap(), f);
}

// ---------------------------------------------------------------------
// Time settings
// ---------------------------------------------------------------------

#[test]
fn a_new_reminder_time_moves_follow_ups_without_a_time_of_their_own() {
    let (mut d, c) = rosie();
    let day_only = add(&mut d, call_back(&c, "2027-06-10", None));
    let timed = add(&mut d, call_back(&c, "2027-06-10", Some("14:30")));
    let snoozed = add(&mut d, call_back(&c, "2027-06-08", None));
    let version = d.follow_up(&snoozed.id).unwrap().version;
    let snoozed = d
        .snooze_follow_up(&snoozed.id, version, &Snooze::Hour)
        .unwrap();

    let settings = d.set_reminder_time("08:15").unwrap();
    assert_eq!(settings.reminder_time, "08:15");
    assert_eq!(due(&d.follow_up(&day_only.id).unwrap()), "2027-06-10 08:15");
    assert_eq!(due(&d.follow_up(&timed.id).unwrap()), "2027-06-10 14:30");
    assert_eq!(d.follow_up(&snoozed.id).unwrap().due_at, snoozed.due_at);
    let new = add(&mut d, call_back(&c, "2027-06-11", None));
    assert_eq!(due(&new), "2027-06-11 08:15");

    assert_eq!(
        field(d.set_reminder_time("quarter past eight").unwrap_err()),
        "reminder_time"
    );
    assert_eq!(d.time_settings().unwrap().reminder_time, "08:15");
}

#[test]
fn a_new_time_zone_keeps_wall_clock_times() {
    let (mut d, c) = rosie();
    let f = add(&mut d, call_back(&c, "2027-06-10", Some("14:30")));
    let settings = d.set_time_zone("America/New_York").unwrap();
    assert_eq!(settings.time_zone, "America/New_York");
    let new_york = chrono_tz::America::New_York
        .with_ymd_and_hms(2027, 6, 10, 14, 30, 0)
        .unwrap();
    assert_eq!(
        d.follow_up(&f.id).unwrap().due_at,
        Some(new_york.timestamp_millis())
    );
    assert_eq!(
        field(d.set_time_zone("Mars/Olympus").unwrap_err()),
        "time_zone"
    );
}

// ---------------------------------------------------------------------
// Reminders
// ---------------------------------------------------------------------

fn claimed(d: &mut Desk) -> Vec<(String, bool)> {
    d.claim_reminders()
        .unwrap()
        .into_iter()
        .map(|r| (r.follow_up_id, r.missed))
        .collect()
}

fn show_all(d: &mut Desk) -> Vec<Reminder> {
    let reminders = d.claim_reminders().unwrap();
    let ids: Vec<i64> = reminders.iter().map(|r| r.id).collect();
    d.confirm_reminders(&ids).unwrap();
    reminders
}

#[test]
fn a_due_follow_up_is_reminded_once() {
    let (mut d, c) = rosie();
    let f = add(&mut d, call_back(&c, "2027-06-08", Some("14:00")));
    assert!(d.claim_reminders().unwrap().is_empty(), "not due yet");

    d.set("2027-06-08 14:00");
    let [r] = d.claim_reminders().unwrap().try_into().unwrap();
    assert_eq!(r.follow_up_id, f.id);
    assert_eq!(r.customer_id, c);
    assert_eq!(r.customer_name, "Rosie");
    assert_eq!(r.action, FollowUpAction::CallBack);
    assert_eq!(r.note, "Ask whether the refund arrived");
    assert_eq!(r.due_at, london("2027-06-08 14:00"));
    assert!(!r.missed);

    d.confirm_reminders(&[r.id]).unwrap();
    assert!(d.claim_reminders().unwrap().is_empty());
    d.later(3 * HOUR);
    assert!(d.claim_reminders().unwrap().is_empty(), "never fired twice");
    assert!(!d.today().unwrap().today[0].missed);
}

#[test]
fn a_reminder_that_fell_due_while_kindly_was_closed_comes_back_marked_missed() {
    let (mut d, c) = rosie();
    let f = add(&mut d, call_back(&c, "2027-06-08", Some("14:00")));
    d.set("2027-06-08 14:00");
    d.later(MISSED_AFTER + MINUTE);
    let reminders = show_all(&mut d);
    assert_eq!(reminders.len(), 1);
    assert!(reminders[0].missed);
    assert_eq!(reminders[0].follow_up_id, f.id);
    assert!(d.claim_reminders().unwrap().is_empty());
    let today = d.today().unwrap();
    assert!(today.today[0].missed);
}

#[test]
fn a_follow_up_changed_after_it_fell_due_is_reminded_but_not_missed() {
    // Due at 14:00 while Kindly was closed; at 14:30 someone edits it (the
    // note) before any reminder was claimed: nobody missed anything.
    let (mut d, c) = rosie();
    let f = add(&mut d, call_back(&c, "2027-06-08", Some("14:00")));
    d.set("2027-06-08 14:30");
    let mut changed = call_back(&c, "2027-06-08", Some("14:00"));
    changed.note = "Ask about the refund, and the card".into();
    let version = d.follow_up(&f.id).unwrap().version;
    d.update_follow_up(&f.id, version, &changed).unwrap();
    assert_eq!(
        due(&d.follow_up(&f.id).unwrap()),
        "2027-06-08 14:00",
        "still past due"
    );
    d.later(MINUTE);

    let [r] = show_all(&mut d).try_into().unwrap();
    assert_eq!(r.follow_up_id, f.id);
    assert!(!r.missed, "changed after it fell due");
    assert!(!d.today().unwrap().today[0].missed);

    // Left alone, the same lateness is missed.
    let other = add(&mut d, call_back(&c, "2027-06-08", Some("15:00")));
    d.set("2027-06-08 15:30");
    let [r] = show_all(&mut d).try_into().unwrap();
    assert_eq!((r.follow_up_id, r.missed), (other.id, true));
}

#[test]
fn a_promise_due_exactly_now_is_not_yet_overdue_and_is_a_moment_later() {
    let (mut d, c) = rosie();
    let due_at = london("2027-06-08 15:00");
    d.make_promise(&PromiseInput {
        customer_id: c.clone(),
        issue_id: None,
        what: "Refund by three".into(),
        due_at,
        promised_by: "Ana".into(),
    })
    .unwrap();
    let overdue = |d: &Desk| {
        let on_page = d.customer_page(&c, &[]).unwrap().open_promises[0].overdue;
        let on_today = d.today().unwrap().promises[0].overdue;
        (on_page, on_today)
    };
    d.set("2027-06-08 15:00");
    assert_eq!(overdue(&d), (false, false), "due now, not late yet");
    d.later(1);
    assert_eq!(overdue(&d), (true, true), "a millisecond late");
}

#[test]
fn a_reminder_claimed_just_after_its_time_is_not_missed() {
    let (mut d, c) = rosie();
    add(&mut d, call_back(&c, "2027-06-08", Some("14:00")));
    d.set("2027-06-08 14:00");
    d.later(MISSED_AFTER - 1000);
    assert!(!show_all(&mut d)[0].missed);
}

#[test]
fn a_reminder_claimed_before_a_crash_is_shown_once_more_and_then_never() {
    let (place, mut d) = Desk::stored(TUESDAY_NOON);
    let c = d.add_customer("Rose Tanaka", "Rosie");
    let f = add(&mut d, call_back(&c, "2027-06-08", Some("14:00")));
    d.set("2027-06-08 14:00");
    let [r] = d.claim_reminders().unwrap().try_into().unwrap();
    assert_eq!(r.follow_up_id, f.id);
    // The app dies before the notification is confirmed.
    drop(d);
    let crash_time = london("2027-06-08 14:00");
    let mut d = Desk::at(&place, crash_time + MINUTE);
    if d.is_team() {
        // A team notebook leaves a claim to the desk that made it for five
        // minutes (it may be showing it right now), then hands it out again.
        assert!(d.claim_reminders().unwrap().is_empty());
        d.later(5 * MINUTE);
    }
    let [again] = d.claim_reminders().unwrap().try_into().unwrap();
    assert_eq!(again.follow_up_id, f.id);
    assert_eq!(again.due_at, crash_time);
    assert!(!again.missed, "it was claimed on time");
    d.confirm_reminders(&[again.id]).unwrap();
    assert!(d.claim_reminders().unwrap().is_empty());
    drop(d);
    let mut d = Desk::at(&place, crash_time + HOUR);
    assert!(d.claim_reminders().unwrap().is_empty());
}

#[test]
fn a_snoozed_follow_up_is_reminded_again_at_its_new_time() {
    let (mut d, c) = rosie();
    let f = add(&mut d, call_back(&c, "2027-06-08", Some("14:00")));
    d.set("2027-06-08 14:00");
    assert_eq!(show_all(&mut d).len(), 1);
    let version = d.follow_up(&f.id).unwrap().version;
    d.snooze_follow_up(&f.id, version, &Snooze::Hour).unwrap();
    d.later(30 * MINUTE);
    assert!(d.claim_reminders().unwrap().is_empty());
    d.set("2027-06-08 15:00");
    let [r] = show_all(&mut d).try_into().unwrap();
    assert_eq!(
        (r.follow_up_id, r.due_at),
        (f.id, london("2027-06-08 15:00"))
    );
    assert!(d.claim_reminders().unwrap().is_empty());
}

#[test]
fn a_reminder_not_yet_shown_is_dropped_when_the_follow_up_is_done_or_trashed() {
    let (mut d, c) = rosie();
    let first = add(&mut d, call_back(&c, "2027-06-08", Some("14:00")));
    let second = add(&mut d, call_back(&c, "2027-06-08", Some("14:00")));
    d.set("2027-06-08 14:00");
    assert_eq!(claimed(&mut d).len(), 2);
    let version = d.follow_up(&first.id).unwrap().version;
    d.complete_follow_up(&first.id, version, &done("Ana", "Rang her"))
        .unwrap();
    d.trash_entry(&second.id).unwrap();
    assert!(d.claim_reminders().unwrap().is_empty());
}

#[test]
fn a_repeating_follow_up_is_reminded_each_time() {
    let (mut d, c) = rosie();
    let f = add(
        &mut d,
        repeating(&c, "2027-06-08", Some("14:00"), "FREQ=WEEKLY"),
    );
    d.set("2027-06-08 14:00");
    assert_eq!(claimed(&mut d), [(f.id.clone(), false)]);
    show_all(&mut d);
    let version = d.follow_up(&f.id).unwrap().version;
    d.complete_follow_up(&f.id, version, &done("Ana", ""))
        .unwrap();
    d.set("2027-06-15 14:00");
    let [r] = show_all(&mut d).try_into().unwrap();
    assert_eq!(r.due_at, london("2027-06-15 14:00"));
}

#[test]
fn the_reminder_loop_knows_when_to_wake_next() {
    let (mut d, c) = rosie();
    assert_eq!(d.next_reminder_at().unwrap(), None);
    add(&mut d, call_back(&c, "2027-06-08", Some("16:30")));
    add(&mut d, call_back(&c, "2027-06-08", Some("14:00")));
    add(&mut d, call_back(&c, "2027-06-08", Some("09:00"))); // already past
    assert_eq!(
        d.next_reminder_at().unwrap().map(reads).as_deref(),
        Some("2027-06-08 14:00")
    );
    d.set("2027-06-08 14:00");
    show_all(&mut d);
    assert_eq!(
        d.next_reminder_at().unwrap().map(reads).as_deref(),
        Some("2027-06-08 16:30")
    );
    d.set("2027-06-08 16:30");
    show_all(&mut d);
    assert_eq!(d.next_reminder_at().unwrap(), None);
}

#[test]
fn a_new_reminder_time_or_zone_does_not_remind_again_about_what_was_shown() {
    let mut d = Desk::new("2027-06-08 09:00");
    let c = d.add_customer("Rose Tanaka", "Rosie");
    let shown = add(&mut d, call_back(&c, "2027-06-08", None));
    let [r] = show_all(&mut d).try_into().unwrap();
    assert_eq!(r.follow_up_id, shown.id);

    d.set("2027-06-08 10:00");
    d.set_reminder_time("08:00").unwrap();
    assert_eq!(due(&d.follow_up(&shown.id).unwrap()), "2027-06-08 08:00");
    assert!(
        d.claim_reminders().unwrap().is_empty(),
        "shown once already"
    );
    d.set_time_zone("Europe/Paris").unwrap();
    assert!(
        d.claim_reminders().unwrap().is_empty(),
        "shown once already"
    );
    assert!(!d.today().unwrap().today[0].missed);

    // One not reminded yet is reminded at its new time.
    let waiting = add(&mut d, call_back(&c, "2027-06-09", None));
    d.set("2027-06-09 07:00"); // 08:00 in Paris
    let [r] = show_all(&mut d).try_into().unwrap();
    assert_eq!((r.follow_up_id, r.missed), (waiting.id, false));
}

#[test]
fn a_reminder_for_someone_not_at_the_desk_says_whose_it_is() {
    let (mut d, c) = rosie();
    // At the desk: on a team notebook whoever signed in; in a file, Ana.
    let me = match d.signed_in().unwrap() {
        Some(login) => login.display_name,
        None => {
            let roster = d.add_staff("Ana", "").unwrap();
            let ana = roster.staff.iter().find(|s| s.name == "Ana").unwrap();
            let ana = ana.id.clone();
            d.set_at_desk(Some(&ana)).unwrap();
            "Ana".to_owned()
        }
    };
    let mine = add(
        &mut d,
        FollowUpInput {
            assignee: me.clone(),
            ..call_back(&c, "2027-06-08", Some("14:00"))
        },
    );
    let bens = add(
        &mut d,
        FollowUpInput {
            assignee: "ben ortiz".into(),
            ..call_back(&c, "2027-06-08", Some("14:00"))
        },
    );
    let anyones = add(
        &mut d,
        FollowUpInput {
            assignee: String::new(),
            ..call_back(&c, "2027-06-08", Some("14:00"))
        },
    );
    d.set("2027-06-08 14:00");
    let mut marks: Vec<(String, bool, String)> = show_all(&mut d)
        .into_iter()
        .map(|r| (r.follow_up_id, r.for_someone_else, r.assignee))
        .collect();
    marks.sort();
    let mut expected = vec![
        (mine.id, false, me),
        (bens.id, true, "ben ortiz".to_owned()),
        (anyones.id, false, String::new()),
    ];
    expected.sort();
    assert_eq!(marks, expected, "only Ben's says it is Ben's");
}
