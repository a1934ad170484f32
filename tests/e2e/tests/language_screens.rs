//! The main screens in each of Kindly's five languages, for a person to
//! look at (`target/e2e-screenshots/lang-<code>-<screen>.png`, with the
//! screen's words beside it in `.txt`): the lookup with results, the
//! sample's busiest customer (Agnès), the customer form, Today with rows,
//! a brief, Settings, an import's preview and a situation. On every screen
//! of every language nothing reaches past the window's edge; in French and
//! German, the longest words, the header stays on one row.

use kindly_core::SituationInput;
use kindly_e2e::words::{choose_language, keep_words, BackToEnglish, LANGUAGES};
use kindly_e2e::{chosen_file, App, Notebook};

/// The sample (36 customers with histories, UK numbers), and Agnès
/// affected by a situation.
fn notebook() -> Notebook {
    let notebook = Notebook::new();
    let mut nb = kindly_core::Notebook::open_in_dir(notebook.path()).expect("notebook");
    nb.set_phone_region("GB").expect("region");
    nb.add_sample().expect("the sample");
    let aggie = nb.search("Agnès", 5).expect("search")[0].id.clone();
    let down = nb
        .create_situation(&SituationInput {
            title: "Card machine down at the till".into(),
            what_happened: "The card reader stopped taking payments on Saturday.".into(),
            what_we_do: "A new reader comes on Tuesday; cash and bank transfer meanwhile.".into(),
            expected_fix: None,
            lead: "Maya".into(),
            staff: "Maya".into(),
        })
        .expect("situation");
    nb.add_to_situation(&down, &[aggie], "Maya")
        .expect("Agnès affected");
    notebook
}

/// Screenshots the screen on show as `lang-CODE-SCREEN`, keeps its words,
/// and checks it fits the window (and, in French and German, that the
/// header is one row).
fn shot(app: &App, code: &str, screen: &str) {
    let name = format!("lang-{code}-{screen}");
    app.screenshot(&name);
    keep_words(app, &name);
    assert!(
        app.fits_width(),
        "{screen} in {code} is too wide: {}",
        app.too_wide()
    );
    if code == "fr" || code == "de" {
        let spread = app.header_rows_spread();
        assert!(
            spread < 10.0,
            "the header wraps on {screen} in {code}: {spread} px"
        );
    }
}

/// Scrolls the first `testid` element to the middle of the window.
fn scroll_to(app: &App, testid: &str) {
    let e = app.find(testid);
    app.run_with("arguments[0].scrollIntoView({block: 'center'})", &e);
}

fn every_screen(app: &App, code: &str) {
    app.click("nav-today");
    app.wait_for("Today with the sample's rows", || {
        app.try_find("today-open").is_some() && app.try_find("today-drifting-row").is_some()
    });
    shot(app, code, "today");

    app.lookup("a");
    app.wait_for("customers found", || {
        app.find_all("lookup-result").len() > 1
    });
    shot(app, code, "lookup");

    app.open_customer("Agnès");
    app.find("timeline-item");
    shot(app, code, "customer");
    scroll_to(app, "timeline-item");
    shot(app, code, "customer-story");

    app.click("open-brief");
    app.find("brief-name");
    shot(app, code, "brief");

    app.open_customer("Agnès");
    app.click("edit-customer");
    app.find("field-full_name");
    shot(app, code, "customer-edit");
    app.click("cancel-edit");
    app.find("profile-name");

    app.click("nav-new-customer");
    app.find("field-full_name");
    // A message beside a field, the way the form shows one.
    app.type_into("birthday-day", "3");
    app.click("save-customer");
    app.find("error-birthday");
    shot(app, code, "customer-form");
    app.click("cancel-edit");
    app.find("discard-dialog");
    shot(app, code, "discard");
    app.click("discard-confirm");
    app.wait_for("the form closed", || {
        app.try_find("field-full_name").is_none()
    });

    app.click("nav-situations");
    app.find("situation-row");
    shot(app, code, "situations");
    app.click("situation-open");
    app.find("situation-member");
    shot(app, code, "situation");
    scroll_to(app, "situation-member");
    shot(app, code, "situation-members");

    app.click("nav-settings");
    app.find("settings-phone-region");
    shot(app, code, "settings");

    app.click("open-import");
    app.click("import-choose");
    app.find("import-preview");
    shot(app, code, "import");
}

