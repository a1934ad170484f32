//! Conversations, issues and promises: writing them, moving issues through
//! their states, settling promises, and Trash for each of them.
//!
//! Every method is one transaction. Each change that has a date in the
//! customer's story also inserts an `events` row, which the timeline reads.

use crate::error::{Error, Result};
use crate::rules::history_model::*;
use crate::rules::model::Millis;
use crate::rules::validate::{date, one_line, staff_field, text};
use crate::store::{Category, ConversationText, IssueText, Tx};
use crate::store::{Scope, Versioned};
use crate::use_cases::follow_ups;
use crate::use_cases::notebook::Notebook;
use crate::use_cases::versions;
use kindly_words::{args, say, say_with};

pub(crate) use crate::store::{EntryRef, NewEvent};

/// The longest conversation summary, in characters.
pub const MAX_SUMMARY: usize = 5_000;
/// The longest issue text (own words, root cause) or promise, in characters.
pub const MAX_STORY: usize = 5_000;
/// The most categories on one issue.
pub const MAX_CATEGORIES: usize = 10;
/// A conversation may be logged up to a day ahead (clock and time-zone slack).
const FUTURE_SLACK: Millis = 24 * 60 * 60 * 1000;

/// The live issue `issue_id` of the same customer, for linking; `current`
/// is the entry's existing link, if any.
fn issue_link(
    tx: &mut dyn Tx,
    issue_id: Option<&str>,
    customer_pk: i64,
    current: Option<i64>,
) -> Result<Option<i64>> {
    let Some(id) = issue_id.filter(|s| !s.is_empty()) else {
        return Ok(None);
    };
    // An entry keeps its link to an issue that was moved to Trash since,
    // so editing the entry does not fail on a link the user did not touch.
    if let Ok(trashed) = tx.entry_by_id(id, Some(EntryKind::Issue), true) {
        if Some(trashed.pk) == current {
            return Ok(current);
        }
    }
    let issue = tx
        .entry_by_id(id, Some(EntryKind::Issue), false)
        .map_err(|_| Error::invalid("issue_id", say("validate-issue-could-not-found")))?;
    if issue.customer_pk != customer_pk {
        return Err(Error::invalid(
            "issue_id",
            say("validate-issue-belongs-another-customer"),
        ));
    }
    Ok(Some(issue.pk))
}

/// Points an existing entry at `issue_id` (or at no issue) and marks it
/// changed. Its current link is kept even if that issue is in Trash.
fn relink(tx: &mut dyn Tx, entry: &EntryRef, issue_id: Option<&str>, now: Millis) -> Result<()> {
    let current = tx.issue_link_of(entry.pk)?;
    let issue_pk = issue_link(tx, issue_id, entry.customer_pk, current)?;
    tx.set_issue_link(entry.pk, issue_pk, now)
}

/// A conversation's words checked, then its time (`happened_at`, default
/// `now`, not more than a day ahead).
fn valid_conversation(input: &ConversationInput, now: Millis) -> Result<ConversationText> {
    let summary = text(
        "summary",
        &|| say("validate-label-what-was-said"),
        &input.summary,
        MAX_SUMMARY,
    )?;
    if summary.is_empty() {
        return Err(Error::invalid(
            "summary",
            say("validate-write-few-words-about"),
        ));
    }
    let staff = staff_field("staff", &input.staff)?;
    let happened_at = date("happened_at", input.happened_at.unwrap_or(now))?;
    if happened_at > now + FUTURE_SLACK {
        return Err(Error::invalid("happened_at", say("validate-time-future")));
    }
    Ok(ConversationText {
        channel: input.channel,
        happened_at,
        staff,
        summary,
        mood: input.mood,
    })
}

fn valid_issue(input: &IssueInput) -> Result<IssueText> {
    let title = one_line(
        "title",
        &|| say("validate-label-short-title"),
        &input.title,
        200,
    )?;
    if title.is_empty() {
        return Err(Error::invalid(
            "title",
            say("validate-give-issue-short-title"),
        ));
    }
    let mut categories: Vec<Category> = Vec::new();
    for (i, c) in input.categories.iter().enumerate() {
        let name = one_line(
            &format!("categories.{i}"),
            &|| say("validate-label-a-category"),
            c,
            40,
        )?;
        let key = category_key(&name);
        if !name.is_empty() && !categories.iter().any(|x| x.key == key) {
            categories.push(Category { name, key });
        }
    }
    if categories.len() > MAX_CATEGORIES {
        return Err(Error::invalid(
            "categories",
            say_with(
                "validate-too-many-categories",
                &args! { "max" => MAX_CATEGORIES },
            ),
        ));
    }
    Ok(IssueText {
        title,
        own_words: text(
            "own_words",
            &|| say("validate-label-own-words"),
            &input.own_words,
            MAX_STORY,
        )?,
        root_cause: text(
            "root_cause",
            &|| say("validate-label-root-cause"),
            &input.root_cause,
            MAX_STORY,
        )?,
        categories,
        handler: staff_field("handler", &input.handler)?,
        mood_at_start: input.mood_at_start,
    })
}

