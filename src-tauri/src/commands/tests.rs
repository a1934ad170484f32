//! The command layer through Tauri's IPC, on the mock runtime: arguments as
//! the page sends them, answers and errors as the page receives them.

use kindly_core::{CustomerInput, Error, PhoneInput};
use serde_json::{json, Value};
use tauri::test::{mock_builder, MockRuntime};
use tauri::{App, Manager, WebviewWindow, WebviewWindowBuilder};

use crate::test_app::{app_with, call, TestClock};

fn app(
    opened: kindly_core::Result<kindly_core::Notebook>,
    dir: &std::path::Path,
) -> App<MockRuntime> {
    app_with(
        dir,
        opened,
        mock_builder().invoke_handler(tauri::generate_handler![
            super::customers::search_customers,
            super::customers::create_customer,
            super::customers::get_customer,
            super::customers::trash_customer,
            super::customers::list_trash,
            super::customers::restore_customer,
            super::customers::customer_changes,
            super::team::team_status,
            super::team::join_team,
            super::team::sign_in_team,
            super::team::leave_team,
        ]),
    )
}

fn window(app: &App<MockRuntime>) -> WebviewWindow<MockRuntime> {
    WebviewWindowBuilder::new(app, "main", Default::default())
        .build()
        .expect("a mock window")
}

fn rosa() -> Value {
    serde_json::to_value(CustomerInput {
        full_name: "Rosa Díaz".into(),
        preferred_name: "Rosie".into(),
        phones: vec![PhoneInput {
            label: "mobile".into(),
            number: "020 7946 0123".into(),
            primary: true,
        }],
        ..Default::default()
    })
    .expect("input")
}

#[test]
fn a_customer_saved_through_the_commands_is_found_by_name_and_number() {
    let dir = tempfile::tempdir().unwrap();
    let mut nb = TestClock::at(1_796_634_000_000).notebook(dir.path());
    nb.set_phone_region("GB").expect("region");
    let app = app(Ok(nb), dir.path());
    let w = window(&app);

    let saved = call(&w, "create_customer", json!({ "input": rosa() })).expect("saved");
    for query in ["rosie", "diaz", "+44 20 7946 0123", "0123"] {
        let found = call(
            &w,
            "search_customers",
            json!({ "query": query, "limit": 10 }),
        )
        .expect("an answer");
        assert_eq!(found[0]["id"], saved["id"], "{query:?} finds Rosie");
    }
}

#[test]
fn bad_input_comes_back_as_a_message_for_its_field_and_saves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let nb = TestClock::at(1_796_634_000_000).notebook(dir.path());
    let app = app(Ok(nb), dir.path());
    let w = window(&app);

    let mut nameless = rosa();
    nameless["full_name"] = json!("   ");
    let err = call(&w, "create_customer", json!({ "input": nameless })).expect_err("refused");
    assert_eq!(err["code"], "invalid_input");
    assert_eq!(err["field"], "full_name");
    assert!(!err["message"].as_str().unwrap_or_default().is_empty());
    let found = call(
        &w,
        "search_customers",
        json!({ "query": "rosie", "limit": 10 }),
    )
    .expect("an answer");
    assert_eq!(found, json!([]), "nothing was saved");

    let err = call(&w, "get_customer", json!({ "id": "no-such-id" })).expect_err("refused");
    assert_eq!(err["code"], "not_found");
}

#[test]
fn trash_and_restore_through_the_commands() {
    let dir = tempfile::tempdir().unwrap();
    let nb = TestClock::at(1_796_634_000_000).notebook(dir.path());
    let app = app(Ok(nb), dir.path());
    let w = window(&app);
    let saved = call(&w, "create_customer", json!({ "input": rosa() })).expect("saved");

    call(&w, "trash_customer", json!({ "id": saved["id"] })).expect("trashed");
    let found = call(
        &w,
        "search_customers",
        json!({ "query": "rosie", "limit": 10 }),
    )
    .expect("an answer");
    assert_eq!(found, json!([]), "a customer in Trash is not looked up");
    let trash = call(&w, "list_trash", json!({})).expect("the Trash");
    assert_eq!(trash[0]["id"], saved["id"]);

    call(&w, "restore_customer", json!({ "id": saved["id"] })).expect("restored");
    let found = call(
        &w,
        "search_customers",
        json!({ "query": "rosie", "limit": 10 }),
    )
    .expect("an answer");
    assert_eq!(found[0]["id"], saved["id"]);
}

