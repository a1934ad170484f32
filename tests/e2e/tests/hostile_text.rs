//! Text a customer (or a file) gives us is shown as text and never runs:
//! script and markup payloads typed into every kind of field, written in a
//! conversation, and brought in by an imported vCard all render literally,
//! and none of them executes.

use kindly_e2e::{chosen_file, App, Notebook};

/// Each sets `window.__xss` if it ever runs.
const PAYLOADS: [&str; 6] = [
    "<script>window.__xss=1</script>",
    "<img src=x onerror=\"window.__xss=2\">",
    "\"><svg onload=\"window.__xss=3\">",
    "<a href=\"javascript:window.__xss=4\">click me</a>",
    "{@html '<b>bold</b>'} <iframe srcdoc=\"<script>parent.__xss=5</script>\">",
    "\u{202e}exe.txt <style>*{display:none}</style>",
];

fn nothing_ran(app: &App, context: &str) {
    assert_eq!(
        app.run("return typeof window.__xss"),
        "undefined",
        "a payload ran ({context})"
    );
    assert_eq!(
        app.run(
            "return document.querySelectorAll('script:not([src]), img[src=\"x\"], svg[onload], iframe, a[href^=\"javascript\"]').length"
        ),
        0,
        "a payload became markup ({context})"
    );
}

#[test]
fn script_and_markup_in_every_field_show_as_text_and_never_run() {
    let notebook = Notebook::new();
    let app = notebook.launch();
    let baseline_styles = app.run("return document.querySelectorAll('style').length");

    app.click("nav-new-customer");
    app.type_into("field-full_name", &format!("Zed {}", PAYLOADS[0]));
    app.type_into("field-preferred_name", PAYLOADS[1]);
    app.type_into("field-company", PAYLOADS[2]);
    app.type_into("list-preferences-0", PAYLOADS[3]);
    app.type_into("list-dont-0", PAYLOADS[4]);
    app.type_into("field-notes", PAYLOADS[5]);
    app.click("save-customer");
    app.find("profile-name");
    assert_eq!(app.text_of("profile-name"), PAYLOADS[1]);
    assert_eq!(
        app.text_of("profile-full-name"),
        format!("Zed {}", PAYLOADS[0])
    );
    assert_eq!(app.text_of("profile-company"), PAYLOADS[2]);
    assert_eq!(app.texts("profile-preference"), [PAYLOADS[3]]);
    assert_eq!(app.texts("profile-dont"), [PAYLOADS[4]]);
    assert_eq!(app.text_of("profile-notes"), PAYLOADS[5]);
    nothing_ran(&app, "profile");

    app.click("log-conversation");
    app.type_into("conv-summary", &PAYLOADS.join(" "));
    app.click("conv-save");
    app.wait_for("the conversation in the timeline", || {
        app.texts("timeline-item")
            .iter()
            .any(|t| t.contains(PAYLOADS[0]))
    });
    nothing_ran(&app, "timeline");
    app.screenshot("hostile-text-profile");

    app.lookup("Zed");
    app.wait_for("the lookup result", || {
        !app.find_all("lookup-result").is_empty()
    });
    assert!(app.text_of("lookup-result").contains(PAYLOADS[1]));
    nothing_ran(&app, "lookup");

    // The same payloads arriving in a phone's contacts file.
    let card = format!(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Imported {}\r\nNICKNAME:{}\r\nNOTE:{}\r\nEND:VCARD\r\n",
        PAYLOADS[1],
        PAYLOADS[0],
        PAYLOADS[2].replace(',', "\\,")
    );
    std::fs::write(chosen_file(), card).expect("write the file to import");
    app.click("nav-settings");
    app.click("open-import");
    app.click("import-choose");
    app.wait_for("the preview", || app.text_of("import-create-count") == "1");
    assert!(app.text_of("import-row").contains(PAYLOADS[1]));
    nothing_ran(&app, "import preview");
    app.click("import-confirm");
    app.wait_for("the import", || app.try_find("import-done").is_some());
    app.lookup("Imported");
    app.wait_for("the imported customer", || {
        !app.find_all("lookup-result").is_empty()
    });
    app.click("lookup-result");
    assert_eq!(app.text_of("profile-name"), PAYLOADS[0]);
    assert_eq!(app.text_of("profile-notes"), PAYLOADS[2]);
    nothing_ran(&app, "imported profile");
    assert_eq!(
        app.run("return document.querySelectorAll('style').length"),
        baseline_styles,
        "no style element was added"
    );
}
