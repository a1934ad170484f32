//! The reminder loop: one thread that sleeps until the next follow-up falls
//! due (at most a minute, so a wake from sleep or a clock change is noticed
//! within a minute), claims what is due from the core, shows it as desktop
//! notifications, and confirms what it showed. The exactly-once bookkeeping
//! is the core's (see `kindly_core::Notebook::claim_reminders`). The same
//! loop takes the daily automatic backup.

use std::collections::HashMap;
use std::io::Write;
use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::{Condvar, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use kindly_core::Reminder;
use serde::Serialize;
use tauri::{AppHandle, Emitter, Manager};
use tauri_plugin_notification::NotificationExt;

use crate::state::AppState;
use crate::tray::show_main;

/// The longest the loop sleeps between checks.
const MAX_SLEEP: Duration = Duration::from_secs(60);
/// More missed reminders than this are summed up in one notification.
const MISSED_ONE_BY_ONE: usize = 3;

/// Wakes the reminder loop early.
#[derive(Default)]
pub struct Doorbell {
    rung: Mutex<bool>,
    bell: Condvar,
}

impl Doorbell {
    pub fn ring(&self) {
        *self.rung.lock().unwrap_or_else(|e| e.into_inner()) = true;
        self.bell.notify_all();
    }

    /// Returns when rung (true) or after `timeout` (false), whichever is
    /// first. A ring while nobody waits is kept for the next wait.
    fn wait(&self, timeout: Duration) -> bool {
        let rung = self.rung.lock().unwrap_or_else(|e| e.into_inner());
        let (mut rung, _) = self
            .bell
            .wait_timeout_while(rung, timeout, |rung| !*rung)
            .unwrap_or_else(|e| e.into_inner());
        std::mem::take(&mut *rung)
    }
}

/// What clicking a notification opens.
#[derive(Clone)]
enum Target {
    Customer(String),
    Today,
}

/// Notifications shown in this run, by id, so a click can open the right page.
#[derive(Default)]
pub struct Shown {
    next_id: AtomicI32,
    targets: Mutex<HashMap<i32, Target>>,
}

#[derive(Serialize, Clone)]
struct OpenCustomer {
    customer_id: String,
}

/// Opens what a clicked notification was about.
pub fn on_click(app: &AppHandle, notification_id: i32) {
    let target = app
        .state::<Shown>()
        .targets
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .get(&notification_id)
        .cloned();
    show_main(app);
    let _ = match target {
        Some(Target::Customer(customer_id)) => {
            app.emit("open-customer", OpenCustomer { customer_id })
        }
        _ => app.emit("open-today", ()),
    };
}

/// Starts the loop on its own thread.
pub fn spawn(app: AppHandle) {
    let started = std::thread::Builder::new()
        .name("kindly-reminders".into())
        .spawn(move || run(&app));
    if let Err(err) = started {
        eprintln!("kindly: reminders could not start: {err}");
    }
}

fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or_default()
}

fn run(app: &AppHandle) {
    let state = app.state::<AppState>();
    loop {
        // A locked notebook shows nothing (a reminder names a customer);
        // unlocking rings the doorbell.
        if state.is_locked() {
            state.doorbell.wait(MAX_SLEEP);
            continue;
        }
        // The daily backup rides on the same loop (at start, then at most daily).
        if let Err(err) = state.quietly(|nb| nb.back_up_if_due(false)) {
            eprintln!("kindly: the automatic backup failed: {}", err.message);
        }
        let planned = state.quietly(|nb| Ok((nb.claim_reminders()?, nb.next_reminder_at()?)));
        let sleep = match planned {
            Ok((due, next)) => {
                if !due.is_empty() {
                    let shown = deliver(app, &due);
                    if let Err(err) = state.quietly(|nb| nb.confirm_reminders(&shown)) {
                        eprintln!("kindly: could not record shown reminders: {}", err.message);
                    }
                    let _ = app.emit("today-changed", ());
                }
                next.map_or(MAX_SLEEP, |at| {
                    Duration::from_millis(u64::try_from(at - now_ms()).unwrap_or(0)).min(MAX_SLEEP)
                })
            }
            Err(err) => {
                eprintln!("kindly: could not check reminders: {}", err.message);
                MAX_SLEEP
            }
        };
        state.doorbell.wait(sleep);
    }
}

