//! The types of a customer's story: conversations, issues (complaints,
//! problems, requests) with their states, promises, staff, and the
//! timeline and page that show them.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::rules::follow_up_model::{FollowUp, FollowUpAction, FollowUpPlan, TouchStatus};
use crate::rules::model::{Customer, Millis};
use crate::rules::situation_model::CustomerSituation;

use crate::rules::kinds::CallOutcome;
pub use crate::rules::kinds::{
    Channel, EntryKind, EventType, IssueState, Mood, PromiseState, WaitingOn,
};

/// A conversation as the "log" form sends it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ConversationInput {
    /// The customer it was with (live, not in Trash).
    pub customer_id: String,
    /// How it happened.
    pub channel: Channel,
    /// When it happened; `None` means now.
    #[ts(type = "number | null")]
    pub happened_at: Option<Millis>,
    /// Who at our end.
    pub staff: String,
    /// What was said; required.
    pub summary: String,
    /// How the customer seemed, if noticed.
    pub mood: Option<Mood>,
    /// The issue it belongs to, if any.
    pub issue_id: Option<String>,
    /// A follow-up to create with it (e.g. "write the card").
    #[serde(default)]
    #[ts(optional)]
    pub follow_up: Option<FollowUpPlan>,
}

/// A stored conversation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Conversation {
    /// UUID v7 of the entry.
    pub id: String,
    /// The customer it was with.
    pub customer_id: String,
    /// How it happened.
    pub channel: Channel,
    /// When it happened.
    #[ts(type = "number")]
    pub happened_at: Millis,
    /// Who at our end.
    pub staff: String,
    /// What was said.
    pub summary: String,
    /// How the customer seemed, if noted.
    pub mood: Option<Mood>,
    /// The issue it belongs to, if any.
    pub issue_id: Option<String>,
    /// How the call went, when logged after a call.
    pub outcome: Option<CallOutcome>,
}

/// A new issue, or the editable text of an existing one.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct IssueInput {
    /// The customer who raised it (live, not in Trash).
    pub customer_id: String,
    /// A short title; required.
    pub title: String,
    /// The problem in the customer's own words, as repeated back to them.
    pub own_words: String,
    /// What is really behind it, when known.
    pub root_cause: String,
    /// Kinds of issue ("delivery"), compared folded; repeated ones show as patterns.
    pub categories: Vec<String>,
    /// Who is handling it.
    pub handler: String,
    /// How upset the customer was at the start.
    pub mood_at_start: Option<Mood>,
    /// Who opened it (for the history).
    pub staff: String,
}

/// A request to move an issue to another state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct IssueMove {
    /// The state to move to; [`IssueState::can_move_to`] must allow it.
    pub to: IssueState,
    /// Who is moving it (named in the history).
    pub staff: String,
    /// What for (waiting), what we did (resolved), or why (reopened).
    pub note: String,
    /// Required when moving to waiting.
    pub waiting_on: Option<WaitingOn>,
    /// How the customer felt at the end (when resolving).
    pub mood: Option<Mood>,
    /// A check-in to schedule with the move (offered when resolving).
    #[serde(default)]
    #[ts(optional)]
    pub check_in: Option<FollowUpPlan>,
}

/// One change of an issue's state, as it happened. Never edited.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct IssueEvent {
    /// When it happened.
    #[ts(type = "number")]
    pub at: Millis,
    /// Who made the change.
    pub staff: String,
    /// The state before; `None` for the opening.
    pub from: Option<IssueState>,
    /// The state after.
    pub to: IssueState,
    /// The move's note; may be empty.
    pub note: String,
    /// Who it waits on, when moved to waiting.
    pub waiting_on: Option<WaitingOn>,
    /// How the customer felt, when noted with the move.
    pub mood: Option<Mood>,
}

