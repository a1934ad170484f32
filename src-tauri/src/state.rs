//! The notebook the window works on, shared by every command, and the
//! reminder loop's doorbell.
//!
//! Where this computer works ([`Place`]): its own notebook file, or a team
//! notebook on a server (`team_place.rs`). Either way the notebook is in
//! one [`Slot`]:
//!
//! ```text
//!  start ──▶ Laptop: Open ◀──unlock── Locked ◀──lock/idle── Open
//!        └─▶ Opening (a thread of its own reads the keychain, `opening.rs`)
//!            ├─▶ Laptop: Open (remembered passphrase) | Locked
//!            ├─▶ Team:   Open  (remembered password works)
//!            │           SignInNeeded ──sign_in_team──▶ Open
//!            │           Failed (server away) ──retry_team──▶ Open | SignInNeeded
//!            └─▶ Team:   Away (an offline copy kept here: the window opens on
//!                        it at once; live.rs connects in the background)
//!  Team Open ──connection lost (a command, or live.rs's feed)──▶ Away
//!  Team Away ──live.rs reaches the server again──▶ Open
//!  join_team: any ──▶ Team Open (only once the server said yes)
//!  leave_team: Team * ──▶ Laptop Open | Locked (the file as it was left)
//! ```

use std::path::PathBuf;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};

use kindly_core::{
    ChangeSource, Error, ErrorCode, ErrorPayload, Notebook, SignedIn, TeamAddress, TeamStatus,
};

use crate::doorbell::Doorbell;
use crate::offline_copy::Keeper;

/// Which notebook this computer works on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    /// Its own notebook file in the data folder.
    Laptop,
    /// A team notebook on a server (`team.json`), and who signed in to it
    /// (`None` until someone has, in this run).
    Team(TeamAddress, Option<SignedIn>),
}

/// What the window has to work on.
enum Slot {
    Open(Box<Notebook>),
    /// A protected notebook whose passphrase has not been given (at start,
    /// or after locking). Nothing of it is in memory.
    Locked,
    /// A team notebook nobody has signed in to in this run (no password
    /// remembered, or the remembered one was refused): every command
    /// answers `sign_in_needed` and the window shows the sign-in.
    SignInNeeded,
    /// The notebook could not be opened (for example it is from a newer
    /// Kindly, or the team notebook's server cannot be reached): every
    /// command answers with this, so the window can explain it instead of
    /// failing to start.
    Failed(ErrorPayload),
    /// Being opened at start on a thread of its own (`opening.rs`): every
    /// command waits for it, so none sees a notebook half decided.
    Opening,
    /// The team notebook's server is away: reads are answered from the
    /// offline copy, when there is one (every change refused with
    /// `server_away` by the copy itself); without one, every command
    /// answers with the connection's own error. Only `live.rs` brings the
    /// team notebook back ([`AppState::come_back`]).
    Away(Box<Away>),
}

/// What the window works on while the server is away.
struct Away {
    copy: Option<Box<Notebook>>,
    /// Why the server is away (what a command answers without a copy).
    why: ErrorPayload,
    /// Where the team notebook was connected, to connect again with the
    /// same login; `None` when it was not opened in this run.
    source: Option<ChangeSource>,
    /// Started on the copy, the server not yet tried: not known to be
    /// away, so the window is not told so (no banner at every start) until
    /// the first try to reach it fails ([`AppState::confirm_away`]).
    unconfirmed: bool,
}

impl Away {
    fn run<T>(
        &mut self,
        f: &mut impl FnMut(&mut Notebook) -> kindly_core::Result<T>,
    ) -> Result<T, ErrorPayload> {
        match &mut self.copy {
            Some(copy) => f(copy).map_err(ErrorPayload::from),
            None => Err(self.why.clone()),
        }
    }
}

/// Whether `code` says the team notebook's server went away (not a
/// refusal, which the server gave).
pub fn is_lost(code: ErrorCode) -> bool {
    matches!(
        code,
        ErrorCode::ConnectionLost | ErrorCode::ServerUnreachable
    )
}

