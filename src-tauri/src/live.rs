//! Other desks' work as it happens: while the open notebook is a team
//! notebook, a thread of its own follows its change feed and tells the
//! window what changed (`notebook-changed`, ids only), and whether the
//! server is there (`team-connection`).
//!
//! The notebook's lock is taken only to read where to connect; connecting
//! and waiting happen without it, so a quiet server never holds a command.
//! Changes are gathered for [`GATHER`] after the first one, so one save
//! (several statements, several notifications) reloads the screens once.
//! When the feed breaks (or a command finds the server gone), the state
//! switches to the offline copy (`state.rs`), the window hears
//! `team-connection {connected: false}` once, and this thread alone brings
//! the team notebook back: it opens it again every [`RETRY`] and, once the
//! server answers, swaps it in for the copy ([`AppState::come_back`]) and
//! sends `{connected: true}`. Each time a feed starts listening the window
//! hears "everything changed": what was committed before was not heard
//! (while the server was away, or while the window read its first screen).

use std::time::{Duration, Instant};

use kindly_core::{ChangeFeed, ChangeKind, ChangeSource, Changes, Error, Notebook, TeamAddress};
use serde::Serialize;
use tauri::{AppHandle, Emitter, Manager, Runtime};

use crate::state::{is_lost, now_ms, AppState, Link};
use crate::team_place;

/// How long one wait on the feed lasts before the thread looks whether the
/// open notebook changed.
const SLICE: Duration = Duration::from_millis(250);

/// How long changes are gathered after the first before the window hears
/// of them.
const GATHER: Duration = Duration::from_millis(100);

/// How long between attempts to reach a server that went away, and between
/// looks at whether the open notebook became a team notebook.
const RETRY: Duration = Duration::from_secs(2);

/// The event telling the window what changed (a [`Changes`]).
pub const NOTEBOOK_CHANGED: &str = "notebook-changed";

/// The event telling the window whether the team notebook's server is
/// there ([`Connection`]).
pub const TEAM_CONNECTION: &str = "team-connection";

/// `team-connection`'s payload.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Connection {
    /// Whether the change feed is connected to the server.
    pub connected: bool,
    /// When the feed last heard from the server (ms since the epoch);
    /// `None` when it never has in this run.
    pub last_heard_at: Option<i64>,
}

/// Starts following the open notebook's changes on a thread of its own.
pub fn spawn<R: Runtime>(app: AppHandle<R>) {
    let started = std::thread::Builder::new()
        .name("kindly-live".into())
        .spawn(move || run(&app));
    if let Err(err) = started {
        tracing::error!("other desks' changes will not show until a restart: {err}");
    }
}

/// What the window is told, as the thread learns it.
pub trait Window {
    /// Something changed.
    fn changed(&self, changes: &Changes);
    /// The server came or went.
    fn connection(&self, connection: Connection);
}

impl<R: Runtime> Window for AppHandle<R> {
    fn changed(&self, changes: &Changes) {
        self.state::<AppState>().offline.changed();
        if changes.everything || changes.kinds.contains(&ChangeKind::FollowUps) {
            // Due times may have moved: the reminder loop re-plans.
            self.state::<AppState>().doorbell.ring();
        }
        let _ = self.emit(NOTEBOOK_CHANGED, changes);
    }

    fn connection(&self, connection: Connection) {
        if connection.connected {
            tracing::info!("team notebook: the connection is back");
        } else {
            tracing::warn!("team notebook: the connection to the server was lost");
        }
        let _ = self.emit(TEAM_CONNECTION, connection);
    }
}

fn run<R: Runtime>(app: &AppHandle<R>) {
    let state = app.state::<AppState>();
    let mut follower = Follower::default();
    loop {
        let pause = follower.follow(state.link(), app, &*state, ChangeSource::open);
        std::thread::sleep(pause);
    }
}

/// The team notebook's side of going away and coming back (the app's
/// state, or a test's).
pub trait Server<S> {
    /// The server went away: reads from the offline copy from now on.
    fn go_away(&self, why: Error);
    /// Started on the copy, the first try to reach the server failed: it
    /// is away (see [`AppState::confirm_away`]).
    fn confirm_away(&self);
    /// Opens the team notebook at `address` again (through `source` when
    /// known, with the same login) and swaps it in for the copy.
    fn come_back(&self, address: &TeamAddress, source: Option<&S>) -> Result<(), Error>;
    /// The server answered now.
    fn heard(&self);
    /// When the server last answered (ms since the epoch).
    fn last_heard(&self) -> Option<i64>;
}

