//! [`MergeRows`] for SQLite.
//!
//! A merge's record keeps the profiles and the moved keys as JSON
//! (`kept_before`, `kept_after`, `moved`, `moved_situations`).

use rusqlite::{params, OptionalExtension, Row};

use crate::error::{Error, Result};
use crate::rules::merge_model::MergeRecord;
use crate::rules::model::CustomerInput;
use crate::rules::model::Millis;
use crate::store::sqlite::tx::SqliteTx;
use crate::store::sqlite::versions::edited;
use crate::store::{CustomerRows, MergeRows};
use crate::store::{LikelyPair, NewMerge, RecordedMerge};

/// The queries for likely duplicates, one per reason, in the order their
/// pairs are listed. Each yields `a`, `b` (customer pks, `a < b`) and `why`.
const PAIRS: [&str; 4] = [
    "SELECT a.customer_pk AS a, b.customer_pk AS b, 'Same phone number ' || a.number AS why
     FROM customer_phones a JOIN customer_phones b
       ON b.e164 = a.e164 AND b.customer_pk > a.customer_pk
     WHERE a.e164 <> ''",
    // Numbers kept as typed ("check the country") pair by their digits.
    "SELECT a.customer_pk AS a, b.customer_pk AS b, 'Same phone number ' || a.number AS why
     FROM customer_phones a JOIN customer_phones b
       ON b.digits_rev = a.digits_rev AND b.customer_pk > a.customer_pk
     WHERE a.e164 = '' AND b.e164 = ''",
    "SELECT a.customer_pk AS a, b.customer_pk AS b, 'Same email ' || a.address AS why
     FROM customer_emails a JOIN customer_emails b
       ON lower(b.address) = lower(a.address) AND b.customer_pk > a.customer_pk",
    "SELECT a.pk AS a, b.pk AS b, 'Same name and ' || CASE
         WHEN a.company <> '' AND lower(a.company) = lower(b.company) THEN 'company'
         WHEN a.address <> '' AND lower(a.address) = lower(b.address) THEN 'address'
         ELSE 'birthday' END AS why
     FROM customers a JOIN customers b ON b.full_key = a.full_key AND b.pk > a.pk
     WHERE a.deleted_at IS NULL AND b.deleted_at IS NULL
       AND ((a.company <> '' AND lower(a.company) = lower(b.company))
         OR (a.address <> '' AND lower(a.address) = lower(b.address))
         OR (a.birthday_month = b.birthday_month AND a.birthday_day = b.birthday_day))",
];

