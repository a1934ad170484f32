//! The store's operations for a customer's story: conversations, issues and promises (the entries table and its histories), and the timeline.

use uuid::Uuid;

use crate::error::{Error, Result};
use crate::rules::follow_up_model::FollowUp;
use crate::rules::history_model::{
    Channel, Conversation, EntryKind, EventType, Issue, IssueState, LastContact, Mood, Pattern,
    Promise, PromiseState, TimelineCursor, TimelineItem, TrashedEntry, WaitingOn,
};
use crate::rules::model::Millis;

/// An entry's primary key and its customer's.
pub(crate) struct EntryRef {
    pub pk: i64,
    pub customer_pk: i64,
}

/// An entry found by its id: which one, what kind, and whether it is in Trash.
pub(crate) struct FoundEntry {
    pub entry: EntryRef,
    pub kind: EntryKind,
    pub trashed: bool,
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

/// A conversation's own columns, checked by the use case.
pub(crate) struct ConversationText {
    pub channel: Channel,
    pub happened_at: Millis,
    pub staff: String,
    pub summary: String,
    pub mood: Option<Mood>,
}

/// One category of an issue as written: its words and what makes two
/// categories the same (`category_key`).
pub(crate) struct Category {
    pub name: String,
    pub key: String,
}

/// An issue's own words, checked by the use case (its state moves apart).
pub(crate) struct IssueText {
    pub title: String,
    pub own_words: String,
    pub root_cause: String,
    /// In the order shown, without duplicates.
    pub categories: Vec<Category>,
    pub handler: String,
    pub mood_at_start: Option<Mood>,
}

/// Operations for a customer's story: conversations, issues and promises (the entries table and its histories), and the timeline. Implemented by every store.
pub(crate) trait HistoryRows {
    /// The entry `id`, of `kind` when given, live or (with `trashed`) in
    /// Trash; [`Error::NotFound`] otherwise, including for text that is not
    /// an id at all.
    fn entry_by_id(
        &mut self,
        id: &str,
        kind: Option<EntryKind>,
        trashed: bool,
    ) -> Result<EntryRef> {
        let not_found = || Error::NotFound { id: id.to_owned() };
        if Uuid::parse_str(id).is_err() {
            return Err(not_found());
        }
        match self.find_entry(id)? {
            Some(found)
                if found.trashed == trashed && kind.is_none_or(|want| want == found.kind) =>
            {
                Ok(found.entry)
            }
            _ => Err(not_found()),
        }
    }

    /// Writes a new live entry of `kind` with a fresh id, changed at
    /// `now`; returns its pk and id.
    fn new_entry(
        &mut self,
        customer_pk: i64,
        kind: EntryKind,
        issue_pk: Option<i64>,
        now: Millis,
    ) -> Result<(i64, String)> {
        let id = Uuid::now_v7().to_string();
        let pk = self.insert_entry(&id, customer_pk, kind, issue_pk, now)?;
        Ok((pk, id))
    }

