//! Progress of long work (an import, an export, a backup): what it is
//! doing now ([`Stage`]), how far along it is, and whether the person asked
//! to stop.
//!
//! The core reports; whoever called decides what to do with it (the
//! desktop shell sends it to the window at most a few times a second, the
//! command line ignores it). Reports come from the work itself, never from
//! a timer, and are counted, not per row: [`Steps`] reports every 1 % or
//! every [`REPORT_EVERY`] items, whichever comes first, and checks for a
//! cancel at those same points only, so a cancel is noticed between
//! batches and never inside a statement.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};

/// The most items between two reports (and two cancel checks) of a stage.
pub const REPORT_EVERY: u64 = 200;

/// What long work is doing now. An import goes through `Reading`,
/// `Matching`, `Saving`, `Indexing`, `Finishing`; a backup through
/// `Copying`, `Checking`; a restore through `Checking` (the backup),
/// `Copying`, `Checking` (the copy of the notebook kept first),
/// `Restoring`, `Finishing`; an export through `Exporting`; protecting,
/// changing or removing a passphrase through `Rewriting`, `Checking`,
/// `Finishing` (then a backup's stages when one is taken); a merge through
/// `Moving`, `Finishing`; a situation's bulk steps through `Adding`,
/// `Telling` or `Closing`, then `Finishing`; a change to many customers
/// (or to a tag), and its Undo, through `Saving` (`done` of `of`
/// customers), `Finishing`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Reading and understanding a file (a contacts file, a backup).
    Reading,
    /// Comparing each contact with the customers already in the notebook.
    Matching,
    /// Writing customers: `done` of `of` written.
    Saving,
    /// Bringing the lookup's indexes up to date with what was written.
    Indexing,
    /// Committing or bringing up to date: too late to cancel, nearly done.
    Finishing,
    /// Copying the notebook's pages (a backup, or the copy kept before a
    /// restore): `done` of `of` pages.
    Copying,
    /// Checking a copy is whole and readable (a backup just written, or the
    /// one about to be restored).
    Checking,
    /// Putting a backup's pages in place of the notebook's: `done` of `of`
    /// pages.
    Restoring,
    /// Writing customers into an export file: `done` of `of` customers.
    Exporting,
    /// Writing the whole notebook again under a new passphrase (or none).
    /// Never counted: SQLCipher writes the copy in one step. Not cancelled.
    Rewriting,
    /// Moving the merged customer's history (conversations, issues,
    /// promises, follow-ups) to the kept one: `done` of `of` entries.
    Moving,
    /// Adding customers to a situation: `done` of `of` customers; not
    /// counted (`of` 0) when a search picks them, added in one statement.
    Adding,
    /// Recording that each customer was told the latest news (a
    /// conversation on each one's timeline): `done` of `of` customers.
    Telling,
    /// Planning each affected customer's follow-ups as a situation closes:
    /// `done` of `of` customers.
    Closing,
}

/// Where long work reports its progress, and how it learns it should stop.
///
/// Calls come in order from the thread doing the work: a [`Progress::stage`],
/// then [`Progress::done`] with `n` never decreasing within that stage.
pub trait Progress: Sync {
    /// The work entered `stage`.
    fn stage(&self, stage: Stage);
    /// `n` of `of` items of the current stage are done (`of` is 0 when the
    /// amount is not known).
    fn done(&self, n: u64, of: u64);
    /// Whether the person asked to stop. Work that can be cancelled checks
    /// it between batches and then stops with [`Error::Cancelled`] before
    /// anything is saved.
    fn cancelled(&self) -> bool;
}

/// Progress nobody watches and nobody cancels.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoProgress;

impl Progress for NoProgress {
    fn stage(&self, _: Stage) {}
    fn done(&self, _: u64, _: u64) {}
    fn cancelled(&self) -> bool {
        false
    }
}

/// Counts the items of one stage and reports every 1 % or every
/// [`REPORT_EVERY`] items, whichever comes first; each report is also a
/// cancel check.
pub struct Steps<'a> {
    progress: &'a dyn Progress,
    of: u64,
    every: u64,
    /// Where the next report falls.
    next: u64,
    /// The last `n` reported.
    reported: u64,
}

