//! Kindly's domain logic: the notebook (SQLite), customer profiles, lookup,
//! phone numbers and validation. No UI and no Tauri: everything here is
//! testable in milliseconds, and the desktop shell only calls into it.
//!
//! Start at [`Notebook`]: open one, then call its methods. Every method that
//! changes data is one transaction, validates its input first, and returns a
//! typed [`Error`] whose [`ErrorPayload`] form is what crosses to the UI.

mod customers;
mod entries;
pub mod error;
pub mod fold;
pub mod history_model;
mod index;
pub mod migrations;
pub mod model;
mod notebook;
mod page;
pub mod phone;
mod search;
mod settings;
mod staff;
pub mod validate;

pub use entries::{MAX_CATEGORIES, MAX_STORY, MAX_SUMMARY};
pub use error::{Error, ErrorCode, ErrorPayload, Result};
pub use history_model::*;
pub use model::*;
pub use notebook::{system_clock, Clock, Notebook, FILE_NAME};
pub use page::{FIRST_PAGE, MAX_PAGE};
pub use search::{MAX_LIMIT, MIN_PHONE_DIGITS};
pub use settings::FALLBACK_REGION;
