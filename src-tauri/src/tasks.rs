//! Long work the window watches (an import): the core's progress sent to
//! the window as `progress` events, and Cancel.
//!
//! The page names each piece of work with a task id of its own making
//! and passes it to the command that does it; the command reports through
//! a [`WindowProgress`] for that id, and `cancel_task` (which never waits
//! for the notebook, held by the work) raises the id's cancel flag. The
//! core checks the flag between batches (`kindly_core::Progress`).
//!
//! Events: `progress` with [`TaskProgress`] `{task, stage, done, of}`: one
//! when a stage starts, then counts at most every [`EVERY`] (about ten a
//! second), and always the last count of a stage.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use kindly_core::{ErrorPayload, NoProgress, Progress, Stage};
use serde::Serialize;
use tauri::{AppHandle, Emitter, Runtime};

/// The event the window's progress bars listen to.
pub const PROGRESS: &str = "progress";

/// The shortest time between two counts of one stage sent to the window.
pub const EVERY: Duration = Duration::from_millis(100);

/// The longest task id the page may use.
pub const MAX_TASK_ID: usize = 64;

/// Cancels asked for tasks not (yet) running that are kept, so a Cancel
/// pressed before its work started still counts; more are forgotten.
const MAX_WAITING_CANCELS: usize = 32;

/// What a `progress` event carries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TaskProgress {
    /// The id the page gave the work.
    pub task: String,
    /// What the work is doing now.
    pub stage: Stage,
    /// How many items of the stage are done.
    pub done: u64,
    /// Of how many; 0 when not known (the bar then shows no amount).
    pub of: u64,
}

/// The cancel flags of the tasks running now (and of cancels asked for
/// tasks about to start), by id.
#[derive(Default)]
pub struct Tasks(Mutex<HashMap<String, Flag>>);

/// A task's cancel flag, and whether the task is running.
struct Flag {
    cancel: Arc<AtomicBool>,
    running: bool,
}

impl Tasks {
    /// Starts `task`: its cancel flag, kept (and reachable by
    /// [`Tasks::cancel`]) until the returned [`Running`] is dropped. A
    /// cancel asked just before it started is kept; an id already running
    /// is refused (its Cancel would stop the other one too).
    pub fn start(&self, task: &str) -> Result<Running<'_>, ErrorPayload> {
        check_id(task)?;
        let mut flags = self.flags();
        let flag = flags.entry(task.to_owned()).or_insert_with(|| Flag {
            cancel: Arc::default(),
            running: false,
        });
        if flag.running {
            return Err(not_followed());
        }
        flag.running = true;
        let cancel = Arc::clone(&flag.cancel);
        Ok(Running {
            tasks: self,
            task: task.to_owned(),
            flag: cancel,
        })
    }

    /// Asks `task` to stop at its next check; a task that is not running
    /// (finished, or not started yet) is asked when it starts.
    pub fn cancel(&self, task: &str) -> Result<(), ErrorPayload> {
        check_id(task)?;
        let mut flags = self.flags();
        if let Some(flag) = flags.get(task) {
            flag.cancel.store(true, Ordering::SeqCst);
        } else if flags.values().filter(|f| !f.running).count() < MAX_WAITING_CANCELS {
            let cancel = Arc::new(AtomicBool::new(true));
            flags.insert(
                task.to_owned(),
                Flag {
                    cancel,
                    running: false,
                },
            );
        }
        Ok(())
    }

    /// Runs `work` with its progress sent to `app`'s window as `task`
    /// (cancelled by [`Tasks::cancel`] with that id), or unwatched when the
    /// page names no task (a step on one customer).
    pub fn follow<R: Runtime, T>(
        &self,
        app: &AppHandle<R>,
        task: Option<&str>,
        work: impl FnOnce(&dyn Progress) -> Result<T, ErrorPayload>,
    ) -> Result<T, ErrorPayload> {
        let Some(task) = task else {
            return work(&NoProgress);
        };
        let running = self.start(task)?;
        let progress = running.reporter(app);
        work(&progress)
    }

    fn flags(&self) -> std::sync::MutexGuard<'_, HashMap<String, Flag>> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

fn not_followed() -> ErrorPayload {
    ErrorPayload::system("Kindly could not follow this piece of work. Please try again.")
}

fn check_id(task: &str) -> Result<(), ErrorPayload> {
    if task.is_empty() || task.len() > MAX_TASK_ID {
        return Err(not_followed());
    }
    Ok(())
}

/// A running task; dropping it forgets its flag.
pub struct Running<'a> {
    tasks: &'a Tasks,
    task: String,
    flag: Arc<AtomicBool>,
}

impl Running<'_> {
    /// Progress sent to `app`'s window under this task's id.
    pub fn reporter<R: Runtime>(
        &self,
        app: &AppHandle<R>,
    ) -> WindowProgress<impl Fn(&TaskProgress) + Sync> {
        let app = app.clone();
        WindowProgress::new(self.task.clone(), Arc::clone(&self.flag), move |p| {
            let _ = app.emit(PROGRESS, p);
        })
    }
}

impl Drop for Running<'_> {
    fn drop(&mut self) {
        self.tasks.flags().remove(&self.task);
    }
}

/// Sends the core's progress of one task to the window, counts at most
/// every [`EVERY`].
pub struct WindowProgress<E> {
    task: String,
    flag: Arc<AtomicBool>,
    send: E,
    /// The current stage, and when a count was last sent.
    last: Mutex<(Stage, Throttle)>,
}

