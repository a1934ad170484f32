//! The one error type of the core, and the `{code, message, field}` shape it
//! takes when it crosses to the UI.
//!
//! No storage driver's type appears here: a store (SQLite through
//! `store/sqlite/errors.rs`, PostgreSQL through `store/postgres/errors.rs`)
//! maps its own failures onto [`Error::Busy`], [`Error::DiskFull`],
//! [`Error::Corrupt`] and, for anything the person cannot act on
//! differently, [`Error::Storage`]. The team notebook (PostgreSQL) adds the
//! failures of a server across a network (unreachable, sign-in, TLS,
//! versions, lost connection); `Conflict` (someone else changed the same
//! thing first) comes with the version checks.

use kindly_words::{args, say, say_in, FluentArgs};
use serde::Serialize;
use ts_rs::TS;

/// Everything that can go wrong in the core. Each variant maps to one stable
/// [`ErrorCode`] the UI can branch on; the `Display` text is written for the
/// person at the desk, not for a developer, in the active language
/// (`kindly_words`) at the moment it is displayed ([`Error::message_in`]
/// for another); an [`Error::Invalid`]'s message is said when it is made. Whatever the variant, the change
/// that failed was not saved, and nothing saved before it was lost.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// Input failed validation. Nothing was saved. The person sees `message`
    /// beside the field `field` names and can correct it.
    Invalid {
        /// The form field the message belongs beside, e.g. `full_name` or `phones.1.number`.
        field: String,
        /// What is wrong and how to put it right, in the form's own words.
        message: String,
    },
    /// No (live or trashed, as the call requires) customer has this id.
    NotFound {
        /// The customer id that was asked for.
        id: String,
    },
    /// The notebook was written by a newer Kindly. It was not modified. The
    /// person sees which formats differ and can update Kindly.
    NewerNotebook {
        /// The schema version stored in the file.
        found: i64,
        /// The newest schema version this Kindly knows.
        supported: i64,
    },
    /// The notebook is protected with a passphrase and is not unlocked. The
    /// window shows the unlock screen.
    Locked,
    /// This computer works on a team notebook and nobody has signed in to it
    /// yet (no password remembered, or the remembered one no longer
    /// works). Nothing was read or changed; the window shows the sign-in.
    SignInNeeded,
    /// Another program or window held the notebook for longer than the store
    /// waits (SQLite: `SQLITE_BUSY`/`SQLITE_LOCKED` after the busy timeout).
    /// Nothing was saved; the person is asked to try again in a moment, which
    /// works once the other program lets go.
    Busy,
    /// The disk (or the store's quota) is full (SQLite: `SQLITE_FULL`). The
    /// change was not saved and the notebook is intact; the person frees some
    /// space and tries again.
    DiskFull,
    /// The notebook's storage is damaged (SQLite: `SQLITE_CORRUPT`, or a file
    /// that is not a database). Nothing was changed; the person restores a
    /// backup (Settings, or `kindly restore FILE`), which keeps the damaged
    /// notebook aside first.
    Corrupt(StorageFailure),
    /// Any other storage failure: nothing the person can do differently
    /// beyond trying again. The message says what the store reported.
    Storage(StorageFailure),
    /// A file-system failure around the notebook (creating its folder,
    /// writing an export, ...). Reported with the `storage` code.
    Io(std::io::Error),
    /// The team notebook's server did not answer (refused, timed out, no
    /// such host) within the connect timeout. Nothing was changed.
    ServerUnreachable {
        /// The server's host name, address or socket folder (never the
        /// whole address: it may hold a password).
        host: String,
    },
    /// The server refused the sign-in (PostgreSQL: 28P01/28000).
    SignInFailed,
    /// The server's certificate was not trusted for its host name, so no
    /// connection was made (and no password sent).
    ServerNotTrusted {
        /// The host name that was checked.
        host: String,
    },
    /// A team notebook on another computer was asked for without an
    /// encrypted, verified connection; refused before connecting.
    InsecureConnection {
        /// The remote host.
        host: String,
    },
    /// The server runs a PostgreSQL older than the team notebook needs.
    ServerTooOld {
        /// The server's version, as it reports it.
        found: String,
    },
    /// A PostgreSQL extension the team notebook needs is not installed on
    /// the server. Nothing was changed.
    MissingExtension {
        /// The extension's name (`pg_trgm`, `unaccent`).
        name: String,
    },
    /// The database holds something other than a team notebook (or nothing
    /// yet). It was not modified.
    NotTeamNotebook {
        /// The server's host.
        host: String,
        /// The database's name.
        database: String,
    },
    /// The team notebook's schema is newer than this Kindly knows. It was
    /// not modified.
    NewerTeamNotebook {
        /// The schema version stored on the server.
        found: i64,
        /// The newest schema version this Kindly knows.
        supported: i64,
    },
    /// The server's disk is full (PostgreSQL: 53100). The change was not
    /// saved; the person at the desk cannot free the space themselves.
    ServerFull,
    /// The connection to the server broke during the operation. A change
    /// whose commit was under way may or may not have been saved.
    ConnectionLost,
    /// Something only a notebook kept on this computer has (its file, its
    /// backups, its passphrase) was asked of a team notebook. Nothing was
    /// changed.
    LaptopOnly {
        /// What was asked, as a selector of `errors-laptop-only` in the
        /// catalogues ("backing-up", "restoring-backup", ...), which say it
        /// as the start of the sentence.
        what: &'static str,
    },
    /// Someone else saved a change to the same customer, issue, promise,
    /// follow-up or situation after the version this change started from
    /// (another desk, window or import): nothing was saved, so neither
    /// change overwrote the other. The window keeps what the person typed
    /// and shows the record as it is now, for them to save again.
    Conflict {
        /// What was being changed, as the person says it ("customer",
        /// "issue", "promise", "follow-up", "situation").
        thing: &'static str,
        /// Its version now.
        version: i64,
        /// Who saved the change in between: the person at the desk, or
        /// the team login's name; empty when not known.
        by: String,
        /// When it was last saved (milliseconds since the Unix epoch).
        at: i64,
    },
    /// A notebook was to be moved into a team notebook that already holds
    /// customers or other records (a second move of the same notebook,
    /// say). Nothing was moved or changed.
    TeamNotebookNotEmpty,
    /// A change was asked of a team notebook's offline copy, read while
    /// its server cannot be reached (Wi-Fi down, server restarting).
    /// Refused before anything was done: nothing was saved, here or on the
    /// server. The window keeps what the person typed, so they can save it
    /// again once the connection is back; reading (lookup, the brief,
    /// Today, customers' pages) carries on from the copy meanwhile.
    ServerAway {
        /// When this computer last heard from the server (milliseconds
        /// since the Unix epoch), for the window to say how long ago.
        last_heard: i64,
    },
    /// The person pressed Cancel during long work that can be cancelled
    /// (an import): it stopped between two batches and its transaction was
    /// rolled back, so nothing was saved and the notebook is as it was.
    Cancelled,
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message_in(kindly_words::language()))
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io(err) => Some(err),
            Error::Corrupt(failure) | Error::Storage(failure) => Some(failure),
            _ => None,
        }
    }
}

