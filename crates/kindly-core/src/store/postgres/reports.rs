//! [`ReportRows`] for the PostgreSQL store (the same statements as on
//! SQLite).

use postgres::Row;

use crate::error::Result;
use crate::rules::kinds::PromiseState;
use crate::rules::model::Millis;
use crate::store::postgres::small;
use crate::store::reports::{IssueMoved, PromiseDue, ReportRows, UpsetRow, WithRhythm};

use super::tx::PgTx;

fn promise_due(r: &Row) -> Result<PromiseDue> {
    Ok(PromiseDue {
        customer_id: r.try_get("customer_id")?,
        promised_by: r.try_get("promised_by")?,
        due_at: r.try_get("due_at")?,
        state: PromiseState::parse(r.try_get("state")?).unwrap_or(PromiseState::Open),
        kept_at: r.try_get("kept_at")?,
    })
}

fn issue_moved(r: &Row) -> Result<IssueMoved> {
    Ok(IssueMoved {
        customer_id: r.try_get("customer_id")?,
        issue_pk: r.try_get("issue_pk")?,
        at: r.try_get("at")?,
        reopened: r.try_get("reopened")?,
        opened_at: r.try_get("opened_at")?,
        checked_in: r.try_get("checked_in")?,
    })
}

impl ReportRows for PgTx<'_> {
    fn promises_falling_due(&mut self, from: Millis, to: Millis) -> Result<Vec<PromiseDue>> {
        self.query(
            "SELECT cu.id AS customer_id, p.promised_by, p.due_at, p.state,
                (SELECT max(ev.at) FROM events ev
                 WHERE ev.entry_pk = p.entry_pk AND ev.type = 'promise_kept') AS kept_at
             FROM promises p JOIN entries e ON e.pk = p.entry_pk
             JOIN customers cu ON cu.pk = e.customer_pk
             WHERE p.due_at >= $1 AND p.due_at < $2
               AND e.deleted_at IS NULL AND cu.deleted_at IS NULL",
            &[&from, &to],
        )?
        .iter()
        .map(promise_due)
        .collect()
    }

    fn issues_moved(&mut self, from: Millis, to: Millis) -> Result<Vec<IssueMoved>> {
        self.query(
            "SELECT cu.id AS customer_id, ev.entry_pk AS issue_pk, ev.at, i.opened_at,
                ev.to_state <> 'resolved' AS reopened,
                ev.to_state = 'resolved' AND (
                    EXISTS (SELECT 1 FROM entries ce JOIN conversations cc ON cc.entry_pk = ce.pk
                        WHERE ce.customer_pk = e.customer_pk AND ce.kind = 'conversation'
                          AND ce.deleted_at IS NULL AND cc.happened_at > ev.at)
                    OR EXISTS (SELECT 1 FROM events d JOIN entries de ON de.pk = d.entry_pk
                        WHERE d.customer_pk = e.customer_pk AND d.at > ev.at
                          AND d.type = 'follow_up_done' AND de.deleted_at IS NULL)) AS checked_in
             FROM events ev JOIN entries e ON e.pk = ev.entry_pk
             JOIN issues i ON i.entry_pk = ev.entry_pk
             JOIN customers cu ON cu.pk = e.customer_pk
             WHERE ev.type = 'issue_state' AND ev.at >= $1 AND ev.at < $2
               AND (ev.to_state = 'resolved'
                    OR (ev.from_state IN ('resolved', 'closed') AND ev.to_state NOT IN ('resolved', 'closed')))
               AND e.deleted_at IS NULL AND cu.deleted_at IS NULL
             ORDER BY ev.at, ev.pk",
            &[&from, &to],
        )?
        .iter()
        .map(issue_moved)
        .collect()
    }

    fn with_rhythm(&mut self, before: Millis) -> Result<Vec<WithRhythm>> {
        self.query(
            "SELECT pk, id, touch_ideal_days, created_at FROM customers
             WHERE touch_ideal_days IS NOT NULL AND deleted_at IS NULL AND created_at < $1
             ORDER BY pk",
            &[&before],
        )?
        .iter()
        .map(|r| {
            Ok(WithRhythm {
                pk: r.try_get("pk")?,
                id: r.try_get("id")?,
                ideal_days: small(r.try_get("touch_ideal_days")?, "touch_ideal_days")?,
                created_at: r.try_get("created_at")?,
            })
        })
        .collect()
    }

    fn rhythm_contacts(&mut self, before: Millis) -> Result<Vec<(i64, Millis)>> {
        self.query(
            "SELECT e.customer_pk, c.happened_at
             FROM customers cu JOIN entries e ON e.customer_pk = cu.pk AND e.kind = 'conversation'
             JOIN conversations c ON c.entry_pk = e.pk
             WHERE cu.touch_ideal_days IS NOT NULL AND cu.deleted_at IS NULL
               AND e.deleted_at IS NULL AND c.happened_at < $1
             ORDER BY e.customer_pk, c.happened_at",
            &[&before],
        )?
        .iter()
        .map(|r| Ok((r.try_get("customer_pk")?, r.try_get("happened_at")?)))
        .collect()
    }

    fn added_counts(&mut self, bounds: &[Millis]) -> Result<Vec<u32>> {
        self.query(
            "SELECT (SELECT count(*) FROM customers
                     WHERE created_at >= ($1::bigint[])[g.i] AND created_at < ($1::bigint[])[g.i + 1]
                       AND deleted_at IS NULL) AS added
             FROM generate_series(1, cardinality($1::bigint[]) - 1) AS g(i) ORDER BY g.i",
            &[&bounds],
        )?
        .iter()
        .map(|r| {
            let added: i64 = r.try_get("added")?;
            Ok(u32::try_from(added).unwrap_or(u32::MAX))
        })
        .collect()
    }

    fn added_ids(&mut self, from: Millis, to: Millis, limit: u32) -> Result<Vec<String>> {
        self.query(
            "SELECT id FROM customers
             WHERE created_at >= $1 AND created_at < $2 AND deleted_at IS NULL
             ORDER BY id COLLATE \"C\" LIMIT $3",
            &[&from, &to, &i64::from(limit)],
        )?
        .iter()
        .map(|r| Ok(r.try_get("id")?))
        .collect()
    }

    fn upset_waiting(&mut self) -> Result<Vec<UpsetRow>> {
        self.query(
            "SELECT cu.id AS customer_id,
                CASE WHEN cu.preferred_name <> '' THEN cu.preferred_name ELSE cu.full_name END AS name,
                c.happened_at
             FROM conversations c JOIN entries e ON e.pk = c.entry_pk
             JOIN customers cu ON cu.pk = e.customer_pk
             WHERE c.mood = 'upset' AND e.deleted_at IS NULL AND cu.deleted_at IS NULL
               AND NOT EXISTS (SELECT 1 FROM entries le JOIN conversations lc ON lc.entry_pk = le.pk
                   WHERE le.customer_pk = e.customer_pk AND le.kind = 'conversation'
                     AND le.deleted_at IS NULL AND le.pk <> e.pk
                     AND (lc.happened_at > c.happened_at
                          OR (lc.happened_at = c.happened_at AND le.pk > e.pk)))
             ORDER BY c.happened_at, cu.id COLLATE \"C\"",
            &[],
        )?
        .iter()
        .map(|r| {
            Ok(UpsetRow {
                customer_id: r.try_get("customer_id")?,
                name: r.try_get("name")?,
                since: r.try_get("happened_at")?,
            })
        })
        .collect()
    }
}
