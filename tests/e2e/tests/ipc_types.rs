//! Wrong-typed input at the IPC boundary, through the real window: every
//! command that takes arguments is invoked with values of the wrong JSON
//! type (arrays, fractions, booleans, strings where numbers belong). Each
//! call is refused with a message before any of Kindly's code runs, the app
//! keeps answering, and what it shows is unchanged.

use std::collections::BTreeSet;

use kindly_e2e::Notebook;

/// The JSON type a parameter expects, so the test can send every other one.
#[derive(Clone, Copy)]
enum Expects {
    /// A string (or an optional one).
    Text,
    /// A whole number.
    Number,
    /// true or false.
    Flag,
    /// An object, list or named choice.
    Value,
}
use Expects::*;

/// Every command that takes arguments, with its parameters (snake_case, as
/// in Rust; the test also sends each under its camelCase name).
const WITH_ARGS: &[(&str, &[(&str, Expects)])] = &[
    (
        "set_backup_settings",
        &[("keep", Number), ("default_folder", Flag)],
    ),
    ("restore_backup", &[("path", Text), ("task", Text)]),
    ("back_up_now", &[("task", Text)]),
    (
        "customer_changes",
        &[("customer_id", Text), ("after", Value), ("limit", Number)],
    ),
    ("get_follow_up", &[("id", Text)]),
    (
        "join_team",
        &[
            ("server", Text),
            ("database", Text),
            ("login", Text),
            ("password", Text),
            ("remember", Flag),
        ],
    ),
    ("sign_in_team", &[("password", Text), ("remember", Flag)]),
    ("add_team_login", &[("name", Text)]),
    ("remove_team_login", &[("login", Text)]),
    ("move_up_preview", &[("passphrase", Text)]),
    ("move_up", &[("passphrase", Text)]),
    ("copy_team_out", &[("today", Text), ("choose_folder", Flag)]),
    ("brief", &[("id", Text)]),
    ("brief_text", &[("id", Text)]),
    ("find_caller", &[("number", Text)]),
    ("log_call", &[("after", Value)]),
    ("set_global_shortcut", &[("shortcut", Text)]),
    ("search_customers", &[("query", Text), ("limit", Number)]),
    ("get_customer", &[("id", Text)]),
    ("create_customer", &[("input", Value)]),
    ("update_customer", &[("id", Text), ("input", Value)]),
    ("trash_customer", &[("id", Text)]),
    ("restore_customer", &[("id", Text)]),
    ("export_contacts", &[("format", Value), ("task", Text)]),
    ("export_customer_record", &[("id", Text)]),
    ("forget_customer", &[("id", Text)]),
    ("add_follow_up", &[("input", Value)]),
    ("update_follow_up", &[("id", Text), ("input", Value)]),
    ("complete_follow_up", &[("id", Text), ("done", Value)]),
    ("skip_follow_up", &[("id", Text), ("staff", Text)]),
    ("snooze_follow_up", &[("id", Text), ("until", Value)]),
    ("reassign_follow_up", &[("id", Text), ("assignee", Text)]),
    ("customer_page", &[("id", Text), ("kinds", Value)]),
    (
        "timeline_page",
        &[
            ("customer_id", Text),
            ("kinds", Value),
            ("before", Value),
            ("limit", Number),
        ],
    ),
    ("log_conversation", &[("input", Value)]),
    ("update_conversation", &[("id", Text), ("input", Value)]),
    ("get_conversation", &[("id", Text)]),
    ("trash_entry", &[("id", Text)]),
    ("restore_entry", &[("id", Text)]),
    ("preview_import", &[("columns", Value), ("task", Text)]),
    ("import_contacts", &[("columns", Value), ("task", Text)]),
    ("cancel_task", &[("task", Text)]),
    ("open_issue", &[("input", Value)]),
    ("update_issue", &[("id", Text), ("input", Value)]),
    ("move_issue", &[("id", Text), ("change", Value)]),
    ("get_issue", &[("id", Text)]),
    ("make_promise", &[("input", Value)]),
    ("update_promise", &[("id", Text), ("input", Value)]),
    ("settle_promise", &[("id", Text), ("outcome", Value)]),
    ("get_promise", &[("id", Text)]),
    (
        "merge_customers",
        &[("kept_id", Text), ("merged_id", Text), ("task", Text)],
    ),
    ("undo_merge", &[("merge_id", Text)]),
    ("not_duplicates", &[("a_id", Text), ("b_id", Text)]),
    ("set_phone_region", &[("region", Text)]),
    ("set_language", &[("language", Text)]),
    ("window_start", &[("language", Text)]),
    ("welcome", &[("welcome", Value)]),
    ("unlock", &[("passphrase", Text), ("remember", Flag)]),
    (
        "protect_notebook",
        &[
            ("passphrase", Text),
            ("again", Text),
            ("remember", Flag),
            ("task", Text),
        ],
    ),
    (
        "change_passphrase",
        &[
            ("current", Text),
            ("passphrase", Text),
            ("again", Text),
            ("remember", Flag),
            ("task", Text),
        ],
    ),
    ("remove_protection", &[("current", Text), ("task", Text)]),
    ("set_lock_after", &[("minutes", Number)]),
    ("set_reminder_time", &[("time", Text)]),
    ("set_autostart", &[("enabled", Flag)]),
    (
        "situation_members",
        &[
            ("id", Text),
            ("filter", Value),
            ("offset", Number),
            ("limit", Number),
        ],
    ),
    ("situation_member_ids", &[("id", Text), ("filter", Value)]),
    ("count_matching", &[("filter", Value)]),
    (
        "add_matching",
        &[
            ("id", Text),
            ("filter", Value),
            ("staff", Text),
            ("task", Text),
        ],
    ),
    (
        "add_to_situation",
        &[
            ("id", Text),
            ("customer_ids", Value),
            ("staff", Text),
            ("task", Text),
        ],
    ),
    (
        "remove_from_situation",
        &[("id", Text), ("customer_id", Text)],
    ),
    (
        "add_situation_group",
        &[("id", Text), ("name", Text), ("concierge", Text)],
    ),
    (
        "set_group_concierge",
        &[("id", Text), ("group_id", Text), ("concierge", Text)],
    ),
    (
        "set_member_concierge",
        &[("id", Text), ("customer_id", Text), ("concierge", Text)],
    ),
    (
        "group_members",
        &[
            ("id", Text),
            ("customer_ids", Value),
            ("group_id", Text),
            ("staff", Text),
        ],
    ),
    ("list_situations", &[("include_closed", Flag)]),
    ("get_situation", &[("id", Text)]),
    ("create_situation", &[("input", Value)]),
    ("update_situation", &[("id", Text), ("input", Value)]),
    ("post_situation_update", &[("id", Text), ("input", Value)]),
    (
        "mark_told",
        &[("id", Text), ("input", Value), ("task", Text)],
    ),
    ("situation_messages", &[("id", Text)]),
    (
        "close_situation",
        &[
            ("id", Text),
            ("version", Number),
            ("close", Value),
            ("task", Text),
        ],
    ),
    ("undo_situation_action", &[("action_id", Text)]),
    ("add_staff", &[("name", Text), ("initials", Text)]),
    ("remove_staff", &[("id", Text)]),
    ("set_at_desk", &[("id", Text)]),
    // The Customers list, saved lists, changes to many, tags and reports.
    (
        "list_customers",
        &[
            ("filter", Value),
            ("sort", Value),
            ("after", Value),
            ("limit", Number),
        ],
    ),
    ("count_customers", &[("filter", Value)]),
    ("create_saved_list", &[("input", Value)]),
    (
        "update_saved_list",
        &[("id", Text), ("version", Number), ("input", Value)],
    ),
    ("delete_saved_list", &[("id", Text), ("version", Number)]),
    ("restore_saved_list", &[("id", Text)]),
    (
        "export_selection",
        &[("selection", Value), ("format", Value), ("task", Text)],
    ),
    (
        "preview_bulk_change",
        &[("selection", Value), ("change", Value)],
    ),
    (
        "bulk_change",
        &[("selection", Value), ("change", Value), ("task", Text)],
    ),
    ("undo_bulk_change", &[("id", Text), ("task", Text)]),
    ("recent_bulk_changes", &[("limit", Number)]),
    ("change_tag", &[("change", Value), ("task", Text)]),
    ("reports", &[("period", Value)]),
    ("customers_behind", &[("period", Value), ("bar", Value)]),
];