#[test]
fn the_change_history_pages_through_the_commands_with_the_cursor_the_page_sends_back() {
    let dir = tempfile::tempdir().unwrap();
    let clock = TestClock::at(1_796_634_000_000);
    let nb = clock.notebook(dir.path());
    let app = app(Ok(nb), dir.path());
    let w = window(&app);
    let saved = call(&w, "create_customer", json!({ "input": rosa() })).expect("saved");
    clock.set(1_796_634_060_000);
    call(&w, "trash_customer", json!({ "id": saved["id"] })).expect("trashed");

    let first = call(
        &w,
        "customer_changes",
        json!({ "customer_id": saved["id"], "after": null, "limit": 1 }),
    )
    .expect("a page");
    assert_eq!(first["items"][0]["field"], "trash");
    let older = call(
        &w,
        "customer_changes",
        json!({ "customer_id": saved["id"], "after": first["next"], "limit": 1 }),
    )
    .expect("the next page");
    assert_eq!(older["items"][0]["field"], "created");
    assert_eq!(older["items"][0]["after"], "Rosa Díaz");
    assert_eq!(older["next"], Value::Null, "the last page");
}

#[test]
fn a_locked_notebook_answers_every_command_with_locked() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(Err(Error::Locked), dir.path());
    let w = window(&app);
    let err = call(
        &w,
        "search_customers",
        json!({ "query": "rosie", "limit": 10 }),
    )
    .expect_err("locked");
    assert_eq!(err["code"], "locked");
    let err = call(&w, "create_customer", json!({ "input": rosa() })).expect_err("locked");
    assert_eq!(err["code"], "locked");
}

/// `join_team`'s arguments as the join form sends them.
fn joining(server: &str, login: &str, password: &str) -> Value {
    json!({ "server": server, "database": "kindly", "login": login,
            "password": password, "remember": false })
}

#[test]
fn a_join_that_fails_writes_nothing_and_keeps_this_computers_notebook() {
    let dir = tempfile::tempdir().unwrap();
    let nb = TestClock::at(1_796_634_000_000).notebook(dir.path());
    let app = app(Ok(nb), dir.path());
    let w = window(&app);
    let saved = call(&w, "create_customer", json!({ "input": rosa() })).expect("saved");
    assert_eq!(
        call(&w, "team_status", json!({})).expect("status"),
        json!({ "address": null, "signed_in": null, "notice": null, "away": false,
                "last_heard_at": null, "offline_copy_taken_at": null,
                "offline_copy_trouble": null })
    );

    for (args, code, field) in [
        (joining("", "ana", "pw"), "invalid_input", json!("server")),
        (
            joining("shop:99999", "ana", "pw"),
            "invalid_input",
            json!("server"),
        ),
        (joining("shop", " ", "pw"), "invalid_input", json!("login")),
        (
            joining("shop", "ana", ""),
            "invalid_input",
            json!("password"),
        ),
        // Nothing listens on port 1: the connection is tested and refused.
        (
            joining("127.0.0.1:1", "ana", "pw"),
            "server_unreachable",
            Value::Null,
        ),
    ] {
        let err = call(&w, "join_team", args.clone()).expect_err("refused");
        assert_eq!(
            (&err["code"], &err["field"]),
            (&json!(code), &field),
            "{args}"
        );
        assert!(!err["message"].as_str().unwrap().contains("pw@"), "{err}");
    }
    assert!(
        !dir.path().join(crate::team_place::FILE).exists(),
        "no team.json"
    );
    let found = call(&w, "get_customer", json!({ "id": saved["id"] })).expect("still here");
    assert_eq!(found["full_name"], "Rosa Díaz");
    let err = call(
        &w,
        "sign_in_team",
        json!({ "password": "pw", "remember": false }),
    )
    .expect_err("nothing to sign in to");
    assert_eq!(err["field"], "password");
    let err = call(&w, "leave_team", json!({})).expect_err("nothing to leave");
    assert_eq!(err["code"], "invalid_input");
}

