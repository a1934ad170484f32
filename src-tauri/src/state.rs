//! The notebook the window works on, shared by every command, and the
//! reminder loop's doorbell.

use std::sync::{Arc, Mutex, MutexGuard};

use kindly_core::{ErrorPayload, Notebook};

use crate::reminders::Doorbell;

/// Either the open notebook or why it could not be opened (for example a
/// notebook from a newer Kindly). In the second case every command answers
/// with that error, so the window can explain it instead of failing to start.
pub struct AppState {
    notebook: Result<Mutex<Notebook>, ErrorPayload>,
    /// Rung after changes that can move a due time, so the reminder loop
    /// re-plans at once instead of at its next minute.
    pub doorbell: Arc<Doorbell>,
}

impl AppState {
    pub fn new(opened: kindly_core::Result<Notebook>) -> Self {
        AppState {
            notebook: opened.map(Mutex::new).map_err(ErrorPayload::from),
            doorbell: Arc::new(Doorbell::default()),
        }
    }

    /// Whether the notebook opened.
    pub fn is_open(&self) -> bool {
        self.notebook.is_ok()
    }

    /// Runs `f` on the notebook and converts its error for IPC.
    pub fn with<T>(
        &self,
        f: impl FnOnce(&mut Notebook) -> kindly_core::Result<T>,
    ) -> Result<T, ErrorPayload> {
        let notebook = self.notebook.as_ref().map_err(Clone::clone)?;
        // A panic while holding the lock cannot leave a half-done change:
        // every change is one SQLite transaction. So a poisoned lock is safe.
        let mut guard: MutexGuard<'_, Notebook> =
            notebook.lock().unwrap_or_else(|e| e.into_inner());
        f(&mut guard).map_err(ErrorPayload::from)
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
}
