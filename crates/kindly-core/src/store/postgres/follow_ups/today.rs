//! The Today page's reads, each through a partial index on what is still
//! to do (`follow_ups_due`, `promises_open_due`, `customers_touch`,
//! `customers_birthday`), as on SQLite.

use postgres::Row;

use super::{follow_up_row, limit, NAME};
use crate::error::{Error, Result};
use crate::rules::follow_up_model::{TodayFollowUp, TodayPromise};
use crate::rules::model::{Millis, StayInTouch};
use crate::store::follow_ups::{BirthdayRow, DriftingRow};
use crate::store::postgres::pool::Conn;
use crate::store::postgres::{int, small};

pub(super) fn due_follow_ups(
    conn: &mut Conn,
    from: Millis,
    to: Millis,
    most: u32,
) -> Result<Vec<TodayFollowUp>> {
    let sql = format!(
        "SELECT e.id, cu.id AS customer_id, a.id AS about_id, a.kind AS about_kind, f.action,
            f.start_date, f.start_time, f.rrule, f.assignee, f.note, f.due_at, f.occurrence_at, f.version,
            coalesce(ai.title, ap.what) AS about_title, {NAME} AS customer_name,
            EXISTS(SELECT 1 FROM reminders r
                   WHERE r.entry_pk = f.entry_pk AND r.due_at = f.due_at AND r.missed) AS missed
         FROM follow_ups f JOIN entries e ON e.pk = f.entry_pk
         JOIN customers cu ON cu.pk = e.customer_pk
         LEFT JOIN entries a ON a.pk = f.about_pk
         LEFT JOIN issues ai ON ai.entry_pk = f.about_pk
         LEFT JOIN promises ap ON ap.entry_pk = f.about_pk
         WHERE f.due_at IS NOT NULL AND f.due_at >= $1 AND f.due_at < $2
           AND e.deleted_at IS NULL AND cu.deleted_at IS NULL
         ORDER BY f.due_at, f.entry_pk LIMIT $3"
    );
    conn.query(&sql, &[&from, &to, &limit(most)?])?
        .iter()
        .map(|r| {
            Ok(TodayFollowUp {
                follow_up: follow_up_row(r)?,
                customer_name: r.try_get("customer_name")?,
                missed: r.try_get("missed")?,
            })
        })
        .collect()
}

/// Both counts in one statement, from one pass over the due index: one
/// round trip, the same for any notebook.
pub(super) fn due_counts(conn: &mut Conn, start: Millis, tomorrow: Millis) -> Result<(u32, u32)> {
    let r = conn.query_one(
        "SELECT count(*) FILTER (WHERE f.due_at < $1) AS overdue,
            count(*) FILTER (WHERE f.due_at >= $1) AS today
         FROM follow_ups f JOIN entries e ON e.pk = f.entry_pk
         JOIN customers cu ON cu.pk = e.customer_pk
         WHERE f.due_at IS NOT NULL AND f.due_at < $2
           AND e.deleted_at IS NULL AND cu.deleted_at IS NULL",
        &[&start, &tomorrow],
    )?;
    Ok((count(&r, "overdue")?, count(&r, "today")?))
}

/// A `count(*)` (a `bigint`) as the page's `u32`.
fn count(r: &Row, column: &str) -> Result<u32> {
    let n: i64 = r.try_get(column)?;
    u32::try_from(n).map_err(|_| Error::storage(format!("{n} {column} is too many to count")))
}

pub(super) fn promises_due(
    conn: &mut Conn,
    before: Millis,
    now: Millis,
    most: u32,
) -> Result<Vec<TodayPromise>> {
    let sql = format!(
        "SELECT e.id, cu.id AS customer_id, {NAME} AS customer_name, p.what, p.promised_by, p.due_at
         FROM promises p JOIN entries e ON e.pk = p.entry_pk
         JOIN customers cu ON cu.pk = e.customer_pk
         WHERE p.state = 'open' AND p.due_at < $1 AND e.deleted_at IS NULL AND cu.deleted_at IS NULL
         ORDER BY p.due_at, e.pk LIMIT $2"
    );
    conn.query(&sql, &[&before, &limit(most)?])?
        .iter()
        .map(|r| {
            let due_at: Millis = r.try_get("due_at")?;
            Ok(TodayPromise {
                id: r.try_get("id")?,
                customer_id: r.try_get("customer_id")?,
                customer_name: r.try_get("customer_name")?,
                what: r.try_get("what")?,
                promised_by: r.try_get("promised_by")?,
                due_at,
                overdue: due_at < now,
            })
        })
        .collect()
}

/// The days as two `integer[]` (months, days), in order; the statement
/// numbers them back (`WITH ORDINALITY`), so a day's birthdays come out in
/// the order of `days`, then in customer order, as on SQLite.
pub(super) fn birthdays_on(
    conn: &mut Conn,
    days: &[(u32, u32)],
    most: u32,
) -> Result<Vec<BirthdayRow>> {
    let months = days
        .iter()
        .map(|(m, _)| int(*m))
        .collect::<Result<Vec<_>>>()?;
    let dates = days
        .iter()
        .map(|(_, d)| int(*d))
        .collect::<Result<Vec<_>>>()?;
    let sql = format!(
        "SELECT o.n - 1 AS day, cu.id AS customer_id, {NAME} AS customer_name, cu.birthday_year
         FROM unnest($1::integer[], $2::integer[]) WITH ORDINALITY AS o(month, date, n)
         JOIN customers cu ON cu.birthday_month = o.month AND cu.birthday_day = o.date
         WHERE cu.birthday_month IS NOT NULL AND cu.deleted_at IS NULL
         ORDER BY o.n, cu.pk LIMIT $3"
    );
    conn.query(&sql, &[&months, &dates, &limit(most)?])?
        .iter()
        .map(|r| {
            let day: i64 = r.try_get("day")?;
            Ok(BirthdayRow {
                day: usize::try_from(day)
                    .map_err(|_| Error::storage(format!("{day} is not a day asked about")))?,
                customer_id: r.try_get("customer_id")?,
                customer_name: r.try_get("customer_name")?,
                birthday_year: r.try_get("birthday_year")?,
            })
        })
        .collect()
}

pub(super) fn drifting(conn: &mut Conn, now: Millis, most: u32) -> Result<Vec<DriftingRow>> {
    let sql = format!(
        "SELECT cu.id AS customer_id, {NAME} AS customer_name, cu.touch_ideal_days,
            cu.touch_longest_days, coalesce(cu.last_contact_at, cu.created_at) AS last_contact_at
         FROM customers cu
         WHERE cu.touch_amber_at IS NOT NULL AND cu.touch_amber_at <= $1 AND cu.deleted_at IS NULL
         ORDER BY cu.touch_amber_at, cu.pk LIMIT $2"
    );
    conn.query(&sql, &[&now, &limit(most)?])?
        .iter()
        .map(|r| {
            Ok(DriftingRow {
                customer_id: r.try_get("customer_id")?,
                customer_name: r.try_get("customer_name")?,
                rhythm: StayInTouch {
                    ideal_days: small(r.try_get("touch_ideal_days")?, "touch_ideal_days")?,
                    longest_days: small(r.try_get("touch_longest_days")?, "touch_longest_days")?,
                },
                last_contact_at: r.try_get("last_contact_at")?,
            })
        })
        .collect()
}
