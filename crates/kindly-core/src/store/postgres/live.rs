//! [`ChangeFeed`]: a connection of its own to the team notebook that
//! listens for the changes other desks commit (`schema/live.sql` sends
//! them), so an open window can show them as they happen.

use std::time::{Duration, Instant};

use postgres::fallible_iterator::FallibleIterator;
use postgres::Client;

use crate::error::{Error, Result};
use crate::rules::live::{Changes, CHANNEL};
use crate::store::postgres::address::Address;

/// After this long without a notification, [`ChangeFeed::wait`] asks the
/// server whether it is still there (a server that vanishes without
/// closing the connection would otherwise go unnoticed while idle).
const PING_AFTER: Duration = Duration::from_secs(10);

/// How long that question may take before the server counts as gone.
const PING_TIMEOUT: Duration = Duration::from_secs(5);

/// Changes on a team notebook as other desks (and this one) commit them.
///
/// It holds its own connection, made from the notebook's address with the
/// same TLS rules, timeouts and login, and never used for anything but
/// listening, so waiting on it never holds the notebook. Changes made by
/// this notebook's own connections arrive too: the feed cannot tell the
/// pool's connections apart (they come and go), and reloading what the
/// window just saved shows the same thing again.
pub struct ChangeFeed {
    client: Client,
    last_heard: Instant,
}

impl std::fmt::Debug for ChangeFeed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ChangeFeed").finish_non_exhaustive()
    }
}

/// Where a [`ChangeFeed`] connects: a team notebook's address (with its
/// login), taken from an open notebook so that the connection itself, which
/// may take seconds when the server is away, is made without holding it.
/// Its `Debug` names nothing (the address may hold a password).
#[derive(Clone)]
pub struct ChangeSource {
    address: Address,
}

impl std::fmt::Debug for ChangeSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ChangeSource").finish_non_exhaustive()
    }
}

impl ChangeSource {
    pub(crate) fn new(address: &Address) -> ChangeSource {
        ChangeSource {
            address: address.clone(),
        }
    }

    /// Connects and starts listening (see [`ChangeFeed`]). Blocks for at
    /// most the connection timeout (10 s); the errors are those of opening
    /// the notebook (unreachable, sign-in failed, ...).
    pub fn open(&self) -> Result<ChangeFeed> {
        ChangeFeed::open(&self.address)
    }

    /// The team notebook's address, to open another connection to it.
    pub(crate) fn address(&self) -> &Address {
        &self.address
    }
}

impl ChangeFeed {
    /// Connects to `address` and starts listening. Notifications sent
    /// before this returns are not seen.
    fn open(address: &Address) -> Result<ChangeFeed> {
        let mut client = address.connect()?;
        client.batch_execute(&format!("LISTEN {CHANNEL}"))?;
        Ok(ChangeFeed {
            client,
            last_heard: Instant::now(),
        })
    }

    /// Waits up to `timeout` for changes; returns what arrived by then
    /// (each kind and id once), empty when nothing did. Returns at the
    /// first notification's batch: whatever arrived together with it is
    /// included, later ones wait for the next call.
    /// [`Error::ConnectionLost`] when the server went away: this feed is
    /// done, open a new one (and reload everything: changes made meanwhile
    /// were not heard).
    pub fn wait(&mut self, timeout: Duration) -> Result<Changes> {
        let mut changes = Changes::default();
        let first = self.client.notifications().timeout_iter(timeout).next()?;
        if let Some(first) = first {
            changes.add_payload(first.payload());
            // Whatever else has already arrived, without waiting.
            let mut notifications = self.client.notifications();
            let mut more = notifications.iter();
            while let Some(next) = more.next()? {
                changes.add_payload(next.payload());
            }
        }
        if self.client.is_closed() {
            return Err(Error::ConnectionLost);
        }
        if !changes.is_empty() {
            self.last_heard = Instant::now();
        } else if self.last_heard.elapsed() >= PING_AFTER {
            self.client
                .is_valid(PING_TIMEOUT)
                .map_err(|_| Error::ConnectionLost)?;
            self.last_heard = Instant::now();
        }
        Ok(changes)
    }
}
