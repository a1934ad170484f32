//! The SQLite store: one notebook file (SQLCipher when protected). Each
//! file implements one of the store's table groups for [`tx::SqliteTx`],
//! its SQL beside the handle that runs it.

pub(crate) mod backup;
mod bulk;
mod changes;
pub(crate) mod cipher;
pub(crate) mod connection;
mod customers;
pub(crate) mod errors;
mod exchange;
mod export;
pub(crate) mod file;
pub(crate) mod follow_ups;
mod history;
pub(crate) mod index;
mod lists;
mod lookup;
mod merges;
pub mod migrations;
mod moving;
mod notebook;
pub(crate) mod offline;
mod reports;
#[cfg(test)]
mod round_trips;
pub(crate) mod situations;
pub(crate) mod tx;
mod versions;
