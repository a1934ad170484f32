//! [`ReportRows`] for the PostgreSQL store: the same rows as SQLite's,
//! the conversations read from their own timeline events (`talks`).

use postgres::Row;

use crate::error::Result;
use crate::rules::kinds::PromiseState;
use crate::rules::model::Millis;
use crate::store::postgres::small;
use crate::store::reports::{IssueMoved, Named, PromiseDue, ReportRows, Talks, WithRhythm};

use super::tx::PgTx;

fn promise_due(r: &Row) -> Result<PromiseDue> {
    Ok(PromiseDue {
        customer_pk: r.try_get("customer_pk")?,
        promised_by: r.try_get("promised_by")?,
        due_at: r.try_get("due_at")?,
        state: PromiseState::parse(r.try_get("state")?).unwrap_or(PromiseState::Open),
        kept_at: r.try_get("kept_at")?,
    })
}

fn issue_moved(r: &Row) -> Result<IssueMoved> {
    Ok(IssueMoved {
        customer_pk: r.try_get("customer_pk")?,
        issue_pk: r.try_get("issue_pk")?,
        at: r.try_get("at")?,
        reopened: r.try_get("reopened")?,
        opened_at: r.try_get("opened_at")?,
    })
}

impl ReportRows for PgTx<'_> {
    fn promises_falling_due(&mut self, from: Millis, to: Millis) -> Result<Vec<PromiseDue>> {
        // Compiling a report's reads with LLVM costs more (tens of ms) than
        // they take; off for the rest of this read-only snapshot (a read
        // priced past `jit_above_cost` at a few times the bench's size
        // would otherwise be compiled: benches/reports.rs).
        self.batch_execute("SET LOCAL jit = off")?;
        // Hash joins of three small index-only scans (v5_reports.sql): the
        // promises' entries and their kept events, not a look-up per
        // promise in every entry and event. Trash is the few customers_deleted.
        self.query(
            "SELECT e.customer_pk, p.promised_by, p.due_at, p.state, k.kept_at
             FROM promises p JOIN entries e ON e.pk = p.entry_pk
             LEFT JOIN (SELECT entry_pk, max(at) AS kept_at FROM events
                        WHERE type = 'promise_kept' GROUP BY entry_pk) k ON k.entry_pk = p.entry_pk
             WHERE p.due_at >= $1 AND p.due_at < $2
               AND e.kind = 'promise' AND e.deleted_at IS NULL
               AND e.customer_pk NOT IN (SELECT pk FROM customers WHERE deleted_at IS NOT NULL)",
            &[&from, &to],
        )?
        .iter()
        .map(promise_due)
        .collect()
    }

    fn issues_moved(&mut self, from: Millis, to: Millis) -> Result<Vec<IssueMoved>> {
        // The event's own customer: an entry's events move with it (a
        // merge), so it is the issue's. Without the entries, the planner
        // hashes the issues instead of looking each move's entry and
        // issue up (it expects a few hundred moves, not 14,000).
        self.query(
            "SELECT ev.customer_pk, ev.entry_pk AS issue_pk, ev.at,
                i.opened_at, ev.to_state <> 'resolved' AS reopened
             FROM events ev JOIN issues i ON i.entry_pk = ev.entry_pk
             WHERE ev.type = 'issue_state' AND ev.at >= $1 AND ev.at < $2
               AND (ev.to_state = 'resolved'
                    OR (ev.from_state IN ('resolved', 'closed') AND ev.to_state NOT IN ('resolved', 'closed')))
               AND ev.entry_pk NOT IN (SELECT pk FROM entries WHERE deleted_at IS NOT NULL)
               AND ev.customer_pk NOT IN (SELECT pk FROM customers WHERE deleted_at IS NOT NULL)
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

    fn talks(&mut self, latest_of: &[i64], every_of: &[i64]) -> Result<Talks> {
        // From the conversations' own timeline events (events_talks, by
        // customer then time): a conversation's one event moves with it
        // (its time and mood when edited, its customer when merged), so
        // they are the conversations, without joining 300,000 entries.
        // Each customer's latest by reading that index backwards; only
        // those asked for or upset are sent, as a few arrays: sending
        // rows, or every customer's, takes the server longer than finding
        // them (benches/reports.rs). `IN (SELECT unnest(..))`, hashed once:
        // `= ANY($1)` is searched element by element in a generic plan
        // (2 s instead of 50 ms for 14,000 keys, should the server settle
        // on one for this prepared statement).
        let row = self.query_one(
            "SELECT coalesce(array_agg(customer_pk), '{}') AS customers,
                coalesce(array_agg(at), '{}') AS times,
                coalesce(array_agg(upset), '{}') AS upset
             FROM (SELECT DISTINCT ON (customer_pk) customer_pk, at,
                       coalesce(mood = 'upset', false) AS upset
                   FROM events
                   WHERE type = 'conversation'
                     AND entry_pk NOT IN (SELECT pk FROM entries WHERE deleted_at IS NOT NULL)
                     AND customer_pk NOT IN (SELECT pk FROM customers WHERE deleted_at IS NOT NULL)
                   ORDER BY customer_pk DESC, at DESC, entry_pk DESC) latest
             WHERE upset OR customer_pk IN (SELECT unnest($1::bigint[]))",
            &[&latest_of],
        )?;
        let customers: Vec<i64> = row.try_get("customers")?;
        let times: Vec<Millis> = row.try_get("times")?;
        let upset: Vec<bool> = row.try_get("upset")?;
        let mut latest_of = latest_of.to_vec();
        latest_of.sort_unstable();
        let mut found = Talks::default();
        for ((customer_pk, at), upset) in customers.into_iter().zip(times).zip(upset) {
            if upset {
                found.upset.push((customer_pk, at));
            }
            if latest_of.binary_search(&customer_pk).is_ok() {
                found.latest.push((customer_pk, at));
            }
        }
        if every_of.is_empty() {
            return Ok(found);
        }
        // One look-up in events_talks per customer asked about (a fifth of
        // them at most): the planner would scan every event instead.
        let row = self.query_one(
            "SELECT coalesce(array_agg(a.pk), '{}') AS customers,
                coalesce(array_agg(t.at), '{}') AS times
             FROM unnest($1::bigint[]) AS a(pk)
             CROSS JOIN LATERAL (
                 SELECT ev.at FROM events ev
                 WHERE ev.customer_pk = a.pk AND ev.type = 'conversation'
                   AND ev.entry_pk NOT IN (SELECT pk FROM entries WHERE deleted_at IS NOT NULL)
                 OFFSET 0) t
             WHERE a.pk NOT IN (SELECT pk FROM customers WHERE deleted_at IS NOT NULL)",
            &[&every_of],
        )?;
        let customers: Vec<i64> = row.try_get("customers")?;
        let times: Vec<Millis> = row.try_get("times")?;
        found.every = customers.into_iter().zip(times).collect();
        Ok(found)
    }

    fn follow_ups_done(&mut self) -> Result<Vec<(i64, Millis)>> {
        let row = self.query_one(
            "SELECT coalesce(array_agg(customer_pk), '{}') AS customers,
                coalesce(array_agg(at), '{}') AS times
             FROM events
             WHERE type = 'follow_up_done'
               AND entry_pk NOT IN (SELECT pk FROM entries WHERE deleted_at IS NOT NULL)",
            &[],
        )?;
        let customers: Vec<i64> = row.try_get("customers")?;
        let times: Vec<Millis> = row.try_get("times")?;
        Ok(customers.into_iter().zip(times).collect())
    }

    fn names_of(&mut self, pks: &[i64]) -> Result<Vec<Named>> {
        self.query(
            "SELECT pk, id,
                CASE WHEN preferred_name <> '' THEN preferred_name ELSE full_name END AS name
             FROM customers WHERE pk = ANY($1::bigint[]) AND deleted_at IS NULL",
            &[&pks],
        )?
        .iter()
        .map(|r| {
            Ok(Named {
                pk: r.try_get(0)?,
                id: r.try_get(1)?,
                name: r.try_get(2)?,
            })
        })
        .collect()
    }
}
