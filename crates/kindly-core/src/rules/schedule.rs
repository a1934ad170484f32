//! When things are due: pure functions of a schedule, a time zone and a
//! moment passed in. Nothing here reads the clock or the database.
//!
//! Follow-ups are kept in wall-clock time ("every Tuesday at 10:00 in
//! Europe/London") and turned into instants only when needed, so that a
//! repeating follow-up stays at 10:00 across daylight-saving changes.
//! Recurrence rules are expanded in that wall-clock time (with `rrule`, as
//! floating times) and each occurrence is then placed in the time zone:
//! - a time that does not exist (clocks spring forward over it) is read with
//!   the offset in force before the gap, as RFC 5545 §3.3.5 says, so 02:30
//!   on a spring-forward night becomes 03:30;
//! - a time that happens twice (clocks fall back) is the first of the two.

use chrono::{
    DateTime, Datelike, Days, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone,
    Timelike, Utc,
};
use chrono_tz::Tz;
use kindly_words::{dates, say};
use rrule::{RRule, Unvalidated};

use crate::error::{Error, Result};
use crate::rules::model::{Millis, StayInTouch};
use crate::TouchState;
use crate::TouchStatus;

/// How many days before a birthday its reminder falls (time to buy and
/// post a card).
pub const BIRTHDAY_LEAD_DAYS: u64 = 3;
/// The longest RRULE text accepted.
const MAX_RULE: usize = 300;
/// How many occurrences are examined when looking for the next one; a rule
/// whose next occurrence is further away than this is treated as finished.
const MAX_STEPS: usize = 5_000;
const DAY_MS: Millis = 24 * 60 * 60 * 1000;

/// The notebook's sense of time: its zone and the reminder time used for
/// things that have a day but no time of day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeCtx {
    /// The notebook's time zone, in which days and wall-clock times are read.
    pub tz: Tz,
    /// The time of day a follow-up with a day but no time falls due.
    pub reminder: NaiveTime,
}

impl TimeCtx {
    /// UTC at 09:00, the defaults before the shell reports the system zone.
    pub fn fallback() -> Self {
        TimeCtx {
            tz: Tz::UTC,
            reminder: NaiveTime::from_hms_opt(9, 0, 0).unwrap_or_default(),
        }
    }

    /// The instant of a wall-clock time in this zone (see the module docs
    /// for gaps and overlaps).
    pub fn instant(&self, local: NaiveDateTime) -> Millis {
        let at: DateTime<Utc> = match self.tz.from_local_datetime(&local) {
            LocalResult::Single(t) => t.with_timezone(&Utc),
            LocalResult::Ambiguous(first, _) => first.with_timezone(&Utc),
            LocalResult::None => {
                // In a gap: use the offset in force a day earlier, i.e.
                // before the transition.
                let before = local - chrono::Duration::days(1);
                let offset = self.tz.offset_from_utc_datetime(&before).fix();
                Utc.from_utc_datetime(&(local - offset))
            }
        };
        at.timestamp_millis()
    }

    /// The wall-clock time of an instant in this zone.
    pub fn local(&self, at: Millis) -> NaiveDateTime {
        let utc = DateTime::<Utc>::from_timestamp_millis(at).unwrap_or_default();
        utc.with_timezone(&self.tz).naive_local()
    }

    /// The local day of an instant.
    pub fn day(&self, at: Millis) -> NaiveDate {
        self.local(at).date()
    }

    /// "Thursday 3 December" for an instant, in `language`'s words.
    pub fn weekday_day_month(&self, at: Millis, language: &str) -> String {
        dates::weekday_day_month(language, spoken(self.day(at)))
    }

    /// "Thu 3 Dec 2026" for an instant, in `language`'s words.
    pub fn short_date(&self, at: Millis, language: &str) -> String {
        dates::short_date(language, spoken(self.day(at)))
    }

    /// "Thu 3 Dec 2026, 14:05" for an instant, in `language`'s words.
    pub fn short_date_at(&self, at: Millis, language: &str) -> String {
        let local = self.local(at);
        dates::short_date_at(language, spoken(local.date()), local.hour(), local.minute())
    }

