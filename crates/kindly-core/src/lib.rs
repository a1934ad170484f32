//! Kindly's domain logic: the notebook (SQLite), customer profiles, lookup,
//! phone numbers and validation. No UI and no Tauri: everything here is
//! testable in milliseconds, and the desktop shell only calls into it.
//!
//! Start at [`Notebook`]: open one, then call its methods. Every method that
//! changes data is one transaction, validates its input first, and returns a
//! typed [`Error`] whose [`ErrorPayload`] form is what crosses to the UI.

#![deny(missing_docs)]

pub mod error;
pub mod rules;
pub(crate) mod store;
mod use_cases;

pub use rules::{
    brief_model, fold, follow_up_model, history_model, import, model, offline_model, phone,
    schedule, situation_model, validate,
};
pub use store::postgres::live::{ChangeFeed, ChangeSource};
pub use store::sqlite::migrations;

pub use error::{ConflictDetail, Error, ErrorCode, ErrorPayload, Result, StorageFailure};
pub use rules::brief_model::*;
pub use rules::follow_up_model::*;
pub use rules::history_model::*;
pub use rules::list_model::*;
pub use rules::live::{ChangeKind, Changes};
pub use rules::model::*;
pub use rules::offline_model::OfflineCopyInfo;
pub use rules::progress::{NoProgress, Progress, Stage};
pub use rules::report_model::*;
pub use rules::situation_model::*;
pub use rules::team_model::{
    check_password, computer_name, login_base, JoinLink, NewLogin, SignedIn, StaffLogin,
    TeamAddress, TeamPresence, TeamStatus, DEFAULT_TEAM_DATABASE, MAX_LOGIN_BASE, MAX_PASSWORD,
};
pub use use_cases::brief::MAX_DONE_FOLLOW_UPS;
pub use use_cases::customers::changes::MAX_CHANGES_PAGE;
pub use use_cases::customers::record::CustomerRecord;
pub use use_cases::customers::search::{MAX_LIMIT, MIN_PHONE_DIGITS};
pub use use_cases::exchange::export::{record_file_stem, write_file_atomically, ExportFormat};
pub use use_cases::exchange::importing::{
    ImportAction, ImportPreview, ImportRow, ImportSummary, PREVIEW_LIMIT,
};
pub use use_cases::exchange::merge::{
    DuplicatePair, MergeOutcome, MergeRecord, DUPLICATES_LIMIT, RECENT_MERGES,
};
pub use use_cases::follow_ups::reminders::MISSED_AFTER;
pub use use_cases::follow_ups::today::{
    BIRTHDAY_LIMIT, DRIFTING_LIMIT, OVERDUE_LIMIT, TODAY_LIMIT,
};
pub use use_cases::history::entries::{MAX_CATEGORIES, MAX_STORY, MAX_SUMMARY};
pub use use_cases::history::page::{FIRST_PAGE, MAX_PAGE};
pub use use_cases::lists::{MAX_FILTER_IDS, MAX_LIST_PAGE};
pub use use_cases::notebook::backup::{
    backups_in, BackupInfo, BackupSettings, BACKUP_EVERY, DEFAULT_KEEP,
};
pub use use_cases::notebook::fewer_backups::{
    deleted_at_next_backup, fewer_backups, BackupChange, FewerBackups,
};
pub use use_cases::notebook::first_run::Welcome;
pub use use_cases::notebook::opening::{Opening, WindowStart};
pub use use_cases::notebook::protection::{
    check_repeated, is_protected_file, validate_passphrase, LockStatus, ProtectOutcome,
    ProtectionSettings, MAX_LOCK_AFTER, MAX_PASSPHRASE, MIN_PASSPHRASE,
};
pub use use_cases::notebook::settings::FALLBACK_REGION;
pub use use_cases::notebook::{system_clock, Clock, Notebook, FILE_NAME};
pub use use_cases::reports::{MAX_REPORT_MONTHS, MAX_UPSET_LISTED};
pub use use_cases::situations::{MAX_MEMBER_PAGE, MAX_PICKED, MAX_SITUATION_TEXT};
pub use use_cases::team::{
    add_staff, copy_out, init_team, move_in, move_in_preview, move_into, move_into_preview,
    remove_staff, staff, Moved, OfflineKey, MAX_DISPLAY_NAME,
};
