//! The store's operations for importing: the matcher's view of every live
//! customer, and writing an import's new and combined customers.

use crate::error::Result;
use crate::rules::matching::LiveProfiles;

/// Operations for importing. Implemented by every store.
pub(crate) trait ExchangeRows {
    /// What matching needs of every live customer (not in Trash): name,
    /// folded name, company, address and birthday by customer key, then
    /// every phone and every email (lower-cased) of those customers, each
    /// list in customer-key order and a customer's own in profile order.
    fn live_profiles(&mut self) -> Result<LiveProfiles>;
}
