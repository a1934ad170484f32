//! Long work shows its progress in the real window: a 20,000-contact vCard
//! import shows a progress bar saying what it is doing, and Cancel leaves
//! the notebook exactly as it was (what it stores, read before and after
//! through a second connection, and what the lookup finds).

use std::time::{Duration, Instant};

use kindly_e2e::{chosen_file, App, Notebook};

const CONTACTS: usize = 20_000;

/// `CONTACTS` guests as a phone exports them.
fn big_vcard() -> String {
    let mut text = String::with_capacity(CONTACTS * 120);
    for i in 0..CONTACTS {
        text.push_str(&format!(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Guest;Number {i:05};;;\r\nFN:Number {i:05} Guest\r\n\
             TEL;type=CELL:+44 7700 9{i:05}\r\nEMAIL;type=INTERNET:guest{i:05}@example.org\r\nEND:VCARD\r\n"
        ));
    }
    text
}

/// How many customers the notebook holds and everything about them (its
/// vCard export), read through a connection of the test's own.
fn stored(notebook: &Notebook) -> (u32, String) {
    let nb = kindly_core::Notebook::open_in_dir(notebook.path()).expect("notebook");
    let mut vcard = Vec::new();
    nb.export_vcard(&mut vcard).expect("export");
    let count = nb.info().expect("info").customer_count;
    (count, String::from_utf8(vcard).expect("UTF-8"))
}

/// Waits, longer than the harness does, for work on 20,000 contacts in a
/// debug build on a shared machine.
fn wait_long(app: &App, what: &str, mut cond: impl FnMut() -> bool) {
    let start = Instant::now();
    while !cond() {
        if start.elapsed() > Duration::from_secs(180) {
            app.screenshot(&format!("timeout-{}", what.replace(' ', "-")));
            panic!("timed out waiting for {what}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn a_big_import_shows_its_progress_and_cancel_leaves_the_notebook_as_it_was() {
    std::fs::write(chosen_file(), big_vcard()).expect("write the file to import");
    let notebook = Notebook::new();
    let app = notebook.launch();
    app.add_customer("Agnès Dubois", "+33 6 12 34 56 78");
    let before = stored(&notebook);
    assert_eq!(before.0, 1);

    app.click("nav-settings");
    app.click("open-import");
    app.click("import-choose");
    let mut preview_seen = false;
    wait_long(&app, "the preview", || {
        if !preview_seen && app.try_find("task-progress-bar").is_some() {
            preview_seen = true;
            app.screenshot("import-big-preview-progress");
        }
        // Written with the language's separators: "20,000" in English.
        app.try_find("import-create-count")
            .is_some_and(|e| app.text(&e).replace(',', "") == CONTACTS.to_string())
    });

    app.click("import-confirm");
    // The bar, once the core has said what it is doing (not just "Starting…").
    let mut stage = String::new();
    wait_long(&app, "the import's progress", || {
        let Some(progress) = app.try_find("task-progress") else {
            return false;
        };
        stage = app.attr(&progress, "data-stage").unwrap_or_default();
        ["matching", "saving", "indexing"].contains(&stage.as_str())
    });
    let bar = app.find("task-progress-bar");
    assert_eq!(app.attr(&bar, "role").as_deref(), Some("progressbar"));
    let now: u32 = app
        .attr(&bar, "aria-valuenow")
        .and_then(|v| v.parse().ok())
        .expect("the bar's value");
    assert!(now <= 100, "{now}");
    let words = app.text_of("task-progress-words");
    assert!(
        ["Checking for people", "Saving", "Getting them ready"]
            .iter()
            .any(|w| words.starts_with(w)),
        "the stage in words ({stage}): {words}"
    );
    app.run_with("arguments[0].scrollIntoView({block: 'center'})", &bar);
    app.screenshot("import-big-progress");

    app.click("task-cancel");
    wait_long(&app, "the import to stop", || {
        app.try_find("import-cancelled").is_some()
    });
    assert_eq!(app.text_of("import-cancelled"), "Nothing was imported.");
    assert!(app.try_find("import-done").is_none());
    assert!(app.try_find("task-progress").is_none(), "the bar is gone");
    app.screenshot("import-big-cancelled");

    let after = stored(&notebook);
    assert_eq!(after.0, before.0, "no customer added");
    assert!(after == before, "what the notebook holds is unchanged");
    app.lookup("guest19999@example.org");
    app.wait_for("nothing found of the file", || {
        app.try_find("lookup-no-results").is_some()
    });
    app.lookup("Agnès");
    app.wait_for("Agnès still there", || {
        app.texts("lookup-result")
            .iter()
            .any(|r| r.contains("Agnès Dubois"))
    });
}