/// What [`AppState::link`] says about the team notebook's server; `S`
/// is where its changes come from (a [`ChangeSource`], or a test's).
pub enum Link<S = ChangeSource> {
    /// No team notebook open (this computer's own, locked, signing in).
    None,
    /// The team notebook is open: its address's key, and where its
    /// changes come from.
    Connected(String, S),
    /// The server is away: the address, where to connect again (when the
    /// team notebook opened in this run), and whether that is not known yet
    /// (started on the copy, the server not tried yet).
    Away(TeamAddress, Option<S>, bool),
}

impl<S> Link<S> {
    /// Which team notebook (its address's key), if any.
    pub fn team(&self) -> Option<String> {
        match self {
            Link::None => None,
            Link::Connected(team, _) => Some(team.clone()),
            Link::Away(address, ..) => Some(address.key()),
        }
    }
}

/// The place and its notebook, changed together.
struct Current {
    place: Place,
    slot: Slot,
}

/// Runs `f`, which may block on a team notebook's server: on one of the
/// async runtime's workers (where commands run) it is first moved off the
/// runtime, since the PostgreSQL driver blocks on a runtime of its own,
/// which cannot start inside another.
pub fn blocking<T>(f: impl FnOnce() -> T) -> T {
    use tokio::runtime::{Handle, RuntimeFlavor};
    match Handle::try_current() {
        Ok(h) if h.runtime_flavor() == RuntimeFlavor::MultiThread => tokio::task::block_in_place(f),
        _ => f(),
    }
}

/// The notebook shared by every command: open, locked, waiting for a
/// sign-in, or failed; and where it is.
pub struct AppState {
    current: Mutex<Current>,
    /// Notified when the slot stops being [`Slot::Opening`].
    settled: Condvar,
    /// This computer's own notebook file (to open again when unlocking, or
    /// when leaving a team notebook).
    path: PathBuf,
    /// Rung after changes that can move a due time, so the reminder loop
    /// re-plans at once instead of at its next minute.
    pub doorbell: Arc<Doorbell>,
    /// When the window last asked for something (ms since the epoch, wall
    /// clock: a computer that slept past the idle time locks on waking).
    /// The idle lock (`idle_lock.rs`) counts from it, whatever the page does.
    last_used: AtomicI64,
    /// When the team notebook's server last answered (ms since the epoch;
    /// 0: not in this run).
    last_heard: AtomicI64,
    /// The team notebook's offline copy on this computer.
    pub offline: Keeper,
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

fn slot_of(opened: kindly_core::Result<Notebook>) -> Slot {
    match opened {
        Ok(nb) => Slot::Open(Box::new(nb)),
        Err(Error::Locked) => Slot::Locked,
        Err(Error::SignInNeeded) => Slot::SignInNeeded,
        Err(err) => Slot::Failed(err.into()),
    }
}

impl AppState {
    /// This computer's own notebook (at `path`), as it opened.
    pub fn new(path: PathBuf, opened: kindly_core::Result<Notebook>) -> Self {
        Self::at(path, Place::Laptop, slot_of(opened))
    }

    /// The team notebook at `address`, as it opened: [`Error::SignInNeeded`]
    /// waits for the sign-in; `path` is this computer's own notebook, left
    /// closed.
    #[cfg(test)]
    pub fn new_team(
        path: PathBuf,
        address: TeamAddress,
        opened: kindly_core::Result<Notebook>,
    ) -> Self {
        let state = Self::opening(path, Place::Team(address, None));
        state.opened(opened);
        state
    }

    /// `place`'s notebook, still being opened: every command waits until
    /// [`AppState::opened`] or [`AppState::opened_on_copy`] says how it
    /// went. `path` is this computer's own notebook file.
    pub fn opening(path: PathBuf, place: Place) -> Self {
        Self::at(path, place, Slot::Opening)
    }

