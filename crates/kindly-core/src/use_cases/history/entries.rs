//! Conversations, issues and promises: writing them, moving issues through
//! their states, settling promises, and Trash for each of them.
//!
//! Every method is one transaction. Each change that has a date in the
//! customer's story also inserts an `events` row, which the timeline reads.

use rusqlite::{params, Connection, OptionalExtension};
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::rules::brief_model::CallOutcome;
use crate::rules::fold::fold;
use crate::rules::history_model::*;
use crate::rules::model::Millis;
use crate::rules::validate::{one_line, text};
use crate::use_cases::customers::touch;
use crate::use_cases::customers::{pk_of, Scope};
use crate::use_cases::follow_ups;
use crate::use_cases::notebook::Notebook;

/// The longest conversation summary, in characters.
pub const MAX_SUMMARY: usize = 5_000;
/// The longest issue text (own words, root cause) or promise, in characters.
pub const MAX_STORY: usize = 5_000;
/// The most categories on one issue.
pub const MAX_CATEGORIES: usize = 10;
/// Earliest and latest accepted dates (1900-01-01 and 2200-01-01, UTC).
const DATE_RANGE: std::ops::RangeInclusive<Millis> = -2_208_988_800_000..=7_258_118_400_000;
/// A conversation may be logged up to a day ahead (clock and time-zone slack).
const FUTURE_SLACK: Millis = 24 * 60 * 60 * 1000;

/// An entry's primary key and its customer's.
pub(crate) struct EntryRef {
    pub pk: i64,
    pub customer_pk: i64,
}

/// Finds an entry by id, of `kind` when given, live or (with `trashed`)
/// in Trash; `NotFound` otherwise.
pub(crate) fn entry_of(
    conn: &Connection,
    id: &str,
    kind: Option<EntryKind>,
    trashed: bool,
) -> Result<EntryRef> {
    let not_found = || Error::NotFound { id: id.to_owned() };
    if Uuid::parse_str(id).is_err() {
        return Err(not_found());
    }
    let found = conn
        .prepare_cached(
            "SELECT pk, customer_pk, kind, deleted_at IS NOT NULL FROM entries WHERE id = ?1",
        )?
        .query_row([id], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, bool>(3)?,
            ))
        })
        .optional()?;
    match found {
        Some((pk, customer_pk, k, deleted)) if deleted == trashed => {
            let k = EntryKind::parse(&k).ok_or_else(not_found)?;
            if kind.is_some_and(|want| want != k) {
                return Err(not_found());
            }
            Ok(EntryRef { pk, customer_pk })
        }
        _ => Err(not_found()),
    }
}

pub(crate) fn staff_field(field: &str, value: &str) -> Result<String> {
    one_line(field, "Who", value, 200)
}

/// `at` when it is within the accepted range of dates, else an error on `field`.
pub(crate) fn date(field: &str, at: Millis) -> Result<Millis> {
    if DATE_RANGE.contains(&at) {
        Ok(at)
    } else {
        Err(Error::invalid(field, "That date is out of range."))
    }
}

/// The live issue `issue_id` of the same customer, for linking; `current`
/// is the entry's existing link, if any.
fn issue_link(
    conn: &Connection,
    issue_id: Option<&str>,
    customer_pk: i64,
    current: Option<i64>,
) -> Result<Option<i64>> {
    let Some(id) = issue_id.filter(|s| !s.is_empty()) else {
        return Ok(None);
    };
    // An entry keeps its link to an issue that was moved to Trash since,
    // so editing the entry does not fail on a link the user did not touch.
    if let Ok(trashed) = entry_of(conn, id, Some(EntryKind::Issue), true) {
        if Some(trashed.pk) == current {
            return Ok(current);
        }
    }
    let issue = entry_of(conn, id, Some(EntryKind::Issue), false)
        .map_err(|_| Error::invalid("issue_id", "That issue could not be found."))?;
    if issue.customer_pk != customer_pk {
        return Err(Error::invalid(
            "issue_id",
            "That issue belongs to another customer.",
        ));
    }
    Ok(Some(issue.pk))
}

