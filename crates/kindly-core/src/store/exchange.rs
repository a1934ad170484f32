//! The store's operations for importing: the matcher's view of every live
//! customer, and writing an import's new and combined customers.

/// Operations for importing. Implemented by every store.
pub(crate) trait ExchangeRows {}
