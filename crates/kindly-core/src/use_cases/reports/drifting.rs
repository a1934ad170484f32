//! Customers drifting out of touch at the end of each month: those with a
//! stay-in-touch rhythm whose last contact before that moment (else when
//! they were added) is at least their ideal gap old, as the Today screen
//! counts "drifting" (out of touch included).

use crate::rules::model::Millis;
use crate::store::WithRhythm;

use super::period::Months;

const DAY_MS: Millis = 24 * 60 * 60 * 1000;

/// The moment each month is judged at: its end, the current month's now,
/// `None` for a month that has not started.
pub(super) fn moments(months: &Months, now: Millis) -> Vec<Option<Millis>> {
    months
        .bounds
        .windows(2)
        .map(|w| (w[0] <= now).then(|| w[1].min(now)))
        .collect()
}

/// The latest moment of [`moments`], if any month has started.
pub(super) fn last_moment(months: &Months, now: Millis) -> Option<Millis> {
    moments(months, now).into_iter().flatten().max()
}

/// For each month, the customers drifting at its moment. `contacts`
/// (`(customer key, when)`, at least every conversation of `customers`)
/// are sorted; `customers` by key.
pub(super) fn by_month<'a>(
    months: &Months,
    now: Millis,
    customers: &'a [WithRhythm],
    contacts: &[(i64, Millis)],
) -> Vec<Vec<&'a str>> {
    let moments = moments(months, now);
    let mut drifting = vec![Vec::new(); months.len()];
    let mut next = 0;
    for c in customers {
        while next < contacts.len() && contacts[next].0 < c.pk {
            next += 1;
        }
        let first = next;
        while next < contacts.len() && contacts[next].0 == c.pk {
            next += 1;
        }
        let times = &contacts[first..next];
        let gap = Millis::from(c.ideal_days) * DAY_MS;
        for (month, moment) in moments.iter().enumerate() {
            let Some(at) = *moment else { continue };
            if c.created_at >= at {
                continue;
            }
            let before = times.partition_point(|t| t.1 < at);
            let since = if before == 0 {
                c.created_at
            } else {
                times[before - 1].1
            };
            if since + gap <= at {
                drifting[month].push(c.id.as_str());
            }
        }
    }
    drifting
}
