//! The rules band: pure logic and the types that cross to the UI. Nothing
//! here touches storage or reads the clock; every function is a plain
//! calculation over the values it is given, testable without a notebook.

pub mod brief_model;
pub(crate) mod changes;
pub(crate) mod combine;
pub mod fold;
pub mod follow_up_model;
pub mod history_model;
pub mod import;
pub mod kinds;
pub mod languages;
pub mod list_model;
pub mod live;
pub(crate) mod matching;
pub mod merge_model;
pub mod model;
pub mod offline_model;
pub(crate) mod parallel;
pub mod passphrase;
pub mod phone;
pub mod progress;
pub mod report_model;
pub mod schedule;
pub mod situation_model;
pub mod team_model;
pub mod validate;
