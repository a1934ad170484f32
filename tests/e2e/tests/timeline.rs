//! A customer's story in the real window: log a call, open an issue in the
//! customer's words, make a promise, resolve the issue, keep the promise,
//! and see it all on the timeline in order, before and after a restart.

use kindly_e2e::{keys, App, Notebook};

fn events(app: &App) -> Vec<String> {
    app.find_all("timeline-item")
        .iter()
        .filter_map(|e| app.attr(e, "data-event"))
        .collect()
}

fn wait_for_events(app: &App, expected: &[&str]) {
    app.wait_for(&format!("timeline events {expected:?}"), || {
        events(app) == expected
    });
}

#[test]
fn the_whole_story_of_a_complaint_on_one_timeline() {
    let notebook = Notebook::new();
    let app = notebook.launch();

    // Staff: who is at the desk fills in "who".
    app.click("nav-settings");
    app.type_into("staff-name", "Ana Lima");
    app.click("staff-add");
    app.wait_for("Ana on the staff list", || {
        app.texts("staff-row")
            .iter()
            .any(|t| t.contains("Ana Lima"))
    });
    let ana = app.find_all("staff-row");
    assert_eq!(ana.len(), 1);
    let option = app.run(
        "return [...document.querySelector('[data-testid=at-desk]').options].find(o => o.textContent.includes('Ana')).value",
    );
    app.set_value(
        "at-desk",
        option.as_str().expect("Ana is offered at the desk"),
    );

    app.add_customer("Rose Tanaka", "555 010 7777");

    // 1. Log a call.
    app.click("log-conversation");
    app.type_into(
        "conv-summary",
        "Called about the wedding cake delivered late",
    );
    app.click("conv-mood-upset");
    assert_eq!(
        app.value_of("conv-staff"),
        "Ana Lima",
        "who is filled from the desk"
    );
    app.click("conv-save");
    wait_for_events(&app, &["conversation"]);

    // 2. Open an issue in the customer's own words.
    app.click("open-issue");
    app.type_into("issue-title", "Late wedding cake");
    app.type_into(
        "issue-own-words",
        "The cake came two hours late and the icing had melted",
    );
    app.type_into("issue-categories", "delivery");
    app.click("issue-save");
    app.find("open-issue-card");
    wait_for_events(&app, &["issue_opened", "conversation"]);

    // 4. Make a promise on it.
    app.click("make-promise");
    app.type_into("promise-what", "Refund the delivery fee");
    app.set_value("promise-due", "2031-05-02");
    app.click("promise-save");
    app.find("open-promise");
    assert!(app
        .text_of("open-promise")
        .contains("Refund the delivery fee"));
    wait_for_events(&app, &["promise_made", "issue_opened", "conversation"]);
    app.screenshot("10-customer-story-open");

    // 3. Resolve the issue, saying what we did.
    app.click("issue-move-resolved");
    app.type_into("move-note", "Refunded the fee and sent flowers");
    app.click("move-save");
    app.wait_for("no open issues", || {
        app.find_all("open-issue-card").is_empty()
    });
    wait_for_events(
        &app,
        &[
            "issue_state",
            "promise_made",
            "issue_opened",
            "conversation",
        ],
    );

    // The promise is kept.
    app.click("promise-kept");
    if app.try_find("promise-settle-save").is_some() {
        app.click("promise-settle-save");
    }
    app.wait_for("no open promises", || {
        app.find_all("open-promise").is_empty()
    });
    wait_for_events(
        &app,
        &[
            "promise_kept",
            "issue_state",
            "promise_made",
            "issue_opened",
            "conversation",
        ],
    );
    assert!(app.text_of("last-contact").contains("Ana Lima"));
    app.screenshot("11-customer-story-done");

    // Restart: the story is all there, found by a word from the issue.
    drop(app);
    let app = notebook.launch();
    app.lookup("icing");
    app.wait_for("Rose found by her complaint", || {
        app.find_all("lookup-result").len() == 1
    });
    app.press(keys::ENTER);
    wait_for_events(
        &app,
        &[
            "promise_kept",
            "issue_state",
            "promise_made",
            "issue_opened",
            "conversation",
        ],
    );
    let rows = app.texts("timeline-item");
    assert!(
        rows[1].contains("Refunded the fee and sent flowers"),
        "{rows:?}"
    );
    assert!(rows[4].contains("wedding cake delivered late"), "{rows:?}");
}

