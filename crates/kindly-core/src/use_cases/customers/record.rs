//! "Everything we hold on you": one customer's complete record, for a
//! customer who asks, as one value (written out as JSON by the callers).
//! Entries in Trash are included: until Trash is emptied, we still hold them.

use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::rules::follow_up_model::FollowUp;
use crate::rules::history_model::{Conversation, Issue, Promise};
use crate::rules::model::{Customer, Millis};
use crate::store::Scope;
use crate::use_cases::notebook::Notebook;

/// One customer's complete record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomerRecord {
    /// When the record was made.
    pub exported_at: Millis,
    /// Their profile (in Trash or not).
    pub customer: Customer,
    /// Oldest first.
    pub conversations: Vec<Conversation>,
    /// With their whole history of states; oldest first.
    pub issues: Vec<Issue>,
    /// With their whole history; oldest first.
    pub promises: Vec<Promise>,
    /// Finished ones too; oldest first.
    pub follow_ups: Vec<FollowUp>,
    /// The ids of the conversations, issues, promises and follow-ups above
    /// that are in Trash (still held until Trash is emptied).
    #[serde(default)]
    pub in_trash: Vec<String>,
}

impl Notebook {
    /// Everything the notebook holds on one customer (live or in Trash).
    pub fn customer_record(&self, id: &str) -> Result<CustomerRecord> {
        let mut tx = self.read()?;
        let pk = tx.customer_pk(id, Scope::Any)?;
        let now = self.now();
        let customer = tx.customer_by_pk(pk)?;
        let conversations = tx.conversations_on_record(pk)?;
        let entries = tx.entries_on_record(pk)?;
        Ok(CustomerRecord {
            exported_at: now,
            customer,
            conversations,
            issues: tx.issues(&entries.issues)?,
            promises: tx.promises(&entries.promises, now)?,
            follow_ups: entries
                .follow_ups
                .iter()
                .map(|&p| tx.follow_up(p))
                .collect::<Result<_>>()?,
            in_trash: entries.in_trash,
        })
    }
}
