//! The Reports screen: how well the business follows through, read from
//! what the notebook already stores.

/// The longest period one report covers, in months.
pub const MAX_REPORT_MONTHS: u32 = 36;

/// The most upset-and-waiting customers the report lists by name.
pub const MAX_UPSET_LISTED: u32 = 50;
