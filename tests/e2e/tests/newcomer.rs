//! What tripped a newcomer, in the real window: empty date and time boxes
//! that looked filled in, the brief without the profile's notes, a new
//! situation pointing the wrong way, and long unbroken text widening the
//! page.

use kindly_core::*;
use kindly_e2e::Notebook;

const LONG: usize = 10_000;

/// Hannah, with notes; and a customer whose notes, preference and last
/// conversation are one unbroken run of "A"s.
fn notebook() -> Notebook {
    let notebook = Notebook::new();
    let mut nb = kindly_core::Notebook::open_in_dir(notebook.path()).expect("notebook");
    nb.create_customer(&CustomerInput {
        full_name: "Hannah Price".into(),
        notes: "Deaf in the left ear: speak on her right.\nHer son Leo collects the orders.\n\
                Pays by card.\nAllergic to walnuts."
            .into(),
        ..Default::default()
    })
    .expect("Hannah");
    let long = nb
        .create_customer(&CustomerInput {
            full_name: format!("Long {}", "A".repeat(190)),
            notes: "A".repeat(LONG),
            preferences: vec!["B".repeat(200)],
            ..Default::default()
        })
        .expect("the long one");
    nb.log_conversation(&ConversationInput {
        customer_id: long.id,
        channel: Channel::CallIn,
        happened_at: None,
        staff: "Ben".into(),
        summary: "C".repeat(5_000),
        mood: None,
        issue_id: None,
        follow_up: None,
    })
    .expect("the long conversation");
    notebook
}

#[test]
fn empty_date_and_time_boxes_say_nothing_is_chosen() {
    let notebook = notebook();
    let app = notebook.launch();
    app.open_customer("Hannah");

    app.click("add-follow-up");
    app.wait_for("'Any time' in the empty time box", || {
        app.try_find("follow-up-time-blank")
            .is_some_and(|e| app.text(&e) == "Any time")
    });
    assert_eq!(app.value_of("follow-up-time"), "");
    app.screenshot("newcomer-3-follow-up-any-time");

    app.click("make-promise");
    app.wait_for("the empty day's words", || {
        app.try_find("promise-due-blank")
            .is_some_and(|e| app.text(&e) == "No day chosen yet")
    });
    assert_eq!(app.value_of("promise-due"), "");
    app.screenshot("newcomer-1-promise-no-day");
    app.click("promise-due-tomorrow");
    app.wait_for("the words to go once a day is chosen", || {
        app.try_find("promise-due-blank").is_none()
    });
    app.screenshot("newcomer-2-promise-tomorrow");
}

#[test]
fn the_brief_shows_the_first_lines_of_the_notes_and_the_rest_on_more() {
    let notebook = notebook();
    let app = notebook.launch();
    app.lookup("Hannah");
    app.wait_for("one result", || app.find_all("lookup-result").len() == 1);
    app.click("lookup-brief");
    app.find("brief-notes");
    let text = app.text_of("brief-notes-text");
    assert!(
        text.contains("Deaf in the left ear: speak on her right."),
        "{text}"
    );
    assert!(!text.contains("walnuts"), "{text}");
    app.screenshot("newcomer-4-brief-notes");
    app.click("brief-notes-more");
    app.wait_for("the whole of the notes", || {
        app.text_of("brief-notes-text")
            .contains("Allergic to walnuts.")
    });
    app.screenshot("newcomer-5-brief-notes-more");
}

#[test]
fn long_unbroken_text_wraps_and_never_widens_the_page() {
    let notebook = notebook();
    let app = notebook.launch();

    app.lookup("Long");
    app.wait_for("one result", || app.find_all("lookup-result").len() == 1);
    assert!(app.fits_width(), "lookup: {}", app.too_wide());
    app.screenshot("newcomer-6-long-lookup");

    app.press(kindly_e2e::keys::ENTER);
    app.wait_for("the notes on the profile", || {
        app.try_find("profile-notes")
            .is_some_and(|e| app.text(&e).len() == LONG)
    });
    app.wait_for("the long conversation on the timeline", || {
        app.texts("timeline-item")
            .iter()
            .any(|t| t.contains("CCCC"))
    });
    assert!(app.fits_width(), "profile and timeline: {}", app.too_wide());
    let preference_on_screen = app.run(
        "const r = document.querySelector('[data-testid=profile-preference]').getBoundingClientRect(); \
         return r.right <= window.innerWidth && r.width > 0",
    );
    assert_eq!(preference_on_screen, serde_json::json!(true));
    app.screenshot("newcomer-7-long-profile");

    app.click("open-brief");
    app.find("brief-notes");
    assert!(app.fits_width(), "brief: {}", app.too_wide());
    app.screenshot("newcomer-8-long-brief");
}

#[test]
fn a_new_situation_asks_for_its_customers_first() {
    let notebook = notebook();
    let app = notebook.launch();
    app.click("nav-situations");
    app.click("new-situation");
    app.type_into("situation-title", "Oven broke");
    app.click("situation-save");
    app.find("situation-first-step");
    assert!(
        app.try_find("situation-progress").is_none(),
        "no “Told 0 of 0”"
    );
    assert!(app.try_find("post-update").is_none(), "nothing to post yet");
    let first_then_add = app.run(
        "const first = document.querySelector('[data-testid=situation-first-step]'); \
         const add = document.querySelector('[data-testid=add-by-tag]'); \
         return !!(first.compareDocumentPosition(add) & Node.DOCUMENT_POSITION_FOLLOWING)",
    );
    assert_eq!(first_then_add, serde_json::json!(true));
    app.screenshot("newcomer-9-new-situation");
}
