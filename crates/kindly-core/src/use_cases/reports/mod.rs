//! The Reports screen: how well the business follows through, read from
//! what the notebook already stores.
//!
//! The stores return the period's rows (promises due, issue moves,
//! customers added, rhythms and contacts, upset conversations); the months
//! are the notebook's, cut here into instants ([`period::Months`]) and
//! passed to both stores alike. The figures and the customers behind a bar
//! are counted by the same functions, so a bar's customers are the ones it
//! counts.

mod contacts;
mod drifting;
mod issues;
mod period;
mod promises;

use std::collections::BTreeSet;

use kindly_words::say;

use crate::error::{Error, Result};
use crate::rules::model::Millis;
use crate::rules::report_model::{MonthCount, ReportBar, ReportPeriod, Reports, UpsetWaiting};
use crate::store::{IssueMoved, Tx, WithRhythm};
use crate::use_cases::lists::MAX_FILTER_IDS;
use crate::use_cases::notebook::settings::time_ctx_in;
use crate::use_cases::notebook::Notebook;

use contacts::Contacts;
use period::Months;
use promises::Outcome;

/// The longest period one report covers, in months.
pub const MAX_REPORT_MONTHS: u32 = 36;

/// The most upset-and-waiting customers the report lists by name.
pub const MAX_UPSET_LISTED: u32 = 50;

