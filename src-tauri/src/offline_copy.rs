//! The team notebook's offline copy, kept fresh on this computer so that
//! lookup, the brief and Today keep answering while the server is away
//! (`state.rs` switches to it; `live.rs` switches back).
//!
//! ```text
//!  team notebook open ──▶ refresh thread (own connection) ──▶ offline-copy.sqlite
//!                           (SQLCipher, key in the keychain)        │
//!  server away ──▶ state: reads from the copy, writes server_away ◀─┘
//!  server back ──▶ live.rs re-opens the team notebook and swaps it in
//! ```
//!
//! The thread refreshes the copy once soon after the team notebook opens
//! (unless the copy it started on was taken less than [`MIN_GAP`] ago),
//! then again when changes have been heard (`live.rs` rings
//! [`Keeper::changed`]) and at least [`MIN_GAP`] has passed, or twenty
//! times as long as the last refresh took, whichever is longer: a refresh
//! reads the whole notebook on a connection of its own (3–4 s for 10,000
//! customers and 100,000 conversations, about a minute for ten times that),
//! so the server spends at most a twentieth of one connection's time on it,
//! and the copy is never more than a few minutes behind what this computer
//! last saw when the server goes. It never holds the window's notebook
//! while copying: it takes only the address to connect to.
//!
//! The copy's key is made the first time and kept in the system keychain
//! under the team's address; with no keychain there is no copy (it is never
//! written unencrypted), and Settings → Team says so.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use kindly_core::{ChangeSource, Notebook, OfflineKey, TeamAddress};
use tauri::{AppHandle, Manager, Runtime};

use crate::keychain;
use crate::state::{blocking, now_ms, AppState, Place};

/// The copy's file name in the data folder.
pub const FILE: &str = "offline-copy.sqlite";

/// The least time between two refreshes of the copy.
pub const MIN_GAP: Duration = Duration::from_secs(10 * 60);

/// How many times the last refresh's duration must pass before the next.
const GAP_FACTOR: u32 = 20;

/// How often the thread looks whether a refresh is due.
const TICK: Duration = Duration::from_secs(2);

/// Where the key of a team's offline copy comes from when the copy is
/// opened (the keychain; a test's own key).
pub type KeyOf = Box<dyn Fn(&TeamAddress) -> Option<OfflineKey> + Send + Sync>;

/// What this computer knows about its offline copy: where it is, its key,
/// when it was taken, and whether changes were heard since.
pub struct Keeper {
    path: PathBuf,
    key_of: KeyOf,
    /// Changes were heard since the last refresh.
    changed: AtomicBool,
    /// When the copy in use was taken (ms since the epoch; 0: not known).
    taken_at: AtomicI64,
    /// Why no copy is kept, in plain words.
    trouble: Mutex<Option<String>>,
    plan: Mutex<Plan>,
}

/// When the next refresh is due.
#[derive(Default)]
struct Plan {
    /// The team (its address's key) the copy was last refreshed for, and
    /// when, and how long it took.
    last: Option<(String, Instant, Duration)>,
}

impl Keeper {
    /// The copy at `data_dir/offline-copy.sqlite`, with keys from the
    /// system keychain.
    pub fn in_folder(data_dir: &Path) -> Keeper {
        Keeper::new(data_dir.join(FILE), Box::new(keychain::recall_offline_key))
    }

    /// The copy at `path`, with keys from `key_of`.
    pub fn new(path: PathBuf, key_of: KeyOf) -> Keeper {
        Keeper {
            path,
            key_of,
            changed: AtomicBool::new(false),
            taken_at: AtomicI64::new(0),
            trouble: Mutex::new(None),
            plan: Mutex::new(Plan::default()),
        }
    }

    /// The copy's file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Changes were heard: the copy is behind.
    pub fn changed(&self) {
        self.changed.store(true, Ordering::SeqCst);
    }

    /// When the copy was taken (ms since the epoch), when known.
    pub fn taken_at(&self) -> Option<i64> {
        Some(self.taken_at.load(Ordering::SeqCst)).filter(|t| *t > 0)
    }