    /// The notebook being opened opened so (for a team notebook: who
    /// signed in, or [`Error::SignInNeeded`] to wait for the sign-in).
    /// Commands waiting for it go on; the reminder loop plans.
    pub fn opened(&self, opened: kindly_core::Result<Notebook>) {
        let signed_in = signed_in_of(&opened);
        self.settle(slot_of(opened), signed_in);
    }

    /// The team notebook being opened opened on its offline copy `copy`
    /// (the server is reached in the background by `live.rs`), as the
    /// person who took the copy: who signed in here last (an owner's tools
    /// wait for the server anyway). Not yet said to be away.
    pub fn opened_on_copy(&self, copy: Notebook) {
        let signed_in = copy
            .offline_copy_info()
            .ok()
            .flatten()
            .map(|info| SignedIn {
                display_name: if info.person.is_empty() {
                    info.login.clone()
                } else {
                    info.person
                },
                login: info.login,
                owner: false,
            });
        let slot = Slot::Away(Box::new(Away {
            copy: Some(Box::new(copy)),
            why: Error::ConnectionLost.into(),
            source: None,
            unconfirmed: true,
        }));
        self.settle(slot, signed_in);
    }

    /// Ends [`Slot::Opening`] with `slot`; on a team notebook, `signed_in`
    /// is who is signed in. Nothing happens unless the notebook was being
    /// opened.
    fn settle(&self, slot: Slot, signed_in: Option<SignedIn>) {
        let mut slot = Some(slot);
        {
            // Not `current()`, which would wait for this very call.
            let mut current = self.current.lock().unwrap_or_else(|e| e.into_inner());
            if matches!(current.slot, Slot::Opening) {
                if let Place::Team(_, who) = &mut current.place {
                    *who = signed_in;
                }
                current.slot = slot.take().unwrap_or(Slot::Opening);
            }
        }
        self.settled.notify_all();
        // A team notebook's connections close on its server: off the runtime.
        blocking(move || drop(slot));
        self.doorbell.ring();
    }

    /// Keeps the offline copy with `offline` instead of the data folder's
    /// (tests: a key of their own, no keychain).
    #[cfg(test)]
    pub fn with_offline(mut self, offline: Keeper) -> Self {
        self.offline = offline;
        self
    }

    fn at(path: PathBuf, place: Place, slot: Slot) -> Self {
        let offline = Keeper::in_folder(path.parent().unwrap_or(std::path::Path::new(".")));
        AppState {
            current: Mutex::new(Current { place, slot }),
            settled: Condvar::new(),
            path,
            doorbell: Arc::new(Doorbell::default()),
            last_used: AtomicI64::new(now_ms()),
            last_heard: AtomicI64::new(0),
            offline,
        }
    }

    /// The place and its notebook, once it is no longer being opened.
    fn current(&self) -> MutexGuard<'_, Current> {
        // A panic while holding the lock cannot leave a half-done change:
        // every change is one transaction. So a poisoned lock is safe.
        let current = self.current.lock().unwrap_or_else(|e| e.into_inner());
        if !matches!(current.slot, Slot::Opening) {
            return current;
        }
        blocking(|| {
            self.settled
                .wait_while(current, |c| matches!(c.slot, Slot::Opening))
                .unwrap_or_else(|e| e.into_inner())
        })
    }

    /// Whether the notebook is protected and waiting for its passphrase.
    pub fn is_locked(&self) -> bool {
        matches!(self.current().slot, Slot::Locked)
    }

    /// Whether a notebook is open for commands.
    pub fn is_open(&self) -> bool {
        matches!(self.current().slot, Slot::Open(_))
    }

    /// Which notebook this computer works on.
    pub fn place(&self) -> Place {
        self.current().place.clone()
    }

