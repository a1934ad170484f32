//! The types of a customer's story: conversations, issues (complaints,
//! problems, requests) with their states, promises, staff, and the
//! timeline and page that show them.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::brief_model::CallOutcome;
use crate::follow_up_model::{FollowUp, FollowUpAction, FollowUpPlan, TouchStatus};
use crate::model::{Customer, Millis};
use crate::situation_model::CustomerSituation;

macro_rules! str_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            /// The stored (and serialised) form.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// Parses the stored form.
            pub fn parse(s: &str) -> Option<Self> {
                match s { $($text => Some($name::$variant),)+ _ => None }
            }
        }
    };
}
/// Shared with the other model modules.
pub(crate) use str_enum;

str_enum! {
    /// How a conversation happened.
    Channel {
        CallIn = "call_in",
        CallOut = "call_out",
        Visit = "visit",
        Email = "email",
        Message = "message",
        CardSent = "card_sent",
        Note = "note",
    }
}

str_enum! {
    /// How the customer seemed.
    Mood { Upset = "upset", Worried = "worried", Neutral = "neutral", Pleased = "pleased", Delighted = "delighted" }
}

str_enum! {
    /// Where an issue stands. Allowed moves are in [`IssueState::can_move_to`].
    IssueState { Open = "open", InProgress = "in_progress", Waiting = "waiting", Resolved = "resolved", Closed = "closed" }
}

str_enum! {
    /// Who an issue in [`IssueState::Waiting`] is waiting on.
    WaitingOn { Customer = "customer", Us = "us" }
}

str_enum! {
    /// Where a promise stands.
    PromiseState { Open = "open", Kept = "kept", Broken = "broken" }
}

str_enum! {
    /// The three kinds of thing on a timeline; also the timeline filter.
    EntryKind { Conversation = "conversation", Issue = "issue", Promise = "promise", FollowUp = "follow_up" }
}

str_enum! {
    /// What one timeline row records.
    EventType {
        Conversation = "conversation",
        IssueOpened = "issue_opened",
        IssueState = "issue_state",
        PromiseMade = "promise_made",
        PromiseKept = "promise_kept",
        PromiseBroken = "promise_broken",
        PromiseRenegotiated = "promise_renegotiated",
        FollowUpDone = "follow_up_done",
        FollowUpSkipped = "follow_up_skipped",
    }
}

impl IssueState {
    /// The moves staff may make. Resolved and closed issues can be reopened.
    pub fn can_move_to(self, to: IssueState) -> bool {
        use IssueState::*;
        matches!(
            (self, to),
            (Open, InProgress | Waiting | Resolved)
                | (InProgress, Waiting | Resolved)
                | (Waiting, InProgress | Resolved)
                | (Resolved, Closed | Open)
                | (Closed, Open)
        )
    }

    /// Open, in progress or waiting: still needs us.
    pub fn is_active(self) -> bool {
        matches!(
            self,
            IssueState::Open | IssueState::InProgress | IssueState::Waiting
        )
    }
}

/// A conversation as the "log" form sends it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ConversationInput {
    pub customer_id: String,
    pub channel: Channel,
    /// When it happened; `None` means now.
    #[ts(type = "number | null")]
    pub happened_at: Option<Millis>,
    /// Who at our end.
    pub staff: String,
    pub summary: String,
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
    pub id: String,
    pub customer_id: String,
    pub channel: Channel,
    #[ts(type = "number")]
    pub happened_at: Millis,
    pub staff: String,
    pub summary: String,
    pub mood: Option<Mood>,
    pub issue_id: Option<String>,
    /// How the call went, when logged after a call.
    pub outcome: Option<CallOutcome>,
}

/// A new issue, or the editable text of an existing one.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct IssueInput {
    pub customer_id: String,
    pub title: String,
    /// The problem in the customer's own words, as repeated back to them.
    pub own_words: String,
    /// What is really behind it, when known.
    pub root_cause: String,
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
    pub to: IssueState,
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
    #[ts(type = "number")]
    pub at: Millis,
    pub staff: String,
    pub from: Option<IssueState>,
    pub to: IssueState,
    pub note: String,
    pub waiting_on: Option<WaitingOn>,
    pub mood: Option<Mood>,
}

