//! Exporting just the selected customers, as vCard or CSV, through the
//! whole notebook's export writer (`use_cases/exchange/export`).

use std::collections::HashSet;
use std::path::Path;

use crate::error::Result;
use crate::rules::list_model::Selection;
use crate::rules::progress::Progress;
use crate::use_cases::exchange::export::{write_atomically, write_customers, ExportFormat};
use crate::use_cases::lists::selected_pks;
use crate::use_cases::notebook::Notebook;

impl Notebook {
    /// Writes the customers `selection` names (one moment of the
    /// notebook) into `path` in `format`, replaced whole, as the whole
    /// notebook's export writes them (in its order: by full name, then
    /// id); returns how many. Stopped by `progress` (or failing), it
    /// leaves an earlier file at `path` as it was.
    pub fn export_selection_as_with(
        &self,
        selection: &Selection,
        path: &Path,
        format: ExportFormat,
        progress: &dyn Progress,
    ) -> Result<u32> {
        let now = self.now();
        // One snapshot: who is selected and what is written are the same
        // moment of the notebook.
        let mut tx = self.snapshot()?;
        let selected: HashSet<i64> = selected_pks(&mut *tx, selection, now)?
            .into_iter()
            .collect();
        let pks: Vec<i64> = tx
            .live_customers_in_order()?
            .into_iter()
            .filter(|pk| selected.contains(pk))
            .collect();
        write_atomically(path, |out| {
            write_customers(&mut *tx, &pks, format, out, progress)
        })
    }
}
