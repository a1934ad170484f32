//! The store band: the only code that talks to a database.
//!
//! Use cases never write SQL. They open one transaction through the
//! notebook ([`Tx`]) and call its domain-level operations: "the staff
//! list", "write this customer", "probe the lookup indexes for these
//! digits". Each operation is declared once, in the trait of the tables it
//! touches (one file per group below), and implemented once per database
//! (`sqlite/`, and the PostgreSQL store to come). The operations are shaped
//! for a store across a network: a screen's read is a few calls, each
//! returning whole rows, never one call per row.
//!
//! Rows cross as the rules band's types or as the plain row structs
//! declared beside the trait that returns them. Internal keys (`pk`) are
//! `i64`s that only mean something inside the same store.

use crate::error::{Error, Result};

mod bulk;
mod customers;
mod exchange;
mod export;
pub(crate) mod follow_ups;
mod history;
pub(crate) mod lists;
mod merges;
pub(crate) mod moving;
mod notebook;
#[allow(
    clippy::disallowed_types,
    reason = "the PostgreSQL store is where its driver belongs (clippy.toml keeps it out of every other band)"
)]
pub(crate) mod postgres;
mod reports;
mod search;
pub(crate) mod situations;
#[allow(
    clippy::disallowed_types,
    reason = "the SQLite store is where the database driver belongs (clippy.toml keeps it out of every other band)"
)]
pub mod sqlite;
mod versions;

pub(crate) use bulk::{BulkRows, StoredBulkChange, TagsWrite};
pub(crate) use customers::{CustomerRows, RecentChanges, Scope};
pub(crate) use exchange::ExchangeRows;
pub(crate) use export::ExportRows;
pub(crate) use follow_ups::FollowUpRows;
pub(crate) use history::{Category, ConversationText, EntryRef, HistoryRows, IssueText, NewEvent};
pub(crate) use lists::{FilterAt, ListRows, SavedListFields, SavedListRow, SavedListRows};
pub(crate) use merges::{LikelyPair, MergeRows, NewMerge, RecordedMerge};
pub(crate) use moving::MovingRows;
pub(crate) use notebook::NotebookRows;
pub(crate) use reports::{IssueMoved, PromiseDue, ReportRows, WithRhythm};
pub(crate) use search::{rows_to_change, Rows, SearchIndex, Texts};
pub(crate) use situations::SituationRows;
pub(crate) use versions::{VersionRows, Versioned};

/// Where a notebook keeps its rows: it hands out the handles every use
/// case runs in. One implementation per database (`sqlite::file::SqliteStore`
/// today); the `Notebook` holds one.
pub(crate) trait Store {
    /// A read of the notebook as it is, never committed. On SQLite each
    /// statement sees the file as it stands (no transaction is opened); a
    /// store across a network answers it in a read-only transaction.
    /// Fails when the store cannot be reached (a server).
    fn read(&self) -> Result<Box<dyn Tx + '_>>;

    /// A read of one moment of the notebook, never committed: what others
    /// write meanwhile is not seen (an export is one moment).
    fn snapshot(&self) -> Result<Box<dyn Tx + '_>>;

    /// One transaction: nothing it changes is kept unless the use case
    /// calls [`Tx::commit`]; dropping it rolls everything back.
    fn write(&mut self) -> Result<Box<dyn Tx + '_>>;
}

/// The store a notebook keeps its rows in: a file on this computer
/// (SQLite), or a team notebook on a PostgreSQL server. Every use case runs
/// through [`Store`] on either; what only a file has (its backups, its
/// passphrase, checking its pages) is reached through [`Backend::file`].
pub(crate) enum Backend {
    /// A notebook file on this computer.
    File(sqlite::file::SqliteStore),
    /// A team notebook on a server.
    Team(Box<postgres::server::PgStore>),
    /// A team notebook's offline copy on this computer, read while its
    /// server is away: every read works as on the server, every write is
    /// refused ([`Error::ServerAway`]) before anything is done.
    Offline(sqlite::offline::OfflineStore),
}

impl Backend {
    /// The notebook file; [`Error::LaptopOnly`] naming `what` (a
    /// selector of the catalogues' `errors-laptop-only`: "backing-up") on a
    /// team notebook, and on its offline
    /// copy (which stands for the team notebook: its backups are the
    /// server's).
    pub(crate) fn file(&self, what: &'static str) -> Result<&sqlite::file::SqliteStore> {
        match self {
            Backend::File(store) => Ok(store),
            Backend::Team(_) | Backend::Offline(_) => Err(Error::LaptopOnly { what }),
        }
    }

    /// Like [`Backend::file`], to change the file.
    pub(crate) fn file_mut(
        &mut self,
        what: &'static str,
    ) -> Result<&mut sqlite::file::SqliteStore> {
        match self {
            Backend::File(store) => Ok(store),
            Backend::Team(_) | Backend::Offline(_) => Err(Error::LaptopOnly { what }),
        }
    }
}

impl Store for Backend {
    fn read(&self) -> Result<Box<dyn Tx + '_>> {
        match self {
            Backend::File(store) => Store::read(store),
            Backend::Team(store) => Store::read(&**store),
            Backend::Offline(store) => Store::read(store),
        }
    }

    fn snapshot(&self) -> Result<Box<dyn Tx + '_>> {
        match self {
            Backend::File(store) => Store::snapshot(store),
            Backend::Team(store) => Store::snapshot(&**store),
            Backend::Offline(store) => Store::snapshot(store),
        }
    }

    fn write(&mut self) -> Result<Box<dyn Tx + '_>> {
        match self {
            Backend::File(store) => Store::write(store),
            Backend::Team(store) => Store::write(&mut **store),
            Backend::Offline(store) => Store::write(store),
        }
    }
}

/// One transaction on the notebook's store: every domain-level operation
/// of every table group, and [`Tx::commit`].
///
/// A transaction that is dropped without `commit` changes nothing: every
/// use case can return early with `?` and leave the notebook as it was. A
/// read handle ([`crate::Notebook`]'s `read`) sees the notebook as it is;
/// it is never committed.
pub(crate) trait Tx:
    BulkRows
    + CustomerRows
    + ExchangeRows
    + ExportRows
    + FollowUpRows
    + HistoryRows
    + ListRows
    + SavedListRows
    + MergeRows
    + MovingRows
    + NotebookRows
    + ReportRows
    + SearchIndex
    + SituationRows
    + VersionRows
{
    /// Makes every change of this transaction permanent, at once.
    fn commit(self: Box<Self>) -> Result<()>;
}
