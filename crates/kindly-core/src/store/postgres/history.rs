//! [`crate::store::HistoryRows`] for PostgreSQL is to come; for now, the
//! conversation row mapper that customers.rs reads complete records with.

use postgres::Row;

use crate::error::Result;
use crate::rules::brief_model::CallOutcome;
use crate::rules::history_model::{Channel, Conversation, Mood};

/// Selects the columns [`conversation_row`] reads, from `entries e`,
/// `conversations c`, `customers cu` and the linked issue `entries iss`;
/// callers add the `WHERE` (and `ORDER BY`).
pub(crate) const CONVERSATION_SELECT: &str =
    "SELECT e.id, cu.id AS customer_id, c.channel, c.happened_at, c.staff, c.summary, c.mood,
        iss.id AS issue_id, c.outcome
     FROM entries e JOIN conversations c ON c.entry_pk = e.pk JOIN customers cu ON cu.pk = e.customer_pk
     LEFT JOIN entries iss ON iss.pk = e.issue_pk";

/// A conversation from the columns of [`CONVERSATION_SELECT`] (by name).
/// A channel, mood or outcome this build does not know reads as a note, or
/// as none, as on SQLite.
pub(crate) fn conversation_row(r: &Row) -> Result<Conversation> {
    Ok(Conversation {
        id: r.try_get("id")?,
        customer_id: r.try_get("customer_id")?,
        channel: Channel::parse(r.try_get("channel")?).unwrap_or(Channel::Note),
        happened_at: r.try_get("happened_at")?,
        staff: r.try_get("staff")?,
        summary: r.try_get("summary")?,
        mood: r.try_get::<_, Option<&str>>("mood")?.and_then(Mood::parse),
        issue_id: r.try_get("issue_id")?,
        outcome: r
            .try_get::<_, Option<&str>>("outcome")?
            .and_then(CallOutcome::parse),
    })
}