impl Server<ChangeSource> for AppState {
    fn go_away(&self, why: Error) {
        AppState::go_away(self, why);
    }

    fn confirm_away(&self) {
        AppState::confirm_away(self);
    }

    fn come_back(&self, address: &TeamAddress, source: Option<&ChangeSource>) -> Result<(), Error> {
        let opened = match source {
            Some(source) => Notebook::open_team_at(source),
            None => team_place::open_remembered(address),
        };
        match opened {
            Ok(nb) => {
                AppState::come_back(self, address, nb);
                Ok(())
            }
            // The password was changed meanwhile: the window asks for it.
            Err(Error::SignInNeeded | Error::SignInFailed) => {
                self.replace(
                    crate::state::Place::Team(address.clone(), None),
                    Err(Error::SignInNeeded),
                );
                Ok(())
            }
            Err(err) => Err(err),
        }
    }

    fn heard(&self) {
        AppState::heard(self, now_ms());
    }

    fn last_heard(&self) -> Option<i64> {
        AppState::last_heard(self)
    }
}

/// The feed in use (if any) and what the window was last told. `S` is
/// where a feed connects (a [`ChangeSource`]), `F` the feed.
pub struct Follower<F> {
    /// The team notebook followed (its address's key).
    following: Option<String>,
    feed: Option<F>,
    /// Whether the window was told the server is away.
    told_away: bool,
}

impl<F> Default for Follower<F> {
    fn default() -> Self {
        Follower {
            following: None,
            feed: None,
            told_away: false,
        }
    }
}

/// A change feed, as the follower uses it (the real one, or a test's).
pub trait Feed {
    /// See [`ChangeFeed::wait`].
    fn wait(&mut self, timeout: Duration) -> Result<Changes, Error>;
}

impl Feed for ChangeFeed {
    fn wait(&mut self, timeout: Duration) -> Result<Changes, Error> {
        ChangeFeed::wait(self, timeout)
    }
}

impl<F: Feed> Follower<F> {
    /// One step, given the team notebook's link now (`Link::None` for a
    /// notebook file, or when nothing is open): follows a newly opened
    /// one, waits a slice on the feed and tells `window` what it heard;
    /// when the feed breaks, sends `server` away; while away, tries to
    /// bring it back. Returns how long to pause before the next step
    /// (nothing after a wait).
    pub fn follow<S>(
        &mut self,
        link: Link<S>,
        window: &impl Window,
        server: &impl Server<S>,
        connect: impl Fn(&S) -> Result<F, Error>,
    ) -> Duration {
        let team = link.team();
        if self.following != team {
            // Joined or left a team (or another one): the old feed goes,
            // and with it any word that its server was away.
            if self.told_away {
                window.connection(Connection {
                    connected: true,
                    last_heard_at: server.last_heard(),
                });
            }
            *self = Follower {
                following: team,
                ..Follower::default()
            };
        }
        match link {
            Link::None => RETRY,
            Link::Away(address, source, unconfirmed) => {
                self.feed = None;
                // Started on the copy: the server is tried before the
                // window hears it is away, so a start does not flash it.
                if !unconfirmed {
                    self.away(window, server);
                }
                match server.come_back(&address, source.as_ref()) {
                    Ok(()) => {
                        if std::mem::take(&mut self.told_away) {
                            window.connection(Connection {
                                connected: true,
                                last_heard_at: server.last_heard(),
                            });
                        }
                        // The feed, connecting next, tells what was missed.
                        Duration::ZERO
                    }
                    Err(_) => {
                        if unconfirmed {
                            server.confirm_away();
                            self.away(window, server);
                        }
                        RETRY
                    }
                }
            }
            Link::Connected(_, source) => {
                let Some(feed) = &mut self.feed else {
                    match connect(&source) {
                        Ok(feed) => {
                            self.feed = Some(feed);
                            server.heard();
                            // What was committed before the feed listened
                            // was not heard: while the server was away, or,
                            // on the first connection, while the window read
                            // its first screen (just after joining, or at
                            // start).
                            window.changed(&Changes::everything());
                        }
                        Err(err) if is_lost(err.code()) => server.go_away(err),
                        Err(_) => return RETRY,
                    }
                    return Duration::ZERO;
                };
                match gather(feed) {
                    Ok(changes) => {
                        server.heard();
                        if !changes.is_empty() {
                            window.changed(&changes);
                        }
                    }
                    Err(err) => {
                        self.feed = None;
                        server.go_away(err);
                    }
                }
                Duration::ZERO
            }
        }
    }