    /// The team notebook this computer works on and who is signed in to
    /// it (for Settings and the header); `address` is `None` on this
    /// computer's own notebook.
    pub fn team(&self) -> TeamStatus {
        let (place, away) = {
            let current = self.current();
            let away = matches!(&current.slot, Slot::Away(a) if !a.unconfirmed);
            (current.place.clone(), away)
        };
        match place {
            Place::Laptop => TeamStatus::default(),
            Place::Team(address, signed_in) => TeamStatus {
                address: Some(address),
                signed_in,
                notice: None,
                away,
                last_heard_at: self.last_heard(),
                offline_copy_taken_at: self.offline.taken_at(),
                offline_copy_trouble: self.offline.trouble(),
            },
        }
    }

    /// The team notebook's server answered at `at` (ms since the epoch).
    pub fn heard(&self, at: i64) {
        self.last_heard.fetch_max(at, Ordering::SeqCst);
    }

    /// When the team notebook's server last answered: in this run, else
    /// when the offline copy in use was taken.
    pub fn last_heard(&self) -> Option<i64> {
        Some(self.last_heard.load(Ordering::SeqCst))
            .filter(|t| *t > 0)
            .or_else(|| self.offline.taken_at())
    }

    /// Whether the team notebook's server is away (reads from the copy).
    #[cfg(test)]
    pub fn is_away(&self) -> bool {
        matches!(self.current().slot, Slot::Away(_))
    }

    /// The team notebook's connection as `live.rs` follows it.
    pub fn link(&self) -> Link {
        let current = self.current();
        match (&current.place, &current.slot) {
            (Place::Team(address, _), Slot::Open(nb)) => match nb.change_source() {
                Some(source) => Link::Connected(address.key(), source),
                None => Link::None,
            },
            (Place::Team(address, _), Slot::Away(away)) => {
                Link::Away(address.clone(), away.source.clone(), away.unconfirmed)
            }
            _ => Link::None,
        }
    }

    /// The team notebook open with its server there, for the offline
    /// copy's refresh (which connects on its own).
    pub fn connected_team(&self) -> Option<(TeamAddress, ChangeSource)> {
        let current = self.current();
        match (&current.place, &current.slot) {
            (Place::Team(address, _), Slot::Open(nb)) => {
                nb.change_source().map(|s| (address.clone(), s))
            }
            _ => None,
        }
    }

    /// The team notebook's server went away (`why`): from now on reads
    /// come from the offline copy. Nothing happens unless the team
    /// notebook is open (already away, left, signing in).
    pub fn go_away(&self, why: Error) {
        let dead = {
            let mut current = self.current();
            self.away_from(&mut current, ErrorPayload::from(why))
        };
        blocking(move || drop(dead));
    }

    /// The first try to reach the server after starting on the copy
    /// failed: it is away, as the window is now told.
    pub fn confirm_away(&self) {
        if let Slot::Away(away) = &mut self.current().slot {
            away.unconfirmed = false;
        }
    }

    /// Switches an open team notebook to its offline copy; returns the
    /// team notebook, to be closed without the lock.
    fn away_from(&self, current: &mut Current, why: ErrorPayload) -> Option<Box<Notebook>> {
        let Place::Team(address, _) = &current.place else {
            return None;
        };
        let Slot::Open(nb) = &current.slot else {
            return None;
        };
        let source = nb.change_source();
        let copy = self.offline.open(address, self.last_heard()).map(Box::new);
        let before = std::mem::replace(
            &mut current.slot,
            Slot::Away(Box::new(Away {
                copy,
                why,
                source,
                unconfirmed: false,
            })),
        );
        match before {
            Slot::Open(nb) => Some(nb),
            _ => None,
        }
    }

