//! Changing many customers at once: each bulk change one transaction,
//! previewed first, reported as it goes, and undone exactly.
//!
//! A change keeps, per customer it changed, what Undo needs
//! (`bulk_change_rows`): their tags or concierge before and after, the
//! follow-up it created and its state then, the situation change that
//! added them, the moment they went to Trash. Undo puts back only what is
//! still as the change left it: a later edit by anyone wins over Undo.

use std::collections::HashMap;

use chrono::NaiveDate;
use kindly_words::{args, say, say_with};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::selected_pks;
use crate::error::{Error, Result};
use crate::rules::changes::{FieldChange, TRASH};
use crate::rules::fold::same_ignoring_case;
use crate::rules::follow_up_model::{FollowUpAction, FollowUpPlan};
use crate::rules::list_model::{BulkChange, BulkChangeRecord, BulkPreview, ChangeMade, Selection};
use crate::rules::model::{Customer, Millis};
use crate::rules::progress::{Progress, Stage, Steps};
use crate::rules::schedule;
use crate::rules::validate::{one_line, staff_field, MAX_CONTACTS, MAX_SHORT, MAX_TAG};
use crate::store::{Rows, StoredBulkChange, TagsWrite, Texts, Tx};
use crate::use_cases::customers::changes;
use crate::use_cases::follow_ups;
use crate::use_cases::notebook::settings::time_ctx_in;
use crate::use_cases::notebook::staff;
use crate::use_cases::notebook::Notebook;
use crate::use_cases::situations::members::{open_situation, Adding};

/// Customers per batch: read, written and recorded in a few statements
/// each, so a team notebook sees ten round trips (and few live notices)
/// for ten thousand customers; Cancel is checked between batches.
pub(super) const BATCH: usize = 1_000;

/// The longest a follow-up change may spread its due days, and how far
/// ahead it may start.
const MAX_DAYS: i64 = 366;

/// What a change makes of a customer's tags (`None`: leaves them).
pub(super) type NewTags<'f> = &'f dyn Fn(&[String]) -> Result<Option<Vec<String>>>;

/// What Undo needs of one customer a change changed (stored as JSON).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "k", rename_all = "snake_case")]
pub(super) enum Kept {
    /// Their tags before, in order, and as the change left them.
    Tags {
        before: Vec<String>,
        after: Vec<String>,
    },
    /// Who looked after them before, and after.
    LookedAfterBy { before: String, after: String },
    /// The follow-up the change created, and its state then.
    FollowUp { entry_pk: i64, state: String },
    /// Added to a situation by the situation's change `action_pk`.
    Member { situation_pk: i64, action_pk: i64 },
    /// Moved to Trash at `at`.
    Trashed { at: Millis },
}

fn kept_json(kept: &Kept) -> Result<String> {
    serde_json::to_string(kept).map_err(Error::unreadable_record)
}

/// A change's tags as the change history shows them.
fn tags_text(tags: &[String]) -> String {
    tags.join("; ")
}

/// A tag typed for a change: checked as the customer form checks one.
pub(super) fn valid_tag(field: &str, tag: &str) -> Result<String> {
    let tag = one_line(field, &|| say("validate-label-a-tag"), tag, MAX_TAG)?;
    if tag.is_empty() {
        return Err(Error::invalid(field, say("bulk-type-a-tag")));
    }
    Ok(tag)
}

/// Who looks after them: empty, or a person on the staff list.
fn valid_looked_after_by(tx: &mut dyn Tx, name: &str) -> Result<String> {
    let name = one_line(
        "name",
        &|| say("validate-label-looked-after-by"),
        name,
        MAX_SHORT,
    )?;
    if !name.is_empty() && !tx.staff()?.iter().any(|s| s.name == name) {
        return Err(Error::invalid(
            "name",
            say_with("bulk-not-on-staff", &args! { "name" => name.as_str() }),
        ));
    }
    Ok(name)
}

/// A follow-up change checked: what to do, the first day's offset from
/// today, and who does them.
struct FollowUpPlanned {
    action: FollowUpAction,
    note: String,
    first_in_days: i64,
    spread_days: i64,
    assignee: String,
}

