//! Whole issues and promises, each with its history, read in one statement
//! however many are asked for: a story's categories and events come as
//! arrays beside its row (one array per column, in the events' order).

use postgres::Row;

use crate::error::{Error, Result};
use crate::rules::history_model::{
    EventType, Issue, IssueEvent, IssueState, Mood, Promise, PromiseEvent, PromiseState, WaitingOn,
};
use crate::rules::model::Millis;
use crate::store::postgres::tx::PgTx;

/// The issues of `o(pk, ord)` (the `{source}` subquery), in `ord`'s order,
/// with their categories and history (`issue_opened` and `issue_state`
/// events, oldest first).
const ISSUE_SELECT: &str = "SELECT e.id, cu.id AS customer_id, i.title, i.own_words, i.root_cause,
        i.handler, i.mood_at_start, i.state, i.waiting_on, i.opened_at, e.version, c.categories,
        h.at, h.staff, h.from_state, h.to_state, h.note, h.waiting_on AS event_waiting_on, h.mood
     FROM ({source}) AS o JOIN entries e ON e.pk = o.pk
     JOIN issues i ON i.entry_pk = e.pk JOIN customers cu ON cu.pk = e.customer_pk
     CROSS JOIN LATERAL (
        SELECT array_agg(category ORDER BY position) AS categories
        FROM issue_categories WHERE issue_pk = e.pk) AS c
     CROSS JOIN LATERAL (
        SELECT array_agg(ev.at ORDER BY ev.at, ev.pk) AS at,
            array_agg(ev.staff ORDER BY ev.at, ev.pk) AS staff,
            array_agg(ev.from_state ORDER BY ev.at, ev.pk) AS from_state,
            array_agg(ev.to_state ORDER BY ev.at, ev.pk) AS to_state,
            array_agg(ev.note ORDER BY ev.at, ev.pk) AS note,
            array_agg(ev.waiting_on ORDER BY ev.at, ev.pk) AS waiting_on,
            array_agg(ev.mood ORDER BY ev.at, ev.pk) AS mood
        FROM events ev WHERE ev.entry_pk = e.pk AND ev.type IN ('issue_opened', 'issue_state')) AS h
     ORDER BY o.ord";

/// The promises of `o(pk, ord)` (the `{source}` subquery), in `ord`'s
/// order, with their history (every event, oldest first).
const PROMISE_SELECT: &str = "SELECT e.id, cu.id AS customer_id, iss.id AS issue_id, p.what,
        p.due_at, p.promised_by, p.state, p.made_at, e.version,
        h.at, h.type, h.staff, h.note, h.old_due, h.new_due
     FROM ({source}) AS o JOIN entries e ON e.pk = o.pk
     JOIN promises p ON p.entry_pk = e.pk JOIN customers cu ON cu.pk = e.customer_pk
     LEFT JOIN entries iss ON iss.pk = e.issue_pk
     CROSS JOIN LATERAL (
        SELECT array_agg(ev.at ORDER BY ev.at, ev.pk) AS at,
            array_agg(ev.type ORDER BY ev.at, ev.pk) AS type,
            array_agg(ev.staff ORDER BY ev.at, ev.pk) AS staff,
            array_agg(ev.note ORDER BY ev.at, ev.pk) AS note,
            array_agg(ev.old_due ORDER BY ev.at, ev.pk) AS old_due,
            array_agg(ev.new_due ORDER BY ev.at, ev.pk) AS new_due
        FROM events ev WHERE ev.entry_pk = e.pk) AS h
     ORDER BY o.ord";

/// The pks given as `$1`, in their order.
const GIVEN: &str = "SELECT pk, ord FROM unnest($1::bigint[]) WITH ORDINALITY AS g(pk, ord)";

/// Issues `pks` in the order given, each with its categories and history,
/// in one statement.
pub(super) fn issues(tx: &mut PgTx<'_>, pks: &[i64]) -> Result<Vec<Issue>> {
    if pks.is_empty() {
        return Ok(Vec::new());
    }
    tx.query(&ISSUE_SELECT.replace("{source}", GIVEN), &[&pks])?
        .iter()
        .map(issue_row)
        .collect()
}

/// The live issues of customer `customer_pk` not yet resolved or closed,
/// oldest first, each with its categories and history, in one statement.
pub(super) fn open_issues_of(tx: &mut PgTx<'_>, customer_pk: i64) -> Result<Vec<Issue>> {
    let source = "SELECT e.pk, row_number() OVER (ORDER BY i.opened_at, e.pk) AS ord
        FROM entries e JOIN issues i ON i.entry_pk = e.pk
        WHERE e.customer_pk = $1 AND e.kind = 'issue' AND e.deleted_at IS NULL
          AND i.state IN ('open', 'in_progress', 'waiting')";
    tx.query(&ISSUE_SELECT.replace("{source}", source), &[&customer_pk])?
        .iter()
        .map(issue_row)
        .collect()
}

/// Promises `pks` in the order given, each with its history, in one
/// statement; `overdue` against `now`.
pub(super) fn promises(tx: &mut PgTx<'_>, pks: &[i64], now: Millis) -> Result<Vec<Promise>> {
    if pks.is_empty() {
        return Ok(Vec::new());
    }
    tx.query(&PROMISE_SELECT.replace("{source}", GIVEN), &[&pks])?
        .iter()
        .map(|r| promise_row(r, now))
        .collect()
}

