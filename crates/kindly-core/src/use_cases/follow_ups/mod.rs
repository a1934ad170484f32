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
use kindly_words::say;

use crate::error::{Error, Result};
use crate::rules::follow_up_model::*;
use crate::rules::history_model::{EntryKind, EventType};
use crate::rules::model::Millis;
use crate::rules::schedule::{self, Recurrence, Schedule, TimeCtx};
use crate::rules::validate::staff_field;
use crate::rules::validate::text;
use crate::store::follow_ups::{FollowUpFields, StoredSchedule};
use crate::store::Tx;
use crate::store::{EntryRef, NewEvent};
use crate::store::{Scope, Versioned};
use crate::use_cases::notebook::settings::time_ctx_in;
use crate::use_cases::notebook::Notebook;
use crate::use_cases::versions;

/// A follow-up, as the person says it.
const FOLLOW_UP: &str = "follow-up";

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

impl Valid {
    /// What the store keeps of it, due first at `occurrence_at`.
    fn fields(&self, occurrence_at: Millis) -> FollowUpFields {
        FollowUpFields {
            action: self.action,
            about_pk: self.about_pk,
            start_date: self.schedule.start.format("%Y-%m-%d").to_string(),
            start_time: self.schedule.time.map(hh_mm),
            rule: self.rule.clone(),
            assignee: self.assignee.clone(),
            note: self.note.clone(),
            occurrence_at,
        }
    }
}

