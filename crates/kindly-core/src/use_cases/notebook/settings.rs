//! Notebook-wide settings, stored in the notebook itself so they travel
//! with it.

use chrono_tz::Tz;
use rusqlite::{params, Connection, OptionalExtension};

use crate::error::{Error, Result};
use crate::rules::follow_up_model::TimeSettings;
use crate::rules::model::{Millis, NotebookInfo};
use crate::rules::phone;
use crate::rules::schedule::{self, TimeCtx};
use crate::use_cases::notebook::Notebook;

const PHONE_REGION: &str = "phone_region";

/// [`Notebook::set_phone_region`] inside a transaction the caller holds.
pub(crate) fn write_phone_region(conn: &Connection, region: &str) -> Result<()> {
    let code = region.trim().to_ascii_uppercase();
    if code.len() != 2 || phone::parse_region(&code).is_none() {
        return Err(Error::invalid(
            "phone_region",
            "Choose a country from the list (a two-letter code such as US, GB or FR).",
        ));
    }
    conn.execute(
        "INSERT INTO settings(key, value) VALUES (?1, ?2)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [PHONE_REGION, &code],
    )?;
    read_numbers_again(conn, &code)
}

/// Gives the numbers without an E.164 form that are valid under `region`
/// their E.164 form (see [`Notebook::set_phone_region`]).
fn read_numbers_again(conn: &Connection, region: &str) -> Result<()> {
    let unread: Vec<(i64, i64, String)> = conn
        .prepare("SELECT customer_pk, position, number FROM customer_phones WHERE e164 = ''")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut update = conn.prepare(
        "UPDATE customer_phones SET e164 = ?3, digits_rev = ?4
         WHERE customer_pk = ?1 AND position = ?2",
    )?;
    for (pk, position, number) in unread {
        if let Some(e164) = phone::to_e164(&number, region) {
            let digits_rev = phone::reversed(&phone::index_digits(&number, Some(&e164)));
            update.execute(params![pk, position, e164, digits_rev])?;
        }
    }
    Ok(())
}

/// Used when neither the notebook nor the system locale names a region.
pub const FALLBACK_REGION: &str = "US";

impl Notebook {
    /// The region for phone numbers typed without a country code.
    pub fn phone_region(&self) -> Result<String> {
        phone_region_of(&self.conn)
    }

    /// Sets the phone region (an ISO 3166 code such as `GB`), and reads
    /// again, under it, the numbers kept as typed because they were not
    /// valid under the old one ("check the country"): those valid now get
    /// their E.164 form. Numbers that already have one keep it. One
    /// transaction.
    pub fn set_phone_region(&mut self, region: &str) -> Result<()> {
        let tx = self.conn.transaction()?;
        write_phone_region(&tx, region)?;
        tx.commit()?;
        Ok(())
    }

    /// On first use, sets the phone region from the system locale (e.g.
    /// `en_GB.UTF-8`); leaves a region already chosen alone.
    pub fn init_phone_region_from_locale(&mut self, locale: Option<&str>) -> Result<()> {
        let exists: bool = self.conn.query_row(
            "SELECT EXISTS(SELECT 1 FROM settings WHERE key = ?1)",
            [PHONE_REGION],
            |r| r.get(0),
        )?;
        if exists {
            return Ok(());
        }
        let region = locale
            .and_then(phone::region_from_locale)
            .unwrap_or_else(|| FALLBACK_REGION.to_owned());
        self.set_phone_region(&region)
    }

    /// Counts and paths for the header and the empty state.
    pub fn info(&self) -> Result<NotebookInfo> {
        // Both counts come from indexes (the smallest one for all, the
        // partial one of trashed customers), not from reading every
        // customer's row: 1 ms instead of 15 ms at 100,000 customers, and
        // the window asks at start and after every change.
        let (all, trashed): (u32, u32) = self
            .conn
            .prepare_cached(
                "SELECT (SELECT count(*) FROM customers),
                    (SELECT count(*) FROM customers WHERE deleted_at IS NOT NULL)",
            )?
            .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        let live = all - trashed;
        Ok(NotebookInfo {
            customer_count: live,
            trash_count: trashed,
            path: self.path().display().to_string(),
            phone_region: self.phone_region()?,
            sample_count: self.sample_count()?,
            welcome: self.needs_welcome()?,
        })
    }
}

/// The phone region, read in the caller's transaction.
pub(crate) fn phone_region_of(conn: &Connection) -> Result<String> {
    Ok(setting(conn, PHONE_REGION)?.unwrap_or_else(|| FALLBACK_REGION.to_owned()))
}

const TIME_ZONE: &str = "time_zone";
const REMINDER_TIME: &str = "reminder_time";

pub(crate) fn setting(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT value FROM settings WHERE key = ?1")?
        .query_row([key], |r| r.get(0))
        .optional()?)
}

