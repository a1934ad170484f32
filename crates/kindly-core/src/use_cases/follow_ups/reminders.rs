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

use rusqlite::{params, OptionalExtension};

use crate::error::Result;
use crate::rules::follow_up_model::{FollowUpAction, Reminder};
use crate::rules::model::Millis;
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
    /// snoozed or trashed since they were claimed are dropped.
    pub fn claim_reminders(&mut self) -> Result<Vec<Reminder>> {
        let now = self.now();
        let tx = self.conn.transaction()?;
        tx.prepare_cached(
            "INSERT OR IGNORE INTO reminders(entry_pk, due_at, claimed_at, missed)
             SELECT f.entry_pk, f.due_at, ?1,
                f.due_at < ?1 - ?2 AND e.updated_at < f.due_at
                    AND cu.pk NOT IN (SELECT customer_pk FROM sample_customers)
             FROM follow_ups f JOIN entries e ON e.pk = f.entry_pk
             JOIN customers cu ON cu.pk = e.customer_pk
             WHERE f.due_at IS NOT NULL AND f.reminded_due IS NOT f.due_at AND f.due_at <= ?1
               AND e.deleted_at IS NULL AND cu.deleted_at IS NULL",
        )?
        .execute(params![now, MISSED_AFTER])?;
        tx.prepare_cached(
            "UPDATE follow_ups SET reminded_due = due_at
             WHERE due_at IS NOT NULL AND reminded_due IS NOT due_at AND due_at <= ?1
               AND EXISTS(SELECT 1 FROM reminders r WHERE r.entry_pk = follow_ups.entry_pk AND r.due_at = follow_ups.due_at)",
        )?
        .execute([now])?;
        // Stale: the follow-up moved on (done, skipped, snoozed) or went to Trash.
        tx.prepare_cached(
            "UPDATE reminders SET shown_at = ?1
             WHERE shown_at IS NULL AND NOT EXISTS(
                SELECT 1 FROM follow_ups f JOIN entries e ON e.pk = f.entry_pk
                JOIN customers cu ON cu.pk = e.customer_pk
                WHERE f.entry_pk = reminders.entry_pk AND f.due_at = reminders.due_at
                  AND e.deleted_at IS NULL AND cu.deleted_at IS NULL)",
        )?
        .execute([now])?;
        let out = tx
            .prepare_cached(
                "SELECT r.pk, e.id, cu.id,
                    CASE WHEN cu.preferred_name <> '' THEN cu.preferred_name ELSE cu.full_name END,
                    f.action, f.note, r.due_at, r.missed
                 FROM reminders r JOIN follow_ups f ON f.entry_pk = r.entry_pk
                 JOIN entries e ON e.pk = r.entry_pk JOIN customers cu ON cu.pk = e.customer_pk
                 WHERE r.shown_at IS NULL ORDER BY r.due_at, r.pk",
            )?
            .query_map([], |r| {
                Ok(Reminder {
                    id: r.get(0)?,
                    follow_up_id: r.get(1)?,
                    customer_id: r.get(2)?,
                    customer_name: r.get(3)?,
                    action: FollowUpAction::parse(&r.get::<_, String>(4)?)
                        .unwrap_or(FollowUpAction::Other),
                    note: r.get(5)?,
                    due_at: r.get(6)?,
                    missed: r.get(7)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        tx.commit()?;
        Ok(out)
    }

    /// Records that these reminders were handed to the system to show.
    pub fn confirm_reminders(&mut self, ids: &[i64]) -> Result<()> {
        let now = self.now();
        let tx = self.conn.transaction()?;
        {
            let mut stmt = tx.prepare_cached(
                "UPDATE reminders SET shown_at = ?2 WHERE pk = ?1 AND shown_at IS NULL",
            )?;
            for id in ids {
                stmt.execute(params![id, now])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// The next moment after now at which a follow-up falls due and has not
    /// been reminded; the reminder loop sleeps until then (or a minute).
    pub fn next_reminder_at(&self) -> Result<Option<Millis>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT f.due_at FROM follow_ups f JOIN entries e ON e.pk = f.entry_pk
                 JOIN customers cu ON cu.pk = e.customer_pk
                 WHERE f.due_at IS NOT NULL AND f.reminded_due IS NOT f.due_at AND f.due_at > ?1
                   AND e.deleted_at IS NULL AND cu.deleted_at IS NULL
                 ORDER BY f.due_at LIMIT 1",
            )?
            .query_row([self.now()], |r| r.get(0))
            .optional()?)
    }
}
