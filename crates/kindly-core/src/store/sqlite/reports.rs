//! [`ReportRows`] for the SQLite store.

use rusqlite::{params, Row};

use crate::error::{Error, Result};
use crate::rules::kinds::PromiseState;
use crate::rules::model::Millis;
use crate::store::reports::{IssueMoved, Named, PromiseDue, ReportRows, Talks, WithRhythm};

use super::tx::SqliteTx;

fn promise_due(r: &Row) -> rusqlite::Result<PromiseDue> {
    Ok(PromiseDue {
        customer_pk: r.get("customer_pk")?,
        promised_by: r.get("promised_by")?,
        due_at: r.get("due_at")?,
        state: PromiseState::parse(&r.get::<_, String>("state")?).unwrap_or(PromiseState::Open),
        kept_at: r.get("kept_at")?,
    })
}

fn issue_moved(r: &Row) -> rusqlite::Result<IssueMoved> {
    Ok(IssueMoved {
        customer_pk: r.get("customer_pk")?,
        issue_pk: r.get("issue_pk")?,
        at: r.get("at")?,
        reopened: r.get("reopened")?,
        opened_at: r.get("opened_at")?,
    })
}

impl ReportRows for SqliteTx<'_> {
    fn promises_falling_due(&mut self, from: Millis, to: Millis) -> Result<Vec<PromiseDue>> {
        Ok(self
            .prepare_cached(
                "SELECT e.customer_pk, p.promised_by, p.due_at, p.state,
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
        let sql = "SELECT e.customer_pk, ev.entry_pk AS issue_pk, ev.at,
                i.opened_at, ev.to_state <> 'resolved' AS reopened
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

    fn talks(&mut self, latest_of: &[i64], every_of: &[i64]) -> Result<Talks> {
        // Every live conversation read once, then sorted by customer, time
        // and the order logged: each customer's last is their latest.
        let mut talks: Vec<(i64, Millis, i64, bool)> = self
            .prepare_cached(
                // One pass over conversations_when (covering), each entry
                // found by its key: a third of the time of walking the
                // entries by customer and searching conversations_when for
                // each (benches/reports.rs). Trash is the few customers_deleted.
                "SELECT e.customer_pk, e.pk, c.happened_at, coalesce(c.mood = 'upset', 0)
                 FROM conversations c INDEXED BY conversations_when
                 CROSS JOIN entries e ON e.pk = c.entry_pk
                 WHERE c.entry_pk > 0 AND e.kind = 'conversation' AND e.deleted_at IS NULL
                   AND e.customer_pk NOT IN (SELECT pk FROM customers WHERE deleted_at IS NOT NULL)",
            )?
            .query_map([], |r| Ok((r.get(0)?, r.get(2)?, r.get(1)?, r.get(3)?)))?
            .collect::<rusqlite::Result<_>>()?;
        talks.sort_unstable();
        let mut latest_of = latest_of.to_vec();
        latest_of.sort_unstable();
        let mut every_of = every_of.to_vec();
        every_of.sort_unstable();
        let mut found = Talks::default();
        // `every_of` sorted too: walked beside the talks.
        let mut next = 0;
        for (i, &(customer_pk, at, _, upset)) in talks.iter().enumerate() {
            if talks.get(i + 1).is_none_or(|after| after.0 != customer_pk) {
                if upset {
                    found.upset.push((customer_pk, at));
                }
                if latest_of.binary_search(&customer_pk).is_ok() {
                    found.latest.push((customer_pk, at));
                }
            }
            while every_of.get(next).is_some_and(|pk| *pk < customer_pk) {
                next += 1;
            }
            if every_of.get(next) == Some(&customer_pk) {
                found.every.push((customer_pk, at));
            }
        }
        Ok(found)
    }

    fn follow_ups_done(&mut self) -> Result<Vec<(i64, Millis)>> {
        Ok(self
            .prepare_cached(
                "SELECT customer_pk, at FROM events
                 WHERE type = 'follow_up_done'
                   AND entry_pk NOT IN (SELECT pk FROM entries WHERE deleted_at IS NOT NULL)",
            )?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?)
    }

    fn names_of(&mut self, pks: &[i64]) -> Result<Vec<Named>> {
        let pks = serde_json::to_string(pks).map_err(Error::unreadable_record)?;
        Ok(self
            .prepare_cached(
                "SELECT cu.pk, cu.id,
                    CASE WHEN cu.preferred_name <> '' THEN cu.preferred_name ELSE cu.full_name END
                 FROM json_each(?1) k CROSS JOIN customers cu ON cu.pk = k.value
                 WHERE cu.deleted_at IS NULL",
            )?
            .query_map([pks], |r| {
                Ok(Named {
                    pk: r.get(0)?,
                    id: r.get(1)?,
                    name: r.get(2)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?)
    }
}
