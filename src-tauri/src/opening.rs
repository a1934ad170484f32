//! Opening the notebook at start. A notebook file that needs nothing from
//! the system keychain opens before the window does. One that does (a
//! protected notebook's remembered passphrase; a team notebook's offline
//! copy key, or its password) opens on a thread of its own while the
//! window starts, and every command waits for it ([`AppState::opening`]):
//! reading the keychain (the Secret Service over D-Bus, on Linux) before
//! the window's page had started delayed the page by half a second on
//! about one start in three (BENCHMARKS.md, "Team mode in the window").

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use kindly_core::{Error, TeamAddress};
use tauri::{AppHandle, Manager};

use crate::state::{AppState, Place};
use crate::{logging, team_place, unlocking};

/// What is left to open once the window is on its way.
pub enum Later {
    /// This computer's protected notebook, with its remembered passphrase.
    Protected,
    /// The team notebook at this address.
    Team(TeamAddress),
}

/// The notebook the window starts with (`path`, this computer's own file,
/// or the team notebook at `team`), and what is left to open on a thread
/// of its own ([`finish`]).
pub fn at_start(path: PathBuf, team: Option<TeamAddress>) -> (AppState, Option<Later>) {
    if let Some(address) = team {
        let state = AppState::opening(path, Place::Team(address.clone(), None));
        return (state, Some(Later::Team(address)));
    }
    match unlocking::open_at_start(&path) {
        Err(Error::Locked) => (
            AppState::opening(path, Place::Laptop),
            Some(Later::Protected),
        ),
        opened => {
            if let Err(err) = &opened {
                tracing::error!("could not open {}: {}", path.display(), logging::error(err));
            }
            (AppState::new(path, opened), None)
        }
    }
}

/// Opens what was left on a thread of its own (on this one if no thread
/// can be started); then the global shortcut stored in it is registered.
pub fn finish(app: AppHandle, later: Later) {
    let run = move || {
        let state = app.state::<AppState>();
        match later {
            Later::Protected => state.opened(unlocking::open_remembered(state.path())),
            Later::Team(address) => open_team(&state, &address),
        }
        crate::shortcut::register_stored(&app);
    };
    // Shared, so that it still runs here when no thread can start (else
    // every command would wait for it forever).
    let job = Arc::new(Mutex::new(Some(run)));
    fn take_and_run(job: &Mutex<Option<impl FnOnce()>>) {
        let run = job.lock().unwrap_or_else(|e| e.into_inner()).take();
        if let Some(run) = run {
            run();
        }
    }
    let theirs = Arc::clone(&job);
    let started = std::thread::Builder::new()
        .name("kindly-opening".into())
        .spawn(move || take_and_run(&theirs));
    if let Err(err) = started {
        tracing::warn!("opening the notebook before the window starts: {err}");
        take_and_run(&job);
    }
}

/// The team notebook at `address`, at start: on its offline copy when
/// there is one (`live.rs` reaches the server in the background), else on
/// the server with the password remembered in the keychain.
pub fn open_team(state: &AppState, address: &TeamAddress) {
    match state.offline.open(address, None) {
        Some(copy) => state.opened_on_copy(copy),
        None => {
            let opened = team_place::open_remembered(address);
            if let Err(err) = &opened {
                tracing::warn!("the team notebook is not open yet: {}", logging::error(err));
            }
            state.opened(opened);
        }
    }
}
