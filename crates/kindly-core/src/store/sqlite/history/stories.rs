//! Whole conversations, issues and promises, each with its history, read
//! in a fixed number of statements however many are asked for (each
//! statement is a round trip to a database across a network).

use std::collections::HashMap;

use rusqlite::{Connection, Row};

use crate::error::Result;
use crate::rules::brief_model::CallOutcome;
use crate::rules::history_model::{
    Channel, Conversation, EventType, Issue, IssueEvent, IssueState, Mood, Promise, PromiseEvent,
    PromiseState, WaitingOn,
};
use crate::rules::model::Millis;
use crate::store::sqlite::lookup::pk_list;

/// Selects the columns [`conversation_row`] reads, from `entries e`,
/// `conversations c`, `customers cu` and the linked issue `entries iss`;
/// callers add the `WHERE` (and `ORDER BY`).
pub(in crate::store::sqlite) const CONVERSATION_SELECT: &str =
    "SELECT e.id, cu.id AS customer_id, c.channel, c.happened_at, c.staff, c.summary, c.mood,
        iss.id AS issue_id, c.outcome
     FROM entries e JOIN conversations c ON c.entry_pk = e.pk JOIN customers cu ON cu.pk = e.customer_pk
     LEFT JOIN entries iss ON iss.pk = e.issue_pk";

/// Conversation `entry_pk`.
pub(super) fn conversation(conn: &Connection, entry_pk: i64) -> Result<Conversation> {
    Ok(conn
        .prepare_cached(&format!("{CONVERSATION_SELECT} WHERE e.pk = ?1"))?
        .query_row([entry_pk], conversation_row)?)
}