    /// The team notebook `nb` opened again once its server is back: it
    /// replaces the offline copy for every command. Returns whether it
    /// did (not when the team was left, or another joined, meanwhile;
    /// `nb` is then closed). The copy is refreshed at its next turn.
    pub fn come_back(&self, address: &TeamAddress, nb: Notebook) -> bool {
        let signed_in = blocking(|| nb.signed_in()).ok().flatten();
        let mut nb = Some(nb);
        let before = {
            let mut current = self.current();
            match (&current.place, &current.slot) {
                (Place::Team(here, _), Slot::Away(_)) if here == address => {
                    current.place = Place::Team(address.clone(), signed_in);
                    nb.take()
                        .map(|nb| std::mem::replace(&mut current.slot, Slot::Open(Box::new(nb))))
                }
                _ => None,
            }
        };
        let back = nb.is_none();
        blocking(move || drop((before, nb)));
        if back {
            self.heard(now_ms());
            self.offline.changed();
            self.doorbell.ring();
        }
        back
    }

    /// Puts `place` and what opened there in place of the notebook in use,
    /// at once for every command and the reminder loop (each runs whole
    /// before or after). The notebook that was in use is closed (a notebook
    /// file backed up first, as at quit, when it changed); the reminder
    /// loop re-plans.
    pub fn replace(&self, place: Place, opened: kindly_core::Result<Notebook>) {
        let before = {
            let mut current = self.current();
            if let Slot::Open(nb) = &mut current.slot {
                if let Err(err) = blocking(|| nb.back_up_if_due(true)) {
                    tracing::warn!(
                        "no backup before switching notebooks: {}",
                        crate::logging::error(&err)
                    );
                }
            }
            let place = match place {
                Place::Team(address, _) => Place::Team(address, signed_in_of(&opened)),
                laptop => laptop,
            };
            let slot = std::mem::replace(&mut current.slot, slot_of(opened));
            current.place = place;
            slot
        };
        // A team notebook's connections close on its server: off the runtime.
        blocking(move || drop(before));
        self.used(now_ms());
        self.doorbell.ring();
    }

    /// This computer's own notebook file.
    pub fn path(&self) -> &std::path::Path {
        &self.path
    }

    /// The data folder (where `team.json` is kept).
    pub fn data_dir(&self) -> PathBuf {
        self.path
            .parent()
            .map_or_else(PathBuf::new, std::path::Path::to_path_buf)
    }

