//! Kindly's desktop shell: opens the notebook, registers the commands, and
//! shows the window. Domain logic lives in `kindly-core`.

mod calls;
mod commands;
mod data_dir;
mod dialogs;
mod idle_lock;
mod keychain;
mod link_scheme;
mod reminders;
mod shortcut;
mod state;
#[cfg(test)]
mod test_app;
mod tray;
mod unlocking;

use tauri::{Manager, RunEvent, WindowEvent};
use tauri_plugin_autostart::MacosLauncher;
use tauri_plugin_notification::NotificationExt;

use crate::state::AppState;
use crate::tray::TrayReady;

/// Passed when Kindly is started at login: start in the tray, not on screen.
const HIDDEN_ARG: &str = "--hidden";
/// Passed by `make bench-app`: quit once the window says it is ready.
pub(crate) const EXIT_WHEN_READY_ARG: &str = "--exit-when-ready";

/// Makes `kindly://` links open this Kindly: installers register the
/// scheme, but a copy run from a folder (or `make run`) registers itself
/// at its first run with `data_dir`, never from a temporary folder
/// (`link_scheme.rs`; Linux and Windows; macOS reads it from the app
/// bundle).
fn register_link_scheme(app: &tauri::AppHandle, data_dir: &std::path::Path) {
    #[cfg(any(target_os = "linux", windows))]
    if link_scheme::register_now(data_dir) {
        use tauri_plugin_deep_link::DeepLinkExt;
        // On Linux this runs xdg-mime and update-desktop-database: off the
        // main thread, so the window does not wait for them (~25 ms).
        let app = app.clone();
        std::thread::spawn(move || {
            if let Err(err) = app.deep_link().register_all() {
                eprintln!("kindly: kindly:// links are not registered: {err}");
            }
        });
    }
    #[cfg(target_os = "macos")]
    {
        use tauri_plugin_deep_link::DeepLinkExt;
        let _ = data_dir;
        let handle = app.clone();
        app.deep_link().on_open_url(move |event| {
            let urls: Vec<String> = event.urls().iter().map(|u| u.to_string()).collect();
            let mut args = vec![String::new()];
            args.extend(urls);
            calls::second_start(&handle, &args);
        });
    }
}