fn valid_follow_up(
    tx: &mut dyn Tx,
    action: &str,
    start_date: &str,
    spread_days: u32,
    assignee: &str,
    now: Millis,
) -> Result<FollowUpPlanned> {
    let text = one_line(
        "action",
        &|| say("bulk-label-what-to-do"),
        action,
        MAX_SHORT,
    )?;
    if text.is_empty() {
        return Err(Error::invalid("action", say("bulk-say-what-to-do")));
    }
    // A kind's own name ("call_back") picks that kind; other words are the
    // note of an "other" follow-up.
    let (action, note) = match FollowUpAction::parse(&text) {
        Some(kind) if kind != FollowUpAction::Birthday => (kind, String::new()),
        _ => (FollowUpAction::Other, text),
    };
    let start: NaiveDate = schedule::parse_date("start_date", start_date)?;
    let today = time_ctx_in(tx)?.day(now);
    let first_in_days = (start - today).num_days();
    let spread_days = i64::from(spread_days);
    if !(1..=MAX_DAYS).contains(&spread_days) {
        return Err(Error::invalid(
            "spread_days",
            say_with("bulk-spread-between", &args! { "max" => MAX_DAYS }),
        ));
    }
    if first_in_days < 0 || first_in_days + spread_days - 1 > MAX_DAYS {
        return Err(Error::invalid(
            "start_date",
            say_with("bulk-start-within", &args! { "max" => MAX_DAYS }),
        ));
    }
    Ok(FollowUpPlanned {
        action,
        note,
        first_in_days,
        spread_days,
        assignee: staff_field("assignee", assignee)?,
    })
}

/// The day offset of the `i`th of `n` customers: spread evenly over the
/// days, in customer order.
fn spread(first: i64, days: i64, i: usize, n: usize) -> i64 {
    let (i, n) = (i as i64, (n as i64).max(1));
    first + i * days / n
}

/// `change` checked against the notebook before anything is written.
enum Checked {
    AddTag(String),
    RemoveTag(String),
    LookedAfterBy(String),
    FollowUp(FollowUpPlanned),
    Situation(String),
    Trash,
}

fn check(tx: &mut dyn Tx, change: &BulkChange, now: Millis) -> Result<Checked> {
    Ok(match change {
        BulkChange::AddTag { tag } => Checked::AddTag(valid_tag("tag", tag)?),
        BulkChange::RemoveTag { tag } => Checked::RemoveTag(valid_tag("tag", tag)?),
        BulkChange::SetLookedAfterBy { name } => {
            Checked::LookedAfterBy(valid_looked_after_by(tx, name)?)
        }
        BulkChange::AddFollowUp {
            action,
            start_date,
            spread_days,
            assignee,
        } => Checked::FollowUp(valid_follow_up(
            tx,
            action,
            start_date,
            *spread_days,
            assignee,
            now,
        )?),
        BulkChange::AddToSituation { situation_id } => {
            open_situation(tx, situation_id)?;
            Checked::Situation(situation_id.clone())
        }
        BulkChange::Trash => Checked::Trash,
    })
}

/// `tags` with `tag` appended, unless they have it (any case); `None`
/// when nothing changes.
fn with_tag(tags: &[String], tag: &str) -> Option<Vec<String>> {
    if tags.iter().any(|t| same_ignoring_case(t, tag)) {
        return None;
    }
    let mut out = tags.to_vec();
    out.push(tag.to_owned());
    Some(out)
}

/// `tags` without `tag` (any case); `None` when they do not have it.
fn without_tag(tags: &[String], tag: &str) -> Option<Vec<String>> {
    let out: Vec<String> = tags
        .iter()
        .filter(|t| !same_ignoring_case(t, tag))
        .cloned()
        .collect();
    (out.len() != tags.len()).then_some(out)
}

/// The changes a bulk change is made of, per batch of customers, reported
/// through `steps`.
pub(super) struct Run<'s, 'p> {
    /// The change being recorded.
    pub(super) change_pk: i64,
    /// When.
    pub(super) now: Millis,
    /// Customers done so far (for the report).
    pub(super) done: u64,
    /// Customers changed.
    pub(super) changed: u32,
    /// Progress.
    pub(super) steps: &'s mut Steps<'p>,
}

impl<'s, 'p> Run<'s, 'p> {
    /// The run of the change `change_pk`, made at `now`: nothing done yet.
    pub(super) fn new(change_pk: i64, now: Millis, steps: &'s mut Steps<'p>) -> Self {
        Run {
            change_pk,
            now,
            done: 0,
            changed: 0,
            steps,
        }
    }

