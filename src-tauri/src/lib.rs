//! Kindly's desktop shell: opens the notebook, registers the commands, and
//! shows the window. Domain logic lives in `kindly-core`.

mod commands;
mod data_dir;
mod state;

use kindly_core::Notebook;
use tauri::Manager;

use crate::state::AppState;

/// Starts the app; returns when the last window closes.
pub fn run() {
    let result = tauri::Builder::default()
        .setup(|app| {
            let dir = data_dir::resolve(app.handle())?;
            let opened = Notebook::open_in_dir(&dir).and_then(|mut nb| {
                nb.init_phone_region_from_locale(sys_locale::get_locale().as_deref())?;
                Ok(nb)
            });
            if let Err(err) = &opened {
                eprintln!(
                    "kindly: could not open the notebook in {}: {err}",
                    dir.display()
                );
            }
            app.manage(AppState::new(opened));
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::customers::search_customers,
            commands::customers::get_customer,
            commands::customers::create_customer,
            commands::customers::update_customer,
            commands::customers::trash_customer,
            commands::customers::restore_customer,
            commands::customers::list_trash,
            commands::customers::empty_trash,
            commands::notebook::notebook_info,
            commands::notebook::set_phone_region,
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
        ])
        .run(tauri::generate_context!());
    if let Err(err) = result {
        eprintln!("kindly: {err}");
        std::process::exit(1);
    }
}
