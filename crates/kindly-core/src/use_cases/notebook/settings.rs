//! Notebook-wide settings, stored in the notebook itself so they travel
//! with it.

use chrono_tz::Tz;
use kindly_words::say;

use crate::error::{Error, Result};
use crate::rules::follow_up_model::TimeSettings;
use crate::rules::model::NotebookInfo;
use crate::rules::phone;
use crate::rules::schedule::{self, TimeCtx};
use crate::store::Tx;
use crate::use_cases::notebook::Notebook;

/// The setting naming the region numbers without a country code are read in.
pub(crate) const PHONE_REGION: &str = "phone_region";

/// Sets the phone region in `tx` (see [`Notebook::set_phone_region`]).
/// An unknown region is an error on `phone_region` and changes nothing.
pub(crate) fn apply_phone_region(tx: &mut dyn Tx, region: &str) -> Result<()> {
    let code = region.trim().to_ascii_uppercase();
    if code.len() != 2 || phone::parse_region(&code).is_none() {
        return Err(Error::invalid(
            "phone_region",
            say("validate-choose-country-from-list"),
        ));
    }
    tx.set_setting(PHONE_REGION, &code)?;
    read_numbers_again(tx, &code)
}

/// Gives the numbers without an E.164 form that are valid under `region`
/// their E.164 form (see [`Notebook::set_phone_region`]).
fn read_numbers_again(tx: &mut dyn Tx, region: &str) -> Result<()> {
    for unread in tx.phones_as_typed()? {
        if let Some(e164) = phone::to_e164(&unread.number, region) {
            let digits_rev = phone::reversed(&phone::index_digits(&unread.number, Some(&e164)));
            tx.set_phone_e164(unread.customer_pk, unread.position, &e164, &digits_rev)?;
        }
    }
    Ok(())
}

/// Used when neither the notebook nor the system locale names a region.
pub const FALLBACK_REGION: &str = "US";

impl Notebook {
    /// The region for phone numbers typed without a country code.
    pub fn phone_region(&self) -> Result<String> {
        phone_region_in(&mut *self.read()?)
    }

    /// Sets the phone region (an ISO 3166 code such as `GB`), and reads
    /// again, under it, the numbers kept as typed because they were not
    /// valid under the old one ("check the country"): those valid now get
    /// their E.164 form. Numbers that already have one keep it. One
    /// transaction.
    pub fn set_phone_region(&mut self, region: &str) -> Result<()> {
        let mut tx = self.write()?;
        apply_phone_region(&mut *tx, region)?;
        tx.commit()
    }

    /// On first use, sets the phone region from the system locale (e.g.
    /// `en_GB.UTF-8`); leaves a region already chosen alone.
    pub fn init_phone_region_from_locale(&mut self, locale: Option<&str>) -> Result<()> {
        if self.read()?.setting(PHONE_REGION)?.is_some() {
            return Ok(());
        }
        let region = locale
            .and_then(phone::region_from_locale)
            .unwrap_or_else(|| FALLBACK_REGION.to_owned());
        self.set_phone_region(&region)
    }

    /// Counts and paths for the header and the empty state.
    pub fn info(&self) -> Result<NotebookInfo> {
        let mut tx = self.read()?;
        let counts = tx.customer_counts()?;
        Ok(NotebookInfo {
            customer_count: counts.all - counts.trashed,
            trash_count: counts.trashed,
            path: self.path().display().to_string(),
            phone_region: phone_region_in(&mut *tx)?,
            sample_count: tx.sample_count()?,
            welcome: needs_welcome_in(&mut *tx)?,
        })
    }
}

/// The phone region, as `tx` sees it.
pub(crate) fn phone_region_in(tx: &mut dyn Tx) -> Result<String> {
    Ok(tx
        .setting(PHONE_REGION)?
        .unwrap_or_else(|| FALLBACK_REGION.to_owned()))
}

/// The setting naming the notebook's time zone (IANA).
pub(crate) const TIME_ZONE: &str = "time_zone";
/// The setting holding the time of day follow-ups without one are due at.
pub(crate) const REMINDER_TIME: &str = "reminder_time";

/// The notebook's time zone and reminder time as `tx` sees them (UTC and
/// 09:00 until set).
pub(crate) fn time_ctx_in(tx: &mut dyn Tx) -> Result<TimeCtx> {
    let fallback = TimeCtx::fallback();
    let tz = tx
        .setting(TIME_ZONE)?
        .and_then(|name| name.parse::<Tz>().ok())
        .unwrap_or(fallback.tz);
    let reminder = tx
        .setting(REMINDER_TIME)?
        .and_then(|t| schedule::parse_time("reminder_time", &t).ok())
        .unwrap_or(fallback.reminder);
    Ok(TimeCtx { tz, reminder })
}