    /// Gives each customer of `pks` the tags `new_tags` makes of theirs
    /// (`None`: left as they are), in batches: tags, version, change
    /// history, lookup words and what Undo needs.
    pub(super) fn change_tags(
        &mut self,
        tx: &mut dyn Tx,
        pks: &[i64],
        new_tags: NewTags<'_>,
    ) -> Result<()> {
        for batch in pks.chunks(BATCH) {
            let customers = tx.customers_by_pk(batch)?;
            let mut sets = Vec::new();
            for pk in batch {
                let Some(c) = customers.get(pk) else { continue };
                if let Some(after) = new_tags(&c.tags)? {
                    if after != c.tags {
                        sets.push((*pk, after));
                    }
                }
            }
            self.write_tags(tx, &customers, sets, true)?;
            self.batch_done(batch.len())?;
        }
        Ok(())
    }

    /// Writes `sets` (customer, tags) for customers read as `customers`;
    /// `keep`: records what Undo needs.
    fn write_tags(
        &mut self,
        tx: &mut dyn Tx,
        customers: &HashMap<i64, Customer>,
        sets: Vec<(i64, Vec<String>)>,
        keep: bool,
    ) -> Result<()> {
        let (mut rows, mut words, mut history) = (Vec::new(), Vec::new(), Vec::new());
        for (pk, after) in &sets {
            let Some(c) = customers.get(pk) else { continue };
            if keep {
                let kept = Kept::Tags {
                    before: c.tags.clone(),
                    after: after.clone(),
                };
                rows.push((*pk, kept_json(&kept)?));
            }
            history.push((
                *pk,
                FieldChange::event("tags", &tags_text(&c.tags), &tags_text(after)),
            ));
            if c.deleted_at.is_none() {
                let mut input = c.to_input();
                input.tags = after.clone();
                words.push((*pk, Texts::of(&input)));
            }
        }
        let writes: Vec<TagsWrite> = sets
            .into_iter()
            .filter_map(|(pk, after)| {
                customers
                    .get(&pk)
                    .map(|c| TagsWrite::new(pk, &c.tags, after))
            })
            .collect();
        tx.set_tags(&writes, self.now)?;
        tx.refresh_words(&words)?;
        tx.insert_bulk_rows(self.change_pk, &rows)?;
        changes::record(tx, &history, self.now)?;
        self.changed += u32::try_from(writes.len()).unwrap_or(u32::MAX);
        Ok(())
    }

    fn batch_done(&mut self, n: usize) -> Result<()> {
        self.done += n as u64;
        self.steps.at(self.done)
    }
}

/// Starts recording a change made at `now` by the person at the desk.
pub(super) fn record(
    tx: &mut dyn Tx,
    made: &ChangeMade,
    now: Millis,
) -> Result<(i64, String, String)> {
    let id = Uuid::now_v7().to_string();
    let by = staff::at_desk_name(tx)?;
    let kind = serde_json::to_string(made).map_err(Error::unreadable_record)?;
    let pk = tx.insert_bulk_change(&id, &kind, now, &by)?;
    Ok((pk, id, by))
}

fn as_record(stored: StoredBulkChange) -> Result<BulkChangeRecord> {
    Ok(BulkChangeRecord {
        id: stored.id,
        change: serde_json::from_str(&stored.kind).map_err(Error::unreadable_record)?,
        changed: stored.changed,
        at: stored.at,
        by: stored.by,
        undone_at: stored.undone_at,
    })
}

/// The record of the change `pk` as it now stands.
pub(super) fn finish(
    tx: &mut dyn Tx,
    pk: i64,
    id: String,
    made: ChangeMade,
    changed: u32,
    by: String,
    now: Millis,
) -> Result<BulkChangeRecord> {
    tx.set_bulk_changed(pk, changed)?;
    Ok(BulkChangeRecord {
        id,
        change: made,
        changed,
        at: now,
        by,
        undone_at: None,
    })
}

