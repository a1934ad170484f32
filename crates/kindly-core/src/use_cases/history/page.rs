//! Reading a customer's story: issues and promises with their histories,
//! the timeline in pages, and the whole customer page in one call.

use std::collections::HashMap;

use rusqlite::{params, Connection, Row};

use crate::error::Result;
use crate::rules::brief_model::CallOutcome;
use crate::rules::follow_up_model::FollowUpAction;
use crate::rules::history_model::*;
use crate::rules::model::Millis;
use crate::use_cases::customers::search::pk_list;
use crate::use_cases::customers::{pk_of, Scope};
use crate::use_cases::follow_ups::{follow_up_row, FOLLOW_UP_SELECT};
use crate::use_cases::notebook::Notebook;

/// Timeline rows on the first page of a customer's page.
pub const FIRST_PAGE: u32 = 30;
/// The most timeline rows one call returns.
pub const MAX_PAGE: u32 = 200;

fn parse<T>(value: Option<String>, f: fn(&str) -> Option<T>) -> Option<T> {
    value.as_deref().and_then(f)
}

/// Issue `pk` with its categories and history.
pub(crate) fn read_issue(conn: &Connection, pk: i64) -> Result<Issue> {
    read_issues(conn, &[pk])?
        .pop()
        .ok_or_else(|| rusqlite::Error::QueryReturnedNoRows.into())
}