/// Points an existing entry at `issue_id` (or at no issue) and marks it
/// changed. Its current link is kept even if that issue is in Trash.
fn relink(conn: &Connection, entry: &EntryRef, issue_id: Option<&str>, now: Millis) -> Result<()> {
    let current: Option<i64> = conn.query_row(
        "SELECT issue_pk FROM entries WHERE pk = ?1",
        [entry.pk],
        |r| r.get(0),
    )?;
    let issue_pk = issue_link(conn, issue_id, entry.customer_pk, current)?;
    conn.execute(
        "UPDATE entries SET issue_pk = ?2, updated_at = ?3 WHERE pk = ?1",
        params![entry.pk, issue_pk, now],
    )?;
    Ok(())
}

pub(crate) fn insert_entry(
    conn: &Connection,
    customer_pk: i64,
    kind: EntryKind,
    issue_pk: Option<i64>,
    now: Millis,
) -> Result<(i64, String)> {
    let id = Uuid::now_v7().to_string();
    conn.prepare_cached(
        "INSERT INTO entries(id, customer_pk, kind, issue_pk, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
    )?
    .execute(params![id, customer_pk, kind.as_str(), issue_pk, now])?;
    Ok((conn.last_insert_rowid(), id))
}

/// One timeline row. Fields not named are empty.
#[derive(Default)]
pub(crate) struct NewEvent<'a> {
    pub at: Millis,
    pub staff: &'a str,
    pub from: Option<IssueState>,
    pub to: Option<IssueState>,
    pub note: &'a str,
    pub waiting_on: Option<WaitingOn>,
    pub mood: Option<Mood>,
    pub old_due: Option<Millis>,
    pub new_due: Option<Millis>,
}

pub(crate) fn insert_event(
    conn: &Connection,
    entry: &EntryRef,
    event: EventType,
    e: NewEvent<'_>,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO events(entry_pk, customer_pk, at, type, staff, from_state, to_state, note, waiting_on, mood, old_due, new_due)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?
    .execute(params![
        entry.pk,
        entry.customer_pk,
        e.at,
        event.as_str(),
        e.staff,
        e.from.map(IssueState::as_str),
        e.to.map(IssueState::as_str),
        e.note,
        e.waiting_on.map(WaitingOn::as_str),
        e.mood.map(Mood::as_str),
        e.old_due,
        e.new_due,
    ])?;
    Ok(())
}

/// Rebuilds the search words of a live entry (conversations and issues are
/// searchable; promises are short and live on the page).
pub(crate) fn reindex_entry(conn: &Connection, pk: i64) -> Result<()> {
    conn.prepare_cached("DELETE FROM search_entries WHERE rowid = ?1")?
        .execute([pk])?;
    let text: Option<String> = conn
        .prepare_cached(
            "SELECT CASE e.kind
                WHEN 'conversation' THEN (SELECT summary FROM conversations WHERE entry_pk = e.pk)
                WHEN 'issue' THEN (SELECT title || ' ' || own_words || ' ' || root_cause || ' ' ||
                    coalesce((SELECT group_concat(category, ' ') FROM issue_categories WHERE issue_pk = e.pk), '')
                    FROM issues WHERE entry_pk = e.pk)
             END
             FROM entries e WHERE e.pk = ?1 AND e.deleted_at IS NULL",
        )?
        .query_row([pk], |r| r.get(0))
        .optional()?
        .flatten();
    if let Some(text) = text {
        conn.prepare_cached("INSERT INTO search_entries(rowid, text) VALUES (?1, ?2)")?
            .execute(params![pk, fold(&text)])?;
    }
    Ok(())
}

struct ValidConversation {
    channel: Channel,
    staff: String,
    summary: String,
    mood: Option<Mood>,
}

fn valid_conversation(input: &ConversationInput) -> Result<ValidConversation> {
    let summary = text("summary", "“What was said”", &input.summary, MAX_SUMMARY)?;
    if summary.is_empty() {
        return Err(Error::invalid(
            "summary",
            "Write a few words about what was said.",
        ));
    }
    Ok(ValidConversation {
        channel: input.channel,
        staff: staff_field("staff", &input.staff)?,
        summary,
        mood: input.mood,
    })
}

