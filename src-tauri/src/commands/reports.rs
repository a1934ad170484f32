//! The Reports screen: how well the business follows through, and the
//! customers behind one of its bars.

use kindly_core::{Error, ReportBar, ReportPeriod, Reports, MAX_REPORT_MONTHS};
use kindly_words::{args, say, say_with};
use tauri::State;

use super::CmdResult;
use crate::state::AppState;

#[tauri::command(async)]
pub fn reports(state: State<'_, AppState>, period: ReportPeriod) -> CmdResult<Reports> {
    let period = checked_period(period)?;
    state.with(|nb| nb.reports(&period))
}

/// The ids of the customers behind one bar (or table cell) of a report.
#[tauri::command(async)]
pub fn customers_behind(
    state: State<'_, AppState>,
    period: ReportPeriod,
    bar: ReportBar,
) -> CmdResult<Vec<String>> {
    let period = checked_period(period)?;
    let bar = checked_bar(bar)?;
    state.with(|nb| nb.customers_behind(&period, &bar))
}

/// A month `YYYY-MM` as a count of months since year 0, or `None`.
fn month_number(text: &str) -> Option<u32> {
    let (year, month) = text.split_once('-')?;
    if year.len() != 4 || month.len() != 2 {
        return None;
    }
    if !year
        .bytes()
        .chain(month.bytes())
        .all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let (year, month) = (year.parse::<u32>().ok()?, month.parse::<u32>().ok()?);
    (1..=12).contains(&month).then_some(year * 12 + month - 1)
}

fn month(field: &str, text: &str) -> Result<u32, Error> {
    month_number(text.trim()).ok_or_else(|| {
        Error::invalid(
            field,
            say_with("periods-month-unreadable", &args! { "month" => text }),
        )
    })
}

/// The period as asked, or why not: two months `YYYY-MM`, `from` not
/// after `to`, at most [`MAX_REPORT_MONTHS`] months.
pub fn checked_period(period: ReportPeriod) -> Result<ReportPeriod, Error> {
    let from = month("from", &period.from)?;
    let to = month("to", &period.to)?;
    if from > to {
        return Err(Error::invalid("from", say("periods-backwards")));
    }
    if to - from + 1 > MAX_REPORT_MONTHS {
        return Err(Error::invalid(
            "to",
            say_with("periods-too-long", &args! { "max" => MAX_REPORT_MONTHS }),
        ));
    }
    Ok(ReportPeriod {
        from: period.from.trim().to_owned(),
        to: period.to.trim().to_owned(),
    })
}

/// The bar as asked, or why not: its month readable, a promise outcome
/// one of `kept_on_time`, `kept_late`, `broken`, a person's name no longer
/// than any name can be.
pub fn checked_bar(bar: ReportBar) -> Result<ReportBar, Error> {
    let month_of = |text: &String| month("month", text).map(|_| text.trim().to_owned());
    Ok(match bar {
        ReportBar::Promises {
            month: at,
            person,
            outcome,
        } => {
            if !matches!(outcome.as_str(), "kept_on_time" | "kept_late" | "broken") {
                return Err(Error::invalid("outcome", say("periods-bar-unknown")));
            }
            // Nobody's name is longer: such a row cannot be one the report showed.
            let too_long = |p: &String| p.chars().count() > kindly_core::validate::MAX_SHORT;
            if person.as_ref().is_some_and(too_long) {
                return Err(Error::invalid("person", say("periods-bar-unknown")));
            }
            ReportBar::Promises {
                month: at.as_ref().map(month_of).transpose()?,
                person,
                outcome,
            }
        }
        ReportBar::CheckIns {
            month: at,
            missing_only,
        } => ReportBar::CheckIns {
            month: month_of(&at)?,
            missing_only,
        },
        ReportBar::Reopened { month: at } => ReportBar::Reopened {
            month: month_of(&at)?,
        },
        ReportBar::Drifting { month: at } => ReportBar::Drifting {
            month: month_of(&at)?,
        },
        ReportBar::NewCustomers { month: at } => ReportBar::NewCustomers {
            month: month_of(&at)?,
        },
        ReportBar::UpsetWaiting => ReportBar::UpsetWaiting,
    })
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

    fn field_of<T>(out: Result<T, Error>) -> Option<String> {
        match out {
            Err(Error::Invalid { field, .. }) => Some(field),
            _ => None,
        }
    }

    #[test]
    fn a_period_of_one_to_thirty_six_whole_months_is_taken() {
        assert_eq!(
            checked_period(period(" 2026-01", "2026-01 ")).ok(),
            Some(period("2026-01", "2026-01"))
        );
        assert!(checked_period(period("2024-01", "2026-12")).is_ok());
    }

    #[test]
    fn an_unreadable_backwards_or_too_long_period_is_refused_by_field() {
        assert_eq!(
            field_of(checked_period(period("2026-13", "2026-12"))),
            Some("from".into())
        );
        assert_eq!(
            field_of(checked_period(period("2026-1", "2026-12"))),
            Some("from".into())
        );
        assert_eq!(
            field_of(checked_period(period("2026-01", "March"))),
            Some("to".into())
        );
        assert_eq!(
            field_of(checked_period(period("2026-03", "2026-02"))),
            Some("from".into())
        );
        assert_eq!(
            field_of(checked_period(period("2023-12", "2026-12"))),
            Some("to".into())
        );
    }

    #[test]
    fn a_bar_needs_a_readable_month_and_a_known_outcome() {
        let promises = |month: Option<&str>, outcome: &str| ReportBar::Promises {
            month: month.map(str::to_owned),
            person: None,
            outcome: outcome.into(),
        };
        assert!(checked_bar(promises(Some("2026-03"), "broken")).is_ok());
        assert!(checked_bar(promises(None, "kept_late")).is_ok());
        assert_eq!(
            field_of(checked_bar(promises(None, "lost"))),
            Some("outcome".into())
        );
        assert_eq!(
            field_of(checked_bar(ReportBar::Drifting {
                month: "soon".into()
            })),
            Some("month".into())
        );
        assert!(checked_bar(ReportBar::UpsetWaiting).is_ok());
    }
}
