//! The small closed sets a customer's story is written in: channels,
//! moods, issue states, what a timeline row records, how a call went. Each
//! is stored and serialised as its snake_case text (`str_enum!`).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

macro_rules! str_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

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
        /// They called us.
        CallIn = "call_in",
        /// We called them.
        CallOut = "call_out",
        /// They came in, or we went to them.
        Visit = "visit",
        /// An email, either way.
        Email = "email",
        /// A text or chat message, either way.
        Message = "message",
        /// We sent them a card (not a conversation with them).
        CardSent = "card_sent",
        /// An internal note, not a contact with the customer.
        Note = "note",
    }
}

str_enum! {
    /// How the customer seemed.
    Mood {
        /// Angry or distressed: the worst; a situation counts these.
        Upset = "upset",
        /// Anxious about something.
        Worried = "worried",
        /// Nothing notable.
        Neutral = "neutral",
        /// Happy with us.
        Pleased = "pleased",
        /// Very happy with us.
        Delighted = "delighted",
    }
}

str_enum! {
    /// Where an issue stands. Allowed moves are in [`IssueState::can_move_to`].
    IssueState {
        /// Raised, nobody working on it yet.
        Open = "open",
        /// Someone is working on it.
        InProgress = "in_progress",
        /// Waiting on the customer or on us ([`WaitingOn`]).
        Waiting = "waiting",
        /// Dealt with; can still be closed or reopened.
        Resolved = "resolved",
        /// Finished; can only be reopened.
        Closed = "closed",
    }
}

str_enum! {
    /// Who an issue in [`IssueState::Waiting`] is waiting on.
    WaitingOn {
        /// The customer has to do or send something.
        Customer = "customer",
        /// We (or a supplier of ours) have to act.
        Us = "us",
    }
}

str_enum! {
    /// Where a promise stands.
    PromiseState {
        /// Not settled yet (a renegotiated promise stays open with a new due time).
        Open = "open",
        /// Done as promised.
        Kept = "kept",
        /// Not done, and no longer to be.
        Broken = "broken",
    }
}

str_enum! {
    /// The three kinds of thing on a timeline; also the timeline filter.
    EntryKind {
        /// A conversation (or note, or card sent).
        Conversation = "conversation",
        /// An issue: a complaint, problem or request.
        Issue = "issue",
        /// A promise made to the customer.
        Promise = "promise",
        /// A follow-up someone is to do.
        FollowUp = "follow_up",
    }
}

str_enum! {
    /// What one timeline row records.
    EventType {
        /// A conversation was logged.
        Conversation = "conversation",
        /// An issue was opened.
        IssueOpened = "issue_opened",
        /// An issue moved to another state.
        IssueState = "issue_state",
        /// A promise was made.
        PromiseMade = "promise_made",
        /// A promise was kept.
        PromiseKept = "promise_kept",
        /// A promise was broken.
        PromiseBroken = "promise_broken",
        /// A promise got a new due time.
        PromiseRenegotiated = "promise_renegotiated",
        /// An occurrence of a follow-up was done.
        FollowUpDone = "follow_up_done",
        /// An occurrence of a follow-up was skipped.
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

str_enum! {
    /// How a call went.
    CallOutcome {
        /// We spoke to them.
        Spoke = "spoke",
        /// We left a message.
        LeftMessage = "left_message",
        /// Nobody answered.
        NoAnswer = "no_answer",
    }
}
