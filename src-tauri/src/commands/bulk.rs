//! Changing many customers at once: the preview of what a change would
//! touch, the change itself (one transaction, counted to the window and
//! stopped by Cancel), its Undo, and the latest ones.

use chrono::NaiveDate;
use kindly_core::validate::{MAX_ITEM, MAX_SHORT, MAX_TAG};
use kindly_core::{BulkChange, BulkChangeRecord, BulkPreview, Error, Selection};
use kindly_words::{args, say, say_with};
use tauri::{AppHandle, Runtime, State};

use super::lists::{check_selection, too_long};
use super::CmdResult;
use crate::state::{blocking, AppState};
use crate::tasks::Tasks;

/// The most days a bulk follow-up's due days may be spread over.
pub const MAX_SPREAD_DAYS: u32 = 365;

/// The most bulk changes one call to [`recent_bulk_changes`] lists.
pub const MAX_RECENT: u32 = 100;

/// Refuses a change no dialog of Kindly would send, beside its field
/// (the core still checks what needs the notebook: the tag's spelling,
/// that the person and the situation exist).
pub fn check_change(change: &BulkChange) -> Result<(), Error> {
    match change {
        BulkChange::AddTag { tag } | BulkChange::RemoveTag { tag } => {
            if tag.trim().is_empty() {
                return Err(Error::invalid("tag", say("shell-bulk-tag-needed")));
            }
            if tag.chars().count() > MAX_TAG {
                return Err(too_long("tag", MAX_TAG));
            }
        }
        BulkChange::SetLookedAfterBy { name } => {
            if name.chars().count() > MAX_SHORT {
                return Err(too_long("name", MAX_SHORT));
            }
        }
        BulkChange::AddFollowUp {
            action,
            start_date,
            spread_days,
            assignee,
        } => {
            if action.trim().is_empty() {
                return Err(Error::invalid("action", say("shell-bulk-action-needed")));
            }
            if action.chars().count() > MAX_ITEM {
                return Err(too_long("action", MAX_ITEM));
            }
            if NaiveDate::parse_from_str(start_date, "%Y-%m-%d").is_err() {
                return Err(Error::invalid("start_date", say("shell-bulk-date-needed")));
            }
            if !(1..=MAX_SPREAD_DAYS).contains(spread_days) {
                return Err(Error::invalid(
                    "spread_days",
                    say_with(
                        "shell-bulk-spread-range",
                        &args! { "max" => i64::from(MAX_SPREAD_DAYS) },
                    ),
                ));
            }
            if assignee.chars().count() > MAX_SHORT {
                return Err(too_long("assignee", MAX_SHORT));
            }
        }
        BulkChange::AddToSituation { situation_id } => {
            if situation_id.is_empty() {
                return Err(Error::invalid(
                    "situation_id",
                    say("shell-bulk-situation-needed"),
                ));
            }
            if situation_id.len() > 100 {
                return Err(too_long("situation_id", 100));
            }
        }
        BulkChange::Trash => {}
    }
    Ok(())
}

/// How many customers `selection` names and how many `change` would
/// change. Changes nothing.
#[tauri::command(async)]
pub fn preview_bulk_change(
    state: State<'_, AppState>,
    selection: Selection,
    change: BulkChange,
) -> CmdResult<BulkPreview> {
    check_selection(&selection)?;
    check_change(&change)?;
    state.with(|nb| nb.preview_bulk_change(&selection, &change))
}

/// Makes `change` to every customer `selection` names, in one
/// transaction; counted to the window as `task` when given, and
/// `cancel_task` stops it before it commits.
#[tauri::command(async)]
pub fn bulk_change<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    tasks: State<'_, Tasks>,
    selection: Selection,
    change: BulkChange,
    task: Option<String>,
) -> CmdResult<BulkChangeRecord> {
    check_selection(&selection)?;
    check_change(&change)?;
    tasks.follow(&app, task.as_deref(), |progress| {
        blocking(|| state.change(|nb| nb.bulk_change_with(&selection, &change, progress)))
    })
}

/// Takes a bulk change (or a tag change) back; counted to the window as
/// `task` when given.
#[tauri::command(async)]
pub fn undo_bulk_change<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    tasks: State<'_, Tasks>,
    id: String,
    task: Option<String>,
) -> CmdResult<BulkChangeRecord> {
    if id.len() > 100 {
        return Err(too_long("id", 100).into());
    }
    tasks.follow(&app, task.as_deref(), |progress| {
        blocking(|| state.change(|nb| nb.undo_bulk_change_with(&id, progress)))
    })
}

/// The latest changes to many at once, newest first (at most `limit`,
/// itself at most [`MAX_RECENT`]).
#[tauri::command(async)]
pub fn recent_bulk_changes(
    state: State<'_, AppState>,
    limit: u32,
) -> CmdResult<Vec<BulkChangeRecord>> {
    let limit = limit.clamp(1, MAX_RECENT);
    state.with(|nb| nb.recent_bulk_changes(limit))
}

