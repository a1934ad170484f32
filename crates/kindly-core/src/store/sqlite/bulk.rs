//! [`BulkRows`] for the SQLite store: a statement per customer costs no
//! round trip here, so batches are prepared statements run in a loop.

use rusqlite::{params, OptionalExtension, Row};

use crate::error::Result;
use crate::rules::list_model::TagCount;
use crate::rules::model::Millis;
use crate::store::sqlite::versions::edited;
use crate::store::{BulkRows, Rows, SearchIndex, StoredBulkChange, TagsWrite, Texts};

use super::tx::SqliteTx;

const CHANGE_COLUMNS: &str = "pk, id, kind, changed, at, by, undone_at, lists";

fn change(r: &Row) -> rusqlite::Result<StoredBulkChange> {
    Ok(StoredBulkChange {
        pk: r.get("pk")?,
        id: r.get("id")?,
        kind: r.get("kind")?,
        changed: r.get("changed")?,
        at: r.get("at")?,
        by: r.get("by")?,
        undone_at: r.get("undone_at")?,
        lists: r.get("lists")?,
    })
}

impl BulkRows for SqliteTx<'_> {
    fn insert_bulk_change(&mut self, id: &str, kind: &str, at: Millis, by: &str) -> Result<i64> {
        self.execute(
            "INSERT INTO bulk_changes(id, kind, changed, at, by) VALUES (?1, ?2, 0, ?3, ?4)",
            params![id, kind, at, by],
        )?;
        Ok(self.last_insert_rowid())
    }

    fn set_bulk_changed(&mut self, pk: i64, changed: u32) -> Result<()> {
        self.execute(
            "UPDATE bulk_changes SET changed = ?2 WHERE pk = ?1",
            params![pk, changed],
        )?;
        Ok(())
    }

    fn set_bulk_lists(&mut self, pk: i64, lists: &str) -> Result<()> {
        self.execute(
            "UPDATE bulk_changes SET lists = ?2 WHERE pk = ?1",
            params![pk, lists],
        )?;
        Ok(())
    }

    fn insert_bulk_rows(&mut self, change_pk: i64, rows: &[(i64, String)]) -> Result<()> {
        let mut insert = self.prepare_cached(
            "INSERT INTO bulk_change_rows(change_pk, customer_pk, before) VALUES (?1, ?2, ?3)",
        )?;
        for (customer, before) in rows {
            insert.execute(params![change_pk, customer, before])?;
        }
        Ok(())
    }

    fn bulk_change(&mut self, id: &str) -> Result<Option<StoredBulkChange>> {
        // A write transaction on a file is the only writer: nothing to lock.
        Ok(self
            .prepare_cached(&format!(
                "SELECT {CHANGE_COLUMNS} FROM bulk_changes WHERE id = ?1"
            ))?
            .query_row([id], change)
            .optional()?)
    }

    fn recent_bulk_changes(&mut self, limit: u32) -> Result<Vec<StoredBulkChange>> {
        Ok(self
            .prepare_cached(&format!(
                "SELECT {CHANGE_COLUMNS} FROM bulk_changes ORDER BY at DESC, pk DESC LIMIT ?1"
            ))?
            .query_map([limit], change)?
            .collect::<rusqlite::Result<_>>()?)
    }

    fn bulk_rows(&mut self, change_pk: i64) -> Result<Vec<(i64, String)>> {
        Ok(self
            .prepare_cached(
                "SELECT customer_pk, before FROM bulk_change_rows WHERE change_pk = ?1 ORDER BY pk",
            )?
            .query_map([change_pk], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?)
    }

    fn mark_bulk_undone(&mut self, pk: i64, at: Millis) -> Result<()> {
        self.execute(
            "UPDATE bulk_changes SET undone_at = ?2 WHERE pk = ?1",
            params![pk, at],
        )?;
        Ok(())
    }

    fn set_tags(&mut self, tags: &[TagsWrite], now: Millis) -> Result<()> {
        let mut clear = self.prepare_cached(
            "DELETE FROM customer_tags WHERE customer_pk = ?1 AND position >= ?2",
        )?;
        let mut insert = self.prepare_cached(
            "INSERT INTO customer_tags(customer_pk, position, tag) VALUES (?1, ?2, ?3)",
        )?;
        let mut edit = self.prepare_cached(concat!(
            "UPDATE customers SET updated_at = ?2, ",
            edited!(),
            " WHERE pk = ?1"
        ))?;
        for w in tags {
            clear.execute(params![w.pk, w.from as i64])?;
            for (position, tag) in w.tags.iter().enumerate().skip(w.from) {
                insert.execute(params![w.pk, position as i64, tag])?;
            }
            edit.execute(params![w.pk, now])?;
        }
        Ok(())
    }

    fn set_looked_after_by(&mut self, rows: &[(i64, String)], now: Millis) -> Result<()> {
        let mut edit = self.prepare_cached(concat!(
            "UPDATE customers SET looked_after_by = ?2, updated_at = ?3, ",
            edited!(),
            " WHERE pk = ?1"
        ))?;
        for (pk, name) in rows {
            edit.execute(params![pk, name, now])?;
        }
        Ok(())
    }

    fn refresh_words(&mut self, rows: &[(i64, Texts)]) -> Result<()> {
        // Every delete first, then every insert: FTS5 flushes its pending
        // rows at each switch (see SearchIndex::insert_search_rows).
        for (pk, _) in rows {
            self.remove_search_rows(*pk, Rows::Words)?;
        }
        for (pk, texts) in rows {
            self.insert_search_rows(*pk, texts, Rows::Words)?;
        }
        Ok(())
    }

    fn not_members(&mut self, situation_pk: i64, pks: &[i64]) -> Result<Vec<i64>> {
        let mut member = self.prepare_cached(
            "SELECT 1 FROM situation_members WHERE situation_pk = ?1 AND customer_pk = ?2",
        )?;
        let mut out = Vec::new();
        for pk in pks {
            if !member.exists(params![situation_pk, pk])? {
                out.push(*pk);
            }
        }
        Ok(out)
    }

    fn remove_untouched_added(&mut self, situation_pk: i64, action_pk: i64) -> Result<usize> {
        Ok(self.execute(
            "DELETE FROM situation_members WHERE situation_pk = ?1 AND action_pk = ?2
               AND told_seq IS NULL AND concierge = ''",
            params![situation_pk, action_pk],
        )?)
    }

    fn tag_counts(&mut self) -> Result<Vec<TagCount>> {
        Ok(self
            .prepare_cached(
                "WITH spelled AS (
                     SELECT lower(t.tag) AS key, t.tag, count(*) AS n
                     FROM customer_tags t JOIN customers c ON c.pk = t.customer_pk
                     WHERE c.deleted_at IS NULL GROUP BY lower(t.tag), t.tag),
                 ranked AS (
                     SELECT key, tag, row_number() OVER (PARTITION BY key ORDER BY n DESC, tag) AS r,
                            sum(n) OVER (PARTITION BY key) AS total
                     FROM spelled)
                 SELECT tag, total FROM ranked WHERE r = 1 ORDER BY key, tag",
            )?
            .query_map([], |r| {
                Ok(TagCount {
                    tag: r.get(0)?,
                    customers: r.get(1)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?)
    }

    fn pks_with_tag(&mut self, tag: &str) -> Result<Vec<i64>> {
        Ok(self
            .prepare_cached(
                "SELECT DISTINCT t.customer_pk FROM customer_tags t
                 JOIN customers c ON c.pk = t.customer_pk
                 WHERE lower(t.tag) = lower(?1) AND c.deleted_at IS NULL ORDER BY t.customer_pk",
            )?
            .query_map([tag], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?)
    }
}
