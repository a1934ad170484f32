//! The foundation's six user steps, in the real window.

use kindly_e2e::{keys, Notebook};

#[test]
fn create_find_by_phone_edit_and_find_again_after_restart() {
    let notebook = Notebook::new();
    let app = notebook.launch();

    // Step 1: the lookup box has focus; an empty notebook says what to do.
    app.wait_for("the lookup box to have focus", || {
        app.focused_testid().as_deref() == Some("lookup-input")
    });
    assert!(app
        .text_of("lookup-empty-notebook")
        .contains("New customer"));
    app.screenshot("01-empty-notebook");

    // Step 2: add a customer through the form.
    app.click("nav-new-customer");
    app.type_into("field-full_name", "Rosalind Okafor");
    app.type_into("field-preferred_name", "Rosie");
    app.type_into("field-pronunciation", "ROZ-uh-lind oh-KAH-for");
    app.type_into("field-company", "Okafor Bakery");
    app.type_into("phone-number-0", "(555) 010-4477");
    app.type_into("email-address-0", "rosie@example.com");
    app.type_into("list-preferences-0", "oat milk");
    app.type_into("list-dont-0", "never call before 10");
    app.screenshot("02-new-customer-form");
    app.click("save-customer");
    assert_eq!(app.text_of("profile-name"), "Rosie");
    assert_eq!(app.texts("profile-preference"), ["oat milk"]);
    assert_eq!(app.texts("profile-dont"), ["never call before 10"]);
    app.screenshot("03-profile");

    // Step 4: find her by a phone fragment typed in another format.
    app.lookup("555.010.4477");
    app.wait_for("one result", || app.find_all("lookup-result").len() == 1);
    assert!(app.text_of("lookup-result").contains("Rosie"));
    assert!(app.text_of("lookup-result").contains("(555) 010-4477"));
    app.screenshot("04-found-by-phone");
    app.press(keys::ENTER);

    // Step 3: edit a preference; the change shows on the profile.
    app.click("edit-customer");
    app.replace("list-preferences-0", "soy milk, extra hot");
    app.click("save-customer");
    app.wait_for_texts("profile-preference", &["soy milk, extra hot"]);
    assert!(!app.text_of("profile-updated").is_empty());

    // Step 6: quit and reopen; everything is there.
    drop(app);
    let app = notebook.launch();
    app.lookup("4477");
    app.wait_for("one result", || app.find_all("lookup-result").len() == 1);
    app.press(keys::ENTER);
    assert_eq!(app.text_of("profile-name"), "Rosie");
    assert_eq!(app.texts("profile-preference"), ["soy milk, extra hot"]);
    assert_eq!(app.texts("profile-phone").len(), 1);
    app.screenshot("05-after-restart");
}

#[test]
fn markup_in_a_name_is_shown_as_text_and_never_runs() {
    let notebook = Notebook::new();
    let app = notebook.launch();
    let payload = "<img src=x onerror=\"document.title='pwned'\">";
    app.add_customer(payload, "");
    assert_eq!(app.text_of("profile-name"), payload);

    app.lookup("img src");
    app.wait_for("the result", || app.find_all("lookup-result").len() == 1);
    assert!(app.text_of("lookup-result").contains(payload));
    app.screenshot("06-markup-as-text");
    assert_eq!(
        app.run("return document.querySelectorAll('img[src=\"x\"]').length"),
        0
    );
    assert_eq!(app.run("return document.title"), "Kindly");
}

#[test]
fn bad_input_gets_a_message_beside_the_field_and_saves_nothing() {
    let notebook = Notebook::new();
    let app = notebook.launch();
    app.click("nav-new-customer");
    app.click("save-customer");
    assert!(app.text_of("error-full_name").contains("name"));

    app.type_into("field-full_name", "Mike Ross");
    app.type_into("phone-number-0", "call the garage");
    app.click("save-customer");
    assert!(app
        .text_of("error-phones.0.number")
        .contains("phone number"));
    app.screenshot("07-validation");

    // Cancel asks before throwing the typing away; keeping it changes nothing.
    app.click("cancel-edit");
    app.find("discard-dialog");
    assert_eq!(app.focused_testid().as_deref(), Some("discard-keep"));
    app.screenshot("07b-discard-question");
    app.click("discard-keep");
    assert_eq!(app.value_of("field-full_name"), "Mike Ross");

    app.click("cancel-edit");
    app.click("discard-confirm");
    app.click("nav-lookup");
    app.find("lookup-empty-notebook");
}

