//! Generates the per-command permissions that `capabilities/main.json`
//! grants, so the window can call exactly Kindly's own commands.

const COMMANDS: &[&str] = &[
    "search_customers",
    "get_customer",
    "create_customer",
    "update_customer",
    "trash_customer",
    "restore_customer",
    "list_trash",
    "empty_trash",
    "notebook_info",
    "set_phone_region",
    "customer_page",
    "timeline_page",
    "log_conversation",
    "update_conversation",
    "get_conversation",
    "trash_entry",
    "restore_entry",
    "list_trashed_entries",
    "open_issue",
    "update_issue",
    "move_issue",
    "get_issue",
    "issue_categories",
    "make_promise",
    "update_promise",
    "settle_promise",
    "get_promise",
    "staff_roster",
    "add_staff",
    "remove_staff",
    "set_at_desk",
    "add_follow_up",
    "update_follow_up",
    "complete_follow_up",
    "skip_follow_up",
    "snooze_follow_up",
    "reassign_follow_up",
    "today",
    "time_settings",
    "set_reminder_time",
    "autostart_enabled",
    "set_autostart",
    "export_calendar",
    "brief",
    "brief_text",
    "find_caller",
    "log_call",
    "take_pending_call",
    "global_shortcut",
    "set_global_shortcut",
    "backup_settings",
    "set_backup_settings",
    "back_up_now",
    "list_backups",
    "restore_backup",
];

fn main() {
    let attributes = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(err) = tauri_build::try_build(attributes) {
        panic!("tauri build step failed: {err:#}");
    }
}
