//! [`SearchIndex`] for SQLite: keeping the lookup indexes in step with the
//! customer tables (here), and the lookup's probes (in `lookup.rs`).
//! Everything written here is derived: [`SearchIndex::reindex_customer`]
//! rebuilds one customer's entries from their stored profile, always in
//! the same transaction as the change.

use rusqlite::{params, Connection, OptionalExtension};

use crate::error::Result;
use crate::rules::fold::fold;
use crate::rules::model::{CustomerInput, CustomerSummary, EmailInput};
use crate::rules::phone;
use crate::store::sqlite::lookup;
use crate::store::sqlite::tx::SqliteTx;
use crate::store::SearchIndex;

pub(crate) use crate::store::search::{Rows, Texts};

/// The customer full-text indexes (FTS5 tables, rowid = customers.pk).
const CUSTOMER_TABLES: [&str; 3] = ["search_names", "search_words", "search_trigrams"];

/// Every full-text index: the customer ones and the entry index
/// (rowid = entries.pk).
const SEARCH_TABLES: [&str; 4] = [
    "search_names",
    "search_words",
    "search_trigrams",
    "search_entries",
];

/// FTS5's own setting for how many index segments of one level it lets
/// gather before merging them as it writes.
const AUTOMERGE: u32 = 4;

impl SearchIndex for SqliteTx<'_> {
    fn insert_search_rows(&mut self, pk: i64, texts: &Texts, rows: Rows) -> Result<()> {
        insert_rows(self, pk, texts, rows)
    }

    fn remove_search_rows(&mut self, pk: i64, rows: Rows) -> Result<()> {
        remove_from(self, pk, rows)
    }

    fn reindex_customer(&mut self, pk: i64) -> Result<()> {
        let row = self
            .prepare_cached(
                "SELECT full_name, preferred_name, company, address, notes,
                    deleted_at IS NOT NULL AS trashed
                 FROM customers WHERE pk = ?1",
            )?
            .query_row([pk], |r| {
                Ok((
                    CustomerInput {
                        full_name: r.get("full_name")?,
                        preferred_name: r.get("preferred_name")?,
                        company: r.get("company")?,
                        address: r.get("address")?,
                        notes: r.get("notes")?,
                        ..CustomerInput::default()
                    },
                    r.get::<_, bool>("trashed")?,
                ))
            })
            .optional()?;
        let Some((mut c, trashed)) = row else {
            return Ok(());
        };
        self.prepare_cached(
            "UPDATE customers SET full_key = ?2, preferred_key = ?3 WHERE pk = ?1",
        )?
        .execute(params![pk, fold(&c.full_name), fold(&c.preferred_name)])?;
        reindex_phones(self, pk)?;
        remove_from(self, pk, Rows::All)?;
        if trashed {
            return Ok(());
        }
        let texts = |sql: &str| -> Result<Vec<String>> {
            Ok(self
                .prepare_cached(sql)?
                .query_map([pk], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?)
        };
        c.emails =
            texts("SELECT address FROM customer_emails WHERE customer_pk = ?1 ORDER BY position")?
                .into_iter()
                .map(|address| EmailInput {
                    address,
                    ..EmailInput::default()
                })
                .collect();
        c.tags = texts("SELECT tag FROM customer_tags WHERE customer_pk = ?1 ORDER BY position")?;
        let item =
            "SELECT text FROM customer_items WHERE customer_pk = ?1 AND kind = ?2 ORDER BY position";
        for (kind, list) in [
            ("dont", &mut c.dont),
            ("preference", &mut c.preferences),
            ("remember", &mut c.remember),
        ] {
            *list = self
                .prepare_cached(item)?
                .query_map(params![pk, kind], |r| r.get("text"))?
                .collect::<rusqlite::Result<_>>()?;
        }
        insert_rows(self, pk, &Texts::of(&c), Rows::All)
    }

    fn set_index_merging(&mut self, on: bool) -> Result<()> {
        // As an index grows, FTS5 rewrites older segments each time it
        // writes new ones; for an import that was a fifth of its time.
        // Without it, the import's rows land in a few new segments, which
        // later edits merge step by step as usual.
        let value = if on { AUTOMERGE } else { 0 };
        for table in CUSTOMER_TABLES {
            self.execute(
                &format!("INSERT INTO {table}({table}, rank) VALUES ('automerge', ?1)"),
                [value],
            )?;
        }
        Ok(())
    }

    fn remove_entry_words_of(&mut self, pk: i64) -> Result<()> {
        // Contentless full-text tables are not reached by foreign keys:
        // their rows go by rowid (entries.pk).
        self.execute(
            "DELETE FROM search_entries WHERE rowid IN (SELECT pk FROM entries WHERE customer_pk = ?1)",
            [pk],
        )?;
        Ok(())
    }

    fn purge_removed_words(&mut self) -> Result<()> {
        // A deleted row of a full-text index is only marked deleted; its
        // words stay in the index's segments until they are merged.
        // 'optimize' merges every segment, dropping the deleted rows.
        for table in SEARCH_TABLES {
            self.execute(
                &format!("INSERT INTO {table}({table}) VALUES ('optimize')"),
                [],
            )?;
        }
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
        lookup::with_words(self, "search_names", folded, prefixes, limit)
    }

    fn customers_with_words(
        &mut self,
        folded: &str,
        prefixes: bool,
        limit: usize,
    ) -> Result<Vec<i64>> {
        lookup::with_words(self, "search_words", folded, prefixes, limit)
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

/// Adds the `rows` of the live customer `pk` from `texts`.
pub(crate) fn insert_rows(conn: &Connection, pk: i64, texts: &Texts, rows: Rows) -> Result<()> {
    conn.prepare_cached("INSERT INTO search_words(rowid, name, other) VALUES (?1, ?2, ?3)")?
        .execute(params![pk, texts.names, texts.other])?;
    if rows == Rows::All {
        for sql in [
            "INSERT INTO search_names(rowid, name) VALUES (?1, ?2)",
            "INSERT INTO search_trigrams(rowid, name) VALUES (?1, ?2)",
        ] {
            conn.prepare_cached(sql)?
                .execute(params![pk, texts.names])?;
        }
    }
    Ok(())
}

/// Removes the `rows` of customer `pk`.
fn remove_from(conn: &Connection, pk: i64, rows: Rows) -> Result<()> {
    for (sql, names_only) in [
        ("DELETE FROM search_names WHERE rowid = ?1", true),
        ("DELETE FROM search_words WHERE rowid = ?1", false),
        ("DELETE FROM search_trigrams WHERE rowid = ?1", true),
    ] {
        if rows == Rows::All || !names_only {
            conn.prepare_cached(sql)?.execute([pk])?;
        }
    }
    Ok(())
}

/// Recomputes the lookup digits of every phone of customer `pk`.
fn reindex_phones(conn: &Connection, pk: i64) -> Result<()> {
    let phones: Vec<(i64, String, String)> = conn
        .prepare_cached(
            "SELECT position, number, e164 FROM customer_phones WHERE customer_pk = ?1",
        )?
        .query_map([pk], |r| {
            Ok((r.get("position")?, r.get("number")?, r.get("e164")?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut update = conn.prepare_cached(
        "UPDATE customer_phones SET digits_rev = ?3 WHERE customer_pk = ?1 AND position = ?2",
    )?;
    for (position, number, e164) in phones {
        let e164 = Some(e164).filter(|e: &String| !e.is_empty());
        update.execute(params![
            pk,
            position,
            phone::reversed(&phone::index_digits(&number, e164.as_deref()))
        ])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::sqlite::file::SqliteStore;
    use crate::store::Tx;

    const TABLES: [&str; 3] = ["search_names", "search_words", "search_trigrams"];

    /// The automerge setting stored for `table`; `None` is FTS5's default.
    fn automerge(conn: &Connection, table: &str) -> Option<u32> {
        conn.query_row(
            &format!("SELECT v FROM {table}_config WHERE k = 'automerge'"),
            [],
            |r| r.get(0),
        )
        .optional()
        .expect("config")
    }

    #[test]
    fn merging_is_paused_for_a_bulk_write_and_on_again_after_it() {
        let mut store = SqliteStore::open_in_memory(0).expect("store");
        let mut tx = SqliteTx::write(&mut store.conn).expect("transaction");
        tx.set_index_merging(false).expect("pause");
        assert_eq!(automerge(&tx, "search_words"), Some(0));
        tx.set_index_merging(true).expect("resume");
        Box::new(tx).commit().expect("commit");
        for table in TABLES {
            assert_eq!(automerge(&store.conn, table), Some(AUTOMERGE), "{table}");
        }
    }

    #[test]
    fn a_failed_bulk_write_leaves_merging_as_it_was() {
        let mut store = SqliteStore::open_in_memory(0).expect("store");
        let mut tx = SqliteTx::write(&mut store.conn).expect("transaction");
        tx.set_index_merging(false).expect("pause");
        drop(tx);
        for table in TABLES {
            assert_eq!(automerge(&store.conn, table), None, "{table}");
        }
    }
}
