//! The store's operations for the lookup indexes (full-text words, phone digits, tags) kept in step with profiles, and the lookup's probes.

/// Operations for the lookup indexes (full-text words, phone digits, tags) kept in step with profiles, and the lookup's probes. Implemented by every store.
pub(crate) trait SearchIndex {}