#[cfg(test)]
mod tests {
    use super::*;
    use kindly_core::{ErrorCode, ErrorPayload};

    fn field_of(change: BulkChange) -> Option<String> {
        let payload = ErrorPayload::from(check_change(&change).unwrap_err());
        assert_eq!(payload.code, ErrorCode::InvalidInput);
        payload.field
    }

    fn follow_up(start_date: &str, spread_days: u32) -> BulkChange {
        BulkChange::AddFollowUp {
            action: "Call to check in".into(),
            start_date: start_date.into(),
            spread_days,
            assignee: String::new(),
        }
    }

    #[test]
    fn changes_a_dialog_sends_pass() {
        for change in [
            BulkChange::AddTag { tag: "VIP".into() },
            BulkChange::RemoveTag { tag: "VIP".into() },
            BulkChange::SetLookedAfterBy {
                name: String::new(),
            },
            follow_up("2026-12-08", 1),
            follow_up("2026-12-08", 5),
            BulkChange::AddToSituation {
                situation_id: "s1".into(),
            },
            BulkChange::Trash,
        ] {
            assert!(check_change(&change).is_ok(), "{change:?}");
        }
    }

    #[test]
    fn a_bad_change_is_refused_beside_its_field() {
        assert_eq!(
            field_of(BulkChange::AddTag { tag: " ".into() }).as_deref(),
            Some("tag")
        );
        assert_eq!(
            field_of(BulkChange::RemoveTag {
                tag: "x".repeat(MAX_TAG + 1)
            })
            .as_deref(),
            Some("tag")
        );
        assert_eq!(
            field_of(follow_up("next week", 1)).as_deref(),
            Some("start_date")
        );
        assert_eq!(
            field_of(follow_up("2026-12-08", 0)).as_deref(),
            Some("spread_days")
        );
        assert_eq!(
            field_of(follow_up("2026-12-08", MAX_SPREAD_DAYS + 1)).as_deref(),
            Some("spread_days")
        );
        assert_eq!(
            field_of(BulkChange::AddFollowUp {
                action: String::new(),
                start_date: "2026-12-08".into(),
                spread_days: 1,
                assignee: String::new(),
            })
            .as_deref(),
            Some("action")
        );
        assert_eq!(
            field_of(BulkChange::AddToSituation {
                situation_id: String::new()
            })
            .as_deref(),
            Some("situation_id")
        );
    }

    /// Through the IPC as the page sends it (the JSON shapes of `Selection`
    /// and `BulkChange`, the argument names): refused beside the field
    /// before the notebook is asked anything.
    #[test]
    fn a_change_sent_badly_by_the_page_is_refused_beside_its_field() {
        use crate::test_app::{app_with, call, TestClock};
        use serde_json::json;
        use tauri::test::mock_builder;

        let dir = tempfile::tempdir().unwrap();
        let nb = TestClock::at(1_796_634_000_000).notebook(dir.path());
        let app = app_with(
            dir.path(),
            Ok(nb),
            mock_builder().invoke_handler(tauri::generate_handler![
                preview_bulk_change,
                bulk_change,
                super::super::lists::count_customers,
            ]),
        );
        let w = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
            .build()
            .expect("a mock window");

        let all = json!({ "kind": "all_matching", "filter": {
            "text": "", "tags": [], "looked_after_by": null, "open_issue": false,
            "open_issue_category": null, "promise_overdue": false, "touch": "drifting",
            "not_contacted_since": null, "birthday_this_month": false, "added_since": null,
            "language": null, "situation_id": null, "import_id": null, "customer_ids": []
        }, "except": ["c-1"] });
        let late = json!({ "kind": "add_follow_up", "action": "Call to check in",
            "start_date": "next week", "spread_days": 3, "assignee": "" });
        let refused = call(
            &w,
            "bulk_change",
            json!({ "selection": all, "change": late, "task": "bulk-1" }),
        )
        .expect_err("refused");
        assert_eq!(refused["code"], "invalid_input");
        assert_eq!(refused["field"], "start_date");
        assert_eq!(refused["message"], "Choose the first day.");

        let nobody = json!({ "kind": "picked", "ids": [] });
        let refused = call(
            &w,
            "preview_bulk_change",
            json!({ "selection": nobody, "change": { "kind": "trash" } }),
        )
        .expect_err("refused");
        assert_eq!(refused["field"], "selection");

        let mut long = all["filter"].clone();
        long["text"] = json!("a".repeat(MAX_SHORT + 1));
        let refused = call(&w, "count_customers", json!({ "filter": long })).expect_err("refused");
        assert_eq!(refused["field"], "text");
    }

    #[test]
    fn the_refusal_speaks_the_words_of_the_catalogue() {
        let payload = ErrorPayload::from(check_change(&follow_up("2026-12-08", 0)).unwrap_err());
        assert_eq!(payload.message, "Spread them over 1 to 365 days.");
    }
}
