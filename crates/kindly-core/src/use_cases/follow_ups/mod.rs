//! Follow-ups: adding them (by hand, suggested alongside another change, or
//! from a birthday), and doing, snoozing, skipping and reassigning them.
//!
//! A follow-up row keeps its schedule in wall-clock time plus the one
//! occurrence still to do (`occurrence_at`) and when that is due (`due_at`,
//! later than the occurrence when snoozed). Doing or skipping it records an
//! event on the timeline and moves both to the next occurrence, in the same
//! transaction. Every method here is one transaction.

pub(crate) mod calendar;
pub(crate) mod reminders;
pub(crate) mod today;

use chrono::NaiveTime;
use rusqlite::{params, Connection};

use crate::error::{Error, Result};
use crate::rules::follow_up_model::*;
use crate::rules::history_model::{EntryKind, EventType};
use crate::rules::model::Millis;
use crate::rules::schedule::{self, Recurrence, Schedule, TimeCtx};
use crate::rules::validate::text;
use crate::use_cases::customers::{pk_of, Scope};
use crate::use_cases::history::entries::{
    entry_of, insert_entry, insert_event, staff_field, EntryRef, NewEvent,
};
use crate::use_cases::notebook::settings::time_ctx;
use crate::use_cases::notebook::Notebook;

const MAX_NOTE: usize = 2_000;

/// A checked follow-up, ready to write.
struct Valid {
    customer_pk: i64,
    about_pk: Option<i64>,
    action: FollowUpAction,
    schedule: Schedule,
    rule: Option<String>,
    assignee: String,
    note: String,
    staff: String,
}

fn valid(conn: &Connection, input: &FollowUpInput) -> Result<Valid> {
    if input.action == FollowUpAction::Birthday {
        return Err(Error::invalid(
            "action",
            "Birthday reminders come from the customer's birthday on their profile.",
        ));
    }
    let start = schedule::parse_date("date", &input.date)?;
    let time = match input.time.as_deref().map(str::trim) {
        Some(t) if !t.is_empty() => Some(schedule::parse_time("time", t)?),
        _ => None,
    };
    let rule = match input.repeat.as_deref().map(str::trim) {
        Some(r) if !r.is_empty() => Some(schedule::valid_rule("repeat", r, start)?),
        _ => None,
    };
    let customer_pk = pk_of(conn, &input.customer_id, Scope::Live)?;
    let about_pk = match input.about_id.as_deref().filter(|s| !s.is_empty()) {
        None => None,
        Some(id) => Some(about(conn, id, customer_pk)?),
    };
    Ok(Valid {
        customer_pk,
        about_pk,
        action: input.action,
        schedule: Schedule {
            start,
            time,
            recurrence: rule.clone().map_or(Recurrence::Once, Recurrence::Rule),
        },
        rule,
        assignee: staff_field("assignee", &input.assignee)?,
        note: text("note", "The note", &input.note, MAX_NOTE)?,
        staff: staff_field("staff", &input.staff)?,
    })
}

/// The live issue or promise `id` of this customer.
fn about(conn: &Connection, id: &str, customer_pk: i64) -> Result<i64> {
    let missing = || Error::invalid("about_id", "That issue or promise could not be found.");
    let entry = entry_of(conn, id, None, false).map_err(|_| missing())?;
    let kind: String =
        conn.query_row("SELECT kind FROM entries WHERE pk = ?1", [entry.pk], |r| {
            r.get(0)
        })?;
    if !matches!(kind.as_str(), "issue" | "promise") {
        return Err(missing());
    }
    if entry.customer_pk != customer_pk {
        return Err(Error::invalid(
            "about_id",
            "That issue or promise belongs to another customer.",
        ));
    }
    Ok(entry.pk)
}

/// The first occurrence of a new or edited schedule: a one-off is due when
/// it says, even if that has passed (it is then overdue); a repeating one
/// starts at its first occurrence from the beginning of today.
fn first_occurrence(s: &Schedule, now: Millis, ctx: &TimeCtx) -> Option<Millis> {
    match s.recurrence {
        Recurrence::Once => s.next_after(Millis::MIN, ctx),
        _ => s.next_after(ctx.start_of(ctx.day(now)) - 1, ctx),
    }
}

/// [`first_occurrence`] of a schedule typed in the form, which must have one:
/// a repeat rule whose last date has passed would add nothing to do.
fn first_due(s: &Schedule, now: Millis, ctx: &TimeCtx) -> Result<Millis> {
    first_occurrence(s, now, ctx).ok_or_else(|| {
        Error::invalid(
            "repeat",
            "This repeat rule has no dates left from today. Change the day or the rule.",
        )
    })
}

