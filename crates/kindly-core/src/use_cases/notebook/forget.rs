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

use crate::error::Result;
use crate::store::Scope;
use crate::store::{Rows, Tx};
use crate::use_cases::notebook::Notebook;

impl Notebook {
    /// Erases the customer `id` (live or in Trash) and everything the
    /// notebook holds about them, in one transaction. Afterwards they are
    /// not found by id, by lookup or in Trash. `NotFound` (and nothing
    /// changed) when no customer has this id.
    ///
    /// A store normally only marks deleted rows as free space, so the
    /// erased text would stay readable in the file until that space is
    /// reused. While erasing, deletes overwrite the content instead (with
    /// zeros, on SQLite: `secure_delete`, a per-connection setting turned
    /// on for this call only, as it makes every delete write more, and put
    /// back after).
    ///
    /// That is not enough on its own: when a row was rewritten earlier
    /// (e.g. moved to Trash), SQLite left the old copy in unused space
    /// inside its page, and that copy is no row that can be deleted. So
    /// once the erasing is committed, the file is rebuilt from the
    /// remaining rows (`VACUUM`), and the write-ahead log is emptied. Both
    /// are best effort: if the rebuild cannot run now (the disk is full,
    /// another program holds the notebook), the customer is still
    /// forgotten, and the next forget rebuilds the file. The rebuild takes
    /// time in proportion to the size of the notebook.
    pub fn forget_customer(&mut self, id: &str) -> Result<()> {
        self.forgetting(|tx| {
            let pk = tx.customer_pk(id, Scope::Any)?;
            // A duplicate merged into them (waiting in Trash in case the
            // merge is undone) is the same person: forgotten too, and so is
            // one merged into that duplicate before. One taken back out of
            // Trash by hand is a live customer again, and is spared.
            let mut pks = tx.trashed_duplicates_of(pk)?;
            pks.push(pk);
            for pk in pks {
                erase(tx, pk)?;
            }
            Ok(())
        })
    }

    /// Runs `erase` (which deletes customers with [`erase`]) in one
    /// transaction with overwriting deletes, rewrites the full-text
    /// indexes, then rebuilds the file (see [`Notebook::forget_customer`]).
    pub(crate) fn forgetting<T>(
        &mut self,
        erase: impl FnOnce(&mut dyn Tx) -> Result<T>,
    ) -> Result<T> {
        let before = self.read()?.start_erasing()?;
        let result = self.erase_in_one(erase);
        let restored = self.read().and_then(|mut tx| tx.end_erasing(before));
        let out = result?;
        restored?;
        // Best effort, see above: the customer is already forgotten.
        if let Ok(mut tx) = self.read() {
            tx.rebuild_file();
        }
        Ok(out)
    }

    fn erase_in_one<T>(&mut self, erase: impl FnOnce(&mut dyn Tx) -> Result<T>) -> Result<T> {
        let mut tx = self.write()?;
        let out = erase(&mut *tx)?;
        tx.purge_removed_words()?;
        tx.commit()?;
        Ok(out)
    }
}

/// Deletes the customer `pk` and everything that refers to them; their
/// full-text rows go first (nothing reaches them by a foreign key). Part
/// of [`Notebook::forgetting`].
pub(crate) fn erase(tx: &mut dyn Tx, pk: i64) -> Result<()> {
    tx.remove_entry_words_of(pk)?;
    tx.remove_search_rows(pk, Rows::All)?;
    tx.delete_customer(pk)
}
