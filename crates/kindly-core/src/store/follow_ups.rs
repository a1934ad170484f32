//! The store's operations for follow-ups, the Today page, reminders, the
//! calendar export, and the callback brief's reads.

use crate::error::Result;
use crate::rules::brief_model::{
    BriefContact, BriefIssue, BriefPromise, CallOutcome, CallerMatch, PhoneMatch,
};
use crate::rules::follow_up_model::{
    FollowUp, FollowUpAction, Reminder, TodayFollowUp, TodayPromise,
};
use crate::rules::history_model::EntryKind;
use crate::rules::model::{Millis, StayInTouch};

/// The editable fields of a follow-up as stored: its schedule in
/// wall-clock time (`YYYY-MM-DD`, `HH:MM`, an RRULE body) and the
/// occurrence still to do, which is also when it is due.
pub(crate) struct FollowUpFields {
    pub action: FollowUpAction,
    /// The issue or promise (an entry of the same customer) it is about.
    pub about_pk: Option<i64>,
    pub start_date: String,
    pub start_time: Option<String>,
    pub rule: Option<String>,
    pub assignee: String,
    pub note: String,
    pub occurrence_at: Millis,
}

/// A follow-up's schedule as stored, before it is read as a schedule.
#[cfg_attr(test, derive(Debug, PartialEq))]
pub(crate) struct StoredSchedule {
    pub action: FollowUpAction,
    pub start_date: String,
    pub start_time: Option<String>,
    /// The RRULE body; `None` for a one-off, or for a birthday follow-up
    /// whose birthday was removed.
    pub rule: Option<String>,
}

/// One of a customer's birthday follow-ups.
#[cfg_attr(test, derive(Debug, PartialEq))]
pub(crate) struct BirthdayFollowUp {
    /// Not in Trash.
    pub live: bool,
    pub entry_pk: i64,
    pub rule: Option<String>,
}

/// A follow-up still to do, as the calendar export writes it.
#[cfg_attr(test, derive(Debug, PartialEq))]
pub(crate) struct CalendarRow {
    pub id: String,
    pub customer_name: String,
    pub note: String,
    pub occurrence_at: Millis,
    pub schedule: StoredSchedule,
}

/// A live customer whose birthday falls on one of the days asked about.
#[cfg_attr(test, derive(Debug, PartialEq))]
pub(crate) struct BirthdayRow {
    /// Which of the days asked about (its index).
    pub day: usize,
    pub customer_id: String,
    pub customer_name: String,
    pub birthday_year: Option<i32>,
}

/// A live customer drifting out of touch.
#[cfg_attr(test, derive(Debug, PartialEq))]
pub(crate) struct DriftingRow {
    pub customer_id: String,
    pub customer_name: String,
    pub rhythm: StayInTouch,
    /// The last contact, or when the customer was added if never.
    pub last_contact_at: Millis,
}

/// Which stored phone numbers a caller lookup matches.
pub(crate) enum PhoneKey<'a> {
    /// The same number in E.164 form.
    E164(&'a str),
    /// Numbers whose reversed digits fall in `from..below` (they end with
    /// the same digits).
    ReversedDigits { from: &'a str, below: &'a str },
}

/// Operations for follow-ups, the Today page, reminders, the calendar
/// export, and the callback brief's reads. Implemented by every store.
pub(crate) trait FollowUpRows {
    // Follow-ups.

    /// Writes the follow-up part of the new entry `entry_pk`, added by `created_by`.
    fn insert_follow_up(
        &mut self,
        entry_pk: i64,
        fields: &FollowUpFields,
        created_by: &str,
    ) -> Result<()>;
    /// Writes the birthday follow-up part of the new entry `entry_pk`:
    /// yearly by `rule` from `start_date`, next due at `next`.
    fn insert_birthday_follow_up(
        &mut self,
        entry_pk: i64,
        start_date: &str,
        rule: &str,
        next: Option<Millis>,
    ) -> Result<()>;
    /// Replaces the editable fields of the follow-up `entry_pk` (it is due
    /// at its new occurrence, no longer snoozed).
    fn update_follow_up(&mut self, entry_pk: i64, fields: &FollowUpFields) -> Result<()>;
    /// The follow-up `entry_pk` as the UI shows it; an error when there is none.
    fn follow_up(&mut self, entry_pk: i64) -> Result<FollowUp>;
    /// The live follow-ups of `customer_pk` due before `before`, soonest first.
    fn follow_ups_due_of(&mut self, customer_pk: i64, before: Millis) -> Result<Vec<FollowUp>>;
    /// The stored schedule of the follow-up `entry_pk`; an error when there is none.
    fn stored_schedule(&mut self, entry_pk: i64) -> Result<StoredSchedule>;
    /// The occurrence still to do and when it is due (both `None` once
    /// nothing is left to do); an error when there is no such follow-up.
    fn due_of(&mut self, entry_pk: i64) -> Result<(Option<Millis>, Option<Millis>)>;
    /// Makes `at` the occurrence still to do and its due time (`None`: nothing left to do).
    fn set_due(&mut self, entry_pk: i64, at: Option<Millis>) -> Result<()>;
    /// Puts the due time off to `at`, keeping the occurrence.
    fn snooze(&mut self, entry_pk: i64, at: Millis) -> Result<()>;
    /// Hands the follow-up to `assignee`.
    fn set_assignee(&mut self, entry_pk: i64, assignee: &str) -> Result<()>;
    /// Records that the follow-up's entry changed at `now`.
    fn touch_follow_up(&mut self, entry_pk: i64, now: Millis) -> Result<()>;
    /// The kind of the entry `entry_pk` (what a follow-up may be about);
    /// `None` for a kind this version does not know. An error when there is no such entry.
    fn entry_kind(&mut self, entry_pk: i64) -> Result<Option<EntryKind>>;

