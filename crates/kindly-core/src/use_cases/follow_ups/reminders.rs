//! Desktop reminders, delivered exactly once and never lost.
//!
//! Deciding to remind is a write: [`Notebook::claim_reminders`] records a
//! `reminders` row for every follow-up that has fallen due, in the same
//! transaction that marks the follow-up as reminded for that due time, and
//! returns every reminder not yet confirmed as shown. The shell shows them
//! and then calls [`Notebook::confirm_reminders`]. A crash after the claim
//! but before the confirmation means the next claim returns the same rows
//! again: a notification may repeat once, but is never lost. A snoozed
//! follow-up is due at a new time, so it is reminded again.

use crate::error::Result;
use crate::rules::fold::fold;
use crate::rules::follow_up_model::Reminder;
use crate::rules::model::Millis;
use crate::use_cases::notebook::staff::at_desk_name;
use crate::use_cases::notebook::Notebook;

/// A reminder claimed more than this long after its due time fell due
/// while Kindly was closed or the computer slept: it is shown as missed
/// (unless the follow-up was added or changed after that time, in which case
/// nobody missed anything: it is simply reminded now). The sample's
/// invented customers are never shown as missed.
pub const MISSED_AFTER: Millis = 2 * 60 * 1000;

impl Notebook {
    /// Claims every follow-up due at or before now that has not been
    /// reminded for its current due time, and returns all reminders still
    /// waiting to be shown (oldest first). Reminders for follow-ups done,
    /// snoozed or trashed since they were claimed are dropped. Each says
    /// whether it is for someone other than the person at this desk (on a
    /// team notebook, the one signed in here).
    ///
    /// On a team notebook's offline copy nothing is claimed and nothing
    /// returned, without an error: claiming is the server's (it hands each
    /// reminder out once across the team), and it does so when it is back.
    pub fn claim_reminders(&mut self) -> Result<Vec<Reminder>> {
        if self.is_offline_copy() {
            return Ok(Vec::new());
        }
        let now = self.now();
        let mut tx = self.write()?;
        tx.claim_due_reminders(now, MISSED_AFTER)?;
        // Stale: the follow-up moved on (done, skipped, snoozed) or went to Trash.
        tx.drop_stale_reminders(now)?;
        let mut out = tx.waiting_reminders()?;
        let here = fold(&at_desk_name(&mut *tx)?);
        for r in &mut out {
            r.for_someone_else = !r.assignee.is_empty() && fold(&r.assignee) != here;
        }
        tx.commit()?;
        Ok(out)
    }

    /// Records that these reminders were handed to the system to show.
    /// On an offline copy, which claims none, nothing is recorded (a
    /// reminder claimed just before the server went away is then shown
    /// once more when it is back, never lost).
    pub fn confirm_reminders(&mut self, ids: &[i64]) -> Result<()> {
        if self.is_offline_copy() {
            return Ok(());
        }
        let now = self.now();
        let mut tx = self.write()?;
        tx.mark_reminders_shown(ids, now)?;
        tx.commit()?;
        Ok(())
    }

    /// The next moment after now at which a follow-up falls due and has not
    /// been reminded; the reminder loop sleeps until then (or a minute).
    pub fn next_reminder_at(&self) -> Result<Option<Millis>> {
        self.read()?.next_reminder_at(self.now())
    }
}
