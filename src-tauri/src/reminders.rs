//! The reminder loop: one thread that sleeps until the next follow-up falls
//! due (at most a minute, so a wake from sleep or a clock change is noticed
//! within a minute), claims what is due from the core, shows it as desktop
//! notifications, and confirms what it showed. The exactly-once bookkeeping
//! is the core's (see `kindly_core::Notebook::claim_reminders`). The same
//! loop takes the daily automatic backup.

use std::collections::HashMap;
use std::io::Write;
use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::Mutex;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use kindly_core::Reminder;
use kindly_words::{args, say, say_with};
use serde::Serialize;
use tauri::{AppHandle, Emitter, Manager, Runtime};
use tauri_plugin_notification::NotificationExt;

use crate::state::AppState;
use crate::tray::show_main;

/// The longest the loop sleeps between checks.
const MAX_SLEEP: Duration = Duration::from_secs(60);
/// More missed reminders than this are summed up in one notification.
const MISSED_ONE_BY_ONE: usize = 3;

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
pub fn on_click<R: Runtime>(app: &AppHandle<R>, notification_id: i32) {
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
        tracing::error!("reminders could not start: {err}");
    }
}

#[allow(
    clippy::disallowed_methods,
    reason = "the reminder loop wakes at wall-clock due times, and hands this moment to the core"
)]
fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or_default()
}

fn run(app: &AppHandle) {
    let state = app.state::<AppState>();
    loop {
        // A locked notebook shows nothing (a reminder names a customer),
        // nor does a team notebook not signed in to or out of reach;
        // unlocking, signing in or joining rings the doorbell.
        if !state.is_open() {
            state.doorbell.wait(MAX_SLEEP);
            continue;
        }
        let sleep = tick(app, |id, title, body| notify(app, id, title, body));
        state.doorbell.wait(sleep);
    }
}

/// One pass of the loop: the backup if one is due, then every reminder
/// that fell due handed to `notify` (id, title, body; true once the system
/// has it), what was handed over confirmed, and the window told that Today
/// changed. Returns how long to sleep before the next pass.
fn tick<R: Runtime>(
    app: &AppHandle<R>,
    mut notify: impl FnMut(i32, &str, &str) -> bool,
) -> Duration {
    let state = app.state::<AppState>();
    // The daily backup rides on the same loop (at start, then at most daily).
    crate::logging::backup("automatic", &state.quietly(|nb| nb.back_up_if_due(false)));
    let planned = state.quietly(|nb| Ok((nb.claim_reminders()?, nb.next_reminder_at()?)));
    match planned {
        Ok((due, next)) => {
            if !due.is_empty() {
                let shown = deliver(app, &due, &mut notify);
                if let Err(err) = state.quietly(|nb| nb.confirm_reminders(&shown)) {
                    tracing::warn!(
                        "could not record shown reminders: {}",
                        crate::logging::payload(&err)
                    );
                }
                let _ = app.emit("today-changed", ());
            }
            next.map_or(MAX_SLEEP, |at| {
                Duration::from_millis(u64::try_from(at - now_ms()).unwrap_or(0)).min(MAX_SLEEP)
            })
        }
        Err(err) => {
            tracing::warn!(
                "could not check reminders: {}",
                crate::logging::payload(&err)
            );
            MAX_SLEEP
        }
    }
}

/// Shows the reminders; returns the ids of those handed to the system.
fn deliver<R: Runtime>(
    app: &AppHandle<R>,
    due: &[Reminder],
    notify: &mut impl FnMut(i32, &str, &str) -> bool,
) -> Vec<i64> {
    let (missed, on_time): (Vec<&Reminder>, Vec<&Reminder>) = due.iter().partition(|r| r.missed);
    let mut show = |title: &str, body: &str, target: Target| show(app, notify, title, body, target);
    let mut shown = Vec::new();
    for r in &on_time {
        let title = whose(r);
        if show(&title, &body(r), Target::Customer(r.customer_id.clone())) {
            shown.push(r.id);
        }
    }
    if missed.len() > MISSED_ONE_BY_ONE {
        let title = say_with("reminders-missed-many", &args! { "count" => missed.len() });
        if show(&title, &say("reminders-open-today"), Target::Today) {
            shown.extend(missed.iter().map(|r| r.id));
        }
    } else {
        for r in &missed {
            let title = say_with("reminders-missed", &args! { "task" => whose(r) });
            if show(&title, &body(r), Target::Customer(r.customer_id.clone())) {
                shown.push(r.id);
            }
        }
    }
    shown
}

