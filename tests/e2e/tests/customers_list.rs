//! The Customers list, its saved lists and changes to many at once, and the
//! Tags screen, in the real window (issue #26): filter by tag and by
//! drifting out of touch, select all that match beyond the first page,
//! add a follow-up for each, see them on Today, Undo and see them gone;
//! save the filter as a list whose count follows a later change; rename a
//! tag and take it back. Screenshots (`lists-*`, `tags-*`) in light and
//! dark, axe on both screens, and the header in German at 1024 px.

#![allow(
    clippy::disallowed_methods,
    clippy::disallowed_types,
    reason = "the real window reads the computer's clock and time zone, so the test's times do too"
)]

use chrono::{Duration as Span, Local};
use kindly_core::{Channel, ConversationInput, CustomerInput, StayInTouch};
use kindly_e2e::axe::{assert_clean, audit, paint_theme};
use kindly_e2e::words::{choose_language, BackToEnglish};
use kindly_e2e::{keys, App, Notebook};
use serde_json::Value;

const FIRST: [&str; 26] = [
    "Abel", "Bianca", "Cyrus", "Delia", "Emeka", "Freya", "Gideon", "Hana", "Ivo", "Juno", "Kofi",
    "Lorna", "Milo", "Nadia", "Otto", "Priya", "Quentin", "Rhea", "Silas", "Thea", "Umar", "Vera",
    "Wren", "Xavi", "Yara", "Zeke",
];
const LAST: [&str; 10] = [
    "Achebe",
    "Brandt",
    "Castillo",
    "Dubois",
    "Eriksen",
    "Fontaine",
    "Gallagher",
    "Haddad",
    "Ito",
    "Jovanovic",
];

/// Shift, for `press`.
const SHIFT: &str = "\u{E008}";

/// How many customers the notebook holds.
const EVERYONE: usize = 250;
/// Customers 0..BOTH are tagged "wedding" and drifting (more than a page).
const BOTH: usize = 130;
/// BOTH..WEDDING_ONLY: tagged "wedding", in touch.
const WEDDING_ONLY: usize = 170;
/// WEDDING_ONLY..DRIFTING_ONLY: drifting, not tagged; the rest neither.
const DRIFTING_ONLY: usize = 210;

/// The `i`th customer's name; no name is part of another.
fn name(i: usize) -> String {
    format!("{} {}", FIRST[i % FIRST.len()], LAST[i / FIRST.len()])
}

/// 250 customers written through the core before the window opens: 130
/// tagged "wedding" and drifting (a week's rhythm, last spoken to 10 to 21
/// days ago, the lower the number the more recently), 40 tagged and in
/// touch, 40 drifting and not tagged, 40 neither.
fn notebook() -> Notebook {
    let notebook = Notebook::new();
    let mut nb = kindly_core::Notebook::open_in_dir(notebook.path()).expect("notebook");
    let inputs: Vec<CustomerInput> = (0..EVERYONE)
        .map(|i| CustomerInput {
            full_name: name(i),
            tags: if i < WEDDING_ONLY {
                vec!["wedding".into()]
            } else {
                vec![]
            },
            stay_in_touch: (i < DRIFTING_ONLY).then_some(StayInTouch {
                ideal_days: 7,
                longest_days: 60,
            }),
            ..Default::default()
        })
        .collect();
    let ids = nb.create_customers(&inputs).expect("customers");
    for (i, id) in ids.iter().enumerate().take(DRIFTING_ONLY) {
        let ago = if (BOTH..WEDDING_ONLY).contains(&i) {
            Span::days(1)
        } else {
            Span::days(10) + Span::hours(i as i64)
        };
        nb.log_conversation(&ConversationInput {
            customer_id: id.clone(),
            channel: Channel::CallIn,
            happened_at: Some((Local::now() - ago).timestamp_millis()),
            staff: "Ana".into(),
            summary: "Talked about the season".into(),
            mood: None,
            issue_id: None,
            follow_up: None,
        })
        .expect("conversation");
    }
    notebook
}

/// Opens the Customers screen from the header and waits for its count.
fn open_customers(app: &App) {
    app.click("nav-customers");
    app.find("list-count");
}

/// Waits until the list's count line says `words`.
fn count_says(app: &App, words: &str) {
    app.wait_for(&format!("the count to say {words:?}"), || {
        app.texts("list-count").first().map(String::as_str) == Some(words)
    });
}

/// The names on the rows loaded, in order.
fn row_names(app: &App) -> Vec<String> {
    app.texts("row-open")
}