impl From<std::io::Error> for Error {
    fn from(err: std::io::Error) -> Self {
        Error::Io(err)
    }
}

impl Error {
    /// The sentence for the person at the desk in `language` ("fr",
    /// "pt-BR"; English when Kindly does not speak it). An
    /// [`Error::Invalid`] keeps the words it was made with; a store's own
    /// description (after [`Error::Storage`]'s words) stays as the store
    /// wrote it.
    pub fn message_in(&self, language: &str) -> String {
        let say = |id: &str, args: FluentArgs| say_in(language, id, Some(&args));
        match self {
            Error::Invalid { message, .. } => message.clone(),
            Error::NotFound { .. } => say("errors-not-found", args! {}),
            Error::NewerNotebook { found, supported } => say(
                "errors-newer-notebook",
                args! { "found" => *found, "supported" => *supported },
            ),
            Error::Locked => say("errors-locked", args! {}),
            Error::SignInNeeded => say("errors-sign-in-needed", args! {}),
            Error::Busy => say("errors-busy", args! {}),
            Error::DiskFull => say("errors-disk-full", args! {}),
            Error::Corrupt(_) => say("errors-corrupt", args! {}),
            Error::Storage(failure) => say(
                "errors-storage",
                args! { "detail" => failure.detail().to_owned() },
            ),
            Error::Io(err) => say("errors-io", args! { "detail" => err.to_string() }),
            Error::ServerUnreachable { host } => say(
                "errors-server-unreachable",
                args! { "host" => host.as_str() },
            ),
            Error::SignInFailed => say("errors-sign-in-failed", args! {}),
            Error::ServerNotTrusted { host } => say(
                "errors-server-not-trusted",
                args! { "host" => host.as_str() },
            ),
            Error::InsecureConnection { host } => say(
                "errors-insecure-connection",
                args! { "host" => host.as_str() },
            ),
            Error::ServerTooOld { found } => {
                say("errors-server-too-old", args! { "found" => found.as_str() })
            }
            Error::MissingExtension { name } => say(
                "errors-missing-extension",
                args! { "name" => name.as_str() },
            ),
            Error::NotTeamNotebook { host, database } => say(
                "errors-not-team-notebook",
                args! { "host" => host.as_str(), "database" => database.as_str() },
            ),
            Error::NewerTeamNotebook { found, supported } => say(
                "errors-newer-team-notebook",
                args! { "found" => *found, "supported" => *supported },
            ),
            Error::ServerFull => say("errors-server-full", args! {}),
            Error::ConnectionLost => say("errors-connection-lost", args! {}),
            // `what` and `thing` are selectors: each language names them
            // with its own grammar.
            Error::LaptopOnly { what } => say("errors-laptop-only", args! { "what" => *what }),
            Error::Conflict { thing, by, .. } if by.is_empty() => {
                say("errors-conflict-someone", args! { "thing" => *thing })
            }
            Error::Conflict { thing, by, .. } => say(
                "errors-conflict",
                args! { "thing" => *thing, "by" => by.as_str() },
            ),
            Error::TeamNotebookNotEmpty => say("errors-team-notebook-not-empty", args! {}),
            Error::ServerAway { .. } => say("errors-server-away", args! {}),
            Error::Cancelled => say("errors-cancelled", args! {}),
        }
    }
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

