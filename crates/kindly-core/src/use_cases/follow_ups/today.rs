//! The Today screen: what is overdue, due today and due this week, promises
//! falling due, birthdays, and customers drifting out of touch, in one call.
//!
//! Every list is read through a partial index on what is still to do
//! (`follow_ups_due`, `promises_open_due`, `customers_touch`,
//! `customers_birthday`), so the cost follows what is due, not the size of
//! the history.

use chrono::{Datelike, Days, NaiveDate};

use crate::error::Result;
use crate::rules::follow_up_model::*;
use crate::rules::model::Millis;
use crate::rules::schedule::{birthday_in, touch_status, TimeCtx};
use crate::store::Tx;
use crate::use_cases::notebook::settings::time_ctx_in;
use crate::use_cases::notebook::Notebook;

/// The most rows in the "due today" and "next 7 days" lists and the
/// promises (the counts say how many in all).
pub const TODAY_LIMIT: u32 = 100;
/// The most overdue follow-ups listed, oldest first (`overdue_count` says
/// how many there are): a list longer than this is triaged, not read.
pub const OVERDUE_LIMIT: u32 = 50;
/// The most birthdays listed for the week.
pub const BIRTHDAY_LIMIT: u32 = 50;
/// The most drifting customers listed: the longest out of touch first.
pub const DRIFTING_LIMIT: u32 = 30;

/// Birthdays on each of the seven days from `today`, soonest first, at
/// most [`BIRTHDAY_LIMIT`], in one statement.
fn birthdays(tx: &mut dyn Tx, today: NaiveDate) -> Result<Vec<TodayBirthday>> {
    // Each day's (month, day), in order, with the day it is celebrated on.
    let mut days: Vec<(u32, u32, NaiveDate)> = Vec::new();
    for date in (0..7).filter_map(|n| today.checked_add_days(Days::new(n))) {
        days.push((date.month(), date.day(), date));
        // 29 February birthdays are celebrated on the 28th in other years.
        if date.month() == 2 && date.day() == 28 && birthday_in(date.year(), 2, 29) == Some(date) {
            days.push((2, 29, date));
        }
    }
    let asked: Vec<(u32, u32)> = days.iter().map(|(m, d, _)| (*m, *d)).collect();
    Ok(tx
        .birthdays_on(&asked, BIRTHDAY_LIMIT)?
        .into_iter()
        .map(|row| {
            let date = days.get(row.day).map_or(today, |d| d.2);
            TodayBirthday {
                customer_id: row.customer_id,
                customer_name: row.customer_name,
                date: date.format("%Y-%m-%d").to_string(),
                turns: row
                    .birthday_year
                    .and_then(|y| u32::try_from(date.year() - y).ok())
                    .filter(|age| *age > 0),
            }
        })
        .collect())
}

fn drifting(tx: &mut dyn Tx, now: Millis) -> Result<Vec<TodayDrifting>> {
    Ok(tx
        .drifting(now, DRIFTING_LIMIT)?
        .into_iter()
        .map(|row| TodayDrifting {
            customer_id: row.customer_id,
            customer_name: row.customer_name,
            touch: touch_status(row.last_contact_at, row.rhythm, now),
        })
        .collect())
}

/// The Today page at `now` in `ctx`'s time zone.
pub(crate) fn today(tx: &mut dyn Tx, now: Millis, ctx: &TimeCtx) -> Result<TodayPage> {
    let day = ctx.day(now);
    let next = |n: u64| ctx.start_of(day.checked_add_days(Days::new(n)).unwrap_or(day));
    let (start, tomorrow, week_end) = (ctx.start_of(day), next(1), next(8));
    let overdue = tx.due_follow_ups(Millis::MIN, start, OVERDUE_LIMIT)?;
    let today = tx.due_follow_ups(start, tomorrow, TODAY_LIMIT)?;
    let (overdue_count, today_count) = tx.due_counts(start, tomorrow)?;
    let promises = tx.promises_due(week_end, now, TODAY_LIMIT)?;
    Ok(TodayPage {
        overdue,
        today,
        upcoming: tx.due_follow_ups(tomorrow, week_end, TODAY_LIMIT)?,
        anything_due: overdue_count > 0
            || today_count > 0
            || promises.iter().any(|p| p.due_at < tomorrow),
        promises,
        birthdays: birthdays(tx, day)?,
        drifting: drifting(tx, now)?,
        overdue_count,
        today_count,
    })
}

impl Notebook {
    /// Everything the Today screen shows, as of now.
    pub fn today(&self) -> Result<TodayPage> {
        let mut tx = self.read()?;
        let ctx = time_ctx_in(&mut *tx)?;
        today(&mut *tx, self.now(), &ctx)
    }
}
