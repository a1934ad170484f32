//! Kindly's domain logic: the notebook (SQLite), customer profiles, lookup,
//! phone numbers and validation. No UI and no Tauri: everything here is
//! testable in milliseconds, and the desktop shell only calls into it.
//!
//! Start at [`Notebook`]: open one, then call its methods. Every method that
//! changes data is one transaction, validates its input first, and returns a
//! typed [`Error`] whose [`ErrorPayload`] form is what crosses to the UI.

#![deny(missing_docs)]

mod backup;
mod brief;
pub mod brief_model;
mod calendar;
mod combine;
mod customers;
mod entries;
pub mod error;
mod export;
mod fewer_backups;
mod first_run;
pub mod fold;
pub mod follow_up_model;
mod follow_ups;
mod forget;
pub mod history_model;
pub mod import;
mod importing;
mod index;
mod matching;
mod merge;
pub mod migrations;
pub mod model;
mod notebook;
mod opening;
mod page;
mod parallel;
pub mod phone;
mod protection;
mod record;
mod reminders;
#[cfg(test)]
mod round_trips;
mod sample;
pub mod schedule;
mod search;
mod settings;
pub mod situation_model;
mod situations;
mod sqlite_errors;
mod staff;
mod today;
mod touch;
pub mod validate;

pub use backup::{backups_in, BackupInfo, BackupSettings, BACKUP_EVERY, DEFAULT_KEEP};
pub use brief::MAX_DONE_FOLLOW_UPS;
pub use brief_model::*;
pub use calendar::CALENDAR_FILE;
pub use entries::{MAX_CATEGORIES, MAX_STORY, MAX_SUMMARY};
pub use error::{Error, ErrorCode, ErrorPayload, Result, StorageFailure};
pub use export::{write_file_atomically, ExportFormat};
pub use fewer_backups::{deleted_at_next_backup, fewer_backups, BackupChange, FewerBackups};
pub use first_run::Welcome;
pub use follow_up_model::*;
pub use history_model::*;
pub use importing::{ImportAction, ImportPreview, ImportRow, ImportSummary, PREVIEW_LIMIT};
pub use merge::{DuplicatePair, MergeOutcome, MergeRecord, DUPLICATES_LIMIT, RECENT_MERGES};
pub use model::*;
pub use notebook::{system_clock, Clock, Notebook, FILE_NAME};
pub use opening::{Opening, WindowStart};
pub use page::{FIRST_PAGE, MAX_PAGE};
pub use protection::{
    check_repeated, is_protected_file, validate_passphrase, LockStatus, ProtectOutcome,
    ProtectionSettings, MAX_LOCK_AFTER, MAX_PASSPHRASE, MIN_PASSPHRASE,
};
pub use record::CustomerRecord;
pub use reminders::MISSED_AFTER;
pub use search::{MAX_LIMIT, MIN_PHONE_DIGITS};
pub use settings::FALLBACK_REGION;
pub use situation_model::*;
pub use situations::{MAX_MEMBER_PAGE, MAX_PICKED, MAX_SITUATION_TEXT};
pub use today::{BIRTHDAY_LIMIT, DRIFTING_LIMIT, OVERDUE_LIMIT, TODAY_LIMIT};
