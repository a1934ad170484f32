//! Tidying tags across the notebook: every tag with its count; renaming,
//! merging and deleting one, each undoable like a bulk change.

#![allow(
    clippy::todo,
    reason = "the signatures the shell and window are written against; bodies being written"
)]

use crate::error::Result;
use crate::rules::list_model::{BulkChangeRecord, TagChange, TagCount};
use crate::rules::progress::Progress;
use crate::use_cases::notebook::Notebook;

impl Notebook {
    /// Every tag on a customer not in Trash, with how many carry it, by
    /// name (case does not matter; shown as most of them write it).
    pub fn tags(&self) -> Result<Vec<TagCount>> {
        todo!()
    }

    /// Renames, merges or deletes a tag on everyone in one transaction;
    /// undone with [`Notebook::undo_bulk_change_with`].
    pub fn change_tag_with(
        &mut self,
        change: &TagChange,
        progress: &dyn Progress,
    ) -> Result<BulkChangeRecord> {
        let _ = (change, progress);
        todo!()
    }
}