#[test]
fn a_deleted_conversation_goes_to_trash_and_comes_back() {
    let notebook = Notebook::new();
    let app = notebook.launch();
    app.add_customer("Mike Ross", "");

    app.click("log-conversation");
    app.type_into("conv-summary", "Asked for the brake pads to be ordered");
    app.click("conv-save");
    wait_for_events(&app, &["conversation"]);

    let row = app.find("timeline-item");
    let entry_id = app
        .attr(&row, "data-entry-id")
        .expect("the row names its entry");
    app.click("entry-delete");
    app.wait_for("the row to leave the timeline", || {
        app.find_all("timeline-item").is_empty()
    });

    app.click("nav-trash");
    app.wait_for("the conversation in Trash", || {
        app.find_all("trash-entry-row")
            .iter()
            .any(|r| app.attr(r, "data-id").as_deref() == Some(entry_id.as_str()))
    });
    assert!(app.text_of("trash-entry-row").contains("brake pads"));
    app.screenshot("12-trash-with-history");
    app.click("trash-entry-restore");
    app.wait_for("Trash to empty", || {
        app.find_all("trash-entry-row").is_empty()
    });

    app.lookup("brake pads");
    app.wait_for("Mike found by the restored conversation", || {
        app.find_all("lookup-result").len() == 1
    });
    app.press(keys::ENTER);
    wait_for_events(&app, &["conversation"]);
}

#[test]
fn a_move_someone_else_overtook_says_what_they_did_keeps_the_note_and_goes_through_on_retry() {
    let notebook = Notebook::new();
    let app = notebook.launch();
    app.add_customer("Rosie Park", "(555) 010-4477");
    app.click("open-issue");
    app.type_into("issue-title", "Charged twice for March");
    app.click("issue-save");
    let card = app.find("open-issue-card");
    let issue_id = app
        .attr(&card, "data-id")
        .expect("the card names its issue");

    // Ana starts resolving it and types what she did.
    app.click("issue-move-resolved");
    app.type_into("move-note", "Refunded the second payment");
    app.replace("move-staff", "Ana");

    // Meanwhile Ben Carter, at another window on the same notebook, puts
    // it to waiting on the customer.
    let mut other = kindly_core::Notebook::open_in_dir(notebook.path()).expect("notebook");
    let roster = other.add_staff("Ben Carter", "").expect("staff");
    other
        .set_at_desk(Some(&roster.staff[0].id))
        .expect("at desk");
    let before = other.issue(&issue_id).expect("the issue");
    other
        .move_issue(
            &issue_id,
            before.version,
            &kindly_core::IssueMove {
                to: kindly_core::IssueState::Waiting,
                staff: "Ben Carter".into(),
                note: "Asked for the bank statement".into(),
                waiting_on: Some(kindly_core::WaitingOn::Customer),
                mood: None,
                check_in: None,
            },
        )
        .expect("Ben's move");

    app.click("move-save");
    app.wait_for("the plain-words sentence", || {
        app.try_find("overtaken-said").is_some()
    });
    let said = app.text_of("overtaken-said");
    assert!(
        said.starts_with("Ben Carter moved this issue to Waiting on the customer")
            && said.ends_with('.'),
        "who did what, in one sentence: {said}"
    );
    assert_eq!(
        app.text_of("overtaken-next"),
        "Nothing you typed is lost. Press “Mark resolved” to make your change now."
    );
    assert_eq!(
        app.value_of("move-note"),
        "Refunded the second payment",
        "the typing stays"
    );
    assert_eq!(
        other.issue(&issue_id).expect("the issue").state,
        kindly_core::IssueState::Waiting,
        "nothing of the refused move was written"
    );
    app.screenshot("move-overtaken");

    // The retry names the version just read, and goes through.
    app.click("move-save");
    app.wait_for("the issue to be resolved", || {
        app.find_all("open-issue-card").is_empty()
    });
    let after = other.issue(&issue_id).expect("the issue");
    assert_eq!(after.state, kindly_core::IssueState::Resolved);
    let last = after.history.last().expect("the resolving move");
    assert_eq!(
        (last.note.as_str(), last.staff.as_str()),
        ("Refunded the second payment", "Ana")
    );
    assert_eq!(
        after.history.len(),
        3,
        "opened, Ben's waiting, Ana's resolving: once each"
    );
}
