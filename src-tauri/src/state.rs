//! The notebook the window works on, shared by every command, and the
//! reminder loop's doorbell.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};

use kindly_core::{Error, ErrorPayload, Notebook};

use crate::reminders::Doorbell;

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

    /// Runs `f` on the notebook and converts its error for IPC.
    pub fn with<T>(
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
            self.doorbell.ring();
        }
        Ok(())
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
