//! The notebook the window works on, shared by every command, and the
//! reminder loop's doorbell.

use std::path::PathBuf;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use kindly_core::{Error, ErrorPayload, Notebook};

use crate::doorbell::Doorbell;

/// What the window has to work on.
enum Slot {
    Open(Box<Notebook>),
    /// A protected notebook whose passphrase has not been given (at start,
    /// or after locking). Nothing of it is in memory.
    Locked,
    /// The notebook could not be opened (for example it is from a newer
    /// Kindly): every command answers with this, so the window can explain
    /// it instead of failing to start.
    Failed(ErrorPayload),
}

/// The notebook shared by every command: open, locked, or failed.
pub struct AppState {
    slot: Mutex<Slot>,
    /// The notebook file, to open again when unlocking.
    path: PathBuf,
    /// Rung after changes that can move a due time, so the reminder loop
    /// re-plans at once instead of at its next minute.
    pub doorbell: Arc<Doorbell>,
    /// When the window last asked for something (ms since the epoch, wall
    /// clock: a computer that slept past the idle time locks on waking).
    /// The idle lock (`idle_lock.rs`) counts from it, whatever the page does.
    last_used: AtomicI64,
}

/// Now, in ms since the Unix epoch.
#[allow(
    clippy::disallowed_methods,
    reason = "the idle lock counts wall-clock time, so a computer that slept past it locks on waking"
)]
pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or_default()
}

impl AppState {
    pub fn new(path: PathBuf, opened: kindly_core::Result<Notebook>) -> Self {
        let slot = match opened {
            Ok(nb) => Slot::Open(Box::new(nb)),
            Err(Error::Locked) => Slot::Locked,
            Err(err) => Slot::Failed(err.into()),
        };
        AppState {
            slot: Mutex::new(slot),
            path,
            doorbell: Arc::new(Doorbell::default()),
            last_used: AtomicI64::new(now_ms()),
        }
    }

    fn slot(&self) -> MutexGuard<'_, Slot> {
        // A panic while holding the lock cannot leave a half-done change:
        // every change is one SQLite transaction. So a poisoned lock is safe.
        self.slot.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Whether the notebook failed to open (nothing will ever work).
    pub fn failed(&self) -> bool {
        matches!(*self.slot(), Slot::Failed(_))
    }

    /// Whether the notebook is protected and waiting for its passphrase.
    pub fn is_locked(&self) -> bool {
        matches!(*self.slot(), Slot::Locked)
    }

    /// The notebook file.
    pub fn path(&self) -> &std::path::Path {
        &self.path
    }

    /// Runs `f` on the notebook for the window and converts its error for
    /// IPC; the window was in use now.
    pub fn with<T>(
        &self,
        f: impl FnOnce(&mut Notebook) -> kindly_core::Result<T>,
    ) -> Result<T, ErrorPayload> {
        self.used(now_ms());
        self.quietly(f)
    }

    /// The window was in use at `at` (ms since the epoch).
    pub fn used(&self, at: i64) {
        self.last_used.fetch_max(at, Ordering::SeqCst);
    }

    /// When the window was last in use (ms since the epoch).
    pub fn last_used(&self) -> i64 {
        self.last_used.load(Ordering::SeqCst)
    }

    /// Like [`AppState::with`], for Kindly's own work in the background
    /// (reminders, backups): not use of the window, so the idle lock still
    /// counts.
    pub fn quietly<T>(
        &self,
        f: impl FnOnce(&mut Notebook) -> kindly_core::Result<T>,
    ) -> Result<T, ErrorPayload> {
        match &mut *self.slot() {
            Slot::Open(nb) => f(nb).map_err(ErrorPayload::from),
            Slot::Locked => Err(Error::Locked.into()),
            Slot::Failed(err) => Err(err.clone()),
        }
    }

    /// Like [`AppState::with`], for changes that may add or move a due time.
    pub fn change<T>(
        &self,
        f: impl FnOnce(&mut Notebook) -> kindly_core::Result<T>,
    ) -> Result<T, ErrorPayload> {
        let out = self.with(f);
        if out.is_ok() {
            self.doorbell.ring();
        }
        out
    }