/// Issues `pks` in the order given, each with its categories and history,
/// in three statements.
pub(super) fn issues(conn: &Connection, pks: &[i64]) -> Result<Vec<Issue>> {
    if pks.is_empty() {
        return Ok(Vec::new());
    }
    let list = pk_list(pks);
    let mut issues: Vec<(i64, Issue)> = conn
        .prepare_cached(
            "SELECT e.pk, e.id, cu.id AS customer_id, i.title, i.own_words, i.root_cause, i.handler,
                i.mood_at_start, i.state, i.waiting_on, i.opened_at, e.version
             FROM json_each(?1) AS o CROSS JOIN entries e ON e.pk = o.value
             JOIN issues i ON i.entry_pk = e.pk JOIN customers cu ON cu.pk = e.customer_pk ORDER BY o.key",
        )?
        .query_map([&list], |r| Ok((r.get(0)?, issue_row(r)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let at = positions(issues.iter().map(|(pk, _)| *pk));
    let mut categories = conn.prepare_cached(
        "SELECT issue_pk, category FROM issue_categories
         WHERE issue_pk IN (SELECT value FROM json_each(?1)) ORDER BY issue_pk, position",
    )?;
    let rows = categories.query_map([&list], |r| {
        Ok((r.get::<_, i64>("issue_pk")?, r.get("category")?))
    })?;
    for row in rows {
        let (pk, category) = row?;
        if let Some(&n) = at.get(&pk) {
            issues[n].1.categories.push(category);
        }
    }
    let mut history = conn.prepare_cached(
        "SELECT entry_pk, at, staff, from_state, to_state, note, waiting_on, mood FROM events
         WHERE entry_pk IN (SELECT value FROM json_each(?1)) AND type IN ('issue_opened', 'issue_state')
         ORDER BY at, pk",
    )?;
    let events = history.query_map([&list], |r| Ok((r.get::<_, i64>(0)?, issue_event(r)?)))?;
    for row in events {
        let (pk, event) = row?;
        if let Some(&n) = at.get(&pk) {
            issues[n].1.history.push(event);
        }
    }
    Ok(issues.into_iter().map(|(_, issue)| issue).collect())
}

/// Issue `pk` with its categories and history; a storage "no rows" error
/// when there is none.
pub(super) fn issue(conn: &Connection, pk: i64) -> Result<Issue> {
    issues(conn, &[pk])?
        .pop()
        .ok_or_else(|| rusqlite::Error::QueryReturnedNoRows.into())
}

/// Promise `pk` with its history, `overdue` against `now`; a storage "no
/// rows" error when there is none.
pub(super) fn promise(conn: &Connection, pk: i64, now: Millis) -> Result<Promise> {
    promises(conn, &[pk], now)?
        .pop()
        .ok_or_else(|| rusqlite::Error::QueryReturnedNoRows.into())
}

/// Promises `pks` in the order given, each with its history, in two
/// statements; `overdue` against `now`.
pub(super) fn promises(conn: &Connection, pks: &[i64], now: Millis) -> Result<Vec<Promise>> {
    if pks.is_empty() {
        return Ok(Vec::new());
    }
    let list = pk_list(pks);
    let mut promises: Vec<(i64, Promise)> = conn
        .prepare_cached(
            "SELECT e.pk, e.id, cu.id AS customer_id, iss.id AS issue_id, p.what, p.due_at,
                p.promised_by, p.state, p.made_at, e.version
             FROM json_each(?1) AS o CROSS JOIN entries e ON e.pk = o.value
             JOIN promises p ON p.entry_pk = e.pk JOIN customers cu ON cu.pk = e.customer_pk
             LEFT JOIN entries iss ON iss.pk = e.issue_pk ORDER BY o.key",
        )?
        .query_map([&list], |r| Ok((r.get(0)?, promise_row(r, now)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let at = positions(promises.iter().map(|(pk, _)| *pk));
    let mut history = conn.prepare_cached(
        "SELECT entry_pk, at, type, staff, note, old_due, new_due FROM events
         WHERE entry_pk IN (SELECT value FROM json_each(?1)) ORDER BY at, pk",
    )?;
    let events = history.query_map([&list], |r| Ok((r.get::<_, i64>(0)?, promise_event(r)?)))?;
    for row in events {
        let (pk, event) = row?;
        if let Some(&n) = at.get(&pk) {
            promises[n].1.history.push(event);
        }
    }
    Ok(promises.into_iter().map(|(_, promise)| promise).collect())
}

/// Where each pk sits in a list read in order.
fn positions(pks: impl Iterator<Item = i64>) -> HashMap<i64, usize> {
    pks.enumerate().map(|(n, pk)| (pk, n)).collect()
}

/// An optional stored enum, parsed (`None` when absent or unknown).
fn parse<T>(value: Option<String>, f: fn(&str) -> Option<T>) -> Option<T> {
    value.as_deref().and_then(f)
}

/// A conversation from the columns of [`CONVERSATION_SELECT`] (by name:
/// `id, customer_id, channel, happened_at, staff, summary, mood, issue_id,
/// outcome`).
pub(in crate::store::sqlite) fn conversation_row(r: &Row) -> rusqlite::Result<Conversation> {
    Ok(Conversation {
        id: r.get("id")?,
        customer_id: r.get("customer_id")?,
        channel: Channel::parse(&r.get::<_, String>("channel")?).unwrap_or(Channel::Note),
        happened_at: r.get("happened_at")?,
        staff: r.get("staff")?,
        summary: r.get("summary")?,
        mood: parse(r.get("mood")?, Mood::parse),
        issue_id: r.get("issue_id")?,
        outcome: parse(r.get("outcome")?, CallOutcome::parse),
    })
}

/// An issue without its categories and history, read by position as
/// `pk, id, customer_id, title, own_words, root_cause, handler,
/// mood_at_start, state, waiting_on, opened_at, version` (a page reads
/// many).
fn issue_row(r: &Row) -> rusqlite::Result<Issue> {
    Ok(Issue {
        id: r.get(1)?,
        customer_id: r.get(2)?,
        title: r.get(3)?,
        own_words: r.get(4)?,
        root_cause: r.get(5)?,
        categories: Vec::new(),
        handler: r.get(6)?,
        mood_at_start: parse(r.get(7)?, Mood::parse),
        state: IssueState::parse(&r.get::<_, String>(8)?).unwrap_or(IssueState::Open),
        waiting_on: parse(r.get(9)?, WaitingOn::parse),
        opened_at: r.get(10)?,
        version: r.get(11)?,
        history: Vec::new(),
    })
}

/// An issue's event read by position as `entry_pk, at, staff,
/// from_state, to_state, note, waiting_on, mood`.
fn issue_event(r: &Row) -> rusqlite::Result<IssueEvent> {
    Ok(IssueEvent {
        at: r.get(1)?,
        staff: r.get(2)?,
        from: parse(r.get(3)?, IssueState::parse),
        to: parse(r.get(4)?, IssueState::parse).unwrap_or(IssueState::Open),
        note: r.get(5)?,
        waiting_on: parse(r.get(6)?, WaitingOn::parse),
        mood: parse(r.get(7)?, Mood::parse),
    })
}

/// A promise without its history, read by position as `pk, id,
/// customer_id, issue_id, what, due_at, promised_by, state, made_at,
/// version`;
/// `overdue` against `now`.
fn promise_row(r: &Row, now: Millis) -> rusqlite::Result<Promise> {
    let state = PromiseState::parse(&r.get::<_, String>(7)?).unwrap_or(PromiseState::Open);
    let due_at: Millis = r.get(5)?;
    Ok(Promise {
        id: r.get(1)?,
        customer_id: r.get(2)?,
        issue_id: r.get(3)?,
        what: r.get(4)?,
        due_at,
        promised_by: r.get(6)?,
        state,
        made_at: r.get(8)?,
        overdue: state == PromiseState::Open && due_at < now,
        version: r.get(9)?,
        history: Vec::new(),
    })
}

/// A promise's event read by position as `entry_pk, at, type, staff,
/// note, old_due, new_due`.
fn promise_event(r: &Row) -> rusqlite::Result<PromiseEvent> {
    Ok(PromiseEvent {
        at: r.get(1)?,
        event: EventType::parse(&r.get::<_, String>(2)?).unwrap_or(EventType::PromiseMade),
        staff: r.get(3)?,
        note: r.get(4)?,
        old_due_at: r.get(5)?,
        new_due_at: r.get(6)?,
    })
}
