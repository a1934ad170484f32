//! The idle lock, kept by Kindly itself: a protected notebook with a "lock
//! after" time is locked once the window has asked for nothing (no command,
//! no sign of someone typing) for that long, whatever the page does or
//! fails to do. The window is told with a `locked` event and shows the
//! unlock screen.

use std::time::Duration;

use tauri::{AppHandle, Emitter, Manager};

use crate::state::{now_ms, AppState};

/// The longest wait between two looks: a changed "lock after" time, or a
/// computer that slept, is noticed within it.
const MAX_WAIT: i64 = 60_000;

/// Starts the idle lock's thread.
pub fn spawn(app: AppHandle) {
    let started = std::thread::Builder::new()
        .name("kindly-idle-lock".into())
        .spawn(move || run(&app));
    if let Err(err) = started {
        tracing::error!("the idle lock could not start: {err}");
    }
}

fn run(app: &AppHandle) {
    let state = app.state::<AppState>();
    loop {
        if state.lock_if_idle(now_ms()) {
            let _ = app.emit("locked", ());
        }
        let wait = state
            .idle_lock_in(now_ms())
            .map_or(MAX_WAIT, |left| left.clamp(1_000, MAX_WAIT));
        std::thread::sleep(Duration::from_millis(wait.unsigned_abs()));
    }
}
