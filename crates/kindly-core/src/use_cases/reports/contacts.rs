//! The live contacts with live customers, read once: whether a customer
//! was checked in on after a resolution (their latest conversation or
//! follow-up done), whose latest conversation was upset, and when the
//! customers with a rhythm were contacted (drifting).

use crate::error::Result;
use crate::rules::model::Millis;
use crate::store::{LatestTalk, Tx};

/// The notebook's live contacts with its live customers.
pub(super) struct Contacts {
    /// Each customer's latest conversation, by customer key.
    latest: Vec<LatestTalk>,
    /// `(customer key, when)` of every conversation of the customers asked
    /// about, sorted.
    pub asked: Vec<(i64, Millis)>,
    /// `(customer key, done at)` of the follow-ups done, sorted.
    done: Vec<(i64, Millis)>,
}

impl Contacts {
    /// Reads them, with every conversation of the customers among `asked`
    /// (keys).
    pub fn read(tx: &mut dyn Tx, asked: &[i64]) -> Result<Contacts> {
        let talks = tx.talks(asked)?;
        let mut latest = talks.latest;
        latest.sort_unstable_by_key(|t| t.customer_pk);
        let mut asked = talks.of_asked;
        asked.sort_unstable();
        let mut done = tx.follow_ups_done()?;
        done.sort_unstable();
        Ok(Contacts {
            latest,
            asked,
            done,
        })
    }

    /// A conversation with the customer happened, or a follow-up of theirs
    /// was done, after `at`.
    pub fn checked_in_after(&self, customer_pk: i64, at: Millis) -> bool {
        // Sorted by customer then time: the customer's latest follow-up is
        // the one just before the next customer's first.
        let talked = self
            .latest
            .binary_search_by_key(&customer_pk, |t| t.customer_pk)
            .is_ok_and(|i| self.latest[i].at > at);
        let done = self.done.partition_point(|(pk, _)| *pk <= customer_pk);
        talked || (done > 0 && self.done[done - 1].0 == customer_pk && self.done[done - 1].1 > at)
    }

    /// `(customer key, since)` of each customer whose latest conversation
    /// (by time, then the order logged) was upset.
    pub fn upset_latest(&self) -> Vec<(i64, Millis)> {
        self.latest
            .iter()
            .filter(|t| t.upset)
            .map(|t| (t.customer_pk, t.at))
            .collect()
    }
}
