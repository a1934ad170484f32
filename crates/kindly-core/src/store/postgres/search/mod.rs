//! [`SearchIndex`] for PostgreSQL: keeping the lookup tables
//! (`schema/search.sql`) in step with the customer tables (here), and the
//! lookup's probes (in `lookup.rs`). As on SQLite, everything written here
//! is derived, always in the same transaction as the change, and each call
//! is a fixed number of statements (one, except the rebuild of one
//! customer, which reads their profile first: its texts are folded here,
//! by the same `fold` as on SQLite, not by the server).
//!
//! Where SQLite keeps three FTS5 tables per customer, the server keeps two
//! rows: `search_names` (its words as a `tsvector`, and a trigram index on
//! the name for matches inside words) and `search_words`.

mod lookup;
#[cfg(test)]
mod tests;

use postgres::Row;

use crate::error::Result;
use crate::rules::fold::fold;
use crate::rules::model::{CustomerInput, CustomerSummary, EmailInput};
use crate::rules::phone;
use crate::store::postgres::tx::PgTx;
use crate::store::{Rows, SearchIndex, Texts};

impl SearchIndex for PgTx<'_> {
    fn insert_search_rows(&mut self, pk: i64, texts: &Texts, rows: Rows) -> Result<()> {
        self.execute(
            "WITH names AS (
                INSERT INTO search_names(customer_pk, name) SELECT $1::bigint, $2::text WHERE $4::boolean)
             INSERT INTO search_words(customer_pk, name, other) VALUES ($1, $2, $3)",
            &[&pk, &texts.names, &texts.other, &(rows == Rows::All)],
        )?;
        Ok(())
    }

    fn remove_search_rows(&mut self, pk: i64, rows: Rows) -> Result<()> {
        self.execute(
            "WITH names AS (DELETE FROM search_names WHERE customer_pk = $1 AND $2::boolean)
             DELETE FROM search_words WHERE customer_pk = $1",
            &[&pk, &(rows == Rows::All)],
        )?;
        Ok(())
    }

    fn reindex_customer(&mut self, pk: i64) -> Result<()> {
        let Some(row) = self.query_opt(REINDEX_SELECT, &[&pk])? else {
            return Ok(());
        };
        let stored = Stored::read(&row)?;
        let c = &stored.input;
        let digits_rev: Vec<String> = stored
            .phones
            .iter()
            .map(|(number, e164)| {
                let e164 = Some(e164.as_str()).filter(|e| !e.is_empty());
                phone::reversed(&phone::index_digits(number, e164))
            })
            .collect();
        let texts = Texts::of(c);
        // The name keys are derived columns, like the last contact: their
        // rewrite is no edit of the profile, so `version` stays (an open
        // edit of it must not look stale). Rows already right are left
        // alone. A live customer's lookup rows are written over (a row
        // deleted and inserted again in one statement would collide on
        // its key), a trashed one's removed.
        self.execute(
            "WITH keys AS (
                UPDATE customers SET full_key = $2, preferred_key = $3
                WHERE pk = $1 AND (full_key, preferred_key) IS DISTINCT FROM ($2, $3)),
             phones AS (
                UPDATE customer_phones p SET digits_rev = d.digits_rev
                FROM unnest($4::integer[], $5::text[]) AS d(position, digits_rev)
                WHERE p.customer_pk = $1 AND p.position = d.position
                  AND p.digits_rev IS DISTINCT FROM d.digits_rev),
             names_gone AS (DELETE FROM search_names WHERE customer_pk = $1 AND NOT $8::boolean),
             words_gone AS (DELETE FROM search_words WHERE customer_pk = $1 AND NOT $8::boolean),
             names AS (
                INSERT INTO search_names(customer_pk, name) SELECT $1::bigint, $6::text WHERE $8::boolean
                ON CONFLICT (customer_pk) DO UPDATE SET name = excluded.name
                WHERE search_names.name IS DISTINCT FROM excluded.name)
             INSERT INTO search_words(customer_pk, name, other)
             SELECT $1::bigint, $6::text, $7::text WHERE $8::boolean
             ON CONFLICT (customer_pk) DO UPDATE SET name = excluded.name, other = excluded.other
             WHERE (search_words.name, search_words.other) IS DISTINCT FROM (excluded.name, excluded.other)",
            &[
                &pk,
                &fold(&c.full_name),
                &fold(&c.preferred_name),
                &stored.positions,
                &digits_rev,
                &texts.names,
                &texts.other,
                &!stored.trashed,
            ],
        )?;
        Ok(())
    }

    fn set_index_merging(&mut self, _on: bool) -> Result<()> {
        // Nothing to switch: a GIN index gathers new rows in its pending
        // list and merges them itself (FTS5's automerge has no twin here).
        Ok(())
    }

    fn remove_entry_words_of(&mut self, pk: i64) -> Result<()> {
        self.execute(
            "DELETE FROM search_entries s USING entries e
             WHERE e.pk = s.entry_pk AND e.customer_pk = $1",
            &[&pk],
        )?;
        Ok(())
    }

    fn purge_removed_words(&mut self) -> Result<()> {
        // Nothing the app can do: a deleted row's words are in no row any
        // query reads, and what is left of it on disk (the dead row and its
        // index entries) goes at the next VACUUM, which cannot run inside a
        // transaction and is the tables' owner's (see `rebuild_file`).
        Ok(())
    }

    fn customers_with_phone(&mut self, e164: &str, limit: usize) -> Result<Vec<i64>> {
        lookup::with_phone(self, e164, limit)
    }

    fn customers_with_phone_ending(&mut self, digits: &str, limit: usize) -> Result<Vec<i64>> {
        lookup::with_phone_ending(self, digits, limit)
    }

    fn customers_named(&mut self, folded: &str, limit: usize) -> Result<Vec<i64>> {
        lookup::named(self, folded, limit)
    }

    fn customers_with_name_starting(&mut self, folded: &str, limit: usize) -> Result<Vec<i64>> {
        lookup::with_name_starting(self, folded, limit)
    }

    fn customers_with_name_words(
        &mut self,
        folded: &str,
        prefixes: bool,
        limit: usize,
    ) -> Result<Vec<i64>> {
        lookup::with_words(self, lookup::WordTable::Names, folded, prefixes, limit)
    }

    fn customers_with_words(
        &mut self,
        folded: &str,
        prefixes: bool,
        limit: usize,
    ) -> Result<Vec<i64>> {
        lookup::with_words(self, lookup::WordTable::Words, folded, prefixes, limit)
    }

    fn customers_with_name_containing(&mut self, folded: &str, limit: usize) -> Result<Vec<i64>> {
        lookup::with_name_containing(self, folded, limit)
    }

    fn customers_with_entry_words(
        &mut self,
        folded: &str,
        prefixes: bool,
        limit: usize,
    ) -> Result<Vec<i64>> {
        lookup::with_entry_words(self, folded, prefixes, limit)
    }

    fn customer_summaries(&mut self, pks: &[i64]) -> Result<Vec<CustomerSummary>> {
        lookup::summaries(self, pks)
    }

    fn customer_summary(&mut self, pk: i64) -> Result<CustomerSummary> {
        lookup::summary(self, pk)
    }
}