pub(crate) use crate::rules::fold::category_key;

fn valid_promise(input: &PromiseInput) -> Result<(String, String)> {
    let what = one_line(
        "what",
        &|| say("validate-label-what-we-promised"),
        &input.what,
        500,
    )?;
    if what.is_empty() {
        return Err(Error::invalid("what", say("validate-say-what-we-promised")));
    }
    Ok((what, staff_field("promised_by", &input.promised_by)?))
}

/// Logs a conversation at `now` in `tx` (with its planned follow-up, if
/// any); returns its id.
pub(crate) fn add_conversation(
    tx: &mut dyn Tx,
    input: &ConversationInput,
    now: Millis,
) -> Result<String> {
    let v = valid_conversation(input, now)?;
    let customer_pk = tx.customer_pk(&input.customer_id, Scope::Live)?;
    let issue_pk = issue_link(tx, input.issue_id.as_deref(), customer_pk, None)?;
    let (pk, id) = tx.new_entry(customer_pk, EntryKind::Conversation, issue_pk, now)?;
    tx.insert_conversation(pk, &v)?;
    let entry = EntryRef { pk, customer_pk };
    let event = NewEvent {
        at: v.happened_at,
        staff: &v.staff,
        mood: v.mood,
        ..Default::default()
    };
    tx.insert_event(&entry, EventType::Conversation, &event)?;
    tx.reindex_entry(pk)?;
    tx.refresh_last_contact(customer_pk)?;
    if let Some(plan) = &input.follow_up {
        follow_ups::plan(tx, customer_pk, issue_pk, plan, &v.staff, now)?;
    }
    Ok(id)
}

/// Opens an issue (state open) at `now` in `tx`; returns its id.
pub(crate) fn add_issue(tx: &mut dyn Tx, input: &IssueInput, now: Millis) -> Result<String> {
    let v = valid_issue(input)?;
    let staff = staff_field("staff", &input.staff)?;
    let customer_pk = tx.customer_pk(&input.customer_id, Scope::Live)?;
    let (pk, id) = tx.new_entry(customer_pk, EntryKind::Issue, None, now)?;
    tx.insert_issue(pk, &v, now)?;
    let entry = EntryRef { pk, customer_pk };
    let event = NewEvent {
        at: now,
        staff: &staff,
        to: Some(IssueState::Open),
        mood: input.mood_at_start,
        ..Default::default()
    };
    tx.insert_event(&entry, EventType::IssueOpened, &event)?;
    tx.reindex_entry(pk)?;
    Ok(id)
}

/// Moves an issue to another state at `now` in `tx` (with its planned
/// check-in, if any).
pub(crate) fn move_issue_in(
    tx: &mut dyn Tx,
    id: &str,
    change: &IssueMove,
    now: Millis,
) -> Result<()> {
    let staff = staff_field("staff", &change.staff)?;
    let note = text(
        "note",
        &|| say("validate-label-the-note"),
        &change.note,
        MAX_STORY,
    )?;
    let entry = tx.entry_by_id(id, Some(EntryKind::Issue), false)?;
    let from = tx.issue_state(entry.pk)?;
    if !from.can_move_to(change.to) {
        return Err(Error::invalid(
            "to",
            say_with(
                "validate-issue-cannot-move",
                &args! { "from" => from.as_str(), "to" => change.to.as_str() },
            ),
        ));
    }
    let waiting_on = match change.to {
        IssueState::Waiting => {
            let on = change
                .waiting_on
                .ok_or_else(|| Error::invalid("waiting_on", say("validate-say-who-we-are")))?;
            if note.is_empty() {
                return Err(Error::invalid("note", say("validate-say-what-we-are")));
            }
            Some(on)
        }
        _ => None,
    };
    if change.to == IssueState::Resolved && note.is_empty() {
        return Err(Error::invalid("note", say("validate-say-what-we-did")));
    }
    tx.set_issue_state(entry.pk, change.to, waiting_on, now)?;
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
    tx.insert_event(&entry, EventType::IssueState, &event)?;
    if let Some(plan) = &change.check_in {
        follow_ups::plan(tx, entry.customer_pk, Some(entry.pk), plan, &staff, now)?;
    }
    Ok(())
}