impl MergeRows for SqliteTx<'_> {
    fn likely_pairs(&mut self, limit: usize) -> Result<Vec<LikelyPair>> {
        let mut pairs: Vec<LikelyPair> = Vec::new();
        for sql in PAIRS {
            let sql = format!(
                "SELECT x.a AS a, x.b AS b, x.why AS why FROM ({sql}) x
                 JOIN customers ca ON ca.pk = x.a JOIN customers cb ON cb.pk = x.b
                 WHERE ca.deleted_at IS NULL AND cb.deleted_at IS NULL
                   AND NOT EXISTS (SELECT 1 FROM not_duplicates n WHERE n.a_pk = x.a AND n.b_pk = x.b)
                 LIMIT ?1"
            );
            let mut stmt = self.prepare(&sql)?;
            let mut tier = stmt
                .query_map([limit as i64], likely_pair)?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            // Within a reason, by key (as on PostgreSQL): the order the
            // rows come in depends on which index the planner walks.
            tier.sort_by_key(|p| (p.a_pk, p.b_pk));
            for pair in tier {
                if !pairs
                    .iter()
                    .any(|p| (p.a_pk, p.b_pk) == (pair.a_pk, pair.b_pk))
                {
                    pairs.push(pair);
                }
            }
        }
        pairs.truncate(limit);
        Ok(pairs)
    }

    fn remember_not_duplicates(&mut self, a_pk: i64, b_pk: i64) -> Result<()> {
        self.execute(
            "INSERT OR IGNORE INTO not_duplicates(a_pk, b_pk) VALUES (?1, ?2)",
            params![a_pk.min(b_pk), a_pk.max(b_pk)],
        )?;
        Ok(())
    }

    fn entries_to_move(&mut self, pk: i64) -> Result<Vec<i64>> {
        Ok(self
            .prepare(
                "SELECT e.pk FROM entries e LEFT JOIN follow_ups f ON f.entry_pk = e.pk
                 WHERE e.customer_pk = ?1 AND f.action IS NOT 'birthday' ORDER BY e.pk",
            )?
            .query_map([pk], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?)
    }

    fn move_entries(&mut self, pks: &[i64], customer_pk: i64) -> Result<()> {
        let mut entry = self.prepare_cached(concat!(
            "UPDATE entries SET customer_pk = ?2, ",
            edited!(),
            " WHERE pk = ?1"
        ))?;
        let mut events =
            self.prepare_cached("UPDATE events SET customer_pk = ?2 WHERE entry_pk = ?1")?;
        for pk in pks {
            entry.execute(params![pk, customer_pk])?;
            events.execute(params![pk, customer_pk])?;
        }
        Ok(())
    }

    fn situations_only_of(&mut self, from: i64, to: i64) -> Result<Vec<i64>> {
        Ok(self
            .prepare(
                "SELECT situation_pk FROM situation_members WHERE customer_pk = ?1
                 EXCEPT SELECT situation_pk FROM situation_members WHERE customer_pk = ?2",
            )?
            .query_map(params![from, to], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?)
    }

    fn move_memberships(&mut self, situations: &[i64], from: i64, to: i64) -> Result<()> {
        for table in ["situation_members", "situation_told"] {
            let mut stmt = self.prepare_cached(&format!(
                "UPDATE {table} SET customer_pk = ?3 WHERE situation_pk = ?1 AND customer_pk = ?2"
            ))?;
            for situation in situations {
                stmt.execute(params![situation, from, to])?;
            }
        }
        Ok(())
    }

    fn trash_merged(&mut self, pk: i64, now: Millis) -> Result<()> {
        // The same update as Trash from the profile (version, who).
        self.put_in_trash(pk, now)
    }

    fn insert_merge(&mut self, m: &NewMerge) -> Result<()> {
        self.execute(
            "INSERT INTO merges(id, kept_pk, merged_pk, kept_before, kept_after, moved,
                moved_situations, at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                m.id,
                m.kept_pk,
                m.merged_pk,
                serde_json::to_string(m.before).map_err(Error::unreadable_record)?,
                serde_json::to_string(m.after).map_err(Error::unreadable_record)?,
                serde_json::to_string(m.moved).map_err(Error::unreadable_record)?,
                serde_json::to_string(m.situations).map_err(Error::unreadable_record)?,
                m.at
            ],
        )?;
        Ok(())
    }

    fn open_merge(&mut self, id: &str) -> Result<Option<RecordedMerge>> {
        let row = self
            .query_row(
                "SELECT m.pk, m.kept_pk, m.merged_pk, m.kept_before, m.kept_after, m.moved,
                    m.moved_situations, k.deleted_at IS NOT NULL AS kept_trashed
                 FROM merges m JOIN customers k ON k.pk = m.kept_pk
                 WHERE m.id = ?1 AND m.undone_at IS NULL",
                [id],
                merge_row,
            )
            .optional()?;
        row.map(MergeRow::read).transpose()
    }

    fn still_carried(&mut self, moved: &[i64], kept_pk: i64) -> Result<Vec<i64>> {
        let carriers = self
            .prepare_cached(
                "WITH RECURSIVE carriers(pk) AS (
                     SELECT ?1
                     UNION
                     SELECT m.kept_pk FROM merges m JOIN carriers c ON m.merged_pk = c.pk
                     WHERE m.undone_at IS NULL)
                 SELECT pk FROM carriers",
            )?
            .query_map([kept_pk], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<i64>>>()?;
        let mut holder = self.prepare_cached("SELECT customer_pk FROM entries WHERE pk = ?1")?;
        let mut still_carried = Vec::with_capacity(moved.len());
        for &entry in moved {
            let held_by: Option<i64> = holder.query_row([entry], |r| r.get(0)).optional()?;
            if held_by.is_some_and(|h| carriers.contains(&h)) {
                still_carried.push(entry);
            }
        }
        Ok(still_carried)
    }

    fn unlink_issues_across(&mut self, a: i64, b: i64) -> Result<()> {
        self.execute(
            concat!(
                "UPDATE entries SET issue_pk = NULL, ",
                edited!(),
                " WHERE customer_pk IN (?1, ?2) AND issue_pk IN (
                 SELECT pk FROM entries i WHERE i.customer_pk != entries.customer_pk)"
            ),
            params![a, b],
        )?;
        Ok(())
    }

    fn restore_merged(&mut self, pk: i64) -> Result<()> {
        // The same update as restoring from Trash (version, who).
        self.take_out_of_trash(pk)
    }

    fn mark_merge_undone(&mut self, pk: i64, now: Millis) -> Result<()> {
        self.execute(
            "UPDATE merges SET undone_at = ?2 WHERE pk = ?1",
            params![pk, now],
        )?;
        Ok(())
    }

    fn recent_merges(&mut self, limit: usize) -> Result<Vec<MergeRecord>> {
        Ok(self
            .prepare_cached(
                "SELECT m.id, k.id AS kept_id, k.full_name AS kept_name, o.id AS merged_id,
                    o.full_name AS merged_name, m.at
                 FROM merges m JOIN customers k ON k.pk = m.kept_pk
                 JOIN customers o ON o.pk = m.merged_pk
                 WHERE m.undone_at IS NULL AND k.deleted_at IS NULL
                 ORDER BY m.at DESC, m.pk DESC LIMIT ?1",
            )?
            .query_map([limit as i64], merge_record)?
            .collect::<rusqlite::Result<_>>()?)
    }
}

