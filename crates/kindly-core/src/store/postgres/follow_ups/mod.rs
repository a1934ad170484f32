//! [`FollowUpRows`] for PostgreSQL: the same guarantees as on SQLite
//! (`store/sqlite/follow_ups/`), each method one statement (one round trip).
//! Follow-ups, birthdays and the calendar here; the Today page's reads,
//! reminders and the brief's reads beside it.
//!
//! Every edit of a follow-up (its fields, due time, assignee, birthday
//! rule) raises its `version` and records the login in `changed_by`;
//! marking it reminded does not (that is bookkeeping of whichever machine
//! claimed the reminder, and must not make an open edit of it look stale).

mod brief;
mod reminders;
#[cfg(test)]
mod tests;
mod today;

use postgres::Row;

use crate::error::{Error, Result};
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
use crate::store::postgres::small;
use crate::store::postgres::tx::PgTx;
use crate::store::FollowUpRows;

/// A customer's name as the lists show it (`cu` is `customers`).
const NAME: &str = "CASE WHEN cu.preferred_name <> '' THEN cu.preferred_name ELSE cu.full_name END";

/// Selects the columns [`follow_up_row`] reads, from `follow_ups f`,
/// `entries e`, `customers cu` and what it is about (`entries a`, `issues
/// ai`, `promises ap`); callers add the `WHERE` (and `ORDER BY`).
pub(crate) const FOLLOW_UP_SELECT: &str =
    "SELECT e.id, cu.id AS customer_id, a.id AS about_id, a.kind AS about_kind, f.action,
        f.start_date, f.start_time, f.rrule, f.assignee, f.note, f.due_at, f.occurrence_at, f.version,
        coalesce(ai.title, ap.what) AS about_title
     FROM follow_ups f JOIN entries e ON e.pk = f.entry_pk
     JOIN customers cu ON cu.pk = e.customer_pk
     LEFT JOIN entries a ON a.pk = f.about_pk
     LEFT JOIN issues ai ON ai.entry_pk = f.about_pk
     LEFT JOIN promises ap ON ap.entry_pk = f.about_pk";

/// Sets the columns a user's edit of a follow-up changes besides its own.
const EDITED: &str = "version = version + 1, changed_by = session_user";

/// A follow-up for the UI, from the columns of [`FOLLOW_UP_SELECT`] (by
/// name); an action this version does not know reads as `Other`, as on
/// SQLite.
pub(crate) fn follow_up_row(r: &Row) -> Result<FollowUp> {
    let action = action(r.try_get("action")?);
    let rule: Option<String> = r.try_get("rrule")?;
    let time: Option<String> = r.try_get("start_time")?;
    let due_at: Option<Millis> = r.try_get("due_at")?;
    let occurrence_at: Option<Millis> = r.try_get("occurrence_at")?;
    Ok(FollowUp {
        id: r.try_get("id")?,
        customer_id: r.try_get("customer_id")?,
        about_id: r.try_get("about_id")?,
        about_kind: r
            .try_get::<_, Option<&str>>("about_kind")?
            .and_then(EntryKind::parse),
        action,
        date: r.try_get("start_date")?,
        all_day: time.is_none(),
        time,
        repeat: match action {
            FollowUpAction::Birthday => rule.map(|_| "FREQ=YEARLY".to_owned()),
            _ => rule,
        },
        assignee: r.try_get("assignee")?,
        note: r.try_get("note")?,
        about_title: r.try_get("about_title")?,
        snoozed: due_at.is_some() && due_at != occurrence_at,
        due_at,
        occurrence_at,
        version: r.try_get("version")?,
    })
}

/// A stored action; one this version does not know reads as `Other`.
fn action(stored: &str) -> FollowUpAction {
    FollowUpAction::parse(stored).unwrap_or(FollowUpAction::Other)
}

/// A schedule read as `action, start_date, start_time, rrule`.
fn stored_schedule(r: &Row) -> Result<StoredSchedule> {
    Ok(StoredSchedule {
        action: action(r.try_get("action")?),
        start_date: r.try_get("start_date")?,
        start_time: r.try_get("start_time")?,
        rule: r.try_get("rrule")?,
    })
}