impl<'a> Steps<'a> {
    /// Enters `stage` of `of` items: reports the stage and 0 of `of`, and
    /// stops with [`Error::Cancelled`] when the person already asked to.
    pub fn start(progress: &'a dyn Progress, stage: Stage, of: u64) -> Result<Self> {
        progress.stage(stage);
        let every = of.div_ceil(100).clamp(1, REPORT_EVERY);
        let mut steps = Steps {
            progress,
            of,
            every,
            next: every,
            reported: 0,
        };
        steps.report(0)?;
        Ok(steps)
    }

    /// `n` items are done: reports (and checks for a cancel) when `n` has
    /// reached the next report point.
    pub fn at(&mut self, n: u64) -> Result<()> {
        if n < self.next {
            return Ok(());
        }
        self.next = (n / self.every + 1) * self.every;
        self.report(n.min(self.of))
    }

    /// How many items to do between two report points: work done in
    /// batches of this size is checked for a cancel after each batch.
    pub fn batch(&self) -> usize {
        usize::try_from(self.every).unwrap_or(usize::MAX)
    }

    /// Every item is done: reports `of` of `of` (unless the last report
    /// did) and checks for a cancel.
    pub fn finish(&mut self) -> Result<()> {
        if self.reported < self.of {
            self.report(self.of)
        } else {
            check(self.progress)
        }
    }

    fn report(&mut self, n: u64) -> Result<()> {
        self.reported = n;
        self.progress.done(n, self.of);
        check(self.progress)
    }
}

/// [`Error::Cancelled`] when the person asked to stop.
pub fn check(progress: &dyn Progress) -> Result<()> {
    if progress.cancelled() {
        Err(Error::Cancelled)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Mutex;

    #[derive(Default)]
    struct Seen {
        done: Mutex<Vec<(u64, u64)>>,
        stop: AtomicBool,
    }

    impl Progress for Seen {
        fn stage(&self, _: Stage) {}
        fn done(&self, n: u64, of: u64) {
            self.done.lock().unwrap().push((n, of));
        }
        fn cancelled(&self) -> bool {
            self.stop.load(Ordering::SeqCst)
        }
    }

    fn counted(of: u64) -> Vec<(u64, u64)> {
        let seen = Seen::default();
        let mut steps = Steps::start(&seen, Stage::Saving, of).unwrap();
        for n in 1..=of {
            steps.at(n).unwrap();
        }
        steps.finish().unwrap();
        seen.done.into_inner().unwrap()
    }

    #[test]
    fn reports_every_percent_or_every_two_hundred_ending_with_all() {
        let small = counted(1_000);
        assert_eq!(small.len(), 101, "0, then every 10 of 1,000");
        assert_eq!(small[1], (10, 1_000));
        let big = counted(100_000);
        assert_eq!(big.len(), 501, "0, then every 200 of 100,000");
        assert_eq!(big[1], (200, 100_000));
        for done in [&small, &big] {
            assert!(done.windows(2).all(|w| w[0].0 < w[1].0), "increasing");
            assert_eq!(
                done.last().unwrap().0,
                done.last().unwrap().1,
                "ends at all"
            );
        }
        assert_eq!(counted(3), [(0, 3), (1, 3), (2, 3), (3, 3)]);
        assert_eq!(
            counted(1_055).last(),
            Some(&(1_055, 1_055)),
            "the odd end too"
        );
        assert_eq!(counted(0), [(0, 0)], "nothing to count: no second report");
    }

    #[test]
    fn a_cancel_is_noticed_at_the_next_report_point_only() {
        let seen = Seen::default();
        let mut steps = Steps::start(&seen, Stage::Saving, 20_000).unwrap();
        steps.at(150).unwrap();
        seen.stop.store(true, Ordering::SeqCst);
        assert!(steps.at(199).is_ok(), "between report points: no check");
        assert!(matches!(steps.at(200), Err(Error::Cancelled)));
        assert!(matches!(steps.finish(), Err(Error::Cancelled)));
        assert!(matches!(
            Steps::start(&seen, Stage::Matching, 5),
            Err(Error::Cancelled)
        ));
    }
}