fn conversation_time(input: &ConversationInput, now: Millis) -> Result<Millis> {
    let at = date("happened_at", input.happened_at.unwrap_or(now))?;
    if at > now + FUTURE_SLACK {
        return Err(Error::invalid("happened_at", "That time is in the future."));
    }
    Ok(at)
}

struct ValidIssue {
    title: String,
    own_words: String,
    root_cause: String,
    categories: Vec<String>,
    handler: String,
}

fn valid_issue(input: &IssueInput) -> Result<ValidIssue> {
    let title = one_line("title", "“Short title”", &input.title, 200)?;
    if title.is_empty() {
        return Err(Error::invalid("title", "Give the issue a short title."));
    }
    let mut categories: Vec<String> = Vec::new();
    for (i, c) in input.categories.iter().enumerate() {
        let c = one_line(&format!("categories.{i}"), "A category", c, 40)?;
        if !c.is_empty()
            && !categories
                .iter()
                .any(|x| category_key(x) == category_key(&c))
        {
            categories.push(c);
        }
    }
    if categories.len() > MAX_CATEGORIES {
        return Err(Error::invalid(
            "categories",
            format!("An issue can have at most {MAX_CATEGORIES} categories."),
        ));
    }
    Ok(ValidIssue {
        title,
        own_words: text(
            "own_words",
            "“The problem in their own words”",
            &input.own_words,
            MAX_STORY,
        )?,
        root_cause: text(
            "root_cause",
            "“What is really behind it”",
            &input.root_cause,
            MAX_STORY,
        )?,
        categories,
        handler: staff_field("handler", &input.handler)?,
    })
}

