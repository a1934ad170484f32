//! The types of merging duplicates that cross to the UI.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::rules::model::{Customer, CustomerSummary, Millis};
#[cfg(doc)]
use crate::Notebook;

/// Two customers who look like the same person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DuplicatePair {
    /// The one created first.
    pub a: CustomerSummary,
    /// The one created later.
    pub b: CustomerSummary,
    /// In words, e.g. "Same phone number 07700 900123".
    pub reason: String,
}

/// A merge that can still be undone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MergeRecord {
    /// The merge's id, to undo it.
    pub id: String,
    /// The customer who was kept.
    pub kept_id: String,
    /// Their name at the time of the merge.
    pub kept_name: String,
    /// The customer who was folded in and put in Trash.
    pub merged_id: String,
    /// Their name at the time of the merge.
    pub merged_name: String,
    /// When the merge was made.
    #[ts(type = "number")]
    pub at: Millis,
}

/// What [`Notebook::merge_customers`] did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MergeOutcome {
    /// The merge, as it can be undone.
    pub merge: MergeRecord,
    /// The kept customer as they are now.
    pub kept: Customer,
    /// What did not fit within the limits and is only in the merged
    /// customer (in Trash), one sentence each.
    pub left_out: Vec<String>,
}