/// Commands without arguments: nothing to mistype.
const NO_ARGS: &[&str] = &[
    "remove_sample",
    "backup_settings",
    "list_backups",
    "global_shortcut",
    "list_trash",
    "empty_trash",
    "today",
    "list_trashed_entries",
    "choose_import_file",
    "choose_backup_folder",
    "issue_categories",
    "likely_duplicates",
    "recent_merges",
    "notebook_info",
    "window_ready",
    "lock_status",
    "lock",
    "still_here",
    "forget_remembered_passphrase",
    "time_settings",
    "autostart_enabled",
    "export_calendar",
    "staff_roster",
    "team_status",
    "take_join_link",
    "take_call",
    "retry_team",
    "leave_team",
    "team_logins",
    "team_signed_in_now",
    "about",
    "open_log_folder",
    "crash_notice",
    "saved_lists",
    "list_imports",
    "tags",
];

/// Values of the wrong JSON type for a parameter, one set per round.
fn wrong(expects: Expects, round: usize) -> &'static str {
    let choices: [&str; 3] = match expects {
        Text => ["[[]]", "-1.5", "true"],
        Number => ["\"ten\"", "-1.5", "[[]]"],
        Flag => ["\"yes\"", "[[]]", "-1.5"],
        Value => ["-1.5", "true", "\"\\u0000\""],
    };
    choices[round % choices.len()]
}