impl Notebook {
    /// How many customers `selection` names now, and how many of them
    /// `change` would change. Changes nothing.
    pub fn preview_bulk_change(
        &self,
        selection: &Selection,
        change: &BulkChange,
    ) -> Result<BulkPreview> {
        let now = self.now();
        let mut tx = self.read()?;
        let checked = check(&mut *tx, change, now)?;
        let pks = selected_pks(&mut *tx, selection, now)?;
        let selected = u32::try_from(pks.len()).unwrap_or(u32::MAX);
        let mut changes = 0u32;
        match &checked {
            Checked::AddTag(_) | Checked::RemoveTag(_) | Checked::LookedAfterBy(_) => {
                for batch in pks.chunks(BATCH) {
                    let customers = tx.customers_by_pk(batch)?;
                    changes += customers
                        .values()
                        .filter(|c| match &checked {
                            Checked::AddTag(tag) => with_tag(&c.tags, tag).is_some(),
                            Checked::RemoveTag(tag) => without_tag(&c.tags, tag).is_some(),
                            Checked::LookedAfterBy(name) => c.looked_after_by != *name,
                            _ => false,
                        })
                        .count() as u32;
                }
            }
            Checked::Situation(id) => {
                let situation = open_situation(&mut *tx, id)?;
                for batch in pks.chunks(BATCH) {
                    changes += tx.not_members(situation, batch)?.len() as u32;
                }
            }
            Checked::FollowUp(_) | Checked::Trash => changes = selected,
        }
        Ok(BulkPreview { selected, changes })
    }

