//! The use-case band: one folder per domain. Each operation validates with
//! the rules, opens one transaction through the store, and commits.

pub(crate) mod brief;
pub(crate) mod customers;
pub(crate) mod exchange;
pub(crate) mod follow_ups;
pub(crate) mod history;
pub(crate) mod lists;
pub(crate) mod notebook;
pub(crate) mod reports;
pub(crate) mod situations;
pub(crate) mod team;
pub(crate) mod versions;