/// Shows the reminders; returns the ids of those handed to the system.
fn deliver(app: &AppHandle, due: &[Reminder]) -> Vec<i64> {
    let (missed, on_time): (Vec<&Reminder>, Vec<&Reminder>) = due.iter().partition(|r| r.missed);
    let mut shown = Vec::new();
    for r in &on_time {
        let title = format!("{} {}", r.action.label(), r.customer_name);
        if show(
            app,
            &title,
            &body(r),
            Target::Customer(r.customer_id.clone()),
        ) {
            shown.push(r.id);
        }
    }
    if missed.len() > MISSED_ONE_BY_ONE {
        let title = format!(
            "{} follow-ups were missed while Kindly was closed",
            missed.len()
        );
        if show(app, &title, "Open Today to see them.", Target::Today) {
            shown.extend(missed.iter().map(|r| r.id));
        }
    } else {
        for r in &missed {
            let title = format!("Missed: {} {}", r.action.label(), r.customer_name);
            if show(
                app,
                &title,
                &body(r),
                Target::Customer(r.customer_id.clone()),
            ) {
                shown.push(r.id);
            }
        }
    }
    shown
}

fn body(r: &Reminder) -> String {
    if r.note.is_empty() {
        "Click to open their page.".to_owned()
    } else {
        r.note.clone()
    }
}

/// Hands one notification to the system; false if it could not be.
fn show(app: &AppHandle, title: &str, body: &str, target: Target) -> bool {
    let shown = app.state::<Shown>();
    let id = shown.next_id.fetch_add(1, Ordering::Relaxed) + 1;
    shown
        .targets
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .insert(id, target.clone());
    log_request(title, body, &target);
    match app
        .notification()
        .builder()
        .id(id)
        .title(title)
        .body(body)
        .show()
    {
        Ok(()) => true,
        Err(err) => {
            eprintln!("kindly: could not show a reminder: {err}");
            false
        }
    }
}

/// With `KINDLY_NOTIFICATION_LOG` set (end-to-end tests), every
/// notification request is also appended to that file as a JSON line. Debug
/// builds only: a release build never writes customers' names to a file.
fn log_request(title: &str, body: &str, target: &Target) {
    if !cfg!(debug_assertions) {
        return;
    }
    let Some(path) = std::env::var_os("KINDLY_NOTIFICATION_LOG") else {
        return;
    };
    let customer_id = match target {
        Target::Customer(id) => Some(id.as_str()),
        Target::Today => None,
    };
    let line = serde_json::json!({ "title": title, "body": body, "customer_id": customer_id });
    let written = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .and_then(|mut f| writeln!(f, "{line}"));
    if let Err(err) = written {
        eprintln!("kindly: could not log a notification: {err}");
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;

    #[test]
    fn a_change_made_while_the_loop_was_busy_still_wakes_it() {
        let bell = Doorbell::default();
        bell.ring();
        assert!(bell.wait(Duration::from_secs(600)), "the ring was kept");
        assert!(!bell.wait(Duration::from_millis(1)), "and used up");
    }

    #[test]
    fn a_change_wakes_a_sleeping_loop() {
        let bell = Arc::new(Doorbell::default());
        let sleeper = {
            let bell = Arc::clone(&bell);
            std::thread::spawn(move || bell.wait(Duration::from_secs(600)))
        };
        // Ring until the sleeper has taken it (it may not be waiting yet).
        while !sleeper.is_finished() {
            bell.ring();
            std::thread::sleep(Duration::from_millis(5));
        }
        assert!(
            sleeper.join().expect("sleeper"),
            "woken by the ring, not the timeout"
        );
    }
}
