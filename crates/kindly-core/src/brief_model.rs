//! The callback brief: everything to know in ten seconds before calling a
//! customer back, the caller lookup that leads to it, and logging the call
//! afterwards.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::follow_up_model::{FollowUp, TouchStatus};
use crate::history_model::{str_enum, Channel, ConversationInput, IssueState, Mood, WaitingOn};
use crate::model::{ContactChannel, Millis, Phone};
use crate::situation_model::CustomerSituation;

/// An active issue as the brief shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BriefIssue {
    pub id: String,
    pub title: String,
    /// In the customer's own words.
    pub own_words: String,
    pub state: IssueState,
    pub waiting_on: Option<WaitingOn>,
    #[ts(type = "number")]
    pub opened_at: Millis,
}

/// An open promise due by the end of the seventh day from today, or overdue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BriefPromise {
    pub id: String,
    pub what: String,
    pub promised_by: String,
    #[ts(type = "number")]
    pub due_at: Millis,
    pub overdue: bool,
}

/// One of the last conversations: how they seemed and who spoke to them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BriefContact {
    #[ts(type = "number")]
    pub at: Millis,
    pub channel: Channel,
    pub staff: String,
    pub mood: Option<Mood>,
    pub summary: String,
}

/// A birthday within the next two weeks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BriefBirthday {
    /// `YYYY-MM-DD` this year (28 February for 29 February outside leap years).
    pub date: String,
    /// Days from today (0 = today).
    pub in_days: u32,
    pub turns: Option<u32>,
}

/// Everything the brief shows, most important first. Empty parts are
/// empty lists, empty strings or `None`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Brief {
    pub customer_id: String,
    /// The name to use: the preferred name, else the full name.
    pub name: String,
    pub full_name: String,
    pub pronunciation: String,
    pub pronouns: String,
    pub company: String,
    /// "Please don't" notes.
    pub dont: Vec<String>,
    /// Open, in progress or waiting; oldest first.
    pub open_issues: Vec<BriefIssue>,
    /// Open promises overdue or due by the end of the seventh day from
    /// today, soonest first.
    pub promises: Vec<BriefPromise>,
    /// Follow-ups due by the end of today (overdue ones too), soonest first.
    pub follow_ups_due: Vec<FollowUp>,
    /// The last three times we were in touch (not internal notes or cards
    /// sent), newest first.
    pub recent: Vec<BriefContact>,
    pub preferences: Vec<String>,
    pub remember: Vec<String>,
    /// The profile's notes ("Anything else"), whole: the window shows
    /// the first lines and the rest on request.
    pub notes: String,
    pub best_time: String,
    pub contact_channel: ContactChannel,
    pub birthday_soon: Option<BriefBirthday>,
    pub looked_after_by: String,
    pub phones: Vec<Phone>,
    pub touch: Option<TouchStatus>,
    /// Open situations they are affected by, and whether they have been
    /// told the latest news.
    pub situations: Vec<CustomerSituation>,
}

/// How a caller's number matched a stored one, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PhoneMatch {
    /// The same number (E.164).
    Exact,
    /// The stored number ends with the digits given.
    Ending,
    /// The same national number, written with another prefix.
    National,
}

/// One customer a caller's number may belong to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CallerMatch {
    pub customer_id: String,
    pub name: String,
    pub full_name: String,
    pub company: String,
    /// The stored number that matched, as it was typed.
    pub phone: String,
    pub phone_label: String,
    pub matched_by: PhoneMatch,
    /// Their last conversation, which breaks ties.
    #[ts(type = "number | null")]
    pub last_contact_at: Option<Millis>,
}

/// Who a number may be.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CallerLookup {
    /// The number as given, trimmed, without invisible characters, digits
    /// of any script as ASCII digits.
    pub number: String,
    /// Best first; empty when nobody has this number.
    pub matches: Vec<CallerMatch>,
}

str_enum! {
    /// How a call went.
    CallOutcome { Spoke = "spoke", LeftMessage = "left_message", NoAnswer = "no_answer" }
}

/// Everything "after the call" saves in one step: the call (with its
/// outcome, mood, summary and an optional next follow-up) and the due
/// follow-ups it dealt with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AfterCall {
    pub call: ConversationInput,
    pub outcome: CallOutcome,
    /// Follow-ups of this customer to mark done by the caller.
    pub done_follow_up_ids: Vec<String>,
}
