//! Shortcuts on any keyboard layout, in the real window: on a Russian
//! layout the key marked K types "л", and Ctrl+K still opens Lookup; the
//! shortcut sheet then names the key as that keyboard shows it.

use kindly_e2e::{App, Notebook};

/// Presses a key as a Russian layout reports it: what it types (`key`)
/// and where it is (`code`), with Ctrl held when `ctrl`. WebDriver types
/// characters, not places on a keyboard, so the page gets the event the
/// webview would send.
fn press_on_russian_layout(app: &App, key: &str, code: &str, ctrl: bool) {
    let script = format!(
        "const target = document.activeElement || document.body; \
         target.dispatchEvent(new KeyboardEvent('keydown', \
           {{key: '{key}', code: '{code}', ctrlKey: {ctrl}, bubbles: true, cancelable: true}}));"
    );
    app.run(&script);
}

#[test]
fn ctrl_k_opens_lookup_on_a_russian_layout_and_the_sheet_names_the_key_as_marked() {
    let notebook = Notebook::new();
    let app = notebook.launch();
    // Away from Lookup first.
    app.click("nav-today");
    app.wait_for("Today", || app.try_find("lookup-input").is_none());

    // The key marked K (and Л) with Ctrl, as a Russian layout sends it.
    press_on_russian_layout(&app, "л", "KeyK", true);
    app.wait_for("Lookup with the cursor in its box", || {
        app.focused_testid().as_deref() == Some("lookup-input")
    });

    // Out of the box, "?" opens the sheet: Lookup's key is named both ways.
    app.run("document.activeElement.blur()");
    app.press("?");
    app.wait_for("the shortcut sheet", || {
        app.try_find("shortcut-sheet").is_some()
    });
    let sheet = app.text_of("shortcut-sheet");
    assert!(sheet.contains("Ctrl+K (Л)"), "{sheet}");
    app.screenshot("keyboard-layout-russian-sheet");
}
