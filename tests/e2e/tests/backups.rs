//! Backups in the real window: back up now, change the notebook, restore
//! the backup after confirming, and see the notebook as it was.

use std::path::Path;

use kindly_e2e::{answer_questions, chosen_folder, question_asked, App, Notebook};

#[test]
fn a_restored_backup_brings_back_the_notebook_as_it_was() {
    let notebook = Notebook::new();
    let app = notebook.launch();
    app.add_customer("Agnès Dubois", "06 12 34 56 78");

    app.click("nav-settings");
    app.click("back-up-now");
    app.find("backup-done");
    app.wait_for("the new backup in the list", || {
        !app.find_all("backup-row").is_empty()
    });

    app.add_customer("Zoë Müller", "555 010 3131");
    app.lookup("Zoë");
    app.wait_for("Zoë found", || !app.find_all("lookup-result").is_empty());

    app.click("nav-settings");
    app.click("backup-restore");
    app.find("restore-dialog");
    app.click("restore-confirm");
    app.wait_for("the restore to finish", || {
        app.try_find("restore-done").is_some()
    });
    assert!(
        app.text_of("restore-done").contains("before-restore"),
        "says where the notebook as it was is kept"
    );
    app.screenshot("backups-restored");

    app.lookup("Zoë");
    app.wait_for("Zoë gone, as before the backup", || {
        app.try_find("lookup-no-results").is_some()
    });
    app.lookup("Agnès");
    app.wait_for("Agnès still there", || {
        !app.find_all("lookup-result").is_empty()
    });
}

#[test]
fn the_backup_folder_is_chosen_in_the_systems_dialog_and_backups_go_there() {
    let notebook = Notebook::new();
    let app = notebook.launch();
    let folder = chosen_folder();
    let _ = std::fs::remove_dir_all(&folder);

    app.click("nav-settings");
    app.wait_for("the default folder at first", || {
        app.text_of("backup-folder")
            .contains("beside your notebook")
    });
    app.click("backup-folder-choose");
    app.wait_for("the chosen folder on show", || {
        app.text_of("backup-folder")
            .contains(&*folder.to_string_lossy())
    });
    app.screenshot("backups-folder-chosen");
    app.click("back-up-now");
    app.find("backup-done");
    let taken: Vec<_> = std::fs::read_dir(&folder)
        .expect("the folder was made")
        .filter_map(|e| e.ok())
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("kindly-backup-")
        })
        .collect();
    assert_eq!(taken.len(), 1, "the backup went to the chosen folder");

    app.click("backup-folder-default");
    app.wait_for("back to the folder beside the notebook", || {
        app.text_of("backup-folder")
            .contains("beside your notebook")
    });
}

/// The Kindly backups in `folder`.
fn backups_in(folder: &Path) -> usize {
    std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .filter(|e| {
                    let name = e.file_name().to_string_lossy().into_owned();
                    name.starts_with("kindly-backup-") && name.ends_with(".sqlite")
                })
                .count()
        })
        .unwrap_or(0)
}

/// Clicks "Back up now" and waits until `folder` holds `then` backups.
fn back_up_now(app: &App, folder: &Path, then: usize) {
    app.wait_for("Back up now ready", || {
        app.run(
            "const b = document.querySelector('[data-testid=back-up-now]'); \
             return b !== null && !b.disabled",
        ) == serde_json::json!(true)
    });
    app.click("back-up-now");
    app.wait_for(&format!("{then} backups in the folder"), || {
        backups_in(folder) == then
    });
}

/// A script in the page could ask to keep one backup, so that the next
/// backup deletes all the others: Kindly asks the person first in a native
/// dialog the page cannot answer.
#[test]
fn keeping_fewer_backups_is_asked_first_and_no_keeps_them_all() {
    let notebook = Notebook::new();
    let app = notebook.launch();
    let folder = notebook.path().join("backups");
    app.click("nav-settings");
    app.wait_for("the backup Kindly takes at start", || {
        backups_in(&folder) >= 1
    });
    for then in backups_in(&folder) + 1..=4 {
        back_up_now(&app, &folder, then);
    }
    assert_eq!(app.value_of("backup-keep-input"), "10");

    answer_questions(false);
    app.replace("backup-keep-input", "2");
    app.click("backup-settings-save");
    app.wait_for("the form to say nothing changed", || {
        app.try_find("backup-settings-saved")
            .is_some_and(|e| app.text(&e).starts_with("Nothing changed."))
    });
    let asked = question_asked().expect("Kindly asked");
    assert!(asked.starts_with("Keep fewer backups?"), "{asked}");
    assert!(
        asked.contains("Kindly keeps 10 backups now, and there are 4. Keeping 2 deletes the 3 oldest at the next backup."),
        "{asked}"
    );
    assert_eq!(
        app.value_of("backup-keep-input"),
        "10",
        "the number in force is back"
    );
    assert!(app.try_css("[role=alert]").is_none(), "no error shown");
    app.screenshot("backups-keep-fewer-cancelled");
    back_up_now(&app, &folder, 5);

    // Raising it is not asked (the answer is still no).
    answer_questions(false);
    app.replace("backup-keep-input", "12");
    app.click("backup-settings-save");
    app.wait_for("12 kept", || {
        app.try_find("backup-settings-saved")
            .is_some_and(|e| app.text(&e).contains("the newest 12 are kept"))
    });
    assert_eq!(question_asked(), None);

    answer_questions(true);
    app.replace("backup-keep-input", "2");
    app.click("backup-settings-save");
    app.wait_for("2 kept", || {
        app.try_find("backup-settings-saved")
            .is_some_and(|e| app.text(&e).contains("the newest 2 are kept"))
    });
    let asked = question_asked().expect("Kindly asked");
    assert!(
        asked.contains(
            "Kindly keeps 12 backups now, and there are 5. Keeping 2 deletes the 4 oldest"
        ),
        "{asked}"
    );
    back_up_now(&app, &folder, 2);
    app.wait_for("the list shows the two kept", || {
        app.find_all("backup-row").len() == 2
    });
}