/// A stored issue with its whole history of states, oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Issue {
    /// UUID v7 of the entry.
    pub id: String,
    /// The customer who raised it.
    pub customer_id: String,
    /// The issue's short title, required and one line.
    pub title: String,
    /// The problem in the customer's own words.
    pub own_words: String,
    /// What is really behind it, when known.
    pub root_cause: String,
    /// Its kinds of issue.
    pub categories: Vec<String>,
    /// Who is handling it.
    pub handler: String,
    /// How upset the customer was at the start.
    pub mood_at_start: Option<Mood>,
    /// Where it stands now (the `to` of the last history event).
    pub state: IssueState,
    /// Who it waits on; set only while waiting.
    pub waiting_on: Option<WaitingOn>,
    /// When it was opened.
    #[ts(type = "number")]
    pub opened_at: Millis,
    /// Every state change, oldest first, the opening included.
    pub history: Vec<IssueEvent>,
    /// Its version: one more with every saved change, by anyone. A change
    /// names the version it started from and is refused ([`crate::Error::Conflict`])
    /// when another was saved in between.
    #[ts(type = "number")]
    pub version: i64,
}

/// A new promise.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PromiseInput {
    /// The customer it is made to (live, not in Trash).
    pub customer_id: String,
    /// The issue it belongs to, if any (same customer).
    pub issue_id: Option<String>,
    /// What we promised ("refund by Friday").
    pub what: String,
    /// By when.
    #[ts(type = "number")]
    pub due_at: Millis,
    /// Who made it.
    pub promised_by: String,
}

/// What happened to a promise after it was made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum PromiseOutcome {
    /// Done as promised.
    Kept {
        /// Who recorded it.
        staff: String,
        /// What happened; may be empty.
        note: String,
    },
    /// Not done, and no longer to be.
    Broken {
        /// Who recorded it.
        staff: String,
        /// What happened; may be empty.
        note: String,
    },
    /// Agreed with the customer for a new due time; the promise stays open.
    Renegotiated {
        /// Who recorded it.
        staff: String,
        /// What happened; may be empty.
        note: String,
        /// The new due time.
        #[ts(type = "number")]
        new_due_at: Millis,
    },
}

/// One event in a promise's life. Never edited.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PromiseEvent {
    /// When it happened.
    #[ts(type = "number")]
    pub at: Millis,
    /// Made, kept, broken or renegotiated.
    pub event: EventType,
    /// Who recorded it.
    pub staff: String,
    /// Its note; may be empty.
    pub note: String,
    /// The due time before a renegotiation.
    #[ts(type = "number | null")]
    pub old_due_at: Option<Millis>,
    /// The due time after a renegotiation.
    #[ts(type = "number | null")]
    pub new_due_at: Option<Millis>,
}

/// A stored promise. `overdue` is computed against the notebook's clock.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Promise {
    /// UUID v7 of the entry.
    pub id: String,
    /// The customer it was made to.
    pub customer_id: String,
    /// The issue it belongs to, if any.
    pub issue_id: Option<String>,
    /// What was promised.
    pub what: String,
    /// When it is due (the latest agreed).
    #[ts(type = "number")]
    pub due_at: Millis,
    /// Who made it.
    pub promised_by: String,
    /// Open, kept or broken.
    pub state: PromiseState,
    /// When it was made.
    #[ts(type = "number")]
    pub made_at: Millis,
    /// Open and past its due time.
    pub overdue: bool,
    /// Every event of its life, oldest first.
    pub history: Vec<PromiseEvent>,
    /// Its version: one more with every saved change, by anyone. A change
    /// names the version it started from and is refused ([`crate::Error::Conflict`])
    /// when another was saved in between.
    #[ts(type = "number")]
    pub version: i64,
}

