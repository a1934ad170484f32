//! [`SearchIndex`] for SQLite.

use crate::store::sqlite::tx::SqliteTx;
use crate::store::SearchIndex;

impl SearchIndex for SqliteTx<'_> {}
