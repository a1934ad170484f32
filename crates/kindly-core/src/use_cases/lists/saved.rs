//! Saved lists: a filter kept with a name, shown in the navigation with
//! its live count. Deleting one keeps it aside so Undo can bring it back.

#![allow(
    clippy::todo,
    reason = "the signatures the shell and window are written against; bodies being written"
)]

use crate::error::Result;
use crate::rules::list_model::{ImportRecord, SavedList, SavedListInput};
use crate::use_cases::notebook::Notebook;

impl Notebook {
    /// Every saved list (not deleted), by name, each with how many
    /// customers match it now.
    pub fn saved_lists(&self) -> Result<Vec<SavedList>> {
        todo!()
    }

    /// Saves a new list; a name another list has (case does not matter)
    /// is refused beside the name field.
    pub fn create_saved_list(&mut self, input: &SavedListInput) -> Result<SavedList> {
        let _ = input;
        todo!()
    }

    /// Renames a list or changes its filter, from the `version` it was
    /// read at ([`crate::Error::Conflict`] when someone changed it first).
    pub fn update_saved_list(
        &mut self,
        id: &str,
        version: i64,
        input: &SavedListInput,
    ) -> Result<SavedList> {
        let _ = (id, version, input);
        todo!()
    }

    /// Deletes a list (kept aside for [`Notebook::restore_saved_list`]).
    pub fn delete_saved_list(&mut self, id: &str, version: i64) -> Result<()> {
        let _ = (id, version);
        todo!()
    }

    /// Brings a deleted list back, as it was.
    pub fn restore_saved_list(&mut self, id: &str) -> Result<SavedList> {
        let _ = id;
        todo!()
    }

    /// Every import that added customers, newest first (for the "from an
    /// import" filter).
    pub fn imports(&self) -> Result<Vec<ImportRecord>> {
        todo!()
    }
}