/// The live open promises of customer `customer_pk`, soonest due first,
/// each with its history, in one statement; `overdue` against `now`.
pub(super) fn open_promises_of(
    tx: &mut PgTx<'_>,
    customer_pk: i64,
    now: Millis,
) -> Result<Vec<Promise>> {
    let source = "SELECT e.pk, row_number() OVER (ORDER BY p.due_at, e.pk) AS ord
        FROM entries e JOIN promises p ON p.entry_pk = e.pk
        WHERE e.customer_pk = $1 AND e.kind = 'promise' AND e.deleted_at IS NULL AND p.state = 'open'";
    tx.query(&PROMISE_SELECT.replace("{source}", source), &[&customer_pk])?
        .iter()
        .map(|r| promise_row(r, now))
        .collect()
}

/// The array `column` (NULL when the story has no such rows: empty).
fn array<'a, T>(r: &'a Row, column: &str) -> Result<Vec<T>>
where
    T: postgres::types::FromSql<'a>,
{
    Ok(r.try_get::<_, Option<Vec<T>>>(column)?.unwrap_or_default())
}

/// The arrays of one history, which must be as long as its first.
fn same_length(len: usize, others: &[usize]) -> Result<()> {
    if others.iter().any(|&n| n != len) {
        return Err(Error::storage(
            "the team notebook returned a history whose columns differ in length",
        ));
    }
    Ok(())
}

/// An optional stored enum, parsed (`None` when absent or unknown).
fn parse<T>(value: Option<String>, f: fn(&str) -> Option<T>) -> Option<T> {
    value.as_deref().and_then(f)
}

/// An issue from the columns of [`ISSUE_SELECT`].
fn issue_row(r: &Row) -> Result<Issue> {
    let at: Vec<Millis> = array(r, "at")?;
    let staff: Vec<String> = array(r, "staff")?;
    let from: Vec<Option<String>> = array(r, "from_state")?;
    let to: Vec<Option<String>> = array(r, "to_state")?;
    let note: Vec<String> = array(r, "note")?;
    let waiting_on: Vec<Option<String>> = array(r, "event_waiting_on")?;
    let mood: Vec<Option<String>> = array(r, "mood")?;
    same_length(
        at.len(),
        &[
            staff.len(),
            from.len(),
            to.len(),
            note.len(),
            waiting_on.len(),
            mood.len(),
        ],
    )?;
    let history = at
        .into_iter()
        .zip(staff)
        .zip(from)
        .zip(to)
        .zip(note)
        .zip(waiting_on)
        .zip(mood)
        .map(
            |((((((at, staff), from), to), note), waiting_on), mood)| IssueEvent {
                at,
                staff,
                from: parse(from, IssueState::parse),
                to: parse(to, IssueState::parse).unwrap_or(IssueState::Open),
                note,
                waiting_on: parse(waiting_on, WaitingOn::parse),
                mood: parse(mood, Mood::parse),
            },
        )
        .collect();
    Ok(Issue {
        id: r.try_get("id")?,
        customer_id: r.try_get("customer_id")?,
        title: r.try_get("title")?,
        own_words: r.try_get("own_words")?,
        root_cause: r.try_get("root_cause")?,
        categories: array(r, "categories")?,
        handler: r.try_get("handler")?,
        mood_at_start: parse(r.try_get("mood_at_start")?, Mood::parse),
        state: IssueState::parse(r.try_get("state")?).unwrap_or(IssueState::Open),
        waiting_on: parse(r.try_get("waiting_on")?, WaitingOn::parse),
        opened_at: r.try_get("opened_at")?,
        version: r.try_get("version")?,
        history,
    })
}

/// A promise from the columns of [`PROMISE_SELECT`]; `overdue` against
/// `now`.
fn promise_row(r: &Row, now: Millis) -> Result<Promise> {
    let at: Vec<Millis> = array(r, "at")?;
    let kind: Vec<String> = array(r, "type")?;
    let staff: Vec<String> = array(r, "staff")?;
    let note: Vec<String> = array(r, "note")?;
    let old_due: Vec<Option<Millis>> = array(r, "old_due")?;
    let new_due: Vec<Option<Millis>> = array(r, "new_due")?;
    same_length(
        at.len(),
        &[
            kind.len(),
            staff.len(),
            note.len(),
            old_due.len(),
            new_due.len(),
        ],
    )?;
    let history = at
        .into_iter()
        .zip(kind)
        .zip(staff)
        .zip(note)
        .zip(old_due)
        .zip(new_due)
        .map(
            |(((((at, kind), staff), note), old_due_at), new_due_at)| PromiseEvent {
                at,
                event: EventType::parse(&kind).unwrap_or(EventType::PromiseMade),
                staff,
                note,
                old_due_at,
                new_due_at,
            },
        )
        .collect();
    let state = PromiseState::parse(r.try_get("state")?).unwrap_or(PromiseState::Open);
    let due_at: Millis = r.try_get("due_at")?;
    Ok(Promise {
        id: r.try_get("id")?,
        customer_id: r.try_get("customer_id")?,
        issue_id: r.try_get("issue_id")?,
        what: r.try_get("what")?,
        due_at,
        promised_by: r.try_get("promised_by")?,
        state,
        made_at: r.try_get("made_at")?,
        overdue: state == PromiseState::Open && due_at < now,
        version: r.try_get("version")?,
        history,
    })
}
