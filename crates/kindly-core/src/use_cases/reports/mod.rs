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
use crate::store::{Talk, Tx};
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

/// The customers drifting at each month's moment.
fn drifting_in<'a>(
    tx: &mut dyn Tx,
    months: &Months,
    now: Millis,
    talks: &[Talk],
    rhythms: &'a mut Vec<crate::store::WithRhythm>,
) -> Result<Vec<Vec<&'a str>>> {
    if let Some(last) = drifting::last_moment(months, now) {
        *rhythms = tx.with_rhythm(last)?;
    }
    Ok(drifting::by_month(months, now, rhythms, talks))
}

/// The customers whose latest conversation was upset: `(id, name, since)`,
/// longest waiting first (then by id).
fn upset_in(tx: &mut dyn Tx, contacts: &Contacts) -> Result<Vec<UpsetWaiting>> {
    let latest = contacts.upset_latest();
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
    Ok(upset)
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

        let contacts = Contacts::read(&mut *tx)?;
        let moved = tx.issues_moved(start, end)?;
        let by_issue =
            issues::by_month(&months, &moved, |pk, at| contacts.checked_in_after(pk, at));
        let (check_ins, resolution) = issues::figures(&months, &by_issue);

        let mut rhythms = Vec::new();
        let drifting = drifting_in(&mut *tx, &months, now, &contacts.talks, &mut rhythms)?;
        let drifting = month_counts(&months, drifting.iter().map(|ids| count(ids.len())));

        let new_customers = month_counts(&months, tx.added_counts(&months.bounds)?);

        let mut upset_waiting = upset_in(&mut *tx, &contacts)?;
        let upset_waiting_count = count(upset_waiting.len());
        upset_waiting.truncate(MAX_UPSET_LISTED as usize);

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
                distinct(
                    promises::customers(&months, &promised, now, month, person.as_deref(), wanted)
                        .into_iter(),
                )
            }
            ReportBar::CheckIns {
                month,
                missing_only,
            } => {
                let month = months.find(month)?;
                let contacts = Contacts::read(&mut *tx)?;
                let moved = tx.issues_moved(start, end)?;
                let issues =
                    issues::by_month(&months, &moved, |pk, at| contacts.checked_in_after(pk, at));
                distinct(
                    issues
                        .iter()
                        .filter(|((m, _), issue)| {
                            *m == month
                                && issue
                                    .resolved
                                    .is_some_and(|(_, _, checked)| !(*missing_only && checked))
                        })
                        .map(|(_, issue)| issue.customer_id),
                )
            }
            ReportBar::Reopened { month } => {
                let month = months.find(month)?;
                let contacts = Contacts::read(&mut *tx)?;
                let moved = tx.issues_moved(start, end)?;
                let issues =
                    issues::by_month(&months, &moved, |pk, at| contacts.checked_in_after(pk, at));
                distinct(
                    issues
                        .iter()
                        .filter(|((m, _), issue)| *m == month && issue.reopened)
                        .map(|(_, issue)| issue.customer_id),
                )
            }
            ReportBar::Drifting { month } => {
                let month = months.find(month)?;
                let contacts = Contacts::read(&mut *tx)?;
                let mut rhythms = Vec::new();
                let drifting = drifting_in(&mut *tx, &months, now, &contacts.talks, &mut rhythms)?;
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
                let contacts = Contacts::read(&mut *tx)?;
                upset_in(&mut *tx, &contacts)?
                    .into_iter()
                    .map(|row| row.customer_id)
                    .collect()
            }
        };
        Ok(ids.into_iter().take(limit).collect())
    }
}

/// Each id once, in id order.
fn distinct<'a>(ids: impl Iterator<Item = &'a str>) -> Vec<String> {
    ids.collect::<BTreeSet<_>>()
        .into_iter()
        .map(str::to_owned)
        .collect()
}
