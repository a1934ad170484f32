//! The first run in the real window: a new notebook shows the welcome;
//! the sample customers can be opened, are marked, and go in one step;
//! starting empty shows Lookup with what to do next, and the welcome never
//! comes back.

use kindly_e2e::Notebook;

#[test]
fn a_new_notebook_is_welcomed_and_the_sample_comes_and_goes() {
    let notebook = Notebook::new();
    let app = notebook.launch_new();
    app.find("welcome-step-1");
    assert!(
        app.try_find("nav-lookup").is_none(),
        "the welcome is a page of its own"
    );
    // Drawn in the typeface that comes with Kindly (allowed by the window's
    // content policy), already loaded with the first screen.
    assert_eq!(
        app.run(
            "return [[...document.fonts].some(f => f.family.replace(/\"/g, '') === 'Inter' \
               && f.status === 'loaded'), \
             getComputedStyle(document.querySelector('h1')).fontFamily]"
        ),
        serde_json::json!([true, "Inter, system-ui, sans-serif"])
    );
    app.screenshot("first-run-1-welcome");

    // The country, chosen as a user would, and who is at the desk.
    let select = app.find("welcome-region");
    app.run_with("arguments[0].focus()", &select);
    app.set_value("welcome-region", "GB");
    app.type_into("welcome-name", "Sam Lee");
    app.click("welcome-next");
    app.find("welcome-step-2");
    app.screenshot("first-run-2-choices");
    app.click("welcome-start-sample");

    // The sample opens on Today, which has things to do, under the banner.
    app.find("sample-banner");
    app.wait_for("Today with the sample's follow-ups", || {
        app.try_find("nav-today")
            .is_some_and(|e| app.attr(&e, "aria-current").as_deref() == Some("page"))
    });
    app.screenshot("first-run-3-sample-today");
    app.wait_for("Sam Lee at the desk", || {
        app.run(
            "const s = document.querySelector('[data-testid=\"at-desk\"]'); \
             return s ? s.selectedOptions[0].text : ''",
        ) == serde_json::json!("Sam Lee")
    });
    // Nothing invented is late or missed: today's call-backs, no "Missed".
    app.wait_for("today's rows", || !app.find_all("today-row").is_empty());
    assert!(
        app.try_find("today-missed").is_none(),
        "no sample reminder is missed"
    );
    // The sample's staff are on the list too.
    assert_eq!(
        at_desk_choices(&app),
        ["Nobody chosen", "Inés", "Maya", "Sam Lee", "Tom"]
    );

    // The header is one row at 1280 px, with the sample banner, and at 1024.
    assert!(app.header_rows_spread() < 10.0, "one row at 1280 px");
    app.set_window_size(1024, 800);
    app.screenshot("first-run-3b-header-1024");
    assert!(app.header_rows_spread() < 10.0, "one row at 1024 px");
    app.set_window_size(1280, 800);

    // Sample customers are marked in Lookup, with UK numbers.
    app.lookup("Agnès");
    app.wait_for("Aggie, marked as a sample", || {
        app.find_all("lookup-result").len() == 1
            && app.text_of("lookup-result").contains("Aggie")
            && app.text_of("lookup-result").contains("Sample")
    });
    assert!(app.text_of("lookup-result").contains("07"));
    app.press(kindly_e2e::keys::ENTER);
    app.find("profile-name");
    app.find("sample-badge");
    app.screenshot("first-run-4-sample-profile");

    // A real customer added meanwhile, who stays.
    app.add_customer("Rosa Diaz", "020 7946 0123");

    // Removing the sample: asked first; Cancel changes nothing.
    app.click("sample-remove");
    app.find("sample-remove-dialog");
    // The dialog puts the keyboard on Cancel once it is on show.
    app.wait_for("the dialog on show", || {
        app.focused_testid().as_deref() == Some("sample-remove-cancel")
    });
    app.screenshot("first-run-5-remove-sample");
    app.click("sample-remove-cancel");
    assert!(app.try_find("sample-banner").is_some());
    // Something typed in lookup before the sample goes.
    app.lookup("an");
    app.wait_for("sample customers found", || {
        !app.find_all("lookup-result").is_empty()
    });
    app.click("sample-remove");
    app.click("sample-remove-confirm");
    app.wait_for("the banner to go", || {
        app.try_find("sample-banner").is_none()
    });
    app.find("lookup-input");
    app.wait_for("lookup to start afresh", || {
        app.value_of("lookup-input").is_empty() && app.find_all("lookup-result").is_empty()
    });
    assert!(
        app.try_find("lookup-no-results").is_none(),
        "not the old query's answer"
    );
    // The sample's staff go with it; the person at the desk stays.
    assert_eq!(at_desk_choices(&app), ["Nobody chosen", "Sam Lee"]);

    app.lookup("Agnès");
    app.find("lookup-no-results");
    app.lookup("a");
    app.wait_for_texts("lookup-result", &[]);
    app.lookup("Rosa");
    app.wait_for("Rosa, who stays", || {
        app.find_all("lookup-result").len() == 1 && !app.text_of("lookup-result").contains("Sample")
    });
    app.screenshot("first-run-6-sample-removed");
}

/// The choices of "At the desk", as shown.
fn at_desk_choices(app: &kindly_e2e::App) -> Vec<String> {
    let names = app.run(
        "return [...document.querySelectorAll('[data-testid=\"at-desk\"] option')].map(o => o.text)",
    );
    serde_json::from_value(names).expect("the choices")
}

#[test]
fn starting_empty_shows_what_to_do_next_and_the_welcome_never_comes_back() {
    let notebook = Notebook::new();
    {
        let app = notebook.launch_new();
        app.click("welcome-next");
        app.click("welcome-start-empty");
        app.find("lookup-empty-notebook");
        assert!(app
            .text_of("lookup-empty-notebook")
            .contains("Import contacts"));
        assert!(app.try_find("sample-banner").is_none());
        assert!(app.header_rows_spread() < 10.0, "one row at 1280 px");
        app.screenshot("first-run-7-empty-lookup");
    }
    let app = notebook.launch();
    app.find("lookup-empty-notebook");
    assert!(app.try_find("welcome").is_none(), "welcomed once only");
}
