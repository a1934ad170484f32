//! The PostgreSQL store: a team notebook on a server (PostgreSQL >= 15),
//! shared by the staff of one shop. Each file implements one of the store's
//! table groups for [`tx::PgTx`], its SQL beside the handle that runs it;
//! the tables are in `schema/`, one file per group.
//!
//! The driver is the synchronous `postgres` crate: each client runs its own
//! small runtime, so none of this may be called from a thread of an async
//! runtime (Tauri commands that reach it run on a blocking thread).
//!
//! Column types, for whoever maps rows: keys and times (millis) are
//! `bigint` (`i64`); positions, counts, days and birthday parts `integer`
//! (`i32`, converted with [`small`]); flags `boolean`; everything else
//! `text`. Customers, entries, follow-ups and situations carry `version`
//! (raised by one on every update) and `changed_by` (the login).
//!
//! Text compares by the database's collation, not byte by byte as on
//! SQLite: where a range or an order must be SQLite's (folded keys, a
//! prefix as `>= p AND < upper bound`), the column or the `ORDER BY` says
//! `COLLATE "C"`.

pub(crate) mod address;
#[cfg(test)]
pub(crate) mod both_stores;
mod bulk;
mod changes;
mod customers;
pub(crate) mod errors;
mod exchange;
mod export;
pub(crate) mod follow_ups;
pub(crate) mod history;
mod lists;
pub mod live;
mod merges;
pub(crate) mod migrations;
mod moving;
mod notebook;
pub(crate) mod pool;
mod reports;
mod search;
pub(crate) mod server;
mod situations;
pub(crate) mod team;
#[cfg(test)]
pub(crate) mod testing;
pub(crate) mod tx;
mod versions;

use crate::error::{Error, Result};

/// Whether `key` (an id as the window sent it) can name a row. PostgreSQL
/// text cannot hold NUL: the server refuses a parameter holding one (a
/// storage error), where SQLite finds no row. Every lookup by a key from
/// outside checks this first and finds nothing, as on SQLite; no text
/// Kindly stores holds a NUL (the rules band refuses control characters,
/// the importers drop them).
pub(crate) fn can_name_a_row(key: &str) -> bool {
    !key.contains('\0')
}

/// `value`, read from an `integer` column, as the narrower or unsigned type
/// the rules band uses; a value out of its range is a damaged row.
pub(crate) fn small<T: TryFrom<i32>>(value: i32, column: &str) -> Result<T> {
    T::try_from(value).map_err(|_| {
        Error::storage(format!(
            "the team notebook holds {value} in {column}, which is out of range"
        ))
    })
}

/// `value` (a position, a count, days, a birthday part: bounded by the
/// rules band) for an `integer` column.
pub(crate) fn int<T>(value: T) -> Result<i32>
where
    T: TryInto<i32> + Copy + std::fmt::Display,
{
    value
        .try_into()
        .map_err(|_| Error::storage(format!("{value} is too large for the team notebook")))
}