/// Moves every follow-up still to do from `old` to `new` time: each keeps
/// its wall-clock time (or takes the new reminder time if it has none).
/// Snoozed ones keep the instant they were snoozed to.
fn reschedule(tx: &mut dyn Tx, old: &TimeCtx, new: &TimeCtx) -> Result<()> {
    for f in tx.scheduled_follow_ups()? {
        let wall = old.local(f.occurrence_at);
        let wall = if f.all_day {
            wall.date().and_time(new.reminder)
        } else {
            wall
        };
        let moved = new.instant(wall);
        let due = if f.due_at == f.occurrence_at {
            moved
        } else {
            f.due_at
        };
        // A due time already reminded about stays reminded where it
        // moves to: a new setting is not a snooze.
        tx.move_follow_up(f.entry_pk, moved, due)?;
    }
    Ok(())
}

/// Sets the setting `key` to `value` in `tx` and moves the follow-ups still
/// to do from the time settings before to those after.
fn change_time_setting(tx: &mut dyn Tx, key: &str, value: &str) -> Result<()> {
    let old = time_ctx_in(tx)?;
    tx.set_setting(key, value)?;
    let new = time_ctx_in(tx)?;
    reschedule(tx, &old, &new)
}

impl Notebook {
    /// Today's date in the notebook's time zone, by its clock (for the
    /// dates in the names of exported files).
    pub fn today_date(&self) -> Result<chrono::NaiveDate> {
        let ctx = time_ctx_in(&mut *self.read()?)?;
        Ok(ctx.day(self.now()))
    }

    /// The time zone and reminder time.
    pub fn time_settings(&self) -> Result<TimeSettings> {
        let ctx = time_ctx_in(&mut *self.read()?)?;
        Ok(TimeSettings {
            time_zone: ctx.tz.name().to_owned(),
            reminder_time: ctx.reminder.format("%H:%M").to_string(),
        })
    }

    /// Sets the time zone (an IANA name such as `Europe/London`). Follow-ups
    /// keep their wall-clock times in the new zone.
    pub fn set_time_zone(&mut self, name: &str) -> Result<TimeSettings> {
        let tz: Tz = name
            .trim()
            .parse()
            .map_err(|_| Error::invalid("time_zone", say("validate-choose-time-zone-from")))?;
        let mut tx = self.write()?;
        change_time_setting(&mut *tx, TIME_ZONE, tz.name())?;
        tx.commit()?;
        self.time_settings()
    }

    /// Sets the time of day (`HH:MM`) at which follow-ups without a time
    /// are due.
    pub fn set_reminder_time(&mut self, time: &str) -> Result<TimeSettings> {
        let t = schedule::parse_time("reminder_time", time)?;
        let mut tx = self.write()?;
        change_time_setting(&mut *tx, REMINDER_TIME, &t.format("%H:%M").to_string())?;
        tx.commit()?;
        self.time_settings()
    }
}

const GLOBAL_SHORTCUT: &str = "global_shortcut";

impl Notebook {
    /// The key combination that brings Kindly to the front from any
    /// program (e.g. `Ctrl+Shift+K`), or `None` when that is off.
    pub fn global_shortcut(&self) -> Result<Option<String>> {
        Ok(self
            .read()?
            .setting(GLOBAL_SHORTCUT)?
            .filter(|s| !s.is_empty()))
    }

    /// Stores the global shortcut (`None` turns it off). The shell checks
    /// that the system can use it before calling this; what is stored is
    /// at most 60 bytes with no control character (no line break, no NUL).
    pub fn set_global_shortcut(&mut self, shortcut: Option<&str>) -> Result<Option<String>> {
        let shortcut = shortcut.map(str::trim).filter(|s| !s.is_empty());
        if shortcut.is_some_and(|s| s.len() > 60 || s.chars().any(char::is_control)) {
            return Err(Error::invalid(
                "shortcut",
                say("validate-not-key-combination"),
            ));
        }
        let mut tx = self.write()?;
        tx.set_setting(GLOBAL_SHORTCUT, shortcut.unwrap_or(""))?;
        tx.commit()?;
        self.global_shortcut()
    }
}

/// When the welcome was finished; unset until then.
pub(crate) const WELCOMED_AT: &str = "welcomed_at";

/// Whether the welcome shows ([`Notebook::needs_welcome`]), as `tx` sees the notebook.
pub(crate) fn needs_welcome_in(tx: &mut dyn Tx) -> Result<bool> {
    if tx.setting(WELCOMED_AT)?.is_some() {
        return Ok(false);
    }
    Ok(!tx.notebook_used()?)
}
