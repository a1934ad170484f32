//! [`CustomerRows`] for SQLite.

use crate::store::sqlite::tx::SqliteTx;
use crate::store::CustomerRows;

impl CustomerRows for SqliteTx<'_> {}
