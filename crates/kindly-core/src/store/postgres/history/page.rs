//! Reads of the customer's page that are not whole stories: the timeline
//! in keyset pages, repeat patterns, the last contact and the dated
//! follow-ups. One statement each, each one SQL text whatever the
//! arguments (so a prepared statement's plan serves every page).

use postgres::Row;

use crate::error::Result;
use crate::rules::brief_model::CallOutcome;
use crate::rules::follow_up_model::{FollowUp, FollowUpAction};
use crate::rules::history_model::{
    Channel, EntryKind, EventType, IssueState, LastContact, Mood, Pattern, TimelineCursor,
    TimelineItem, WaitingOn,
};
use crate::rules::model::Millis;
use crate::store::postgres::follow_ups::{follow_up_row, FOLLOW_UP_SELECT};
use crate::store::postgres::small;
use crate::store::postgres::tx::PgTx;

/// Up to `limit` timeline rows of customer `customer_pk`, newest first,
/// strictly before `before`, of live entries of `kinds` (empty = all).
pub(super) fn timeline(
    tx: &mut PgTx<'_>,
    customer_pk: i64,
    kinds: &[EntryKind],
    before: Option<TimelineCursor>,
    limit: u32,
) -> Result<Vec<TimelineItem>> {
    // No cursor is a cursor past every row, so the keyset condition is
    // always there and bounds the index scan; no kinds is a NULL array.
    let (at, seq) = before.map_or((Millis::MAX, i64::MAX), |c| (c.at, c.seq));
    let kinds: Option<Vec<&str>> =
        (!kinds.is_empty()).then(|| kinds.iter().map(|k| k.as_str()).collect());
    tx.query(
        "SELECT ev.pk AS seq, ev.at, ev.type, en.kind, en.id AS entry_id,
            coalesce(c.summary, i.title, p.what, f.note, '') AS title,
            c.channel, ev.staff, ev.mood, ev.from_state, ev.to_state, ev.waiting_on, ev.note,
            ev.old_due, ev.new_due, iss.id AS issue_id, f.action, c.outcome
         FROM events ev JOIN entries en ON en.pk = ev.entry_pk
         LEFT JOIN conversations c ON c.entry_pk = en.pk
         LEFT JOIN issues i ON i.entry_pk = en.pk
         LEFT JOIN promises p ON p.entry_pk = en.pk
         LEFT JOIN follow_ups f ON f.entry_pk = en.pk
         LEFT JOIN entries iss ON iss.pk = en.issue_pk
         WHERE ev.customer_pk = $1 AND en.deleted_at IS NULL
           AND ($2::text[] IS NULL OR en.kind = ANY($2))
           AND (ev.at, ev.pk) < ($3, $4)
         ORDER BY ev.at DESC, ev.pk DESC LIMIT $5",
        &[&customer_pk, &kinds, &at, &seq, &i64::from(limit)],
    )?
    .iter()
    .map(timeline_item)
    .collect()
}

/// Categories on two or more of the customer's live issues.
pub(super) fn patterns(tx: &mut PgTx<'_>, customer_pk: i64) -> Result<Vec<Pattern>> {
    // min() byte by byte, as on SQLite.
    tx.query(
        "SELECT min(ic.category COLLATE \"C\") AS category, count(*)::integer AS count,
            min(i.opened_at) AS since
         FROM entries e JOIN issues i ON i.entry_pk = e.pk JOIN issue_categories ic ON ic.issue_pk = e.pk
         WHERE e.customer_pk = $1 AND e.kind = 'issue' AND e.deleted_at IS NULL
         GROUP BY ic.category_key HAVING count(*) >= 2
         ORDER BY count(*) DESC, max(i.opened_at) DESC",
        &[&customer_pk],
    )?
    .iter()
    .map(pattern)
    .collect()
}

/// The customer's latest live conversation that was contact.
pub(super) fn last_contact(tx: &mut PgTx<'_>, customer_pk: i64) -> Result<Option<LastContact>> {
    tx.query_opt(
        "SELECT c.staff, ev.at, c.channel FROM events ev
         JOIN entries e ON e.pk = ev.entry_pk JOIN conversations c ON c.entry_pk = e.pk
         WHERE ev.customer_pk = $1 AND ev.type = 'conversation' AND e.deleted_at IS NULL
           AND c.channel NOT IN ('note', 'card_sent')
         ORDER BY ev.at DESC, ev.pk DESC LIMIT 1",
        &[&customer_pk],
    )?
    .map(|r| last_contact_row(&r))
    .transpose()
}

/// The customer's live follow-ups that still have a date, soonest first.
pub(super) fn dated_follow_ups(tx: &mut PgTx<'_>, customer_pk: i64) -> Result<Vec<FollowUp>> {
    tx.query(
        &format!(
            "{FOLLOW_UP_SELECT} WHERE e.customer_pk = $1 AND e.deleted_at IS NULL
               AND f.due_at IS NOT NULL ORDER BY f.due_at, f.entry_pk"
        ),
        &[&customer_pk],
    )?
    .iter()
    .map(follow_up_row)
    .collect()
}

/// An optional stored enum, parsed (`None` when absent or unknown).
fn parse<T>(r: &Row, column: &str, f: fn(&str) -> Option<T>) -> Result<Option<T>> {
    Ok(r.try_get::<_, Option<&str>>(column)?.and_then(f))
}

/// A timeline row, read by name.
fn timeline_item(r: &Row) -> Result<TimelineItem> {
    Ok(TimelineItem {
        seq: r.try_get("seq")?,
        at: r.try_get("at")?,
        event: EventType::parse(r.try_get("type")?).unwrap_or(EventType::Conversation),
        entry_kind: EntryKind::parse(r.try_get("kind")?).unwrap_or(EntryKind::Conversation),
        entry_id: r.try_get("entry_id")?,
        title: r.try_get("title")?,
        channel: parse(r, "channel", Channel::parse)?,
        staff: r.try_get("staff")?,
        mood: parse(r, "mood", Mood::parse)?,
        from_state: parse(r, "from_state", IssueState::parse)?,
        to_state: parse(r, "to_state", IssueState::parse)?,
        waiting_on: parse(r, "waiting_on", WaitingOn::parse)?,
        note: r.try_get("note")?,
        old_due_at: r.try_get("old_due")?,
        new_due_at: r.try_get("new_due")?,
        issue_id: r.try_get("issue_id")?,
        action: parse(r, "action", FollowUpAction::parse)?,
        outcome: parse(r, "outcome", CallOutcome::parse)?,
    })
}

/// A pattern read as `category, count, since`.
fn pattern(r: &Row) -> Result<Pattern> {
    Ok(Pattern {
        category: r.try_get("category")?,
        count: small(r.try_get("count")?, "count")?,
        since: r.try_get("since")?,
    })
}

/// The last contact read as `staff, at, channel`.
fn last_contact_row(r: &Row) -> Result<LastContact> {
    Ok(LastContact {
        staff: r.try_get("staff")?,
        at: r.try_get("at")?,
        channel: Channel::parse(r.try_get("channel")?).unwrap_or(Channel::CallIn),
    })
}
