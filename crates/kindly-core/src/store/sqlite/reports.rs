//! [`ReportRows`] for the SQLite store.

use rusqlite::{params, Row};

use crate::error::{Error, Result};
use crate::rules::kinds::PromiseState;
use crate::rules::model::Millis;
use crate::store::reports::{IssueMoved, PromiseDue, ReportRows, UpsetRow, WithRhythm};

use super::tx::SqliteTx;

fn promise_due(r: &Row) -> rusqlite::Result<PromiseDue> {
    Ok(PromiseDue {
        customer_id: r.get("customer_id")?,
        promised_by: r.get("promised_by")?,
        due_at: r.get("due_at")?,
        state: PromiseState::parse(&r.get::<_, String>("state")?).unwrap_or(PromiseState::Open),
        kept_at: r.get("kept_at")?,
    })
}

fn issue_moved(r: &Row) -> rusqlite::Result<IssueMoved> {
    Ok(IssueMoved {
        customer_id: r.get("customer_id")?,
        issue_pk: r.get("issue_pk")?,
        at: r.get("at")?,
        reopened: r.get("reopened")?,
        opened_at: r.get("opened_at")?,
        checked_in: r.get("checked_in")?,
    })
}

impl ReportRows for SqliteTx<'_> {
    fn promises_falling_due(&mut self, from: Millis, to: Millis) -> Result<Vec<PromiseDue>> {
        Ok(self
            .prepare_cached(
                "SELECT cu.id AS customer_id, p.promised_by, p.due_at, p.state,
                    (SELECT max(ev.at) FROM events ev
                     WHERE ev.entry_pk = p.entry_pk AND ev.type = 'promise_kept') AS kept_at
                 FROM promises p JOIN entries e ON e.pk = p.entry_pk
                 JOIN customers cu ON cu.pk = e.customer_pk
                 WHERE p.due_at >= ?1 AND p.due_at < ?2
                   AND e.deleted_at IS NULL AND cu.deleted_at IS NULL",
            )?
            .query_map(params![from, to], promise_due)?
            .collect::<rusqlite::Result<_>>()?)
    }

    fn issues_moved(&mut self, from: Millis, to: Millis) -> Result<Vec<IssueMoved>> {
        let sql = "SELECT cu.id AS customer_id, ev.entry_pk AS issue_pk, ev.at, i.opened_at,
                ev.to_state <> 'resolved' AS reopened,
                ev.to_state = 'resolved' AND (
                    EXISTS (SELECT 1 FROM entries ce INDEXED BY entries_live_talks
                        JOIN conversations cc ON cc.entry_pk = ce.pk
                        WHERE ce.customer_pk = e.customer_pk AND ce.kind = 'conversation'
                          AND ce.deleted_at IS NULL AND cc.happened_at > ev.at)
                    OR EXISTS (SELECT 1 FROM events d JOIN entries de ON de.pk = d.entry_pk
                        WHERE d.customer_pk = e.customer_pk AND d.at > ev.at
                          AND d.type = 'follow_up_done' AND de.deleted_at IS NULL)) AS checked_in
             FROM events ev JOIN entries e ON e.pk = ev.entry_pk
             JOIN issues i ON i.entry_pk = ev.entry_pk
             JOIN customers cu ON cu.pk = e.customer_pk
             WHERE ev.type = 'issue_state' AND ev.at >= ?1 AND ev.at < ?2
               AND (ev.to_state = 'resolved'
                    OR (ev.from_state IN ('resolved', 'closed') AND ev.to_state NOT IN ('resolved', 'closed')))
               AND e.deleted_at IS NULL AND cu.deleted_at IS NULL
             ORDER BY ev.at, ev.pk";
        Ok(self
            .prepare_cached(sql)?
            .query_map(params![from, to], issue_moved)?
            .collect::<rusqlite::Result<_>>()?)
    }

    fn with_rhythm(&mut self, before: Millis) -> Result<Vec<WithRhythm>> {
        Ok(self
            .prepare_cached(
                // `+created_at`: read customers_rhythm (covering), not every
                // customer added before the moment through customers_added.
                "SELECT pk, id, touch_ideal_days, created_at FROM customers
                 WHERE touch_ideal_days IS NOT NULL AND deleted_at IS NULL AND +created_at < ?1
                 ORDER BY pk",
            )?
            .query_map([before], |r| {
                Ok(WithRhythm {
                    pk: r.get("pk")?,
                    id: r.get("id")?,
                    ideal_days: r.get("touch_ideal_days")?,
                    created_at: r.get("created_at")?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?)
    }

    fn rhythm_contacts(&mut self, before: Millis) -> Result<Vec<(i64, Millis)>> {
        let mut contacts = self
            .prepare_cached(
                // CROSS JOIN keeps this order: the customers with a rhythm
                // (customers_rhythm), then each one's live conversations
                // (entries_live_talks, conversations_when: no table row read);
                // else SQLite walks every entry of everyone (benches/reports.rs).
                "SELECT e.customer_pk, c.happened_at
                 FROM customers cu
                 CROSS JOIN entries e INDEXED BY entries_live_talks
                    ON e.customer_pk = cu.pk AND e.kind = 'conversation' AND e.deleted_at IS NULL
                 CROSS JOIN conversations c ON c.entry_pk = e.pk
                 WHERE cu.touch_ideal_days IS NOT NULL AND cu.deleted_at IS NULL
                   AND c.happened_at < ?1",
            )?
            .query_map([before], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        // Already by customer (the index order): sorting here costs less
        // than SQLite's temporary B-tree.
        contacts.sort_unstable();
        Ok(contacts)
    }

    fn added_counts(&mut self, bounds: &[Millis]) -> Result<Vec<u32>> {
        let windows: Vec<[Millis; 2]> = bounds.windows(2).map(|w| [w[0], w[1]]).collect();
        let windows = serde_json::to_string(&windows).map_err(Error::unreadable_record)?;
        Ok(self
            .prepare_cached(
                "SELECT (SELECT count(*) FROM customers
                         WHERE created_at >= json_extract(w.value, '$[0]') AND created_at < json_extract(w.value, '$[1]')
                           AND deleted_at IS NULL)
                 FROM json_each(?1) w ORDER BY w.key",
            )?
            .query_map([windows], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?)
    }

    fn added_ids(&mut self, from: Millis, to: Millis, limit: u32) -> Result<Vec<String>> {
        Ok(self
            .prepare_cached(
                "SELECT id FROM customers
                 WHERE created_at >= ?1 AND created_at < ?2 AND deleted_at IS NULL
                 ORDER BY id LIMIT ?3",
            )?
            .query_map(params![from, to, limit], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?)
    }

    fn upset_waiting(&mut self) -> Result<Vec<UpsetRow>> {
        Ok(self
            .prepare_cached(
                "SELECT cu.id AS customer_id,
                    CASE WHEN cu.preferred_name <> '' THEN cu.preferred_name ELSE cu.full_name END AS name,
                    c.happened_at
                 FROM conversations c JOIN entries e ON e.pk = c.entry_pk
                 JOIN customers cu ON cu.pk = e.customer_pk
                 WHERE c.mood = 'upset' AND e.deleted_at IS NULL AND cu.deleted_at IS NULL
                   AND NOT EXISTS (SELECT 1 FROM entries le INDEXED BY entries_live_talks
                       JOIN conversations lc ON lc.entry_pk = le.pk
                       WHERE le.customer_pk = e.customer_pk AND le.kind = 'conversation'
                         AND le.deleted_at IS NULL AND le.pk <> e.pk
                         AND (lc.happened_at > c.happened_at
                              OR (lc.happened_at = c.happened_at AND le.pk > e.pk)))
                 ORDER BY c.happened_at, cu.id",
            )?
            .query_map([], |r| {
                Ok(UpsetRow {
                    customer_id: r.get("customer_id")?,
                    name: r.get("name")?,
                    since: r.get("happened_at")?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?)
    }
}
