//! The store's operations for duplicates, merging and undoing a merge (the
//! merges table and what moves with a merge).

/// Operations for merging duplicates. Implemented by every store.
pub(crate) trait MergeRows {}
