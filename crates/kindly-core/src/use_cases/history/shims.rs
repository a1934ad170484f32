//! transitional shim (#21): the old `&Connection` signatures of the
//! history functions other groups still call (follow-ups, situations,
//! brief, the sample, the customer record). Each wraps the connection in
//! [`SqliteTx::on`] (no transaction of its own: writes join the caller's)
//! and delegates to the new code. Deleted once those callers pass a `Tx`.

use rusqlite::Connection;

use crate::error::Result;
use crate::rules::brief_model::CallOutcome;
use crate::rules::history_model::*;
use crate::rules::model::Millis;
use crate::store::sqlite::tx::SqliteTx;
use crate::store::{EntryRef, HistoryRows, NewEvent};

use super::entries;

// transitional shim (#21): follow_ups, brief.
#[allow(dead_code, reason = "transitional shim (#21)")]
pub(crate) fn entry_of(
    conn: &Connection,
    id: &str,
    kind: Option<EntryKind>,
    trashed: bool,
) -> Result<EntryRef> {
    entries::find_entry(&mut SqliteTx::on(conn), id, kind, trashed)
}

// transitional shim (#21): follow_ups.
#[allow(dead_code, reason = "transitional shim (#21)")]
pub(crate) fn insert_entry(
    conn: &Connection,
    customer_pk: i64,
    kind: EntryKind,
    issue_pk: Option<i64>,
    now: Millis,
) -> Result<(i64, String)> {
    entries::new_entry(&mut SqliteTx::on(conn), customer_pk, kind, issue_pk, now)
}

// transitional shim (#21): follow_ups.
#[allow(dead_code, reason = "transitional shim (#21)")]
pub(crate) fn insert_event(
    conn: &Connection,
    entry: &EntryRef,
    event: EventType,
    e: NewEvent<'_>,
) -> Result<()> {
    SqliteTx::on(conn).insert_event(entry, event, &e)
}

// transitional shim (#21): situations, brief, the sample.
pub(crate) fn insert_conversation(
    conn: &Connection,
    input: &ConversationInput,
    now: Millis,
) -> Result<String> {
    entries::add_conversation(&mut SqliteTx::on(conn), input, now)
}

// transitional shim (#21): the sample.
#[allow(dead_code, reason = "transitional shim (#21)")]
pub(crate) fn insert_issue(conn: &Connection, input: &IssueInput, now: Millis) -> Result<String> {
    entries::add_issue(&mut SqliteTx::on(conn), input, now)
}

// transitional shim (#21): the sample.
#[allow(dead_code, reason = "transitional shim (#21)")]
pub(crate) fn move_issue_at(
    conn: &Connection,
    id: &str,
    change: &IssueMove,
    now: Millis,
) -> Result<()> {
    entries::move_issue_in(&mut SqliteTx::on(conn), id, change, now)
}

// transitional shim (#21): the sample.
#[allow(dead_code, reason = "transitional shim (#21)")]
pub(crate) fn insert_promise(
    conn: &Connection,
    input: &PromiseInput,
    now: Millis,
) -> Result<String> {
    entries::add_promise(&mut SqliteTx::on(conn), input, now)
}

// transitional shim (#21): the sample.
#[allow(dead_code, reason = "transitional shim (#21)")]
pub(crate) fn settle_promise_at(
    conn: &Connection,
    id: &str,
    outcome: &PromiseOutcome,
    now: Millis,
) -> Result<()> {
    entries::settle_promise_in(&mut SqliteTx::on(conn), id, outcome, now)
}

// transitional shim (#21): customers/record.rs. Issues `pks` in order.
#[allow(dead_code, reason = "transitional shim (#21)")]
pub(crate) fn read_issues(conn: &Connection, pks: &[i64]) -> Result<Vec<Issue>> {
    SqliteTx::on(conn).issues(pks)
}

// transitional shim (#21): customers/record.rs. Promises `pks` in order.
#[allow(dead_code, reason = "transitional shim (#21)")]
pub(crate) fn read_promises(conn: &Connection, pks: &[i64], now: Millis) -> Result<Vec<Promise>> {
    SqliteTx::on(conn).promises(pks, now)
}

#[allow(dead_code, reason = "transitional shim (#21)")]
/// transitional shim (#21): customers/record.rs. Selects the columns
/// [`conversation_row`] reads (`entries e`, `conversations c`); a copy of
/// the store's, which reads them by name.
pub(crate) const CONVERSATION_SELECT: &str =
    "SELECT e.id, cu.id, c.channel, c.happened_at, c.staff, c.summary, c.mood, iss.id, c.outcome
     FROM entries e JOIN conversations c ON c.entry_pk = e.pk JOIN customers cu ON cu.pk = e.customer_pk
     LEFT JOIN entries iss ON iss.pk = e.issue_pk";

/// transitional shim (#21): customers/record.rs. A row of [`CONVERSATION_SELECT`].
#[allow(dead_code, reason = "transitional shim (#21)")]
pub(crate) fn conversation_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Conversation> {
    Ok(Conversation {
        id: r.get(0)?,
        customer_id: r.get(1)?,
        channel: Channel::parse(&r.get::<_, String>(2)?).unwrap_or(Channel::Note),
        happened_at: r.get(3)?,
        staff: r.get(4)?,
        summary: r.get(5)?,
        mood: r
            .get::<_, Option<String>>(6)?
            .as_deref()
            .and_then(Mood::parse),
        issue_id: r.get(7)?,
        outcome: r
            .get::<_, Option<String>>(8)?
            .as_deref()
            .and_then(CallOutcome::parse),
    })
}
