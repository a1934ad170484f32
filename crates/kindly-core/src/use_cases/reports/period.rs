//! A report's period: its months checked, and each month's start and end
//! as instants in the notebook's time zone (so a month is the same on
//! both stores, and a day of 23 or 25 hours changes nothing).

use chrono::{Datelike, NaiveDate};
use kindly_words::{args, say, say_with};

use crate::error::{Error, Result};
use crate::rules::model::Millis;
use crate::rules::report_model::ReportPeriod;
use crate::rules::schedule::TimeCtx;

use super::MAX_REPORT_MONTHS;

/// The months of a valid period: `labels[i]` (`YYYY-MM`) runs from
/// `bounds[i]` (its first midnight) to `bounds[i + 1]` (excluded); there is
/// one more bound than labels, and the bounds only rise.
#[derive(Debug, Clone)]
pub(super) struct Months {
    pub labels: Vec<String>,
    pub bounds: Vec<Millis>,
}

impl Months {
    /// The checked months of `period` in `ctx`'s zone.
    pub fn of(period: &ReportPeriod, ctx: &TimeCtx) -> Result<Months> {
        let from = first_day("from", &period.from)?;
        let to = first_day("to", &period.to)?;
        if from > to {
            return Err(Error::invalid("from", say("reports-from-after-to")));
        }
        let count = (to.year() - from.year()) * 12 + to.month() as i32 - from.month() as i32 + 1;
        if count > MAX_REPORT_MONTHS as i32 {
            return Err(Error::invalid(
                "to",
                say_with(
                    "reports-too-many-months",
                    &args! { "count" => i64::from(MAX_REPORT_MONTHS) },
                ),
            ));
        }
        let mut labels = Vec::new();
        let mut bounds = Vec::new();
        let mut month = from;
        for _ in 0..count {
            labels.push(month.format("%Y-%m").to_string());
            bounds.push(ctx.start_of(month));
            month = next_month(month);
        }
        bounds.push(ctx.start_of(month));
        Ok(Months { labels, bounds })
    }

    /// How many months.
    pub fn len(&self) -> usize {
        self.labels.len()
    }

    /// The period's first instant.
    pub fn start(&self) -> Millis {
        self.bounds[0]
    }

    /// The instant just after the period.
    pub fn end(&self) -> Millis {
        self.bounds[self.bounds.len() - 1]
    }

    /// The month `at` falls in, if it is in the period.
    pub fn index_of(&self, at: Millis) -> Option<usize> {
        if at < self.start() || at >= self.end() {
            return None;
        }
        Some(self.bounds.partition_point(|b| *b <= at) - 1)
    }

    /// The month `label` names, which must be one of the period's
    /// ([`Error::invalid`] on `month` otherwise).
    pub fn find(&self, label: &str) -> Result<usize> {
        self.labels
            .iter()
            .position(|l| l == label)
            .ok_or_else(|| Error::invalid("month", say("reports-month-not-in-period")))
    }
}

/// The first day of the month `text` (`YYYY-MM`) names.
fn first_day(field: &str, text: &str) -> Result<NaiveDate> {
    let bad = || Error::invalid(field, say("reports-month-format"));
    let text = text.trim();
    let (year, month) = text.split_once('-').ok_or_else(bad)?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if year.len() != 4 || month.len() != 2 || !digits(year) || !digits(month) {
        return Err(bad());
    }
    let year: i32 = year.parse().map_err(|_| bad())?;
    let month: u32 = month.parse().map_err(|_| bad())?;
    if year < 1900 {
        return Err(bad());
    }
    NaiveDate::from_ymd_opt(year, month, 1).ok_or_else(bad)
}

fn next_month(day: NaiveDate) -> NaiveDate {
    let (year, month) = if day.month() == 12 {
        (day.year() + 1, 1)
    } else {
        (day.year(), day.month() + 1)
    };
    NaiveDate::from_ymd_opt(year, month, 1).unwrap_or(day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn period(from: &str, to: &str) -> ReportPeriod {
        ReportPeriod {
            from: from.into(),
            to: to.into(),
        }
    }

    fn london() -> TimeCtx {
        TimeCtx {
            tz: "Europe/London".parse().expect("zone"),
            ..TimeCtx::fallback()
        }
    }

    #[test]
    fn months_start_at_local_midnight_across_a_clock_change() {
        let m = Months::of(&period("2026-03", "2026-04"), &london()).expect("valid");
        assert_eq!(m.labels, ["2026-03", "2026-04"]);
        // 1 March is GMT, 1 April and 1 May are BST (UTC+1).
        assert_eq!(m.bounds[0], 1_772_323_200_000);
        assert_eq!(m.bounds[1], 1_774_998_000_000);
        assert_eq!(m.bounds[2], 1_777_590_000_000);
        assert_eq!(m.index_of(m.bounds[1] - 1), Some(0));
        assert_eq!(m.index_of(m.bounds[1]), Some(1));
        assert_eq!(m.index_of(m.bounds[2]), None);
    }

    #[test]
    fn a_period_across_new_year_has_every_month() {
        let m = Months::of(&period("2025-11", "2026-02"), &london()).expect("valid");
        assert_eq!(m.labels, ["2025-11", "2025-12", "2026-01", "2026-02"]);
    }

    #[test]
    fn bad_periods_name_their_field() {
        let field = |from: &str, to: &str| match Months::of(&period(from, to), &london()) {
            Err(Error::Invalid { field, .. }) => field,
            other => panic!("expected a refusal, got {other:?}"),
        };
        assert_eq!(field("2026-3", "2026-04"), "from");
        assert_eq!(field("2026-03", "2026-13"), "to");
        assert_eq!(field("March", "2026-04"), "from");
        assert_eq!(field("2026-05", "2026-04"), "from");
        assert_eq!(field("2023-01", "2026-01"), "to");
        assert!(Months::of(&period("2023-02", "2026-01"), &london()).is_ok());
    }
}
