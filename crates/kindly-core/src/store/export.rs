//! The store's operations for exporting: whole-notebook reads for vCard and
//! CSV, and one customer's complete record.

/// Operations for exporting. Implemented by every store.
pub(crate) trait ExportRows {}