fn camel(name: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// `src-tauri/src/commands/list.rs` read as names.
macro_rules! commands {
    ($($module:ident::$name:ident),* $(,)?) => {
        &[$(stringify!($name)),*]
    };
}

/// The commands the window may call: the one list the app's handler and
/// permissions are made from.
fn granted_commands() -> BTreeSet<String> {
    let listed: &[&str] = include!("../../../src-tauri/src/commands/list.rs");
    listed.iter().map(|n| (*n).to_owned()).collect()
}

#[test]
fn every_command_is_listed_here() {
    let listed: BTreeSet<String> = WITH_ARGS
        .iter()
        .map(|(name, _)| (*name).to_owned())
        .chain(NO_ARGS.iter().map(|n| (*n).to_owned()))
        .collect();
    assert_eq!(
        listed,
        granted_commands(),
        "a command was added or removed: list it in WITH_ARGS or NO_ARGS"
    );
}

/// What the window can see of the notebook, read through the same IPC.
const SNAPSHOT: &str = "
  const i = window.__TAURI_INTERNALS__.invoke;
  window.__snapshot = null;
  Promise.all([
    i('search_customers', { query: 'a', limit: 50 }),
    i('list_trash'), i('staff_roster'), i('backup_settings'),
    i('time_settings'), i('notebook_info'), i('list_trashed_entries'),
    i('issue_categories'), i('lock_status'), i('global_shortcut'),
    i('saved_lists'), i('tags'), i('recent_bulk_changes', { limit: 10 }),
  ]).then(v => { window.__snapshot = JSON.stringify(v); },
          e => { window.__snapshot = 'failed: ' + JSON.stringify(e); });
";

fn snapshot(app: &kindly_e2e::App) -> String {
    app.run(SNAPSHOT);
    let mut got = String::new();
    app.wait_for("a snapshot of the notebook", || {
        match app.run("return window.__snapshot").as_str() {
            Some(s) => {
                got = s.to_owned();
                true
            }
            None => false,
        }
    });
    assert!(!got.starts_with("failed"), "{got}");
    got
}

#[test]
fn wrong_typed_arguments_are_refused_and_change_nothing() {
    let notebook = Notebook::new();
    let app = notebook.launch();
    app.add_customer("Ada Lovelace", "555 010 4477");
    let before = snapshot(&app);
    assert!(before.contains("Ada Lovelace"));

    let mut calls = Vec::new();
    for round in 0..3 {
        for (command, params) in WITH_ARGS {
            let args: Vec<String> = params
                .iter()
                .flat_map(|(name, expects)| {
                    let value = wrong(*expects, round);
                    [
                        format!("\"{name}\": {value}"),
                        format!("\"{}\": {value}", camel(name)),
                    ]
                })
                .collect();
            calls.push(format!("[\"{command}\", {{{}}}]", args.join(", ")));
        }
    }
    let script = format!(
        "const i = window.__TAURI_INTERNALS__.invoke;
         window.__answers = null;
         Promise.all([{}].map(([c, a]) => i(c, a).then(
             ok => ({{ c, a, ok }}),
             err => ({{ c, a, err: typeof err === 'string' ? err : JSON.stringify(err) }}))))
           .then(all => {{ window.__answers = all; }});",
        calls.join(",\n")
    );
    app.run(&script);
    let mut answers = serde_json::Value::Null;
    app.wait_for("every call to answer", || {
        answers = app.run("return window.__answers");
        answers.is_array()
    });
    let answers = answers.as_array().unwrap();
    assert_eq!(answers.len(), calls.len());
    for answer in answers {
        let err = answer["err"]
            .as_str()
            .unwrap_or_else(|| panic!("accepted wrong-typed input: {answer}"));
        assert!(
            err.contains("invalid") || err.contains("missing") || err.contains("unknown variant"),
            "the refusal says what is wrong: {answer}"
        );
    }

    // Still answering, and nothing it shows has changed.
    assert_eq!(snapshot(&app), before);
    app.lookup("4477");
    app.wait_for("Ada found", || app.find_all("lookup-result").len() == 1);
}