    /// The entry `id` of any kind, live or in Trash; `None` when no entry
    /// has that id (or its kind is not one this version knows).
    fn find_entry(&mut self, id: &str) -> Result<Option<FoundEntry>>;
    /// Writes a new live entry with id `id`, changed at `now`; returns its pk.
    fn insert_entry(
        &mut self,
        id: &str,
        customer_pk: i64,
        kind: EntryKind,
        issue_pk: Option<i64>,
        now: Millis,
    ) -> Result<i64>;
    /// The issue (pk) entry `entry_pk` belongs to, if any, even one in Trash.
    fn issue_link_of(&mut self, entry_pk: i64) -> Result<Option<i64>>;
    /// Points entry `entry_pk` at `issue_pk` (or at no issue), changed at `now`.
    fn set_issue_link(&mut self, entry_pk: i64, issue_pk: Option<i64>, now: Millis) -> Result<()>;
    /// Moves entry `entry_pk` to Trash at `now` and drops its search words.
    fn trash_entry(&mut self, entry_pk: i64, now: Millis) -> Result<()>;
    /// Brings entry `entry_pk` back from Trash (its search words are
    /// rebuilt by [`HistoryRows::reindex_entry`]).
    fn restore_entry(&mut self, entry_pk: i64) -> Result<()>;
    /// Adds one row to `entry`'s history and its customer's timeline.
    fn insert_event(&mut self, entry: &EntryRef, event: EventType, e: &NewEvent<'_>) -> Result<()>;
    /// Rebuilds the search words of entry `pk`: a live conversation or issue
    /// is found by its words; promises and entries in Trash are not.
    fn reindex_entry(&mut self, pk: i64) -> Result<()>;
    /// Conversations, issues, promises and follow-ups in Trash, most
    /// recently trashed first.
    fn trashed_entries(&mut self) -> Result<Vec<TrashedEntry>>;

    /// Writes the conversation of the new entry `entry_pk`.
    fn insert_conversation(&mut self, entry_pk: i64, c: &ConversationText) -> Result<()>;
    /// Rewrites conversation `entry_pk`; its one timeline event moves with
    /// it (time, who, mood).
    fn update_conversation(&mut self, entry_pk: i64, c: &ConversationText) -> Result<()>;
    /// Conversation `entry_pk` (live or not); a storage "no rows" error
    /// when there is none.
    fn conversation(&mut self, entry_pk: i64) -> Result<Conversation>;

    /// Writes the issue of the new entry `entry_pk`, open since `now`, with
    /// its categories.
    fn insert_issue(&mut self, entry_pk: i64, issue: &IssueText, now: Millis) -> Result<()>;
    /// Rewrites the words and categories of issue `entry_pk`, changed at `now`.
    fn update_issue(&mut self, entry_pk: i64, issue: &IssueText, now: Millis) -> Result<()>;
    /// The state issue `entry_pk` is in.
    fn issue_state(&mut self, entry_pk: i64) -> Result<IssueState>;
    /// Moves issue `entry_pk` to `to` (waiting on `waiting_on`), changed at `now`.
    fn set_issue_state(
        &mut self,
        entry_pk: i64,
        to: IssueState,
        waiting_on: Option<WaitingOn>,
        now: Millis,
    ) -> Result<()>;
    /// Issue `entry_pk` with its categories and history; a storage "no
    /// rows" error when there is none.
    fn issue(&mut self, entry_pk: i64) -> Result<Issue>;
    /// Issues `pks` in the order given, each with its categories and
    /// history, in a fixed number of statements whatever their number.
    fn issues(&mut self, pks: &[i64]) -> Result<Vec<Issue>>;
    /// The live issues of customer `customer_pk` not yet resolved or
    /// closed, oldest first, each with its categories and history.
    fn open_issues_of(&mut self, customer_pk: i64) -> Result<Vec<Issue>>;
    /// Categories used on earlier issues, most used first (50 at most),
    /// for suggestions.
    fn category_suggestions(&mut self) -> Result<Vec<String>>;

    /// Writes the promise of the new entry `entry_pk`, open, made at `now`.
    fn insert_promise(
        &mut self,
        entry_pk: i64,
        what: &str,
        due_at: Millis,
        promised_by: &str,
        now: Millis,
    ) -> Result<()>;
    /// Rewrites what promise `entry_pk` says and who made it.
    fn update_promise(&mut self, entry_pk: i64, what: &str, promised_by: &str) -> Result<()>;
    /// The state of promise `entry_pk` and when it is due.
    fn promise_due(&mut self, entry_pk: i64) -> Result<(PromiseState, Millis)>;
    /// Settles promise `entry_pk` in `state`, due at `due_at`, changed at `now`.
    fn settle_promise(
        &mut self,
        entry_pk: i64,
        state: PromiseState,
        due_at: Millis,
        now: Millis,
    ) -> Result<()>;
    /// Promise `entry_pk` with its history, `overdue` against `now`; a
    /// storage "no rows" error when there is none.
    fn promise(&mut self, entry_pk: i64, now: Millis) -> Result<Promise>;
    /// Promises `pks` in the order given, each with its history, in a fixed
    /// number of statements whatever their number; `overdue` against `now`.
    fn promises(&mut self, pks: &[i64], now: Millis) -> Result<Vec<Promise>>;
    /// The live open promises of customer `customer_pk`, soonest due first,
    /// each with its history; `overdue` against `now`.
    fn open_promises_of(&mut self, customer_pk: i64, now: Millis) -> Result<Vec<Promise>>;

    /// Up to `limit` events of customer `customer_pk`'s timeline, newest
    /// first, strictly before `before`, of live entries of `kinds` (empty:
    /// all kinds).
    fn timeline(
        &mut self,
        customer_pk: i64,
        kinds: &[EntryKind],
        before: Option<TimelineCursor>,
        limit: u32,
    ) -> Result<Vec<TimelineItem>>;
    /// Categories that came back on two or more of the customer's live
    /// issues, most frequent first.
    fn patterns_of(&mut self, customer_pk: i64) -> Result<Vec<Pattern>>;
    /// Who last spoke to the customer, when and how (notes and cards sent
    /// are not contact).
    fn last_contact_of(&mut self, customer_pk: i64) -> Result<Option<LastContact>>;
    /// Whether customer `customer_pk` came with the sample notebook.
    fn is_sample_customer(&mut self, customer_pk: i64) -> Result<bool>;
    /// The customer's live follow-ups that still have a date, soonest first.
    fn dated_follow_ups_of(&mut self, customer_pk: i64) -> Result<Vec<FollowUp>>;
}