/// Clicks `testid` inside the element matched by `row` (a CSS selector).
fn click_within(app: &App, row: &str, testid: &str) {
    let clicked = app.run(&format!(
        "const b = document.querySelector('{row} [data-testid={testid}]'); \
         if (b) {{ b.scrollIntoView({{block: 'center'}}); b.click(); }} return !!b;"
    ));
    assert_eq!(clicked, Value::Bool(true), "{testid} in {row}");
}

/// Filters the open list by tag `tag` and by drifting, through the panel.
fn filter_wedding_drifting(app: &App, tag: &str) {
    app.click("filters-toggle");
    app.type_into("filter-tag", tag);
    app.click("filter-tag-add");
    app.set_value("filter-touch", "drifting");
}

/// Screenshots the page as it is in light and dark (`NAME-light`,
/// `NAME-dark`), back in light after.
fn shots(app: &App, name: &str) {
    app.run("window.scrollTo(0, 0)");
    for theme in ["light", "dark"] {
        paint_theme(app, theme);
        app.screenshot(&format!("{name}-{theme}"));
        assert!(
            app.fits_width(),
            "{name} in {theme} is too wide: {}",
            app.too_wide()
        );
    }
    paint_theme(app, "light");
}

fn today_iso() -> String {
    Local::now().format("%Y-%m-%d").to_string()
}

