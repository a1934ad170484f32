//! Two desks on one team notebook, as two computers: two Kindly processes,
//! each on its own data folder, one signed in as Ana Lima and one as Ben
//! Ortiz, side by side on the throwaway PostgreSQL server of
//! `scripts/with-postgres.sh`. What one does shows on the other without
//! the other doing anything (the lookup, the profile, the timeline), a
//! save on top of the other's is settled side by side in the form, typing
//! in an open form survives the other's change, and a due follow-up is
//! shown once across the two, on the machine of the person it is for.
//!
//! Waits are the harness's patience; nothing here asserts how fast.

#![allow(
    clippy::disallowed_methods,
    clippy::disallowed_types,
    reason = "the reminder loop in the window reads the computer's clock, so the follow-ups set here do too"
)]

use kindly_core::{
    Channel, ConversationInput, CustomerInput, FollowUpAction, FollowUpInput, Mood,
    Notebook as Core,
};
use kindly_e2e::team::TeamNotebook;
use kindly_e2e::{notifications, App, Notebook, SecondDesk};
use serde_json::Value;

/// The two windows, the server and a third handle on the notebook (the
/// owner's, through the core) for what neither window does.
/// Fields drop in order: the windows close before their folders go.
struct Desks {
    ana: App,
    ben: App,
    ana_desk: Notebook,
    ben_desk: SecondDesk,
    owner: Core,
    /// Rosie Park, who has a few calls on her page already.
    rosie: String,
    _team: TeamNotebook,
}

/// A team notebook with logins for Ana Lima, Ben Ortiz and Cleo Diaz (who
/// never signs in) and a customer, Rosie Park; Ana joins it in the first
/// window, Ben in the second, the windows side by side.
fn two_desks() -> Desks {
    let team = TeamNotebook::with_staff("Ana Lima");
    let ben_login = kindly_core::add_staff(&team.owner_url, "Ben Ortiz").expect("Ben's login");
    kindly_core::add_staff(&team.owner_url, "Cleo Diaz").expect("Cleo's login");
    let mut owner = team.open();
    let rosie = owner
        .create_customer(&CustomerInput {
            full_name: "Rosie Park".into(),
            best_time: "any time".into(),
            ..Default::default()
        })
        .expect("Rosie")
        .id;
    // Enough story for her page to scroll.
    for (days, summary) in [
        (20, "Ordered the winter coat"),
        (14, "Asked about alterations to the sleeves"),
        (9, "Came in for a fitting"),
        (5, "Rang to check the coat was on its way"),
        (2, "Said the sleeves were still too long"),
    ] {
        owner
            .log_conversation(&ConversationInput {
                customer_id: rosie.clone(),
                channel: Channel::CallIn,
                happened_at: Some(
                    (chrono::Utc::now() - chrono::Duration::days(days)).timestamp_millis(),
                ),
                staff: "Cleo Diaz".into(),
                summary: summary.into(),
                mood: Some(Mood::Neutral),
                issue_id: None,
                follow_up: None,
            })
            .expect("a call");
    }

    let ana_desk = Notebook::new();
    let ben_desk = SecondDesk::new();
    let ana = ana_desk.launch();
    let ben = ben_desk.launch();
    ana.join_team(
        &team.server,
        &team.database,
        &team.staff.login,
        &team.staff.password,
    );
    ben.join_team(
        &team.server,
        &team.database,
        &ben_login.login,
        &ben_login.password,
    );
    assert!(ana.text_of("signed-in-as").contains("Ana Lima"));
    assert!(ben.text_of("signed-in-as").contains("Ben Ortiz"));
    Desks {
        ana,
        ben,
        ana_desk,
        ben_desk,
        owner,
        rosie,
        _team: team,
    }
}

/// A screenshot of each window. They overlap on the display, so the other
/// one steps off the display while one is taken.
fn screenshot(desks: &Desks, name: &str) {
    const ASIDE: i32 = 2000;
    desks.ben.move_window(ASIDE, 0);
    desks.ana.screenshot(&format!("team-live-{name}-ana"));
    desks.ana.move_window(ASIDE, 0);
    desks.ben.move_window(0, 0);
    desks.ben.screenshot(&format!("team-live-{name}-ben"));
    desks.ana.move_window(0, 0);
}

#[test]
fn a_customer_added_at_one_desk_is_found_at_the_other_without_asking_again() {
    let desks = two_desks();
    let (ana, ben) = (&desks.ana, &desks.ben);

    // Ben has already typed the name of a customer nobody has added yet.
    ben.lookup("Okafor");
    ben.find("lookup-no-results");

    ana.add_customer("Rosalind Okafor", "020 7946 0321");
    ben.wait_for("Ana's new customer in Ben's lookup", || {
        ben.texts("lookup-result")
            .iter()
            .any(|r| r.contains("Rosalind Okafor"))
    });
    assert_eq!(
        ben.value_of("lookup-input"),
        "Okafor",
        "Ben's query is as he typed it"
    );
    assert!(ben.try_find("lookup-no-results").is_none());
    screenshot(&desks, "1-found-at-the-other-desk");

    // Typed after: the lookup asks the server, as any lookup does.
    ana.add_customer("Samuel Okafor-Reed", "");
    ben.lookup("Samuel");
    ben.wait_for("Ana's second customer", || {
        ben.texts("lookup-result")
            .iter()
            .any(|r| r.contains("Samuel Okafor-Reed"))
    });
}