fn insert(conn: &Connection, v: &Valid, now: Millis, ctx: &TimeCtx) -> Result<(i64, String)> {
    let occurrence = first_due(&v.schedule, now, ctx)?;
    let (pk, id) = insert_entry(conn, v.customer_pk, EntryKind::FollowUp, None, now)?;
    conn.prepare_cached(
        "INSERT INTO follow_ups(entry_pk, action, about_pk, start_date, start_time, rrule, assignee, note, created_by, occurrence_at, due_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
    )?
    .execute(params![
        pk,
        v.action.as_str(),
        v.about_pk,
        v.schedule.start.format("%Y-%m-%d").to_string(),
        v.schedule.time.map(hh_mm),
        v.rule,
        v.assignee,
        v.note,
        v.staff,
        occurrence,
    ])?;
    Ok((pk, id))
}

fn hh_mm(t: NaiveTime) -> String {
    t.format("%H:%M").to_string()
}

/// Adds a follow-up as of `now`, in the caller's transaction.
pub(crate) fn insert_follow_up(
    conn: &Connection,
    input: &FollowUpInput,
    now: Millis,
) -> Result<i64> {
    let v = valid(conn, input)?;
    let ctx = time_ctx(conn)?;
    Ok(insert(conn, &v, now, &ctx)?.0)
}

/// Creates a suggested follow-up for `customer_pk` (about `about_pk`) in the
/// caller's transaction: `plan.in_days` days from today, at the reminder time.
/// Returns the new entry's primary key.
pub(crate) fn add_planned(
    conn: &Connection,
    customer_pk: i64,
    about_pk: Option<i64>,
    plan: &FollowUpPlan,
    staff: &str,
    now: Millis,
) -> Result<i64> {
    if plan.action == FollowUpAction::Birthday {
        return Err(Error::invalid(
            "follow_up.action",
            "Birthday reminders come from the customer's birthday on their profile.",
        ));
    }
    if plan.in_days > 366 {
        return Err(Error::invalid(
            "follow_up.in_days",
            "Pick a day within the next year.",
        ));
    }
    let ctx = time_ctx(conn)?;
    let v = Valid {
        customer_pk,
        about_pk,
        action: plan.action,
        schedule: Schedule {
            start: schedule::day_plus(&ctx, now, u64::from(plan.in_days)),
            time: None,
            recurrence: Recurrence::Once,
        },
        rule: None,
        assignee: staff_field("follow_up.assignee", &plan.assignee)?,
        note: text("follow_up.note", "The note", &plan.note, MAX_NOTE)?,
        staff: staff.to_owned(),
    };
    Ok(insert(conn, &v, now, &ctx)?.0)
}

/// The birthday rule stored on a birthday follow-up, e.g. `FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29`.
fn birthday_rule(month: u8, day: u8) -> String {
    format!("FREQ=YEARLY;BYMONTH={month};BYMONTHDAY={day}")
}

/// Keeps the customer's yearly birthday follow-up in step with their
/// birthday: creates it, moves it when the birthday changes, and ends it
/// when the birthday is removed. Leaves it alone when nothing changed, so a
/// card already marked done this year stays done.
pub(crate) fn sync_birthday(conn: &Connection, customer_pk: i64, now: Millis) -> Result<()> {
    let birthday: Option<(u8, u8)> = conn
        .prepare_cached("SELECT birthday_month, birthday_day FROM customers WHERE pk = ?1")?
        .query_row([customer_pk], |r| {
            Ok(r.get::<_, Option<u8>>(0)?.zip(r.get::<_, Option<u8>>(1)?))
        })?;
    sync_birthday_to(conn, customer_pk, birthday, now)
}