    /// A record the notebook keeps as JSON (an undo's saved list, a merge's
    /// saved profile, a saved search) that does not write or read back: the
    /// notebook is damaged.
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
            Error::SignInNeeded => ErrorCode::SignInNeeded,
            Error::Busy => ErrorCode::Busy,
            Error::DiskFull => ErrorCode::DiskFull,
            Error::Corrupt(_) => ErrorCode::Corrupt,
            Error::Storage(_) | Error::Io(_) => ErrorCode::Storage,
            Error::ServerUnreachable { .. } => ErrorCode::ServerUnreachable,
            Error::SignInFailed => ErrorCode::SignInFailed,
            Error::ServerNotTrusted { .. } => ErrorCode::ServerNotTrusted,
            Error::InsecureConnection { .. } => ErrorCode::InsecureConnection,
            Error::ServerTooOld { .. } => ErrorCode::ServerTooOld,
            Error::MissingExtension { .. } => ErrorCode::MissingExtension,
            Error::NotTeamNotebook { .. } => ErrorCode::NotTeamNotebook,
            Error::NewerTeamNotebook { .. } => ErrorCode::NewerTeamNotebook,
            Error::LaptopOnly { .. } => ErrorCode::LaptopOnly,
            Error::ServerFull => ErrorCode::ServerFull,
            Error::ConnectionLost => ErrorCode::ConnectionLost,
            Error::Conflict { .. } => ErrorCode::Conflict,
            Error::TeamNotebookNotEmpty => ErrorCode::TeamNotebookNotEmpty,
            Error::ServerAway { .. } => ErrorCode::ServerAway,
            Error::Cancelled => ErrorCode::Cancelled,
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
    /// A team notebook waits for its password: show the sign-in.
    SignInNeeded,
    /// Another program holds the notebook: try again in a moment.
    Busy,
    /// The disk is full: free space, then try again.
    DiskFull,
    /// Any other failure to read or write the notebook or its folder.
    Storage,
    /// Something outside the notebook failed (e.g. the login-items setting).
    System,
    /// The person said no to a question Kindly asked in a dialog of its own
    /// (such as keeping fewer backups), or pressed Cancel during long work
    /// that can be cancelled (an import, [`Error::Cancelled`]): nothing was
    /// changed, and there is nothing to report.
    Cancelled,
    /// The notebook's storage is damaged: restore a backup.
    Corrupt,
    /// The team notebook's server cannot be reached: check the network.
    ServerUnreachable,
    /// The server refused the name or password: ask for them again.
    SignInFailed,
    /// The server's certificate is not trusted: nothing was sent.
    ServerNotTrusted,
    /// The address asks for an unencrypted connection to another computer.
    InsecureConnection,
    /// The server's PostgreSQL is older than 15.
    ServerTooOld,
    /// The server lacks an extension (postgresql-contrib).
    MissingExtension,
    /// The database is not a team notebook; nothing was changed.
    NotTeamNotebook,
    /// The team notebook needs a newer Kindly; nothing was changed.
    NewerTeamNotebook,
    /// The server's disk is full: its administrator must free space.
    ServerFull,
    /// The connection broke: the last change may not have been saved.
    ConnectionLost,
    /// Only a notebook on this computer can do that; nothing was changed.
    LaptopOnly,
    /// Someone else saved the same record first: show it as it is now,
    /// keep what was typed, and let the person save again.
    Conflict,
    /// A notebook cannot move into a team notebook that already holds
    /// one; nothing was changed.
    TeamNotebookNotEmpty,
    /// The team notebook's server cannot be reached and the window reads
    /// from the offline copy: nothing was saved; keep what was typed and
    /// let the person save again once the connection is back.
    ServerAway,
}

