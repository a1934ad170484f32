//! The Reports screen: how well the business follows through, read from
//! what the notebook already stores.

#![allow(
    clippy::todo,
    reason = "the signatures the shell and window are written against; bodies being written"
)]

use crate::error::Result;
use crate::rules::report_model::{ReportBar, ReportPeriod, Reports};
use crate::use_cases::notebook::Notebook;

/// The longest period one report covers, in months.
pub const MAX_REPORT_MONTHS: u32 = 36;

/// The most upset-and-waiting customers the report lists by name.
pub const MAX_UPSET_LISTED: u32 = 50;

impl Notebook {
    /// Every figure of the Reports screen for `period`, in one read.
    pub fn reports(&self, period: &ReportPeriod) -> Result<Reports> {
        let _ = period;
        todo!()
    }

    /// The ids of the customers behind one bar of a report for `period`
    /// (each once, at most [`crate::MAX_FILTER_IDS`]), for the Customers
    /// list to show (`CustomerFilter::customer_ids`).
    pub fn customers_behind(&self, period: &ReportPeriod, bar: &ReportBar) -> Result<Vec<String>> {
        let _ = (period, bar);
        todo!()
    }
}
