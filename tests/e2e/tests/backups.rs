//! Backups in the real window: back up now, change the notebook, restore
//! the backup after confirming, and see the notebook as it was.

use kindly_e2e::{chosen_folder, Notebook};

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
