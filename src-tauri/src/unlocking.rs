//! Opening the notebook: at start (with a passphrase remembered in the
//! keychain, if any) and when the person at the desk unlocks it.

use std::path::Path;

use kindly_core::{Error, LockStatus, Notebook, WindowStart};
use tauri::{AppHandle, Manager};

use crate::calls::PendingCall;
use crate::commands::CmdResult;
use crate::keychain;
use crate::state::AppState;

/// Brings a freshly opened notebook's region and time zone in line with the
/// computer's (the time zone follows the laptop when it travels).
fn settle(mut nb: Notebook) -> kindly_core::Result<Notebook> {
    nb.init_phone_region_from_locale(sys_locale::get_locale().as_deref())?;
    if let Ok(zone) = iana_time_zone::get_timezone() {
        if nb.time_settings()?.time_zone != zone {
            if let Err(err) = nb.set_time_zone(&zone) {
                tracing::warn!(
                    "keeping the notebook's time zone: {}",
                    crate::logging::error(&err)
                );
            }
        }
    }
    Ok(nb)
}

/// Opens the notebook at `path` at start, without its passphrase: a
/// protected notebook answers [`Error::Locked`] (then
/// [`open_remembered`]).
pub fn open_at_start(path: &Path) -> kindly_core::Result<Notebook> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    Notebook::open(path).and_then(settle)
}

/// Opens the protected notebook at `path` with the passphrase remembered
/// in the keychain; none remembered, or one that no longer fits: it stays
/// locked ([`Error::Locked`]) until the window asks for it.
pub fn open_remembered(path: &Path) -> kindly_core::Result<Notebook> {
    match keychain::recall(path) {
        Some(key) => Notebook::open_protected(path, &key)
            .map_err(|_| Error::Locked)
            .and_then(settle),
        None => Err(Error::Locked),
    }
}

/// The lock screen's and Settings' view of the notebook.
pub fn status(state: &AppState) -> CmdResult<LockStatus> {
    let remembered = || keychain::recall(state.path()).is_some();
    if state.is_locked() {
        return Ok(LockStatus {
            locked: true,
            protected: true,
            lock_after_minutes: 0,
            remembered: remembered(),
        });
    }
    let settings = state.with(|nb| nb.protection_settings())?;
    Ok(LockStatus {
        locked: false,
        protected: settings.protected,
        lock_after_minutes: settings.lock_after_minutes,
        remembered: settings.protected && remembered(),
    })
}

/// The window's first answer, at start and after the first unlock: the lock
/// status and, only when the notebook is open, what the first screen shows
/// and the number of a `kindly://call` link Kindly was started by (taken
/// once). A locked notebook is not read, and the call waits for it.
pub fn window_start(state: &AppState, pending: &PendingCall) -> CmdResult<WindowStart> {
    let lock = status(state)?;
    if lock.locked {
        return Ok(WindowStart {
            lock,
            opening: None,
            call: None,
        });
    }
    let opening = state.with(|nb| nb.opening())?;
    Ok(WindowStart {
        lock,
        opening: Some(opening),
        call: pending.take(),
    })
}

/// Reads, on a thread of its own, what [`window_start`] will read, while the
/// window is still starting (its page asks about 0.1 s later), so the
/// notebook's pages are in memory by then: the first count of a large
/// notebook otherwise keeps the first screen waiting (~12 ms at 100,000
/// customers). Nothing is kept but the warm pages.
pub fn read_ahead(app: &AppHandle) {
    let app = app.clone();
    std::thread::spawn(move || {
        let _ = app.state::<AppState>().quietly(|nb| nb.opening());
    });
}

/// Opens the locked notebook with `passphrase`; with `remember`, the
/// keychain keeps it for the next start.
pub fn unlock(
    app: &AppHandle,
    state: &AppState,
    passphrase: &str,
    remember: bool,
) -> CmdResult<LockStatus> {
    state.unlock(|path| Notebook::open_protected(path, passphrase).and_then(settle))?;
    // The person typed the passphrase (in a later run than the one that
    // protected): the plain backups from before protecting can go.
    match state.with(|nb| nb.finish_protecting()) {
        Ok(0) => {}
        Ok(n) => tracing::info!("removed {n} unprotected backups from before protecting"),
        Err(err) => tracing::warn!(
            "unprotected backups kept for now: {}",
            crate::logging::payload(&err)
        ),
    }
    if remember {
        keychain::remember(state.path(), passphrase)?;
    }
    crate::shortcut::register_stored(app);
    status(state)
}

/// After a new passphrase is set: the keychain keeps it, or forgets the old one.
pub fn keep_or_forget(state: &AppState, passphrase: &str, remember: bool) -> CmdResult<()> {
    if remember {
        keychain::remember(state.path(), passphrase)
    } else {
        keychain::forget(state.path());
        Ok(())
    }
}
