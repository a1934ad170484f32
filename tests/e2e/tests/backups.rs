//! Backups in the real window: back up now, change the notebook, restore
//! the backup after confirming, and see the notebook as it was.

use kindly_e2e::Notebook;

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