#[test]
fn customers_filter_select_all_that_match_follow_up_each_undo_save_a_list_and_rename_a_tag() {
    let notebook = notebook();
    let app = notebook.launch();

    // From the header, then by its shortcut from another screen.
    open_customers(&app);
    count_says(&app, "250 customers");
    app.click("nav-today");
    app.find("today-date");
    app.press(&format!("{}{}c{}", keys::CONTROL, SHIFT, keys::CONTROL));
    app.find("customer-list");
    count_says(&app, "250 customers");

    // Tag "wedding" and drifting: 130; sorted by last contact, the longest
    // without contact first.
    filter_wedding_drifting(&app, "wedding");
    count_says(&app, "130 customers");
    app.wait_for("two filter chips", || app.texts("filter-chip").len() == 2);
    let chips = app.texts("filter-chip");
    assert!(
        chips[0].starts_with("Tag: wedding") && chips[1].starts_with("Drifting"),
        "{chips:?}"
    );
    shots(&app, "lists-filter-panel");
    app.click("filter-done");
    app.wait_for("the panel closed", || {
        app.try_find("filter-panel").is_none()
    });
    app.click("sort-last-contact");
    let oldest = name(BOTH - 1);
    app.wait_for("the longest out of touch first", || {
        row_names(&app).first() == Some(&oldest)
    });
    let names = row_names(&app);
    assert_eq!(names.len(), 100, "one page of rows: {names:?}");
    assert_eq!(names[1], name(BOTH - 2));
    assert!(
        names.iter().all(|n| (0..BOTH).any(|i| &name(i) == n)),
        "only wedding clients drifting: {names:?}"
    );
    shots(&app, "lists-filtered");

    // All 130 that match (beyond the 100 rows loaded), less one.
    app.click("tick-page");
    app.wait_for("100 ticked", || app.text_of("ticked-count") == "100 ticked");
    assert_eq!(
        app.text_of("select-all-matching"),
        "Select all 130 that match"
    );
    app.click("select-all-matching");
    app.wait_for("all 130 selected", || {
        app.text_of("ticked-count") == "All 130 customers that match are selected."
    });
    app.click("row-tick");
    app.wait_for("one unticked", || {
        app.text_of("ticked-count") == "129 of the 130 that match are selected."
    });
    shots(&app, "lists-all-but-one");

    // A follow-up for each of the 129, due today.
    app.click("bulk-add_follow_up");
    app.replace("bulk-action", "Call to check in");
    app.set_value("bulk-first-day", &today_iso());
    app.replace("bulk-spread", "1");
    app.wait_for("the preview", || {
        app.text_of("bulk-preview")
            .contains("This adds a follow-up for each of 129 customers.")
    });
    shots(&app, "lists-bulk-follow-up");
    app.click("bulk-dialog-confirm");
    app.wait_for("the outcome line", || {
        app.try_find("bulk-outcome")
            .is_some_and(|o| app.text(&o).contains("Added a follow-up for 129 customers"))
    });
    assert!(app.try_find("bulk-dialog").is_none(), "the dialog closed");
    shots(&app, "lists-follow-up-done");

    // Today lists them: 129 due, named, the one left out not among them.
    app.click("nav-today");
    app.wait_for("129 due today", || {
        app.texts("today-due-count").first().map(String::as_str) == Some("129")
    });
    let due = app.texts("today-row");
    assert!(due.len() >= 50, "rows on Today: {}", due.len());
    for row in &due {
        assert!(row.contains("Call to check in"), "{row}");
        assert!(
            (0..BOTH - 1).any(|i| row.contains(&name(i))),
            "a row for a wedding client drifting: {row}"
        );
        assert!(!row.contains(&oldest), "the unticked one is not due: {row}");
    }
    app.screenshot("lists-today-after-follow-up");

    // Back on Customers (the same list), Undo: Today is clear again.
    open_customers(&app);
    count_says(&app, "130 customers");
    app.click("bulk-undo");
    app.wait_for("the Undo said", || {
        app.text_of("bulk-outcome")
            .contains("Undone: 129 customers are as before.")
    });
    app.click("nav-today");
    app.wait_for("nothing due today", || {
        app.try_find("today-due").is_none() && app.try_find("today-date").is_some()
    });
    assert!(app.try_find("today-row").is_none());

    // Save the filter as a list: it shows beside the list with its count.
    open_customers(&app);
    count_says(&app, "130 customers");
    app.click("save-list");
    app.type_into("save-list-dialog-name", "Wedding clients drifting");
    app.click("save-list-dialog-confirm");
    app.wait_for("the saved list in the side", || {
        app.texts("saved-list-open")
            .iter()
            .any(|l| l.contains("Wedding clients drifting") && l.contains("130 customers"))
    });
    app.wait_for("the heading names the list", || {
        app.run("return document.getElementById('customers-title').innerText.trim()")
            == "Wedding clients drifting"
    });
    shots(&app, "lists-saved");

    // One more drifting customer tagged "wedding", picked on All customers:
    // the saved list's count follows.
    let newcomer = name(WEDDING_ONLY);
    app.click("saved-list-all");
    count_says(&app, "250 customers");
    app.replace("list-search", &newcomer);
    app.wait_for("the one customer", || row_names(&app) == [newcomer.clone()]);
    app.click("row-tick");
    app.wait_for("1 ticked", || app.text_of("ticked-count") == "1 ticked");
    app.click("bulk-add_tag");
    app.type_into("bulk-tag", "wedding");
    app.wait_for("the tag preview", || {
        app.text_of("bulk-preview")
            .contains("This adds “wedding” to 1 customer.")
    });
    app.click("bulk-dialog-confirm");
    app.wait_for("the tag added", || {
        app.try_find("bulk-outcome")
            .is_some_and(|o| app.text(&o).contains("Added “wedding” to 1 customer"))
    });
    app.wait_for("the saved list counts 131", || {
        app.texts("saved-list-count") == ["131 customers"]
    });
    app.click("saved-list-open");
    count_says(&app, "131 customers");

    // Tags: rename "wedding" to "Wedding 2027"; the count stays.
    app.click("nav-more");
    app.click("nav-tags");
    let wedding = "[data-testid=tag-row][data-tag=\"wedding\"]";
    app.wait_for("the wedding tag's count", || {
        app.run(&format!(
            "const c = document.querySelector('{wedding} [data-testid=tag-count]'); return c && c.innerText.trim()"
        )) == "171"
    });
    shots(&app, "tags-before");
    click_within(&app, wedding, "tag-rename");
    app.replace("tag-rename-field", "Wedding 2027");
    // Enter in the field, as a person renaming would. (WebDriver's click on
    // the Rename button beside it was refused as "not interactable" though
    // the button was on top at its centre and enabled.)
    app.press(keys::ENTER);
    app.wait_for("the rename said", || app.try_find("tags-done").is_some());
    let renamed = "[data-testid=tag-row][data-tag=\"Wedding 2027\"]";
    app.wait_for("the renamed tag with its count", || {
        app.run(&format!(
            "const c = document.querySelector('{renamed} [data-testid=tag-count]'); return c && c.innerText.trim()"
        )) == "171"
    });
    assert!(app.try_css(wedding).is_none(), "no tag called wedding left");
    assert!(
        app.text_of("tags-done")
            .starts_with("Renamed “wedding” to “Wedding 2027” on 171 customers."),
        "{}",
        app.text_of("tags-done")
    );
    shots(&app, "tags-renamed");

    // Customers by the new tag (the count opens them).
    click_within(&app, renamed, "tag-count");
    count_says(&app, "171 customers");
    assert!(app
        .texts("filter-chip")
        .iter()
        .any(|c| c.contains("Wedding 2027")));
    let rows = app.texts("customer-row");
    assert!(
        !rows.is_empty() && rows.iter().all(|r| r.contains("Wedding 2027")),
        "{rows:?}"
    );

    // Back on Tags, Undo the rename.
    app.click("nav-more");
    app.click("nav-tags");
    app.click("tags-undo");
    app.wait_for("wedding back", || {
        app.run(&format!(
            "const c = document.querySelector('{wedding} [data-testid=tag-count]'); return c && c.innerText.trim()"
        )) == "171"
    });
    assert!(app.try_css(renamed).is_none(), "Wedding 2027 gone again");
    assert_eq!(
        app.text_of("tags-notice"),
        "Undone. The tags are as they were before."
    );
    open_customers(&app);
    app.click("saved-list-open");
    count_says(&app, "131 customers");
}