#[test]
fn the_second_save_shows_the_first_side_by_side_and_keeps_what_was_chosen() {
    let desks = two_desks();
    let (ana, ben) = (&desks.ana, &desks.ben);
    ana.open_customer("Rosie Park");
    ben.open_customer("Rosie Park");
    ana.click("edit-customer");
    ben.click("edit-customer");
    ana.replace("field-best_time", "evenings");
    ben.replace("field-best_time", "weekday mornings");

    ana.click("save-customer");
    ana.wait_for_texts("profile-best-time", &["evenings"]);
    assert_eq!(
        ben.value_of("field-best_time"),
        "weekday mornings",
        "Ana's save does not touch Ben's open form"
    );

    ben.click("save-customer");
    ben.wait_for("the conflict in Ben's form", || {
        ben.try_find("conflict").is_some()
    });
    let clash = ben.text_of("clash-best_time");
    assert!(
        clash.starts_with("Ana Lima changed Rosie Park’s best time to evenings")
            && clash.contains("you wrote weekday mornings"),
        "both versions, naming Ana: {clash}"
    );
    assert_eq!(
        ben.value_of("field-best_time"),
        "weekday mornings",
        "his typing stays"
    );
    assert_eq!(
        desks.owner.customer(&desks.rosie).expect("Rosie").best_time,
        "evenings",
        "nothing of the refused save was written"
    );
    let conflict = ben.find("conflict");
    ben.run_with("arguments[0].scrollIntoView({block: 'start'})", &conflict);
    screenshot(&desks, "2-conflict-side-by-side");

    ben.click("clash-best_time-mine");
    ben.click("save-customer");
    ben.wait_for_texts("profile-best-time", &["weekday mornings"]);
    assert_eq!(
        desks.owner.customer(&desks.rosie).expect("Rosie").best_time,
        "weekday mornings",
        "Ben's choice is stored"
    );
    // Ana did nothing: her open page shows what Ben saved.
    ana.wait_for_texts("profile-best-time", &["weekday mornings"]);
    screenshot(&desks, "3-ben-kept-his-and-ana-sees-it");

    // Who changed what: Ana's page names each of them, by name, not login.
    ana.click("profile-changes-toggle");
    ana.wait_for("both saves in the change history", || {
        ana.find_all("profile-change").len() >= 2
    });
    let who = ana.texts("profile-change-who");
    let what = ana.texts("profile-change-what");
    assert_eq!(
        (who[0].as_str(), what[0].as_str()),
        (
            "Ben Ortiz",
            "Best time to reach them: evenings → weekday mornings"
        ),
        "{who:?} {what:?}"
    );
    assert_eq!(
        (who[1].as_str(), what[1].as_str()),
        ("Ana Lima", "Best time to reach them: any time → evenings"),
        "{who:?} {what:?}"
    );
}

#[test]
fn a_call_logged_at_one_desk_shows_on_the_others_open_page_and_her_typing_stays_put() {
    let desks = two_desks();
    let (ana, ben) = (&desks.ana, &desks.ben);
    ana.open_customer("Rosie Park");
    ben.open_customer("Rosie Park");

    // Ana is halfway through a note about Rosie, her page scrolled to it.
    ana.click("log-conversation");
    let half = "She asked whether the coat also comes in";
    ana.type_into("conv-summary", half);
    let note = ana.find("conv-summary");
    ana.run_with("arguments[0].scrollIntoView({block: 'center'})", &note);
    let where_before = note_on_screen(ana);
    assert!(
        where_before.scroll_y > 0.0,
        "the page is scrolled, so a jump would show: {where_before:?}"
    );

    ben.click("log-conversation");
    ben.type_into("conv-summary", "Rang Rosie: the coat is ready to collect");
    ben.click("conv-save");
    ben.wait_for("Ben's call on his page", || {
        timeline_says(ben, "the coat is ready to collect")
    });

    ana.wait_for("Ben's call on Ana's open page", || {
        timeline_says(ana, "the coat is ready to collect")
    });
    screenshot(&desks, "4-bens-call-on-anas-page");
    assert_eq!(ana.value_of("conv-summary"), half, "her typing is there");
    let where_after = note_on_screen(ana);
    assert!(
        (where_after.top - where_before.top).abs() <= 2.0,
        "the note she is typing stays where it was on screen: {where_before:?} → {where_after:?}"
    );
    assert_eq!(
        ana.focused_testid().as_deref(),
        Some("conv-summary"),
        "she can type on"
    );

    // She finishes her sentence and saves: both calls are on her page.
    ana.press(" navy");
    assert_eq!(ana.value_of("conv-summary"), format!("{half} navy"));
    ana.click("conv-save");
    ana.wait_for("Ana's call on her page", || {
        timeline_says(ana, "also comes in navy")
    });
    assert!(timeline_says(ana, "the coat is ready to collect"));
    ben.wait_for("Ana's call on Ben's page", || {
        timeline_says(ben, "also comes in navy")
    });
}

