//! The store's operations for follow-ups, the Today page, reminders, the calendar export, and the callback brief's reads.

/// Operations for follow-ups, the Today page, reminders, the calendar export, and the callback brief's reads. Implemented by every store.
pub(crate) trait FollowUpRows {}
