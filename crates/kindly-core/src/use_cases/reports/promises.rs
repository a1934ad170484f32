//! Promises by how they ended, per month they fell due and per person.

use std::collections::BTreeMap;

use crate::rules::kinds::PromiseState;
use crate::rules::model::Millis;
use crate::rules::report_model::PromiseOutcomes;
use crate::store::PromiseDue;

use super::period::Months;

/// How a promise that fell due ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Outcome {
    KeptOnTime,
    KeptLate,
    Broken,
}

impl Outcome {
    /// The outcome a bar names ("kept_on_time", "kept_late", "broken").
    pub fn parse(text: &str) -> Option<Outcome> {
        match text {
            "kept_on_time" => Some(Outcome::KeptOnTime),
            "kept_late" => Some(Outcome::KeptLate),
            "broken" => Some(Outcome::Broken),
            _ => None,
        }
    }
}

/// How `p` ended at `now`; `None` for a promise still open and not yet
/// due. Kept on time means marked kept at or before its (latest) due time;
/// a promise marked kept with no record of when counts as on time.
pub(super) fn outcome(p: &PromiseDue, now: Millis) -> Option<Outcome> {
    match p.state {
        PromiseState::Kept => match p.kept_at {
            Some(at) if at > p.due_at => Some(Outcome::KeptLate),
            _ => Some(Outcome::KeptOnTime),
        },
        PromiseState::Broken => Some(Outcome::Broken),
        PromiseState::Open if p.due_at <= now => Some(Outcome::Broken),
        PromiseState::Open => None,
    }
}

fn add(row: &mut PromiseOutcomes, outcome: Outcome) {
    match outcome {
        Outcome::KeptOnTime => row.kept_on_time += 1,
        Outcome::KeptLate => row.kept_late += 1,
        Outcome::Broken => row.broken += 1,
    }
}

fn total(row: &PromiseOutcomes) -> u32 {
    row.kept_on_time + row.kept_late + row.broken
}

/// The per-month rows (one per month) and the per-person rows (most
/// promises first, then by name) of `rows`.
pub(super) fn figures(
    months: &Months,
    rows: &[PromiseDue],
    now: Millis,
) -> (Vec<PromiseOutcomes>, Vec<PromiseOutcomes>) {
    let mut by_month: Vec<PromiseOutcomes> = months
        .labels
        .iter()
        .map(|month| PromiseOutcomes {
            month: month.clone(),
            ..PromiseOutcomes::default()
        })
        .collect();
    let mut by_person: BTreeMap<&str, PromiseOutcomes> = BTreeMap::new();
    for p in rows {
        let (Some(month), Some(outcome)) = (months.index_of(p.due_at), outcome(p, now)) else {
            continue;
        };
        add(&mut by_month[month], outcome);
        let person = by_person
            .entry(&p.promised_by)
            .or_insert_with(|| PromiseOutcomes {
                person: p.promised_by.clone(),
                ..PromiseOutcomes::default()
            });
        add(person, outcome);
    }
    let mut by_person: Vec<PromiseOutcomes> = by_person.into_values().collect();
    // Stable: ties keep the names' order.
    by_person.sort_by_key(|row| std::cmp::Reverse(total(row)));
    (by_month, by_person)
}

/// The keys of the customers of the promises of `outcome` that fell due in `month`
/// (or in the whole period) and were made by `person` (or anyone).
pub(super) fn customers(
    months: &Months,
    rows: &[PromiseDue],
    now: Millis,
    month: Option<usize>,
    person: Option<&str>,
    wanted: Outcome,
) -> Vec<i64> {
    rows.iter()
        .filter(|p| {
            let Some(m) = months.index_of(p.due_at) else {
                return false;
            };
            month.is_none_or(|want| want == m)
                && person.is_none_or(|want| want == p.promised_by)
                && outcome(p, now) == Some(wanted)
        })
        .map(|p| p.customer_pk)
        .collect()
}
