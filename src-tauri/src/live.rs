//! Other desks' work as it happens: while the open notebook is a team
//! notebook, a thread of its own follows its change feed and tells the
//! window what changed (`notebook-changed`, ids only), and whether the
//! server is there (`team-connection`).
//!
//! The notebook's lock is taken only to read where to connect; connecting
//! and waiting happen without it, so a quiet server never holds a command.
//! Changes are gathered for [`GATHER`] after the first one, so one save
//! (several statements, several notifications) reloads the screens once.
//! When the feed breaks, the window hears `team-connection {connected:
//! false}` once, the thread tries again every [`RETRY`], and on success
//! sends `{connected: true}` and an "everything changed" (what was
//! committed meanwhile was not heard), as after the first connection (what
//! was committed while the window read its first screen was not either).

use std::path::PathBuf;
use std::time::{Duration, Instant};

use kindly_core::{ChangeFeed, ChangeKind, ChangeSource, Changes, Error};
use serde::Serialize;
use tauri::{AppHandle, Emitter, Manager, Runtime};

use crate::state::{now_ms, AppState};

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
        eprintln!("kindly: other desks' changes will not show until a restart: {err}");
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
        if changes.everything || changes.kinds.contains(&ChangeKind::FollowUps) {
            // Due times may have moved: the reminder loop re-plans.
            self.state::<AppState>().doorbell.ring();
        }
        let _ = self.emit(NOTEBOOK_CHANGED, changes);
    }

    fn connection(&self, connection: Connection) {
        let _ = self.emit(TEAM_CONNECTION, connection);
    }
}

fn run<R: Runtime>(app: &AppHandle<R>) {
    let state = app.state::<AppState>();
    let mut follower = Follower::default();
    loop {
        let open = state
            .quietly(|nb| Ok(nb.change_source().map(|s| (nb.path().to_path_buf(), s))))
            .ok()
            .flatten();
        let pause = follower.follow(open, app, ChangeSource::open);
        std::thread::sleep(pause);
    }
}

/// The feed in use (if any) and what the window was last told. `S` is
/// where a feed connects (a [`ChangeSource`]), `F` the feed.
pub struct Follower<S, F> {
    /// The team notebook followed, by its path, and where it connects.
    following: Option<(PathBuf, S)>,
    feed: Option<F>,
    /// Whether the window was told the server is away.
    told_away: bool,
    last_heard_at: Option<i64>,
}

