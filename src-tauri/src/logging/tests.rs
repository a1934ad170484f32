//! The log file in a real data folder: what a lookup, an import and a
//! failed unlock write, and that no customer's words, phone number or
//! passphrase reach it; the crash note a panic writes, told once.

use std::path::Path;

use kindly_core::{CustomerInput, PhoneInput};
use serde_json::json;
use tauri::test::mock_builder;
use tauri::{Manager, WebviewWindowBuilder};

use super::crash::{install_hook, CrashNotes};
use crate::commands::import::ChosenFile;
use crate::state::AppState;
use crate::test_app::{app_with, call, TestClock};

/// Words only a customer, the file imported or the person at the desk
/// typed: none may appear in the log.
const NAME: &str = "Zephyrine Quillfeather";
const NOTE: &str = "marmalade umbrella";
const PHONE: &str = "020 7946 0958";
const IMPORTED: &str = "Barnaby Thistlewood";
const IMPORTED_PHONE: &str = "+44 20 7946 0321";
const PASSPHRASE: &str = "Lighthouse-Kettle-Orchid-42";
const WRONG: &str = "Lighthouse-Kettle-Orchid-43";

/// Every log file in `logs`, one after another.
fn log_text(logs: &Path) -> String {
    let mut names: Vec<_> = std::fs::read_dir(logs)
        .expect("the log folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "log"))
        .collect();
    names.sort();
    names
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("a log file"))
        .collect()
}

#[test]
fn a_lookup_an_import_and_a_failed_unlock_are_logged_without_a_customers_words() {
    let dir = tempfile::tempdir().unwrap();
    super::init();
    let logs = super::open_in(dir.path()).expect("the log folder");

    let mut nb = TestClock::at(1_796_634_000_000).notebook(dir.path());
    nb.set_phone_region("GB").expect("region");
    nb.create_customer(&CustomerInput {
        full_name: NAME.into(),
        phones: vec![PhoneInput {
            label: "mobile".into(),
            number: PHONE.into(),
            primary: true,
        }],
        remember: vec![NOTE.into()],
        ..Default::default()
    })
    .expect("a customer");
    nb.protect(PASSPHRASE).expect("protected");
    let app = app_with(
        dir.path(),
        Ok(nb),
        mock_builder().invoke_handler(tauri::generate_handler![
            crate::commands::customers::search_customers,
            crate::commands::import::import_contacts,
        ]),
    );
    app.manage(ChosenFile::default());
    let w = WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .expect("a mock window");

    // A lookup by name and one by number.
    for query in ["Quillfeather", PHONE] {
        let found = call(
            &w,
            "search_customers",
            json!({ "query": query, "limit": 10 }),
        )
        .expect("a lookup");
        assert_eq!(found.as_array().map(Vec::len), Some(1), "{query} found");
    }
    // An import of a contacts file.
    let file = dir.path().join("contacts.vcf");
    std::fs::write(
        &file,
        format!(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{IMPORTED}\r\nTEL:{IMPORTED_PHONE}\r\nNOTE:{NOTE}\r\nEND:VCARD\r\n"
        ),
    )
    .unwrap();
    app.state::<ChosenFile>().choose(file);
    let summary = call(
        &w,
        "import_contacts",
        json!({ "columns": null, "task": "import" }),
    )
    .expect("imported");
    assert_eq!(summary["created"], 1);
    // Locked, then a wrong passphrase.
    let state = app.state::<AppState>();
    state.lock().expect("locked");
    let refused = state.unlock(|path| kindly_core::Notebook::open_protected(path, WRONG));
    assert!(refused.is_err(), "the wrong passphrase does not open it");
    assert!(state.is_locked());

    let log = log_text(&logs);
    super::close();
    assert!(
        log.contains(&format!("Kindly {} started", super::VERSION)),
        "the start line: {log}"
    );
    assert!(log.contains(&dir.path().display().to_string()), "{log}");
    // Other tests may look up at the same time: at least these two.
    assert!(log.matches("lookup: 1 found in ").count() >= 2, "{log}");
    assert!(log.contains("import: 1 created, 0 added to"), "{log}");
    assert!(log.contains("unlock failed"), "{log}");
    for secret in [
        "Zephyrine",
        "Quillfeather",
        "quillfeather",
        "marmalade",
        "Thistlewood",
        "7946",
        PASSPHRASE,
        WRONG,
        "Lighthouse",
    ] {
        assert!(!log.contains(secret), "the log holds {secret:?}:\n{log}");
    }
}

#[test]
fn an_error_keeps_its_words_only_when_they_cannot_quote_anyone() {
    let typed = kindly_core::Error::invalid("full_name", format!("“{NAME}” is too long"));
    assert_eq!(super::error(&typed), "invalid_input");
    let stored = kindly_core::Error::storage(format!("Key (name)=({NAME}) already exists"));
    assert_eq!(super::error(&stored), "storage");
    let busy = kindly_core::Error::Busy;
    assert!(super::error(&busy).starts_with("busy: The notebook is busy"));
    let payload = kindly_core::ErrorPayload::system(format!("{IMPORTED} could not be shown"));
    assert_eq!(super::payload(&payload), "system");
}

#[test]
fn a_panic_writes_a_crash_note_that_the_next_start_tells_once() {
    let logs = tempfile::tempdir().unwrap();
    let logs = logs.path().join("logs");
    install_hook(logs.clone());
    let crashed = std::thread::Builder::new()
        .name("kindly-crash-test".into())
        .spawn(|| {
            let typed = format!("{NAME} {PHONE}");
            panic!("cut inside {typed}");
        })
        .unwrap()
        .join();
    // Back to the hook tests had before.
    drop(std::panic::take_hook());
    assert!(crashed.is_err());

    // Another test's panic meanwhile would have its own note: this one is
    // the note of the thread above.
    let notes: Vec<String> = std::fs::read_dir(&logs)
        .expect("the log folder")
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with("crash-"))
        .map(|e| std::fs::read_to_string(e.path()).unwrap())
        .filter(|text| text.contains("Thread: kindly-crash-test"))
        .collect();
    assert_eq!(notes.len(), 1, "one crash note: {notes:?}");
    let note = &notes[0];
    assert!(
        note.contains(&format!("Version: {}", super::VERSION)),
        "{note}"
    );
    assert!(note.contains("logging/tests.rs:"), "where: {note}");
    for secret in ["Zephyrine", "7946", "cut inside"] {
        assert!(!note.contains(secret), "the note holds {secret:?}: {note}");
    }

    // The next start tells the window once, and the start after says nothing.
    let next = CrashNotes::at_start(&logs);
    let told = next.take().expect("told at the next start");
    assert!(told.noted_at.is_some_and(|at| at > 0));
    assert_eq!(next.take(), None, "told once");
    assert_eq!(
        CrashNotes::at_start(&logs).take(),
        None,
        "not at a later start"
    );

    // A later crash is told again.
    let ms = crate::state::now_ms() + 1000;
    let later = chrono::DateTime::from_timestamp_millis(ms).unwrap();
    super::crash::write_note(&logs, later, Some("x.rs:1"), "main").unwrap();
    let told = CrashNotes::at_start(&logs).take();
    assert_eq!(
        told.and_then(|t| t.noted_at),
        Some(ms),
        "when, from its name"
    );
}
