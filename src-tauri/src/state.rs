//! The notebook the window works on, shared by every command.

use std::sync::{Mutex, MutexGuard};

use kindly_core::{ErrorPayload, Notebook};

/// Either the open notebook or why it could not be opened (for example a
/// notebook from a newer Kindly). In the second case every command answers
/// with that error, so the window can explain it instead of failing to start.
pub struct AppState(Result<Mutex<Notebook>, ErrorPayload>);

impl AppState {
    pub fn new(opened: kindly_core::Result<Notebook>) -> Self {
        AppState(opened.map(Mutex::new).map_err(ErrorPayload::from))
    }

    /// Runs `f` on the notebook and converts its error for IPC.
    pub fn with<T>(
        &self,
        f: impl FnOnce(&mut Notebook) -> kindly_core::Result<T>,
    ) -> Result<T, ErrorPayload> {
        let notebook = self.0.as_ref().map_err(Clone::clone)?;
        // A panic while holding the lock cannot leave a half-done change:
        // every change is one SQLite transaction. So a poisoned lock is safe.
        let mut guard: MutexGuard<'_, Notebook> =
            notebook.lock().unwrap_or_else(|e| e.into_inner());
        f(&mut guard).map_err(ErrorPayload::from)
    }
}