/// Records a promise made at `now` in `tx`; returns its id.
pub(crate) fn add_promise(tx: &mut dyn Tx, input: &PromiseInput, now: Millis) -> Result<String> {
    let (what, by) = valid_promise(input)?;
    let due = date("due_at", input.due_at)?;
    let customer_pk = tx.customer_pk(&input.customer_id, Scope::Live)?;
    let issue_pk = issue_link(tx, input.issue_id.as_deref(), customer_pk, None)?;
    let (pk, id) = tx.new_entry(customer_pk, EntryKind::Promise, issue_pk, now)?;
    tx.insert_promise(pk, &what, due, &by, now)?;
    let entry = EntryRef { pk, customer_pk };
    let event = NewEvent {
        at: now,
        staff: &by,
        new_due: Some(due),
        ..Default::default()
    };
    tx.insert_event(&entry, EventType::PromiseMade, &event)?;
    Ok(id)
}

/// Settles an open promise at `now` in `tx`.
pub(crate) fn settle_promise_in(
    tx: &mut dyn Tx,
    id: &str,
    outcome: &PromiseOutcome,
    now: Millis,
) -> Result<()> {
    let entry = tx.entry_by_id(id, Some(EntryKind::Promise), false)?;
    let (state, due) = tx.promise_due(entry.pk)?;
    if state != PromiseState::Open {
        return Err(Error::invalid(
            "outcome",
            say_with(
                "validate-promise-already-marked",
                &args! { "state" => state.as_str() },
            ),
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
                    say("validate-say-what-happened-next"),
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
    let note = text("note", &|| say("validate-label-the-note"), note, MAX_STORY)?;
    tx.settle_promise(entry.pk, new_state, new_due.unwrap_or(due), now)?;
    let e = NewEvent {
        at: now,
        staff: &staff,
        note: &note,
        old_due: new_due.map(|_| due),
        new_due,
        ..Default::default()
    };
    tx.insert_event(&entry, event, &e)
}

impl Notebook {
    /// Logs a conversation on a live customer's timeline.
    pub fn log_conversation(&mut self, input: &ConversationInput) -> Result<Conversation> {
        let now = self.now();
        let mut tx = self.write()?;
        let id = add_conversation(&mut *tx, input, now)?;
        tx.commit()?;
        self.conversation(&id)
    }

    /// Logs many conversations in one transaction: all or none. For
    /// imports; a refused row's field is prefixed with its index (`3.summary`).
    pub fn log_conversations(&mut self, inputs: &[ConversationInput]) -> Result<usize> {
        let now = self.now();
        let mut tx = self.write()?;
        for (row, input) in inputs.iter().enumerate() {
            add_conversation(&mut *tx, input, now).map_err(|err| match err {
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
        let now = self.now();
        let v = valid_conversation(input, now)?;
        let mut tx = self.write()?;
        let entry = tx.entry_by_id(id, Some(EntryKind::Conversation), false)?;
        relink(&mut *tx, &entry, input.issue_id.as_deref(), now)?;
        tx.update_conversation(entry.pk, &v)?;
        tx.reindex_entry(entry.pk)?;
        tx.refresh_last_contact(entry.customer_pk)?;
        tx.commit()?;
        self.conversation(id)
    }

    /// A live conversation.
    pub fn conversation(&self, id: &str) -> Result<Conversation> {
        let mut tx = self.read()?;
        let entry = tx.entry_by_id(id, Some(EntryKind::Conversation), false)?;
        tx.conversation(entry.pk)
    }

    /// Opens an issue for a live customer, in state open.
    pub fn open_issue(&mut self, input: &IssueInput) -> Result<Issue> {
        let now = self.now();
        let mut tx = self.write()?;
        let id = add_issue(&mut *tx, input, now)?;
        tx.commit()?;
        self.issue(&id)
    }

    /// Edits an issue's text (title, own words, root cause, categories,
    /// handler, starting mood), as it was at `version`. Its state moves
    /// only through [`Self::move_issue`].
    pub fn update_issue(&mut self, id: &str, version: i64, input: &IssueInput) -> Result<Issue> {
        let v = valid_issue(input)?;
        let now = self.now();
        let mut tx = self.write()?;
        let entry = tx.entry_by_id(id, Some(EntryKind::Issue), false)?;
        versions::expect(&mut *tx, Versioned::Entry, "issue", entry.pk, version)?;
        tx.update_issue(entry.pk, &v, now)?;
        tx.reindex_entry(entry.pk)?;
        tx.commit()?;
        self.issue(id)
    }

    /// Moves an issue to another state, recording who, when and why.
    /// Refused moves (see [`IssueState::can_move_to`]) change nothing, as
    /// does one made to the issue as it was at an older `version`.
    pub fn move_issue(&mut self, id: &str, version: i64, change: &IssueMove) -> Result<Issue> {
        let now = self.now();
        let mut tx = self.write()?;
        let entry = tx.entry_by_id(id, Some(EntryKind::Issue), false)?;
        versions::expect(&mut *tx, Versioned::Entry, "issue", entry.pk, version)?;
        move_issue_in(&mut *tx, id, change, now)?;
        tx.commit()?;
        self.issue(id)
    }

    /// A live issue with its full history of states.
    pub fn issue(&self, id: &str) -> Result<Issue> {
        let mut tx = self.read()?;
        let entry = tx.entry_by_id(id, Some(EntryKind::Issue), false)?;
        tx.issue(entry.pk)
    }

    /// Records a promise to a live customer, optionally on one of their issues.
    pub fn make_promise(&mut self, input: &PromiseInput) -> Result<Promise> {
        let now = self.now();
        let mut tx = self.write()?;
        let id = add_promise(&mut *tx, input, now)?;
        tx.commit()?;
        self.promise(&id)
    }

    /// Edits what was promised, who promised it and its issue. A new date
    /// is a renegotiation ([`Self::settle_promise`]), so the old one is kept.
    /// Made to the promise as it was at `version`.
    pub fn update_promise(
        &mut self,
        id: &str,
        version: i64,
        input: &PromiseInput,
    ) -> Result<Promise> {
        let (what, by) = valid_promise(input)?;
        let now = self.now();
        let mut tx = self.write()?;
        let entry = tx.entry_by_id(id, Some(EntryKind::Promise), false)?;
        versions::expect(&mut *tx, Versioned::Entry, "promise", entry.pk, version)?;
        relink(&mut *tx, &entry, input.issue_id.as_deref(), now)?;
        tx.update_promise(entry.pk, &what, &by)?;
        tx.commit()?;
        self.promise(id)
    }

    /// Marks an open promise kept or broken, or gives it a new date, as it
    /// was at `version`.
    pub fn settle_promise(
        &mut self,
        id: &str,
        version: i64,
        outcome: &PromiseOutcome,
    ) -> Result<Promise> {
        let now = self.now();
        let mut tx = self.write()?;
        let entry = tx.entry_by_id(id, Some(EntryKind::Promise), false)?;
        versions::expect(&mut *tx, Versioned::Entry, "promise", entry.pk, version)?;
        settle_promise_in(&mut *tx, id, outcome, now)?;
        tx.commit()?;
        self.promise(id)
    }

    /// A live promise with its history; `overdue` against the clock.
    pub fn promise(&self, id: &str) -> Result<Promise> {
        let mut tx = self.read()?;
        let entry = tx.entry_by_id(id, Some(EntryKind::Promise), false)?;
        tx.promise(entry.pk, self.now())
    }

    /// Moves a conversation, issue or promise to Trash.
    pub fn trash_entry(&mut self, id: &str) -> Result<()> {
        let now = self.now();
        let mut tx = self.write()?;
        let entry = tx.entry_by_id(id, None, false)?;
        tx.trash_entry(entry.pk, now)?;
        tx.refresh_last_contact(entry.customer_pk)?;
        tx.commit()?;
        Ok(())
    }

    /// Brings a conversation, issue or promise back from Trash.
    pub fn restore_entry(&mut self, id: &str) -> Result<()> {
        let mut tx = self.write()?;
        let entry = tx.entry_by_id(id, None, true)?;
        tx.restore_entry(entry.pk)?;
        tx.reindex_entry(entry.pk)?;
        tx.refresh_last_contact(entry.customer_pk)?;
        tx.commit()?;
        Ok(())
    }

    /// Conversations, issues and promises in Trash, most recent first.
    pub fn trashed_entries(&self) -> Result<Vec<TrashedEntry>> {
        self.read()?.trashed_entries()
    }

    /// Categories used on earlier issues, most used first, for suggestions.
    pub fn issue_categories(&self) -> Result<Vec<String>> {
        self.read()?.category_suggestions()
    }
}
