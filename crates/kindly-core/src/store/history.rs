//! The store's operations for a customer's story: conversations, issues and promises (the entries table and its histories), and the timeline.

/// Operations for a customer's story: conversations, issues and promises (the entries table and its histories), and the timeline. Implemented by every store.
pub(crate) trait HistoryRows {}
