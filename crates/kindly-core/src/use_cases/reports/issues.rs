//! Issues resolved per month: how many were checked in on afterwards, how
//! long they took, and how many came back (reopened).

use std::collections::BTreeMap;

use crate::rules::model::Millis;
use crate::rules::report_model::{CheckIns, Resolution};
use crate::store::IssueMoved;

use super::period::Months;

const HOUR_MS: f64 = 3_600_000.0;

/// One issue in one month: its last resolution that month, if any, and
/// whether it was reopened that month.
#[derive(Debug, Default)]
pub(super) struct IssueMonth {
    /// The key of the customer it is about.
    pub customer_pk: i64,
    /// `(resolved at, opened at, checked in afterwards)`.
    pub resolved: Option<(Millis, Millis, bool)>,
    pub reopened: bool,
}

/// Each issue resolved or reopened in the period, once per month: an
/// issue resolved twice in a month counts once (its last resolution that
/// month), as does one reopened twice.
/// `checked_in(customer key, at)`: they were checked in on after `at`.
pub(super) fn by_month(
    months: &Months,
    rows: &[IssueMoved],
    checked_in: impl Fn(i64, Millis) -> bool,
) -> BTreeMap<(usize, i64), IssueMonth> {
    let mut found: BTreeMap<(usize, i64), IssueMonth> = BTreeMap::new();
    // Rows come in time order: a later resolution replaces an earlier one.
    for row in rows {
        let Some(month) = months.index_of(row.at) else {
            continue;
        };
        let issue = found.entry((month, row.issue_pk)).or_default();
        issue.customer_pk = row.customer_pk;
        if row.reopened {
            issue.reopened = true;
        } else {
            issue.resolved = Some((row.at, row.opened_at, checked_in(row.customer_pk, row.at)));
        }
    }
    found
}

/// The check-in and resolution rows, one per month.
pub(super) fn figures(
    months: &Months,
    issues: &BTreeMap<(usize, i64), IssueMonth>,
) -> (Vec<CheckIns>, Vec<Resolution>) {
    let mut check_ins: Vec<CheckIns> = months
        .labels
        .iter()
        .map(|month| CheckIns {
            month: month.clone(),
            ..CheckIns::default()
        })
        .collect();
    let mut resolution: Vec<Resolution> = months
        .labels
        .iter()
        .map(|month| Resolution {
            month: month.clone(),
            ..Resolution::default()
        })
        .collect();
    let mut hours: Vec<Vec<f64>> = vec![Vec::new(); months.len()];
    for (&(month, _), issue) in issues {
        if let Some((at, opened_at, checked_in)) = issue.resolved {
            check_ins[month].resolved += 1;
            check_ins[month].checked_in += u32::from(checked_in);
            resolution[month].resolved += 1;
            hours[month].push((at - opened_at).max(0) as f64 / HOUR_MS);
        }
        resolution[month].reopened += u32::from(issue.reopened);
    }
    for (row, hours) in resolution.iter_mut().zip(&mut hours) {
        row.median_hours = median(hours).map(|h| h.round() as u32);
    }
    (check_ins, resolution)
}

/// The middle value (the mean of the two middle ones for an even count).
fn median(values: &mut [f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_by(f64::total_cmp);
    let mid = values.len() / 2;
    Some(if values.len() % 2 == 1 {
        values[mid]
    } else {
        (values[mid - 1] + values[mid]) / 2.0
    })
}

#[cfg(test)]
mod tests {
    use super::median;

    #[test]
    fn the_median_of_an_even_count_is_the_mean_of_the_middle_two() {
        assert_eq!(median(&mut []), None);
        assert_eq!(median(&mut [5.0, 1.0, 3.0]), Some(3.0));
        assert_eq!(median(&mut [4.0, 1.0, 10.0, 2.0]), Some(3.0));
    }
}
