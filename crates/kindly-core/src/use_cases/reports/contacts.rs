//! Every live conversation and follow-up done, read once: who was
//! contacted when (drifting), whether a customer was checked in on after a
//! resolution, and whose latest conversation was upset.

use crate::error::Result;
use crate::rules::model::Millis;
use crate::store::{Talk, Tx};

/// The notebook's live contacts with its live customers.
pub(super) struct Contacts {
    /// By customer key, then time, then the order logged.
    pub talks: Vec<Talk>,
    /// `(customer key, done at)` of the follow-ups done, sorted.
    done: Vec<(i64, Millis)>,
}

impl Contacts {
    /// Reads them in two narrow scans.
    pub fn read(tx: &mut dyn Tx) -> Result<Contacts> {
        let mut talks = tx.live_talks()?;
        talks.sort_unstable();
        let mut done = tx.follow_ups_done()?;
        done.sort_unstable();
        Ok(Contacts { talks, done })
    }

    /// A conversation with the customer happened, or a follow-up of theirs
    /// was done, after `at`.
    pub fn checked_in_after(&self, customer_pk: i64, at: Millis) -> bool {
        // Sorted by customer then time: the customer's latest is the one
        // just before the next customer's first.
        let talks = self.talks.partition_point(|t| t.customer_pk <= customer_pk);
        let done = self.done.partition_point(|(pk, _)| *pk <= customer_pk);
        (talks > 0
            && self.talks[talks - 1].customer_pk == customer_pk
            && self.talks[talks - 1].at > at)
            || (done > 0 && self.done[done - 1].0 == customer_pk && self.done[done - 1].1 > at)
    }

    /// `(customer key, since)` of each customer whose latest conversation
    /// (by time, then the order logged) was upset.
    pub fn upset_latest(&self) -> Vec<(i64, Millis)> {
        self.talks
            .iter()
            .enumerate()
            .filter(|(i, t)| {
                t.upset
                    && self
                        .talks
                        .get(i + 1)
                        .is_none_or(|next| next.customer_pk != t.customer_pk)
            })
            .map(|(_, t)| (t.customer_pk, t.at))
            .collect()
    }
}