/// What to do for whom ("Call back Rosa Diaz"), with "For Ben Ortiz: "
/// before a reminder that is someone else's (it came to this desk because
/// its person was not here to take it).
fn whose(r: &Reminder) -> String {
    let task = r.action.for_customer(&r.customer_name);
    if r.for_someone_else {
        say_with(
            "reminders-for-someone",
            &args! { "assignee" => r.assignee.as_str(), "task" => task },
        )
    } else {
        task
    }
}

fn body(r: &Reminder) -> String {
    if r.note.is_empty() {
        say("reminders-open-page")
    } else {
        r.note.clone()
    }
}

/// Hands one notification to `notify`, remembering what a click on it
/// opens; false if it could not be shown.
fn show<R: Runtime>(
    app: &AppHandle<R>,
    notify: &mut impl FnMut(i32, &str, &str) -> bool,
    title: &str,
    body: &str,
    target: Target,
) -> bool {
    let shown = app.state::<Shown>();
    let id = shown.next_id.fetch_add(1, Ordering::Relaxed) + 1;
    shown
        .targets
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .insert(id, target.clone());
    log_request(title, body, &target, &app.state::<AppState>().data_dir());
    notify(id, title, body)
}

/// The desktop's own notification.
fn notify(app: &AppHandle, id: i32, title: &str, body: &str) -> bool {
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
            tracing::warn!("could not show a reminder: {err}");
            false
        }
    }
}

/// With `KINDLY_NOTIFICATION_LOG` set (end-to-end tests), every
/// notification request is also appended to that file as a JSON line, with
/// the data folder of the copy of Kindly that asked (two desks may share
/// one log). Debug builds only: a release build never writes customers'
/// names to a file.
fn log_request(title: &str, body: &str, target: &Target, data_dir: &std::path::Path) {
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
    let line = serde_json::json!({
        "title": title,
        "body": body,
        "customer_id": customer_id,
        "data_dir": data_dir.to_string_lossy(),
    });
    let written = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .and_then(|mut f| writeln!(f, "{line}"));
    if let Err(err) = written {
        tracing::warn!("could not log a notification: {err}");
    }
}

#[cfg(test)]
mod tests {
    use crate::doorbell::Doorbell;
    use std::sync::{Arc, Mutex as StdMutex};

    use kindly_core::{CustomerInput, FollowUpAction, FollowUpInput, Notebook};
    use tauri::Listener;

    use super::*;
    use crate::test_app::{app_on, TestClock};

    /// 2026-12-07 09:00 UTC.
    const NINE: i64 = 1_796_634_000_000;
    const MINUTE: i64 = 60_000;

    fn customer(nb: &mut Notebook, name: &str) -> String {
        nb.create_customer(&CustomerInput {
            full_name: name.into(),
            ..Default::default()
        })
        .expect("customer")
        .id
    }

    fn call_back(nb: &mut Notebook, customer_id: &str, time: &str, note: &str) {
        nb.add_follow_up(&FollowUpInput {
            customer_id: customer_id.into(),
            about_id: None,
            action: FollowUpAction::CallBack,
            date: "2026-12-07".into(),
            time: Some(time.into()),
            repeat: None,
            assignee: String::new(),
            note: note.into(),
            staff: String::new(),
        })
        .expect("follow-up");
    }

    /// What `tick` handed to the desktop: (id, title, body).
    type Seen = Arc<StdMutex<Vec<(i32, String, String)>>>;

