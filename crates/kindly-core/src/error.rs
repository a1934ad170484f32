//! The one error type of the core, and the `{code, message, field}` shape it
//! takes when it crosses to the UI.
//!
//! No storage driver's type appears here: a store (today SQLite, through
//! `sqlite_errors.rs`) maps its own failures onto [`Error::Busy`],
//! [`Error::DiskFull`], [`Error::Corrupt`] and, for anything the person
//! cannot act on differently, [`Error::Storage`]. A second store (a team
//! notebook on PostgreSQL) maps its failures onto the same variants, and adds
//! `Conflict` (someone else changed the same thing first) with its
//! [`ErrorCode`] when it needs one.

use serde::Serialize;
use ts_rs::TS;

/// Everything that can go wrong in the core. Each variant maps to one stable
/// [`ErrorCode`] the UI can branch on; the `Display` text is written for the
/// person at the desk, not for a developer. Whatever the variant, the change
/// that failed was not saved, and nothing saved before it was lost.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Input failed validation. Nothing was saved. The person sees `message`
    /// beside the field `field` names and can correct it.
    #[error("{message}")]
    Invalid {
        /// The form field the message belongs beside, e.g. `full_name` or `phones.1.number`.
        field: String,
        /// What is wrong and how to put it right, in the form's own words.
        message: String,
    },
    /// No (live or trashed, as the call requires) customer has this id.
    #[error("That customer could not be found. They may have been deleted or moved to Trash.")]
    NotFound {
        /// The customer id that was asked for.
        id: String,
    },
    /// The notebook was written by a newer Kindly. It was not modified. The
    /// person sees which formats differ and can update Kindly.
    #[error(
        "This notebook was saved by a newer version of Kindly (format {found}; this version reads up to {supported}). \
         Please update Kindly to open it. Nothing in the notebook was changed."
    )]
    NewerNotebook {
        /// The schema version stored in the file.
        found: i64,
        /// The newest schema version this Kindly knows.
        supported: i64,
    },
    /// The notebook is protected with a passphrase and is not unlocked. The
    /// window shows the unlock screen.
    #[error("The notebook is locked. Enter its passphrase to unlock it.")]
    Locked,
    /// Another program or window held the notebook for longer than the store
    /// waits (SQLite: `SQLITE_BUSY`/`SQLITE_LOCKED` after the busy timeout).
    /// Nothing was saved; the person is asked to try again in a moment, which
    /// works once the other program lets go.
    #[error("The notebook is busy in another window or program. Please try again in a moment.")]
    Busy,
    /// The disk (or the store's quota) is full (SQLite: `SQLITE_FULL`). The
    /// change was not saved and the notebook is intact; the person frees some
    /// space and tries again.
    #[error("The disk is full, so this change could not be saved. Free some space and try again.")]
    DiskFull,
    /// The notebook's storage is damaged (SQLite: `SQLITE_CORRUPT`, or a file
    /// that is not a database). Nothing was changed; the person restores a
    /// backup (Settings, or `kindly restore FILE`), which keeps the damaged
    /// notebook aside first.
    #[error(
        "Part of the notebook is damaged, so Kindly could not read or save this. Nothing was changed. \
         Restore the latest backup to carry on (Settings, Backups)."
    )]
    Corrupt(StorageFailure),
    /// Any other storage failure: nothing the person can do differently
    /// beyond trying again. The message says what the store reported.
    #[error("The notebook could not be read or written: {0}")]
    Storage(StorageFailure),
    /// A file-system failure around the notebook (creating its folder,
    /// writing an export, ...). Reported with the `storage` code.
    #[error("The notebook folder could not be used: {0}")]
    Io(#[from] std::io::Error),
}

/// What a store reported about a failure, without the store's own error
/// type: its description (shown after the variant's own words) and, for a
/// developer, the store's error as [`std::error::Error::source`].
#[derive(Debug)]
pub struct StorageFailure {
    detail: String,
    source: Option<Box<dyn std::error::Error + Send + Sync + 'static>>,
}