fn month_counts(months: &Months, counts: impl IntoIterator<Item = u32>) -> Vec<MonthCount> {
    months
        .labels
        .iter()
        .zip(counts)
        .map(|(month, count)| MonthCount {
            month: month.clone(),
            count,
        })
        .collect()
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The customers with a rhythm who may be drifting in some month (none
/// when no month has started).
fn rhythms_in(tx: &mut dyn Tx, months: &Months, now: Millis) -> Result<Vec<WithRhythm>> {
    match drifting::last_moment(months, now) {
        Some(last) => tx.with_rhythm(last),
        None => Ok(Vec::new()),
    }
}

fn keys(rhythms: &[WithRhythm]) -> Vec<i64> {
    rhythms.iter().map(|c| c.pk).collect()
}

/// The customers of `moved`, each once.
fn customers_of(moved: &[IssueMoved]) -> Vec<i64> {
    let mut pks: Vec<i64> = moved.iter().map(|m| m.customer_pk).collect();
    pks.sort_unstable();
    pks.dedup();
    pks
}

/// The first `limit` customers whose latest conversation was upset:
/// `(id, name, since)`, longest waiting first (then by id); and how many
/// there are in all (every one is live, as their conversations are).
fn upset_in(
    tx: &mut dyn Tx,
    contacts: &Contacts,
    limit: usize,
) -> Result<(Vec<UpsetWaiting>, usize)> {
    let mut latest = contacts.upset.clone();
    let all = latest.len();
    // Only those listed are named (thousands at 100,000 customers): the
    // first `limit` by time, and any tied with the last of them (by id).
    latest.sort_unstable_by_key(|(_, since)| *since);
    if let Some(&(_, last)) = latest.get(limit.saturating_sub(1)) {
        let tied = latest.partition_point(|(_, since)| *since <= last);
        latest.truncate(tied);
    }
    let pks: Vec<i64> = latest.iter().map(|(pk, _)| *pk).collect();
    let mut named: std::collections::HashMap<i64, (String, String)> = tx
        .names_of(&pks)?
        .into_iter()
        .map(|n| (n.pk, (n.id, n.name)))
        .collect();
    let mut upset: Vec<UpsetWaiting> = latest
        .into_iter()
        .filter_map(|(pk, since)| {
            named
                .remove(&pk)
                .map(|(customer_id, customer_name)| UpsetWaiting {
                    customer_id,
                    customer_name,
                    since,
                })
        })
        .collect();
    upset.sort_by(|a, b| (a.since, &a.customer_id).cmp(&(b.since, &b.customer_id)));
    upset.truncate(limit);
    Ok((upset, all))
}

impl Notebook {
    /// Every figure of the Reports screen for `period`, in one read.
    ///
    /// A refused period names its field: `from` (not `YYYY-MM`, or after
    /// `to`) or `to` (not `YYYY-MM`, or more than [`MAX_REPORT_MONTHS`]).
    pub fn reports(&self, period: &ReportPeriod) -> Result<Reports> {
        let now = self.now();
        let mut tx = self.snapshot()?;
        let ctx = time_ctx_in(&mut *tx)?;
        let months = Months::of(period, &ctx)?;
        let (start, end) = (months.start(), months.end());

        let promised = tx.promises_falling_due(start, end)?;
        let (promises_by_month, promises_by_person) = promises::figures(&months, &promised, now);

        let rhythms = rhythms_in(&mut *tx, &months, now)?;
        let moved = tx.issues_moved(start, end)?;
        let contacts = Contacts::read(&mut *tx, &customers_of(&moved), &keys(&rhythms))?;
        let by_issue =
            issues::by_month(&months, &moved, |pk, at| contacts.checked_in_after(pk, at));
        let (check_ins, resolution) = issues::figures(&months, &by_issue);

        let drifting = drifting::by_month(&months, now, &rhythms, &contacts.every);
        let drifting = month_counts(&months, drifting.iter().map(|ids| count(ids.len())));

        let new_customers = month_counts(&months, tx.added_counts(&months.bounds)?);

        let (upset_waiting, upset_count) =
            upset_in(&mut *tx, &contacts, MAX_UPSET_LISTED as usize)?;
        let upset_waiting_count = count(upset_count);

        Ok(Reports {
            period: period.clone(),
            promises_by_month,
            promises_by_person,
            check_ins,
            resolution,
            drifting,
            new_customers,
            upset_waiting,
            upset_waiting_count,
        })
    }

    /// The ids of the customers behind one bar of a report for `period`
    /// (each once, at most [`crate::MAX_FILTER_IDS`]), for the Customers
    /// list to show (`CustomerFilter::customer_ids`).
    ///
    /// Where a bar counts customers (drifting, new customers, upset and
    /// waiting) there are as many ids as its value. Where it counts
    /// promises or issues, these are the distinct customers of the
    /// promises or issues it counts (two broken promises to one customer:
    /// one id). Ids are in id order; upset customers longest waiting first.
    /// A month outside `period` is refused on `month`; an unknown promise
    /// outcome on `outcome`.
    pub fn customers_behind(&self, period: &ReportPeriod, bar: &ReportBar) -> Result<Vec<String>> {
        let now = self.now();
        let mut tx = self.snapshot()?;
        let ctx = time_ctx_in(&mut *tx)?;
        let months = Months::of(period, &ctx)?;
        let (start, end) = (months.start(), months.end());
        let limit = MAX_FILTER_IDS;
        let ids: Vec<String> = match bar {
            ReportBar::Promises {
                month,
                person,
                outcome,
            } => {
                let wanted = Outcome::parse(outcome)
                    .ok_or_else(|| Error::invalid("outcome", say("reports-unknown-outcome")))?;
                let month = month.as_deref().map(|m| months.find(m)).transpose()?;
                let promised = tx.promises_falling_due(start, end)?;
                ids_of(
                    &mut *tx,
                    promises::customers(&months, &promised, now, month, person.as_deref(), wanted),
                )?
            }
            ReportBar::CheckIns {
                month,
                missing_only,
            } => {
                let month = months.find(month)?;
                let moved = tx.issues_moved(start, end)?;
                let contacts = Contacts::read(&mut *tx, &customers_of(&moved), &[])?;
                let issues =
                    issues::by_month(&months, &moved, |pk, at| contacts.checked_in_after(pk, at));
                let pks = issues
                    .iter()
                    .filter(|((m, _), issue)| {
                        *m == month
                            && issue
                                .resolved
                                .is_some_and(|(_, _, checked)| !(*missing_only && checked))
                    })
                    .map(|(_, issue)| issue.customer_pk)
                    .collect();
                ids_of(&mut *tx, pks)?
            }
            ReportBar::Reopened { month } => {
                let month = months.find(month)?;
                let moved = tx.issues_moved(start, end)?;
                // Reopenings do not depend on check-ins.
                let issues = issues::by_month(&months, &moved, |_, _| false);
                let pks = issues
                    .iter()
                    .filter(|((m, _), issue)| *m == month && issue.reopened)
                    .map(|(_, issue)| issue.customer_pk)
                    .collect();
                ids_of(&mut *tx, pks)?
            }
            ReportBar::Drifting { month } => {
                let month = months.find(month)?;
                let rhythms = rhythms_in(&mut *tx, &months, now)?;
                let contacts = Contacts::read(&mut *tx, &[], &keys(&rhythms))?;
                let drifting = drifting::by_month(&months, now, &rhythms, &contacts.every);
                distinct(drifting[month].iter().copied())
            }
            ReportBar::NewCustomers { month } => {
                let month = months.find(month)?;
                tx.added_ids(
                    months.bounds[month],
                    months.bounds[month + 1],
                    u32::try_from(MAX_FILTER_IDS).unwrap_or(u32::MAX),
                )?
            }
            ReportBar::UpsetWaiting => {
                let contacts = Contacts::read(&mut *tx, &[], &[])?;
                upset_in(&mut *tx, &contacts, limit)?
                    .0
                    .into_iter()
                    .map(|row| row.customer_id)
                    .collect()
            }
        };
        Ok(ids.into_iter().take(limit).collect())
    }
}

/// The ids of the live customers among `pks`, each once, in id order.
fn ids_of(tx: &mut dyn Tx, mut pks: Vec<i64>) -> Result<Vec<String>> {
    pks.sort_unstable();
    pks.dedup();
    let mut ids: Vec<String> = tx.names_of(&pks)?.into_iter().map(|n| n.id).collect();
    ids.sort_unstable();
    Ok(ids)
}

/// Each id once, in id order.
fn distinct<'a>(ids: impl Iterator<Item = &'a str>) -> Vec<String> {
    ids.collect::<BTreeSet<_>>()
        .into_iter()
        .map(str::to_owned)
        .collect()
}
