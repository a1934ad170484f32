//! The lookup tables of a team notebook written for every moved customer
//! and entry at once, a chunk per statement: the same rows
//! [`crate::store::SearchIndex::reindex_customer`] and
//! [`crate::store::HistoryRows::reindex_entry`] write one by one, folded
//! here by the same `fold`.

use crate::error::Result;
use crate::rules::fold::fold;
use crate::rules::model::{CustomerInput, EmailInput};
use crate::store::moving::CHUNK;
use crate::store::postgres::history::ENTRY_TEXT;
use crate::store::postgres::tx::PgTx;
use crate::store::Texts;

/// What the lookup rows of the live customers after `$1` are made of, the
/// next `$2` of them by key, their lists as arrays in their stored order.
const CUSTOMER_TEXTS: &str = "SELECT c.pk, full_name, preferred_name, company, address, notes,
        e.*, i.*, t.*
     FROM customers c
     CROSS JOIN LATERAL (SELECT coalesce(array_agg(address ORDER BY position), '{}') AS emails
        FROM customer_emails WHERE customer_pk = c.pk) e
     CROSS JOIN LATERAL (SELECT
            coalesce(array_agg(text ORDER BY position) FILTER (WHERE kind = 'dont'), '{}') AS dont,
            coalesce(array_agg(text ORDER BY position) FILTER (WHERE kind = 'preference'), '{}')
                AS preferences,
            coalesce(array_agg(text ORDER BY position) FILTER (WHERE kind = 'remember'), '{}')
                AS remember
        FROM customer_items WHERE customer_pk = c.pk) i
     CROSS JOIN LATERAL (SELECT coalesce(array_agg(tag ORDER BY position), '{}') AS tags
        FROM customer_tags WHERE customer_pk = c.pk) t
     WHERE c.pk > $1 AND c.deleted_at IS NULL ORDER BY c.pk LIMIT $2";

/// Writes the name and word rows of every live customer (none is there
/// yet).
pub(super) fn index_customers(tx: &mut PgTx<'_>) -> Result<()> {
    let mut after = i64::MIN;
    loop {
        let rows = tx.query(CUSTOMER_TEXTS, &[&after, &(CHUNK as i64)])?;
        let Some(last) = rows.last() else {
            return Ok(());
        };
        after = last.try_get("pk")?;
        let (mut pks, mut names, mut others) = (Vec::new(), Vec::new(), Vec::new());
        for r in &rows {
            let c = CustomerInput {
                full_name: r.try_get("full_name")?,
                preferred_name: r.try_get("preferred_name")?,
                company: r.try_get("company")?,
                address: r.try_get("address")?,
                notes: r.try_get("notes")?,
                emails: r
                    .try_get::<_, Vec<String>>("emails")?
                    .into_iter()
                    .map(|address| EmailInput {
                        address,
                        ..EmailInput::default()
                    })
                    .collect(),
                tags: r.try_get("tags")?,
                dont: r.try_get("dont")?,
                preferences: r.try_get("preferences")?,
                remember: r.try_get("remember")?,
                ..CustomerInput::default()
            };
            let texts = Texts::of(&c);
            pks.push(r.try_get::<_, i64>("pk")?);
            names.push(texts.names);
            others.push(texts.other);
        }
        tx.execute(
            "WITH names AS (
                INSERT INTO search_names(customer_pk, name) SELECT * FROM unnest($1::bigint[], $2::text[]))
             INSERT INTO search_words(customer_pk, name, other)
             SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[])",
            &[&pks, &names, &others],
        )?;
    }
}

/// Writes the entry row of every live conversation and issue (none is
/// there yet).
pub(super) fn index_entries(tx: &mut PgTx<'_>) -> Result<()> {
    let select = format!(
        "SELECT e.pk, {ENTRY_TEXT} AS text FROM entries e
         WHERE e.pk > $1 AND e.deleted_at IS NULL AND e.kind IN ('conversation', 'issue')
         ORDER BY e.pk LIMIT $2"
    );
    let mut after = i64::MIN;
    loop {
        let rows = tx.query(&select, &[&after, &(CHUNK as i64)])?;
        let Some(last) = rows.last() else {
            return Ok(());
        };
        after = last.try_get("pk")?;
        let (mut pks, mut texts) = (Vec::new(), Vec::new());
        for r in &rows {
            if let Some(text) = r.try_get::<_, Option<String>>("text")? {
                pks.push(r.try_get::<_, i64>("pk")?);
                texts.push(fold(&text));
            }
        }
        tx.execute(
            "INSERT INTO search_entries(entry_pk, text) SELECT * FROM unnest($1::bigint[], $2::text[])",
            &[&pks, &texts],
        )?;
    }
}
