//! The one error type of the core, and the `{code, message, field}` shape it
//! takes when it crosses to the UI.

use serde::Serialize;
use ts_rs::TS;

/// Everything that can go wrong in the core. Each variant maps to one stable
/// [`ErrorCode`] the UI can branch on; the `Display` text is written for the
/// person at the desk, not for a developer.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Input failed validation. Nothing was saved.
    #[error("{message}")]
    Invalid {
        /// The form field the message belongs beside, e.g. `full_name` or `phones.1.number`.
        field: String,
        message: String,
    },
    /// No (live or trashed, as the call requires) customer has this id.
    #[error("That customer could not be found. They may have been deleted or moved to Trash.")]
    NotFound { id: String },
    /// The notebook was written by a newer Kindly. It was not modified.
    #[error(
        "This notebook was saved by a newer version of Kindly (format {found}; this version reads up to {supported}). \
         Please update Kindly to open it. Nothing in the notebook was changed."
    )]
    NewerNotebook { found: i64, supported: i64 },
    /// The notebook is protected with a passphrase and is not unlocked.
    #[error("The notebook is locked. Enter its passphrase to unlock it.")]
    Locked,
    /// Another program holds the notebook locked for longer than we wait.
    #[error("The notebook is busy in another window or program. Please try again in a moment.")]
    Busy,
    /// The disk is full; the change was not saved.
    #[error("The disk is full, so this change could not be saved. Free some space and try again.")]
    DiskFull,
    /// Any other storage failure.
    #[error("The notebook could not be read or written: {0}")]
    Storage(rusqlite::Error),
    /// A file-system failure around the notebook (creating its folder, etc.).
    #[error("The notebook folder could not be used: {0}")]
    Io(#[from] std::io::Error),
}

impl From<rusqlite::Error> for Error {
    fn from(err: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode as C;
        match err.sqlite_error_code() {
            Some(C::DatabaseBusy | C::DatabaseLocked) => Error::Busy,
            Some(C::DiskFull) => Error::DiskFull,
            _ => Error::Storage(err),
        }
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

    /// The stable code for this error.
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::Invalid { .. } => ErrorCode::InvalidInput,
            Error::NotFound { .. } => ErrorCode::NotFound,
            Error::NewerNotebook { .. } => ErrorCode::NewerNotebook,
            Error::Locked => ErrorCode::Locked,
            Error::Busy => ErrorCode::Busy,
            Error::DiskFull => ErrorCode::DiskFull,
            Error::Storage(_) | Error::Io(_) => ErrorCode::Storage,
        }
    }
}

/// Stable error codes shared with the UI. Adding one is fine; renaming one
/// breaks the UI's branches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    InvalidInput,
    NotFound,
    NewerNotebook,
    /// The notebook is protected and locked: ask for the passphrase.
    Locked,
    Busy,
    DiskFull,
    Storage,
    /// Something outside the notebook failed (e.g. the login-items setting).
    System,
    /// The person said no to a question Kindly asked in a dialog of its own
    /// (such as keeping fewer backups): nothing was changed, and there is
    /// nothing to report.
    Cancelled,
}

/// The only error shape that crosses IPC. `field` is set for validation
/// errors so the UI can show `message` beside that field.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ErrorPayload {
    pub code: ErrorCode,
    pub message: String,
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
