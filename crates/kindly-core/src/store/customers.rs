//! The store's operations for customer profiles: the customers table with its phones, emails, tags and lists, Trash, and last contact.

/// Operations for customer profiles: the customers table with its phones, emails, tags and lists, Trash, and last contact. Implemented by every store.
pub(crate) trait CustomerRows {}
