//! Forgetting a customer: erasing them and everything about them for good,
//! for a customer who asks to be forgotten. Unlike Trash, this cannot be
//! undone.
//!
//! Invariants, once [`Notebook::forget_customer`] returns `Ok`:
//! - no row of any table refers to the customer: the profile, its phones,
//!   emails, list items and tags, their conversations, issues, promises and
//!   follow-ups (live or in Trash) with their detail rows, events and
//!   reminders, and anything else that refers to them by a foreign key
//!   (all declared `ON DELETE CASCADE`); a reference from another
//!   customer's entry to one of theirs is cleared (`ON DELETE SET NULL`);
//! - the lookup indexes hold nothing of them: their rows are removed from
//!   `search_names`, `search_words`, `search_trigrams` and
//!   `search_entries`, and those indexes are rewritten so the words are not
//!   left behind in old index segments;
//! - the deleted rows were overwritten with zeros, and the file was
//!   rewritten from the rows that remain (see [`Notebook::forget_customer`]).
//!
//! The erasing happens in one transaction: on any error nothing is erased.
//! Backups taken before still hold the customer.

use rusqlite::{Connection, Transaction};

use crate::error::Result;
use crate::use_cases::customers::{pk_of, Scope};
use crate::use_cases::notebook::Notebook;

/// The full-text indexes, each rewritten after the delete.
const SEARCH_TABLES: [&str; 4] = [
    "search_names",
    "search_words",
    "search_trigrams",
    "search_entries",
];

impl Notebook {
    /// Erases the customer `id` (live or in Trash) and everything the
    /// notebook holds about them, in one transaction. Afterwards they are
    /// not found by id, by lookup or in Trash. `NotFound` (and nothing
    /// changed) when no customer has this id.
    ///
    /// SQLite normally only marks deleted rows as free space, so the
    /// erased text would stay readable in the file until that space is
    /// reused. `secure_delete` makes SQLite overwrite deleted content with
    /// zeros instead; it is a per-connection setting, turned on for this
    /// call only (it makes every delete write more) and put back after.
    ///
    /// That is not enough on its own: when a row was rewritten earlier
    /// (e.g. moved to Trash), SQLite left the old copy in unused space
    /// inside its page, and that copy is no row that can be deleted. So
    /// once the erasing is committed, `VACUUM` rebuilds the file from the
    /// remaining rows, and the write-ahead log is emptied. Both are best
    /// effort: if the rebuild cannot run now (the disk is full, another
    /// program holds the notebook), the customer is still forgotten, and
    /// the next forget rebuilds the file. The rebuild takes time in
    /// proportion to the size of the notebook.
    pub fn forget_customer(&mut self, id: &str) -> Result<()> {
        self.erasing(|tx| {
            let pk = pk_of(tx, id, Scope::Any)?;
            // A duplicate merged into them (waiting in Trash in case the
            // merge is undone) is the same person: forgotten too, and so is
            // one merged into that duplicate before. One taken back out of
            // Trash by hand is a live customer again, and is spared.
            let mut pks: Vec<i64> = tx
                .prepare(
                    "WITH RECURSIVE merged(pk) AS (
                         SELECT ?1
                         UNION
                         SELECT m.merged_pk FROM merges m
                         JOIN merged ON m.kept_pk = merged.pk
                         JOIN customers c ON c.pk = m.merged_pk
                         WHERE m.undone_at IS NULL AND c.deleted_at IS NOT NULL
                     )
                     SELECT pk FROM merged WHERE pk != ?1",
                )?
                .query_map([pk], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            pks.push(pk);
            for pk in pks {
                erase_pk(tx, pk)?;
            }
            Ok(())
        })
    }

    /// Runs `erase` (which deletes customers with [`erase_pk`]) in one
    /// transaction with `secure_delete` on, rewrites the full-text indexes,
    /// then rebuilds the file (see [`Notebook::forget_customer`]).
    pub(crate) fn erasing<T>(
        &mut self,
        erase: impl FnOnce(&Transaction) -> Result<T>,
    ) -> Result<T> {
        let before: i64 = self
            .conn
            .pragma_query_value(None, "secure_delete", |r| r.get(0))?;
        self.conn.pragma_update(None, "secure_delete", 1)?;
        let result = self.erase_in_one(erase);
        let restored = self.conn.pragma_update(None, "secure_delete", before);
        let out = result?;
        restored?;
        // Best effort, see above: the customer is already forgotten.
        let _ = self.conn.execute_batch("VACUUM");
        // Earlier versions of the pages also sit in the write-ahead log
        // until it is checkpointed and emptied.
        let _ = self
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
        Ok(out)
    }

    fn erase_in_one<T>(&mut self, erase: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        let tx = self.conn.transaction()?;
        let out = erase(&tx)?;
        // A deleted row of a full-text index is only marked deleted; its
        // words stay in the index's segments until they are merged.
        // 'optimize' merges every segment, dropping the deleted rows.
        for table in SEARCH_TABLES {
            tx.execute(
                &format!("INSERT INTO {table}({table}) VALUES ('optimize')"),
                [],
            )?;
        }
        tx.commit()?;
        Ok(out)
    }
}

/// Deletes the customer `pk` and, through the foreign keys, everything
/// that refers to them; their full-text rows go first (nothing reaches
/// them by a foreign key). Part of [`Notebook::erasing`].
pub(crate) fn erase_pk(tx: &Connection, pk: i64) -> Result<()> {
    // Contentless full-text tables are not reached by foreign keys:
    // their rows go by rowid (customers.pk, entries.pk) first.
    tx.execute(
        "DELETE FROM search_entries WHERE rowid IN (SELECT pk FROM entries WHERE customer_pk = ?1)",
        [pk],
    )?;
    crate::store::sqlite::index::remove_words(tx, pk)?;
    // Every other table refers to customers or entries with ON DELETE
    // CASCADE (or SET NULL), and foreign keys are on: this one delete
    // takes the entries, their detail rows, events and reminders, and the
    // profile's phones, emails, items and tags.
    tx.execute("DELETE FROM customers WHERE pk = ?1", [pk])?;
    Ok(())
}
