//! The tray icon: Kindly keeps running there when its window is closed, so
//! reminders still arrive. Its menu opens the window, the Today screen, or
//! quits for real.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

use tauri::image::Image;
use tauri::menu::{Menu, MenuItem, PredefinedMenuItem};
use tauri::tray::{MouseButton, MouseButtonState, TrayIconBuilder, TrayIconEvent};
use tauri::{AppHandle, Emitter, Manager, Runtime, Wry};

use kindly_words::say;

/// Whether the tray icon exists; without it, closing the window quits.
#[derive(Default)]
pub struct TrayReady(AtomicBool);

impl TrayReady {
    pub fn get(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }
}

/// The menu's items, kept to be retitled when the language changes.
#[derive(Default)]
pub struct TrayItems(Mutex<Option<[MenuItem<Wry>; 3]>>);

/// Brings the main window back and to the front.
pub fn show_main<R: Runtime>(app: &AppHandle<R>) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.show();
        let _ = window.unminimize();
        let _ = window.set_focus();
    }
}

/// Adds the tray icon and its menu.
pub fn install(app: &AppHandle) -> tauri::Result<()> {
    let open = MenuItem::with_id(app, "open", say("tray-open"), true, None::<&str>)?;
    let today = MenuItem::with_id(app, "today", say("tray-today"), true, None::<&str>)?;
    let quit = MenuItem::with_id(app, "quit", say("tray-quit"), true, None::<&str>)?;
    let separator = PredefinedMenuItem::separator(app)?;
    let menu = Menu::with_items(app, &[&open, &today, &separator, &quit])?;
    let mut tray = TrayIconBuilder::with_id("kindly")
        .tooltip(say("tray-tooltip"))
        .menu(&menu)
        .show_menu_on_left_click(false)
        .on_menu_event(|app, event| match event.id().as_ref() {
            "open" => show_main(app),
            "today" => {
                show_main(app);
                let _ = app.emit("open-today", ());
            }
            "quit" => app.exit(0),
            _ => {}
        })
        .on_tray_icon_event(|tray, event| {
            if let TrayIconEvent::Click {
                button: MouseButton::Left,
                button_state: MouseButtonState::Up,
                ..
            } = event
            {
                show_main(tray.app_handle());
            }
        });
    // A tray icon is drawn small; the window's 512-pixel icon would be
    // encoded again as a PNG file for the tray at every start.
    if let Ok(icon) = Image::from_bytes(include_bytes!("../../icons/64x64.png")) {
        tray = tray.icon(icon);
    } else if let Some(icon) = app.default_window_icon() {
        tray = tray.icon(icon.clone());
    }
    tray.build(app)?;
    if let Some(items) = app.try_state::<TrayItems>() {
        if let Ok(mut kept) = items.0.lock() {
            *kept = Some([open, today, quit]);
        }
    }
    app.state::<TrayReady>().0.store(true, Ordering::Relaxed);
    Ok(())
}

/// Says the menu and the tooltip in the language chosen now.
pub fn retitle(app: &AppHandle) {
    // Taken out of the lock first: setting a text waits for the main thread.
    let kept = app
        .try_state::<TrayItems>()
        .and_then(|items| items.0.lock().ok().and_then(|kept| kept.clone()));
    if let Some([open, today, quit]) = kept {
        let _ = open.set_text(say("tray-open"));
        let _ = today.set_text(say("tray-today"));
        let _ = quit.set_text(say("tray-quit"));
    }
    if let Some(tray) = app.tray_by_id("kindly") {
        let _ = tray.set_tooltip(Some(say("tray-tooltip")));
    }
}
