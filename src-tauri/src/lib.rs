//! Kindly's desktop shell: opens the notebook, registers the commands, and
//! shows the window. Domain logic lives in `kindly-core`.

mod calls;
mod commands;
mod data_dir;
mod dialogs;
mod doorbell;
mod dropping;
mod idle_lock;
mod keychain;
mod launch;
mod link_scheme;
mod live;
mod logging;
mod offline_copy;
mod opening;
mod reminders;
mod shortcut;
mod state;
mod tasks;
mod team_place;
#[cfg(test)]
mod test_app;
mod tray;
mod unlocking;
mod window_place;

use tauri::utils::config::{AppDirectoriesOverride, AppDirectoryOverrides};
use tauri::{Manager, RunEvent, WindowEvent};
use tauri_plugin_autostart::MacosLauncher;
use tauri_plugin_notification::NotificationExt;

pub use crate::launch::{start_for, Start};
use crate::state::AppState;
use crate::tray::{TrayItems, TrayReady};

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
                tracing::warn!("kindly:// links are not registered: {err}");
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
    logging::init();
    let mut context = tauri::generate_context!();
    let instance = data_dir::instance_id(&context.config().identifier);
    let config_folder = data_dir::config_folder(&context.config().identifier);
    context.config_mut().app.app_directories_override =
        Some(AppDirectoriesOverride::Directories(AppDirectoryOverrides {
            config: Some(config_folder),
            ..Default::default()
        }));
    let hidden = std::env::args().any(|a| a == HIDDEN_ARG);
    let result = tauri::Builder::default()
        // First, so a second start hands over before anything else runs.
        .plugin(
            tauri_plugin_single_instance::Builder::new()
                .dbus_id(instance)
                .callback(|app, args, _cwd| {
                    calls::second_start(app, &args);
                    dropping::e2e_drop(app, &args);
                })
                .build(),
        )
        .plugin(tauri_plugin_deep_link::init())
        .plugin(shortcut::plugin())
        .plugin(tauri_plugin_notification::init())
        .plugin(tauri_plugin_dialog::init())
        .plugin(window_place::plugin(hidden))
        .plugin(tauri_plugin_autostart::init(
            MacosLauncher::LaunchAgent,
            Some(vec![HIDDEN_ARG]),
        ))
        .manage(TrayReady::default())
        .manage(TrayItems::default())
        .manage(reminders::Shown::default())
        .manage(calls::PendingCall::default())
        .manage(calls::PendingJoin::default())
        .manage(commands::import::ChosenFile::default())
        .manage(tasks::Tasks::default())
        .setup(move |app| {
            calls::remember_start(app.handle());
            let dir = data_dir::resolve(app.handle())?;
            // The log, the crash notes, and whether the last run stopped
            // unexpectedly (told to the window once, when it asks).
            match logging::open_in(&dir) {
                Ok(logs) => {
                    app.manage(logging::crash::CrashNotes::at_start(&logs));
                    logging::crash::install_hook(logs);
                }
                Err(err) => {
                    tracing::warn!("no log file in this run: {err}");
                    app.manage(logging::crash::CrashNotes::default());
                }
            }
            register_link_scheme(app.handle(), &dir);
            let path = dir.join(kindly_core::FILE_NAME);
            // A team notebook (team.json) instead of this computer's own.
            let (state, later) = opening::at_start(path, team_place::read(&dir));
            let usable = later.is_none() && (state.is_open() || state.is_locked());
            app.manage(state);
            kindly_words::start_with_computer_language();
            if let Err(err) = tray::install(app.handle()) {
                tracing::warn!("no tray icon, so closing the window quits: {err}");
            }
            // The window is created hidden (tauri.conf.json), so it shows
            // where it was kept, not first where it is configured.
            if !hidden {
                app.manage(window_place::Saver::start(app.handle().clone()));
            }
            if let Some(window) = app.get_webview_window("main") {
                if let Err(err) = window_place::restore(&window, &dir) {
                    tracing::warn!("the window's kept size and place are not restored: {err}");
                }
                if !(hidden && app.state::<TrayReady>().get()) {
                    window.show()?;
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
            live::spawn(app.handle().clone());
            offline_copy::spawn(app.handle().clone());
            match later {
                Some(later) => opening::finish(app.handle().clone(), later),
                None if usable => {
                    unlocking::read_ahead(app.handle());
                    shortcut::register_stored(app.handle());
                }
                None => {}
            }
            // Both wait while no notebook is open (a team notebook may open
            // later, after a sign-in or a retry).
            reminders::spawn(app.handle().clone());
            idle_lock::spawn(app.handle().clone());
            Ok(())
        })
        .on_window_event(|window, event| match event {
            // With a tray icon, closing the window only hides it, so
            // reminders keep arriving; "Quit Kindly" in the tray quits.
            WindowEvent::CloseRequested { api, .. }
                if window.app_handle().state::<TrayReady>().get() =>
            {
                api.prevent_close();
                window_place::save(window.app_handle());
                let _ = window.hide();
            }
            // A file dragged over or dropped on the window: a contacts
            // file opens the import preview (`dropping.rs`).
            WindowEvent::DragDrop(drag) => dropping::on_event(window.app_handle(), drag),
            WindowEvent::Moved(_) | WindowEvent::Resized(_) => {
                if let Some(saver) = window.try_state::<window_place::Saver>() {
                    saver.changed();
                }
            }
            _ => {}
        })
        // Every command in `commands/list.rs`.
        .invoke_handler(commands::handler())
        .build(context);
    match result {
        Ok(app) => app.run(|app, event| {
            if let RunEvent::Exit = event {
                // No longer the running copy: a start from now on opens a
                // window of its own instead of handing its arguments to
                // this one, which has no window left and may still take
                // the backup below for a while.
                tauri_plugin_single_instance::destroy(app);
                // Whatever changed since the last backup is backed up at quit.
                let state = app.state::<AppState>();
                let backed_up = state.quietly(|nb| nb.back_up_if_due(true));
                if backed_up.is_ok() || state.is_open() {
                    logging::backup("at quit", &backed_up);
                }
                tracing::info!("Kindly quit");
            }
        }),
        Err(err) => {
            tracing::error!("Kindly could not start: {err}");
            std::process::exit(1);
        }
    }
}