/// What the lookup rows of the customer `$1` are made of, its lists as
/// arrays in their stored order (only columns every schema version has).
const REINDEX_SELECT: &str = "SELECT full_name, preferred_name, company, address, notes,
        deleted_at IS NOT NULL AS trashed, p.*, e.*, i.*, t.*
     FROM customers c
     CROSS JOIN LATERAL (SELECT coalesce(array_agg(position ORDER BY position), '{}') AS phone_positions,
            coalesce(array_agg(number ORDER BY position), '{}') AS phone_numbers,
            coalesce(array_agg(e164 ORDER BY position), '{}') AS phone_e164s
        FROM customer_phones WHERE customer_pk = c.pk) p
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
     WHERE c.pk = $1";

/// A customer as [`REINDEX_SELECT`] reads them.
struct Stored {
    /// The texts the lookup rows are made of.
    input: CustomerInput,
    trashed: bool,
    /// Each phone's position, and its number and E.164 form (empty when
    /// it has none).
    positions: Vec<i32>,
    phones: Vec<(String, String)>,
}

impl Stored {
    fn read(r: &Row) -> Result<Stored> {
        let positions: Vec<i32> = r.try_get("phone_positions")?;
        let phones = r
            .try_get::<_, Vec<String>>("phone_numbers")?
            .into_iter()
            .zip(r.try_get::<_, Vec<String>>("phone_e164s")?)
            .collect();
        let emails = r
            .try_get::<_, Vec<String>>("emails")?
            .into_iter()
            .map(|address| EmailInput {
                address,
                ..EmailInput::default()
            })
            .collect();
        Ok(Stored {
            input: CustomerInput {
                full_name: r.try_get("full_name")?,
                preferred_name: r.try_get("preferred_name")?,
                company: r.try_get("company")?,
                address: r.try_get("address")?,
                notes: r.try_get("notes")?,
                emails,
                tags: r.try_get("tags")?,
                dont: r.try_get("dont")?,
                preferences: r.try_get("preferences")?,
                remember: r.try_get("remember")?,
                ..CustomerInput::default()
            },
            trashed: r.try_get("trashed")?,
            positions,
            phones,
        })
    }
}