/// [`sync_birthday`] for a customer whose stored birthday (month, day) the
/// caller has just written as `birthday`, without reading it back.
pub(crate) fn sync_birthday_to(
    conn: &Connection,
    customer_pk: i64,
    birthday: Option<(u8, u8)>,
    now: Millis,
) -> Result<()> {
    // The live one, else the one in Trash, the oldest first: a birthday
    // reminder moved to Trash stays there (and in step, should it be
    // restored): the user chose not to have it. Chosen here rather than
    // sorted by SQLite, which would build a sorter for each customer.
    let mut existing: Option<(bool, i64, Option<String>)> = None;
    let mut stmt = conn.prepare_cached(
        "SELECT e.deleted_at IS NULL, f.entry_pk, f.rrule FROM follow_ups f JOIN entries e ON e.pk = f.entry_pk
         WHERE e.customer_pk = ?1 AND f.action = 'birthday'",
    )?;
    let mut rows = stmt.query([customer_pk])?;
    while let Some(r) = rows.next()? {
        let found: (bool, i64, Option<String>) = (r.get(0)?, r.get(1)?, r.get(2)?);
        let better = match &existing {
            None => true,
            Some((live, pk, _)) => {
                (found.0, std::cmp::Reverse(found.1)) > (*live, std::cmp::Reverse(*pk))
            }
        };
        if better {
            existing = Some(found);
        }
    }
    let existing = existing.map(|(_, pk, rule)| (pk, rule));
    let wanted = birthday.map(|(m, d)| birthday_rule(m, d));
    match (existing, birthday) {
        (Some((_, rule)), _) if rule == wanted => Ok(()),
        (Some((pk, _)), None) => {
            conn.prepare_cached(
                "UPDATE follow_ups SET rrule = NULL, occurrence_at = NULL, due_at = NULL WHERE entry_pk = ?1",
            )?
            .execute([pk])?;
            Ok(())
        }
        (Some((pk, _)), Some(_)) => {
            conn.prepare_cached("UPDATE follow_ups SET rrule = ?2 WHERE entry_pk = ?1")?
                .execute(params![pk, wanted])?;
            let ctx = time_ctx(conn)?;
            let next = schedule_of(conn, pk)?.and_then(|s| first_occurrence(&s, now, &ctx));
            set_due(conn, pk, next)
        }
        (None, Some((month, day))) => add_birthday(conn, customer_pk, (month, day), now),
        (None, None) => Ok(()),
    }
}

/// Adds the birthday reminder of a customer who has none: a new customer
/// with a birthday (no need to look for one), or one just given a birthday.
pub(crate) fn add_birthday(
    conn: &Connection,
    customer_pk: i64,
    (month, day): (u8, u8),
    now: Millis,
) -> Result<()> {
    let ctx = time_ctx(conn)?;
    let start = ctx.day(now).format("%Y-%m-%d").to_string();
    // The schedule exactly as `schedule_of` reads it back from the
    // row written below (the same date checks included).
    let schedule = Schedule {
        start: schedule::parse_date("date", &start)?,
        time: None,
        recurrence: Recurrence::Birthday {
            month: month.into(),
            day: day.into(),
        },
    };
    let next = first_occurrence(&schedule, now, &ctx);
    let (pk, _) = insert_entry(conn, customer_pk, EntryKind::FollowUp, None, now)?;
    conn.prepare_cached(
        "INSERT INTO follow_ups(entry_pk, action, start_date, rrule, occurrence_at, due_at)
         VALUES (?1, 'birthday', ?2, ?3, ?4, ?4)",
    )?
    .execute(params![pk, start, birthday_rule(month, day), next])?;
    Ok(())
}

fn set_due(conn: &Connection, pk: i64, at: Option<Millis>) -> Result<()> {
    conn.prepare_cached(
        "UPDATE follow_ups SET occurrence_at = ?2, due_at = ?2 WHERE entry_pk = ?1",
    )?
    .execute(params![pk, at])?;
    Ok(())
}

