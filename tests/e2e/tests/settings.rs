//! The phone region setting, in the real window.

use kindly_e2e::Notebook;

#[test]
fn changing_the_phone_country_changes_how_numbers_are_read() {
    let notebook = Notebook::new();
    let app = notebook.launch();
    app.click("nav-settings");
    let select = app.find("settings-phone-region");
    // Choose the United Kingdom as a user would: focus the list, pick by code.
    app.run_with("arguments[0].focus()", &select);
    app.set_value("settings-phone-region", "GB");
    app.find("settings-saved");
    assert!(app
        .text_of("settings-notebook-path")
        .ends_with("notebook.sqlite"));
    app.screenshot("09-settings");

    // A UK number typed the local way is now understood.
    app.add_customer("Imogen Hart", "020 7946 0958");
    app.lookup("+44 20 7946 0958");
    app.wait_for("Imogen by her international number", || {
        app.find_all("lookup-result").len() == 1 && app.text_of("lookup-result").contains("Imogen")
    });
}
