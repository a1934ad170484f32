//! Changing many customers at once: each bulk change one transaction,
//! previewed first, reported as it goes, and undone exactly.

#![allow(
    clippy::todo,
    reason = "the signatures the shell and window are written against; bodies being written"
)]

use crate::error::Result;
use crate::rules::list_model::{BulkChange, BulkChangeRecord, BulkPreview, Selection};
use crate::rules::progress::Progress;
use crate::use_cases::notebook::Notebook;

impl Notebook {
    /// How many customers `selection` names now, and how many of them
    /// `change` would change. Changes nothing.
    pub fn preview_bulk_change(
        &self,
        selection: &Selection,
        change: &BulkChange,
    ) -> Result<BulkPreview> {
        let _ = (selection, change);
        todo!()
    }

    /// Makes `change` to every customer `selection` names, in one
    /// transaction, reporting progress (Cancel between batches changes
    /// nothing); the record names it for [`Notebook::undo_bulk_change`].
    pub fn bulk_change_with(
        &mut self,
        selection: &Selection,
        change: &BulkChange,
        progress: &dyn Progress,
    ) -> Result<BulkChangeRecord> {
        let _ = (selection, change, progress);
        todo!()
    }

    /// Takes a bulk change (or a tag change) back: every customer it
    /// touched is as before it, except what was changed since by someone
    /// else, which stays. One transaction.
    pub fn undo_bulk_change_with(
        &mut self,
        id: &str,
        progress: &dyn Progress,
    ) -> Result<BulkChangeRecord> {
        let _ = (id, progress);
        todo!()
    }

    /// The latest changes to many at once, newest first (at most `limit`).
    pub fn recent_bulk_changes(&self, limit: u32) -> Result<Vec<BulkChangeRecord>> {
        let _ = limit;
        todo!()
    }
}
