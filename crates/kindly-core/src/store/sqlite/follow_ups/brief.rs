//! The callback brief's reads and the caller lookup.

use rusqlite::{params, Connection, Row};

use crate::error::Result;
use crate::rules::brief_model::{BriefContact, BriefIssue, BriefPromise, CallerMatch, PhoneMatch};
use crate::rules::history_model::{Channel, IssueState, Mood, WaitingOn};
use crate::rules::model::Millis;
use crate::store::follow_ups::PhoneKey;

fn parse<T>(value: Option<String>, f: fn(&str) -> Option<T>) -> Option<T> {
    value.as_deref().and_then(f)
}

/// An issue read as `id, title, own_words, state, waiting_on, opened_at`.
fn brief_issue(r: &Row<'_>) -> rusqlite::Result<BriefIssue> {
    Ok(BriefIssue {
        id: r.get("id")?,
        title: r.get("title")?,
        own_words: r.get("own_words")?,
        state: IssueState::parse(&r.get::<_, String>("state")?).unwrap_or(IssueState::Open),
        waiting_on: parse(r.get("waiting_on")?, WaitingOn::parse),
        opened_at: r.get("opened_at")?,
    })
}

pub(super) fn open_issues(conn: &Connection, customer_pk: i64) -> Result<Vec<BriefIssue>> {
    Ok(conn
        .prepare_cached(
            "SELECT e.id, i.title, i.own_words, i.state, i.waiting_on, i.opened_at
             FROM entries e JOIN issues i ON i.entry_pk = e.pk
             WHERE e.customer_pk = ?1 AND e.kind = 'issue' AND e.deleted_at IS NULL
               AND i.state IN ('open', 'in_progress', 'waiting') ORDER BY i.opened_at, e.pk",
        )?
        .query_map([customer_pk], brief_issue)?
        .collect::<rusqlite::Result<_>>()?)
}

pub(super) fn promises(
    conn: &Connection,
    customer_pk: i64,
    before: Millis,
    now: Millis,
) -> Result<Vec<BriefPromise>> {
    Ok(conn
        .prepare_cached(
            "SELECT e.id, p.what, p.promised_by, p.due_at
             FROM entries e JOIN promises p ON p.entry_pk = e.pk
             WHERE e.customer_pk = ?1 AND e.kind = 'promise' AND e.deleted_at IS NULL
               AND p.state = 'open' AND p.due_at < ?2 ORDER BY p.due_at, e.pk",
        )?
        .query_map(params![customer_pk, before], |r| {
            let due_at: Millis = r.get("due_at")?;
            Ok(BriefPromise {
                id: r.get("id")?,
                what: r.get("what")?,
                promised_by: r.get("promised_by")?,
                due_at,
                overdue: due_at < now,
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}

/// A contact read as `at, channel, staff, mood, summary`.
fn brief_contact(r: &Row<'_>) -> rusqlite::Result<BriefContact> {
    Ok(BriefContact {
        at: r.get("at")?,
        channel: Channel::parse(&r.get::<_, String>("channel")?).unwrap_or(Channel::Note),
        staff: r.get("staff")?,
        mood: parse(r.get("mood")?, Mood::parse),
        summary: r.get("summary")?,
    })
}

pub(super) fn recent(conn: &Connection, customer_pk: i64) -> Result<Vec<BriefContact>> {
    Ok(conn
        .prepare_cached(
            "SELECT ev.at, c.channel, c.staff, c.mood, c.summary
             FROM events ev JOIN entries e ON e.pk = ev.entry_pk
             JOIN conversations c ON c.entry_pk = e.pk
             WHERE ev.customer_pk = ?1 AND ev.type = 'conversation' AND e.deleted_at IS NULL
               AND c.channel NOT IN ('note', 'card_sent')
             ORDER BY ev.at DESC, ev.pk DESC LIMIT 3",
        )?
        .query_map([customer_pk], brief_contact)?
        .collect::<rusqlite::Result<_>>()?)
}

/// A match read as `customer_id, name, full_name, company, number, label,
/// last_contact_at`, matched `how`.
fn caller_match(r: &Row<'_>, how: PhoneMatch) -> rusqlite::Result<CallerMatch> {
    Ok(CallerMatch {
        customer_id: r.get("customer_id")?,
        name: r.get("name")?,
        full_name: r.get("full_name")?,
        company: r.get("company")?,
        phone: r.get("number")?,
        phone_label: r.get("label")?,
        matched_by: how,
        last_contact_at: r.get("last_contact_at")?,
    })
}

pub(super) fn callers(
    conn: &Connection,
    key: PhoneKey<'_>,
    how: PhoneMatch,
    limit: usize,
) -> Result<Vec<CallerMatch>> {
    let condition = match key {
        PhoneKey::E164(_) => "p.e164 = ?1",
        PhoneKey::ReversedDigits { .. } => "p.digits_rev >= ?1 AND p.digits_rev < ?2",
    };
    let sql = format!(
        "SELECT c.id AS customer_id,
            CASE WHEN c.preferred_name <> '' THEN c.preferred_name ELSE c.full_name END AS name,
            c.full_name, c.company, p.number, p.label, c.last_contact_at
         FROM customer_phones p JOIN customers c ON c.pk = p.customer_pk
         WHERE {condition} AND c.deleted_at IS NULL
         ORDER BY c.last_contact_at DESC LIMIT {limit}"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows: rusqlite::Result<Vec<_>> = match key {
        PhoneKey::E164(e164) => stmt.query_map([e164], |r| caller_match(r, how))?.collect(),
        PhoneKey::ReversedDigits { from, below } => stmt
            .query_map([from, below], |r| caller_match(r, how))?
            .collect(),
    };
    Ok(rows?)
}
