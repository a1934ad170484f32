//! [`ExchangeRows`] for SQLite.

use crate::store::sqlite::tx::SqliteTx;
use crate::store::ExchangeRows;

impl ExchangeRows for SqliteTx<'_> {}