    /// Runs `f` on the notebook for the window and converts its error for
    /// IPC; the window was in use now.
    pub fn with<T>(
        &self,
        f: impl FnMut(&mut Notebook) -> kindly_core::Result<T>,
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
    ///
    /// On a team notebook whose server goes away during `f` (the
    /// connection lost, the server unreachable), the notebook switches to
    /// the offline copy and `f` runs once more on it: a read is answered
    /// from the copy; a change (which the copy refuses before doing
    /// anything) answers with the lost connection's own error, since it
    /// may have been saved before the server went. Later changes are
    /// refused with `server_away`.
    pub fn quietly<T>(
        &self,
        mut f: impl FnMut(&mut Notebook) -> kindly_core::Result<T>,
    ) -> Result<T, ErrorPayload> {
        let mut current = self.current();
        let out = match &mut current.slot {
            Slot::Open(nb) if nb.is_team() => blocking(|| f(nb)),
            Slot::Open(nb) => return f(nb).map_err(ErrorPayload::from),
            Slot::Away(away) => return away.run(&mut f),
            Slot::Locked => return Err(Error::Locked.into()),
            Slot::SignInNeeded => return Err(Error::SignInNeeded.into()),
            Slot::Failed(err) => return Err(err.clone()),
            // `current()` waited for the opening to end.
            Slot::Opening => {
                return Err(ErrorPayload::system(
                    "Kindly is still opening the notebook.",
                ))
            }
        };
        match out {
            Ok(value) => {
                self.heard(now_ms());
                Ok(value)
            }
            Err(err) if is_lost(err.code()) => {
                let lost = ErrorPayload::from(err);
                let dead = self.away_from(&mut current, lost.clone());
                let out = match &mut current.slot {
                    // A change cut off mid-way may have been saved: the
                    // copy's "not saved" would be wrong, the loss's own
                    // words ("check it") are right.
                    Slot::Away(away) => away.run(&mut f).map_err(|err| match err.code {
                        ErrorCode::ServerAway => lost,
                        _ => err,
                    }),
                    _ => Err(lost),
                };
                drop(current);
                blocking(move || drop(dead));
                out
            }
            Err(err) => Err(err.into()),
        }
    }

    /// Like [`AppState::with`], for changes that may add or move a due time.
    pub fn change<T>(
        &self,
        f: impl FnMut(&mut Notebook) -> kindly_core::Result<T>,
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
        let mut current = self.current();
        if let Slot::Locked = current.slot {
            let opened = open(&self.path).inspect_err(|err| {
                tracing::warn!("unlock failed: {}", crate::logging::error(err));
            })?;
            tracing::info!("unlocked");
            current.slot = Slot::Open(Box::new(opened));
            drop(current);
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
        let mut current = self.current();
        if let Slot::Open(nb) = &mut current.slot {
            if !nb.is_protected() {
                return Err(Error::invalid(
                    "lock",
                    "Protect the notebook with a passphrase first; then it can be locked.",
                )
                .into());
            }
            if let Err(err) = nb.back_up_if_due(true) {
                tracing::warn!("no backup before locking: {}", crate::logging::error(&err));
            }
            current.slot = Slot::Locked;
        }
        Ok(())
    }
}

/// Who signed in, when a team notebook opened.
fn signed_in_of(opened: &kindly_core::Result<Notebook>) -> Option<SignedIn> {
    match opened {
        Ok(nb) if nb.is_team() => blocking(|| nb.signed_in()).ok().flatten(),
        _ => None,
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
    fn a_command_asked_while_the_notebook_opens_waits_and_gets_its_answer() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(kindly_core::FILE_NAME);
        let mut nb = Notebook::open(&path).unwrap();
        nb.add_staff("Lou", "").unwrap();
        let state = Arc::new(AppState::opening(path, Place::Laptop));
        let (asked, answered) = std::sync::mpsc::channel();
        let window = {
            let state = Arc::clone(&state);
            std::thread::spawn(move || {
                asked.send(()).unwrap();
                state.with(|nb| nb.staff_roster())
            })
        };
        answered.recv().unwrap();
        // Whether the window's call is already waiting or not, it sees
        // only the opened notebook: never "not open", never a wrong answer.
        state.opened(Ok(nb));
        let roster = window.join().unwrap().expect("the opened notebook answers");
        assert!(roster.staff.iter().any(|s| s.name == "Lou"));
        assert!(state.is_open());

        // Settled once: a late second answer changes nothing.
        state.opened(Err(Error::Locked));
        assert!(state.is_open() && !state.is_locked());
    }

    #[test]
    fn a_team_notebook_not_signed_in_answers_sign_in_needed_and_leaving_opens_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(kindly_core::FILE_NAME);
        let mut nb = Notebook::open(&path).unwrap();
        nb.add_staff("Lou", "").unwrap();
        let state = AppState::new(path.clone(), Ok(nb));
        assert_eq!(state.team(), TeamStatus::default(), "this computer's own");

        let address = TeamAddress::new("shop", "kindly", "ana").unwrap();
        state.replace(Place::Team(address.clone(), None), Err(Error::SignInNeeded));
        assert!(!state.is_open() && !state.is_locked());
        let err = state.quietly(|nb| nb.staff_roster()).unwrap_err();
        assert_eq!(err.code, kindly_core::ErrorCode::SignInNeeded);
        assert_eq!(state.team().address, Some(address));
        assert_eq!(state.team().signed_in, None);

        state.replace(Place::Laptop, Notebook::open(&path));
        assert!(state.is_open());
        assert_eq!(state.place(), Place::Laptop);
        let roster = state.quietly(|nb| nb.staff_roster()).unwrap();
        assert_eq!(roster.staff[0].name, "Lou", "the file as it was left");
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