    /// Opens the locked notebook with `open` (given the file's path). An
    /// open notebook stays as it is.
    pub fn unlock(
        &self,
        open: impl FnOnce(&std::path::Path) -> kindly_core::Result<Notebook>,
    ) -> Result<(), ErrorPayload> {
        let mut slot = self.slot();
        if let Slot::Locked = *slot {
            *slot = Slot::Open(Box::new(open(&self.path)?));
            drop(slot);
            self.used(now_ms());
            self.doorbell.ring();
        }
        Ok(())
    }

    /// Locks a protected notebook with a "lock after" time when the window
    /// has not been used for that long at `now` (ms since the epoch).
    /// Returns whether it locked.
    pub fn lock_if_idle(&self, now: i64) -> bool {
        let idle_for = now - self.last_used();
        let limit = match self.quietly(|nb| nb.protection_settings()) {
            Ok(s) if s.protected && s.lock_after_minutes > 0 => {
                i64::from(s.lock_after_minutes) * 60_000
            }
            _ => return false,
        };
        idle_for >= limit && self.lock().is_ok() && self.is_locked()
    }

    /// How long until [`AppState::lock_if_idle`] could lock, from `now`;
    /// `None` when it never would (not protected, no time set, locked).
    pub fn idle_lock_in(&self, now: i64) -> Option<i64> {
        let s = self.quietly(|nb| nb.protection_settings()).ok()?;
        (s.protected && s.lock_after_minutes > 0)
            .then(|| (self.last_used() + i64::from(s.lock_after_minutes) * 60_000 - now).max(0))
    }

    /// Closes a protected notebook, forgetting its passphrase, until it is
    /// unlocked again. Whatever changed since the last backup is backed up
    /// first. An unprotected notebook cannot be locked.
    pub fn lock(&self) -> Result<(), ErrorPayload> {
        let mut slot = self.slot();
        if let Slot::Open(nb) = &mut *slot {
            if !nb.is_protected() {
                return Err(Error::invalid(
                    "lock",
                    "Protect the notebook with a passphrase first; then it can be locked.",
                )
                .into());
            }
            if let Err(err) = nb.back_up_if_due(true) {
                eprintln!("kindly: no backup before locking: {err}");
            }
            *slot = Slot::Locked;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINUTE: i64 = 60_000;

    fn protected_state(dir: &std::path::Path, lock_after: u32) -> AppState {
        let path = dir.join(kindly_core::FILE_NAME);
        let mut nb = Notebook::open(&path).unwrap();
        nb.protect("blue kettle on the shelf").unwrap();
        nb.set_lock_after(lock_after).unwrap();
        AppState::new(path, Ok(nb))
    }

    #[test]
    fn an_idle_notebook_locks_in_rust_whatever_the_page_does() {
        let dir = tempfile::tempdir().unwrap();
        let state = protected_state(dir.path(), 5);
        let start = state.last_used();
        assert!(!state.lock_if_idle(start + 4 * MINUTE), "not yet");
        assert_eq!(state.idle_lock_in(start + 4 * MINUTE), Some(MINUTE));
        // Background work is not use.
        state.quietly(|nb| nb.protection_settings()).unwrap();
        assert!(state.lock_if_idle(start + 5 * MINUTE));
        assert!(state.is_locked());
        assert_eq!(
            state.idle_lock_in(start + 6 * MINUTE),
            None,
            "nothing left to lock"
        );
    }

    #[test]
    fn use_of_the_window_starts_the_count_again_and_no_time_set_never_locks() {
        let dir = tempfile::tempdir().unwrap();
        let state = protected_state(dir.path(), 5);
        let start = state.last_used();
        state.used(start + 4 * MINUTE);
        assert!(!state.lock_if_idle(start + 8 * MINUTE));
        assert!(state.lock_if_idle(start + 9 * MINUTE));

        let never = tempfile::tempdir().unwrap();
        let state = protected_state(never.path(), 0);
        assert!(!state.lock_if_idle(state.last_used() + 24 * 60 * MINUTE));
        assert_eq!(state.idle_lock_in(state.last_used()), None);
    }
}
