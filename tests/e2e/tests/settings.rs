//! The phone region setting, in the real window.

use kindly_e2e::Notebook;

#[test]
fn changing_the_phone_country_changes_how_numbers_are_read() {
    let notebook = Notebook::new();
    let app = notebook.launch();
    // In a US notebook, a UK number typed the local way is not a US number:
    // it is kept as typed and marked.
    app.click("nav-settings");
    app.set_value("settings-phone-region", "US");
    app.find("settings-saved");
    app.add_customer("Imogen Hart", "020 7946 0958");
    app.find("profile-phone-check-country");
    app.screenshot("09-profile-check-the-country");

    app.click("nav-settings");
    let select = app.find("settings-phone-region");
    // Choose the United Kingdom as a user would: focus the list, pick by code.
    app.run_with("arguments[0].focus()", &select);
    app.set_value("settings-phone-region", "GB");
    app.wait_for("the new country to be saved", || {
        app.value_of("settings-phone-region") == "GB" && app.try_find("settings-saved").is_some()
    });
    assert!(app
        .text_of("settings-notebook-path")
        .ends_with("notebook.sqlite"));
    app.screenshot("09-settings");

    // Now the number is read as a UK number: no longer marked, and found
    // by its international form.
    app.lookup("+44 20 7946 0958");
    app.wait_for("Imogen by her international number", || {
        app.find_all("lookup-result").len() == 1 && app.text_of("lookup-result").contains("Imogen")
    });
    app.click("lookup-result");
    app.find("profile-phone");
    assert!(
        app.try_find("profile-phone-check-country").is_none(),
        "read again under the new country"
    );
    // One typed the same way from now on is a UK number from the start.
    app.add_customer("Owen Price", "020 7946 0959");
    app.find("profile-phone");
    assert!(app.try_find("profile-phone-check-country").is_none());
}
