//! Bringing customers in and taking them out, in the real window: import a
//! phone's vCard file through the file dialog or by dropping it on the
//! window, see the preview, import, find the customers; merge a duplicate
//! and undo it; export everyone through "Save as"; and forget a customer
//! after confirming.

use kindly_e2e::{app_home, chosen_file, save_as_offered, save_as_picks, Notebook};

/// Three contacts as an iPhone writes them: one already in the notebook
/// (same number, another format), two new ones, and one without a name.
const PHONE_EXPORT: &str = "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//iPhone OS 17.0//EN\r\n\
N:Dubois;Agnès;;;\r\nFN:Agnès Dubois\r\nitem1.EMAIL;type=INTERNET;type=pref:agnes@example.fr\r\n\
item1.X-ABLabel:_$!<Home>!$_\r\nTEL;type=CELL;type=VOICE;type=pref:+33 6 12 34 56 78\r\nEND:VCARD\r\n\
BEGIN:VCARD\r\nVERSION:3.0\r\nN:Okafor;Chidi;;;\r\nFN:Chidi Okafor\r\nNICKNAME:Chi\r\n\
TEL;type=CELL:+44 7700 900123\r\nBDAY:--0415\r\nNOTE:Prefers a call after 5pm\\, never on Sundays.\r\nEND:VCARD\r\n\
BEGIN:VCARD\r\nVERSION:3.0\r\nN:Tanaka;Yuki;;;\r\nFN:Yuki Tanaka\r\nORG:Sakura Florist\r\n\
EMAIL;type=INTERNET:yuki@sakura.example\r\nEND:VCARD\r\n\
BEGIN:VCARD\r\nVERSION:3.0\r\nEMAIL;type=INTERNET:nobody@example.com\r\nEND:VCARD\r\n";

#[test]
fn a_phone_export_is_previewed_imported_and_found_and_importing_again_changes_nothing() {
    std::fs::write(chosen_file(), PHONE_EXPORT).expect("write the file to import");
    let notebook = Notebook::new();
    let app = notebook.launch();
    app.add_customer("Agnès Dubois", "+33 6 12 34 56 78");

    app.click("nav-settings");
    app.click("open-import");
    app.click("import-choose");
    app.find("import-preview");
    app.wait_for("the counts", || app.text_of("import-create-count") == "2");
    assert_eq!(app.text_of("import-merge-count"), "1");
    assert_eq!(app.text_of("import-skip-count"), "0");
    assert_eq!(app.text_of("import-problem-count"), "1");
    let rows = app.texts("import-row");
    assert_eq!(rows.len(), 3, "{rows:?}");
    assert!(rows[0].contains("Agnès Dubois"), "{rows:?}");
    assert!(
        rows[0].contains("agnes@example.fr"),
        "what the merge adds: {rows:?}"
    );
    let problems = app.texts("import-problem");
    assert!(problems[0].contains("Line 26"), "{problems:?}");
    assert!(problems[0].contains("nobody@example.com"), "{problems:?}");
    app.screenshot("import-preview");

    // Nothing is written before Import is pressed.
    app.lookup("Chidi");
    app.wait_for("no Chidi yet", || {
        app.try_find("lookup-no-results").is_some()
    });

    app.click("nav-settings");
    app.click("open-import");
    app.click("import-choose");
    app.wait_for("the counts", || app.text_of("import-create-count") == "2");
    app.click("import-confirm");
    app.wait_for("the import to finish", || {
        app.try_find("import-done").is_some()
    });
    let done = app.text_of("import-done");
    assert!(done.contains('2') && done.contains('1'), "{done}");

    app.lookup("Chi");
    app.wait_for("Chidi found by his nickname", || {
        app.texts("lookup-result")
            .iter()
            .any(|r| r.contains("Chidi Okafor"))
    });
    app.lookup("sakura");
    app.wait_for("Yuki found by her company", || {
        app.texts("lookup-result")
            .iter()
            .any(|r| r.contains("Yuki Tanaka"))
    });
    app.lookup("agnes@example.fr");
    app.wait_for("one Agnès, with her email added", || {
        app.texts("lookup-result").len() == 1
    });

    // The same file again: nothing new.
    app.click("nav-settings");
    app.click("open-import");
    app.click("import-choose");
    app.wait_for("the counts", || app.text_of("import-skip-count") == "3");
    assert_eq!(app.text_of("import-create-count"), "0");
    assert_eq!(app.text_of("import-merge-count"), "0");
}