#[test]
fn the_main_screens_in_each_language_fit_the_window() {
    std::fs::write(
        chosen_file(),
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Yuki Tanaka\r\nORG:Sakura Florist\r\n\
         TEL;TYPE=CELL:07700 900123\r\nEND:VCARD\r\n\
         BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Agnès Dubois\r\nTEL:07700 900001\r\nEND:VCARD\r\n\
         BEGIN:VCARD\r\nVERSION:3.0\r\nEMAIL:nobody@example.com\r\nEND:VCARD\r\n",
    )
    .expect("write the file to import");
    let notebook = notebook();
    let app = notebook.launch();
    let _english = BackToEnglish::new(&app);
    for code in LANGUAGES {
        choose_language(&app, code);
        every_screen(&app, code);
        if code == "de" {
            the_densest_in_german_at_1024(&app);
        }
    }
}

/// The narrowest window Kindly supports, in German: nothing reaches past
/// its edge on the customer's page, the brief, the form, a situation or
/// the import (the header may put the desk picker on a second row, as it
/// is made to).
fn the_densest_in_german_at_1024(app: &App) {
    app.set_window_size(1024, 700);
    let narrow = |screen: &str| {
        let name = format!("lang-de-1024-{screen}");
        app.screenshot(&name);
        assert!(
            app.fits_width(),
            "{screen} in German at 1024 px is too wide: {}",
            app.too_wide()
        );
    };
    app.open_customer("Agnès");
    app.find("timeline-item");
    narrow("customer");
    scroll_to(app, "timeline-item");
    narrow("customer-story");
    app.click("open-brief");
    app.find("brief-name");
    narrow("brief");
    app.open_customer("Agnès");
    app.click("edit-customer");
    app.find("field-full_name");
    narrow("customer-edit");
    app.click("cancel-edit");
    app.find("profile-name");
    app.click("nav-situations");
    app.click("situation-open");
    app.find("situation-member");
    narrow("situation");
    scroll_to(app, "situation-member");
    narrow("situation-members");
    app.click("nav-settings");
    app.click("open-import");
    app.click("import-choose");
    app.find("import-preview");
    narrow("import");
    app.set_window_size(1280, 800);
}

/// How wide the desk picker's words are and how wide it shows them, in
/// pixels, as the page measures them (`[text, room]`).
fn desk_picker_room(app: &App) -> (f64, f64) {
    let answer = app.run(
        "const s = document.querySelector('[data-testid=at-desk]'); \
         const cs = getComputedStyle(s); \
         const c = document.createElement('canvas').getContext('2d'); \
         c.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`; \
         const text = s.options[s.selectedIndex].text; \
         const pad = parseFloat(cs.paddingLeft) + parseFloat(cs.paddingRight); \
         return [c.measureText(text).width, s.clientWidth - pad];",
    );
    let n = |i: usize| answer[i].as_f64().expect("a width");
    (n(0), n(1))
}

/// A new notebook has no staff yet: the desk picker says where to add
/// them, and says it whole in every language (beside the arrow).
#[test]
fn the_desk_pickers_hint_fits_in_each_language() {
    let notebook = Notebook::new();
    let app = notebook.launch();
    let _english = BackToEnglish::new(&app);
    let mut cut = Vec::new();
    for code in LANGUAGES {
        choose_language(&app, code);
        app.find("at-desk");
        let (text, room) = desk_picker_room(&app);
        eprintln!("desk picker in {code}: {text:.0} px of words, {room:.0} px of room");
        app.screenshot(&format!("lang-{code}-header-no-staff"));
        // The native arrow takes about 20 px of the room.
        if text > room - 20.0 {
            cut.push(format!("{code}: {text:.0} px in {room:.0} px"));
        }
    }
    assert!(
        cut.is_empty(),
        "the desk picker's hint is cut short: {cut:?}"
    );
}
