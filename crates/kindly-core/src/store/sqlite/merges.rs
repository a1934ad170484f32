//! [`MergeRows`] for SQLite.

use crate::store::sqlite::tx::SqliteTx;
use crate::store::MergeRows;

impl MergeRows for SqliteTx<'_> {}