    /// Makes `change` to every customer `selection` names, in one
    /// transaction, reporting progress (Cancel between batches changes
    /// nothing); the record names it for [`Notebook::undo_bulk_change_with`].
    ///
    /// Reports [`Stage::Saving`] (`done` of `of` customers, in batches),
    /// then [`Stage::Finishing`]. Tags, who looks after them and Trash
    /// raise each changed customer's `version` and add to their change
    /// history like an edit; a follow-up or a situation is a row of its own
    /// (on their timeline, on the situation) and leaves the profile as it is.
    pub fn bulk_change_with(
        &mut self,
        selection: &Selection,
        change: &BulkChange,
        progress: &dyn Progress,
    ) -> Result<BulkChangeRecord> {
        let now = self.now();
        let mut tx = self.write()?;
        let checked = check(&mut *tx, change, now)?;
        let pks = selected_pks(&mut *tx, selection, now)?;
        let made = ChangeMade::Customers(change.clone());
        let (change_pk, id, by) = record(&mut *tx, &made, now)?;
        let mut steps = Steps::start(progress, Stage::Saving, pks.len() as u64)?;
        let mut run = Run::new(change_pk, now, &mut steps);
        match checked {
            Checked::AddTag(tag) => run.change_tags(&mut *tx, &pks, &|tags: &[String]| {
                if tags.len() >= MAX_CONTACTS && with_tag(tags, &tag).is_some() {
                    return Err(Error::invalid(
                        "tag",
                        say_with("validate-too-many-tags", &args! { "max" => MAX_CONTACTS }),
                    ));
                }
                Ok(with_tag(tags, &tag))
            })?,
            Checked::RemoveTag(tag) => run.change_tags(&mut *tx, &pks, &|tags: &[String]| {
                Ok(without_tag(tags, &tag))
            })?,
            Checked::LookedAfterBy(name) => {
                for batch in pks.chunks(BATCH) {
                    let customers = tx.customers_by_pk(batch)?;
                    let (mut sets, mut rows, mut history) = (Vec::new(), Vec::new(), Vec::new());
                    for pk in batch {
                        let Some(c) = customers.get(pk) else { continue };
                        if c.looked_after_by == name {
                            continue;
                        }
                        let kept = Kept::LookedAfterBy {
                            before: c.looked_after_by.clone(),
                            after: name.clone(),
                        };
                        rows.push((*pk, kept_json(&kept)?));
                        history.push((
                            *pk,
                            FieldChange::event("looked_after_by", &c.looked_after_by, &name),
                        ));
                        sets.push((*pk, name.clone()));
                    }
                    tx.set_looked_after_by(&sets, now)?;
                    tx.insert_bulk_rows(change_pk, &rows)?;
                    changes::record(&mut *tx, &history, now)?;
                    run.changed += sets.len() as u32;
                    run.batch_done(batch.len())?;
                }
            }
            Checked::FollowUp(plan) => {
                let n = pks.len();
                let mut i = 0;
                for batch in pks.chunks(BATCH) {
                    let customers = if plan.assignee.is_empty() {
                        tx.customers_by_pk(batch)?
                    } else {
                        HashMap::new()
                    };
                    let mut rows = Vec::new();
                    for pk in batch {
                        let assignee = match customers.get(pk) {
                            Some(c) => c.looked_after_by.clone(),
                            None => plan.assignee.clone(),
                        };
                        let days = spread(plan.first_in_days, plan.spread_days, i, n);
                        i += 1;
                        let follow_up = FollowUpPlan {
                            action: plan.action,
                            in_days: u32::try_from(days).unwrap_or(0),
                            assignee,
                            note: plan.note.clone(),
                        };
                        let entry_pk = follow_ups::plan(&mut *tx, *pk, None, &follow_up, &by, now)?;
                        let state = tx.follow_up_state(entry_pk)?;
                        rows.push((*pk, kept_json(&Kept::FollowUp { entry_pk, state })?));
                    }
                    tx.insert_bulk_rows(change_pk, &rows)?;
                    run.changed += rows.len() as u32;
                    run.batch_done(batch.len())?;
                }
            }
            Checked::Situation(situation_id) => {
                let mut adding = Adding::start(&mut *tx, &situation_id, &by, now)?;
                let (situation_pk, action_pk) = (adding.situation_pk(), adding.action_pk());
                for batch in pks.chunks(BATCH) {
                    let new = tx.not_members(situation_pk, batch)?;
                    adding.add(&mut *tx, &new, now)?;
                    let kept = kept_json(&Kept::Member {
                        situation_pk,
                        action_pk,
                    })?;
                    let rows: Vec<(i64, String)> =
                        new.iter().map(|pk| (*pk, kept.clone())).collect();
                    tx.insert_bulk_rows(change_pk, &rows)?;
                    run.changed += rows.len() as u32;
                    run.batch_done(batch.len())?;
                }
                adding.finish(&mut *tx, now)?;
            }
            Checked::Trash => {
                let kept = kept_json(&Kept::Trashed { at: now })?;
                for batch in pks.chunks(BATCH) {
                    let mut rows = Vec::new();
                    let mut history = Vec::new();
                    for pk in batch {
                        // The same steps as trashing one customer.
                        tx.put_in_trash(*pk, now)?;
                        tx.remove_search_rows(*pk, Rows::All)?;
                        history.push((*pk, FieldChange::event(TRASH, "", "moved to Trash")));
                        rows.push((*pk, kept.clone()));
                    }
                    changes::record(&mut *tx, &history, now)?;
                    tx.insert_bulk_rows(change_pk, &rows)?;
                    run.changed += rows.len() as u32;
                    run.batch_done(batch.len())?;
                }
            }
        }
        let changed = run.changed;
        steps.finish()?;
        progress.stage(Stage::Finishing);
        let out = finish(&mut *tx, change_pk, id, made, changed, by, now)?;
        tx.commit()?;
        Ok(out)
    }