/// Issues `pks` in the order given, each with its categories and history,
/// in three statements whatever their number (each statement is a round
/// trip to a database across a network).
pub(crate) fn read_issues(conn: &Connection, pks: &[i64]) -> Result<Vec<Issue>> {
    if pks.is_empty() {
        return Ok(Vec::new());
    }
    let list = pk_list(pks);
    let mut issues: Vec<(i64, Issue)> = conn
        .prepare_cached(
            "SELECT e.pk, e.id, cu.id, i.title, i.own_words, i.root_cause, i.handler, i.mood_at_start, i.state, i.waiting_on, i.opened_at
             FROM json_each(?1) AS o CROSS JOIN entries e ON e.pk = o.value
             JOIN issues i ON i.entry_pk = e.pk JOIN customers cu ON cu.pk = e.customer_pk ORDER BY o.key",
        )?
        .query_map([&list], |r| {
            Ok((
                r.get(0)?,
                Issue {
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
                    history: Vec::new(),
                },
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let at: HashMap<i64, usize> = issues
        .iter()
        .enumerate()
        .map(|(n, (pk, _))| (*pk, n))
        .collect();
    let mut categories = conn.prepare_cached(
        "SELECT issue_pk, category FROM issue_categories
         WHERE issue_pk IN (SELECT value FROM json_each(?1)) ORDER BY issue_pk, position",
    )?;
    for row in categories.query_map([&list], |r| Ok((r.get::<_, i64>(0)?, r.get(1)?)))? {
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
    let events = history.query_map([&list], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            IssueEvent {
                at: r.get(1)?,
                staff: r.get(2)?,
                from: parse(r.get(3)?, IssueState::parse),
                to: parse(r.get(4)?, IssueState::parse).unwrap_or(IssueState::Open),
                note: r.get(5)?,
                waiting_on: parse(r.get(6)?, WaitingOn::parse),
                mood: parse(r.get(7)?, Mood::parse),
            },
        ))
    })?;
    for row in events {
        let (pk, event) = row?;
        if let Some(&n) = at.get(&pk) {
            issues[n].1.history.push(event);
        }
    }
    Ok(issues.into_iter().map(|(_, issue)| issue).collect())
}

/// Promise `pk` with its history; `overdue` against `now`.
pub(crate) fn read_promise(conn: &Connection, pk: i64, now: Millis) -> Result<Promise> {
    read_promises(conn, &[pk], now)?
        .pop()
        .ok_or_else(|| rusqlite::Error::QueryReturnedNoRows.into())
}

/// Promises `pks` in the order given, each with its history, in two
/// statements whatever their number; `overdue` against `now`.
pub(crate) fn read_promises(conn: &Connection, pks: &[i64], now: Millis) -> Result<Vec<Promise>> {
    if pks.is_empty() {
        return Ok(Vec::new());
    }
    let list = pk_list(pks);
    let mut promises: Vec<(i64, Promise)> = conn
        .prepare_cached(
            "SELECT e.pk, e.id, cu.id, iss.id, p.what, p.due_at, p.promised_by, p.state, p.made_at
             FROM json_each(?1) AS o CROSS JOIN entries e ON e.pk = o.value
             JOIN promises p ON p.entry_pk = e.pk JOIN customers cu ON cu.pk = e.customer_pk
             LEFT JOIN entries iss ON iss.pk = e.issue_pk ORDER BY o.key",
        )?
        .query_map([&list], |r| {
            let state = PromiseState::parse(&r.get::<_, String>(7)?).unwrap_or(PromiseState::Open);
            let due_at: Millis = r.get(5)?;
            Ok((
                r.get(0)?,
                Promise {
                    id: r.get(1)?,
                    customer_id: r.get(2)?,
                    issue_id: r.get(3)?,
                    what: r.get(4)?,
                    due_at,
                    promised_by: r.get(6)?,
                    state,
                    made_at: r.get(8)?,
                    overdue: state == PromiseState::Open && due_at < now,
                    history: Vec::new(),
                },
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let at: HashMap<i64, usize> = promises
        .iter()
        .enumerate()
        .map(|(n, (pk, _))| (*pk, n))
        .collect();
    let mut history = conn.prepare_cached(
        "SELECT entry_pk, at, type, staff, note, old_due, new_due FROM events
         WHERE entry_pk IN (SELECT value FROM json_each(?1)) ORDER BY at, pk",
    )?;
    let events = history.query_map([&list], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            PromiseEvent {
                at: r.get(1)?,
                event: EventType::parse(&r.get::<_, String>(2)?).unwrap_or(EventType::PromiseMade),
                staff: r.get(3)?,
                note: r.get(4)?,
                old_due_at: r.get(5)?,
                new_due_at: r.get(6)?,
            },
        ))
    })?;
    for row in events {
        let (pk, event) = row?;
        if let Some(&n) = at.get(&pk) {
            promises[n].1.history.push(event);
        }
    }
    Ok(promises.into_iter().map(|(_, promise)| promise).collect())
}

const TIMELINE_SELECT: &str = "SELECT ev.pk, ev.at, ev.type, en.kind, en.id, coalesce(c.summary, i.title, p.what, f.note, ''),
        c.channel, ev.staff, ev.mood, ev.from_state, ev.to_state, ev.waiting_on, ev.note, ev.old_due, ev.new_due, iss.id,
        f.action, c.outcome
     FROM events ev JOIN entries en ON en.pk = ev.entry_pk
     LEFT JOIN conversations c ON c.entry_pk = en.pk
     LEFT JOIN issues i ON i.entry_pk = en.pk
     LEFT JOIN promises p ON p.entry_pk = en.pk
     LEFT JOIN follow_ups f ON f.entry_pk = en.pk
     LEFT JOIN entries iss ON iss.pk = en.issue_pk
     WHERE ev.customer_pk = ?1 AND en.deleted_at IS NULL";

fn timeline_item(r: &Row<'_>) -> rusqlite::Result<TimelineItem> {
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

/// One page of the timeline of customer `customer_pk`, newest first,
/// starting after `before`, limited to `kinds` (empty = all).
fn timeline(
    conn: &Connection,
    customer_pk: i64,
    kinds: &[EntryKind],
    before: Option<TimelineCursor>,
    limit: u32,
) -> Result<TimelinePage> {
    let limit = limit.clamp(1, MAX_PAGE);
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
    let fetch = i64::from(limit) + 1;
    let rows = match before {
        Some(c) => stmt.query_map(params![customer_pk, fetch, c.at, c.seq], timeline_item)?,
        None => stmt.query_map(params![customer_pk, fetch], timeline_item)?,
    };
    let mut items: Vec<TimelineItem> = rows.collect::<rusqlite::Result<_>>()?;
    let next = if items.len() > limit as usize {
        items.truncate(limit as usize);
        items.last().map(|last| TimelineCursor {
            at: last.at,
            seq: last.seq,
        })
    } else {
        None
    };
    Ok(TimelinePage { items, next })
}

fn patterns(conn: &Connection, customer_pk: i64) -> Result<Vec<Pattern>> {
    let mut stmt = conn.prepare_cached(
        "SELECT min(ic.category), count(*), min(i.opened_at)
         FROM entries e JOIN issues i ON i.entry_pk = e.pk JOIN issue_categories ic ON ic.issue_pk = e.pk
         WHERE e.customer_pk = ?1 AND e.kind = 'issue' AND e.deleted_at IS NULL
         GROUP BY ic.category_key HAVING count(*) >= 2 ORDER BY count(*) DESC, max(i.opened_at) DESC",
    )?;
    let rows = stmt.query_map([customer_pk], |r| {
        Ok(Pattern {
            category: r.get(0)?,
            count: r.get(1)?,
            since: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn last_contact(conn: &Connection, customer_pk: i64) -> Result<Option<LastContact>> {
    use rusqlite::OptionalExtension;
    Ok(conn
        .prepare_cached(
            "SELECT c.staff, ev.at, c.channel FROM events ev
             JOIN entries e ON e.pk = ev.entry_pk JOIN conversations c ON c.entry_pk = e.pk
             WHERE ev.customer_pk = ?1 AND ev.type = 'conversation' AND e.deleted_at IS NULL
               AND c.channel NOT IN ('note', 'card_sent')
             ORDER BY ev.at DESC, ev.pk DESC LIMIT 1",
        )?
        .query_row([customer_pk], |r| {
            Ok(LastContact {
                staff: r.get(0)?,
                at: r.get(1)?,
                channel: Channel::parse(&r.get::<_, String>(2)?).unwrap_or(Channel::CallIn),
            })
        })
        .optional()?)
}

impl Notebook {
    /// A page of customer `customer_id`'s timeline (live or trashed
    /// customer), newest first.
    pub fn timeline(
        &self,
        customer_id: &str,
        kinds: &[EntryKind],
        before: Option<TimelineCursor>,
        limit: u32,
    ) -> Result<TimelinePage> {
        let pk = pk_of(&self.conn, customer_id, Scope::Any)?;
        timeline(&self.conn, pk, kinds, before, limit)
    }

    /// Everything the customer's page shows, in one call: the profile,
    /// active issues, open promises, the first timeline page, repeat
    /// patterns and who spoke to them last.
    pub fn customer_page(&self, id: &str, kinds: &[EntryKind]) -> Result<CustomerPage> {
        let customer = self.customer(id)?;
        let pk = pk_of(&self.conn, id, Scope::Any)?;
        let now = self.now();
        let issue_pks: Vec<i64> = self
            .conn
            .prepare_cached(
                "SELECT e.pk FROM entries e JOIN issues i ON i.entry_pk = e.pk
                 WHERE e.customer_pk = ?1 AND e.kind = 'issue' AND e.deleted_at IS NULL
                   AND i.state IN ('open', 'in_progress', 'waiting') ORDER BY i.opened_at, e.pk",
            )?
            .query_map([pk], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let promise_pks: Vec<i64> = self
            .conn
            .prepare_cached(
                "SELECT e.pk FROM entries e JOIN promises p ON p.entry_pk = e.pk
                 WHERE e.customer_pk = ?1 AND e.kind = 'promise' AND e.deleted_at IS NULL AND p.state = 'open'
                 ORDER BY p.due_at, e.pk",
            )?
            .query_map([pk], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let sample: bool = self
            .conn
            .prepare_cached("SELECT EXISTS(SELECT 1 FROM sample_customers WHERE customer_pk = ?1)")?
            .query_row([pk], |r| r.get(0))?;
        Ok(CustomerPage {
            customer,
            sample,
            open_issues: read_issues(&self.conn, &issue_pks)?,
            open_promises: read_promises(&self.conn, &promise_pks, now)?,
            timeline: timeline(&self.conn, pk, kinds, None, FIRST_PAGE)?,
            patterns: patterns(&self.conn, pk)?,
            last_contact: last_contact(&self.conn, pk)?,
            follow_ups: self
                .conn
                .prepare_cached(&format!(
                    "{FOLLOW_UP_SELECT} WHERE e.customer_pk = ?1 AND e.deleted_at IS NULL
                       AND f.due_at IS NOT NULL ORDER BY f.due_at, f.entry_pk"
                ))?
                .query_map([pk], follow_up_row)?
                .collect::<rusqlite::Result<_>>()?,
            touch: crate::use_cases::customers::touch::status(&self.conn, pk, now)?,
            situations: crate::use_cases::situations::of_customer(&self.conn, pk, false)?,
        })
    }
}