/// The stored schedule of a follow-up; `None` for a birthday follow-up
/// whose birthday was removed.
pub(crate) fn schedule_of(conn: &Connection, pk: i64) -> Result<Option<Schedule>> {
    let (action, start, time, rule): (String, String, Option<String>, Option<String>) = conn
        .prepare_cached(
            "SELECT action, start_date, start_time, rrule FROM follow_ups WHERE entry_pk = ?1",
        )?
        .query_row([pk], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
    let start = schedule::parse_date("date", &start)?;
    let time = time.map(|t| schedule::parse_time("time", &t)).transpose()?;
    let recurrence = match (action.as_str(), rule) {
        ("birthday", None) => return Ok(None),
        ("birthday", Some(rule)) => {
            let part = |key: &str| {
                rule.split(';')
                    .find_map(|p| p.strip_prefix(key))
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(1)
            };
            Recurrence::Birthday {
                month: part("BYMONTH="),
                day: part("BYMONTHDAY="),
            }
        }
        (_, Some(rule)) => Recurrence::Rule(rule),
        (_, None) => Recurrence::Once,
    };
    Ok(Some(Schedule {
        start,
        time,
        recurrence,
    }))
}

/// Reads a follow-up for the UI.
pub(crate) fn read_follow_up(conn: &Connection, pk: i64) -> Result<FollowUp> {
    Ok(conn
        .prepare_cached(&format!("{FOLLOW_UP_SELECT} WHERE f.entry_pk = ?1"))?
        .query_row([pk], follow_up_row)?)
}

/// Selects the columns [`follow_up_row`] reads, from `follow_ups f`.
pub(crate) const FOLLOW_UP_SELECT: &str =
    "SELECT e.id, cu.id, a.id, a.kind, f.action, f.start_date, f.start_time, f.rrule,
        f.assignee, f.note, f.due_at, f.occurrence_at, coalesce(ai.title, ap.what)
     FROM follow_ups f JOIN entries e ON e.pk = f.entry_pk
     JOIN customers cu ON cu.pk = e.customer_pk
     LEFT JOIN entries a ON a.pk = f.about_pk
     LEFT JOIN issues ai ON ai.entry_pk = f.about_pk
     LEFT JOIN promises ap ON ap.entry_pk = f.about_pk";

pub(crate) fn follow_up_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<FollowUp> {
    let action = FollowUpAction::parse(&r.get::<_, String>(4)?).unwrap_or(FollowUpAction::Other);
    let rule: Option<String> = r.get(7)?;
    let time: Option<String> = r.get(6)?;
    let due_at: Option<Millis> = r.get(10)?;
    let occurrence_at: Option<Millis> = r.get(11)?;
    Ok(FollowUp {
        id: r.get(0)?,
        customer_id: r.get(1)?,
        about_id: r.get(2)?,
        about_kind: r
            .get::<_, Option<String>>(3)?
            .and_then(|k| EntryKind::parse(&k)),
        action,
        date: r.get(5)?,
        all_day: time.is_none(),
        time,
        repeat: match action {
            FollowUpAction::Birthday => rule.map(|_| "FREQ=YEARLY".to_owned()),
            _ => rule,
        },
        assignee: r.get(8)?,
        note: r.get(9)?,
        about_title: r.get(12)?,
        snoozed: due_at.is_some() && due_at != occurrence_at,
        due_at,
        occurrence_at,
    })
}

/// The live follow-up `id` that still has something to do.
fn open_entry(conn: &Connection, id: &str) -> Result<(EntryRef, Millis, Millis)> {
    let entry = entry_of(conn, id, Some(EntryKind::FollowUp), false)?;
    let due: (Option<Millis>, Option<Millis>) = conn.query_row(
        "SELECT occurrence_at, due_at FROM follow_ups WHERE entry_pk = ?1",
        [entry.pk],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    match due {
        (Some(occurrence), Some(due)) => Ok((entry, occurrence, due)),
        _ => Err(Error::invalid(
            "id",
            "This follow-up has already been done.",
        )),
    }
}

/// Marks the due occurrence of the live follow-up `id` done or skipped (an
/// event on the timeline) and moves it to its next occurrence, in the
/// caller's transaction. Returns the follow-up's pk.
pub(crate) fn advance(
    conn: &Connection,
    id: &str,
    event: EventType,
    staff: &str,
    note: &str,
    now: Millis,
) -> Result<i64> {
    let (entry, occurrence, _) = open_entry(conn, id)?;
    let schedule = schedule_of(conn, entry.pk)?;
    if event == EventType::FollowUpSkipped
        && schedule
            .as_ref()
            .is_none_or(|s| s.recurrence == Recurrence::Once)
    {
        return Err(Error::invalid(
            "id",
            "Only a repeating follow-up can skip one time. Mark it done or move it to Trash instead.",
        ));
    }
    let ctx = time_ctx(conn)?;
    // After the later of the occurrence and now: doing a late weekly call
    // today does not leave last week's slot still due.
    let next = schedule.and_then(|s| s.next_after(occurrence.max(now), &ctx));
    insert_event(
        conn,
        &entry,
        event,
        NewEvent {
            at: now,
            staff,
            note,
            old_due: Some(occurrence),
            new_due: next,
            ..Default::default()
        },
    )?;
    set_due(conn, entry.pk, next)?;
    conn.execute(
        "UPDATE entries SET updated_at = ?2 WHERE pk = ?1",
        params![entry.pk, now],
    )?;
    Ok(entry.pk)
}

impl Notebook {
    /// Adds a follow-up to a live customer.
    pub fn add_follow_up(&mut self, input: &FollowUpInput) -> Result<FollowUp> {
        let now = self.now();
        let tx = self.conn.transaction()?;
        let pk = insert_follow_up(&tx, input, now)?;
        let out = read_follow_up(&tx, pk)?;
        tx.commit()?;
        Ok(out)
    }

    /// Changes what, when, who and how often. The next occurrence is worked
    /// out afresh from the new schedule.
    pub fn update_follow_up(&mut self, id: &str, input: &FollowUpInput) -> Result<FollowUp> {
        let now = self.now();
        let tx = self.conn.transaction()?;
        let entry = entry_of(&tx, id, Some(EntryKind::FollowUp), false)?;
        let action: String = tx.query_row(
            "SELECT action FROM follow_ups WHERE entry_pk = ?1",
            [entry.pk],
            |r| r.get(0),
        )?;
        if action == "birthday" {
            return Err(Error::invalid(
                "action",
                "A birthday reminder follows the birthday on the customer's profile.",
            ));
        }
        let v = valid(&tx, input)?;
        if v.customer_pk != entry.customer_pk {
            return Err(Error::invalid(
                "customer_id",
                "A follow-up cannot move to another customer.",
            ));
        }
        let ctx = time_ctx(&tx)?;
        let occurrence = first_due(&v.schedule, now, &ctx)?;
        tx.execute(
            "UPDATE follow_ups SET action = ?2, about_pk = ?3, start_date = ?4, start_time = ?5, rrule = ?6,
                assignee = ?7, note = ?8, occurrence_at = ?9, due_at = ?9 WHERE entry_pk = ?1",
            params![
                entry.pk,
                v.action.as_str(),
                v.about_pk,
                v.schedule.start.format("%Y-%m-%d").to_string(),
                v.schedule.time.map(hh_mm),
                v.rule,
                v.assignee,
                v.note,
                occurrence,
            ],
        )?;
        tx.execute(
            "UPDATE entries SET updated_at = ?2 WHERE pk = ?1",
            params![entry.pk, now],
        )?;
        let out = read_follow_up(&tx, entry.pk)?;
        tx.commit()?;
        Ok(out)
    }

    /// A live follow-up.
    pub fn follow_up(&self, id: &str) -> Result<FollowUp> {
        let entry = entry_of(&self.conn, id, Some(EntryKind::FollowUp), false)?;
        read_follow_up(&self.conn, entry.pk)
    }

    /// Marks the due occurrence done (who, when, what came of it, on the
    /// timeline) and moves a repeating follow-up to its next occurrence.
    pub fn complete_follow_up(&mut self, id: &str, done: &FollowUpDone) -> Result<FollowUp> {
        let staff = staff_field("staff", &done.staff)?;
        let note = text("note", "The note", &done.note, MAX_NOTE)?;
        self.advance(id, EventType::FollowUpDone, &staff, &note)
    }

    /// Skips the due occurrence of a repeating follow-up.
    pub fn skip_follow_up(&mut self, id: &str, staff: &str) -> Result<FollowUp> {
        let staff = staff_field("staff", staff)?;
        self.advance(id, EventType::FollowUpSkipped, &staff, "")
    }

    fn advance(&mut self, id: &str, event: EventType, staff: &str, note: &str) -> Result<FollowUp> {
        let now = self.now();
        let tx = self.conn.transaction()?;
        let pk = advance(&tx, id, event, staff, note, now)?;
        let out = read_follow_up(&tx, pk)?;
        tx.commit()?;
        Ok(out)
    }

    /// Puts the due occurrence off; the schedule itself is unchanged.
    pub fn snooze_follow_up(&mut self, id: &str, until: &Snooze) -> Result<FollowUp> {
        let now = self.now();
        let tx = self.conn.transaction()?;
        let (entry, _, _) = open_entry(&tx, id)?;
        let at = schedule::snooze_until(until, now, &time_ctx(&tx)?)?;
        tx.execute(
            "UPDATE follow_ups SET due_at = ?2 WHERE entry_pk = ?1",
            params![entry.pk, at],
        )?;
        let out = read_follow_up(&tx, entry.pk)?;
        tx.commit()?;
        Ok(out)
    }

    /// Hands a follow-up to someone else.
    pub fn reassign_follow_up(&mut self, id: &str, assignee: &str) -> Result<FollowUp> {
        let assignee = staff_field("assignee", assignee)?;
        let now = self.now();
        let tx = self.conn.transaction()?;
        let entry = entry_of(&tx, id, Some(EntryKind::FollowUp), false)?;
        tx.execute(
            "UPDATE follow_ups SET assignee = ?2 WHERE entry_pk = ?1",
            params![entry.pk, assignee],
        )?;
        tx.execute(
            "UPDATE entries SET updated_at = ?2 WHERE pk = ?1",
            params![entry.pk, now],
        )?;
        let out = read_follow_up(&tx, entry.pk)?;
        tx.commit()?;
        Ok(out)
    }
}