/// A mock app with the export and import commands, whose "Save as" dialog
/// picks `pick` (`None`: the person cancels).
fn saving_app(
    dir: &std::path::Path,
    pick: Option<std::path::PathBuf>,
) -> (App<MockRuntime>, WebviewWindow<MockRuntime>) {
    let nb = TestClock::at(1_796_634_000_000).notebook(dir);
    let app = app_with(
        dir,
        Ok(nb),
        mock_builder().invoke_handler(tauri::generate_handler![
            super::customers::create_customer,
            super::export::export_contacts,
            super::export::export_calendar,
            super::export::export_customer_record,
            super::import::preview_import,
        ]),
    );
    app.manage(crate::dialogs::tests::SaveAsAnswer::picking(pick));
    app.manage(super::import::ChosenFile::default());
    let w = window(&app);
    (app, w)
}

/// The names in `dir`, sorted.
fn names_in(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

fn offered(app: &App<MockRuntime>) -> Vec<crate::dialogs::SaveOffer> {
    app.state::<crate::dialogs::tests::SaveAsAnswer>()
        .offered
        .lock()
        .expect("offers")
        .clone()
}

#[test]
fn save_as_writes_the_whole_export_where_the_person_picked_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let picked = out.path().join("My customers.vcf");
    std::fs::write(&picked, "an older export").unwrap();
    let (app, w) = saving_app(dir.path(), Some(picked.clone()));
    call(&w, "create_customer", json!({ "input": rosa() })).expect("saved");

    let saved = call(
        &w,
        "export_contacts",
        json!({ "format": "vcard", "task": "export" }),
    )
    .expect("exported");

    assert_eq!(
        saved,
        json!({ "folder": out.path().display().to_string(), "files": ["My customers.vcf"] })
    );
    let text = std::fs::read_to_string(&picked).unwrap();
    assert!(
        text.starts_with("BEGIN:VCARD\r\n"),
        "replaced whole: {text}"
    );
    assert!(text.contains("FN:Rosa Díaz"), "{text}");
    assert_eq!(
        names_in(out.path()),
        ["My customers.vcf"],
        "no temporary file left beside it"
    );
    let offer = &offered(&app)[0];
    assert_eq!(
        offer.name, "Kindly customers 2026-12-07.vcf",
        "today, by the notebook's clock"
    );
    assert_eq!(
        offer.folder,
        super::export::downloads(app.handle()).unwrap()
    );

    let saved = call(
        &w,
        "export_contacts",
        json!({ "format": "csv", "task": "export" }),
    )
    .expect("exported");
    assert_eq!(saved["files"], json!(["My customers.vcf"]), "as picked");
    assert_eq!(offered(&app)[1].name, "Kindly customers 2026-12-07.csv");
    assert!(std::fs::read_to_string(&picked)
        .unwrap()
        .contains("Rosa Díaz"));
}

#[test]
fn cancel_in_save_as_writes_nothing_and_is_no_error() {
    let dir = tempfile::tempdir().unwrap();
    let (app, w) = saving_app(dir.path(), None);
    let saved = call(&w, "create_customer", json!({ "input": rosa() })).expect("saved");
    let before = names_in(dir.path());

    for (cmd, args) in [
        (
            "export_contacts",
            json!({ "format": "csv", "task": "export" }),
        ),
        ("export_calendar", json!({})),
        ("export_customer_record", json!({ "id": saved["id"] })),
    ] {
        assert_eq!(call(&w, cmd, args), Ok(Value::Null), "{cmd}");
    }
    assert_eq!(offered(&app).len(), 3, "the dialog was shown each time");
    assert_eq!(names_in(dir.path()), before, "nothing written");
}

#[test]
fn a_save_that_cannot_be_made_says_why_and_leaves_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let picked = out.path().join("gone").join("customers.csv");
    let (_app, w) = saving_app(dir.path(), Some(picked.clone()));

    let err = call(
        &w,
        "export_contacts",
        json!({ "format": "csv", "task": "export" }),
    )
    .expect_err("no folder");
    assert!(
        !err["message"].as_str().unwrap_or_default().is_empty(),
        "{err}"
    );
    assert!(!picked.exists());
    assert!(
        names_in(out.path()).is_empty(),
        "{:?}",
        names_in(out.path())
    );
}

