//! [`BulkRows`] for the PostgreSQL store: every batch is a fixed number of
//! statements over arrays (`unnest`), so ten thousand customers are a few
//! round trips and a few live notices, not one per customer.

use postgres::Row;

use crate::error::{Error, Result};
use crate::rules::list_model::TagCount;
use crate::rules::model::Millis;
use crate::store::{BulkRows, StoredBulkChange, TagsWrite, Texts};

use super::tx::PgTx;

const CHANGE_COLUMNS: &str = "pk, id, kind, changed, at, by, undone_at, lists";

fn change(r: &Row) -> Result<StoredBulkChange> {
    Ok(StoredBulkChange {
        pk: r.try_get("pk")?,
        id: r.try_get("id")?,
        kind: r.try_get("kind")?,
        changed: small(r.try_get("changed")?)?,
        at: r.try_get("at")?,
        by: r.try_get("by")?,
        undone_at: r.try_get("undone_at")?,
        lists: r.try_get("lists")?,
    })
}

fn small(n: i32) -> Result<u32> {
    u32::try_from(n).map_err(|_| Error::storage(format!("the team notebook counts {n} changed")))
}

impl BulkRows for PgTx<'_> {
    fn insert_bulk_change(&mut self, id: &str, kind: &str, at: Millis, by: &str) -> Result<i64> {
        Ok(self
            .query_one(
                "INSERT INTO bulk_changes(id, kind, changed, at, by) VALUES ($1, $2, 0, $3, $4)
                 RETURNING pk",
                &[&id, &kind, &at, &by],
            )?
            .try_get("pk")?)
    }

    fn set_bulk_changed(&mut self, pk: i64, changed: u32) -> Result<()> {
        let changed = i32::try_from(changed).unwrap_or(i32::MAX);
        self.execute(
            "UPDATE bulk_changes SET changed = $2 WHERE pk = $1",
            &[&pk, &changed],
        )?;
        Ok(())
    }

    fn set_bulk_lists(&mut self, pk: i64, lists: &str) -> Result<()> {
        self.execute(
            "UPDATE bulk_changes SET lists = $2 WHERE pk = $1",
            &[&pk, &lists],
        )?;
        Ok(())
    }

    fn insert_bulk_rows(&mut self, change_pk: i64, rows: &[(i64, String)]) -> Result<()> {
        if rows.is_empty() {
            return Ok(());
        }
        let customers: Vec<i64> = rows.iter().map(|(pk, _)| *pk).collect();
        let befores: Vec<&str> = rows.iter().map(|(_, b)| b.as_str()).collect();
        self.execute(
            "INSERT INTO bulk_change_rows(change_pk, customer_pk, before)
             SELECT $1, c, b FROM unnest($2::bigint[], $3::text[]) WITH ORDINALITY AS r(c, b, n)
             ORDER BY n",
            &[&change_pk, &customers, &befores],
        )?;
        Ok(())
    }

    fn bulk_change(&mut self, id: &str) -> Result<Option<StoredBulkChange>> {
        // Locked: two desks undoing the same change wait for each other,
        // and the second sees it undone.
        self.query_opt(
            &format!("SELECT {CHANGE_COLUMNS} FROM bulk_changes WHERE id = $1 FOR UPDATE"),
            &[&id],
        )?
        .as_ref()
        .map(change)
        .transpose()
    }

    fn recent_bulk_changes(&mut self, limit: u32) -> Result<Vec<StoredBulkChange>> {
        let limit = i64::from(limit);
        self.query(
            &format!(
                "SELECT {CHANGE_COLUMNS} FROM bulk_changes ORDER BY at DESC, pk DESC LIMIT $1"
            ),
            &[&limit],
        )?
        .iter()
        .map(change)
        .collect()
    }

    fn bulk_rows(&mut self, change_pk: i64) -> Result<Vec<(i64, String)>> {
        self.query(
            "SELECT customer_pk, before FROM bulk_change_rows WHERE change_pk = $1 ORDER BY pk",
            &[&change_pk],
        )?
        .iter()
        .map(|r| Ok((r.try_get("customer_pk")?, r.try_get("before")?)))
        .collect()
    }

    fn mark_bulk_undone(&mut self, pk: i64, at: Millis) -> Result<()> {
        self.execute(
            "UPDATE bulk_changes SET undone_at = $2 WHERE pk = $1",
            &[&pk, &at],
        )?;
        Ok(())
    }

    fn set_tags(&mut self, tags: &[TagsWrite], now: Millis) -> Result<()> {
        if tags.is_empty() {
            return Ok(());
        }
        let pks: Vec<i64> = tags.iter().map(|w| w.pk).collect();
        let froms: Vec<i32> = tags
            .iter()
            .map(|w| i32::try_from(w.from).unwrap_or(i32::MAX))
            .collect();
        let (mut owners, mut positions, mut names) = (Vec::new(), Vec::new(), Vec::new());
        for w in tags {
            for (position, tag) in w.tags.iter().enumerate().skip(w.from) {
                owners.push(w.pk);
                positions.push(i32::try_from(position).unwrap_or(i32::MAX));
                names.push(tag.as_str());
            }
        }
        self.execute(
            "DELETE FROM customer_tags t USING unnest($1::bigint[], $2::integer[]) AS r(pk, from_position)
             WHERE t.customer_pk = r.pk AND t.position >= r.from_position",
            &[&pks, &froms],
        )?;
        self.execute(
            "INSERT INTO customer_tags(customer_pk, position, tag)
             SELECT * FROM unnest($1::bigint[], $2::integer[], $3::text[])",
            &[&owners, &positions, &names],
        )?;
        self.execute(
            "UPDATE customers SET updated_at = $2, version = version + 1, changed_by = session_user
             WHERE pk = ANY($1)",
            &[&pks, &now],
        )?;
        Ok(())
    }

    fn set_looked_after_by(&mut self, rows: &[(i64, String)], now: Millis) -> Result<()> {
        if rows.is_empty() {
            return Ok(());
        }
        let pks: Vec<i64> = rows.iter().map(|(pk, _)| *pk).collect();
        let names: Vec<&str> = rows.iter().map(|(_, n)| n.as_str()).collect();
        self.execute(
            "UPDATE customers c SET looked_after_by = r.name, updated_at = $3,
                    version = c.version + 1, changed_by = session_user
             FROM unnest($1::bigint[], $2::text[]) AS r(pk, name) WHERE c.pk = r.pk",
            &[&pks, &names, &now],
        )?;
        Ok(())
    }

    fn refresh_words(&mut self, rows: &[(i64, Texts)]) -> Result<()> {
        if rows.is_empty() {
            return Ok(());
        }
        let pks: Vec<i64> = rows.iter().map(|(pk, _)| *pk).collect();
        let other: Vec<&str> = rows.iter().map(|(_, t)| t.other.as_str()).collect();
        self.execute(
            "UPDATE search_words s SET other = r.other
             FROM unnest($1::bigint[], $2::text[]) AS r(pk, other) WHERE s.customer_pk = r.pk",
            &[&pks, &other],
        )?;
        Ok(())
    }

    fn not_members(&mut self, situation_pk: i64, pks: &[i64]) -> Result<Vec<i64>> {
        self.query(
            "SELECT c FROM unnest($2::bigint[]) WITH ORDINALITY AS p(c, n)
             WHERE NOT EXISTS (SELECT 1 FROM situation_members m
                               WHERE m.situation_pk = $1 AND m.customer_pk = p.c)
             ORDER BY n",
            &[&situation_pk, &pks],
        )?
        .iter()
        .map(|r| Ok(r.try_get(0)?))
        .collect()
    }

    fn remove_untouched_added(&mut self, situation_pk: i64, action_pk: i64) -> Result<usize> {
        let n = self.execute(
            "DELETE FROM situation_members WHERE situation_pk = $1 AND action_pk = $2
               AND told_seq IS NULL AND concierge = ''",
            &[&situation_pk, &action_pk],
        )?;
        Ok(usize::try_from(n).unwrap_or(usize::MAX))
    }

    fn tag_counts(&mut self) -> Result<Vec<TagCount>> {
        self.query(
            "WITH spelled AS (
                 SELECT lower(t.tag) AS key, t.tag, count(*) AS n
                 FROM customer_tags t JOIN customers c ON c.pk = t.customer_pk
                 WHERE c.deleted_at IS NULL GROUP BY lower(t.tag), t.tag),
             ranked AS (
                 SELECT key, tag,
                        row_number() OVER (PARTITION BY key ORDER BY n DESC, tag COLLATE \"C\") AS r,
                        sum(n) OVER (PARTITION BY key) AS total
                 FROM spelled)
             SELECT tag, total::integer AS total FROM ranked WHERE r = 1
             ORDER BY key COLLATE \"C\", tag COLLATE \"C\"",
            &[],
        )?
        .iter()
        .map(|r| {
            Ok(TagCount {
                tag: r.try_get("tag")?,
                customers: small(r.try_get("total")?)?,
            })
        })
        .collect()
    }

    fn pks_with_tag(&mut self, tag: &str) -> Result<Vec<i64>> {
        self.query(
            "SELECT DISTINCT t.customer_pk FROM customer_tags t
             JOIN customers c ON c.pk = t.customer_pk
             WHERE lower(t.tag) = lower($1) AND c.deleted_at IS NULL ORDER BY t.customer_pk",
            &[&tag],
        )?
        .iter()
        .map(|r| Ok(r.try_get(0)?))
        .collect()
    }
}