/// Where the note being typed is: its top in the window and how far the
/// page is scrolled, in pixels.
#[derive(Debug)]
struct OnScreen {
    top: f64,
    scroll_y: f64,
}

fn note_on_screen(app: &App) -> OnScreen {
    let v = app.run(
        "const n = document.querySelector('[data-testid=\"conv-summary\"]'); \
         return [n.getBoundingClientRect().top, window.scrollY];",
    );
    OnScreen {
        top: v[0].as_f64().expect("a top"),
        scroll_y: v[1].as_f64().expect("a scroll position"),
    }
}

fn timeline_says(app: &App, words: &str) -> bool {
    app.texts("timeline-item").iter().any(|t| t.contains(words))
}

/// A call-back for `assignee` about Rosie, due this minute (the notebook
/// set to UTC, so the minute is the computer's clock read in UTC), with a
/// note that tells it apart in the notification log.
fn call_back_now(desks: &mut Desks, assignee: &str, note: &str) {
    let now = chrono::Utc::now();
    desks
        .owner
        .add_follow_up(&FollowUpInput {
            customer_id: desks.rosie.clone(),
            about_id: None,
            action: FollowUpAction::CallBack,
            date: now.format("%Y-%m-%d").to_string(),
            time: Some(now.format("%H:%M").to_string()),
            repeat: None,
            assignee: assignee.into(),
            note: note.into(),
            staff: "Cleo Diaz".into(),
        })
        .expect("a call-back");
}

/// The notifications asked for with this body (the follow-up's note).
fn notified(note: &str) -> Vec<Value> {
    notifications()
        .into_iter()
        .filter(|n| n["body"] == note)
        .collect()
}

/// Waits until a notification with this body was asked for; all of them.
fn wait_for_notification(app: &App, note: &str) -> Vec<Value> {
    app.wait_for(&format!("a notification {note:?}"), || {
        !notified(note).is_empty()
    });
    notified(note)
}

/// Whether the notification was asked for by the copy of Kindly on this
/// data folder.
fn from_desk(n: &Value, folder: &std::path::Path) -> bool {
    n["data_dir"]
        .as_str()
        .map(std::path::Path::new)
        .and_then(std::path::Path::file_name)
        == folder.file_name()
}

#[test]
fn a_due_follow_up_is_shown_once_across_both_desks_on_the_right_one() {
    let mut desks = two_desks();
    // Follow-ups are set in the notebook's wall-clock time.
    desks.owner.set_time_zone("UTC").expect("UTC");
    desks.ana.open_customer("Rosie Park");
    desks.ben.open_customer("Rosie Park");

    // Ben's, with both windows open: his desk shows it, Ana's leaves it.
    let for_ben = "Ask Ben's question about the hem";
    call_back_now(&mut desks, "Ben Ortiz", for_ben);
    let shown = wait_for_notification(&desks.ben, for_ben);
    assert_eq!(shown[0]["title"], "Call back Rosie Park", "{shown:?}");
    assert!(
        from_desk(&shown[0], desks.ben_desk.path()),
        "shown by Ben's Kindly: {shown:?}"
    );

    // Cleo's: she is not signed in anywhere, so one of the two shows it,
    // saying whose it is.
    let for_cleo = "Cleo promised to ring about the refund";
    call_back_now(&mut desks, "Cleo Diaz", for_cleo);
    let shown = wait_for_notification(&desks.ana, for_cleo);
    assert_eq!(
        shown[0]["title"], "For Cleo Diaz: Call back Rosie Park",
        "{shown:?}"
    );
    assert!(
        from_desk(&shown[0], desks.ana_desk.path()) || from_desk(&shown[0], desks.ben_desk.path()),
        "{shown:?}"
    );

    // Each desk's own, later: once both are shown, each desk has claimed
    // since Ben's and Cleo's fell due, and neither showed them again.
    let anas_own = "Ana to confirm the collection time";
    let bens_own = "Ben to send the receipt";
    call_back_now(&mut desks, "Ana Lima", anas_own);
    call_back_now(&mut desks, "Ben Ortiz", bens_own);
    let anas = wait_for_notification(&desks.ana, anas_own);
    let bens = wait_for_notification(&desks.ben, bens_own);
    assert!(from_desk(&anas[0], desks.ana_desk.path()), "{anas:?}");
    assert!(from_desk(&bens[0], desks.ben_desk.path()), "{bens:?}");
    screenshot(&desks, "5-reminders");

    for note in [for_ben, for_cleo, anas_own, bens_own] {
        assert_eq!(
            notified(note).len(),
            1,
            "exactly one notification for {note:?}: {:?}",
            notifications()
        );
    }
}