impl StorageFailure {
    /// A failure the store describes as `detail`, with no underlying error.
    pub fn new(detail: impl Into<String>) -> Self {
        StorageFailure {
            detail: detail.into(),
            source: None,
        }
    }

    /// A failure the store's own error `source` describes.
    pub fn from_source(source: impl std::error::Error + Send + Sync + 'static) -> Self {
        StorageFailure {
            detail: source.to_string(),
            source: Some(Box::new(source)),
        }
    }

    /// The store's description of what failed (for logs; the person sees it
    /// only after [`Error::Storage`]'s own words).
    pub fn detail(&self) -> &str {
        &self.detail
    }
}

impl std::fmt::Display for StorageFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.detail)
    }
}

impl std::error::Error for StorageFailure {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}

/// Shorthand used throughout the core.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// A validation error for `field`.
    pub fn invalid(field: impl Into<String>, message: impl Into<String>) -> Self {
        Error::Invalid {
            field: field.into(),
            message: message.into(),
        }
    }

    /// A storage failure of no kind the person can act on, as `detail`.
    pub fn storage(detail: impl Into<String>) -> Self {
        Error::Storage(StorageFailure::new(detail))
    }

    /// A record the notebook itself wrote (an undo's saved list, a merge's
    /// saved profile) that does not read back: the notebook is damaged.
    pub(crate) fn unreadable_record(err: serde_json::Error) -> Self {
        Error::Storage(StorageFailure::from_source(err))
    }

    /// The stable code for this error.
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::Invalid { .. } => ErrorCode::InvalidInput,
            Error::NotFound { .. } => ErrorCode::NotFound,
            Error::NewerNotebook { .. } => ErrorCode::NewerNotebook,
            Error::Locked => ErrorCode::Locked,
            Error::Busy => ErrorCode::Busy,
            Error::DiskFull => ErrorCode::DiskFull,
            Error::Corrupt(_) => ErrorCode::Corrupt,
            Error::Storage(_) | Error::Io(_) => ErrorCode::Storage,
        }
    }
}

/// Stable error codes shared with the UI. Adding one is fine; renaming one
/// breaks the UI's branches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// Input failed validation: show the message beside `field`.
    InvalidInput,
    /// The customer (or entry) asked for is gone: leave its page.
    NotFound,
    /// The notebook needs a newer Kindly; nothing was changed.
    NewerNotebook,
    /// The notebook is protected and locked: ask for the passphrase.
    Locked,
    /// Another program holds the notebook: try again in a moment.
    Busy,
    /// The disk is full: free space, then try again.
    DiskFull,
    /// Any other failure to read or write the notebook or its folder.
    Storage,
    /// Something outside the notebook failed (e.g. the login-items setting).
    System,
    /// The person said no to a question Kindly asked in a dialog of its own
    /// (such as keeping fewer backups): nothing was changed, and there is
    /// nothing to report.
    Cancelled,
    /// The notebook's storage is damaged: restore a backup.
    Corrupt,
}

/// The only error shape that crosses IPC. `field` is set for validation
/// errors so the UI can show `message` beside that field.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ErrorPayload {
    /// What kind of failure, for the UI to branch on.
    pub code: ErrorCode,
    /// The sentence shown to the person at the desk.
    pub message: String,
    /// The form field `message` belongs beside (validation errors only).
    pub field: Option<String>,
}

impl ErrorPayload {
    /// A failure outside the notebook, with a message for the person at the desk.
    pub fn system(message: impl Into<String>) -> Self {
        ErrorPayload {
            code: ErrorCode::System,
            message: message.into(),
            field: None,
        }
    }
}

impl ErrorPayload {
    /// The person said no in a dialog Kindly asked: nothing changed.
    pub fn cancelled() -> Self {
        ErrorPayload {
            code: ErrorCode::Cancelled,
            message: "Nothing was changed.".to_owned(),
            field: None,
        }
    }
}

impl From<Error> for ErrorPayload {
    fn from(err: Error) -> Self {
        let field = match &err {
            Error::Invalid { field, .. } => Some(field.clone()),
            _ => None,
        };
        ErrorPayload {
            code: err.code(),
            message: err.to_string(),
            field,
        }
    }
}
