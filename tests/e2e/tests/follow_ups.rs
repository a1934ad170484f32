//! Following through, in the real window: a follow-up that falls due
//! produces a desktop notification and shows under "due"; done, it moves to
//! the timeline. Repeating ones skip, snooze and change hands; resolving an
//! issue and logging a card suggest follow-ups; stay-in-touch and birthdays
//! show on Today; reminders missed while Kindly was closed are shown once;
//! the reminder time, start at login and the calendar export work.

#![allow(
    clippy::disallowed_methods,
    clippy::disallowed_types,
    reason = "the real window reads the computer's clock and time zone, so the test's times do too"
)]

use std::time::{Duration, Instant};

use chrono::{Duration as Span, Local, Timelike};
use kindly_e2e::{app_home, notifications, save_as_offered, save_as_picks, App, Notebook};
use serde_json::Value;

fn date_in(days: i64) -> String {
    (Local::now() + Span::days(days))
        .format("%Y-%m-%d")
        .to_string()
}

fn events(app: &App) -> Vec<String> {
    app.find_all("timeline-item")
        .iter()
        .filter_map(|e| app.attr(e, "data-event"))
        .collect()
}

/// Notifications asked for with this title, waiting up to `patience`.
fn wait_for_notification(title: &str, patience: Duration) -> Value {
    let start = Instant::now();
    loop {
        if let Some(n) = notifications().into_iter().find(|n| n["title"] == title) {
            return n;
        }
        assert!(
            start.elapsed() < patience,
            "no notification {title:?}; asked for: {:?}",
            notifications()
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// Adds a customer with a preferred name and opens their page.
fn customer(app: &App, full_name: &str, preferred: &str, phone: &str) {
    app.add_customer(full_name, phone);
    app.click("edit-customer");
    app.type_into("field-preferred_name", preferred);
    app.click("save-customer");
    app.wait_for("the profile with the preferred name", || {
        app.try_find("profile-name")
            .is_some_and(|e| app.text(&e).contains(preferred))
    });
}

/// Fills and saves the follow-up form opened with "Add follow-up".
fn add_follow_up(app: &App, action: &str, date: &str, time: &str, repeat: &str) {
    app.click("add-follow-up");
    app.set_value("follow-up-action", action);
    app.set_value("follow-up-date", date);
    app.set_value("follow-up-time", time);
    app.set_value("follow-up-repeat", repeat);
    app.click("follow-up-save");
    app.wait_for("the follow-up on the page", || {
        app.try_find("follow-up-save").is_none() && app.try_find("follow-up-row").is_some()
    });
}

#[test]
fn a_follow_up_falls_due_reminds_and_once_done_is_on_the_timeline() {
    let notebook = Notebook::new();
    let app = notebook.launch();
    customer(&app, "Rosalind Park", "Rosie", "555 010 2323");

    // Due at the start of the next minute, 10 to 60 seconds away.
    let mut due = Local::now() + Span::seconds(60);
    if due.second() > 50 {
        due += Span::seconds(10);
    }
    add_follow_up(
        &app,
        "call_back",
        &due.format("%Y-%m-%d").to_string(),
        &due.format("%H:%M").to_string(),
        "none",
    );

    app.click("nav-today");
    app.wait_for("the follow-up under due today", || {
        app.try_css("[data-testid=today-due] [data-testid=today-row]")
            .is_some()
    });
    let note = wait_for_notification("Call back Rosie", Duration::from_secs(90));
    assert!(
        note["customer_id"].is_string(),
        "clicking it opens the customer: {note}"
    );
    app.screenshot("today-due");
    assert!(
        app.text_of("today-due").contains("Rosie"),
        "still due until done"
    );

    app.click("follow-up-done");
    app.wait_for("Today to be clear", || app.try_find("today-row").is_none());
    app.lookup("Rosie");
    app.press(kindly_e2e::keys::ENTER);
    app.wait_for("the done follow-up on the timeline", || {
        events(&app).first().map(String::as_str) == Some("follow_up_done")
    });
    assert!(
        app.try_find("follow-up-row").is_none(),
        "nothing left to do"
    );
}

#[test]
fn a_repeating_follow_up_skips_snoozes_and_changes_hands() {
    let notebook = Notebook::new();
    let app = notebook.launch();
    app.click("nav-settings");
    for name in ["Ana Lima", "Ben Okafor"] {
        app.type_into("staff-name", name);
        app.click("staff-add");
        app.wait_for("the staff row", || {
            app.texts("staff-row").iter().any(|t| t.contains(name))
        });
    }
    customer(&app, "Grace Holm", "Grace", "555 010 4545");
    app.click("add-follow-up");
    app.set_value("follow-up-repeat", "nth_weekday");
    app.screenshot("follow-up-form");
    app.click("follow-up-cancel");
    app.click("discard-confirm");
    add_follow_up(&app, "check_in", &date_in(1), "", "weekly");
    assert!(app
        .text_of("follow-up-repeats")
        .to_lowercase()
        .contains("week"));
    let first = app.text_of("follow-up-when");

    app.click("follow-up-skip");
    app.wait_for("the next week's occurrence", || {
        app.try_find("follow-up-when")
            .is_some_and(|e| app.text(&e) != first)
    });
    app.wait_for("the skip on the timeline", || {
        events(&app).contains(&"follow_up_skipped".to_owned())
    });

    app.click("follow-up-snooze");
    app.click("snooze-tomorrow");
    app.wait_for("the row to say snoozed", || {
        app.try_find("follow-up-when")
            .is_some_and(|e| app.text(&e).to_lowercase().contains("snoozed"))
    });

    app.click("follow-up-reassign");
    app.replace("reassign-to", "Ben Okafor");
    app.click("reassign-confirm");
    app.wait_for("Ben to have it", || {
        app.try_find("follow-up-who")
            .is_some_and(|e| app.text(&e) == "Ben Okafor")
    });
    app.screenshot("profile-follow-ups");
}

#[test]
fn resolving_an_issue_and_logging_a_card_suggest_follow_ups() {
    let notebook = Notebook::new();
    let app = notebook.launch();
    customer(&app, "Tomás Ortega", "Tom", "555 010 6161");

    app.click("open-issue");
    app.type_into("issue-title", "Wrong size delivered");
    app.type_into("issue-own-words", "The shoes were a size too small");
    app.click("issue-save");
    app.find("open-issue-card");
    app.click("issue-move-resolved");
    assert!(
        app.run("return document.querySelector('[data-testid=check-in-enabled]').checked")
            .as_bool()
            .unwrap_or(false),
        "the check-in is offered, ticked"
    );
    assert_eq!(app.value_of("check-in-days"), "3");
    app.type_into("move-note", "Sent the right size by courier");
    app.click("move-save");
    app.wait_for("the check-in follow-up", || {
        app.try_find("follow-up-about-title")
            .is_some_and(|e| app.text(&e) == "Wrong size delivered")
    });
    assert!(app.text_of("follow-up-row").contains("Check in"));

    app.click("log-conversation");
    app.type_into("conv-summary", "Thanked us for the quick fix");
    app.click("card-to-send");
    app.click("conv-save");
    app.wait_for("the card follow-up", || {
        app.texts("follow-up-row")
            .iter()
            .any(|t| t.contains("Write the card"))
    });
}

#[test]
fn stay_in_touch_and_birthdays_show_on_today_and_kindly_opens_there() {
    let notebook = Notebook::new();
    let app = notebook.launch();
    customer(&app, "Ingrid Sørensen", "Ingrid", "555 010 8282");

    app.click("edit-customer");
    app.click("touch-enabled");
    app.replace("touch-ideal-weeks", "1");
    app.replace("touch-longest-weeks", "4");
    let birthday = Local::now() + Span::days(2);
    app.set_value("birthday-month", &birthday.format("%-m").to_string());
    app.replace("birthday-day", &birthday.format("%-d").to_string());
    app.click("save-customer");
    app.find("profile-name");

    app.click("log-conversation");
    app.type_into("conv-summary", "Asked about the spring catalogue");
    let ten_days_ago = Local::now() - Span::days(10);
    app.set_value(
        "conv-when",
        &ten_days_ago.format("%Y-%m-%dT%H:%M").to_string(),
    );
    app.click("conv-save");
    app.wait_for("the amber badge", || {
        app.try_find("touch-badge")
            .and_then(|e| app.attr(&e, "data-state"))
            .as_deref()
            == Some("drifting")
    });

    // Something due today makes Kindly open on Today.
    add_follow_up(&app, "other", &date_in(0), "", "none");
    drop(app);
    let app = notebook.launch();
    app.wait_for("Kindly to open on Today", || {
        app.try_find("today-due").is_some()
    });
    let drifting = app.find("today-drifting-row");
    assert_eq!(
        app.attr(&drifting, "data-state").as_deref(),
        Some("drifting")
    );
    assert!(app.text(&drifting).contains("Ingrid"));
    assert!(app.text_of("today-birthday-row").contains("Ingrid"));
    app.screenshot("today-touch-birthday");
}

#[test]
fn a_reminder_that_fell_due_while_kindly_was_closed_is_shown_once_as_missed() {
    let notebook = Notebook::new();
    let two_days_ago = (Local::now() - Span::days(2))
        .format("%Y-%m-%d")
        .to_string();
    {
        let created = (Local::now() - Span::days(3)).timestamp_millis();
        let mut nb = kindly_core::Notebook::open_in_dir(notebook.path())
            .expect("notebook")
            .with_clock(std::sync::Arc::new(move || created));
        let rosie = nb
            .create_customer(&kindly_core::CustomerInput {
                full_name: "Rosa Lindqvist".into(),
                preferred_name: "Rosa".into(),
                ..Default::default()
            })
            .expect("customer");
        nb.add_follow_up(&kindly_core::FollowUpInput {
            customer_id: rosie.id,
            about_id: None,
            action: kindly_core::FollowUpAction::CallBack,
            date: two_days_ago,
            time: Some("12:00".into()),
            repeat: None,
            assignee: String::new(),
            note: "About the refund".into(),
            staff: String::new(),
        })
        .expect("follow-up");
    }
    let app = notebook.launch();
    let note = wait_for_notification("Missed: Call back Rosa", Duration::from_secs(20));
    assert_eq!(note["body"], "About the refund");
    app.wait_for("Kindly to open on Today", || {
        app.try_find("today-overdue").is_some()
    });
    app.wait_for("the missed tag", || app.try_find("today-missed").is_some());
    drop(app);

    // Started again: once a new follow-up due now has been reminded, the
    // reminder loop has been round at least once since the start.
    let app = notebook.launch();
    app.click("today-open");
    add_follow_up(
        &app,
        "check_in",
        &date_in(0),
        &Local::now().format("%H:%M").to_string(),
        "none",
    );
    wait_for_notification("Check in with Rosa", Duration::from_secs(20));
    let shown = notifications()
        .iter()
        .filter(|n| n["title"] == "Missed: Call back Rosa")
        .count();
    assert_eq!(
        shown, 1,
        "a missed reminder is shown once, not at every start"
    );
}

#[test]
fn reminder_time_start_at_login_and_calendar_export() {
    let notebook = Notebook::new();
    let app = notebook.launch();
    app.click("nav-settings");
    app.replace("reminder-time", "08:15");
    app.click("reminder-time-save");
    app.wait_for("the reminder time to be saved", || {
        app.value_of("reminder-time") == "08:15" && app.try_find("reminder-time-saved").is_some()
    });
    assert!(!app.text_of("time-zone").is_empty());
    app.screenshot("settings-reminders");

    let entry = app_home().join(".config/autostart/Kindly.desktop");
    app.click("autostart");
    app.wait_for("a start-at-login entry", || entry.exists());
    let text = std::fs::read_to_string(&entry).unwrap_or_default();
    assert!(
        text.contains("--hidden"),
        "starts quietly in the tray: {text}"
    );
    app.click("autostart");
    app.wait_for("the entry to go", || !entry.exists());

    customer(&app, "Kenji Sato", "Kenji", "555 010 9393");
    add_follow_up(&app, "call_back", &date_in(1), "10:30", "weekly");
    let picked = app_home().join("Documents").join("follow-ups.ics");
    std::fs::create_dir_all(picked.parent().expect("a folder")).expect("the folder");
    save_as_picks(Some(&picked));
    app.click("nav-today");
    app.click("export-calendar");
    app.wait_for("the export", || {
        app.try_find("export-result")
            .is_some_and(|e| app.text(&e).contains("follow-ups.ics"))
    });
    let (_, name) = save_as_offered().expect("the \"Save as\" dialog");
    assert!(
        name.starts_with("Kindly follow-ups ") && name.ends_with(".ics"),
        "{name}"
    );
    let path = &picked;
    let ics = std::fs::read_to_string(path).expect("the .ics file");
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(ics.contains("SUMMARY:Call back Kenji\r\n"));
    assert!(ics.contains("RRULE:FREQ=WEEKLY\r\n"));
    assert!(ics.contains("T103000\r\n"), "at 10:30 local time: {ics}");
}
