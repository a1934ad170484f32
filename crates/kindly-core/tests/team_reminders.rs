//! On a team notebook a reminder goes to the machine of the person the
//! follow-up is for, when they are signed in, and otherwise to whichever
//! machine claims it first; never to two. Needs the test server
//! (`make test-rust`); fails without it.

mod common;

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

use kindly_core::{FollowUpAction, FollowUpInput, Notebook};

const MINUTE: i64 = 60_000;

/// A desk on the team notebook `url` whose clock reads `clock`.
fn desk(url: &str, clock: &Arc<AtomicI64>) -> Notebook {
    let reading = clock.clone();
    let mut nb = Notebook::open_team(url)
        .unwrap()
        .with_clock(Arc::new(move || reading.load(Ordering::SeqCst)));
    nb.set_time_zone("UTC").unwrap();
    nb
}

/// A call-back for `assignee` at `time` (UTC) on 2026-11-22, the day of
/// [`common::NOW`] (09:00).
fn call_back(nb: &mut Notebook, customer_id: &str, assignee: &str, time: &str) -> String {
    nb.add_follow_up(&FollowUpInput {
        customer_id: customer_id.into(),
        about_id: None,
        action: FollowUpAction::CallBack,
        date: "2026-11-22".into(),
        time: Some(time.into()),
        repeat: None,
        assignee: assignee.into(),
        note: String::new(),
        staff: String::new(),
    })
    .unwrap()
    .id
}

/// The follow-ups `nb` is to remind for now.
fn claimed(nb: &mut Notebook) -> Vec<String> {
    let reminders = nb.claim_reminders().unwrap();
    nb.confirm_reminders(&reminders.iter().map(|r| r.id).collect::<Vec<_>>())
        .unwrap();
    reminders.into_iter().map(|r| r.follow_up_id).collect()
}

#[test]
fn a_reminder_goes_to_the_machine_of_the_person_it_is_for_when_they_are_signed_in() {
    let url = common::new_team_notebook();
    let clock = Arc::new(AtomicI64::new(common::NOW - MINUTE / 2));
    let mut front_desk = desk(&url, &clock);
    let mut anas_laptop = desk(&common::new_login(&url, "Ana Lima"), &clock);
    let _cleo = common::new_login(&url, "Cleo Diaz"); // has a login, never signed in

    let rosie = front_desk
        .create_customer(&common::person("Rosie Park"))
        .unwrap()
        .id;
    let for_ana = call_back(&mut front_desk, &rosie, "Ana Lima", "09:00");
    let for_cleo = call_back(&mut front_desk, &rosie, "Cleo Diaz", "09:00");
    let for_anyone = call_back(&mut front_desk, &rosie, "", "09:00");

    // Ana has Kindly open (her machine claimed just now: nothing was due).
    assert!(claimed(&mut anas_laptop).is_empty());

    clock.store(common::NOW + MINUTE / 2, Ordering::SeqCst);
    let mut at_front = claimed(&mut front_desk);
    at_front.sort();
    let mut expected = vec![for_cleo, for_anyone];
    expected.sort();
    assert_eq!(
        at_front, expected,
        "Ana's call-back is left to Ana's machine; Cleo is not signed in"
    );
    assert_eq!(claimed(&mut anas_laptop), [for_ana]);
    assert!(claimed(&mut front_desk).is_empty(), "each reminder once");
}

#[test]
fn when_their_machine_does_not_take_it_another_reminds_after_a_short_wait() {
    let url = common::new_team_notebook();
    let clock = Arc::new(AtomicI64::new(common::NOW - MINUTE / 2));
    let mut front_desk = desk(&url, &clock);
    let mut anas_laptop = desk(&common::new_login(&url, "Ana Lima"), &clock);
    let rosie = front_desk
        .create_customer(&common::person("Rosie Park"))
        .unwrap()
        .id;
    assert!(claimed(&mut anas_laptop).is_empty());
    // Ana's laptop stays signed in but does not claim (asleep, say) when
    // her call-back falls due at 09:00.
    let for_ana = call_back(&mut front_desk, &rosie, "ana lima", "09:00");

    clock.store(common::NOW + MINUTE, Ordering::SeqCst);
    assert!(
        claimed(&mut front_desk).is_empty(),
        "she is signed in: hers to remind"
    );
    clock.store(common::NOW + 2 * MINUTE, Ordering::SeqCst);
    assert_eq!(
        claimed(&mut front_desk),
        [for_ana],
        "after the wait, the front desk reminds for her"
    );
}

#[test]
fn once_they_close_kindly_another_machine_reminds_at_once() {
    let url = common::new_team_notebook();
    let clock = Arc::new(AtomicI64::new(common::NOW));
    let mut front_desk = desk(&url, &clock);
    let ana = common::new_login(&url, "Ana Lima");
    let anas_laptop = desk(&ana, &clock);
    let rosie = front_desk
        .create_customer(&common::person("Rosie Park"))
        .unwrap()
        .id;
    let for_ana = call_back(&mut front_desk, &rosie, "Ana Lima", "09:00");
    assert!(claimed(&mut front_desk).is_empty(), "Ana is signed in");

    drop(anas_laptop);
    common::wait_until_signed_out(&url, &ana);
    assert_eq!(claimed(&mut front_desk), [for_ana]);
}

#[test]
fn a_reminder_that_came_to_another_desk_says_whose_it_is() {
    let url = common::new_team_notebook();
    let clock = Arc::new(AtomicI64::new(common::NOW - MINUTE / 2));
    let mut front_desk = desk(&common::new_login(&url, "Ben Ortiz"), &clock);
    let mut anas_laptop = desk(&common::new_login(&url, "Ana Lima"), &clock);
    let _cleo = common::new_login(&url, "Cleo Diaz"); // never signed in
    let rosie = front_desk
        .create_customer(&common::person("Rosie Park"))
        .unwrap()
        .id;
    let for_ana = call_back(&mut front_desk, &rosie, "Ana Lima", "09:00");
    let for_cleo = call_back(&mut front_desk, &rosie, "Cleo Diaz", "09:00");
    let for_anyone = call_back(&mut front_desk, &rosie, "", "09:00");
    let for_ben = call_back(&mut front_desk, &rosie, "ben ortiz", "09:00");
    assert!(claimed(&mut anas_laptop).is_empty());

    clock.store(common::NOW + MINUTE / 2, Ordering::SeqCst);
    let marks = |nb: &mut Notebook| {
        let mut out: Vec<(String, bool)> = nb
            .claim_reminders()
            .unwrap()
            .into_iter()
            .map(|r| (r.follow_up_id, r.for_someone_else))
            .collect();
        out.sort();
        out
    };
    let mut at_front = vec![(for_cleo, true), (for_anyone, false), (for_ben, false)];
    at_front.sort();
    assert_eq!(
        marks(&mut front_desk),
        at_front,
        "Cleo's came to Ben's desk and says so; his own and anyone's do not"
    );
    assert_eq!(
        marks(&mut anas_laptop),
        [(for_ana, false)],
        "hers, at her desk"
    );
}