/// The only error shape that crosses IPC. `field` is set for validation
/// errors so the UI can show `message` beside that field; `conflict` only
/// for the code `conflict` (absent otherwise), so every error reads as
/// `{code, message, field}`.
#[derive(Debug, Clone, TS)]
pub struct ErrorPayload {
    /// What kind of failure, for the UI to branch on.
    pub code: ErrorCode,
    /// The sentence shown to the person at the desk.
    pub message: String,
    /// The form field `message` belongs beside (validation errors only).
    pub field: Option<String>,
    /// Who saved the same record first, when, and its version now: set
    /// exactly when `code` is `conflict`, so the window can show both
    /// versions side by side without reading `message`.
    #[ts(optional)]
    pub conflict: Option<ConflictDetail>,
}

// By hand, for `conflict` to be left out rather than `null` when absent
// (ts-rs does not read serde's `skip_serializing_if`).
impl Serialize for ErrorPayload {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let len = if self.conflict.is_some() { 4 } else { 3 };
        let mut out = serializer.serialize_struct("ErrorPayload", len)?;
        out.serialize_field("code", &self.code)?;
        out.serialize_field("message", &self.message)?;
        out.serialize_field("field", &self.field)?;
        match &self.conflict {
            Some(conflict) => out.serialize_field("conflict", conflict)?,
            None => out.skip_field("conflict")?,
        }
        out.end()
    }
}