#[test]
fn axe_finds_nothing_serious_on_customers_and_tags_in_light_or_dark() {
    let notebook = notebook();
    let app = notebook.launch();
    let mut findings = Vec::new();
    open_customers(&app);
    filter_wedding_drifting(&app, "wedding");
    count_says(&app, "130 customers");
    app.find("filter-panel");
    for theme in ["light", "dark"] {
        paint_theme(&app, theme);
        findings.push(audit(&app, &format!("customers filters {theme}")));
    }
    app.click("tick-page");
    app.click("bulk-add_follow_up");
    app.wait_for("the preview", || {
        app.text_of("bulk-preview").contains("100 customers")
    });
    for theme in ["light", "dark"] {
        paint_theme(&app, theme);
        findings.push(audit(&app, &format!("customers bulk dialog {theme}")));
    }
    app.click("bulk-dialog-cancel");
    app.click("nav-more");
    app.find("nav-more-menu");
    for theme in ["light", "dark"] {
        paint_theme(&app, theme);
        findings.push(audit(&app, &format!("more menu {theme}")));
    }
    app.click("nav-tags");
    app.find("tag-row");
    for theme in ["light", "dark"] {
        paint_theme(&app, theme);
        findings.push(audit(&app, &format!("tags {theme}")));
    }
    paint_theme(&app, "light");
    assert_clean(&findings);
}

#[test]
fn the_header_with_customers_and_more_fits_in_french_and_german() {
    let notebook = notebook();
    let app = notebook.launch();
    let _english = BackToEnglish::new(&app);
    // Something due today: Today's button carries its count.
    open_customers(&app);
    app.replace("list-search", &name(0));
    app.wait_for("one customer", || row_names(&app) == [name(0)]);
    app.click("row-tick");
    app.click("bulk-add_follow_up");
    app.set_value("bulk-first-day", &today_iso());
    app.wait_for("the preview", || {
        app.text_of("bulk-preview").contains("1 customer")
    });
    app.click("bulk-dialog-confirm");
    app.find("bulk-outcome");
    app.find("today-count");
    for code in ["en", "fr", "de"] {
        choose_language(&app, code);
        open_customers(&app);
        app.click("filters-toggle");
        app.find("filter-panel");
        app.screenshot(&format!("lists-{code}-1280"));
        let spread = app.header_rows_spread();
        assert!(
            spread < 10.0,
            "the header wraps in {code} at 1280 px: {spread} px; {}",
            app.run(
                "return [...document.querySelectorAll('header > *, header nav > *')].map(e => `${e.innerText.replace(/\\s+/g, ' ').slice(0, 20)}: ${Math.round(e.getBoundingClientRect().width)}`).join(' | ')"
            )
        );
        assert!(app.fits_width(), "too wide in {code}: {}", app.too_wide());
    }

    // German at the narrowest window Kindly supports: nothing past the edge.
    app.set_window_size(1024, 700);
    open_customers(&app);
    app.screenshot("lists-de-1024");
    assert!(app.fits_width(), "too wide at 1024: {}", app.too_wide());
    app.click("nav-more");
    app.find("nav-more-menu");
    app.screenshot("lists-de-1024-more");
    app.click("nav-tags");
    app.find("tag-row");
    app.screenshot("tags-de-1024");
    assert!(
        app.fits_width(),
        "Tags too wide at 1024: {}",
        app.too_wide()
    );
    app.set_window_size(1280, 800);
}
