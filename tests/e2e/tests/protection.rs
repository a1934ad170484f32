//! A notebook protected with a passphrase, in the real window: protecting it
//! in Settings, locking it without losing what was being typed, and the
//! unlock screen after a restart, wrong passphrase first; the unprotected
//! backups from before stay until the passphrase is typed after a restart.

use std::io::Read;

use kindly_e2e::Notebook;

const PASS: &str = "blue kettle on the shelf";

/// Whether the file at `path` starts with SQLite's plain header.
fn plain(path: &std::path::Path) -> bool {
    let mut header = [0u8; 16];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut header))
        .expect("read the file's first bytes");
    &header == b"SQLite format 3\0"
}

/// Whether the notebook file starts with SQLite's plain header.
fn readable_without_passphrase(notebook: &Notebook) -> bool {
    plain(&notebook.file())
}

/// How many backups in the default backup folder are readable without the
/// passphrase.
fn plain_backups(notebook: &Notebook) -> usize {
    std::fs::read_dir(notebook.path().join("backups"))
        .map(|dir| {
            dir.filter_map(|e| e.ok())
                .filter(|e| {
                    e.file_name()
                        .to_string_lossy()
                        .starts_with("kindly-backup-")
                })
                .filter(|e| plain(&e.path()))
                .count()
        })
        .unwrap_or(0)
}

#[test]
fn a_protected_notebook_locks_and_asks_for_its_passphrase() {
    let notebook = Notebook::new();
    let app = notebook.launch();
    app.add_customer("Philippa Quartermaine", "555 010 4477");
    assert!(app.try_find("lock-now").is_none(), "nothing to lock yet");

    app.click("nav-settings");
    app.type_into("protect-passphrase", PASS);
    app.type_into("protect-again", "blue kettle on the shelF");
    app.click("protect-submit");
    assert!(
        app.text_of("error-again").contains("different"),
        "the mismatch is explained beside the second field"
    );
    assert!(readable_without_passphrase(&notebook), "nothing changed");

    app.click("back-up-now");
    app.find("backup-done");
    let plain_before = plain_backups(&notebook);
    assert!(
        plain_before > 0,
        "a backup taken before protecting is readable"
    );
    app.replace("protect-again", PASS);
    app.click("protect-submit");
    app.find("protect-done");
    assert!(app.text_of("privacy-status").contains("protected"));
    assert!(app.text_of("protect-done").contains("not protected"));
    assert!(!readable_without_passphrase(&notebook));
    app.screenshot("protection-settings");

    // Lock with a form half filled in: it is still there after unlocking.
    app.click("nav-new-customer");
    app.type_into("field-full_name", "Half Typed");
    app.click("lock-now");
    app.find("unlock-screen");
    assert!(app.try_find("app-ready").is_none(), "the app is hidden");
    app.screenshot("protection-locked");
    app.type_into("unlock-passphrase", PASS);
    app.click("unlock-submit");
    app.wait_for("unlocked", || app.try_find("unlock-screen").is_none());
    assert_eq!(app.value_of("field-full_name"), "Half Typed");
    // Locking and unlocking in the run that protected proves nothing (a
    // script in the page could do both): the readable backups stay.
    assert_eq!(plain_backups(&notebook), plain_before);
    drop(app);

    // After a restart: the unlock screen first; a wrong passphrase is refused.
    let app = notebook.launch_locked();
    app.type_into("unlock-passphrase", "blue kettle");
    app.click("unlock-submit");
    assert!(app.text_of("error-passphrase").contains("does not open"));
    app.screenshot("protection-wrong-passphrase");
    assert_eq!(
        plain_backups(&notebook),
        plain_before,
        "kept until unlocked"
    );
    app.replace("unlock-passphrase", PASS);
    app.click("unlock-submit");
    app.find("app-ready");
    assert_eq!(
        plain_backups(&notebook),
        0,
        "removed once the passphrase was typed again"
    );
    app.lookup("4477");
    app.wait_for("Philippa found", || {
        app.find_all("lookup-result").len() == 1
    });
    assert!(app
        .text_of("lookup-result")
        .contains("Philippa Quartermaine"));
}

#[test]
fn a_remembered_passphrase_opens_the_notebook_at_start_until_forgotten() {
    let notebook = Notebook::new();
    let app = notebook.launch();
    app.add_customer("Philippa Quartermaine", "555 010 4477");
    app.click("nav-settings");
    app.type_into("protect-passphrase", PASS);
    app.type_into("protect-again", PASS);
    app.click("protect-remember");
    app.click("protect-submit");
    app.find("protect-done");
    app.find("forget-remembered");
    drop(app);

    // The system keychain has it: no question at start.
    let app = notebook.launch();
    assert!(app.try_find("unlock-screen").is_none());
    app.lookup("4477");
    app.wait_for("Philippa found", || {
        app.find_all("lookup-result").len() == 1
    });

    app.click("nav-settings");
    app.click("forget-remembered");
    app.wait_for("the passphrase forgotten", || {
        app.try_find("forget-remembered").is_none()
    });
    drop(app);
    let app = notebook.launch_locked();
    app.find("unlock-passphrase");
}
