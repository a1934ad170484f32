//! A [`Progress`] that remembers what long work reported and can ask it to
//! stop at a chosen point: the progress tests' watcher.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

use kindly_core::{Progress, Stage};

/// What the work reported, in order, and when to ask it to stop.
pub struct Watcher {
    seen: Mutex<Vec<(Stage, u64, u64)>>,
    /// Stop once this stage has reported at least this many done.
    stop_at: Option<(Stage, u64)>,
    stopped: AtomicBool,
}

impl Watcher {
    pub fn new(stop_at: Option<(Stage, u64)>) -> Self {
        Watcher {
            seen: Mutex::new(Vec::new()),
            stop_at,
            stopped: AtomicBool::new(false),
        }
    }

    /// Asks the work to stop from now on, whatever it reports.
    pub fn stop_now(&self) {
        self.stopped.store(true, Ordering::SeqCst);
    }

    pub fn seen(&self) -> Vec<(Stage, u64, u64)> {
        self.seen.lock().unwrap().clone()
    }

    pub fn stages(&self) -> Vec<Stage> {
        let mut stages: Vec<Stage> = self.seen().iter().map(|(s, _, _)| *s).collect();
        stages.dedup();
        stages
    }
}

impl Progress for Watcher {
    fn stage(&self, stage: Stage) {
        // A stage with nothing counted yet: `u64::MAX` marks its start.
        self.seen.lock().unwrap().push((stage, u64::MAX, 0));
    }

    fn done(&self, n: u64, of: u64) {
        let mut seen = self.seen.lock().unwrap();
        let stage = seen.last().expect("a stage before any count").0;
        seen.push((stage, n, of));
        if let Some((at_stage, at)) = self.stop_at {
            if at_stage == stage && n >= at {
                self.stopped.store(true, Ordering::SeqCst);
            }
        }
    }

    fn cancelled(&self) -> bool {
        self.stopped.load(Ordering::SeqCst)
    }
}
