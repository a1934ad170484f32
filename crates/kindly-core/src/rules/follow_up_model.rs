//! The types of following through: follow-ups (one-off or repeating), the
//! Today screen, staying in touch, and the reminders the desktop shows.
//!
//! Dates and times the user types are local to the notebook's time zone
//! (`YYYY-MM-DD`, `HH:MM`); instants are UTC milliseconds.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::rules::kinds::{str_enum, EntryKind};
use crate::rules::model::Millis;

str_enum! {
    /// What a follow-up asks someone to do (`birthday` is created from the
    /// customer's birthday, never chosen in the form).
    FollowUpAction {
        /// Call the customer back.
        CallBack = "call_back",
        /// Check how things are (after a resolved issue, say).
        CheckIn = "check_in",
        /// Send them a card.
        SendCard = "send_card",
        /// Their birthday (kept in step with the profile, yearly).
        Birthday = "birthday",
        /// Anything else; the note says what.
        Other = "other",
    }
}

impl FollowUpAction {
    /// What to do for `name`, as a calendar event or a notification says
    /// it in the active language ("Call back Rosa Diaz").
    pub fn for_customer(self, name: &str) -> String {
        let id = format!("reminders-{}", self.as_str().replace('_', "-"));
        kindly_words::say_with(&id, &kindly_words::args! { "name" => name })
    }
}

/// A new follow-up, or the editable fields of an existing one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FollowUpInput {
    /// The customer it is for (live, not in Trash).
    pub customer_id: String,
    /// The issue or promise it is about, if any (same customer).
    pub about_id: Option<String>,
    /// What to do; `birthday` is refused here (birthday follow-ups follow the profile).
    pub action: FollowUpAction,
    /// The day, `YYYY-MM-DD`, in the notebook's time zone.
    pub date: String,
    /// `HH:MM`; `None` means "that day", reminded at the reminder time.
    pub time: Option<String>,
    /// An RFC 5545 RRULE body such as `FREQ=WEEKLY;INTERVAL=2`; `None` = once.
    pub repeat: Option<String>,
    /// Who should do it.
    pub assignee: String,
    /// What to say or bring; free text.
    pub note: String,
    /// Who is adding it.
    pub staff: String,
}

/// A follow-up suggested alongside another change (a check-in after a
/// resolved issue, a card to write after a conversation): created in the
/// same transaction, for the same customer, about the same issue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FollowUpPlan {
    /// What to do.
    pub action: FollowUpAction,
    /// Days from today (0 = today), at the reminder time.
    pub in_days: u32,
    /// Who should do it.
    pub assignee: String,
    /// What to say or bring.
    pub note: String,
}

/// A stored follow-up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FollowUp {
    /// UUID v7 of the follow-up entry.
    pub id: String,
    /// The customer it is for.
    pub customer_id: String,
    /// The issue or promise it is about, if any.
    pub about_id: Option<String>,
    /// Whether `about_id` names an issue or a promise; set exactly when `about_id` is.
    pub about_kind: Option<EntryKind>,
    /// The title of the issue or what was promised.
    pub about_title: Option<String>,
    /// What to do.
    pub action: FollowUpAction,
    /// The first day of its schedule, `YYYY-MM-DD` in the notebook's time zone.
    pub date: String,
    /// `HH:MM` in the notebook's time zone; `None` for "that day".
    pub time: Option<String>,
    /// Its RRULE body; `None` for a one-off.
    pub repeat: Option<String>,
    /// Who should do it.
    pub assignee: String,
    /// What to say or bring.
    pub note: String,
    /// When it is next due (after any snooze); `None` once finished.
    #[ts(type = "number | null")]
    pub due_at: Option<Millis>,
    /// The occurrence that is due, before any snooze.
    #[ts(type = "number | null")]
    pub occurrence_at: Option<Millis>,
    /// The due occurrence has been snoozed.
    pub snoozed: bool,
    /// Whether the due occurrence has no time of day of its own.
    pub all_day: bool,
    /// Its version: one more with every saved change, by anyone. A change
    /// names the version it started from and is refused ([`crate::Error::Conflict`])
    /// when another was saved in between.
    #[ts(type = "number")]
    pub version: i64,
}

/// How long to put a follow-up off for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "for", rename_all = "snake_case")]
pub enum Snooze {
    /// An hour from now.
    Hour,
    /// Tomorrow at the reminder time.
    TomorrowMorning,
    /// Seven days from today at the reminder time.
    NextWeek,
    /// A chosen day (`YYYY-MM-DD`) and optional time (`HH:MM`).
    Until {
        /// The day, `YYYY-MM-DD`, in the notebook's time zone.
        date: String,
        /// `HH:MM`; `None` means that day at the reminder time.
        time: Option<String>,
    },
}

/// Marking a follow-up done: who did it, and what came of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FollowUpDone {
    /// Who did it (named on the timeline row).
    pub staff: String,
    /// What came of it; may be empty.
    pub note: String,
}

