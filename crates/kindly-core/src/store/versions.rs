//! The store's operation for "no lost update": the version of a row a
//! person edits, read and held for the rest of the transaction.
//!
//! Every customer, entry, follow-up schedule and situation row carries a
//! `version` that each change made by a person (or an import, a merge,
//! Trash) raises by one in the statement that makes it, and `changed_by`,
//! who made it. A save names the version it started from; the use case
//! reads the current one here first and refuses the save when they differ
//! (see `use_cases::versions`).

use crate::error::Result;
use crate::rules::model::Millis;

/// The kinds of row a person edits, each with its own version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Versioned {
    /// A customer's profile (`customers`).
    Customer,
    /// An issue, promise or conversation (`entries`).
    Entry,
    /// A follow-up's schedule and state (`follow_ups`).
    FollowUp,
    /// A situation (`situations`).
    Situation,
    /// A saved list (`saved_lists`).
    SavedList,
}

/// A row's version as committed, and the change that made it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RowVersion {
    /// The version now.
    pub(crate) version: i64,
    /// Who made the change that gave it this version: the person at the
    /// desk (a notebook file), or the login's name (a team notebook);
    /// empty when nobody is known.
    pub(crate) by: String,
    /// When the row was last saved.
    pub(crate) at: Millis,
}

/// Reading and holding a row's version. Implemented by every store.
pub(crate) trait VersionRows {
    /// The version of the row `pk` of `what` as committed now; `None` when
    /// there is no such row. A write checked against this version cannot
    /// overwrite a change it did not see: a team notebook locks the row
    /// until this transaction ends; a notebook file refuses the write of
    /// a transaction another one overtook after this read (SQLite's
    /// snapshot rule, reported as [`crate::Error::Busy`]).
    fn hold_version(&mut self, what: Versioned, pk: i64) -> Result<Option<RowVersion>>;
}