/// A likely pair read as `a, b, why`.
fn likely_pair(r: &Row) -> rusqlite::Result<LikelyPair> {
    Ok(LikelyPair {
        a_pk: r.get("a")?,
        b_pk: r.get("b")?,
        reason: r.get("why")?,
    })
}

/// A `merges` row with its kept customer, the JSON still to be read.
struct MergeRow {
    pk: i64,
    kept_pk: i64,
    merged_pk: i64,
    before: String,
    after: Option<String>,
    moved: String,
    situations: Option<String>,
    kept_trashed: bool,
}

/// A `merges` row read as `pk, kept_pk, merged_pk, kept_before,
/// kept_after, moved, moved_situations, kept_trashed`.
fn merge_row(r: &Row) -> rusqlite::Result<MergeRow> {
    Ok(MergeRow {
        pk: r.get("pk")?,
        kept_pk: r.get("kept_pk")?,
        merged_pk: r.get("merged_pk")?,
        before: r.get("kept_before")?,
        after: r.get("kept_after")?,
        moved: r.get("moved")?,
        situations: r.get("moved_situations")?,
        kept_trashed: r.get("kept_trashed")?,
    })
}

impl MergeRow {
    /// The record with its JSON read; JSON that does not read back is a
    /// damaged notebook.
    fn read(self) -> Result<RecordedMerge> {
        let after: Option<CustomerInput> = match self.after {
            Some(after) => Some(serde_json::from_str(&after).map_err(Error::unreadable_record)?),
            None => None,
        };
        let situations: Vec<i64> = match self.situations {
            Some(s) => serde_json::from_str(&s).map_err(Error::unreadable_record)?,
            None => Vec::new(),
        };
        Ok(RecordedMerge {
            pk: self.pk,
            kept_pk: self.kept_pk,
            merged_pk: self.merged_pk,
            before: serde_json::from_str(&self.before).map_err(Error::unreadable_record)?,
            after,
            moved: serde_json::from_str(&self.moved).map_err(Error::unreadable_record)?,
            situations,
            kept_trashed: self.kept_trashed,
        })
    }
}

/// A merge read as `id, kept_id, kept_name, merged_id, merged_name, at`.
fn merge_record(r: &Row) -> rusqlite::Result<MergeRecord> {
    Ok(MergeRecord {
        id: r.get("id")?,
        kept_id: r.get("kept_id")?,
        kept_name: r.get("kept_name")?,
        merged_id: r.get("merged_id")?,
        merged_name: r.get("merged_name")?,
        at: r.get("at")?,
    })
}
