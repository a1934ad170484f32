//! [`ExportRows`] for SQLite.

use crate::store::sqlite::tx::SqliteTx;
use crate::store::ExportRows;

impl ExportRows for SqliteTx<'_> {}