    /// Why no copy is kept, when none can be.
    pub fn trouble(&self) -> Option<String> {
        self.trouble
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    fn set_trouble(&self, trouble: Option<String>) {
        *self.trouble.lock().unwrap_or_else(|e| e.into_inner()) = trouble;
    }

    /// Opens the copy for reading while the server of `address` is away;
    /// `last_heard` is when this computer last heard from it (the file's
    /// time when not in this run). `None` when there is no copy or it
    /// cannot be opened (the reason is logged).
    pub fn open(&self, address: &TeamAddress, last_heard: Option<i64>) -> Option<Notebook> {
        if !self.path.exists() {
            return None;
        }
        let key = (self.key_of)(address)?;
        let last_heard = last_heard.or_else(|| modified_ms(&self.path)).unwrap_or(0);
        match Notebook::open_offline_copy(&self.path, &key, last_heard) {
            Ok(copy) => {
                if let Ok(Some(info)) = copy.offline_copy_info() {
                    let address_matches = info.database == address.database;
                    if !address_matches {
                        tracing::warn!("the offline copy is of another team notebook");
                        return None;
                    }
                    self.taken_at.store(info.taken_at, Ordering::SeqCst);
                }
                Some(copy)
            }
            Err(err) => {
                tracing::warn!(
                    "the offline copy cannot be opened: {}",
                    crate::logging::error(&err)
                );
                None
            }
        }
    }

    /// Whether a refresh for `team` is due at `now`.
    fn due(&self, team: &str, now: Instant) -> bool {
        let mut plan = self.plan.lock().unwrap_or_else(|e| e.into_inner());
        if plan.last.is_none() {
            // A copy taken a moment ago (in the run before this one) is as
            // fresh as one refreshed in this run: a restart does not copy
            // the whole notebook again before the gap.
            let age = self
                .taken_at()
                .and_then(|t| u64::try_from(now_ms() - t).ok())
                .map(Duration::from_millis)
                .filter(|age| *age < MIN_GAP);
            if let Some(taken) = age.and_then(|age| now.checked_sub(age)) {
                plan.last = Some((team.to_owned(), taken, Duration::ZERO));
            }
        }
        match &plan.last {
            Some((was, at, took)) if was == team => {
                self.changed.load(Ordering::SeqCst)
                    && now.duration_since(*at) >= MIN_GAP.max(*took * GAP_FACTOR)
            }
            _ => true,
        }
    }

    /// A refresh of `team` could not start (no keychain): the next try
    /// waits for the gap.
    fn tried(&self, team: &str) {
        self.changed();
        self.plan.lock().unwrap_or_else(|e| e.into_inner()).last =
            Some((team.to_owned(), Instant::now(), Duration::ZERO));
    }

    /// Refreshes the copy of `team` from a notebook opened at `source`
    /// under `key` (a connection of its own, closed after), and notes when.
    pub fn refresh(
        &self,
        team: &str,
        source: &ChangeSource,
        key: &OfflineKey,
    ) -> kindly_core::Result<()> {
        let started = Instant::now();
        self.changed.store(false, Ordering::SeqCst);
        let outcome = blocking(|| {
            let nb = Notebook::open_team_at(source)?;
            nb.refresh_offline_copy(&self.path, key)
        });
        let mut plan = self.plan.lock().unwrap_or_else(|e| e.into_inner());
        plan.last = Some((team.to_owned(), Instant::now(), started.elapsed()));
        match outcome {
            Ok(info) => {
                self.taken_at.store(info.taken_at, Ordering::SeqCst);
                Ok(())
            }
            Err(err) => {
                // Tried again at the next gap, with what was heard meanwhile.
                self.changed();
                Err(err)
            }
        }
    }

    /// Deletes the copy and forgets its key (leaving the team, or joining
    /// another: the copy is of one team notebook).
    pub fn forget(&self, address: &TeamAddress) {
        remove(&self.path);
        keychain::forget_offline_key(address);
        self.taken_at.store(0, Ordering::SeqCst);
        self.set_trouble(None);
        self.plan.lock().unwrap_or_else(|e| e.into_inner()).last = None;
    }
}

fn remove(path: &Path) {
    if let Err(err) = std::fs::remove_file(path) {
        if err.kind() != std::io::ErrorKind::NotFound {
            tracing::warn!("the offline copy could not be deleted: {err}");
        }
    }
}

/// When `path` was last written (ms since the epoch).
fn modified_ms(path: &Path) -> Option<i64> {
    let at = std::fs::metadata(path).ok()?.modified().ok()?;
    let ms = at.duration_since(std::time::UNIX_EPOCH).ok()?.as_millis();
    i64::try_from(ms).ok()
}

/// Starts keeping the offline copy fresh on a thread of its own.
pub fn spawn<R: Runtime>(app: AppHandle<R>) {
    let started = std::thread::Builder::new()
        .name("kindly-offline-copy".into())
        .spawn(move || loop {
            std::thread::sleep(TICK);
            tick(&app.state::<AppState>());
        });
    if let Err(err) = started {
        tracing::warn!("no offline copy will be kept in this run: {err}");
    }
}

/// One look: refreshes the copy when the team notebook is open (the server
/// there) and a refresh is due.
pub fn tick(state: &AppState) {
    let Some((address, source)) = state.connected_team() else {
        return;
    };
    let team = address.key();
    let keeper = &state.offline;
    if !keeper.due(&team, Instant::now()) {
        return;
    }
    let key = match keychain::offline_key(&address) {
        Ok(key) => key,
        Err(trouble) => {
            keeper.set_trouble(Some(trouble.message));
            // Asked again at the next gap, not at every look.
            keeper.tried(&team);
            return;
        }
    };
    keeper.set_trouble(None);
    if let Err(err) = keeper.refresh(&team, &source, &key) {
        tracing::warn!(
            "the offline copy was not refreshed: {}",
            crate::logging::error(&err)
        );
    }
    // Left the team (or joined another) while copying: that copy goes.
    if !matches!(state.place(), Place::Team(a, _) if a == address) {
        remove(keeper.path());
    }
}

#[cfg(test)]
mod tests;