    fn away<S>(&mut self, window: &impl Window, server: &impl Server<S>) {
        if !self.told_away {
            self.told_away = true;
            window.connection(Connection {
                connected: false,
                last_heard_at: server.last_heard(),
            });
        }
    }
}

/// Waits a slice on `feed`; once something arrives, gathers what follows
/// for [`GATHER`] more.
fn gather(feed: &mut impl Feed) -> Result<Changes, Error> {
    let mut changes = feed.wait(SLICE)?;
    if changes.is_empty() {
        return Ok(changes);
    }
    let until = Instant::now() + GATHER;
    while let Some(left) = until.checked_duration_since(Instant::now()) {
        if left.is_zero() {
            break;
        }
        changes.add(feed.wait(left)?);
    }
    Ok(changes)
}

#[cfg(test)]
mod tests {
    use std::cell::{Cell, RefCell};
    use std::collections::VecDeque;

    use super::*;

    /// A feed that answers from a list, then hears nothing.
    struct Scripted(VecDeque<Result<Changes, Error>>);

    impl Feed for Scripted {
        fn wait(&mut self, _: Duration) -> Result<Changes, Error> {
            self.0.pop_front().unwrap_or_else(|| Ok(Changes::default()))
        }
    }

    /// What the window was told, in order.
    #[derive(Default)]
    struct Told(RefCell<Vec<String>>);

    impl Window for Told {
        fn changed(&self, changes: &Changes) {
            let ids: Vec<&str> = changes.customer_ids.iter().map(String::as_str).collect();
            self.0.borrow_mut().push(if changes.everything {
                "everything".into()
            } else {
                format!("changed {}", ids.join(","))
            });
        }
        fn connection(&self, c: Connection) {
            self.0.borrow_mut().push(format!(
                "connected {} heard {}",
                c.connected,
                c.last_heard_at.is_some()
            ));
        }
    }

    impl Told {
        fn take(&self) -> Vec<String> {
            std::mem::take(&mut *self.0.borrow_mut())
        }
    }

    /// A team notebook's server that is up or not, and whether the state
    /// went away.
    struct FakeServer {
        up: Cell<bool>,
        away: Cell<bool>,
        /// Started on the copy, not yet tried.
        unconfirmed: Cell<bool>,
        heard: Cell<Option<i64>>,
    }

    impl FakeServer {
        fn new() -> Self {
            FakeServer {
                up: Cell::new(true),
                away: Cell::new(false),
                unconfirmed: Cell::new(false),
                heard: Cell::new(None),
            }
        }