#[test]
fn a_locked_notebook_says_so_before_any_save_as_dialog() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_with(
        dir.path(),
        Err(Error::Locked),
        mock_builder().invoke_handler(tauri::generate_handler![super::export::export_contacts]),
    );
    app.manage(crate::dialogs::tests::SaveAsAnswer::picking(Some(
        dir.path().join("x.vcf"),
    )));
    let w = window(&app);
    let err = call(
        &w,
        "export_contacts",
        json!({ "format": "vcard", "task": "export" }),
    )
    .expect_err("locked");
    assert_eq!(err["code"], "locked");
    assert!(offered(&app).is_empty(), "no dialog");
    assert!(!dir.path().join("x.vcf").exists());
}

#[test]
fn a_customer_s_record_and_the_calendar_are_saved_as_picked() {
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let (app, w) = saving_app(dir.path(), Some(out.path().join("For Rosa.json")));
    let saved = call(&w, "create_customer", json!({ "input": rosa() })).expect("saved");

    let record = call(&w, "export_customer_record", json!({ "id": saved["id"] })).expect("saved");
    assert_eq!(record["files"], json!(["For Rosa.json", "For Rosa.txt"]));
    assert_eq!(offered(&app)[0].name, "Rosa Díaz - everything we hold.json");
    let json: Value =
        serde_json::from_str(&std::fs::read_to_string(out.path().join("For Rosa.json")).unwrap())
            .expect("JSON");
    assert_eq!(json["customer"]["full_name"], "Rosa Díaz");
    let text = std::fs::read_to_string(out.path().join("For Rosa.txt")).unwrap();
    assert!(text.contains("Rosa Díaz"), "{text}");

    let (app, w) = saving_app(dir.path(), Some(out.path().join("follow-ups.ics")));
    let calendar = call(&w, "export_calendar", json!({})).expect("saved");
    assert_eq!(calendar["files"], json!(["follow-ups.ics"]));
    assert_eq!(offered(&app)[0].name, "Kindly follow-ups 2026-12-07.ics");
    let ics = std::fs::read_to_string(out.path().join("follow-ups.ics")).unwrap();
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"), "{ics}");
}

#[test]
fn a_vcard_dropped_on_the_window_opens_its_preview_by_name_only() {
    use tauri::Listener;
    let dir = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let card = files.path().join("Rosie.vcf");
    std::fs::write(
        &card,
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Rosie Park\r\nTEL:020 7946 0123\r\nEND:VCARD\r\n\
         BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Hans Becker\r\nEND:VCARD\r\n",
    )
    .unwrap();
    let (app, w) = saving_app(dir.path(), None);
    let (told, heard) = std::sync::mpsc::channel();
    app.listen_any(crate::dropping::DROPPED_EVENT, move |event| {
        let _ = told.send(event.payload().to_owned());
    });

    // Before anything is dropped there is nothing to preview.
    let err = call(
        &w,
        "preview_import",
        json!({ "columns": null, "task": "preview" }),
    )
    .expect_err("nothing yet");
    assert!(err["message"]
        .as_str()
        .unwrap()
        .contains("Choose a contacts file"));

    crate::dropping::dropped(app.handle(), vec![card]);
    let payload = heard
        .recv_timeout(std::time::Duration::from_secs(30))
        .expect("the window is told");
    let payload: Value = serde_json::from_str(&payload).unwrap();
    assert_eq!(payload["file"]["name"], "Rosie.vcf");
    assert!(
        !payload
            .to_string()
            .contains(&*files.path().to_string_lossy()),
        "{payload}"
    );
    let preview = call(
        &w,
        "preview_import",
        json!({ "columns": null, "task": "preview" }),
    )
    .expect("a preview");
    assert_eq!(preview["create_count"], 2, "{preview}");

    crate::dropping::dropped(app.handle(), vec![files.path().join("Rosie.png")]);
    let payload: Value = serde_json::from_str(
        &heard
            .recv_timeout(std::time::Duration::from_secs(30))
            .expect("told"),
    )
    .unwrap();
    assert!(
        payload["problem"].as_str().unwrap().contains("“Rosie.png”"),
        "{payload}"
    );
    let preview = call(
        &w,
        "preview_import",
        json!({ "columns": null, "task": "preview" }),
    )
    .expect("still there");
    assert_eq!(
        preview["create_count"], 2,
        "the vCard is still the chosen file"
    );
}