    fn desktop(seen: &Seen, works: bool) -> impl FnMut(i32, &str, &str) -> bool + '_ {
        move |id, title, body| {
            seen.lock()
                .unwrap()
                .push((id, title.to_owned(), body.to_owned()));
            works
        }
    }

    fn titles(seen: &Seen) -> Vec<String> {
        seen.lock()
            .unwrap()
            .iter()
            .map(|(_, t, _)| t.clone())
            .collect()
    }

    /// A notebook whose clock reads 08:00 with Rosa's call-back at 09:00.
    fn rosa_at_nine(dir: &std::path::Path, clock: &TestClock) -> (Notebook, String) {
        let mut nb = clock.notebook(dir);
        nb.set_time_zone("UTC").expect("zone");
        let rosa = customer(&mut nb, "Rosa Diaz");
        call_back(&mut nb, &rosa, "09:00", "About the quote");
        (nb, rosa)
    }

    #[test]
    fn a_reminder_for_someone_else_says_whose_it_is() {
        let dir = tempfile::tempdir().unwrap();
        let clock = TestClock::at(NINE - 60 * MINUTE);
        let (mut nb, rosa) = rosa_at_nine(dir.path(), &clock);
        nb.add_follow_up(&FollowUpInput {
            customer_id: rosa,
            about_id: None,
            action: FollowUpAction::CallBack,
            date: "2026-12-07".into(),
            time: Some("09:00".into()),
            repeat: None,
            assignee: "Ben Ortiz".into(),
            note: String::new(),
            staff: String::new(),
        })
        .expect("follow-up");
        let app = app_on(dir.path(), nb);
        let seen = Seen::default();
        clock.set(NINE + MINUTE);
        tick(app.handle(), desktop(&seen, true));
        let mut shown = titles(&seen);
        shown.sort();
        assert_eq!(
            shown,
            ["Call back Rosa Diaz", "For Ben Ortiz: Call back Rosa Diaz"]
        );
    }

    #[test]
    fn a_follow_up_that_falls_due_is_shown_once_and_the_window_told() {
        let dir = tempfile::tempdir().unwrap();
        let clock = TestClock::at(NINE - 60 * MINUTE);
        let (nb, _) = rosa_at_nine(dir.path(), &clock);
        let app = app_on(dir.path(), nb);
        let told = Arc::new(StdMutex::new(0));
        let counter = Arc::clone(&told);
        app.listen_any("today-changed", move |_| *counter.lock().unwrap() += 1);
        let seen = Seen::default();

        tick(app.handle(), desktop(&seen, true));
        assert!(titles(&seen).is_empty(), "nothing is due at 08:00");

        clock.set(NINE + MINUTE);
        tick(app.handle(), desktop(&seen, true));
        assert_eq!(titles(&seen), ["Call back Rosa Diaz"]);
        assert_eq!(seen.lock().unwrap()[0].2, "About the quote");
        assert_eq!(*told.lock().unwrap(), 1, "Today is refreshed");

        clock.set(NINE + 5 * MINUTE);
        tick(app.handle(), desktop(&seen, true));
        assert_eq!(titles(&seen).len(), 1, "shown once, not again");
    }

    #[test]
    fn a_reminder_the_desktop_could_not_show_comes_again() {
        let dir = tempfile::tempdir().unwrap();
        let clock = TestClock::at(NINE + MINUTE);
        let (nb, _) = rosa_at_nine(dir.path(), &clock);
        let app = app_on(dir.path(), nb);
        let seen = Seen::default();

        tick(app.handle(), desktop(&seen, false));
        tick(app.handle(), desktop(&seen, true));
        tick(app.handle(), desktop(&seen, true));
        assert_eq!(
            titles(&seen),
            ["Call back Rosa Diaz", "Call back Rosa Diaz"],
            "tried again after the failure, then not again"
        );
    }

    #[test]
    fn clicking_a_reminder_opens_that_customer() {
        let dir = tempfile::tempdir().unwrap();
        let clock = TestClock::at(NINE + MINUTE);
        let (nb, rosa) = rosa_at_nine(dir.path(), &clock);
        let app = app_on(dir.path(), nb);
        let opened = Arc::new(StdMutex::new(Vec::new()));
        let sink = Arc::clone(&opened);
        app.listen_any("open-customer", move |e| {
            sink.lock().unwrap().push(e.payload().to_owned())
        });
        let seen = Seen::default();
        tick(app.handle(), desktop(&seen, true));
        let id = seen.lock().unwrap()[0].0;

        on_click(app.handle(), id);
        let opened = opened.lock().unwrap();
        assert_eq!(opened.len(), 1);
        let payload: serde_json::Value = serde_json::from_str(&opened[0]).unwrap();
        assert_eq!(payload["customer_id"], rosa.as_str());
    }

    #[test]
    fn many_missed_while_closed_come_as_one_notification_that_opens_today() {
        let dir = tempfile::tempdir().unwrap();
        let clock = TestClock::at(NINE - 120 * MINUTE);
        let mut nb = clock.notebook(dir.path());
        nb.set_time_zone("UTC").expect("zone");
        let rosa = customer(&mut nb, "Rosa Diaz");
        let ben = customer(&mut nb, "Ben Okafor");
        for (who, time) in [
            (&rosa, "07:10"),
            (&rosa, "07:40"),
            (&ben, "08:00"),
            (&ben, "08:30"),
        ] {
            call_back(&mut nb, who, time, "");
        }
        call_back(&mut nb, &ben, "09:00", "");
        let app = app_on(dir.path(), nb);
        let today = Arc::new(StdMutex::new(0));
        let counter = Arc::clone(&today);
        app.listen_any("open-today", move |_| *counter.lock().unwrap() += 1);
        let seen = Seen::default();

        // Kindly was closed from before 07:10 until 09:00.
        clock.set(NINE);
        tick(app.handle(), desktop(&seen, true));
        assert_eq!(
            titles(&seen),
            [
                "Call back Ben Okafor",
                "4 follow-ups were missed while Kindly was closed"
            ]
        );
        on_click(app.handle(), seen.lock().unwrap()[1].0);
        assert_eq!(*today.lock().unwrap(), 1, "the summary opens Today");
    }

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