#[test]
fn duplicates_are_merged_and_the_merge_undone() {
    let notebook = Notebook::new();
    let app = notebook.launch();
    app.add_customer("Rosa Diaz", "555 010 4477");
    app.add_customer("Rosa Díaz", "+1 (555) 010-4477");

    app.click("nav-settings");
    app.click("open-duplicates");
    app.wait_for("the pair", || app.find_all("duplicate-pair").len() == 1);
    assert!(app.text_of("duplicate-pair").contains("Same phone number"));
    app.click("merge-keep-a");
    app.wait_for("the merge", || app.try_find("merge-done").is_some());
    app.wait_for("no pairs left", || {
        app.try_find("duplicates-empty").is_some()
    });
    app.screenshot("duplicates-merged");

    app.lookup("Rosa");
    app.wait_for("one Rosa", || app.texts("lookup-result").len() == 1);

    app.click("nav-settings");
    app.click("open-duplicates");
    app.click("recent-merge-undo");
    app.wait_for("the pair back", || {
        app.find_all("duplicate-pair").len() == 1
    });
    app.lookup("Rosa");
    app.wait_for("two Rosas again", || app.texts("lookup-result").len() == 2);
}

#[test]
fn a_vcard_dropped_on_the_window_opens_its_preview_and_anything_else_is_refused_plainly() {
    let notebook = Notebook::new();
    let app = notebook.launch();
    let desktop = app_home().join("Desktop");
    std::fs::create_dir_all(&desktop).expect("a desktop folder");
    let card = desktop.join("Agnès phone.vcf");
    std::fs::write(&card, PHONE_EXPORT).expect("write the vCard");
    let photo = desktop.join("shop front.jpg");
    std::fs::write(&photo, "not a picture").expect("write the photo");

    // Something else first: a plain line, and the screen stays as it was.
    app.click("nav-settings");
    app.find("open-import");
    notebook.drop_files(&[&photo]);
    app.wait_for("the line saying why", || {
        app.try_find("drop-notice").is_some()
    });
    let said = app.text_of("drop-notice");
    assert!(said.contains("“shop front.jpg” is neither"), "{said}");
    assert!(!said.contains(&*desktop.to_string_lossy()), "{said}");
    assert!(app.try_find("open-import").is_some(), "still on Settings");
    app.screenshot("drop-refused");
    notebook.drop_files(&[&card, &photo]);
    app.wait_for("one file at a time", || {
        app.text_of("drop-notice")
            .contains("one contacts file at a time")
    });

    // The vCard: its preview, by name, and nothing written yet.
    notebook.drop_files(&[&card]);
    app.find("import-preview");
    app.wait_for("the counts", || app.text_of("import-create-count") == "3");
    assert_eq!(app.text_of("import-problem-count"), "1");
    assert_eq!(app.text_of("import-file-name"), "Agnès phone.vcf");
    assert!(app.try_find("drop-notice").is_none(), "the line went");
    let rows = app.texts("import-row");
    assert!(rows.iter().any(|r| r.contains("Chidi Okafor")), "{rows:?}");
    app.screenshot("drop-preview");

    app.click("import-confirm");
    app.wait_for("the import to finish", || {
        app.try_find("import-done").is_some()
    });
    app.lookup("Chi");
    app.wait_for("Chidi found", || {
        app.texts("lookup-result")
            .iter()
            .any(|r| r.contains("Chidi Okafor"))
    });
}

