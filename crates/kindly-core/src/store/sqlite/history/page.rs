//! The reads of a customer's page that are not whole stories: the
//! timeline in keyset pages, repeat patterns, the last contact and the
//! dated follow-ups. One statement each.

use rusqlite::{params, Connection, OptionalExtension, Row};

use crate::error::Result;
use crate::rules::brief_model::CallOutcome;
use crate::rules::follow_up_model::{FollowUp, FollowUpAction};
use crate::rules::history_model::{
    Channel, EntryKind, EventType, IssueState, LastContact, Mood, Pattern, TimelineCursor,
    TimelineItem, WaitingOn,
};
use crate::store::sqlite::follow_ups::{follow_up_row, FOLLOW_UP_SELECT};

const TIMELINE_SELECT: &str = "SELECT ev.pk AS seq, ev.at, ev.type, en.kind, en.id AS entry_id,
        coalesce(c.summary, i.title, p.what, f.note, '') AS title,
        c.channel, ev.staff, ev.mood, ev.from_state, ev.to_state, ev.waiting_on, ev.note, ev.old_due, ev.new_due,
        iss.id AS issue_id, f.action, c.outcome
     FROM events ev JOIN entries en ON en.pk = ev.entry_pk
     LEFT JOIN conversations c ON c.entry_pk = en.pk
     LEFT JOIN issues i ON i.entry_pk = en.pk
     LEFT JOIN promises p ON p.entry_pk = en.pk
     LEFT JOIN follow_ups f ON f.entry_pk = en.pk
     LEFT JOIN entries iss ON iss.pk = en.issue_pk
     WHERE ev.customer_pk = ?1 AND en.deleted_at IS NULL";

/// Up to `limit` timeline rows of customer `customer_pk`, newest first,
/// strictly before `before`, of live entries of `kinds` (empty = all).
pub(super) fn timeline(
    conn: &Connection,
    customer_pk: i64,
    kinds: &[EntryKind],
    before: Option<TimelineCursor>,
    limit: u32,
) -> Result<Vec<TimelineItem>> {
    let mut sql = String::from(TIMELINE_SELECT);
    if !kinds.is_empty() {
        // Enum names only: no user text reaches this SQL.
        let list: Vec<String> = kinds.iter().map(|k| format!("'{}'", k.as_str())).collect();
        sql.push_str(&format!(" AND en.kind IN ({})", list.join(", ")));
    }
    if before.is_some() {
        sql.push_str(" AND (ev.at, ev.pk) < (?3, ?4)");
    }
    sql.push_str(" ORDER BY ev.at DESC, ev.pk DESC LIMIT ?2");
    let mut stmt = conn.prepare_cached(&sql)?;
    let limit = i64::from(limit);
    let rows = match before {
        Some(c) => stmt.query_map(params![customer_pk, limit, c.at, c.seq], timeline_item)?,
        None => stmt.query_map(params![customer_pk, limit], timeline_item)?,
    };
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Categories on two or more of the customer's live issues.
pub(super) fn patterns(conn: &Connection, customer_pk: i64) -> Result<Vec<Pattern>> {
    Ok(conn
        .prepare_cached(
            "SELECT min(ic.category) AS category, count(*) AS count, min(i.opened_at) AS since
             FROM entries e JOIN issues i ON i.entry_pk = e.pk JOIN issue_categories ic ON ic.issue_pk = e.pk
             WHERE e.customer_pk = ?1 AND e.kind = 'issue' AND e.deleted_at IS NULL
             GROUP BY ic.category_key HAVING count(*) >= 2 ORDER BY count(*) DESC, max(i.opened_at) DESC",
        )?
        .query_map([customer_pk], pattern)?
        .collect::<rusqlite::Result<_>>()?)
}

/// The customer's latest live conversation that was contact.
pub(super) fn last_contact(conn: &Connection, customer_pk: i64) -> Result<Option<LastContact>> {
    Ok(conn
        .prepare_cached(
            "SELECT c.staff, ev.at, c.channel FROM events ev
             JOIN entries e ON e.pk = ev.entry_pk JOIN conversations c ON c.entry_pk = e.pk
             WHERE ev.customer_pk = ?1 AND ev.type = 'conversation' AND e.deleted_at IS NULL
               AND c.channel NOT IN ('note', 'card_sent')
             ORDER BY ev.at DESC, ev.pk DESC LIMIT 1",
        )?
        .query_row([customer_pk], last_contact_row)
        .optional()?)
}

/// The customer's live follow-ups that still have a date, soonest first.
pub(super) fn dated_follow_ups(conn: &Connection, customer_pk: i64) -> Result<Vec<FollowUp>> {
    Ok(conn
        .prepare_cached(&format!(
            "{FOLLOW_UP_SELECT} WHERE e.customer_pk = ?1 AND e.deleted_at IS NULL
               AND f.due_at IS NOT NULL ORDER BY f.due_at, f.entry_pk"
        ))?
        .query_map([customer_pk], follow_up_row)?
        .collect::<rusqlite::Result<_>>()?)
}

/// An optional stored enum, parsed (`None` when absent or unknown).
fn parse<T>(value: Option<String>, f: fn(&str) -> Option<T>) -> Option<T> {
    value.as_deref().and_then(f)
}

/// A row of [`TIMELINE_SELECT`], read by position (its columns in
/// order): a page of the timeline is the customer page's longest read.
fn timeline_item(r: &Row) -> rusqlite::Result<TimelineItem> {
    Ok(TimelineItem {
        seq: r.get(0)?,
        at: r.get(1)?,
        event: EventType::parse(&r.get::<_, String>(2)?).unwrap_or(EventType::Conversation),
        entry_kind: EntryKind::parse(&r.get::<_, String>(3)?).unwrap_or(EntryKind::Conversation),
        entry_id: r.get(4)?,
        title: r.get(5)?,
        channel: parse(r.get(6)?, Channel::parse),
        staff: r.get(7)?,
        mood: parse(r.get(8)?, Mood::parse),
        from_state: parse(r.get(9)?, IssueState::parse),
        to_state: parse(r.get(10)?, IssueState::parse),
        waiting_on: parse(r.get(11)?, WaitingOn::parse),
        note: r.get(12)?,
        old_due_at: r.get(13)?,
        new_due_at: r.get(14)?,
        issue_id: r.get(15)?,
        action: parse(r.get(16)?, FollowUpAction::parse),
        outcome: parse(r.get(17)?, CallOutcome::parse),
    })
}

/// A pattern read as `category, count, since`.
fn pattern(r: &Row) -> rusqlite::Result<Pattern> {
    Ok(Pattern {
        category: r.get("category")?,
        count: r.get("count")?,
        since: r.get("since")?,
    })
}

/// The last contact read as `staff, at, channel`.
fn last_contact_row(r: &Row) -> rusqlite::Result<LastContact> {
    Ok(LastContact {
        staff: r.get("staff")?,
        at: r.get("at")?,
        channel: Channel::parse(&r.get::<_, String>("channel")?).unwrap_or(Channel::CallIn),
    })
}