impl<S, F> Default for Follower<S, F> {
    fn default() -> Self {
        Follower {
            following: None,
            feed: None,
            told_away: false,
            last_heard_at: None,
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

impl<S, F: Feed> Follower<S, F> {
    /// One step, given the team notebook open now (its path and where its
    /// changes come from; `None` for a notebook file, or when nothing is
    /// open): follows a newly opened one, waits a slice on the feed and
    /// tells `window` what it heard, or tries to connect again. Returns
    /// how long to pause before the next step (nothing after a wait).
    pub fn follow(
        &mut self,
        open: Option<(PathBuf, S)>,
        window: &impl Window,
        connect: impl Fn(&S) -> Result<F, Error>,
    ) -> Duration {
        let same = match (&self.following, &open) {
            (Some((was, _)), Some((now, _))) => was == now,
            (None, None) => true,
            _ => false,
        };
        if !same {
            // Joined or left a team (or another one): the old feed goes,
            // and with it any word that its server was away.
            if self.told_away {
                window.connection(Connection {
                    connected: true,
                    last_heard_at: self.last_heard_at,
                });
            }
            *self = Follower {
                following: open,
                ..Follower::default()
            };
        }
        let Some((_, source)) = &self.following else {
            return RETRY;
        };
        let Some(feed) = &mut self.feed else {
            return match connect(source) {
                Ok(feed) => {
                    self.feed = Some(feed);
                    self.last_heard_at = Some(now_ms());
                    if self.told_away {
                        self.told_away = false;
                        window.connection(Connection {
                            connected: true,
                            last_heard_at: self.last_heard_at,
                        });
                    }
                    // What was committed before the feed listened was not
                    // heard: while the server was away, or, on the first
                    // connection, while the window read its first screen
                    // (just after joining, or at start).
                    window.changed(&Changes::everything());
                    Duration::ZERO
                }
                Err(_) => {
                    self.away(window);
                    RETRY
                }
            };
        };
        match gather(feed) {
            Ok(changes) => {
                self.last_heard_at = Some(now_ms());
                if !changes.is_empty() {
                    window.changed(&changes);
                }
                Duration::ZERO
            }
            Err(_) => {
                self.feed = None;
                self.away(window);
                Duration::ZERO
            }
        }
    }

    fn away(&mut self, window: &impl Window) {
        if !self.told_away {
            self.told_away = true;
            window.connection(Connection {
                connected: false,
                last_heard_at: self.last_heard_at,
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

    fn customer(id: &str) -> Changes {
        let mut c = Changes::default();
        c.add_payload(&format!(r#"{{"k":"customers","c":["{id}"]}}"#));
        c
    }

    fn team(name: &str) -> Option<(PathBuf, &'static str)> {
        Some((PathBuf::from(format!("127.0.0.1/{name}")), "source"))
    }

    #[test]
    fn changes_arriving_together_are_told_once() {
        let told = Told::default();
        let mut follower = Follower::default();
        let feeds = RefCell::new(VecDeque::from([Scripted(VecDeque::from([
            Ok(customer("rosie")),
            Ok(customer("sam")),
            Ok(Changes::default()),
        ]))]));
        let connect = |_: &&str| Ok(feeds.borrow_mut().pop_front().unwrap());
        assert_eq!(
            follower.follow(team("shop"), &told, connect),
            Duration::ZERO
        );
        assert_eq!(
            told.take(),
            ["everything"],
            "what was committed before the feed listened was not heard"
        );
        follower.follow(team("shop"), &told, connect);
        assert_eq!(told.take(), ["changed rosie,sam"]);
        follower.follow(team("shop"), &told, connect);
        assert!(told.take().is_empty(), "nothing more was heard");
    }

    #[test]
    fn a_lost_server_is_told_once_then_its_return_and_everything() {
        let told = Told::default();
        let mut follower = Follower::default();
        let up = Cell::new(true);
        let connect = |_: &&str| {
            if up.get() {
                Ok(Scripted(VecDeque::from([Err(Error::ConnectionLost)])))
            } else {
                Err(Error::ServerUnreachable {
                    host: "127.0.0.1".into(),
                })
            }
        };
        follower.follow(team("shop"), &told, connect);
        up.set(false);
        follower.follow(team("shop"), &told, connect);
        assert_eq!(told.take(), ["everything", "connected false heard true"]);
        assert_eq!(follower.follow(team("shop"), &told, connect), RETRY);
        assert_eq!(follower.follow(team("shop"), &told, connect), RETRY);
        assert!(told.take().is_empty(), "the window was told once");
        up.set(true);
        follower.follow(team("shop"), &told, connect);
        assert_eq!(told.take(), ["connected true heard true", "everything"]);
    }

    #[test]
    fn leaving_the_team_drops_the_feed_and_a_file_is_not_followed() {
        let told = Told::default();
        let mut follower = Follower::default();
        let connects = Cell::new(0);
        let connect = |_: &&str| {
            connects.set(connects.get() + 1);
            Ok(Scripted(VecDeque::new()))
        };
        assert_eq!(follower.follow(None, &told, connect), RETRY);
        assert_eq!(connects.get(), 0, "a notebook file has nothing to follow");
        follower.follow(team("shop"), &told, connect);
        follower.follow(team("shop"), &told, connect);
        assert_eq!(connects.get(), 1);
        follower.follow(team("other"), &told, connect);
        assert_eq!(connects.get(), 2, "another team notebook, another feed");
        follower.follow(None, &told, connect);
        assert!(follower.feed.is_none());
        assert_eq!(told.take(), ["everything", "everything"], "once per feed");
    }
}
