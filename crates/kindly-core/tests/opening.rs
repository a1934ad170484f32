//! The window's first answer: one read that says what the first screen
//! shows, the same as asking for each part on its own.

mod common;

use common::desk::*;
use kindly_core::*;

fn separately(nb: &Notebook) -> Opening {
    Opening {
        info: nb.info().unwrap(),
        roster: nb.staff_roster().unwrap(),
        time: nb.time_settings().unwrap(),
        today: Some(nb.today().unwrap()),
    }
}

#[test]
fn a_new_notebook_opens_on_the_welcome_with_nothing_due() {
    let d = Desk::new("2027-06-08 12:00");
    let opening = d.opening().unwrap();
    assert!(opening.info.welcome);
    assert!(opening.roster.staff.is_empty());
    assert!(!opening.today.as_ref().unwrap().anything_due);
    assert_eq!(opening, separately(&d));
}

#[test]
fn a_notebook_in_use_opens_with_its_staff_and_what_is_due() {
    let mut d = Desk::new("2027-06-08 12:00");
    d.welcome(&Welcome {
        phone_region: "GB".into(),
        at_desk: "Sam Lee".into(),
        sample: false,
    })
    .unwrap();
    let rosie = d.add_customer("Rose Tanaka", "Rosie");
    d.add_follow_up(&call_back(&rosie, "2027-06-08", Some("09:00")))
        .unwrap();

    let opening = d.opening().unwrap();
    assert!(!opening.info.welcome);
    assert_eq!(opening.info.customer_count, 1);
    assert_eq!(opening.roster.staff[0].name, "Sam Lee");
    if d.nb.is_team() {
        // Whoever signed in is at the desk (the test's login).
        assert!(opening.roster.signed_in.is_some());
    } else {
        let desk = opening.roster.at_desk.as_deref().unwrap();
        assert_eq!(opening.roster.staff[0].id, desk);
    }
    assert_eq!(opening.time.time_zone, "Europe/London");
    let today = opening.today.as_ref().unwrap();
    assert!(today.anything_due);
    assert_eq!(today.overdue_count + today.today_count, 1);
    assert_eq!(opening, separately(&d));
}
