//! The live contacts with live customers, read once: whether a customer
//! was checked in on after a resolution (their latest conversation or
//! follow-up done), whose latest conversation was upset, and when the
//! customers with a rhythm were contacted (drifting).

use crate::error::Result;
use crate::rules::model::Millis;
use crate::store::Tx;

/// The notebook's live contacts with its live customers.
pub(super) struct Contacts {
    /// `(customer key, when)` of the latest conversation of each customer
    /// read for it, sorted.
    latest: Vec<(i64, Millis)>,
    /// `(customer key, since)` of the customers whose latest conversation
    /// was upset.
    pub upset: Vec<(i64, Millis)>,
    /// `(customer key, when)` of every conversation of the customers read
    /// for it, sorted.
    pub every: Vec<(i64, Millis)>,
    /// `(customer key, done at)` of the follow-ups done, sorted.
    done: Vec<(i64, Millis)>,
}

impl Contacts {
    /// Reads them, with the latest conversation of the customers among
    /// `latest_of` (keys, for [`Contacts::checked_in_after`]) and every
    /// conversation of those among `every_of`.
    pub fn read(tx: &mut dyn Tx, latest_of: &[i64], every_of: &[i64]) -> Result<Contacts> {
        let talks = tx.talks(latest_of, every_of)?;
        let mut latest = talks.latest;
        latest.sort_unstable();
        let mut every = talks.every;
        every.sort_unstable();
        let mut done = tx.follow_ups_done()?;
        done.sort_unstable();
        Ok(Contacts {
            latest,
            upset: talks.upset,
            every,
            done,
        })
    }

    /// A conversation with the customer (one read for its latest)
    /// happened, or a follow-up of theirs was done, after `at`.
    pub fn checked_in_after(&self, customer_pk: i64, at: Millis) -> bool {
        // Sorted by customer then time: a customer's latest follow-up is
        // the one just before the next customer's first.
        let talked = self
            .latest
            .binary_search_by_key(&customer_pk, |(pk, _)| *pk)
            .is_ok_and(|i| self.latest[i].1 > at);
        let done = self.done.partition_point(|(pk, _)| *pk <= customer_pk);
        talked || (done > 0 && self.done[done - 1].0 == customer_pk && self.done[done - 1].1 > at)
    }
}
