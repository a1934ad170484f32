//! The callback brief's reads, the caller lookup and a call's outcome.

use postgres::Row;

use super::limit;
use crate::error::Result;
use crate::rules::brief_model::{
    BriefContact, BriefIssue, BriefPromise, CallOutcome, CallerMatch, PhoneMatch,
};
use crate::rules::history_model::{Channel, IssueState, Mood, WaitingOn};
use crate::rules::model::Millis;
use crate::store::follow_ups::PhoneKey;
use crate::store::postgres::pool::Conn;

pub(super) fn open_issues(conn: &mut Conn, customer_pk: i64) -> Result<Vec<BriefIssue>> {
    conn.query(
        "SELECT e.id, i.title, i.own_words, i.state, i.waiting_on, i.opened_at
         FROM entries e JOIN issues i ON i.entry_pk = e.pk
         WHERE e.customer_pk = $1 AND e.kind = 'issue' AND e.deleted_at IS NULL
           AND i.state IN ('open', 'in_progress', 'waiting') ORDER BY i.opened_at, e.pk",
        &[&customer_pk],
    )?
    .iter()
    .map(|r| {
        Ok(BriefIssue {
            id: r.try_get("id")?,
            title: r.try_get("title")?,
            own_words: r.try_get("own_words")?,
            state: IssueState::parse(r.try_get("state")?).unwrap_or(IssueState::Open),
            waiting_on: r
                .try_get::<_, Option<&str>>("waiting_on")?
                .and_then(WaitingOn::parse),
            opened_at: r.try_get("opened_at")?,
        })
    })
    .collect()
}

pub(super) fn promises(
    conn: &mut Conn,
    customer_pk: i64,
    before: Millis,
    now: Millis,
) -> Result<Vec<BriefPromise>> {
    conn.query(
        "SELECT e.id, p.what, p.promised_by, p.due_at
         FROM entries e JOIN promises p ON p.entry_pk = e.pk
         WHERE e.customer_pk = $1 AND e.kind = 'promise' AND e.deleted_at IS NULL
           AND p.state = 'open' AND p.due_at < $2 ORDER BY p.due_at, e.pk",
        &[&customer_pk, &before],
    )?
    .iter()
    .map(|r| {
        let due_at: Millis = r.try_get("due_at")?;
        Ok(BriefPromise {
            id: r.try_get("id")?,
            what: r.try_get("what")?,
            promised_by: r.try_get("promised_by")?,
            due_at,
            overdue: due_at < now,
        })
    })
    .collect()
}

pub(super) fn recent(conn: &mut Conn, customer_pk: i64) -> Result<Vec<BriefContact>> {
    conn.query(
        "SELECT ev.at, c.channel, c.staff, c.mood, c.summary
         FROM events ev JOIN entries e ON e.pk = ev.entry_pk
         JOIN conversations c ON c.entry_pk = e.pk
         WHERE ev.customer_pk = $1 AND ev.type = 'conversation' AND e.deleted_at IS NULL
           AND c.channel NOT IN ('note', 'card_sent')
         ORDER BY ev.at DESC, ev.pk DESC LIMIT 3",
        &[&customer_pk],
    )?
    .iter()
    .map(|r| {
        Ok(BriefContact {
            at: r.try_get("at")?,
            channel: Channel::parse(r.try_get("channel")?).unwrap_or(Channel::Note),
            staff: r.try_get("staff")?,
            mood: r.try_get::<_, Option<&str>>("mood")?.and_then(Mood::parse),
            summary: r.try_get("summary")?,
        })
    })
    .collect()
}

/// The callers' columns; `NULLS LAST`: a customer never spoken to comes
/// after the others, as SQLite orders a NULL in a descending sort.
const CALLERS: &str = "SELECT c.id AS customer_id,
        CASE WHEN c.preferred_name <> '' THEN c.preferred_name ELSE c.full_name END AS name,
        c.full_name, c.company, p.number, p.label, c.last_contact_at
     FROM customer_phones p JOIN customers c ON c.pk = p.customer_pk";

pub(super) fn callers(
    conn: &mut Conn,
    key: PhoneKey<'_>,
    how: PhoneMatch,
    most: usize,
) -> Result<Vec<CallerMatch>> {
    let most = limit(most)?;
    let rows = match key {
        PhoneKey::E164(e164) => conn.query(
            &format!(
                "{CALLERS} WHERE p.e164 = $1 AND c.deleted_at IS NULL
                 ORDER BY c.last_contact_at DESC NULLS LAST LIMIT $2"
            ),
            &[&e164, &most],
        )?,
        // digits_rev is COLLATE "C": the range is SQLite's byte order.
        PhoneKey::ReversedDigits { from, below } => conn.query(
            &format!(
                "{CALLERS} WHERE p.digits_rev >= $1 AND p.digits_rev < $2 AND c.deleted_at IS NULL
                 ORDER BY c.last_contact_at DESC NULLS LAST LIMIT $3"
            ),
            &[&from, &below, &most],
        )?,
    };
    rows.iter().map(|r| caller_match(r, how)).collect()
}

/// A match read from the columns of [`CALLERS`], matched `how`.
fn caller_match(r: &Row, how: PhoneMatch) -> Result<CallerMatch> {
    Ok(CallerMatch {
        customer_id: r.try_get("customer_id")?,
        name: r.try_get("name")?,
        full_name: r.try_get("full_name")?,
        company: r.try_get("company")?,
        phone: r.try_get("number")?,
        phone_label: r.try_get("label")?,
        matched_by: how,
        last_contact_at: r.try_get("last_contact_at")?,
    })
}

/// The outcome is the conversation's detail row: its entry's `version`
/// goes up with it (history.sql), in the same statement.
pub(super) fn set_call_outcome(
    conn: &mut Conn,
    conversation_id: &str,
    outcome: CallOutcome,
) -> Result<()> {
    conn.execute(
        "WITH talk AS (
            UPDATE entries SET version = version + 1, changed_by = session_user
            WHERE id = $1 AND pk IN (SELECT entry_pk FROM conversations) RETURNING pk)
         UPDATE conversations SET outcome = $2 WHERE entry_pk IN (SELECT pk FROM talk)",
        &[&conversation_id, &outcome.as_str()],
    )?;
    Ok(())
}