    /// The start (local midnight) of `day`.
    pub fn start_of(&self, day: NaiveDate) -> Millis {
        self.instant(day.and_time(NaiveTime::MIN))
    }

    /// `day` at the reminder time.
    pub fn at_reminder_time(&self, day: NaiveDate) -> Millis {
        self.instant(day.and_time(self.reminder))
    }
}

/// How a follow-up repeats.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Recurrence {
    /// Only on its start day.
    Once,
    /// An RFC 5545 RRULE body, e.g. `FREQ=MONTHLY;BYDAY=3SU;BYMONTH=6`.
    Rule(String),
    /// Every year, [`BIRTHDAY_LEAD_DAYS`] before this birthday; 29 February
    /// is kept on 28 February in other years.
    Birthday {
        /// 1 to 12.
        month: u32,
        /// 1 to 31 (29 February is allowed).
        day: u32,
    },
}

/// A follow-up's schedule in wall-clock time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schedule {
    /// The first day it may fall on.
    pub start: NaiveDate,
    /// The time of day; `None` = the reminder time.
    pub time: Option<NaiveTime>,
    /// Whether and how it repeats.
    pub recurrence: Recurrence,
}

impl Schedule {
    /// The first occurrence strictly after `after`, or `None` when the
    /// schedule has no more occurrences.
    pub fn next_after(&self, after: Millis, ctx: &TimeCtx) -> Option<Millis> {
        let time = self.time.unwrap_or(ctx.reminder);
        match &self.recurrence {
            Recurrence::Once => {
                let at = ctx.instant(self.start.and_time(time));
                (at > after).then_some(at)
            }
            Recurrence::Birthday { month, day } => {
                // The reminder for a birthday early in January falls in
                // the December before: look one year further ahead.
                let from = ctx.day(after).year() - 1;
                (from..=from + 3)
                    .filter_map(|year| birthday_in(year, *month, *day))
                    .filter_map(|d| d.checked_sub_days(Days::new(BIRTHDAY_LEAD_DAYS)))
                    .filter(|d| *d >= self.start)
                    .map(|d| ctx.instant(d.and_time(time)))
                    .find(|at| *at > after)
            }
            Recurrence::Rule(body) => {
                let start = rrule::Tz::UTC.from_utc_datetime(&self.start.and_time(time));
                let set = parse_rule(body).ok()?.build(start).ok()?;
                // Start a day early in wall-clock time: offsets are < 24 h.
                // (`RRuleSet::after` only applies to `all`, not to the
                // iterator, so the earlier occurrences are skipped here.)
                let from = rrule::Tz::UTC
                    .from_utc_datetime(&(ctx.local(after) - chrono::Duration::days(1)));
                set.into_iter()
                    .skip_while(|t| *t < from)
                    .take(MAX_STEPS)
                    .map(|t| ctx.instant(t.naive_utc()))
                    .find(|at| *at > after)
            }
        }
    }
}

impl Schedule {
    /// How many occurrences of a repeat rule fall at or after `from`; for
    /// rules that end after a number of times (`COUNT`), whose iteration
    /// is finite. `None` for other schedules.
    pub(crate) fn count_from(&self, from: Millis, ctx: &TimeCtx) -> Option<usize> {
        let Recurrence::Rule(body) = &self.recurrence else {
            return None;
        };
        if !body.split(';').any(|part| part.starts_with("COUNT=")) {
            return None;
        }
        let time = self.time.unwrap_or(ctx.reminder);
        let start = rrule::Tz::UTC.from_utc_datetime(&self.start.and_time(time));
        let set = parse_rule(body).ok()?.build(start).ok()?;
        Some(
            set.into_iter()
                .filter(|t| ctx.instant(t.naive_utc()) >= from)
                .count(),
        )
    }
}

fn parse_rule(body: &str) -> std::result::Result<RRule<Unvalidated>, rrule::RRuleError> {
    body.parse::<RRule<Unvalidated>>()
}