fn valid(tx: &mut dyn Tx, input: &FollowUpInput) -> Result<Valid> {
    if input.action == FollowUpAction::Birthday {
        return Err(Error::invalid(
            "action",
            say("validate-birthday-reminders-come-from"),
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
    let customer_pk = tx.customer_pk(&input.customer_id, Scope::Live)?;
    let about_pk = match input.about_id.as_deref().filter(|s| !s.is_empty()) {
        None => None,
        Some(id) => Some(about(tx, id, customer_pk)?),
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
        note: text(
            "note",
            &|| say("validate-label-the-note"),
            &input.note,
            MAX_NOTE,
        )?,
        staff: staff_field("staff", &input.staff)?,
    })
}

/// The live issue or promise `id` of this customer.
fn about(tx: &mut dyn Tx, id: &str, customer_pk: i64) -> Result<i64> {
    let missing = || Error::invalid("about_id", say("validate-issue-promise-could-not"));
    let entry = tx.entry_by_id(id, None, false).map_err(|_| missing())?;
    if !matches!(
        tx.entry_kind(entry.pk)?,
        Some(EntryKind::Issue | EntryKind::Promise)
    ) {
        return Err(missing());
    }
    if entry.customer_pk != customer_pk {
        return Err(Error::invalid(
            "about_id",
            say("validate-issue-promise-belongs-another"),
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
    first_occurrence(s, now, ctx)
        .ok_or_else(|| Error::invalid("repeat", say("validate-repeat-rule-has-no")))
}

fn insert(tx: &mut dyn Tx, v: &Valid, now: Millis, ctx: &TimeCtx) -> Result<(i64, String)> {
    let occurrence = first_due(&v.schedule, now, ctx)?;
    let (pk, id) = tx.new_entry(v.customer_pk, EntryKind::FollowUp, None, now)?;
    tx.insert_follow_up(pk, &v.fields(occurrence), &v.staff)?;
    Ok((pk, id))
}

fn hh_mm(t: NaiveTime) -> String {
    t.format("%H:%M").to_string()
}

/// Adds a follow-up as of `now`, in `tx`. Returns the new entry's primary key.
pub(crate) fn add(tx: &mut dyn Tx, input: &FollowUpInput, now: Millis) -> Result<i64> {
    let v = valid(tx, input)?;
    let ctx = time_ctx_in(tx)?;
    Ok(insert(tx, &v, now, &ctx)?.0)
}

/// Creates a suggested follow-up for `customer_pk` (about `about_pk`) in
/// `tx`: `plan.in_days` days from today, at the reminder time. Returns the
/// new entry's primary key.
pub(crate) fn plan(
    tx: &mut dyn Tx,
    customer_pk: i64,
    about_pk: Option<i64>,
    plan: &FollowUpPlan,
    staff: &str,
    now: Millis,
) -> Result<i64> {
    if plan.action == FollowUpAction::Birthday {
        return Err(Error::invalid(
            "follow_up.action",
            say("validate-birthday-reminders-come-from"),
        ));
    }
    if plan.in_days > 366 {
        return Err(Error::invalid(
            "follow_up.in_days",
            say("validate-pick-day-within-next"),
        ));
    }
    let ctx = time_ctx_in(tx)?;
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
        note: text(
            "follow_up.note",
            &|| say("validate-label-the-note"),
            &plan.note,
            MAX_NOTE,
        )?,
        staff: staff.to_owned(),
    };
    Ok(insert(tx, &v, now, &ctx)?.0)
}

/// The birthday rule stored on a birthday follow-up, e.g. `FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29`.
fn birthday_rule(month: u8, day: u8) -> String {
    format!("FREQ=YEARLY;BYMONTH={month};BYMONTHDAY={day}")
}

/// Keeps the customer's yearly birthday follow-up in step with their
/// birthday: creates it, moves it when the birthday changes, and ends it
/// when the birthday is removed. Leaves it alone when nothing changed, so a
/// card already marked done this year stays done.
pub(crate) fn keep_birthday(tx: &mut dyn Tx, customer_pk: i64, now: Millis) -> Result<()> {
    let birthday = tx.birthday_of(customer_pk)?;
    keep_birthday_as(tx, customer_pk, birthday, now)
}

/// [`keep_birthday`] for a customer whose stored birthday (month, day) the
/// caller has just written as `birthday`, without reading it back.
pub(crate) fn keep_birthday_as(
    tx: &mut dyn Tx,
    customer_pk: i64,
    birthday: Option<(u8, u8)>,
    now: Millis,
) -> Result<()> {
    // The live one, else the one in Trash, the oldest first: a birthday
    // reminder moved to Trash stays there (and in step, should it be
    // restored): the user chose not to have it. Chosen here rather than
    // sorted by the store, which would build a sorter for each customer.
    let existing = tx
        .birthday_follow_ups(customer_pk)?
        .into_iter()
        .max_by_key(|f| (f.live, std::cmp::Reverse(f.entry_pk)))
        .map(|f| (f.entry_pk, f.rule));
    let wanted = birthday.map(|(m, d)| birthday_rule(m, d));
    match (existing, birthday) {
        (Some((_, rule)), _) if rule == wanted => Ok(()),
        (Some((pk, _)), None) => tx.end_birthday_follow_up(pk),
        (Some((pk, _)), Some((month, day))) => {
            tx.set_birthday_rule(pk, &birthday_rule(month, day))?;
            let ctx = time_ctx_in(tx)?;
            let next = schedule_of(tx, pk)?.and_then(|s| first_occurrence(&s, now, &ctx));
            tx.set_due(pk, next)
        }
        (None, Some(day)) => start_birthday(tx, customer_pk, day, now),
        (None, None) => Ok(()),
    }
}

/// Adds the birthday reminder of a customer who has none: a new customer
/// with a birthday (no need to look for one), or one just given a birthday.
pub(crate) fn start_birthday(
    tx: &mut dyn Tx,
    customer_pk: i64,
    (month, day): (u8, u8),
    now: Millis,
) -> Result<()> {
    let ctx = time_ctx_in(tx)?;
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
    let (pk, _) = tx.new_entry(customer_pk, EntryKind::FollowUp, None, now)?;
    tx.insert_birthday_follow_up(pk, &start, &birthday_rule(month, day), next)
}

/// The stored schedule of a follow-up; `None` for a birthday follow-up
/// whose birthday was removed.
pub(crate) fn schedule_of(tx: &mut dyn Tx, pk: i64) -> Result<Option<Schedule>> {
    let stored = tx.stored_schedule(pk)?;
    schedule_from(stored)
}

/// A stored schedule read as a [`Schedule`]; `None` for a birthday
/// follow-up whose birthday was removed.
pub(crate) fn schedule_from(stored: StoredSchedule) -> Result<Option<Schedule>> {
    let start = schedule::parse_date("date", &stored.start_date)?;
    let time = stored
        .start_time
        .as_deref()
        .map(|t| schedule::parse_time("time", t))
        .transpose()?;
    let recurrence = match (stored.action, stored.rule) {
        (FollowUpAction::Birthday, None) => return Ok(None),
        (FollowUpAction::Birthday, Some(rule)) => {
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

/// The live follow-up `id` that still has something to do, held for the
/// rest of `tx`: as it was at the version `seen` when one is named.
fn open_entry(tx: &mut dyn Tx, id: &str, seen: Option<i64>) -> Result<(EntryRef, Millis, Millis)> {
    let entry = tx.entry_by_id(id, Some(EntryKind::FollowUp), false)?;
    match seen {
        Some(version) => versions::expect(tx, Versioned::FollowUp, FOLLOW_UP, entry.pk, version)?,
        None => versions::hold(tx, Versioned::FollowUp, entry.pk)?,
    }
    match tx.due_of(entry.pk)? {
        (Some(occurrence), Some(due)) => Ok((entry, occurrence, due)),
        _ => Err(Error::invalid("id", say("validate-follow-up-has-already"))),
    }
}

/// Marks the due occurrence of the live follow-up `id` (as it was at the
/// version `seen`, when named) done or skipped (an event on the timeline)
/// and moves it to its next occurrence, in `tx`. Returns the follow-up's pk.
pub(crate) fn advance(
    tx: &mut dyn Tx,
    id: &str,
    seen: Option<i64>,
    event: EventType,
    staff: &str,
    note: &str,
    now: Millis,
) -> Result<i64> {
    let (entry, occurrence, _) = open_entry(tx, id, seen)?;
    let schedule = schedule_of(tx, entry.pk)?;
    if event == EventType::FollowUpSkipped
        && schedule
            .as_ref()
            .is_none_or(|s| s.recurrence == Recurrence::Once)
    {
        return Err(Error::invalid(
            "id",
            say("validate-only-repeating-follow-up"),
        ));
    }
    let ctx = time_ctx_in(tx)?;
    // After the later of the occurrence and now: doing a late weekly call
    // today does not leave last week's slot still due.
    let next = schedule.and_then(|s| s.next_after(occurrence.max(now), &ctx));
    tx.insert_event(
        &entry,
        event,
        &NewEvent {
            at: now,
            staff,
            note,
            old_due: Some(occurrence),
            new_due: next,
            ..Default::default()
        },
    )?;
    tx.set_due(entry.pk, next)?;
    tx.touch_follow_up(entry.pk, now)?;
    Ok(entry.pk)
}

impl Notebook {
    /// Adds a follow-up to a live customer.
    pub fn add_follow_up(&mut self, input: &FollowUpInput) -> Result<FollowUp> {
        let now = self.now();
        let mut tx = self.write()?;
        let pk = add(&mut *tx, input, now)?;
        let out = tx.follow_up(pk)?;
        tx.commit()?;
        Ok(out)
    }

    /// Changes what, when, who and how often. The next occurrence is worked
    /// out afresh from the new schedule. Made to the follow-up as it was at
    /// `version`.
    pub fn update_follow_up(
        &mut self,
        id: &str,
        version: i64,
        input: &FollowUpInput,
    ) -> Result<FollowUp> {
        let now = self.now();
        let mut tx = self.write()?;
        let entry = tx.entry_by_id(id, Some(EntryKind::FollowUp), false)?;
        versions::expect(&mut *tx, Versioned::FollowUp, FOLLOW_UP, entry.pk, version)?;
        if tx.stored_schedule(entry.pk)?.action == FollowUpAction::Birthday {
            return Err(Error::invalid(
                "action",
                say("validate-birthday-reminder-follows-birthday"),
            ));
        }
        let v = valid(&mut *tx, input)?;
        if v.customer_pk != entry.customer_pk {
            return Err(Error::invalid(
                "customer_id",
                say("validate-follow-up-cannot-move"),
            ));
        }
        let ctx = time_ctx_in(&mut *tx)?;
        let occurrence = first_due(&v.schedule, now, &ctx)?;
        tx.update_follow_up(entry.pk, &v.fields(occurrence))?;
        tx.touch_follow_up(entry.pk, now)?;
        let out = tx.follow_up(entry.pk)?;
        tx.commit()?;
        Ok(out)
    }

    /// A live follow-up.
    pub fn follow_up(&self, id: &str) -> Result<FollowUp> {
        let mut tx = self.read()?;
        let entry = tx.entry_by_id(id, Some(EntryKind::FollowUp), false)?;
        tx.follow_up(entry.pk)
    }

    /// Marks the due occurrence done (who, when, what came of it, on the
    /// timeline) and moves a repeating follow-up to its next occurrence;
    /// the follow-up as it was at `version`.
    pub fn complete_follow_up(
        &mut self,
        id: &str,
        version: i64,
        done: &FollowUpDone,
    ) -> Result<FollowUp> {
        let staff = staff_field("staff", &done.staff)?;
        let note = text(
            "note",
            &|| say("validate-label-the-note"),
            &done.note,
            MAX_NOTE,
        )?;
        self.advance(id, version, EventType::FollowUpDone, &staff, &note)
    }

    /// Skips the due occurrence of a repeating follow-up, as it was at
    /// `version`.
    pub fn skip_follow_up(&mut self, id: &str, version: i64, staff: &str) -> Result<FollowUp> {
        let staff = staff_field("staff", staff)?;
        self.advance(id, version, EventType::FollowUpSkipped, &staff, "")
    }

    fn advance(
        &mut self,
        id: &str,
        version: i64,
        event: EventType,
        staff: &str,
        note: &str,
    ) -> Result<FollowUp> {
        let now = self.now();
        let mut tx = self.write()?;
        let pk = advance(&mut *tx, id, Some(version), event, staff, note, now)?;
        let out = tx.follow_up(pk)?;
        tx.commit()?;
        Ok(out)
    }

    /// Puts the due occurrence off; the schedule itself is unchanged. The
    /// follow-up as it was at `version`.
    pub fn snooze_follow_up(&mut self, id: &str, version: i64, until: &Snooze) -> Result<FollowUp> {
        let now = self.now();
        let mut tx = self.write()?;
        let (entry, _, _) = open_entry(&mut *tx, id, Some(version))?;
        let at = schedule::snooze_until(until, now, &time_ctx_in(&mut *tx)?)?;
        tx.snooze(entry.pk, at)?;
        let out = tx.follow_up(entry.pk)?;
        tx.commit()?;
        Ok(out)
    }

    /// Hands a follow-up (as it was at `version`) to someone else.
    pub fn reassign_follow_up(
        &mut self,
        id: &str,
        version: i64,
        assignee: &str,
    ) -> Result<FollowUp> {
        let assignee = staff_field("assignee", assignee)?;
        let now = self.now();
        let mut tx = self.write()?;
        let entry = tx.entry_by_id(id, Some(EntryKind::FollowUp), false)?;
        versions::expect(&mut *tx, Versioned::FollowUp, FOLLOW_UP, entry.pk, version)?;
        tx.set_assignee(entry.pk, &assignee)?;
        tx.touch_follow_up(entry.pk, now)?;
        let out = tx.follow_up(entry.pk)?;
        tx.commit()?;
        Ok(out)
    }
}