    /// Takes a bulk change (or a tag change) back: every customer it
    /// touched is as before it, except what was changed since by someone
    /// else, which stays. One transaction.
    ///
    /// Per customer: tags (in their order) and who looks after them come
    /// back when they still read as the change left them; a follow-up it
    /// created is deleted for good unless someone acted on it or changed
    /// it; a customer it added to a situation is taken off unless told or
    /// given a concierge since; one it moved to Trash comes back unless
    /// they were restored (or trashed again) since. A tag's rename or
    /// merge also gives back each saved list it changed its filter, unless
    /// the list's filter was changed since. Reports
    /// [`Stage::Saving`] then [`Stage::Finishing`]; a change already
    /// undone is refused in words.
    pub fn undo_bulk_change_with(
        &mut self,
        id: &str,
        progress: &dyn Progress,
    ) -> Result<BulkChangeRecord> {
        let now = self.now();
        let mut tx = self.write()?;
        let Some(stored) = tx.bulk_change(id)? else {
            return Err(Error::NotFound { id: id.to_owned() });
        };
        if stored.undone_at.is_some() {
            return Err(Error::invalid("change", say("bulk-already-undone")));
        }
        let rows = tx.bulk_rows(stored.pk)?;
        let mut steps = Steps::start(progress, Stage::Saving, rows.len() as u64)?;
        let mut done = 0u64;
        let mut situations: Vec<(i64, i64)> = Vec::new();
        for batch in rows.chunks(BATCH) {
            let pks: Vec<i64> = batch.iter().map(|(pk, _)| *pk).collect();
            let customers = tx.customers_by_pk(&pks)?;
            let (mut tags, mut looked, mut history) = (Vec::new(), Vec::new(), Vec::new());
            let mut words = Vec::new();
            for (pk, json) in batch {
                let kept: Kept = serde_json::from_str(json).map_err(Error::unreadable_record)?;
                let Some(c) = customers.get(pk) else { continue };
                match kept {
                    Kept::Tags { before, after } if c.tags == after => {
                        history.push((
                            *pk,
                            FieldChange::event("tags", &tags_text(&after), &tags_text(&before)),
                        ));
                        if c.deleted_at.is_none() {
                            let mut input = c.to_input();
                            input.tags = before.clone();
                            words.push((*pk, Texts::of(&input)));
                        }
                        tags.push(TagsWrite::new(*pk, &c.tags, before));
                    }
                    Kept::LookedAfterBy { before, after } if c.looked_after_by == after => {
                        history.push((*pk, FieldChange::event("looked_after_by", &after, &before)));
                        looked.push((*pk, before));
                    }
                    Kept::FollowUp { entry_pk, state } => {
                        if tx.follow_up_state(entry_pk).ok().as_ref() == Some(&state) {
                            tx.remove_unacted_follow_up(entry_pk)?;
                        }
                    }
                    Kept::Member {
                        situation_pk,
                        action_pk,
                    } => {
                        if !situations.contains(&(situation_pk, action_pk)) {
                            situations.push((situation_pk, action_pk));
                        }
                    }
                    Kept::Trashed { at } if c.deleted_at == Some(at) => {
                        tx.take_out_of_trash(*pk)?;
                        tx.reindex_customer(*pk)?;
                        history.push((*pk, FieldChange::event(TRASH, "in Trash", "restored")));
                    }
                    // Changed since by someone: theirs stays.
                    Kept::Tags { .. } | Kept::LookedAfterBy { .. } | Kept::Trashed { .. } => {}
                }
            }
            tx.set_tags(&tags, now)?;
            tx.refresh_words(&words)?;
            tx.set_looked_after_by(&looked, now)?;
            changes::record(&mut *tx, &history, now)?;
            done += batch.len() as u64;
            steps.at(done)?;
        }
        for (situation_pk, action_pk) in situations {
            tx.remove_untouched_added(situation_pk, action_pk)?;
            tx.mark_undone(action_pk, now)?;
        }
        super::tags::undo_lists(&mut *tx, &stored.lists, now)?;
        steps.finish()?;
        progress.stage(Stage::Finishing);
        tx.mark_bulk_undone(stored.pk, now)?;
        let mut record = as_record(stored)?;
        record.undone_at = Some(now);
        tx.commit()?;
        Ok(record)
    }

    /// The latest changes to many at once, newest first (at most `limit`).
    pub fn recent_bulk_changes(&self, limit: u32) -> Result<Vec<BulkChangeRecord>> {
        self.read()?
            .recent_bulk_changes(limit)?
            .into_iter()
            .map(as_record)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn due_days_spread_evenly_in_customer_order() {
        let days: Vec<i64> = (0..6).map(|i| spread(2, 3, i, 6)).collect();
        assert_eq!(days, [2, 2, 3, 3, 4, 4]);
        assert_eq!(spread(0, 1, 5, 6), 0, "one day: all on it");
        assert_eq!(spread(0, 10, 0, 3), 0);
        assert_eq!(spread(0, 10, 2, 3), 6, "never past the last day");
    }

    #[test]
    fn adding_a_tag_skips_who_has_it_in_any_case_and_appends() {
        let tags = vec!["VIP".to_owned(), "oven".to_owned()];
        assert_eq!(with_tag(&tags, "vip"), None);
        assert_eq!(
            with_tag(&tags, "wedding"),
            Some(vec!["VIP".into(), "oven".into(), "wedding".into()])
        );
        assert_eq!(without_tag(&tags, "Oven"), Some(vec!["VIP".into()]));
        assert_eq!(without_tag(&tags, "cake"), None);
    }
}