/// A calendar row read as `id, customer_name, note, occurrence_at` and the
/// columns of [`stored_schedule`].
fn calendar_row(r: &Row) -> Result<CalendarRow> {
    Ok(CalendarRow {
        id: r.try_get("id")?,
        customer_name: r.try_get("customer_name")?,
        note: r.try_get("note")?,
        occurrence_at: r.try_get("occurrence_at")?,
        schedule: stored_schedule(r)?,
    })
}

/// `limit` for a `LIMIT` (a `bigint`).
fn limit<T: TryInto<i64>>(limit: T) -> Result<i64> {
    limit
        .try_into()
        .map_err(|_| Error::storage("a list limit is too large for the team notebook"))
}

impl FollowUpRows for PgTx<'_> {
    fn insert_follow_up(
        &mut self,
        entry_pk: i64,
        fields: &FollowUpFields,
        created_by: &str,
    ) -> Result<()> {
        self.execute(
            "INSERT INTO follow_ups(entry_pk, action, about_pk, start_date, start_time, rrule,
                assignee, note, created_by, occurrence_at, due_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)",
            &[
                &entry_pk,
                &fields.action.as_str(),
                &fields.about_pk,
                &fields.start_date,
                &fields.start_time,
                &fields.rule,
                &fields.assignee,
                &fields.note,
                &created_by,
                &fields.occurrence_at,
            ],
        )?;
        Ok(())
    }

    fn insert_birthday_follow_up(
        &mut self,
        entry_pk: i64,
        start_date: &str,
        rule: &str,
        next: Option<Millis>,
    ) -> Result<()> {
        self.execute(
            "INSERT INTO follow_ups(entry_pk, action, start_date, rrule, occurrence_at, due_at)
             VALUES ($1, 'birthday', $2, $3, $4, $4)",
            &[&entry_pk, &start_date, &rule, &next],
        )?;
        Ok(())
    }

    fn update_follow_up(&mut self, entry_pk: i64, fields: &FollowUpFields) -> Result<()> {
        self.execute(
            &format!(
                "UPDATE follow_ups SET action = $2, about_pk = $3, start_date = $4, start_time = $5,
                    rrule = $6, assignee = $7, note = $8, occurrence_at = $9, due_at = $9, {EDITED}
                 WHERE entry_pk = $1"
            ),
            &[
                &entry_pk,
                &fields.action.as_str(),
                &fields.about_pk,
                &fields.start_date,
                &fields.start_time,
                &fields.rule,
                &fields.assignee,
                &fields.note,
                &fields.occurrence_at,
            ],
        )?;
        Ok(())
    }

    fn follow_up(&mut self, entry_pk: i64) -> Result<FollowUp> {
        let row = self.query_one(
            &format!("{FOLLOW_UP_SELECT} WHERE f.entry_pk = $1"),
            &[&entry_pk],
        )?;
        follow_up_row(&row)
    }

    fn follow_ups_due_of(&mut self, customer_pk: i64, before: Millis) -> Result<Vec<FollowUp>> {
        self.query(
            &format!(
                "{FOLLOW_UP_SELECT} WHERE e.customer_pk = $1 AND e.deleted_at IS NULL
                   AND f.due_at IS NOT NULL AND f.due_at < $2 ORDER BY f.due_at, f.entry_pk"
            ),
            &[&customer_pk, &before],
        )?
        .iter()
        .map(follow_up_row)
        .collect()
    }

    fn stored_schedule(&mut self, entry_pk: i64) -> Result<StoredSchedule> {
        let row = self.query_one(
            "SELECT action, start_date, start_time, rrule FROM follow_ups WHERE entry_pk = $1",
            &[&entry_pk],
        )?;
        stored_schedule(&row)
    }

    fn due_of(&mut self, entry_pk: i64) -> Result<(Option<Millis>, Option<Millis>)> {
        let r = self.query_one(
            "SELECT occurrence_at, due_at FROM follow_ups WHERE entry_pk = $1",
            &[&entry_pk],
        )?;
        Ok((r.try_get("occurrence_at")?, r.try_get("due_at")?))
    }

    fn set_due(&mut self, entry_pk: i64, at: Option<Millis>) -> Result<()> {
        self.execute(
            &format!(
                "UPDATE follow_ups SET occurrence_at = $2, due_at = $2, {EDITED} WHERE entry_pk = $1"
            ),
            &[&entry_pk, &at],
        )?;
        Ok(())
    }

    fn snooze(&mut self, entry_pk: i64, at: Millis) -> Result<()> {
        self.execute(
            &format!("UPDATE follow_ups SET due_at = $2, {EDITED} WHERE entry_pk = $1"),
            &[&entry_pk, &at],
        )?;
        Ok(())
    }

    fn set_assignee(&mut self, entry_pk: i64, assignee: &str) -> Result<()> {
        self.execute(
            &format!("UPDATE follow_ups SET assignee = $2, {EDITED} WHERE entry_pk = $1"),
            &[&entry_pk, &assignee],
        )?;
        Ok(())
    }

    fn touch_follow_up(&mut self, entry_pk: i64, now: Millis) -> Result<()> {
        self.execute(
            &format!("UPDATE entries SET updated_at = $2, {EDITED} WHERE pk = $1"),
            &[&entry_pk, &now],
        )?;
        Ok(())
    }

    fn entry_kind(&mut self, entry_pk: i64) -> Result<Option<EntryKind>> {
        let r = self.query_one("SELECT kind FROM entries WHERE pk = $1", &[&entry_pk])?;
        Ok(EntryKind::parse(r.try_get("kind")?))
    }

    fn birthday_of(&mut self, customer_pk: i64) -> Result<Option<(u8, u8)>> {
        let r = self.query_one(
            "SELECT birthday_month, birthday_day FROM customers WHERE pk = $1",
            &[&customer_pk],
        )?;
        let part = |column: &str| -> Result<Option<u8>> {
            r.try_get::<_, Option<i32>>(column)?
                .map(|v| small(v, column))
                .transpose()
        };
        Ok(part("birthday_month")?.zip(part("birthday_day")?))
    }

    fn birthday_follow_ups(&mut self, customer_pk: i64) -> Result<Vec<BirthdayFollowUp>> {
        self.query(
            "SELECT e.deleted_at IS NULL AS live, f.entry_pk, f.rrule
             FROM follow_ups f JOIN entries e ON e.pk = f.entry_pk
             WHERE e.customer_pk = $1 AND f.action = 'birthday'",
            &[&customer_pk],
        )?
        .iter()
        .map(|r| {
            Ok(BirthdayFollowUp {
                live: r.try_get("live")?,
                entry_pk: r.try_get("entry_pk")?,
                rule: r.try_get("rrule")?,
            })
        })
        .collect()
    }

    fn set_birthday_rule(&mut self, entry_pk: i64, rule: &str) -> Result<()> {
        self.execute(
            &format!("UPDATE follow_ups SET rrule = $2, {EDITED} WHERE entry_pk = $1"),
            &[&entry_pk, &rule],
        )?;
        Ok(())
    }

    fn end_birthday_follow_up(&mut self, entry_pk: i64) -> Result<()> {
        self.execute(
            &format!(
                "UPDATE follow_ups SET rrule = NULL, occurrence_at = NULL, due_at = NULL, {EDITED}
                 WHERE entry_pk = $1"
            ),
            &[&entry_pk],
        )?;
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
        reminders::claim_due(self, now, missed_after)
    }

    fn drop_stale_reminders(&mut self, now: Millis) -> Result<()> {
        reminders::drop_stale(self, now)
    }

    fn waiting_reminders(&mut self) -> Result<Vec<Reminder>> {
        reminders::waiting(self)
    }

    fn mark_reminders_shown(&mut self, ids: &[i64], now: Millis) -> Result<()> {
        reminders::mark_shown(self, ids, now)
    }

    fn next_reminder_at(&mut self, now: Millis) -> Result<Option<Millis>> {
        reminders::next_at(self, now)
    }

    fn calendar_rows(&mut self) -> Result<Vec<CalendarRow>> {
        self.query(
            &format!(
                "SELECT e.id, {NAME} AS customer_name, f.note, f.occurrence_at,
                    f.action, f.start_date, f.start_time, f.rrule
                 FROM follow_ups f JOIN entries e ON e.pk = f.entry_pk
                 JOIN customers cu ON cu.pk = e.customer_pk
                 WHERE f.due_at IS NOT NULL AND e.deleted_at IS NULL AND cu.deleted_at IS NULL
                 ORDER BY f.due_at, f.entry_pk"
            ),
            &[],
        )?
        .iter()
        .map(calendar_row)
        .collect()
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
        brief::set_call_outcome(self, conversation_id, outcome)
    }
}