/// What [`Error::Conflict`] tells the window: the record's version now
/// (the one the next save names, after the person has seen it), who saved
/// it and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ConflictDetail {
    /// What was being changed ("customer", "issue", "promise",
    /// "follow-up", "situation").
    pub thing: String,
    /// The record's version as stored now.
    #[ts(type = "number")]
    pub version: i64,
    /// The name of the person who saved in between as the team knows them
    /// (the person at the desk, or a team login's name); empty when not
    /// known.
    pub by: String,
    /// When they saved it (milliseconds since the Unix epoch).
    #[ts(type = "number")]
    pub at: i64,
}

impl ErrorPayload {
    /// A failure outside the notebook, with a message for the person at the desk.
    pub fn system(message: impl Into<String>) -> Self {
        ErrorPayload {
            code: ErrorCode::System,
            message: message.into(),
            field: None,
            conflict: None,
        }
    }
}

impl ErrorPayload {
    /// The person said no in a dialog Kindly asked: nothing changed.
    pub fn cancelled() -> Self {
        ErrorPayload {
            code: ErrorCode::Cancelled,
            message: say("errors-nothing-changed"),
            field: None,
            conflict: None,
        }
    }
}

impl From<Error> for ErrorPayload {
    fn from(err: Error) -> Self {
        let field = match &err {
            Error::Invalid { field, .. } => Some(field.clone()),
            _ => None,
        };
        let conflict = match &err {
            Error::Conflict {
                thing,
                version,
                by,
                at,
            } => Some(ConflictDetail {
                thing: (*thing).to_owned(),
                version: *version,
                by: by.clone(),
                at: *at,
            }),
            _ => None,
        };
        ErrorPayload {
            code: err.code(),
            message: err.to_string(),
            field,
            conflict,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_error_reads_in_the_language_asked_and_in_english_by_default() {
        assert_eq!(
            Error::Busy.to_string(),
            "The notebook is busy in another window or program. Please try again in a moment."
        );
        assert_eq!(
            Error::Busy.message_in("fr"),
            "Le carnet est occupé dans une autre fenêtre ou un autre programme. Réessayez dans un instant."
        );
        let newer = Error::NewerNotebook {
            found: 9,
            supported: 7,
        };
        assert!(newer.message_in("de").contains("Format 9"), "{newer}");
        // A language Kindly does not speak: English.
        assert_eq!(newer.message_in("ja"), newer.to_string());
    }

    #[test]
    fn a_conflict_names_the_thing_in_each_languages_own_grammar() {
        let conflict = |by: &str| Error::Conflict {
            thing: "promise",
            version: 3,
            by: by.to_owned(),
            at: 0,
        };
        assert!(conflict("Ana")
            .to_string()
            .starts_with("Ana saved a change to this promise while you were making yours"));
        assert!(conflict("")
            .message_in("fr")
            .starts_with("Quelqu’un d’autre a enregistré une modification de cette promesse"));
        assert!(conflict("Ana")
            .message_in("de")
            .starts_with("Ana hat eine Änderung an dieser Zusage gespeichert"));
        let laptop = Error::LaptopOnly { what: "backing-up" };
        assert!(laptop
            .to_string()
            .starts_with("Backing up is for a notebook"));
        assert!(laptop
            .message_in("es")
            .starts_with("Hacer una copia de seguridad solo"));
    }

    #[test]
    fn the_payload_carries_the_sentence_of_the_active_language() {
        let payload = ErrorPayload::from(Error::Locked);
        assert_eq!(payload.code, ErrorCode::Locked);
        assert_eq!(
            payload.message,
            "The notebook is locked. Enter its passphrase to unlock it."
        );
        let invalid = ErrorPayload::from(Error::invalid("full_name", "Say it."));
        assert_eq!(
            (invalid.field.as_deref(), invalid.message.as_str()),
            (Some("full_name"), "Say it.")
        );
    }
}