/// What makes two categories the same: case and spacing only, so "C++"
/// and "C#" (or two emoji) stay apart.
pub(crate) fn category_key(category: &str) -> String {
    category
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn write_categories(conn: &Connection, issue_pk: i64, categories: &[String]) -> Result<()> {
    conn.prepare_cached("DELETE FROM issue_categories WHERE issue_pk = ?1")?
        .execute([issue_pk])?;
    let mut insert = conn.prepare_cached(
        "INSERT INTO issue_categories(issue_pk, position, category, category_key) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (i, c) in categories.iter().enumerate() {
        insert.execute(params![issue_pk, i, c, category_key(c)])?;
    }
    Ok(())
}

fn valid_promise(input: &PromiseInput) -> Result<(String, String)> {
    let what = one_line("what", "“What we promised”", &input.what, 500)?;
    if what.is_empty() {
        return Err(Error::invalid("what", "Say what we promised."));
    }
    Ok((what, staff_field("promised_by", &input.promised_by)?))
}

pub(crate) fn insert_conversation(
    conn: &Connection,
    input: &ConversationInput,
    now: Millis,
) -> Result<String> {
    let v = valid_conversation(input)?;
    let at = conversation_time(input, now)?;
    let customer_pk = pk_of(conn, &input.customer_id, Scope::Live)?;
    let issue_pk = issue_link(conn, input.issue_id.as_deref(), customer_pk, None)?;
    let (pk, id) = insert_entry(conn, customer_pk, EntryKind::Conversation, issue_pk, now)?;
    conn.prepare_cached(
        "INSERT INTO conversations(entry_pk, channel, happened_at, staff, summary, mood) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![pk, v.channel.as_str(), at, v.staff, v.summary, v.mood.map(Mood::as_str)])?;
    let entry = EntryRef { pk, customer_pk };
    insert_event(
        conn,
        &entry,
        EventType::Conversation,
        NewEvent {
            at,
            staff: &v.staff,
            mood: v.mood,
            ..Default::default()
        },
    )?;
    reindex_entry(conn, pk)?;
    touch::refresh(conn, customer_pk)?;
    if let Some(plan) = &input.follow_up {
        follow_ups::add_planned(conn, customer_pk, issue_pk, plan, &v.staff, now)?;
    }
    Ok(id)
}

/// Selects the columns [`conversation_row`] reads (`entries e`,
/// `conversations c`).
pub(crate) const CONVERSATION_SELECT: &str =
    "SELECT e.id, cu.id, c.channel, c.happened_at, c.staff, c.summary, c.mood, iss.id, c.outcome
     FROM entries e JOIN conversations c ON c.entry_pk = e.pk JOIN customers cu ON cu.pk = e.customer_pk
     LEFT JOIN entries iss ON iss.pk = e.issue_pk";

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

/// Opens an issue (state open) at `now`, in the caller's transaction.
pub(crate) fn insert_issue(conn: &Connection, input: &IssueInput, now: Millis) -> Result<String> {
    let v = valid_issue(input)?;
    let staff = staff_field("staff", &input.staff)?;
    let customer_pk = pk_of(conn, &input.customer_id, Scope::Live)?;
    let (pk, id) = insert_entry(conn, customer_pk, EntryKind::Issue, None, now)?;
    conn.execute(
        "INSERT INTO issues(entry_pk, title, own_words, root_cause, handler, mood_at_start, state, opened_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'open', ?7)",
        params![pk, v.title, v.own_words, v.root_cause, v.handler, input.mood_at_start.map(Mood::as_str), now],
    )?;
    write_categories(conn, pk, &v.categories)?;
    let entry = EntryRef { pk, customer_pk };
    let event = NewEvent {
        at: now,
        staff: &staff,
        to: Some(IssueState::Open),
        mood: input.mood_at_start,
        ..Default::default()
    };
    insert_event(conn, &entry, EventType::IssueOpened, event)?;
    reindex_entry(conn, pk)?;
    Ok(id)
}

/// Moves an issue to another state at `now`, in the caller's transaction.
pub(crate) fn move_issue_at(
    conn: &Connection,
    id: &str,
    change: &IssueMove,
    now: Millis,
) -> Result<()> {
    let staff = staff_field("staff", &change.staff)?;
    let note = text("note", "The note", &change.note, MAX_STORY)?;
    let entry = entry_of(conn, id, Some(EntryKind::Issue), false)?;
    let from: String = conn.query_row(
        "SELECT state FROM issues WHERE entry_pk = ?1",
        [entry.pk],
        |r| r.get(0),
    )?;
    let from = IssueState::parse(&from).unwrap_or(IssueState::Open);
    if !from.can_move_to(change.to) {
        return Err(Error::invalid(
            "to",
            format!(
                "An issue that is {} cannot be moved to {}.",
                label(from),
                label(change.to)
            ),
        ));
    }
    let waiting_on = match change.to {
        IssueState::Waiting => {
            let on = change.waiting_on.ok_or_else(|| {
                Error::invalid(
                    "waiting_on",
                    "Say who we are waiting on: the customer or us.",
                )
            })?;
            if note.is_empty() {
                return Err(Error::invalid("note", "Say what we are waiting for."));
            }
            Some(on)
        }
        _ => None,
    };
    if change.to == IssueState::Resolved && note.is_empty() {
        return Err(Error::invalid("note", "Say what we did to put it right."));
    }
    conn.execute(
        "UPDATE issues SET state = ?2, waiting_on = ?3 WHERE entry_pk = ?1",
        params![
            entry.pk,
            change.to.as_str(),
            waiting_on.map(WaitingOn::as_str)
        ],
    )?;
    conn.execute(
        "UPDATE entries SET updated_at = ?2 WHERE pk = ?1",
        params![entry.pk, now],
    )?;
    let event = NewEvent {
        at: now,
        staff: &staff,
        from: Some(from),
        to: Some(change.to),
        note: &note,
        waiting_on,
        mood: change.mood,
        ..Default::default()
    };
    insert_event(conn, &entry, EventType::IssueState, event)?;
    if let Some(plan) = &change.check_in {
        follow_ups::add_planned(conn, entry.customer_pk, Some(entry.pk), plan, &staff, now)?;
    }
    Ok(())
}

/// Records a promise made at `now`, in the caller's transaction.
pub(crate) fn insert_promise(
    conn: &Connection,
    input: &PromiseInput,
    now: Millis,
) -> Result<String> {
    let (what, by) = valid_promise(input)?;
    let due = date("due_at", input.due_at)?;
    let customer_pk = pk_of(conn, &input.customer_id, Scope::Live)?;
    let issue_pk = issue_link(conn, input.issue_id.as_deref(), customer_pk, None)?;
    let (pk, id) = insert_entry(conn, customer_pk, EntryKind::Promise, issue_pk, now)?;
    conn.execute(
        "INSERT INTO promises(entry_pk, what, due_at, promised_by, state, made_at) VALUES (?1, ?2, ?3, ?4, 'open', ?5)",
        params![pk, what, due, by, now],
    )?;
    let entry = EntryRef { pk, customer_pk };
    insert_event(
        conn,
        &entry,
        EventType::PromiseMade,
        NewEvent {
            at: now,
            staff: &by,
            new_due: Some(due),
            ..Default::default()
        },
    )?;
    Ok(id)
}

/// Settles an open promise at `now`, in the caller's transaction.
pub(crate) fn settle_promise_at(
    conn: &Connection,
    id: &str,
    outcome: &PromiseOutcome,
    now: Millis,
) -> Result<()> {
    let entry = entry_of(conn, id, Some(EntryKind::Promise), false)?;
    let (state, due): (String, Millis) = conn.query_row(
        "SELECT state, due_at FROM promises WHERE entry_pk = ?1",
        [entry.pk],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    if state != PromiseState::Open.as_str() {
        return Err(Error::invalid(
            "outcome",
            format!("This promise was already marked {state}."),
        ));
    }
    let (event, new_state, staff, note, new_due) = match outcome {
        PromiseOutcome::Kept { staff, note } => (
            EventType::PromiseKept,
            PromiseState::Kept,
            staff,
            note,
            None,
        ),
        PromiseOutcome::Broken { staff, note } => {
            if note.trim().is_empty() {
                return Err(Error::invalid(
                    "note",
                    "Say what happened, for the next person.",
                ));
            }
            (
                EventType::PromiseBroken,
                PromiseState::Broken,
                staff,
                note,
                None,
            )
        }
        PromiseOutcome::Renegotiated {
            staff,
            note,
            new_due_at,
        } => {
            let new_due = date("new_due_at", *new_due_at)?;
            (
                EventType::PromiseRenegotiated,
                PromiseState::Open,
                staff,
                note,
                Some(new_due),
            )
        }
    };
    let staff = staff_field("staff", staff)?;
    let note = text("note", "The note", note, MAX_STORY)?;
    conn.execute(
        "UPDATE promises SET state = ?2, due_at = ?3 WHERE entry_pk = ?1",
        params![entry.pk, new_state.as_str(), new_due.unwrap_or(due)],
    )?;
    conn.execute(
        "UPDATE entries SET updated_at = ?2 WHERE pk = ?1",
        params![entry.pk, now],
    )?;
    let e = NewEvent {
        at: now,
        staff: &staff,
        note: &note,
        old_due: new_due.map(|_| due),
        new_due,
        ..Default::default()
    };
    insert_event(conn, &entry, event, e)?;
    Ok(())
}

impl Notebook {
    /// Logs a conversation on a live customer's timeline.
    pub fn log_conversation(&mut self, input: &ConversationInput) -> Result<Conversation> {
        let now = self.now();
        let tx = self.conn.transaction()?;
        let id = insert_conversation(&tx, input, now)?;
        tx.commit()?;
        self.conversation(&id)
    }

    /// Logs many conversations in one transaction: all or none. For
    /// imports; a refused row's field is prefixed with its index (`3.summary`).
    pub fn log_conversations(&mut self, inputs: &[ConversationInput]) -> Result<usize> {
        let now = self.now();
        let tx = self.conn.transaction()?;
        for (row, input) in inputs.iter().enumerate() {
            insert_conversation(&tx, input, now).map_err(|err| match err {
                Error::Invalid { field, message } => {
                    Error::invalid(format!("{row}.{field}"), message)
                }
                other => other,
            })?;
        }
        tx.commit()?;
        Ok(inputs.len())
    }

    /// Edits a conversation (its time, kind, who, summary, mood, issue).
    pub fn update_conversation(
        &mut self,
        id: &str,
        input: &ConversationInput,
    ) -> Result<Conversation> {
        let v = valid_conversation(input)?;
        let now = self.now();
        let at = conversation_time(input, now)?;
        let tx = self.conn.transaction()?;
        let entry = entry_of(&tx, id, Some(EntryKind::Conversation), false)?;
        relink(&tx, &entry, input.issue_id.as_deref(), now)?;
        tx.execute(
            "UPDATE conversations SET channel = ?2, happened_at = ?3, staff = ?4, summary = ?5, mood = ?6 WHERE entry_pk = ?1",
            params![entry.pk, v.channel.as_str(), at, v.staff, v.summary, v.mood.map(Mood::as_str)],
        )?;
        // A conversation's one event is the conversation itself: it moves with it.
        tx.execute(
            "UPDATE events SET at = ?2, staff = ?3, mood = ?4 WHERE entry_pk = ?1 AND type = 'conversation'",
            params![entry.pk, at, v.staff, v.mood.map(Mood::as_str)],
        )?;
        reindex_entry(&tx, entry.pk)?;
        touch::refresh(&tx, entry.customer_pk)?;
        tx.commit()?;
        self.conversation(id)
    }

    /// A live conversation.
    pub fn conversation(&self, id: &str) -> Result<Conversation> {
        let entry = entry_of(&self.conn, id, Some(EntryKind::Conversation), false)?;
        Ok(self
            .conn
            .prepare_cached(&format!("{CONVERSATION_SELECT} WHERE e.pk = ?1"))?
            .query_row([entry.pk], conversation_row)?)
    }

    /// Opens an issue for a live customer, in state open.
    pub fn open_issue(&mut self, input: &IssueInput) -> Result<Issue> {
        let now = self.now();
        let tx = self.conn.transaction()?;
        let id = insert_issue(&tx, input, now)?;
        tx.commit()?;
        self.issue(&id)
    }

    /// Edits an issue's text (title, own words, root cause, categories,
    /// handler, starting mood). Its state moves only through [`Self::move_issue`].
    pub fn update_issue(&mut self, id: &str, input: &IssueInput) -> Result<Issue> {
        let v = valid_issue(input)?;
        let now = self.now();
        let tx = self.conn.transaction()?;
        let entry = entry_of(&tx, id, Some(EntryKind::Issue), false)?;
        tx.execute(
            "UPDATE issues SET title = ?2, own_words = ?3, root_cause = ?4, handler = ?5, mood_at_start = ?6 WHERE entry_pk = ?1",
            params![entry.pk, v.title, v.own_words, v.root_cause, v.handler, input.mood_at_start.map(Mood::as_str)],
        )?;
        write_categories(&tx, entry.pk, &v.categories)?;
        tx.execute(
            "UPDATE entries SET updated_at = ?2 WHERE pk = ?1",
            params![entry.pk, now],
        )?;
        reindex_entry(&tx, entry.pk)?;
        tx.commit()?;
        self.issue(id)
    }

    /// Moves an issue to another state, recording who, when and why.
    /// Refused moves (see [`IssueState::can_move_to`]) change nothing.
    pub fn move_issue(&mut self, id: &str, change: &IssueMove) -> Result<Issue> {
        let now = self.now();
        let tx = self.conn.transaction()?;
        move_issue_at(&tx, id, change, now)?;
        tx.commit()?;
        self.issue(id)
    }

    /// A live issue with its full history of states.
    pub fn issue(&self, id: &str) -> Result<Issue> {
        let entry = entry_of(&self.conn, id, Some(EntryKind::Issue), false)?;
        crate::use_cases::history::page::read_issue(&self.conn, entry.pk)
    }

    /// Records a promise to a live customer, optionally on one of their issues.
    pub fn make_promise(&mut self, input: &PromiseInput) -> Result<Promise> {
        let now = self.now();
        let tx = self.conn.transaction()?;
        let id = insert_promise(&tx, input, now)?;
        tx.commit()?;
        self.promise(&id)
    }

    /// Edits what was promised, who promised it and its issue. A new date
    /// is a renegotiation ([`Self::settle_promise`]), so the old one is kept.
    pub fn update_promise(&mut self, id: &str, input: &PromiseInput) -> Result<Promise> {
        let (what, by) = valid_promise(input)?;
        let now = self.now();
        let tx = self.conn.transaction()?;
        let entry = entry_of(&tx, id, Some(EntryKind::Promise), false)?;
        relink(&tx, &entry, input.issue_id.as_deref(), now)?;
        tx.execute(
            "UPDATE promises SET what = ?2, promised_by = ?3 WHERE entry_pk = ?1",
            params![entry.pk, what, by],
        )?;
        tx.commit()?;
        self.promise(id)
    }

    /// Marks an open promise kept or broken, or gives it a new date.
    pub fn settle_promise(&mut self, id: &str, outcome: &PromiseOutcome) -> Result<Promise> {
        let now = self.now();
        let tx = self.conn.transaction()?;
        settle_promise_at(&tx, id, outcome, now)?;
        tx.commit()?;
        self.promise(id)
    }

    /// A live promise with its history; `overdue` against the clock.
    pub fn promise(&self, id: &str) -> Result<Promise> {
        let entry = entry_of(&self.conn, id, Some(EntryKind::Promise), false)?;
        crate::use_cases::history::page::read_promise(&self.conn, entry.pk, self.now())
    }

    /// Moves a conversation, issue or promise to Trash.
    pub fn trash_entry(&mut self, id: &str) -> Result<()> {
        let now = self.now();
        let tx = self.conn.transaction()?;
        let entry = entry_of(&tx, id, None, false)?;
        tx.execute(
            "UPDATE entries SET deleted_at = ?2 WHERE pk = ?1",
            params![entry.pk, now],
        )?;
        tx.execute("DELETE FROM search_entries WHERE rowid = ?1", [entry.pk])?;
        touch::refresh(&tx, entry.customer_pk)?;
        tx.commit()?;
        Ok(())
    }

    /// Brings a conversation, issue or promise back from Trash.
    pub fn restore_entry(&mut self, id: &str) -> Result<()> {
        let tx = self.conn.transaction()?;
        let entry = entry_of(&tx, id, None, true)?;
        tx.execute(
            "UPDATE entries SET deleted_at = NULL WHERE pk = ?1",
            [entry.pk],
        )?;
        reindex_entry(&tx, entry.pk)?;
        touch::refresh(&tx, entry.customer_pk)?;
        tx.commit()?;
        Ok(())
    }

    /// Conversations, issues and promises in Trash, most recent first.
    pub fn trashed_entries(&self) -> Result<Vec<TrashedEntry>> {
        let mut stmt = self.conn.prepare(
            "SELECT e.id, e.kind, coalesce(c.summary, i.title, p.what, f.note, ''), cu.id,
                CASE WHEN cu.preferred_name <> '' THEN cu.preferred_name ELSE cu.full_name END, e.deleted_at
             FROM entries e JOIN customers cu ON cu.pk = e.customer_pk
             LEFT JOIN conversations c ON c.entry_pk = e.pk
             LEFT JOIN issues i ON i.entry_pk = e.pk
             LEFT JOIN promises p ON p.entry_pk = e.pk
             LEFT JOIN follow_ups f ON f.entry_pk = e.pk
             WHERE e.deleted_at IS NOT NULL ORDER BY e.deleted_at DESC, e.pk DESC",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(TrashedEntry {
                id: r.get(0)?,
                kind: EntryKind::parse(&r.get::<_, String>(1)?).unwrap_or(EntryKind::Conversation),
                title: r.get(2)?,
                customer_id: r.get(3)?,
                customer_name: r.get(4)?,
                deleted_at: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Categories used on earlier issues, most used first, for suggestions.
    pub fn issue_categories(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare(
            "SELECT min(category) FROM issue_categories GROUP BY category_key ORDER BY count(*) DESC, min(category) LIMIT 50",
        )?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// How a state reads in a sentence.
fn label(state: IssueState) -> &'static str {
    match state {
        IssueState::Open => "open",
        IssueState::InProgress => "in progress",
        IssueState::Waiting => "waiting",
        IssueState::Resolved => "resolved",
        IssueState::Closed => "closed",
    }
}
