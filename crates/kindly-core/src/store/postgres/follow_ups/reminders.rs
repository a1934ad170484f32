//! Reminders on a team notebook: every machine of the team claims them,
//! and each one is handed to exactly one machine to show.
//!
//! A claim locks the follow-ups it reminds for (`FOR NO KEY UPDATE SKIP LOCKED`):
//! two machines claiming at once split the due follow-ups between them,
//! and one that finds a follow-up locked leaves it to the other (whose
//! claim then marks it reminded; it is checked again once committed). The
//! reminder row remembers the transaction that claimed it (`claimed_in`),
//! and [`waiting`] returns only this transaction's: a machine never shows
//! what another one claimed. A reminder claimed and never confirmed shown
//! (its machine crashed, or went offline) is claimed again, by whichever
//! machine claims first, once [`RECLAIM_AFTER`] has passed: it may repeat
//! once, but is never lost, as on SQLite.
//!
//! A reminder is for the person the follow-up is assigned to: a claim
//! leaves a follow-up whose assignee is the name of another login that is
//! signed in (has a session on this database: a running Kindly keeps its
//! connections open, and `pg_stat_activity` shows every session's user
//! and database to everyone) to that person's machine, unless it has been
//! due for [`HAND_OVER_AFTER`] (their machine, which claims at least once a
//! minute, would have claimed it by then; one asleep may still look signed
//! in until the server notices). So a team of five gets one notification,
//! on the machine of the person it is for when they are signed in, else on
//! whichever claims first. Nothing is written to know who is signed in,
//! so claims never wait for each other.

use super::{action, NAME};
use crate::error::Result;
use crate::rules::follow_up_model::Reminder;
use crate::rules::model::Millis;
use crate::store::postgres::pool::Conn;

/// How long a claimed reminder is left to the machine that claimed it to
/// show and confirm (seconds, normally) before another claim takes it over.
/// Measured on the claimers' clocks (`now`), so a few minutes: clocks of
/// a shop's machines may differ by that much less.
pub(super) const RECLAIM_AFTER: Millis = 5 * 60 * 1000;

/// How long after it fell due a follow-up waits for its assignee's machine
/// before any machine reminds for it.
pub(super) const HAND_OVER_AFTER: Millis = 2 * 60 * 1000;

/// One statement: the due follow-ups not locked by another claim get a
/// reminder each (unless one exists for that due time) and are marked
/// reminded for it (but one of another person signed in is left to their
/// machine for a while); unshown reminders whose claim lapsed are claimed
/// again.
/// Marking a follow-up reminded leaves its `version` alone (module doc of
/// `follow_ups`).
pub(super) fn claim_due(conn: &mut Conn, now: Millis, missed_after: Millis) -> Result<()> {
    conn.execute(
        "WITH due AS (
            SELECT f.entry_pk, f.due_at,
                f.due_at < $1::bigint - $2::bigint AND e.updated_at < f.due_at
                    AND NOT EXISTS(SELECT 1 FROM sample_customers s WHERE s.customer_pk = cu.pk)
                    AS missed
            FROM follow_ups f JOIN entries e ON e.pk = f.entry_pk
            JOIN customers cu ON cu.pk = e.customer_pk
            WHERE f.due_at IS NOT NULL AND f.reminded_due IS DISTINCT FROM f.due_at
              AND f.due_at <= $1::bigint AND e.deleted_at IS NULL AND cu.deleted_at IS NULL
              AND (f.due_at <= $1::bigint - $4::bigint OR NOT EXISTS(
                    SELECT 1 FROM staff_logins l JOIN pg_stat_activity a ON a.usename = l.login
                    WHERE lower(l.display_name) = lower(f.assignee) AND l.removed_at IS NULL
                      AND l.login <> session_user AND a.datname = current_database()))
            -- Reminders are numbered in the order they fell due, whatever
            -- plan the server picks (SQLite's walks the due index).
            ORDER BY f.due_at, f.entry_pk
            FOR NO KEY UPDATE OF f SKIP LOCKED),
         new AS (
            INSERT INTO reminders(entry_pk, due_at, claimed_at, missed)
            SELECT entry_pk, due_at, $1::bigint, missed FROM due
            ON CONFLICT (entry_pk, due_at) DO NOTHING),
         marked AS (
            UPDATE follow_ups f SET reminded_due = due.due_at FROM due
            WHERE f.entry_pk = due.entry_pk)
         UPDATE reminders SET claimed_at = $1::bigint, claimed_in = pg_current_xact_id()
         WHERE pk IN (SELECT pk FROM reminders
                      WHERE shown_at IS NULL AND claimed_at <= $1::bigint - $3::bigint
                      FOR UPDATE SKIP LOCKED)",
        &[&now, &missed_after, &RECLAIM_AFTER, &HAND_OVER_AFTER],
    )?;
    Ok(())
}

