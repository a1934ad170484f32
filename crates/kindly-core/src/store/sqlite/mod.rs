//! The SQLite store: one notebook file (SQLCipher when protected).

pub(crate) mod errors;
pub(crate) mod index;
pub mod migrations;
#[cfg(test)]
mod round_trips;
