//! The Today screen: what is overdue, due today and due this week, promises
//! falling due, birthdays, and customers drifting out of touch, in one call.
//!
//! Every list is read through a partial index on what is still to do
//! (`follow_ups_due`, `promises_open_due`, `customers_touch`,
//! `customers_birthday`), so the cost follows what is due, not the size of
//! the history.

use chrono::{Datelike, Days, NaiveDate};
use rusqlite::{params, Connection};

use crate::error::Result;
use crate::rules::follow_up_model::*;
use crate::rules::model::{Millis, StayInTouch};
use crate::rules::schedule::{birthday_in, touch_status, TimeCtx};
use crate::use_cases::follow_ups::follow_up_row;
use crate::use_cases::notebook::settings::time_ctx;
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

const NAME: &str = "CASE WHEN cu.preferred_name <> '' THEN cu.preferred_name ELSE cu.full_name END";

fn follow_ups(
    conn: &Connection,
    from: Millis,
    to: Millis,
    limit: u32,
) -> Result<Vec<TodayFollowUp>> {
    let sql = format!(
        "SELECT e.id, cu.id, a.id, a.kind, f.action, f.start_date, f.start_time, f.rrule,
            f.assignee, f.note, f.due_at, f.occurrence_at, coalesce(ai.title, ap.what),
            {NAME},
            EXISTS(SELECT 1 FROM reminders r WHERE r.entry_pk = f.entry_pk AND r.due_at = f.due_at AND r.missed)
         FROM follow_ups f JOIN entries e ON e.pk = f.entry_pk
         JOIN customers cu ON cu.pk = e.customer_pk
         LEFT JOIN entries a ON a.pk = f.about_pk
         LEFT JOIN issues ai ON ai.entry_pk = f.about_pk
         LEFT JOIN promises ap ON ap.entry_pk = f.about_pk
         WHERE f.due_at IS NOT NULL AND f.due_at >= ?1 AND f.due_at < ?2
           AND e.deleted_at IS NULL AND cu.deleted_at IS NULL
         ORDER BY f.due_at, f.entry_pk LIMIT ?3"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params![from, to, limit], |r| {
        Ok(TodayFollowUp {
            follow_up: follow_up_row(r)?,
            customer_name: r.get(13)?,
            missed: r.get(14)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Follow-ups (live, of a live customer) falling due in `?from..?to`.
const COUNT_DUE: &str = "SELECT count(*) FROM follow_ups f JOIN entries e ON e.pk = f.entry_pk
     JOIN customers cu ON cu.pk = e.customer_pk
     WHERE f.due_at IS NOT NULL AND f.due_at >= ?from AND f.due_at < ?to
       AND e.deleted_at IS NULL AND cu.deleted_at IS NULL";

/// How many follow-ups are overdue (due before `start`) and due today
/// (`start..tomorrow`), in one statement whether or not the lists were cut
/// at their limits: one round trip, the same for any notebook.
fn counts(conn: &Connection, start: Millis, tomorrow: Millis) -> Result<(u32, u32)> {
    let overdue = COUNT_DUE.replace("?from", "?1").replace("?to", "?2");
    let today = COUNT_DUE.replace("?from", "?2").replace("?to", "?3");
    Ok(conn
        .prepare_cached(&format!("SELECT ({overdue}), ({today})"))?
        .query_row(params![Millis::MIN, start, tomorrow], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?)
}

fn promises(conn: &Connection, before: Millis, now: Millis) -> Result<Vec<TodayPromise>> {
    let sql = format!(
        "SELECT e.id, cu.id, {NAME}, p.what, p.promised_by, p.due_at
         FROM promises p JOIN entries e ON e.pk = p.entry_pk
         JOIN customers cu ON cu.pk = e.customer_pk
         WHERE p.state = 'open' AND p.due_at < ?1 AND e.deleted_at IS NULL AND cu.deleted_at IS NULL
         ORDER BY p.due_at, e.pk LIMIT ?2"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params![before, TODAY_LIMIT], |r| {
        let due_at: Millis = r.get(5)?;
        Ok(TodayPromise {
            id: r.get(0)?,
            customer_id: r.get(1)?,
            customer_name: r.get(2)?,
            what: r.get(3)?,
            promised_by: r.get(4)?,
            due_at,
            overdue: due_at < now,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Birthdays on each of the seven days from `today`, soonest first, at
/// most [`BIRTHDAY_LIMIT`], in one statement.
fn birthdays(conn: &Connection, today: NaiveDate) -> Result<Vec<TodayBirthday>> {
    // Each day's (month, day), in order, with the day it is celebrated on.
    let mut days: Vec<(u32, u32, NaiveDate)> = Vec::new();
    for date in (0..7).filter_map(|n| today.checked_add_days(Days::new(n))) {
        days.push((date.month(), date.day(), date));
        // 29 February birthdays are celebrated on the 28th in other years.
        if date.month() == 2 && date.day() == 28 && birthday_in(date.year(), 2, 29) == Some(date) {
            days.push((2, 29, date));
        }
    }
    let list: Vec<String> = days.iter().map(|(m, d, _)| format!("[{m},{d}]")).collect();
    // No ORDER BY: the CROSS JOIN keeps the days outside, in order, and each
    // day's birthdays come from the index in customer order, so the LIMIT
    // stops at the 50th instead of sorting every birthday of the week.
    let sql = format!(
        "SELECT o.key, cu.id, {NAME}, cu.birthday_year
         FROM json_each(?1) AS o CROSS JOIN customers cu
         WHERE cu.birthday_month = json_extract(o.value, '$[0]')
           AND cu.birthday_day = json_extract(o.value, '$[1]') AND cu.deleted_at IS NULL
         LIMIT ?2"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(
        params![format!("[{}]", list.join(",")), BIRTHDAY_LIMIT],
        |r| {
            let key: usize = r.get(0)?;
            let date = days.get(key).map_or(today, |d| d.2);
            let year: Option<i32> = r.get(3)?;
            Ok(TodayBirthday {
                customer_id: r.get(1)?,
                customer_name: r.get(2)?,
                date: date.format("%Y-%m-%d").to_string(),
                turns: year
                    .and_then(|y| u32::try_from(date.year() - y).ok())
                    .filter(|age| *age > 0),
            })
        },
    )?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn drifting(conn: &Connection, now: Millis) -> Result<Vec<TodayDrifting>> {
    let sql = format!(
        "SELECT cu.id, {NAME}, cu.touch_ideal_days, cu.touch_longest_days,
            coalesce(cu.last_contact_at, cu.created_at)
         FROM customers cu
         WHERE cu.touch_amber_at IS NOT NULL AND cu.touch_amber_at <= ?1 AND cu.deleted_at IS NULL
         ORDER BY cu.touch_amber_at LIMIT ?2"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params![now, DRIFTING_LIMIT], |r| {
        let rhythm = StayInTouch {
            ideal_days: r.get(2)?,
            longest_days: r.get(3)?,
        };
        Ok(TodayDrifting {
            customer_id: r.get(0)?,
            customer_name: r.get(1)?,
            touch: touch_status(r.get(4)?, rhythm, now),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The Today page at `now` in `ctx`'s time zone.
pub(crate) fn today(conn: &Connection, now: Millis, ctx: &TimeCtx) -> Result<TodayPage> {
    let day = ctx.day(now);
    let next = |n: u64| ctx.start_of(day.checked_add_days(Days::new(n)).unwrap_or(day));
    let (start, tomorrow, week_end) = (ctx.start_of(day), next(1), next(8));
    let overdue = follow_ups(conn, Millis::MIN, start, OVERDUE_LIMIT)?;
    let today = follow_ups(conn, start, tomorrow, TODAY_LIMIT)?;
    let (overdue_count, today_count) = counts(conn, start, tomorrow)?;
    let promises = promises(conn, week_end, now)?;
    Ok(TodayPage {
        overdue,
        today,
        upcoming: follow_ups(conn, tomorrow, week_end, TODAY_LIMIT)?,
        anything_due: overdue_count > 0
            || today_count > 0
            || promises.iter().any(|p| p.due_at < tomorrow),
        promises,
        birthdays: birthdays(conn, day)?,
        drifting: drifting(conn, now)?,
        overdue_count,
        today_count,
    })
}

impl Notebook {
    /// Everything the Today screen shows, as of now.
    pub fn today(&self) -> Result<TodayPage> {
        today(&self.conn, self.now(), &time_ctx(&self.conn)?)
    }
}