/// Starts the app; returns when it quits.
pub fn run() {
    let context = tauri::generate_context!();
    let instance = data_dir::instance_id(&context.config().identifier);
    let result = tauri::Builder::default()
        // First, so a second start hands over before anything else runs.
        .plugin(
            tauri_plugin_single_instance::Builder::new()
                .dbus_id(instance)
                .callback(|app, args, _cwd| calls::second_start(app, &args))
                .build(),
        )
        .plugin(tauri_plugin_deep_link::init())
        .plugin(shortcut::plugin())
        .plugin(tauri_plugin_notification::init())
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_autostart::init(
            MacosLauncher::LaunchAgent,
            Some(vec![HIDDEN_ARG]),
        ))
        .manage(TrayReady::default())
        .manage(reminders::Shown::default())
        .manage(calls::PendingCall::default())
        .manage(commands::import::ChosenFile::default())
        .setup(|app| {
            calls::remember_start(app.handle());
            let dir = data_dir::resolve(app.handle())?;
            register_link_scheme(app.handle(), &dir);
            let path = dir.join(kindly_core::FILE_NAME);
            let opened = unlocking::open_at_start(&path);
            match &opened {
                Err(kindly_core::Error::Locked) | Ok(_) => {}
                Err(err) => eprintln!("kindly: could not open {}: {err}", path.display()),
            }
            let state = AppState::new(path, opened);
            let usable = !state.failed();
            app.manage(state);
            if let Err(err) = tray::install(app.handle()) {
                eprintln!("kindly: no tray icon, so closing the window quits: {err}");
            }
            if std::env::args().any(|a| a == HIDDEN_ARG) && app.state::<TrayReady>().get() {
                if let Some(window) = app.get_webview_window("main") {
                    window.hide()?;
                }
            }
            let handle = app.handle().clone();
            app.notification().on_action(move |action| {
                if action.action_id() == "tap" {
                    if let Some(n) = action.notification() {
                        reminders::on_click(&handle, n.id());
                    }
                }
            })?;
            if usable {
                unlocking::read_ahead(app.handle());
                reminders::spawn(app.handle().clone());
                idle_lock::spawn(app.handle().clone());
                shortcut::register_stored(app.handle());
            }
            Ok(())
        })
        .on_window_event(|window, event| {
            // With a tray icon, closing the window only hides it, so
            // reminders keep arriving; "Quit Kindly" in the tray quits.
            if let WindowEvent::CloseRequested { api, .. } = event {
                if window.app_handle().state::<TrayReady>().get() {
                    api.prevent_close();
                    let _ = window.hide();
                }
            }
        })
        .invoke_handler(tauri::generate_handler![
            commands::customers::search_customers,
            commands::export::export_contacts,
            commands::export::export_customer_record,
            commands::export::forget_customer,
            commands::import::choose_import_file,
            commands::import::preview_import,
            commands::import::import_contacts,
            commands::merge::likely_duplicates,
            commands::merge::merge_customers,
            commands::merge::undo_merge,
            commands::merge::recent_merges,
            commands::merge::not_duplicates,
            commands::customers::get_customer,
            commands::customers::create_customer,
            commands::customers::update_customer,
            commands::customers::trash_customer,
            commands::customers::restore_customer,
            commands::customers::list_trash,
            commands::customers::empty_trash,
            commands::notebook::notebook_info,
            commands::notebook::set_phone_region,
            commands::notebook::window_start,
            commands::notebook::window_ready,
            commands::notebook::welcome,
            commands::notebook::remove_sample,
            commands::history::customer_page,
            commands::history::timeline_page,
            commands::history::log_conversation,
            commands::history::update_conversation,
            commands::history::get_conversation,
            commands::history::trash_entry,
            commands::history::restore_entry,
            commands::history::list_trashed_entries,
            commands::issues::open_issue,
            commands::issues::update_issue,
            commands::issues::move_issue,
            commands::issues::get_issue,
            commands::issues::issue_categories,
            commands::issues::make_promise,
            commands::issues::update_promise,
            commands::issues::settle_promise,
            commands::issues::get_promise,
            commands::staff::staff_roster,
            commands::staff::add_staff,
            commands::staff::remove_staff,
            commands::staff::set_at_desk,
            commands::follow_ups::add_follow_up,
            commands::follow_ups::update_follow_up,
            commands::follow_ups::complete_follow_up,
            commands::follow_ups::skip_follow_up,
            commands::follow_ups::snooze_follow_up,
            commands::follow_ups::reassign_follow_up,
            commands::follow_ups::today,
            commands::reminders::time_settings,
            commands::reminders::set_reminder_time,
            commands::reminders::autostart_enabled,
            commands::reminders::set_autostart,
            commands::reminders::export_calendar,
            commands::brief::brief,
            commands::brief::brief_text,
            commands::brief::find_caller,
            commands::brief::log_call,
            commands::brief::global_shortcut,
            commands::brief::set_global_shortcut,
            commands::backups::backup_settings,
            commands::backups::set_backup_settings,
            commands::backups::choose_backup_folder,
            commands::backups::back_up_now,
            commands::backups::list_backups,
            commands::backups::restore_backup,
            commands::situations::list_situations,
            commands::situations::get_situation,
            commands::situations::create_situation,
            commands::situations::update_situation,
            commands::situations::post_situation_update,
            commands::situations::mark_told,
            commands::situations::situation_messages,
            commands::situations::close_situation,
            commands::situations::undo_situation_action,
            commands::situation_members::situation_members,
            commands::situation_members::situation_member_ids,
            commands::situation_members::count_matching,
            commands::situation_members::add_matching,
            commands::situation_members::add_to_situation,
            commands::situation_members::remove_from_situation,
            commands::situation_members::add_situation_group,
            commands::situation_members::set_group_concierge,
            commands::situation_members::set_member_concierge,
            commands::situation_members::group_members,
            commands::protection::lock_status,
            commands::protection::unlock,
            commands::protection::lock,
            commands::protection::still_here,
            commands::protection::protect_notebook,
            commands::protection::change_passphrase,
            commands::protection::remove_protection,
            commands::protection::set_lock_after,
            commands::protection::forget_remembered_passphrase,
        ])
        .build(context);
    match result {
        Ok(app) => app.run(|app, event| {
            if let RunEvent::Exit = event {
                // Whatever changed since the last backup is backed up at quit.
                let state = app.state::<AppState>();
                let backed_up = state.quietly(|nb| nb.back_up_if_due(true));
                if let (Err(err), false) = (backed_up, state.is_locked()) {
                    eprintln!("kindly: no backup at quit: {}", err.message);
                }
            }
        }),
        Err(err) => {
            eprintln!("kindly: {err}");
            std::process::exit(1);
        }
    }
}
