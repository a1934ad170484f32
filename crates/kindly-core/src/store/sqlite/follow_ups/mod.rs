//! [`FollowUpRows`] for SQLite: follow-ups, birthdays, reminders and the
//! calendar here; the Today page's and the brief's reads beside it.

mod brief;
mod today;

use rusqlite::{params, OptionalExtension, Row};

use crate::error::Result;
use crate::rules::brief_model::{
    BriefContact, BriefIssue, BriefPromise, CallOutcome, CallerMatch, PhoneMatch,
};
use crate::rules::follow_up_model::{
    FollowUp, FollowUpAction, Reminder, TodayFollowUp, TodayPromise,
};
use crate::rules::history_model::EntryKind;
use crate::rules::model::Millis;
use crate::store::follow_ups::{
    BirthdayFollowUp, BirthdayRow, CalendarRow, DriftingRow, FollowUpFields, PhoneKey,
    StoredSchedule,
};
use crate::store::sqlite::tx::SqliteTx;
use crate::store::sqlite::versions::edited;
use crate::store::FollowUpRows;

/// A customer's name as the lists show it (`cu` is `customers`).
pub(super) const NAME: &str =
    "CASE WHEN cu.preferred_name <> '' THEN cu.preferred_name ELSE cu.full_name END";

/// Selects the columns [`follow_up_row`] reads, from `follow_ups f`.
pub(crate) const FOLLOW_UP_SELECT: &str =
    "SELECT e.id, cu.id AS customer_id, a.id AS about_id, a.kind AS about_kind, f.action,
        f.start_date, f.start_time, f.rrule, f.assignee, f.note, f.due_at, f.occurrence_at, f.version,
        coalesce(ai.title, ap.what) AS about_title
     FROM follow_ups f JOIN entries e ON e.pk = f.entry_pk
     JOIN customers cu ON cu.pk = e.customer_pk
     LEFT JOIN entries a ON a.pk = f.about_pk
     LEFT JOIN issues ai ON ai.entry_pk = f.about_pk
     LEFT JOIN promises ap ON ap.entry_pk = f.about_pk";

/// A follow-up for the UI, from the columns of [`FOLLOW_UP_SELECT`].
pub(crate) fn follow_up_row(r: &Row<'_>) -> rusqlite::Result<FollowUp> {
    let action = action(r.get("action")?);
    let rule: Option<String> = r.get("rrule")?;
    let time: Option<String> = r.get("start_time")?;
    let due_at: Option<Millis> = r.get("due_at")?;
    let occurrence_at: Option<Millis> = r.get("occurrence_at")?;
    Ok(FollowUp {
        id: r.get("id")?,
        customer_id: r.get("customer_id")?,
        about_id: r.get("about_id")?,
        about_kind: r
            .get::<_, Option<String>>("about_kind")?
            .and_then(|k| EntryKind::parse(&k)),
        action,
        date: r.get("start_date")?,
        all_day: time.is_none(),
        time,
        repeat: match action {
            FollowUpAction::Birthday => rule.map(|_| "FREQ=YEARLY".to_owned()),
            _ => rule,
        },
        assignee: r.get("assignee")?,
        note: r.get("note")?,
        about_title: r.get("about_title")?,
        snoozed: due_at.is_some() && due_at != occurrence_at,
        due_at,
        occurrence_at,
        version: r.get("version")?,
    })
}

/// A stored action; one this version does not know reads as `Other`.
fn action(stored: String) -> FollowUpAction {
    FollowUpAction::parse(&stored).unwrap_or(FollowUpAction::Other)
}

/// A schedule read as `action, start_date, start_time, rrule`.
fn stored_schedule(r: &Row<'_>) -> rusqlite::Result<StoredSchedule> {
    Ok(StoredSchedule {
        action: action(r.get("action")?),
        start_date: r.get("start_date")?,
        start_time: r.get("start_time")?,
        rule: r.get("rrule")?,
    })
}

/// A birthday follow-up read as `live, entry_pk, rrule`.
fn birthday_follow_up(r: &Row<'_>) -> rusqlite::Result<BirthdayFollowUp> {
    Ok(BirthdayFollowUp {
        live: r.get("live")?,
        entry_pk: r.get("entry_pk")?,
        rule: r.get("rrule")?,
    })
}

/// A reminder read as `pk, follow_up_id, customer_id, customer_name,
/// action, note, assignee, due_at, missed`.
fn reminder(r: &Row<'_>) -> rusqlite::Result<Reminder> {
    Ok(Reminder {
        id: r.get("pk")?,
        follow_up_id: r.get("follow_up_id")?,
        customer_id: r.get("customer_id")?,
        customer_name: r.get("customer_name")?,
        action: action(r.get("action")?),
        note: r.get("note")?,
        due_at: r.get("due_at")?,
        missed: r.get("missed")?,
        assignee: r.get("assignee")?,
        // Decided by the use case, which knows who is at this desk.
        for_someone_else: false,
    })
}