#[test]
fn arrow_keys_and_enter_open_a_result() {
    let notebook = Notebook::new();
    let app = notebook.launch();
    app.add_customer("Anna Berg", "555 010 1111");
    app.add_customer("Anna Cole", "555 010 2222");
    app.lookup("anna");
    app.wait_for("two results", || app.find_all("lookup-result").len() == 2);
    let names = app.texts("lookup-result");
    app.press(keys::ARROW_DOWN);
    app.press(keys::ENTER);
    let second = if names[1].contains("Anna Berg") {
        "Anna Berg"
    } else {
        "Anna Cole"
    };
    app.wait_for("the second result's profile", || {
        app.try_find("profile-name")
            .is_some_and(|e| app.text(&e) == second)
    });
}

#[test]
fn trash_restore_and_empty_after_confirmation() {
    let notebook = Notebook::new();
    let app = notebook.launch();
    app.add_customer("Gone Soon", "555 010 3333");
    app.add_customer("Stays Here", "");

    app.lookup("gone");
    app.wait_for("one result", || app.find_all("lookup-result").len() == 1);
    app.press(keys::ENTER);
    app.click("trash-customer");

    app.lookup("gone");
    app.find("lookup-no-results");

    app.click("nav-trash");
    app.wait_for("one trashed customer", || {
        app.find_all("trash-row").len() == 1
    });
    assert!(app.text_of("trash-row").contains("Gone Soon"));
    app.screenshot("08-trash");
    app.click("trash-restore");
    app.find("trash-empty-state");

    app.lookup("3333");
    app.wait_for("the restored customer", || {
        app.find_all("lookup-result").len() == 1
    });
    app.press(keys::ENTER);
    app.click("trash-customer");

    app.click("nav-trash");
    app.wait_for("one trashed customer", || {
        app.find_all("trash-row").len() == 1
    });
    app.click("empty-trash");
    app.click("cancel-empty-trash");
    assert_eq!(
        app.find_all("trash-row").len(),
        1,
        "cancelling keeps the customer"
    );
    app.click("empty-trash");
    app.click("confirm-empty-trash");
    app.find("trash-empty-state");

    app.lookup("stays");
    app.wait_for("the other customer", || {
        app.find_all("lookup-result").len() == 1
    });
}

#[test]
fn a_save_on_top_of_someone_elses_change_shows_both_and_keeps_what_was_chosen() {
    let notebook = Notebook::new();
    let app = notebook.launch();
    app.add_customer("Rosie Park", "(555) 010-4477");
    app.click("edit-customer");
    app.type_into("field-best_time", "weekday mornings");

    // Meanwhile Ben Carter, at another window on the same notebook, sets
    // her best time to evenings and gives her a new phone number.
    let mut other = kindly_core::Notebook::open_in_dir(notebook.path()).expect("notebook");
    let roster = other.add_staff("Ben Carter", "").expect("staff");
    other
        .set_at_desk(Some(&roster.staff[0].id))
        .expect("at desk");
    let hits = other.search("Rosie", 5).expect("search");
    let rosie = other.customer(&hits[0].id).expect("Rosie");
    let mut bens = rosie.to_input();
    bens.best_time = "evenings".into();
    bens.phones[0].number = "(555) 010-9999".into();
    other
        .update_customer(&rosie.id, rosie.version, &bens)
        .expect("Ben's save");

    app.click("save-customer");
    app.wait_for("the conflict to be shown", || {
        app.try_find("conflict").is_some()
    });
    let clash = app.text_of("clash-best_time");
    assert!(
        clash.starts_with("Ben Carter changed Rosie Park’s best time to evenings")
            && clash.contains("; you wrote weekday mornings."),
        "both versions, with who: {clash}"
    );
    assert!(
        app.text_of("conflict-taken")
            .starts_with("Ben Carter also changed the phone numbers; it is in the form now."),
        "{}",
        app.text_of("conflict-taken")
    );
    assert_eq!(
        app.value_of("field-best_time"),
        "weekday mornings",
        "the typing stays"
    );
    assert_eq!(
        app.value_of("phone-number-0"),
        "(555) 010-9999",
        "Ben's phone is taken in"
    );
    let save = app.find("save-customer");
    assert!(
        app.attr(&save, "disabled").is_some(),
        "nothing is chosen for the person, so Save waits for a choice"
    );
    app.screenshot("conflict-side-by-side");

    // Nothing of the refused save was written: Ben's change stands.
    let now = other.customer(&rosie.id).expect("Rosie");
    assert_eq!(now.best_time, "evenings");

    app.click("clash-best_time-mine");
    app.click("save-customer");
    app.wait_for_texts("profile-best-time", &["weekday mornings"]);
    assert!(
        app.texts("profile-phone")
            .iter()
            .any(|p| p.contains("(555) 010-9999")),
        "Ben's unrelated change is kept: {:?}",
        app.texts("profile-phone")
    );
    let saved = other.customer(&rosie.id).expect("Rosie");
    assert_eq!(
        (saved.best_time.as_str(), saved.phones[0].number.as_str()),
        ("weekday mornings", "(555) 010-9999")
    );
}

