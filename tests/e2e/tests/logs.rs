//! The log for when something goes wrong, in the real window: Settings →
//! About with the version, the notebook's file and "Open log folder"; the
//! log file a lookup writes to (without what was looked up); and the
//! notice at the start after Kindly stopped unexpectedly, told once.

use std::path::Path;

use kindly_e2e::{forget_opened_folder, opened_folder, Notebook};

/// Every log file in the data folder's `logs/`, one after another.
fn log_text(data_dir: &Path) -> String {
    let mut files: Vec<_> = std::fs::read_dir(data_dir.join("logs"))
        .expect("a log folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "log"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("a log file"))
        .collect()
}

#[test]
fn settings_about_shows_the_version_and_opens_the_log_folder() {
    let notebook = Notebook::new();
    let app = notebook.launch();
    app.add_customer("Imogen Hartwell-Quince", "020 7946 0958");
    app.lookup("Hartwell");
    app.wait_for("Imogen in the lookup", || {
        app.find_all("lookup-result").len() == 1
    });

    app.click("nav-settings");
    app.find("settings-about");
    app.wait_for("the version in About", || {
        app.try_find("about-version").is_some()
    });
    assert_eq!(
        app.text_of("about-version"),
        format!("Kindly {}", env!("CARGO_PKG_VERSION"))
    );
    assert!(app.text_of("about-path").ends_with("notebook.sqlite"));
    let about = app.find("settings-about");
    app.run_with("arguments[0].scrollIntoView({block: 'end'})", &about);
    app.screenshot("logs-settings-about");

    forget_opened_folder();
    app.click("about-open-logs");
    app.wait_for("the log folder to be opened", || opened_folder().is_some());
    assert_eq!(opened_folder(), Some(notebook.path().join("logs")));
    assert!(
        app.try_find("crash-notice").is_none(),
        "no notice after a normal start"
    );

    // The lookup is in the log, what was looked up is not.
    let log = log_text(notebook.path());
    assert!(log.contains("started on"), "{log}");
    assert!(log.contains("lookup: 1 found in"), "{log}");
    for secret in ["Hartwell", "Imogen", "7946"] {
        assert!(!log.contains(secret), "the log holds {secret:?}:\n{log}");
    }
}

#[test]
fn after_a_crash_the_next_start_says_so_once_and_offers_the_log_folder() {
    let notebook = Notebook::new();
    drop(notebook.launch());
    // A crash note, as a panic in the last run would have left it.
    let logs = notebook.path().join("logs");
    std::fs::create_dir_all(&logs).unwrap();
    std::fs::write(
        logs.join("crash-2026-12-06T12-00-00.000Z.txt"),
        "Kindly stopped unexpectedly.\nVersion: 0.1.0\nWhere: src/x.rs:1\nThread: main\n",
    )
    .unwrap();

    let app = notebook.launch();
    app.find("crash-notice");
    // When, from the note's name (6 December 2026, noon UTC, shown in
    // the computer's zone).
    let said = app.text_of("crash-notice");
    assert!(
        said.contains("Kindly closed unexpectedly the last time it ran (6 December 2026 at"),
        "{said}"
    );
    app.screenshot("logs-crash-notice");
    forget_opened_folder();
    app.click("crash-open-logs");
    app.wait_for("the log folder to be opened", || opened_folder().is_some());
    assert_eq!(opened_folder(), Some(logs.clone()));
    app.click("crash-notice-dismiss");
    app.wait_for("the notice to go", || {
        app.try_find("crash-notice").is_none()
    });
    drop(app);

    // Told once: the next start says nothing of it.
    let app = notebook.launch();
    app.click("nav-settings");
    app.wait_for("About", || app.try_find("about-version").is_some());
    assert!(
        app.try_find("crash-notice").is_none(),
        "the crash was told at the start before"
    );
    app.screenshot("logs-after-the-notice");
}