/// An app with the import's commands, on a chosen contacts file holding
/// two people; every `progress` event it sends, kept in order.
fn importing_app(
    dir: &std::path::Path,
) -> (
    App<MockRuntime>,
    std::sync::Arc<std::sync::Mutex<Vec<Value>>>,
) {
    use tauri::{Listener, Manager};
    let nb = TestClock::at(1_796_634_000_000).notebook(dir);
    let app = app_with(
        dir,
        Ok(nb),
        mock_builder().invoke_handler(tauri::generate_handler![
            super::import::preview_import,
            super::import::import_contacts,
            super::tasks::cancel_task,
            super::customers::search_customers,
        ]),
    );
    app.manage(super::import::ChosenFile::default());
    let file = dir.join("two.vcf");
    std::fs::write(
        &file,
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Rosa Díaz\r\nTEL:+44 20 7946 0123\r\nEND:VCARD\r\n\
         BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Tom Baker\r\nEMAIL:tom@example.org\r\nEND:VCARD\r\n",
    )
    .unwrap();
    app.state::<super::import::ChosenFile>().choose(file);
    let events = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let kept = events.clone();
    app.listen_any(crate::tasks::PROGRESS, move |event| {
        let payload: Value = serde_json::from_str(event.payload()).expect("JSON");
        kept.lock().unwrap().push(payload);
    });
    (app, events)
}

#[test]
fn an_import_reports_its_stages_under_its_task_and_a_cancelled_one_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (app, events) = importing_app(dir.path());
    let w = window(&app);
    let preview = call(
        &w,
        "preview_import",
        json!({ "columns": null, "task": "preview-1" }),
    )
    .expect("a preview");
    assert_eq!(preview["create_count"], 2);

    // Cancel pressed at once, before the import has even started.
    call(&w, "cancel_task", json!({ "task": "import-1" })).expect("asked");
    let err = call(
        &w,
        "import_contacts",
        json!({ "columns": null, "task": "import-1" }),
    )
    .expect_err("cancelled");
    assert_eq!(err["code"], "cancelled");
    let found = call(
        &w,
        "search_customers",
        json!({ "query": "Rosa", "limit": 10 }),
    )
    .expect("a lookup");
    assert_eq!(found, json!([]), "nothing imported");

    events.lock().unwrap().clear();
    let done = call(
        &w,
        "import_contacts",
        json!({ "columns": null, "task": "import-2" }),
    )
    .expect("imported");
    assert_eq!(done["created"], 2);
    let events = events.lock().unwrap().clone();
    assert!(events.iter().all(|e| e["task"] == "import-2"), "{events:?}");
    let mut stages: Vec<&str> = events.iter().filter_map(|e| e["stage"].as_str()).collect();
    stages.dedup();
    assert_eq!(
        stages,
        ["reading", "matching", "saving", "indexing", "finishing"]
    );
    assert!(
        events.contains(&json!({ "task": "import-2", "stage": "saving", "done": 2, "of": 2 })),
        "the last count of a stage is always sent: {events:?}"
    );

    let err = call(&w, "cancel_task", json!({ "task": "" })).expect_err("no such id");
    assert_eq!(err["code"], "system");
}

