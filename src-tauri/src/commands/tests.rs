//! The command layer through Tauri's IPC, on the mock runtime: arguments as
//! the page sends them, answers and errors as the page receives them.

use kindly_core::{CustomerInput, Error, PhoneInput};
use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, WebviewWindow, WebviewWindowBuilder};

use crate::test_app::{app_with, TestClock};

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

/// Calls `cmd` as the page does; the answer, or the error the page gets.
fn call(window: &WebviewWindow<MockRuntime>, cmd: &str, args: Value) -> Result<Value, Value> {
    get_ipc_response(
        window,
        InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().expect("url"),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .map(|body| body.deserialize::<Value>().expect("a JSON answer"))
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
    app.manage(crate::tasks::Tasks::default());
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
    use tauri::{Listener, Manager};
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
    app.manage(crate::tasks::Tasks::default());
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