        fn link(&self, team: &str) -> Link<&'static str> {
            if self.away.get() {
                Link::Away(
                    TeamAddress::new("shop", team, "ana").unwrap(),
                    Some("source"),
                    self.unconfirmed.get(),
                )
            } else {
                Link::Connected(
                    TeamAddress::new("shop", team, "ana").unwrap().key(),
                    "source",
                )
            }
        }
    }

    impl Server<&'static str> for FakeServer {
        fn go_away(&self, _: Error) {
            self.away.set(true);
        }
        fn confirm_away(&self) {
            self.unconfirmed.set(false);
        }
        fn come_back(&self, _: &TeamAddress, _: Option<&&'static str>) -> Result<(), Error> {
            if self.up.get() {
                self.away.set(false);
                self.unconfirmed.set(false);
                Ok(())
            } else {
                Err(Error::ServerUnreachable {
                    host: "shop".into(),
                })
            }
        }
        fn heard(&self) {
            self.heard.set(Some(1));
        }
        fn last_heard(&self) -> Option<i64> {
            self.heard.get()
        }
    }

    fn customer(id: &str) -> Changes {
        let mut c = Changes::default();
        c.add_payload(&format!(r#"{{"k":"customers","c":["{id}"]}}"#));
        c
    }

    #[test]
    fn changes_arriving_together_are_told_once() {
        let told = Told::default();
        let server = FakeServer::new();
        let mut follower = Follower::default();
        let feeds = RefCell::new(VecDeque::from([Scripted(VecDeque::from([
            Ok(customer("rosie")),
            Ok(customer("sam")),
            Ok(Changes::default()),
        ]))]));
        let connect = |_: &&str| Ok(feeds.borrow_mut().pop_front().unwrap());
        assert_eq!(
            follower.follow(server.link("shop"), &told, &server, connect),
            Duration::ZERO
        );
        assert_eq!(
            told.take(),
            ["everything"],
            "what was committed before the feed listened was not heard"
        );
        follower.follow(server.link("shop"), &told, &server, connect);
        assert_eq!(told.take(), ["changed rosie,sam"]);
        follower.follow(server.link("shop"), &told, &server, connect);
        assert!(told.take().is_empty(), "nothing more was heard");
    }

    #[test]
    fn a_lost_server_sends_the_state_away_tells_once_then_brings_it_back() {
        let told = Told::default();
        let server = FakeServer::new();
        let mut follower = Follower::default();
        let connect = |_: &&str| Ok(Scripted(VecDeque::from([Err(Error::ConnectionLost)])));
        follower.follow(server.link("shop"), &told, &server, connect);
        assert!(!server.away.get());
        server.up.set(false);
        follower.follow(server.link("shop"), &told, &server, connect);
        assert!(server.away.get(), "the feed broke: reads from the copy");
        assert_eq!(
            follower.follow(server.link("shop"), &told, &server, connect),
            RETRY
        );
        assert_eq!(told.take(), ["everything", "connected false heard true"]);
        assert_eq!(
            follower.follow(server.link("shop"), &told, &server, connect),
            RETRY
        );
        assert!(told.take().is_empty(), "the window was told once");
        server.up.set(true);
        follower.follow(server.link("shop"), &told, &server, connect);
        assert!(!server.away.get(), "the team notebook is back in use");
        assert_eq!(told.take(), ["connected true heard true"]);
        follower.follow(server.link("shop"), &told, &server, connect);
        assert_eq!(told.take(), ["everything"], "then what was missed");
    }

    #[test]
    fn a_state_sent_away_by_a_command_is_told_and_brought_back() {
        let told = Told::default();
        let server = FakeServer::new();
        let mut follower = Follower::default();
        let connect = |_: &&str| Ok(Scripted(VecDeque::new()));
        follower.follow(server.link("shop"), &told, &server, connect);
        server.away.set(true);
        server.up.set(false);
        follower.follow(server.link("shop"), &told, &server, connect);
        assert_eq!(told.take(), ["everything", "connected false heard true"]);
        server.up.set(true);
        follower.follow(server.link("shop"), &told, &server, connect);
        follower.follow(server.link("shop"), &told, &server, connect);
        assert_eq!(told.take(), ["connected true heard true", "everything"]);
    }

    #[test]
    fn a_start_on_the_copy_says_away_only_once_the_server_did_not_answer() {
        let told = Told::default();
        let server = FakeServer::new();
        let mut follower = Follower::default();
        let connect = |_: &&str| Ok(Scripted(VecDeque::new()));
        // The server answers at once: nothing about being away is said.
        server.away.set(true);
        server.unconfirmed.set(true);
        follower.follow(server.link("shop"), &told, &server, connect);
        assert!(!server.away.get());
        follower.follow(server.link("shop"), &told, &server, connect);
        assert_eq!(told.take(), ["everything"], "no banner, only a reload");

        // It does not: the window hears so after that first try.
        let server = FakeServer::new();
        let mut follower = Follower::default();
        server.away.set(true);
        server.unconfirmed.set(true);
        server.up.set(false);
        assert_eq!(
            follower.follow(server.link("shop"), &told, &server, connect),
            RETRY
        );
        assert!(!server.unconfirmed.get(), "known to be away now");
        assert_eq!(told.take(), ["connected false heard false"]);
        server.up.set(true);
        follower.follow(server.link("shop"), &told, &server, connect);
        assert_eq!(told.take(), ["connected true heard false"]);
    }

    #[test]
    fn leaving_the_team_drops_the_feed_and_a_file_is_not_followed() {
        let told = Told::default();
        let server = FakeServer::new();
        let mut follower = Follower::default();
        let connects = Cell::new(0);
        let connect = |_: &&str| {
            connects.set(connects.get() + 1);
            Ok(Scripted(VecDeque::new()))
        };
        assert_eq!(follower.follow(Link::None, &told, &server, connect), RETRY);
        assert_eq!(connects.get(), 0, "a notebook file has nothing to follow");
        follower.follow(server.link("shop"), &told, &server, connect);
        follower.follow(server.link("shop"), &told, &server, connect);
        assert_eq!(connects.get(), 1);
        follower.follow(server.link("other"), &told, &server, connect);
        assert_eq!(connects.get(), 2, "another team notebook, another feed");
        follower.follow(Link::None, &told, &server, connect);
        assert!(follower.feed.is_none());
        assert_eq!(told.take(), ["everything", "everything"], "once per feed");
    }
}