/// A stored issue with its whole history of states, oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Issue {
    pub id: String,
    pub customer_id: String,
    pub title: String,
    pub own_words: String,
    pub root_cause: String,
    pub categories: Vec<String>,
    pub handler: String,
    pub mood_at_start: Option<Mood>,
    pub state: IssueState,
    pub waiting_on: Option<WaitingOn>,
    #[ts(type = "number")]
    pub opened_at: Millis,
    pub history: Vec<IssueEvent>,
}

/// A new promise.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PromiseInput {
    pub customer_id: String,
    pub issue_id: Option<String>,
    /// What we promised ("refund by Friday").
    pub what: String,
    /// By when.
    #[ts(type = "number")]
    pub due_at: Millis,
    pub promised_by: String,
}

/// What happened to a promise after it was made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum PromiseOutcome {
    Kept {
        staff: String,
        note: String,
    },
    Broken {
        staff: String,
        note: String,
    },
    Renegotiated {
        staff: String,
        note: String,
        #[ts(type = "number")]
        new_due_at: Millis,
    },
}

/// One event in a promise's life. Never edited.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PromiseEvent {
    #[ts(type = "number")]
    pub at: Millis,
    pub event: EventType,
    pub staff: String,
    pub note: String,
    #[ts(type = "number | null")]
    pub old_due_at: Option<Millis>,
    #[ts(type = "number | null")]
    pub new_due_at: Option<Millis>,
}

/// A stored promise. `overdue` is computed against the notebook's clock.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Promise {
    pub id: String,
    pub customer_id: String,
    pub issue_id: Option<String>,
    pub what: String,
    #[ts(type = "number")]
    pub due_at: Millis,
    pub promised_by: String,
    pub state: PromiseState,
    #[ts(type = "number")]
    pub made_at: Millis,
    /// Open and past its due time.
    pub overdue: bool,
    pub history: Vec<PromiseEvent>,
}

/// One row of a customer's timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TimelineItem {
    /// Unique and increasing with insertion; the paging cursor's tie-break.
    #[ts(type = "number")]
    pub seq: i64,
    #[ts(type = "number")]
    pub at: Millis,
    pub event: EventType,
    pub entry_kind: EntryKind,
    /// The conversation, issue or promise this row is about.
    pub entry_id: String,
    /// The conversation's summary, the issue's title, or what was promised.
    pub title: String,
    pub channel: Option<Channel>,
    pub staff: String,
    pub mood: Option<Mood>,
    pub from_state: Option<IssueState>,
    pub to_state: Option<IssueState>,
    pub waiting_on: Option<WaitingOn>,
    pub note: String,
    #[ts(type = "number | null")]
    pub old_due_at: Option<Millis>,
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
    #[ts(type = "number")]
    pub at: Millis,
    #[ts(type = "number")]
    pub seq: i64,
}

/// One page of a timeline, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TimelinePage {
    pub items: Vec<TimelineItem>,
    /// `None` on the last page.
    pub next: Option<TimelineCursor>,
}

/// A kind of issue that has come up more than once for this customer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Pattern {
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
    pub staff: String,
    #[ts(type = "number")]
    pub at: Millis,
    pub channel: Channel,
}

/// Everything a customer's page shows, in one call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CustomerPage {
    pub customer: Customer,
    /// One of the invented sample customers.
    pub sample: bool,
    /// Open, in progress or waiting; oldest first.
    pub open_issues: Vec<Issue>,
    /// Open promises, soonest due first.
    pub open_promises: Vec<Promise>,
    pub timeline: TimelinePage,
    pub patterns: Vec<Pattern>,
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
    pub id: String,
    pub name: String,
    pub initials: String,
}

/// The staff list and who is at the desk on this computer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct StaffRoster {
    pub staff: Vec<StaffMember>,
    /// The id of the person at the desk, if chosen.
    pub at_desk: Option<String>,
}

/// A conversation, issue or promise in Trash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TrashedEntry {
    pub id: String,
    pub kind: EntryKind,
    pub title: String,
    pub customer_id: String,
    pub customer_name: String,
    #[ts(type = "number")]
    pub deleted_at: Millis,
}
