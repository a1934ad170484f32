//! The Today page's reads. Every list is read through a partial index on
//! what is still to do (`follow_ups_due`, `promises_open_due`,
//! `customers_touch`, `customers_birthday`), so the cost follows what is
//! due, not the size of the history.

use rusqlite::{params, Connection, Row};

use super::{follow_up_row, NAME};
use crate::error::Result;
use crate::rules::follow_up_model::{TodayFollowUp, TodayPromise};
use crate::rules::model::{Millis, StayInTouch};
use crate::store::follow_ups::{BirthdayRow, DriftingRow};

/// A Today row: the columns of [`follow_up_row`] plus `customer_name` and `missed`.
fn today_follow_up(r: &Row<'_>) -> rusqlite::Result<TodayFollowUp> {
    Ok(TodayFollowUp {
        follow_up: follow_up_row(r)?,
        customer_name: r.get("customer_name")?,
        missed: r.get("missed")?,
    })
}

pub(super) fn due_follow_ups(
    conn: &Connection,
    from: Millis,
    to: Millis,
    limit: u32,
) -> Result<Vec<TodayFollowUp>> {
    let sql = format!(
        "SELECT e.id, cu.id AS customer_id, a.id AS about_id, a.kind AS about_kind, f.action,
            f.start_date, f.start_time, f.rrule, f.assignee, f.note, f.due_at, f.occurrence_at, f.version,
            coalesce(ai.title, ap.what) AS about_title, {NAME} AS customer_name,
            EXISTS(SELECT 1 FROM reminders r WHERE r.entry_pk = f.entry_pk AND r.due_at = f.due_at AND r.missed) AS missed
         FROM follow_ups f JOIN entries e ON e.pk = f.entry_pk
         JOIN customers cu ON cu.pk = e.customer_pk
         LEFT JOIN entries a ON a.pk = f.about_pk
         LEFT JOIN issues ai ON ai.entry_pk = f.about_pk
         LEFT JOIN promises ap ON ap.entry_pk = f.about_pk
         WHERE f.due_at IS NOT NULL AND f.due_at >= ?1 AND f.due_at < ?2
           AND e.deleted_at IS NULL AND cu.deleted_at IS NULL
         ORDER BY f.due_at, f.entry_pk LIMIT ?3"
    );
    Ok(conn
        .prepare_cached(&sql)?
        .query_map(params![from, to, limit], today_follow_up)?
        .collect::<rusqlite::Result<_>>()?)
}

/// Follow-ups (live, of a live customer) falling due in `?from..?to`.
const COUNT_DUE: &str = "SELECT count(*) FROM follow_ups f JOIN entries e ON e.pk = f.entry_pk
     JOIN customers cu ON cu.pk = e.customer_pk
     WHERE f.due_at IS NOT NULL AND f.due_at >= ?from AND f.due_at < ?to
       AND e.deleted_at IS NULL AND cu.deleted_at IS NULL";

/// In one statement whether or not the lists were cut at their limits:
/// one round trip, the same for any notebook.
pub(super) fn due_counts(conn: &Connection, start: Millis, tomorrow: Millis) -> Result<(u32, u32)> {
    let overdue = COUNT_DUE.replace("?from", "?1").replace("?to", "?2");
    let today = COUNT_DUE.replace("?from", "?2").replace("?to", "?3");
    Ok(conn
        .prepare_cached(&format!(
            "SELECT ({overdue}) AS overdue, ({today}) AS today"
        ))?
        .query_row(params![Millis::MIN, start, tomorrow], |r| {
            Ok((r.get("overdue")?, r.get("today")?))
        })?)
}

pub(super) fn promises_due(
    conn: &Connection,
    before: Millis,
    now: Millis,
    limit: u32,
) -> Result<Vec<TodayPromise>> {
    let sql = format!(
        "SELECT e.id, cu.id AS customer_id, {NAME} AS customer_name, p.what, p.promised_by, p.due_at
         FROM promises p JOIN entries e ON e.pk = p.entry_pk
         JOIN customers cu ON cu.pk = e.customer_pk
         WHERE p.state = 'open' AND p.due_at < ?1 AND e.deleted_at IS NULL AND cu.deleted_at IS NULL
         ORDER BY p.due_at, e.pk LIMIT ?2"
    );
    Ok(conn
        .prepare_cached(&sql)?
        .query_map(params![before, limit], |r| {
            let due_at: Millis = r.get("due_at")?;
            Ok(TodayPromise {
                id: r.get("id")?,
                customer_id: r.get("customer_id")?,
                customer_name: r.get("customer_name")?,
                what: r.get("what")?,
                promised_by: r.get("promised_by")?,
                due_at,
                overdue: due_at < now,
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}

/// A birthday read as `day, customer_id, customer_name, birthday_year`.
fn birthday_row(r: &Row<'_>) -> rusqlite::Result<BirthdayRow> {
    Ok(BirthdayRow {
        day: r.get("day")?,
        customer_id: r.get("customer_id")?,
        customer_name: r.get("customer_name")?,
        birthday_year: r.get("birthday_year")?,
    })
}

pub(super) fn birthdays_on(
    conn: &Connection,
    days: &[(u32, u32)],
    limit: u32,
) -> Result<Vec<BirthdayRow>> {
    let list: Vec<String> = days.iter().map(|(m, d)| format!("[{m},{d}]")).collect();
    // No ORDER BY: the CROSS JOIN keeps the days outside, in order, and each
    // day's birthdays come from the index in customer order, so the LIMIT
    // stops at the 50th instead of sorting every birthday of the week.
    let sql = format!(
        "SELECT o.key AS day, cu.id AS customer_id, {NAME} AS customer_name, cu.birthday_year
         FROM json_each(?1) AS o CROSS JOIN customers cu
         WHERE cu.birthday_month = json_extract(o.value, '$[0]')
           AND cu.birthday_day = json_extract(o.value, '$[1]') AND cu.deleted_at IS NULL
         LIMIT ?2"
    );
    Ok(conn
        .prepare_cached(&sql)?
        .query_map(
            params![format!("[{}]", list.join(",")), limit],
            birthday_row,
        )?
        .collect::<rusqlite::Result<_>>()?)
}

/// A drifting customer read as `customer_id, customer_name,
/// touch_ideal_days, touch_longest_days, last_contact_at`.
fn drifting_row(r: &Row<'_>) -> rusqlite::Result<DriftingRow> {
    Ok(DriftingRow {
        customer_id: r.get("customer_id")?,
        customer_name: r.get("customer_name")?,
        rhythm: StayInTouch {
            ideal_days: r.get("touch_ideal_days")?,
            longest_days: r.get("touch_longest_days")?,
        },
        last_contact_at: r.get("last_contact_at")?,
    })
}

pub(super) fn drifting(conn: &Connection, now: Millis, limit: u32) -> Result<Vec<DriftingRow>> {
    let sql = format!(
        "SELECT cu.id AS customer_id, {NAME} AS customer_name, cu.touch_ideal_days,
            cu.touch_longest_days, coalesce(cu.last_contact_at, cu.created_at) AS last_contact_at
         FROM customers cu
         WHERE cu.touch_amber_at IS NOT NULL AND cu.touch_amber_at <= ?1 AND cu.deleted_at IS NULL
         ORDER BY cu.touch_amber_at LIMIT ?2"
    );
    Ok(conn
        .prepare_cached(&sql)?
        .query_map(params![now, limit], drifting_row)?
        .collect::<rusqlite::Result<_>>()?)
}