/// Checks a repeat rule typed or built in the form: a valid RRULE body that
/// has at least one occurrence from `start`. Returns it normalised.
pub fn valid_rule(field: &str, body: &str, start: NaiveDate) -> Result<String> {
    let body = body.trim().to_ascii_uppercase();
    let body = body.trim_start_matches("RRULE:");
    let bad = || Error::invalid(field, say("validate-repeat-rule-not-one"));
    if body.is_empty() || body.len() > MAX_RULE || body.contains(['\n', '\r']) {
        return Err(bad());
    }
    let rule = parse_rule(body).map_err(|_| bad())?;
    let start = rrule::Tz::UTC.from_utc_datetime(&start.and_time(NaiveTime::MIN));
    let set = rule.build(start).map_err(|_| bad())?;
    if set.all(1).dates.is_empty() {
        return Err(Error::invalid(
            field,
            say("validate-repeat-rule-never-happens"),
        ));
    }
    Ok(body.to_owned())
}

/// `day` as the words crate takes it for a sentence.
fn spoken(day: NaiveDate) -> dates::Day {
    dates::Day {
        weekday: day.weekday().number_from_monday(),
        day: day.day(),
        month: day.month(),
        year: day.year(),
    }
}

/// The day a birthday falls on in `year`: 29 February becomes 28 February
/// outside leap years.
pub fn birthday_in(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, month, day).or_else(|| {
        (month == 2 && day == 29)
            .then(|| NaiveDate::from_ymd_opt(year, 2, 28))
            .flatten()
    })
}

/// Parses a `YYYY-MM-DD` day typed in the form.
pub fn parse_date(field: &str, text: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .ok()
        .filter(|d| (1900..=2199).contains(&d.year()))
        .ok_or_else(|| Error::invalid(field, say("validate-please-enter-date-such")))
}

/// Parses an `HH:MM` time of day typed in the form.
pub fn parse_time(field: &str, text: &str) -> Result<NaiveTime> {
    NaiveTime::parse_from_str(text.trim(), "%H:%M")
        .map_err(|_| Error::invalid(field, say("validate-please-enter-time-such")))
}

/// Where a stay-in-touch rhythm stands at `now`, counting from `since` (the
/// last conversation, or when the customer was added).
pub fn touch_status(since: Millis, rhythm: StayInTouch, now: Millis) -> TouchStatus {
    let amber_at = since + Millis::from(rhythm.ideal_days) * DAY_MS;
    let red_at = since + Millis::from(rhythm.longest_days) * DAY_MS;
    let state = if now >= red_at {
        TouchState::OutOfTouch
    } else if now >= amber_at {
        TouchState::Drifting
    } else {
        TouchState::InTouch
    };
    TouchStatus {
        state,
        since,
        amber_at,
        red_at,
    }
}

/// The local day `n` days after the day of `now`.
pub fn day_plus(ctx: &TimeCtx, now: Millis, n: u64) -> NaiveDate {
    let today = ctx.day(now);
    today.checked_add_days(Days::new(n)).unwrap_or(today)
}

/// When a snoozed follow-up comes back, or `None` if the chosen moment is
/// not in the future.
pub fn snooze_until(choice: &crate::Snooze, now: Millis, ctx: &TimeCtx) -> Result<Millis> {
    use crate::Snooze;
    let at = match choice {
        Snooze::Hour => now + 60 * 60 * 1000,
        Snooze::TomorrowMorning => ctx.at_reminder_time(day_plus(ctx, now, 1)),
        Snooze::NextWeek => ctx.at_reminder_time(day_plus(ctx, now, 7)),
        Snooze::Until { date, time } => {
            let day = parse_date("date", date)?;
            let time = match time.as_deref().filter(|t| !t.trim().is_empty()) {
                Some(t) => parse_time("time", t)?,
                None => ctx.reminder,
            };
            ctx.instant(day.and_time(time))
        }
    };
    if at <= now {
        return Err(Error::invalid("date", say("validate-pick-moment-future")));
    }
    Ok(at)
}