/// Any machine may set aside a stale reminder: nobody is to show it.
pub(super) fn drop_stale(conn: &mut Conn, now: Millis) -> Result<()> {
    conn.execute(
        "UPDATE reminders SET shown_at = $1
         WHERE shown_at IS NULL AND NOT EXISTS(
            SELECT 1 FROM follow_ups f JOIN entries e ON e.pk = f.entry_pk
            JOIN customers cu ON cu.pk = e.customer_pk
            WHERE f.entry_pk = reminders.entry_pk AND f.due_at = reminders.due_at
              AND e.deleted_at IS NULL AND cu.deleted_at IS NULL)",
        &[&now],
    )?;
    Ok(())
}

/// The reminders this transaction claimed and not yet shown; none in a
/// transaction that wrote nothing (it has no transaction id).
pub(super) fn waiting(conn: &mut Conn) -> Result<Vec<Reminder>> {
    conn.query(
        &format!(
            "SELECT r.pk, e.id AS follow_up_id, cu.id AS customer_id, {NAME} AS customer_name,
                f.action, f.note, f.assignee, r.due_at, r.missed
             FROM reminders r JOIN follow_ups f ON f.entry_pk = r.entry_pk
             JOIN entries e ON e.pk = r.entry_pk JOIN customers cu ON cu.pk = e.customer_pk
             WHERE r.shown_at IS NULL AND r.claimed_in = pg_current_xact_id_if_assigned()
             ORDER BY r.due_at, r.pk"
        ),
        &[],
    )?
    .iter()
    .map(|r| {
        Ok(Reminder {
            id: r.try_get("pk")?,
            follow_up_id: r.try_get("follow_up_id")?,
            customer_id: r.try_get("customer_id")?,
            customer_name: r.try_get("customer_name")?,
            action: action(r.try_get("action")?),
            note: r.try_get("note")?,
            due_at: r.try_get("due_at")?,
            missed: r.try_get("missed")?,
            assignee: r.try_get("assignee")?,
            // Decided by the use case, which knows who is at this desk.
            for_someone_else: false,
        })
    })
    .collect()
}

pub(super) fn mark_shown(conn: &mut Conn, ids: &[i64], now: Millis) -> Result<()> {
    conn.execute(
        "UPDATE reminders SET shown_at = $2 WHERE pk = ANY($1) AND shown_at IS NULL",
        &[&ids, &now],
    )?;
    Ok(())
}

pub(super) fn next_at(conn: &mut Conn, now: Millis) -> Result<Option<Millis>> {
    conn.query_opt(
        "SELECT f.due_at FROM follow_ups f JOIN entries e ON e.pk = f.entry_pk
         JOIN customers cu ON cu.pk = e.customer_pk
         WHERE f.due_at IS NOT NULL AND f.reminded_due IS DISTINCT FROM f.due_at AND f.due_at > $1
           AND e.deleted_at IS NULL AND cu.deleted_at IS NULL
         ORDER BY f.due_at LIMIT 1",
        &[&now],
    )?
    .map(|r| Ok(r.try_get("due_at")?))
    .transpose()
}