#[test]
fn everyone_exports_through_save_as_and_a_forgotten_customer_is_gone() {
    let notebook = Notebook::new();
    let app = notebook.launch();
    app.add_customer("Zoë Müller", "555 010 3131");
    app.add_customer("Hans Becker", "555 010 2020");
    // A folder of this test's own (the home folder is the whole run's).
    let documents = app_home().join("Documents").join("Exports");
    let _ = std::fs::remove_dir_all(&documents);
    std::fs::create_dir_all(&documents).expect("a documents folder");

    // vCard, saved where the person picked.
    let vcf = documents.join("Everyone.vcf");
    save_as_picks(Some(&vcf));
    app.click("nav-settings");
    app.click("export-vcard");
    app.wait_for("the vCard export", || {
        app.try_find("export-saved").is_some()
    });
    let (folder, name) = save_as_offered().expect("the dialog was shown");
    assert_eq!(
        folder,
        app_home().join("Downloads"),
        "it opens in Downloads"
    );
    assert!(
        name.starts_with("Kindly customers ") && name.ends_with(".vcf"),
        "{name}"
    );
    assert_eq!(
        app.text_of("export-saved"),
        format!("Saved “Everyone.vcf” in {}.", documents.display())
    );
    let text = std::fs::read_to_string(&vcf).expect("read the export");
    assert!(text.contains("VERSION:4.0"), "{text}");
    assert!(
        text.contains("FN:Zoë Müller") && text.contains("FN:Hans Becker"),
        "{text}"
    );
    app.screenshot("export-saved");

    // Cancelled: nothing written, nothing alarming said.
    save_as_picks(None);
    app.click("export-csv");
    app.wait_for("the dialog", || {
        save_as_offered().is_some_and(|(_, name)| name.ends_with(".csv"))
    });
    app.wait_for("the buttons back", || {
        app.text_of("export-csv").contains("CSV")
    });
    assert!(app.try_find("export-saved").is_none());
    assert!(app.try_find("export-error").is_none());
    let names: Vec<_> = std::fs::read_dir(&documents)
        .expect("the folder")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(names, ["Everyone.vcf"], "nothing else written");

    let csv = documents.join("everyone.csv");
    save_as_picks(Some(&csv));
    app.click("export-csv");
    app.wait_for("the CSV export", || {
        app.try_find("export-saved")
            .is_some_and(|e| app.text(&e).contains("everyone.csv"))
    });
    let text = std::fs::read_to_string(&csv).expect("read the CSV");
    assert!(text.contains("Zoë Müller"), "{text}");

    // Forget Hans: the confirmation first, then he is gone everywhere.
    app.lookup("Hans");
    app.wait_for("Hans found", || !app.find_all("lookup-result").is_empty());
    app.click("lookup-result");
    app.find("profile-name");
    save_as_picks(Some(&documents.join("Hans.json")));
    app.click("export-record");
    app.wait_for("his record saved", || {
        app.try_find("record-saved").is_some()
    });
    let (_, name) = save_as_offered().expect("the dialog was shown");
    assert_eq!(name, "Hans Becker - everything we hold.json");
    assert_eq!(
        app.text_of("record-saved"),
        format!(
            "Saved “Hans.json” and “Hans.txt” in {}.",
            documents.display()
        )
    );
    let record = std::fs::read_to_string(documents.join("Hans.json")).expect("the JSON");
    assert!(record.contains("Hans Becker"), "{record}");
    let text = std::fs::read_to_string(documents.join("Hans.txt")).expect("the text");
    assert!(text.contains("Hans Becker"), "{text}");
    app.click("forget-customer");
    app.click("forget-cancel");
    app.find("profile-name");
    app.click("forget-customer");
    app.click("forget-confirm");
    app.wait_for("back on the lookup", || {
        app.try_find("lookup-input").is_some()
    });
    app.lookup("Hans");
    app.wait_for("Hans gone", || app.try_find("lookup-no-results").is_some());
    app.click("nav-trash");
    app.find("trash-empty-state");
    assert!(
        app.texts("trash-row").iter().all(|r| !r.contains("Hans")),
        "forgotten, not in Trash"
    );
}

/// A family's landline on two cards, and the same person twice.
const SHARED_LANDLINE: &str = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nTEL;type=HOME:+44 20 7946 0000\r\nEND:VCARD\r\n\
BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob Lee\r\nTEL;type=HOME:+44 20 7946 0000\r\nEND:VCARD\r\n\
BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A. Lee\r\nTEL;type=HOME:+44 (20) 7946-0000\r\nEMAIL:ann@example.com\r\nEND:VCARD\r\n";

#[test]
fn people_who_share_a_phone_are_imported_apart_and_left_for_a_person_to_decide() {
    std::fs::write(chosen_file(), SHARED_LANDLINE).expect("write the file to import");
    let notebook = Notebook::new();
    let app = notebook.launch();
    app.click("nav-settings");
    app.click("open-import");
    app.click("import-choose");
    app.find("import-preview");
    app.wait_for("the counts", || app.text_of("import-create-count") == "2");
    assert_eq!(app.text_of("import-merge-count"), "1", "A. Lee is Ann");
    let rows = app.texts("import-row");
    let bob = rows
        .iter()
        .find(|r| r.contains("Bob Lee"))
        .expect("Bob's row");
    assert!(
        bob.contains("shares a phone with Ann Lee"),
        "the preview says why Bob stays apart: {rows:?}"
    );
    app.screenshot("import-shared-landline");
    app.click("import-confirm");
    app.wait_for("the import to finish", || {
        app.try_find("import-done").is_some()
    });

    app.lookup("+44 20 7946 0000");
    app.wait_for("Ann and Bob, both found by the landline", || {
        let rows = app.texts("lookup-result");
        rows.len() == 2 && rows.iter().any(|r| r.contains("Bob Lee"))
    });

    app.click("nav-settings");
    app.click("open-duplicates");
    app.wait_for("the pair, for a person to decide", || {
        app.find_all("duplicate-pair").len() == 1
    });
    let pair = app.text_of("duplicate-pair");
    assert!(
        pair.contains("Ann Lee") && pair.contains("Bob Lee"),
        "{pair}"
    );
}
