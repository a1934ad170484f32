//! The callback brief in the real window: opened by a `kindly://call` link
//! at start or handed to the running window by a second start, found from
//! a typed number, search and Today, and the call logged from it.

#![allow(
    clippy::disallowed_methods,
    clippy::disallowed_types,
    reason = "the real window reads the computer's clock and time zone, so the test's times do too"
)]

use chrono::{Duration as Span, Local};
use kindly_core::*;
use kindly_e2e::story::give_a_story;
use kindly_e2e::{App, Notebook};

const ROSIE_PHONE: &str = "020 7946 0958";

/// A notebook with Rosie, who has a rich story and a call-back due today,
/// and Sam, whose number ends in the same four digits.
fn notebook() -> Notebook {
    let notebook = Notebook::new();
    let mut nb = kindly_core::Notebook::open_in_dir(notebook.path()).expect("notebook");
    nb.set_phone_region("GB").expect("region");
    let soon = Local::now() + Span::days(5);
    let rosie = nb
        .create_customer(&CustomerInput {
            full_name: "Rosalind Park".into(),
            preferred_name: "Rosie".into(),
            pronunciation: "ROZ-ih-lind".into(),
            pronouns: "she/her".into(),
            phones: vec![PhoneInput {
                label: "mobile".into(),
                number: ROSIE_PHONE.into(),
                primary: true,
            }],
            birthday: Some(Birthday {
                year: Some(1986),
                month: soon.format("%-m").to_string().parse().expect("month"),
                day: soon.format("%-d").to_string().parse().expect("day"),
            }),
            best_time: "Weekday mornings".into(),
            dont: vec!["Never call before 10am".into()],
            preferences: vec!["Oat milk latte".into()],
            remember: vec!["Hard of hearing: speak slowly".into()],
            looked_after_by: "Ana".into(),
            ..Default::default()
        })
        .expect("Rosie");
    give_a_story(&mut nb, &rosie.id);
    nb.create_customer(&CustomerInput {
        full_name: "Sam Okafor".into(),
        phones: vec![PhoneInput {
            label: "shop".into(),
            number: "+1 555 010 0958".into(),
            primary: true,
        }],
        ..Default::default()
    })
    .expect("Sam");
    notebook
}

fn wait_for_brief_of(app: &App, name: &str) {
    app.wait_for(&format!("the brief of {name}"), || {
        app.try_find("brief-name")
            .is_some_and(|e| app.text(&e).contains(name))
    });
}

#[test]
fn a_call_link_at_start_opens_the_callers_brief_on_one_screen() {
    let notebook = notebook();
    let app = notebook.launch_with(&["kindly://call?number=%2B44%2020%207946%200958"]);
    wait_for_brief_of(&app, "Rosie");
    for part in [
        "brief-pronunciation",
        "brief-dont",
        "brief-issues",
        "brief-promises",
        "brief-follow-ups",
        "brief-recent",
        "brief-preferences",
        "brief-remember",
        "brief-best-time",
        "brief-birthday",
        "brief-looked-after",
    ] {
        assert!(app.try_find(part).is_some(), "the brief shows {part}");
    }
    assert_eq!(
        app.find_all("brief-contact").len(),
        3,
        "the last three times"
    );
    assert!(app.text_of("brief-dont").contains("Never call before 10am"));
    assert!(app.text_of("brief-issues").contains("icing had melted"));
    app.screenshot("brief");
    let fits = app.run(
        "return document.documentElement.scrollHeight <= window.innerHeight \
         && window.innerWidth <= 1280 && window.innerHeight <= 800",
    );
    assert_eq!(
        fits,
        serde_json::json!(true),
        "the brief fits a 1280×800 window"
    );
}

#[test]
fn a_second_start_with_a_link_brings_the_running_window_to_the_brief() {
    let notebook = notebook();
    let app = notebook.launch();
    assert_eq!(app.window_count(), 1);
    let status = notebook.start_again(&[&format!("kindly://call?number={ROSIE_PHONE}")]);
    assert!(
        status.success(),
        "the second start hands over and exits: {status}"
    );
    wait_for_brief_of(&app, "Rosie");
    assert_eq!(app.window_count(), 1, "no second window");
}

#[test]
fn an_unknown_number_offers_a_new_customer_with_it_filled_in() {
    let notebook = notebook();
    let app = notebook.launch_with(&["kindly://call?number=07700%20900123"]);
    app.click("caller-new");
    app.wait_for("the new-customer form with the number", || {
        app.try_find("phone-number-0")
            .is_some_and(|_| app.value_of("phone-number-0") == "07700 900123")
    });
}

#[test]
fn typed_digits_search_and_today_lead_to_the_brief_and_the_call_is_logged_from_it() {
    let notebook = notebook();
    let app = notebook.launch();

    // Last digits shared by two customers: a short list, the one spoken to
    // most recently first.
    app.click("nav-caller");
    app.type_into("caller-number", "0958");
    app.press(kindly_e2e::keys::ENTER);
    app.wait_for("two possible callers", || {
        app.find_all("caller-match").len() == 2
    });
    let first = app.texts("caller-match");
    assert!(first[0].contains("Rosie"), "{first:?}");
    assert!(first[1].contains("Sam Okafor"), "{first:?}");
    app.click("caller-match");
    wait_for_brief_of(&app, "Rosie");

    // From search.
    app.lookup("Sam");
    app.click("lookup-brief");
    wait_for_brief_of(&app, "Sam");
    assert!(
        app.try_find("brief-dont").is_none(),
        "empty parts take no space"
    );

    // From Today.
    app.click("nav-today");
    app.click("today-brief");
    wait_for_brief_of(&app, "Rosie");

    // After the call: logged, the due call-back done, the next one planned.
    app.click("brief-after-call");
    app.click("call-outcome-spoke");
    app.type_into("call-summary", "Refund confirmed; she is happy again");
    app.click("call-next");
    app.click("call-save");
    app.wait_for("the call to be logged", || {
        app.try_find("brief-notice").is_some() && app.try_find("after-call-form").is_none()
    });
    assert!(
        app.try_find("brief-follow-ups").is_none(),
        "nothing due any more"
    );
    assert!(app.text_of("brief-recent").contains("Refund confirmed"));
    app.click("brief-full-page");
    app.wait_for("the call and the done call-back on the timeline", || {
        let events: Vec<String> = app
            .find_all("timeline-item")
            .iter()
            .filter_map(|e| app.attr(e, "data-event"))
            .collect();
        events.iter().take(2).any(|e| e == "conversation")
            && events.iter().take(2).any(|e| e == "follow_up_done")
    });
    assert!(
        app.texts("follow-up-row")
            .iter()
            .any(|t| t.contains("Call back")),
        "the next call-back is planned"
    );
}
