//! Contacts in and out: importing, exporting, and merging duplicates.

pub(crate) mod export;
pub(crate) mod importing;
pub(crate) mod merge;
