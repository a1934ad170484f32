//! The callback brief: everything to know in ten seconds before calling a
//! customer back, the caller lookup that leads to it, and logging the call
//! afterwards.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::rules::follow_up_model::{FollowUp, TouchStatus};
use crate::rules::history_model::{Channel, ConversationInput, IssueState, Mood, WaitingOn};
pub use crate::rules::kinds::CallOutcome;
use crate::rules::model::{ContactChannel, Millis, Phone};
use crate::rules::situation_model::CustomerSituation;

/// An active issue as the brief shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BriefIssue {
    /// The issue's id, to open it.
    pub id: String,
    /// The issue's short title, as on its card.
    pub title: String,
    /// In the customer's own words.
    pub own_words: String,
    /// Open, in progress or waiting (the brief shows only active issues).
    pub state: IssueState,
    /// Who it waits on, when waiting.
    pub waiting_on: Option<WaitingOn>,
    /// When it was opened.
    #[ts(type = "number")]
    pub opened_at: Millis,
}

/// An open promise due by the end of the seventh day from today, or overdue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BriefPromise {
    /// The promise's id, to settle it from the brief.
    pub id: String,
    /// What was promised.
    pub what: String,
    /// Who made the promise.
    pub promised_by: String,
    /// When it is due.
    #[ts(type = "number")]
    pub due_at: Millis,
    /// Past its due time.
    pub overdue: bool,
}

/// One of the last conversations: how they seemed and who spoke to them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BriefContact {
    /// When it happened.
    #[ts(type = "number")]
    pub at: Millis,
    /// How it happened (never an internal note or a card sent).
    pub channel: Channel,
    /// Who at our end.
    pub staff: String,
    /// How they seemed, if noted.
    pub mood: Option<Mood>,
    /// What was said.
    pub summary: String,
}

/// A birthday within the next two weeks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BriefBirthday {
    /// `YYYY-MM-DD` this year (28 February for 29 February outside leap years).
    pub date: String,
    /// Days from today (0 = today).
    pub in_days: u32,
    /// The age they turn, when the year is known.
    pub turns: Option<u32>,
}

/// A change to their profile saved since we last spoke to them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BriefChange {
    /// Who saved it, as the team knows them; empty when nobody was at the
    /// desk.
    pub changed_by: String,
    /// When it was saved.
    #[ts(type = "number")]
    pub at: Millis,
    /// The field's stable key, as in the change history.
    pub field: String,
    /// What it did, in words to follow the person's name: "added a
    /// please-don't: no calls before 10".
    pub words: String,
}

/// What changed on their profile since the last time we were in touch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ChangedSince {
    /// When we last spoke to them (the newest of `recent`).
    #[ts(type = "number")]
    pub spoke_at: Millis,
    /// The newest changes since then, newest first, a few at most.
    pub changes: Vec<BriefChange>,
    /// How many more changes were saved since then than `changes` lists.
    pub more: u32,
}

/// Everything the brief shows, most important first. Empty parts are
/// empty lists, empty strings or `None`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Brief {
    /// The customer it is about.
    pub customer_id: String,
    /// The name to use: the preferred name, else the full name.
    pub name: String,
    /// The full name, never empty (`name` is what to call them).
    pub full_name: String,
    /// How to say their name.
    pub pronunciation: String,
    /// Their pronouns, as they gave them; empty when not known.
    pub pronouns: String,
    /// Company or household.
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
    /// Their preferences ("oat milk"), as on the profile.
    pub preferences: Vec<String>,
    /// Always-remember facts ("hard of hearing: speak slowly"), as on the profile.
    pub remember: Vec<String>,
    /// The profile's notes ("Anything else"), whole: the window shows
    /// the first lines and the rest on request.
    pub notes: String,
    /// When they are best reached.
    pub best_time: String,
    /// The language they prefer (a BCP 47 code); empty when not said.
    pub language: String,
    /// How they prefer to be contacted.
    pub contact_channel: ContactChannel,
    /// Their birthday, when within the next two weeks.
    pub birthday_soon: Option<BriefBirthday>,
    /// Who looks after them.
    pub looked_after_by: String,
    /// Their numbers, as stored.
    pub phones: Vec<Phone>,
    /// Their stay-in-touch rhythm, when one is set.
    pub touch: Option<TouchStatus>,
    /// Open situations they are affected by, and whether they have been
    /// told the latest news.
    pub situations: Vec<CustomerSituation>,
    /// Changes to their profile since we last spoke to them; `None` when
    /// we never have, or nothing changed since.
    pub changed_since: Option<ChangedSince>,
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
    /// The customer's id, to open their brief.
    pub customer_id: String,
    /// The name to greet them by.
    pub name: String,
    /// The full name, never empty (`name` is what to call them).
    pub full_name: String,
    /// Company or household, to tell people apart.
    pub company: String,
    /// The stored number that matched, as it was typed.
    pub phone: String,
    /// That number's label.
    pub phone_label: String,
    /// How the number matched.
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

/// Everything "after the call" saves in one step: the call (with its
/// outcome, mood, summary and an optional next follow-up) and the due
/// follow-ups it dealt with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AfterCall {
    /// The call as a conversation (channel, summary, mood, next follow-up).
    pub call: ConversationInput,
    /// How the call went.
    pub outcome: CallOutcome,
    /// Follow-ups of this customer to mark done by the caller.
    pub done_follow_up_ids: Vec<String>,
}
