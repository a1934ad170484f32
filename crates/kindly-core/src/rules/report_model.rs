//! The types of the Reports screen: how well the business follows
//! through, month by month, read from what the notebook already stores
//! (promise outcomes, issue events, follow-ups done, logged moods,
//! conversations, when customers were added).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The months a report covers, in the notebook's time zone: `from` and
/// `to` are `YYYY-MM`, both included, `from` not after `to`, at most
/// [`crate::MAX_REPORT_MONTHS`] months.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReportPeriod {
    /// The first month, `YYYY-MM`.
    pub from: String,
    /// The last month, `YYYY-MM`.
    pub to: String,
}

/// Promises that fell due in one month (or were made by one person), by
/// how they ended. Open promises not yet due are not counted.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PromiseOutcomes {
    /// The month, `YYYY-MM` (empty in a per-person row).
    pub month: String,
    /// Who made them (empty in a per-month row; "" also for promises
    /// nobody was named on, in a per-person row).
    pub person: String,
    /// Kept by their due time.
    pub kept_on_time: u32,
    /// Kept, but after their due time.
    pub kept_late: u32,
    /// Broken, or still open past their due time.
    pub broken: u32,
}

/// Issues resolved in one month, and how many of them had a check-in
/// afterwards (a logged conversation or a follow-up done with that
/// customer after the issue was resolved).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CheckIns {
    /// The month, `YYYY-MM`.
    pub month: String,
    /// Issues resolved that month.
    pub resolved: u32,
    /// Of those, checked in on afterwards.
    pub checked_in: u32,
}

/// Issues resolved in one month: how long they took and how many came back.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Resolution {
    /// The month, `YYYY-MM`.
    pub month: String,
    /// Issues resolved that month.
    pub resolved: u32,
    /// The median time from opened to resolved, in hours (rounded);
    /// `None` when none was resolved.
    pub median_hours: Option<u32>,
    /// Issues reopened that month.
    pub reopened: u32,
}

/// A count for one month.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MonthCount {
    /// The month, `YYYY-MM`.
    pub month: String,
    /// How many.
    pub count: u32,
}

/// A customer whose last logged mood was upset and who has not been
/// spoken to since.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct UpsetWaiting {
    /// The customer's id.
    pub customer_id: String,
    /// The name to greet them by.
    pub customer_name: String,
    /// When the upset mood was logged.
    #[ts(type = "number")]
    pub since: i64,
}

/// Everything the Reports screen shows for one period, in one call. Every
/// month of the period has a row in each monthly list, zero or not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Reports {
    /// The period shown.
    pub period: ReportPeriod,
    /// Promises by the month they fell due.
    pub promises_by_month: Vec<PromiseOutcomes>,
    /// Promises due in the period, by who made them (most promises first).
    pub promises_by_person: Vec<PromiseOutcomes>,
    /// Check-ins after fixes, by the month the issue was resolved.
    pub check_ins: Vec<CheckIns>,
    /// Time to resolve and reopened issues, by month.
    pub resolution: Vec<Resolution>,
    /// Customers with a stay-in-touch rhythm who were past their ideal
    /// gap at the end of each month (the current month: now).
    pub drifting: Vec<MonthCount>,
    /// Customers added each month.
    pub new_customers: Vec<MonthCount>,
    /// Upset customers not yet called back (longest waiting first, at most
    /// [`crate::MAX_UPSET_LISTED`]).
    pub upset_waiting: Vec<UpsetWaiting>,
    /// How many are upset and waiting in all.
    pub upset_waiting_count: u32,
}

/// A bar (or a table cell) of a report, to list the customers behind it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "report", rename_all = "snake_case")]
pub enum ReportBar {
    /// Customers with promises of this outcome that fell due this month,
    /// or (with `person`) made by this person in the period.
    Promises {
        /// `YYYY-MM`, or `None` for the whole period (a person's row).
        month: Option<String>,
        /// Who made them, or `None` for anyone.
        person: Option<String>,
        /// "kept_on_time", "kept_late" or "broken".
        outcome: String,
    },
    /// Customers whose issue was resolved this month: all, or only those
    /// not (yet) checked in on.
    CheckIns {
        /// `YYYY-MM`.
        month: String,
        /// Only those without a check-in.
        missing_only: bool,
    },
    /// Customers with an issue reopened this month.
    Reopened {
        /// `YYYY-MM`.
        month: String,
    },
    /// Customers drifting at the end of this month.
    Drifting {
        /// `YYYY-MM`.
        month: String,
    },
    /// Customers added this month.
    NewCustomers {
        /// `YYYY-MM`.
        month: String,
    },
    /// Upset customers not yet called back.
    UpsetWaiting,
}
