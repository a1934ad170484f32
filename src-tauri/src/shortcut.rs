//! The optional global shortcut that brings Kindly to the front with the
//! lookup box focused, from any program.

use std::str::FromStr;

use kindly_core::ErrorPayload;
use tauri::{AppHandle, Emitter, Manager};
use tauri_plugin_global_shortcut::{GlobalShortcutExt, Shortcut, ShortcutState};

use crate::state::AppState;
use crate::tray::show_main;

/// The plugin, with what pressing the shortcut does.
pub fn plugin() -> tauri::plugin::TauriPlugin<tauri::Wry> {
    tauri_plugin_global_shortcut::Builder::new()
        .with_handler(|app, _shortcut, event| {
            if event.state() == ShortcutState::Pressed {
                show_main(app);
                let _ = app.emit("focus-lookup", ());
            }
        })
        .build()
}

/// Parses a shortcut typed in Settings ("Ctrl+Shift+K").
fn parse(text: &str) -> Result<Shortcut, ErrorPayload> {
    Shortcut::from_str(text.trim()).map_err(|_| {
        kindly_core::Error::invalid(
            "shortcut",
            "Kindly does not recognise that key combination. Try something like Ctrl+Shift+K.",
        )
        .into()
    })
}

/// Registers the stored shortcut at start-up (failures are only logged:
/// another program may own the keys).
pub fn register_stored(app: &AppHandle) {
    let stored = app.state::<AppState>().quietly(|nb| nb.global_shortcut());
    if let Ok(Some(text)) = stored {
        let problem = match parse(&text) {
            Err(e) => Some(e.message),
            // Unlocking again after a lock.
            Ok(s) if app.global_shortcut().is_registered(s) => None,
            Ok(s) => app
                .global_shortcut()
                .register(s)
                .err()
                .map(|e| e.to_string()),
        };
        if let Some(err) = problem {
            tracing::warn!("the global shortcut {text} is not available: {err}");
        }
    }
}

/// Replaces the global shortcut (`None` turns it off), registering the new
/// one with the system before it is stored.
pub fn replace(app: &AppHandle, text: Option<&str>) -> Result<Option<String>, ErrorPayload> {
    let new = text
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(parse)
        .transpose()?;
    let keys = app.global_shortcut();
    keys.unregister_all()
        .map_err(|e| ErrorPayload::system(format!("Could not release the old shortcut: {e}")))?;
    if let Some(shortcut) = new {
        keys.register(shortcut).map_err(|_| {
            ErrorPayload::from(kindly_core::Error::invalid(
                "shortcut",
                "That key combination is taken by another program or the system. Try another.",
            ))
        })?;
    }
    let stored = new.map(|s| s.into_string());
    app.state::<AppState>()
        .quietly(|nb| nb.set_global_shortcut(stored.as_deref()))
}