pub(crate) fn put_setting(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO settings(key, value) VALUES (?1, ?2)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, value],
    )?;
    Ok(())
}

/// The notebook's time zone and reminder time (UTC and 09:00 until set).
pub(crate) fn time_ctx(conn: &Connection) -> Result<TimeCtx> {
    let fallback = TimeCtx::fallback();
    let tz = setting(conn, TIME_ZONE)?
        .and_then(|name| name.parse::<Tz>().ok())
        .unwrap_or(fallback.tz);
    let reminder = setting(conn, REMINDER_TIME)?
        .and_then(|t| schedule::parse_time("reminder_time", &t).ok())
        .unwrap_or(fallback.reminder);
    Ok(TimeCtx { tz, reminder })
}

/// Moves every follow-up still to do from `old` to `new` time: each keeps
/// its wall-clock time (or takes the new reminder time if it has none).
/// Snoozed ones keep the instant they were snoozed to.
fn reschedule(conn: &Connection, old: &TimeCtx, new: &TimeCtx) -> Result<()> {
    let mut stmt = conn.prepare(
        "SELECT entry_pk, start_time IS NULL, occurrence_at, due_at FROM follow_ups WHERE due_at IS NOT NULL",
    )?;
    let rows = stmt
        .query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, bool>(1)?,
                r.get::<_, Millis>(2)?,
                r.get::<_, Millis>(3)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    // A due time already reminded about stays reminded where it moves to
    // (the right-hand side reads the old row): a new setting is not a snooze.
    let mut update = conn.prepare(
        "UPDATE follow_ups SET occurrence_at = ?2, due_at = ?3,
            reminded_due = CASE WHEN reminded_due = due_at THEN ?3 ELSE reminded_due END
         WHERE entry_pk = ?1",
    )?;
    for (pk, all_day, occurrence, due) in rows {
        let wall = old.local(occurrence);
        let wall = if all_day {
            wall.date().and_time(new.reminder)
        } else {
            wall
        };
        let moved = new.instant(wall);
        let due = if due == occurrence { moved } else { due };
        update.execute(params![pk, moved, due])?;
    }
    Ok(())
}

impl Notebook {
    /// The time zone and reminder time.
    pub fn time_settings(&self) -> Result<TimeSettings> {
        let ctx = time_ctx(&self.conn)?;
        Ok(TimeSettings {
            time_zone: ctx.tz.name().to_owned(),
            reminder_time: ctx.reminder.format("%H:%M").to_string(),
        })
    }

    /// Sets the time zone (an IANA name such as `Europe/London`). Follow-ups
    /// keep their wall-clock times in the new zone.
    pub fn set_time_zone(&mut self, name: &str) -> Result<TimeSettings> {
        let tz: Tz = name.trim().parse().map_err(|_| {
            Error::invalid(
                "time_zone",
                "Choose a time zone from the list, such as Europe/London.",
            )
        })?;
        let tx = self.conn.transaction()?;
        let old = time_ctx(&tx)?;
        put_setting(&tx, TIME_ZONE, tz.name())?;
        reschedule(&tx, &old, &time_ctx(&tx)?)?;
        tx.commit()?;
        self.time_settings()
    }

    /// Sets the time of day (`HH:MM`) at which follow-ups without a time
    /// are due.
    pub fn set_reminder_time(&mut self, time: &str) -> Result<TimeSettings> {
        let t = schedule::parse_time("reminder_time", time)?;
        let tx = self.conn.transaction()?;
        let old = time_ctx(&tx)?;
        put_setting(&tx, REMINDER_TIME, &t.format("%H:%M").to_string())?;
        reschedule(&tx, &old, &time_ctx(&tx)?)?;
        tx.commit()?;
        self.time_settings()
    }
}

const GLOBAL_SHORTCUT: &str = "global_shortcut";

impl Notebook {
    /// The key combination that brings Kindly to the front from any
    /// program (e.g. `Ctrl+Shift+K`), or `None` when that is off.
    pub fn global_shortcut(&self) -> Result<Option<String>> {
        Ok(setting(&self.conn, GLOBAL_SHORTCUT)?.filter(|s| !s.is_empty()))
    }

    /// Stores the global shortcut (`None` turns it off). The shell checks
    /// that the system can use it before calling this.
    pub fn set_global_shortcut(&mut self, shortcut: Option<&str>) -> Result<Option<String>> {
        let shortcut = shortcut.map(str::trim).filter(|s| !s.is_empty());
        if shortcut.is_some_and(|s| s.len() > 60 || s.contains(['\n', '\r'])) {
            return Err(Error::invalid("shortcut", "That is not a key combination."));
        }
        put_setting(&self.conn, GLOBAL_SHORTCUT, shortcut.unwrap_or(""))?;
        self.global_shortcut()
    }
}
