//! "Everything we hold on you": one customer's complete record, for a
//! customer who asks, as one value (written out as JSON by the callers).
//! Entries in Trash are included: until Trash is emptied, we still hold them.

use rusqlite::Connection;
use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::rules::follow_up_model::FollowUp;
use crate::rules::history_model::{Conversation, Issue, Promise};
use crate::rules::model::{Customer, Millis};
use crate::use_cases::customers::{pk_of, Scope};
use crate::use_cases::history::entries::{conversation_row, CONVERSATION_SELECT};
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

fn entry_pks(conn: &Connection, customer_pk: i64, kind: &str) -> Result<Vec<i64>> {
    Ok(conn
        .prepare_cached(
            "SELECT pk FROM entries WHERE customer_pk = ?1 AND kind = ?2 ORDER BY created_at, pk",
        )?
        .query_map(rusqlite::params![customer_pk, kind], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?)
}

fn trashed_ids(conn: &Connection, customer_pk: i64) -> Result<Vec<String>> {
    Ok(conn
        .prepare_cached(
            "SELECT id FROM entries WHERE customer_pk = ?1 AND deleted_at IS NOT NULL ORDER BY created_at, pk",
        )?
        .query_map([customer_pk], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?)
}

fn conversations(conn: &Connection, customer_pk: i64) -> Result<Vec<Conversation>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{CONVERSATION_SELECT} WHERE e.customer_pk = ?1 ORDER BY c.happened_at, e.pk"
    ))?;
    let rows = stmt.query_map([customer_pk], conversation_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

impl Notebook {
    /// Everything the notebook holds on one customer (live or in Trash).
    pub fn customer_record(&self, id: &str) -> Result<CustomerRecord> {
        let pk = pk_of(&self.conn, id, Scope::Any)?;
        let now = self.now();
        let conn = &self.conn;
        Ok(CustomerRecord {
            exported_at: now,
            customer: self.customer(id)?,
            conversations: conversations(conn, pk)?,
            issues: crate::use_cases::history::page::read_issues(
                conn,
                &entry_pks(conn, pk, "issue")?,
            )?,
            promises: crate::use_cases::history::page::read_promises(
                conn,
                &entry_pks(conn, pk, "promise")?,
                now,
            )?,
            follow_ups: entry_pks(conn, pk, "follow_up")?
                .into_iter()
                .map(|p| crate::use_cases::follow_ups::read_follow_up(conn, p))
                .collect::<Result<_>>()?,
            in_trash: trashed_ids(conn, pk)?,
        })
    }
}