    // Birthdays.

    /// The stored birthday (month, day) of the customer `customer_pk`.
    fn birthday_of(&mut self, customer_pk: i64) -> Result<Option<(u8, u8)>>;
    /// Every birthday follow-up of `customer_pk`, live or in Trash, in no particular order.
    fn birthday_follow_ups(&mut self, customer_pk: i64) -> Result<Vec<BirthdayFollowUp>>;
    /// Makes the birthday follow-up `entry_pk` yearly by `rule`.
    fn set_birthday_rule(&mut self, entry_pk: i64, rule: &str) -> Result<()>;
    /// Ends the birthday follow-up `entry_pk`: no rule, nothing left to do.
    fn end_birthday_follow_up(&mut self, entry_pk: i64) -> Result<()>;

    // The Today page.

    /// Live follow-ups of live customers due in `from..to`, soonest first,
    /// at most `limit`; `missed` when their reminder for this due time was missed.
    fn due_follow_ups(
        &mut self,
        from: Millis,
        to: Millis,
        limit: u32,
    ) -> Result<Vec<TodayFollowUp>>;
    /// How many live follow-ups of live customers are due before `start`,
    /// and in `start..tomorrow`, in one statement.
    fn due_counts(&mut self, start: Millis, tomorrow: Millis) -> Result<(u32, u32)>;
    /// Open promises of live customers due before `before`, soonest first,
    /// at most `limit`; `overdue` when due before `now`.
    fn promises_due(
        &mut self,
        before: Millis,
        now: Millis,
        limit: u32,
    ) -> Result<Vec<TodayPromise>>;
    /// Live customers whose birthday is one of `days` (month, day), in the
    /// order of `days`, at most `limit`.
    fn birthdays_on(&mut self, days: &[(u32, u32)], limit: u32) -> Result<Vec<BirthdayRow>>;
    /// Live customers gone amber by `now`, the longest out of touch first, at most `limit`.
    fn drifting(&mut self, now: Millis, limit: u32) -> Result<Vec<DriftingRow>>;

    // Reminders.

    /// Records a reminder for every live follow-up (of a live customer) due
    /// by `now` and not reminded for its due time, and marks each reminded
    /// for it. A reminder claimed more than `missed_after` after its due
    /// time, of a follow-up unchanged since and not of the sample, is missed.
    /// On a team notebook each reminder is claimed by one transaction, on
    /// one machine, however many claim at once; one claimed and not shown
    /// for a while (its machine went away) is claimed again. A follow-up
    /// assigned to someone else who is signed in (connected) is left to
    /// their machine for the first minutes after it falls due.
    fn claim_due_reminders(&mut self, now: Millis, missed_after: Millis) -> Result<()>;
    /// Sets aside, as shown at `now`, reminders whose follow-up moved on or went to Trash.
    fn drop_stale_reminders(&mut self, now: Millis) -> Result<()>;
    /// Reminders not yet shown, oldest due first; on a team notebook only
    /// those this transaction claimed (another machine shows the others).
    fn waiting_reminders(&mut self) -> Result<Vec<Reminder>>;
    /// Marks the reminders `ids` shown at `now` (those not shown yet).
    fn mark_reminders_shown(&mut self, ids: &[i64], now: Millis) -> Result<()>;
    /// The soonest due time after `now` of a live follow-up (of a live
    /// customer) not reminded for it.
    fn next_reminder_at(&mut self, now: Millis) -> Result<Option<Millis>>;

    // The calendar export.

    /// Live follow-ups of live customers with something to do, soonest due first.
    fn calendar_rows(&mut self) -> Result<Vec<CalendarRow>>;

    // The callback brief.

    /// The live issues of `customer_pk` not yet resolved, oldest first.
    fn brief_open_issues(&mut self, customer_pk: i64) -> Result<Vec<BriefIssue>>;
    /// The live open promises of `customer_pk` due before `before`,
    /// soonest first; `overdue` when due before `now`.
    fn brief_promises(
        &mut self,
        customer_pk: i64,
        before: Millis,
        now: Millis,
    ) -> Result<Vec<BriefPromise>>;
    /// The last three live conversations with `customer_pk` (not notes or cards), latest first.
    fn brief_recent(&mut self, customer_pk: i64) -> Result<Vec<BriefContact>>;
    /// Live customers with a phone matching `key`, most recently spoken to
    /// first, at most `limit` (a customer with two matching phones twice),
    /// each marked as matched `how`.
    fn callers(
        &mut self,
        key: PhoneKey<'_>,
        how: PhoneMatch,
        limit: usize,
    ) -> Result<Vec<CallerMatch>>;
    /// Records what came of the call logged as the conversation `conversation_id`.
    fn set_call_outcome(&mut self, conversation_id: &str, outcome: CallOutcome) -> Result<()>;
}
