//! The data step of version 4 (follow-ups and staying in touch), frozen as
//! it was written: each customer's last contact and when their ideal gap
//! runs out, and a yearly birthday reminder for each customer with a
//! birthday. It is a copy, not a call into the live follow-up code, so a
//! later change there can never change what this old step does to a
//! notebook upgraded through it.

use chrono_tz::Tz;
use rusqlite::{params, Connection, OptionalExtension};

use crate::error::Result;
use crate::rules::model::Millis;
use crate::rules::schedule::{self, Recurrence, Schedule, TimeCtx};

const DAY_MS: Millis = 24 * 60 * 60 * 1000;

/// Fills the columns and rows version 4 added, for every customer, one
/// after the other by primary key, as of `now` (the time of the upgrade).
pub(super) fn follow_ups_from_history(conn: &Connection, now: Millis) -> Result<()> {
    let pks: Vec<i64> = conn
        .prepare("SELECT pk FROM customers")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let ctx = time_ctx(conn)?;
    for pk in pks {
        last_contact(conn, pk)?;
        birthday_reminder(conn, pk, now, &ctx)?;
    }
    Ok(())
}

/// The notebook's time zone and reminder time (UTC and 09:00 until set).
fn time_ctx(conn: &Connection) -> Result<TimeCtx> {
    let setting = |key: &str| -> Result<Option<String>> {
        Ok(conn
            .prepare_cached("SELECT value FROM settings WHERE key = ?1")?
            .query_row([key], |r| r.get(0))
            .optional()?)
    };
    let fallback = TimeCtx::fallback();
    let tz = setting("time_zone")?
        .and_then(|name| name.parse::<Tz>().ok())
        .unwrap_or(fallback.tz);
    let reminder = setting("reminder_time")?
        .and_then(|t| schedule::parse_time("reminder_time", &t).ok())
        .unwrap_or(fallback.reminder);
    Ok(TimeCtx { tz, reminder })
}

/// Sets `last_contact_at` (the latest live conversation) and
/// `touch_amber_at` of the customer `pk`.
fn last_contact(conn: &Connection, pk: i64) -> Result<()> {
    conn.prepare_cached(
        "UPDATE customers SET last_contact_at = (
            SELECT max(c.happened_at) FROM entries e JOIN conversations c ON c.entry_pk = e.pk
            WHERE e.customer_pk = ?1 AND e.kind = 'conversation' AND e.deleted_at IS NULL)
         WHERE pk = ?1",
    )?
    .execute([pk])?;
    conn.prepare_cached(
        "UPDATE customers SET touch_amber_at = CASE WHEN touch_ideal_days IS NULL THEN NULL
            ELSE coalesce(last_contact_at, created_at) + touch_ideal_days * ?2 END
         WHERE pk = ?1",
    )?
    .execute(params![pk, DAY_MS])?;
    Ok(())
}

/// Adds the yearly birthday reminder of the customer `pk`, if they have a
/// birthday. No customer has one yet: this step's SQL created `follow_ups`
/// empty.
fn birthday_reminder(conn: &Connection, pk: i64, now: Millis, ctx: &TimeCtx) -> Result<()> {
    let birthday: Option<(u8, u8)> = conn
        .prepare_cached("SELECT birthday_month, birthday_day FROM customers WHERE pk = ?1")?
        .query_row([pk], |r| {
            Ok(r.get::<_, Option<u8>>(0)?.zip(r.get::<_, Option<u8>>(1)?))
        })?;
    let Some((month, day)) = birthday else {
        return Ok(());
    };
    let start = ctx.day(now).format("%Y-%m-%d").to_string();
    let schedule = Schedule {
        start: schedule::parse_date("date", &start)?,
        time: None,
        recurrence: Recurrence::Birthday {
            month: month.into(),
            day: day.into(),
        },
    };
    // A repeating schedule starts at its first occurrence from the
    // beginning of today.
    let next = schedule.next_after(ctx.start_of(ctx.day(now)) - 1, ctx);
    let id = uuid::Uuid::now_v7().to_string();
    conn.prepare_cached(
        "INSERT INTO entries(id, customer_pk, kind, issue_pk, created_at, updated_at)
         VALUES (?1, ?2, 'follow_up', NULL, ?3, ?3)",
    )?
    .execute(params![id, pk, now])?;
    let entry_pk = conn.last_insert_rowid();
    conn.prepare_cached(
        "INSERT INTO follow_ups(entry_pk, action, start_date, rrule, occurrence_at, due_at)
         VALUES (?1, 'birthday', ?2, ?3, ?4, ?4)",
    )?
    .execute(params![
        entry_pk,
        start,
        format!("FREQ=YEARLY;BYMONTH={month};BYMONTHDAY={day}"),
        next
    ])?;
    Ok(())
}
