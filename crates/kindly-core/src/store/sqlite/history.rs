//! [`HistoryRows`] for SQLite.

use crate::store::sqlite::tx::SqliteTx;
use crate::store::HistoryRows;

impl HistoryRows for SqliteTx<'_> {}