/// One row of a customer's timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TimelineItem {
    /// Unique and increasing with insertion; the paging cursor's tie-break.
    #[ts(type = "number")]
    pub seq: i64,
    /// When it happened; rows are newest first by `(at, seq)`.
    #[ts(type = "number")]
    pub at: Millis,
    /// What the row records.
    pub event: EventType,
    /// The kind of the entry it is about.
    pub entry_kind: EntryKind,
    /// The conversation, issue or promise this row is about.
    pub entry_id: String,
    /// The conversation's summary, the issue's title, or what was promised.
    pub title: String,
    /// How a conversation happened.
    pub channel: Option<Channel>,
    /// Who at our end.
    pub staff: String,
    /// How the customer seemed, when noted.
    pub mood: Option<Mood>,
    /// An issue's state before the move.
    pub from_state: Option<IssueState>,
    /// An issue's state after the move (or at opening).
    pub to_state: Option<IssueState>,
    /// Who an issue waits on, when moved to waiting.
    pub waiting_on: Option<WaitingOn>,
    /// The event's note; may be empty.
    pub note: String,
    /// A promise's due time before a renegotiation.
    #[ts(type = "number | null")]
    pub old_due_at: Option<Millis>,
    /// A promise's due time after a renegotiation (or when made).
    #[ts(type = "number | null")]
    pub new_due_at: Option<Millis>,
    /// The issue a conversation or promise belongs to.
    pub issue_id: Option<String>,
    /// What a follow-up row asked for.
    pub action: Option<FollowUpAction>,
    /// How a call went.
    pub outcome: Option<CallOutcome>,
}

/// Where the next timeline page starts (exclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TimelineCursor {
    /// The `at` of the last row shown.
    #[ts(type = "number")]
    pub at: Millis,
    /// The `seq` of the last row shown.
    #[ts(type = "number")]
    pub seq: i64,
}

/// One page of a timeline, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TimelinePage {
    /// Newest first, at most the page size asked for.
    pub items: Vec<TimelineItem>,
    /// `None` on the last page.
    pub next: Option<TimelineCursor>,
}

/// A kind of issue that has come up more than once for this customer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Pattern {
    /// The category as written (categories that differ only in case or accents count as one).
    pub category: String,
    /// How many issues (including the latest) carry this category.
    pub count: u32,
    /// When the first of them was opened.
    #[ts(type = "number")]
    pub since: Millis,
}

/// The last conversation with the customer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LastContact {
    /// Who at our end.
    pub staff: String,
    /// When it happened.
    #[ts(type = "number")]
    pub at: Millis,
    /// How it happened.
    pub channel: Channel,
}

/// Everything a customer's page shows, in one call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CustomerPage {
    /// Their profile as stored now.
    pub customer: Customer,
    /// One of the invented sample customers.
    pub sample: bool,
    /// Open, in progress or waiting; oldest first.
    pub open_issues: Vec<Issue>,
    /// Open promises, soonest due first.
    pub open_promises: Vec<Promise>,
    /// The first page of their timeline.
    pub timeline: TimelinePage,
    /// Categories of issue that came up more than once.
    pub patterns: Vec<Pattern>,
    /// Their last conversation, if any.
    pub last_contact: Option<LastContact>,
    /// Follow-ups still to do, soonest due first.
    pub follow_ups: Vec<FollowUp>,
    /// Where the stay-in-touch rhythm stands, when one is set.
    pub touch: Option<TouchStatus>,
    /// Situations they are affected by, open ones first.
    pub situations: Vec<CustomerSituation>,
}

/// A person who works here.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct StaffMember {
    /// The staff member's id.
    pub id: String,
    /// Their name, as entries name who did what.
    pub name: String,
    /// Up to four characters for their badge; the first letters of the name unless given.
    pub initials: String,
}

/// The staff list and who is at the desk on this computer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct StaffRoster {
    /// Everyone on the staff list (not removed), by name.
    pub staff: Vec<StaffMember>,
    /// The id of the person at the desk, if chosen. On a team notebook, the
    /// staff-list entry with the signed-in person's name, if there is one.
    pub at_desk: Option<String>,
    /// On a team notebook, the signed-in person's name: they are at the
    /// desk, whatever the staff list says, and nobody else can be chosen.
    /// `None` on a notebook kept on this computer.
    pub signed_in: Option<String>,
}

/// A conversation, issue or promise in Trash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TrashedEntry {
    /// The entry's id, to restore it.
    pub id: String,
    /// A conversation, issue or promise.
    pub kind: EntryKind,
    /// The conversation's summary, the issue's title, or what was promised.
    pub title: String,
    /// The customer it belongs to.
    pub customer_id: String,
    /// The name to greet them by.
    pub customer_name: String,
    /// When it was moved to Trash.
    #[ts(type = "number")]
    pub deleted_at: Millis,
}