impl<E: Fn(&TaskProgress) + Sync> WindowProgress<E> {
    /// Progress of `task`, cancelled by `flag`, sent with `send`.
    pub fn new(task: String, flag: Arc<AtomicBool>, send: E) -> Self {
        WindowProgress {
            task,
            flag,
            send,
            last: Mutex::new((Stage::Reading, Throttle::default())),
        }
    }

    fn send(&self, stage: Stage, done: u64, of: u64) {
        (self.send)(&TaskProgress {
            task: self.task.clone(),
            stage,
            done,
            of,
        });
    }
}

impl<E: Fn(&TaskProgress) + Sync> Progress for WindowProgress<E> {
    fn stage(&self, stage: Stage) {
        *self.last.lock().unwrap_or_else(|e| e.into_inner()) = (stage, Throttle::default());
        self.send(stage, 0, 0);
    }

    fn done(&self, n: u64, of: u64) {
        e2e_pause();
        let stage = {
            let mut last = self.last.lock().unwrap_or_else(|e| e.into_inner());
            if !last.1.due(Instant::now(), n == of) {
                return;
            }
            last.0
        };
        self.send(stage, n, of);
    }

    fn cancelled(&self) -> bool {
        self.flag.load(Ordering::SeqCst)
    }
}

/// End-to-end tests only (debug builds): `KINDLY_E2E_PROGRESS_PAUSE_MS`
/// holds each count that long, so a test can see the bar and press Cancel
/// before a piece of work that is fast on a quiet machine is over.
fn e2e_pause() {
    #[cfg(debug_assertions)]
    {
        static PAUSE: std::sync::OnceLock<Option<std::time::Duration>> = std::sync::OnceLock::new();
        let pause = PAUSE.get_or_init(|| {
            std::env::var("KINDLY_E2E_PROGRESS_PAUSE_MS")
                .ok()
                .and_then(|ms| ms.parse().ok())
                .map(std::time::Duration::from_millis)
        });
        if let Some(pause) = pause {
            std::thread::sleep(*pause);
        }
    }
}

/// When the next count may be sent: the first one and the last one
/// always, the others at most every [`EVERY`].
#[derive(Debug, Default, Clone, Copy)]
pub struct Throttle {
    sent: Option<Instant>,
}

impl Throttle {
    /// Whether a count reached at `now` is sent (`last`: the stage's last
    /// count); remembers it when it is.
    pub fn due(&mut self, now: Instant, last: bool) -> bool {
        let due = last
            || self
                .sent
                .is_none_or(|sent| now.saturating_duration_since(sent) >= EVERY);
        if due {
            self.sent = Some(now);
        }
        due
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_go_at_most_ten_a_second_the_first_and_last_always() {
        let start = Instant::now();
        let mut throttle = Throttle::default();
        let at = |ms: u64| start + Duration::from_millis(ms);
        assert!(throttle.due(at(0), false), "the first");
        assert!(!throttle.due(at(40), false));
        assert!(!throttle.due(at(99), false));
        assert!(throttle.due(at(100), false));
        assert!(!throttle.due(at(150), false));
        assert!(throttle.due(at(160), true), "the last, however soon");
        assert!(!throttle.due(at(200), false));
        assert!(throttle.due(at(260), false));
    }

    #[test]
    fn a_stage_is_sent_at_once_and_counts_are_thinned() {
        let sent = Mutex::new(Vec::new());
        let progress =
            WindowProgress::new("import-1".into(), Arc::default(), |p: &TaskProgress| {
                sent.lock().unwrap().push(p.clone());
            });
        let started = Instant::now();
        progress.stage(Stage::Saving);
        for n in 0..=1_000 {
            progress.done(n, 1_000);
        }
        progress.stage(Stage::Finishing);
        // However long the loop took: a count per EVERY, plus the first,
        // the last and the two stages.
        let allowed = 4 + (started.elapsed().as_millis() / EVERY.as_millis()) as usize;
        let sent = sent.into_inner().unwrap();
        let seen: Vec<(Stage, u64, u64)> = sent.iter().map(|p| (p.stage, p.done, p.of)).collect();
        assert_eq!(seen.first(), Some(&(Stage::Saving, 0, 0)));
        assert_eq!(seen.last(), Some(&(Stage::Finishing, 0, 0)));
        assert!(seen.contains(&(Stage::Saving, 1_000, 1_000)), "{seen:?}");
        assert!(seen.len() <= allowed, "not one per count: {}", seen.len());
        assert!(sent.iter().all(|p| p.task == "import-1"));
    }

    #[test]
    fn a_cancel_reaches_the_running_task_and_one_about_to_start() {
        let tasks = Tasks::default();
        let running = tasks.start("a").unwrap();
        let progress = running.reporter(&tauri::test::mock_app().handle().clone());
        assert!(!progress.cancelled());
        tasks.cancel("a").unwrap();
        assert!(progress.cancelled());
        drop(progress);
        drop(running);
        assert!(tasks.flags().is_empty(), "forgotten when done");

        tasks.cancel("b").unwrap();
        let b = tasks.start("b").unwrap();
        assert!(b.flag.load(Ordering::SeqCst), "asked before it started");
        drop(b);
        let c = tasks.start("c").unwrap();
        assert!(!c.flag.load(Ordering::SeqCst), "another task is not");
        assert!(tasks.start("c").is_err(), "one task per id at a time");
        drop(c);
        assert!(tasks.start("c").is_ok(), "once it is done, the id is free");

        assert!(tasks.start("").is_err());
        assert!(tasks.cancel(&"x".repeat(MAX_TASK_ID + 1)).is_err());
    }
}