#[test]
fn the_profile_shows_who_changed_what_and_the_brief_what_changed_since_the_last_call() {
    let notebook = Notebook::new();
    let app = notebook.launch();
    app.add_customer("Rosalind Okafor", "");

    // Ben Ortiz is at the desk (chosen on the notebook, as Settings does).
    let mut other = kindly_core::Notebook::open_in_dir(notebook.path()).expect("notebook");
    let roster = other.add_staff("Ben Ortiz", "").expect("staff");
    other
        .set_at_desk(Some(&roster.staff[0].id))
        .expect("at desk");

    // Two saves of her best time.
    app.click("edit-customer");
    app.type_into("field-best_time", "weekday mornings");
    app.click("save-customer");
    app.find("profile-name");
    app.click("edit-customer");
    app.replace("field-best_time", "evenings");
    app.click("save-customer");
    app.find("profile-name");

    // The history is closed until asked for; then who, when, before → after.
    assert!(app.try_find("profile-change").is_none());
    app.click("profile-changes-toggle");
    app.wait_for("the change history", || {
        !app.find_all("profile-change").is_empty()
    });
    let whats = app.texts("profile-change-what");
    assert_eq!(
        whats[0], "Best time to reach them: weekday mornings → evenings",
        "{whats:?}"
    );
    assert_eq!(app.texts("profile-change-who")[0], "Ben Ortiz");
    app.find("profile-changes-toggle");
    app.run("document.querySelector('[data-testid=profile-changes]').scrollIntoView()");
    app.screenshot("profile-changes");

    // A call is logged from the brief; then a please-don't is added.
    app.click("open-brief");
    app.find("brief-name");
    assert!(
        app.try_find("brief-changed-since").is_none(),
        "never spoken to: nothing to compare with"
    );
    app.click("brief-after-call");
    app.click("call-outcome-spoke");
    app.type_into("call-summary", "Asked about the wedding cake");
    app.click("call-save");
    app.wait_for("the call to be logged", || {
        app.try_find("brief-notice").is_some() && app.try_find("after-call-form").is_none()
    });
    assert!(
        app.try_find("brief-changed-since").is_none(),
        "the best time changed before the call"
    );
    app.click("brief-full-page");
    app.click("edit-customer");
    app.type_into("list-dont-0", "no calls after 6pm");
    app.click("save-customer");
    app.find("profile-name");

    app.click("open-brief");
    app.find("brief-changed-since");
    assert_eq!(
        app.texts("brief-change"),
        ["Ben Ortiz added a please-don't: no calls after 6pm today"]
    );
    app.screenshot("brief-changed-since");
}

#[test]
fn the_language_a_customer_prefers_is_chosen_by_name_and_shown_on_the_profile_and_the_brief() {
    let notebook = Notebook::new();
    let app = notebook.launch();
    app.add_customer("Joana Silva", "");
    app.click("edit-customer");
    app.set_value("field-language", "pt");
    app.click("save-customer");
    app.find("profile-name");
    assert_eq!(app.text_of("profile-language"), "Portuguese");
    app.screenshot("customer-language-profile");

    let nb = kindly_core::Notebook::open_in_dir(notebook.path()).expect("notebook");
    let found = nb.search("Joana", 5).expect("lookup");
    let saved = nb.customer(&found[0].id).expect("customer");
    assert_eq!(saved.language, "pt", "kept as its code");

    app.click("open-brief");
    app.find("brief-name");
    let facts = app.text_of("brief-best-time");
    assert!(facts.contains("Speaks Portuguese"), "{facts}");
}