#[test]
fn a_backup_and_a_restore_report_their_stages_under_their_task() {
    use tauri::Listener;
    let dir = tempfile::tempdir().unwrap();
    let nb = TestClock::at(1_796_634_000_000).notebook(dir.path());
    let app = app_with(
        dir.path(),
        Ok(nb),
        mock_builder().invoke_handler(tauri::generate_handler![
            super::backups::back_up_now,
            super::backups::restore_backup,
        ]),
    );
    let events = std::sync::Arc::new(std::sync::Mutex::new(Vec::<Value>::new()));
    let kept = events.clone();
    app.listen_any(crate::tasks::PROGRESS, move |event| {
        kept.lock()
            .unwrap()
            .push(serde_json::from_str(event.payload()).expect("JSON"));
    });
    let w = window(&app);
    let stages_of = |task: &str| {
        let mut stages: Vec<String> = events
            .lock()
            .unwrap()
            .iter()
            .filter(|e| e["task"] == task)
            .filter_map(|e| e["stage"].as_str().map(str::to_owned))
            .collect();
        stages.dedup();
        stages
    };

    let backup = call(&w, "back_up_now", json!({ "task": "backup-1" })).expect("backed up");
    assert_eq!(stages_of("backup-1"), ["copying", "checking"]);
    call(
        &w,
        "restore_backup",
        json!({ "path": backup["path"], "task": "restore-1" }),
    )
    .expect("restored");
    assert_eq!(
        stages_of("restore-1"),
        ["checking", "copying", "checking", "restoring", "finishing"]
    );
}

#[test]
fn telling_many_reports_under_its_task_and_a_cancel_asked_first_tells_nobody() {
    use kindly_core::{SituationFilter, SituationInput};
    use tauri::Listener;
    let dir = tempfile::tempdir().unwrap();
    let mut nb = TestClock::at(1_796_634_000_000).notebook(dir.path());
    let ids: Vec<String> = (0..30)
        .map(|i| {
            nb.create_customer(&CustomerInput {
                full_name: format!("Guest {i:02}"),
                tags: vec!["oven".into()],
                ..Default::default()
            })
            .unwrap()
            .id
        })
        .collect();
    let situation = nb
        .create_situation(&SituationInput {
            title: "Oven recall".into(),
            ..Default::default()
        })
        .unwrap();
    let oven = SituationFilter {
        tag: Some("oven".into()),
        open_issue_category: None,
    };
    nb.add_matching(&situation, &oven, "Ana").unwrap();
    let app = app_with(
        dir.path(),
        Ok(nb),
        mock_builder().invoke_handler(tauri::generate_handler![
            super::situations::mark_told,
            super::situations::get_situation,
            super::tasks::cancel_task,
        ]),
    );
    let events = std::sync::Arc::new(std::sync::Mutex::new(Vec::<Value>::new()));
    let kept = events.clone();
    app.listen_any(crate::tasks::PROGRESS, move |event| {
        kept.lock()
            .unwrap()
            .push(serde_json::from_str(event.payload()).expect("JSON"));
    });
    let w = window(&app);
    let tell = |task: Value| {
        call(
            &w,
            "mark_told",
            json!({
                "id": situation,
                "input": { "customer_ids": ids, "staff": "Ben", "how": "call", "mood": null, "note": "" },
                "task": task,
            }),
        )
    };
    let told = || {
        call(&w, "get_situation", json!({ "id": situation })).expect("situation")["progress"]
            ["told"]
            .clone()
    };

    call(&w, "cancel_task", json!({ "task": "tell-1" })).expect("asked");
    let err = tell(json!("tell-1")).expect_err("cancelled before it started");
    assert_eq!(err["code"], "cancelled");
    assert_eq!(told(), 0, "nobody told");

    tell(json!("tell-2")).expect("told");
    let seen: Vec<(String, u64, u64)> = events
        .lock()
        .unwrap()
        .iter()
        .filter(|e| e["task"] == "tell-2")
        .map(|e| {
            (
                e["stage"].as_str().unwrap_or_default().to_owned(),
                e["done"].as_u64().unwrap_or_default(),
                e["of"].as_u64().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(seen.first().map(|s| s.0.as_str()), Some("telling"));
    assert!(seen.contains(&("telling".into(), 30, 30)), "{seen:?}");
    assert_eq!(seen.last().map(|s| s.0.as_str()), Some("finishing"));
    assert_eq!(told(), 30);

    // Without a task (one customer from their row): told, and nothing reported.
    let before = events.lock().unwrap().len();
    tell(Value::Null).expect("told again");
    assert_eq!(events.lock().unwrap().len(), before);
}
