//! The store's operations for exporting: whole-notebook reads for vCard and
//! CSV, and one customer's complete record.

use crate::error::Result;

/// Operations for exporting. Implemented by every store.
pub(crate) trait ExportRows {
    /// Every live customer (not in Trash), by internal key, in the order
    /// the exports list them: by full name (folded, then as written), then
    /// id.
    fn live_customers_in_order(&mut self) -> Result<Vec<i64>>;
    /// The most phones any one live customer has, and the most emails (0
    /// when nobody has any): how many columns a CSV export needs for each.
    fn most_phones_and_emails(&mut self) -> Result<(usize, usize)>;
}
