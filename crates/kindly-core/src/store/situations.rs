//! The store's operations for situations: members, groups, concierges, updates, told records and undo.

/// Operations for situations: members, groups, concierges, updates, told records and undo. Implemented by every store.
pub(crate) trait SituationRows {}