/// How a customer with a stay-in-touch rhythm is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum TouchState {
    /// Within the ideal gap.
    InTouch,
    /// Past the ideal gap (amber).
    Drifting,
    /// Past the longest gap (red).
    OutOfTouch,
}

/// The customer's stay-in-touch rhythm and where it stands now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TouchStatus {
    /// Where the rhythm stands at the notebook's now.
    pub state: TouchState,
    /// The last logged conversation, or when the customer was added.
    #[ts(type = "number")]
    pub since: Millis,
    /// When the ideal gap runs out.
    #[ts(type = "number")]
    pub amber_at: Millis,
    /// When the longest gap runs out.
    #[ts(type = "number")]
    pub red_at: Millis,
}

/// One follow-up row on the Today screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TodayFollowUp {
    /// The follow-up, as stored.
    pub follow_up: FollowUp,
    /// The name to greet them by.
    pub customer_name: String,
    /// Its reminder fell due while Kindly was closed or the laptop slept.
    pub missed: bool,
}

/// An open promise due soon or overdue, on the Today screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TodayPromise {
    /// The promise's id, to settle it from Today.
    pub id: String,
    /// The customer it was made to.
    pub customer_id: String,
    /// The name to greet them by.
    pub customer_name: String,
    /// What was promised.
    pub what: String,
    /// Who made the promise.
    pub promised_by: String,
    /// When it is due.
    #[ts(type = "number")]
    pub due_at: Millis,
    /// Past its due time and still open.
    pub overdue: bool,
}

/// A birthday in the next seven days.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TodayBirthday {
    /// Whose birthday it is.
    pub customer_id: String,
    /// The name to greet them by.
    pub customer_name: String,
    /// The day it falls on this year, `YYYY-MM-DD` (28 February for a
    /// 29 February birthday outside leap years).
    pub date: String,
    /// The age they turn, when the year is known.
    pub turns: Option<u32>,
}

/// A customer past their ideal gap between contacts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TodayDrifting {
    /// The customer drifting out of touch.
    pub customer_id: String,
    /// The name to greet them by.
    pub customer_name: String,
    /// Their rhythm and how far past it they are.
    pub touch: TouchStatus,
}

/// Everything the Today screen shows, in one call. Lists are capped
/// ([`crate::OVERDUE_LIMIT`] overdue, [`crate::TODAY_LIMIT`] for the others,
/// [`crate::BIRTHDAY_LIMIT`] birthdays); the `*_count` fields give the true
/// sizes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TodayPage {
    /// Due before today began (oldest first).
    pub overdue: Vec<TodayFollowUp>,
    /// Due today, including earlier today.
    pub today: Vec<TodayFollowUp>,
    /// Due in the next seven days after today.
    pub upcoming: Vec<TodayFollowUp>,
    /// Open promises overdue or due within seven days.
    pub promises: Vec<TodayPromise>,
    /// Birthdays in the next seven days, soonest first (at most `BIRTHDAY_LIMIT`).
    pub birthdays: Vec<TodayBirthday>,
    /// Past the ideal gap, longest out of touch first (at most
    /// [`crate::DRIFTING_LIMIT`]).
    pub drifting: Vec<TodayDrifting>,
    /// How many follow-ups are overdue in all (`overdue` may hold fewer).
    pub overdue_count: u32,
    /// How many follow-ups are due today in all (`today` may hold fewer).
    pub today_count: u32,
    /// Anything overdue or due today (follow-ups or promises): the app opens here.
    pub anything_due: bool,
}

/// A reminder to show as a desktop notification.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Reminder {
    /// The delivery record; confirm it once shown.
    #[ts(type = "number")]
    pub id: i64,
    /// The follow-up that fell due.
    pub follow_up_id: String,
    /// The customer it is for; clicking the notification opens their page.
    pub customer_id: String,
    /// The name to greet them by.
    pub customer_name: String,
    /// What to do.
    pub action: FollowUpAction,
    /// The follow-up's note.
    pub note: String,
    /// The due time this reminder is for (one reminder per due time).
    #[ts(type = "number")]
    pub due_at: Millis,
    /// It fell due while Kindly was not running (or the computer slept).
    pub missed: bool,
    /// The person the follow-up is assigned to; empty for anyone.
    pub assignee: String,
    /// The follow-up is someone else's (its assignee is not the person at
    /// this desk, nor the one signed in here): on a team notebook it came
    /// here because its person did not claim it in time, and the
    /// notification says whose it is.
    pub for_someone_else: bool,
}

/// How the notebook tells time: its time zone and the reminder time for
/// follow-ups that have a day but no time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TimeSettings {
    /// IANA name, e.g. `Europe/London`.
    pub time_zone: String,
    /// `HH:MM`.
    pub reminder_time: String,
}