/// A calendar row read as `id, customer_name, note, occurrence_at` and the
/// columns of [`stored_schedule`].
fn calendar_row(r: &Row<'_>) -> rusqlite::Result<CalendarRow> {
    Ok(CalendarRow {
        id: r.get("id")?,
        customer_name: r.get("customer_name")?,
        note: r.get("note")?,
        occurrence_at: r.get("occurrence_at")?,
        schedule: stored_schedule(r)?,
    })
}

impl FollowUpRows for SqliteTx<'_> {
    fn insert_follow_up(
        &mut self,
        entry_pk: i64,
        fields: &FollowUpFields,
        created_by: &str,
    ) -> Result<()> {
        self.prepare_cached(
            "INSERT INTO follow_ups(entry_pk, action, about_pk, start_date, start_time, rrule, assignee, note, created_by, occurrence_at, due_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
        )?
        .execute(params![
            entry_pk,
            fields.action.as_str(),
            fields.about_pk,
            fields.start_date,
            fields.start_time,
            fields.rule,
            fields.assignee,
            fields.note,
            created_by,
            fields.occurrence_at,
        ])?;
        Ok(())
    }

    fn insert_birthday_follow_up(
        &mut self,
        entry_pk: i64,
        start_date: &str,
        rule: &str,
        next: Option<Millis>,
    ) -> Result<()> {
        self.prepare_cached(
            "INSERT INTO follow_ups(entry_pk, action, start_date, rrule, occurrence_at, due_at)
             VALUES (?1, 'birthday', ?2, ?3, ?4, ?4)",
        )?
        .execute(params![entry_pk, start_date, rule, next])?;
        Ok(())
    }

    fn update_follow_up(&mut self, entry_pk: i64, fields: &FollowUpFields) -> Result<()> {
        self.execute(
            concat!(
                "UPDATE follow_ups SET action = ?2, about_pk = ?3, start_date = ?4, start_time = ?5,
                    rrule = ?6, assignee = ?7, note = ?8, occurrence_at = ?9, due_at = ?9, ",
                edited!(),
                " WHERE entry_pk = ?1"
            ),
            params![
                entry_pk,
                fields.action.as_str(),
                fields.about_pk,
                fields.start_date,
                fields.start_time,
                fields.rule,
                fields.assignee,
                fields.note,
                fields.occurrence_at,
            ],
        )?;
        Ok(())
    }

    fn follow_up(&mut self, entry_pk: i64) -> Result<FollowUp> {
        Ok(self
            .prepare_cached(&format!("{FOLLOW_UP_SELECT} WHERE f.entry_pk = ?1"))?
            .query_row([entry_pk], follow_up_row)?)
    }

    fn follow_ups_due_of(&mut self, customer_pk: i64, before: Millis) -> Result<Vec<FollowUp>> {
        Ok(self
            .prepare_cached(&format!(
                "{FOLLOW_UP_SELECT} WHERE e.customer_pk = ?1 AND e.deleted_at IS NULL
                   AND f.due_at IS NOT NULL AND f.due_at < ?2 ORDER BY f.due_at, f.entry_pk"
            ))?
            .query_map(params![customer_pk, before], follow_up_row)?
            .collect::<rusqlite::Result<_>>()?)
    }

    fn stored_schedule(&mut self, entry_pk: i64) -> Result<StoredSchedule> {
        Ok(self
            .prepare_cached(
                "SELECT action, start_date, start_time, rrule FROM follow_ups WHERE entry_pk = ?1",
            )?
            .query_row([entry_pk], stored_schedule)?)
    }

    fn due_of(&mut self, entry_pk: i64) -> Result<(Option<Millis>, Option<Millis>)> {
        Ok(self.query_row(
            "SELECT occurrence_at, due_at FROM follow_ups WHERE entry_pk = ?1",
            [entry_pk],
            |r| Ok((r.get("occurrence_at")?, r.get("due_at")?)),
        )?)
    }

    fn set_due(&mut self, entry_pk: i64, at: Option<Millis>) -> Result<()> {
        self.prepare_cached(concat!(
            "UPDATE follow_ups SET occurrence_at = ?2, due_at = ?2, ",
            edited!(),
            " WHERE entry_pk = ?1"
        ))?
        .execute(params![entry_pk, at])?;
        Ok(())
    }

    fn snooze(&mut self, entry_pk: i64, at: Millis) -> Result<()> {
        self.execute(
            concat!(
                "UPDATE follow_ups SET due_at = ?2, ",
                edited!(),
                " WHERE entry_pk = ?1"
            ),
            params![entry_pk, at],
        )?;
        Ok(())
    }

    fn set_assignee(&mut self, entry_pk: i64, assignee: &str) -> Result<()> {
        self.execute(
            concat!(
                "UPDATE follow_ups SET assignee = ?2, ",
                edited!(),
                " WHERE entry_pk = ?1"
            ),
            params![entry_pk, assignee],
        )?;
        Ok(())
    }

    fn touch_follow_up(&mut self, entry_pk: i64, now: Millis) -> Result<()> {
        self.execute(
            concat!(
                "UPDATE entries SET updated_at = ?2, ",
                edited!(),
                " WHERE pk = ?1"
            ),
            params![entry_pk, now],
        )?;
        Ok(())
    }

    fn entry_kind(&mut self, entry_pk: i64) -> Result<Option<EntryKind>> {
        let kind: String =
            self.query_row("SELECT kind FROM entries WHERE pk = ?1", [entry_pk], |r| {
                r.get("kind")
            })?;
        Ok(EntryKind::parse(&kind))
    }

    fn birthday_of(&mut self, customer_pk: i64) -> Result<Option<(u8, u8)>> {
        Ok(self
            .prepare_cached("SELECT birthday_month, birthday_day FROM customers WHERE pk = ?1")?
            .query_row([customer_pk], |r| {
                Ok(r.get::<_, Option<u8>>("birthday_month")?
                    .zip(r.get::<_, Option<u8>>("birthday_day")?))
            })?)
    }

    fn birthday_follow_ups(&mut self, customer_pk: i64) -> Result<Vec<BirthdayFollowUp>> {
        Ok(self
            .prepare_cached(
                "SELECT e.deleted_at IS NULL AS live, f.entry_pk, f.rrule
                 FROM follow_ups f JOIN entries e ON e.pk = f.entry_pk
                 WHERE e.customer_pk = ?1 AND f.action = 'birthday'",
            )?
            .query_map([customer_pk], birthday_follow_up)?
            .collect::<rusqlite::Result<_>>()?)
    }

    fn set_birthday_rule(&mut self, entry_pk: i64, rule: &str) -> Result<()> {
        self.prepare_cached(concat!(
            "UPDATE follow_ups SET rrule = ?2, ",
            edited!(),
            " WHERE entry_pk = ?1"
        ))?
        .execute(params![entry_pk, rule])?;
        Ok(())
    }

    fn end_birthday_follow_up(&mut self, entry_pk: i64) -> Result<()> {
        self.prepare_cached(concat!(
            "UPDATE follow_ups SET rrule = NULL, occurrence_at = NULL, due_at = NULL, ",
            edited!(),
            " WHERE entry_pk = ?1"
        ))?
        .execute([entry_pk])?;
        Ok(())
    }

    fn due_follow_ups(
        &mut self,
        from: Millis,
        to: Millis,
        limit: u32,
    ) -> Result<Vec<TodayFollowUp>> {
        today::due_follow_ups(self, from, to, limit)
    }

    fn due_counts(&mut self, start: Millis, tomorrow: Millis) -> Result<(u32, u32)> {
        today::due_counts(self, start, tomorrow)
    }

    fn promises_due(
        &mut self,
        before: Millis,
        now: Millis,
        limit: u32,
    ) -> Result<Vec<TodayPromise>> {
        today::promises_due(self, before, now, limit)
    }

    fn birthdays_on(&mut self, days: &[(u32, u32)], limit: u32) -> Result<Vec<BirthdayRow>> {
        today::birthdays_on(self, days, limit)
    }

    fn drifting(&mut self, now: Millis, limit: u32) -> Result<Vec<DriftingRow>> {
        today::drifting(self, now, limit)
    }

    fn claim_due_reminders(&mut self, now: Millis, missed_after: Millis) -> Result<()> {
        self.prepare_cached(
            "INSERT OR IGNORE INTO reminders(entry_pk, due_at, claimed_at, missed)
             SELECT f.entry_pk, f.due_at, ?1,
                f.due_at < ?1 - ?2 AND e.updated_at < f.due_at
                    AND cu.pk NOT IN (SELECT customer_pk FROM sample_customers)
             FROM follow_ups f JOIN entries e ON e.pk = f.entry_pk
             JOIN customers cu ON cu.pk = e.customer_pk
             WHERE f.due_at IS NOT NULL AND f.reminded_due IS NOT f.due_at AND f.due_at <= ?1
               AND e.deleted_at IS NULL AND cu.deleted_at IS NULL",
        )?
        .execute(params![now, missed_after])?;
        self.prepare_cached(
            "UPDATE follow_ups SET reminded_due = due_at
             WHERE due_at IS NOT NULL AND reminded_due IS NOT due_at AND due_at <= ?1
               AND EXISTS(SELECT 1 FROM reminders r WHERE r.entry_pk = follow_ups.entry_pk AND r.due_at = follow_ups.due_at)",
        )?
        .execute([now])?;
        Ok(())
    }

    fn drop_stale_reminders(&mut self, now: Millis) -> Result<()> {
        self.prepare_cached(
            "UPDATE reminders SET shown_at = ?1
             WHERE shown_at IS NULL AND NOT EXISTS(
                SELECT 1 FROM follow_ups f JOIN entries e ON e.pk = f.entry_pk
                JOIN customers cu ON cu.pk = e.customer_pk
                WHERE f.entry_pk = reminders.entry_pk AND f.due_at = reminders.due_at
                  AND e.deleted_at IS NULL AND cu.deleted_at IS NULL)",
        )?
        .execute([now])?;
        Ok(())
    }

    fn waiting_reminders(&mut self) -> Result<Vec<Reminder>> {
        Ok(self
            .prepare_cached(&format!(
                "SELECT r.pk, e.id AS follow_up_id, cu.id AS customer_id, {NAME} AS customer_name,
                    f.action, f.note, f.assignee, r.due_at, r.missed
                 FROM reminders r JOIN follow_ups f ON f.entry_pk = r.entry_pk
                 JOIN entries e ON e.pk = r.entry_pk JOIN customers cu ON cu.pk = e.customer_pk
                 WHERE r.shown_at IS NULL ORDER BY r.due_at, r.pk"
            ))?
            .query_map([], reminder)?
            .collect::<rusqlite::Result<_>>()?)
    }

    fn mark_reminders_shown(&mut self, ids: &[i64], now: Millis) -> Result<()> {
        let mut stmt = self.prepare_cached(
            "UPDATE reminders SET shown_at = ?2 WHERE pk = ?1 AND shown_at IS NULL",
        )?;
        for id in ids {
            stmt.execute(params![id, now])?;
        }
        Ok(())
    }

    fn next_reminder_at(&mut self, now: Millis) -> Result<Option<Millis>> {
        Ok(self
            .prepare_cached(
                "SELECT f.due_at FROM follow_ups f JOIN entries e ON e.pk = f.entry_pk
                 JOIN customers cu ON cu.pk = e.customer_pk
                 WHERE f.due_at IS NOT NULL AND f.reminded_due IS NOT f.due_at AND f.due_at > ?1
                   AND e.deleted_at IS NULL AND cu.deleted_at IS NULL
                 ORDER BY f.due_at LIMIT 1",
            )?
            .query_row([now], |r| r.get("due_at"))
            .optional()?)
    }

    fn calendar_rows(&mut self) -> Result<Vec<CalendarRow>> {
        Ok(self
            .prepare(&format!(
                "SELECT e.id, {NAME} AS customer_name, f.note, f.occurrence_at,
                    f.action, f.start_date, f.start_time, f.rrule
                 FROM follow_ups f JOIN entries e ON e.pk = f.entry_pk
                 JOIN customers cu ON cu.pk = e.customer_pk
                 WHERE f.due_at IS NOT NULL AND e.deleted_at IS NULL AND cu.deleted_at IS NULL
                 ORDER BY f.due_at, f.entry_pk"
            ))?
            .query_map([], calendar_row)?
            .collect::<rusqlite::Result<_>>()?)
    }

    fn brief_open_issues(&mut self, customer_pk: i64) -> Result<Vec<BriefIssue>> {
        brief::open_issues(self, customer_pk)
    }

    fn brief_promises(
        &mut self,
        customer_pk: i64,
        before: Millis,
        now: Millis,
    ) -> Result<Vec<BriefPromise>> {
        brief::promises(self, customer_pk, before, now)
    }

    fn brief_recent(&mut self, customer_pk: i64) -> Result<Vec<BriefContact>> {
        brief::recent(self, customer_pk)
    }

    fn callers(
        &mut self,
        key: PhoneKey<'_>,
        how: PhoneMatch,
        limit: usize,
    ) -> Result<Vec<CallerMatch>> {
        brief::callers(self, key, how, limit)
    }

    fn set_call_outcome(&mut self, conversation_id: &str, outcome: CallOutcome) -> Result<()> {
        self.execute(
            "UPDATE conversations SET outcome = ?2
             WHERE entry_pk = (SELECT pk FROM entries WHERE id = ?1)",
            params![conversation_id, outcome.as_str()],
        )?;
        Ok(())
    }
}
