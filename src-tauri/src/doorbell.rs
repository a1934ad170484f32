//! The reminder loop's doorbell: commands that change due times ring it,
//! so the loop looks again now instead of at its next tick.

use std::sync::{Condvar, Mutex};
use std::time::Duration;

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
    pub fn wait(&self, timeout: Duration) -> bool {
        let rung = self.rung.lock().unwrap_or_else(|e| e.into_inner());
        let (mut rung, _) = self
            .bell
            .wait_timeout_while(rung, timeout, |rung| !*rung)
            .unwrap_or_else(|e| e.into_inner());
        std::mem::take(&mut *rung)
    }
}
