//! Exporting just the selected customers, as vCard or CSV.

#![allow(
    clippy::todo,
    reason = "the signatures the shell and window are written against; bodies being written"
)]

use std::path::Path;

use crate::error::Result;
use crate::rules::list_model::Selection;
use crate::rules::progress::Progress;
use crate::use_cases::exchange::export::ExportFormat;
use crate::use_cases::notebook::Notebook;

impl Notebook {
    /// Writes the customers `selection` names (one moment of the
    /// notebook) into `path` in `format`, replaced whole, as the whole
    /// notebook's export writes them; returns how many.
    pub fn export_selection_as_with(
        &self,
        selection: &Selection,
        path: &Path,
        format: ExportFormat,
        progress: &dyn Progress,
    ) -> Result<u32> {
        let _ = (selection, path, format, progress);
        todo!()
    }
}
