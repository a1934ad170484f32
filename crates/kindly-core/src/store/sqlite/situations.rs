//! [`SituationRows`] for SQLite.

use crate::store::sqlite::tx::SqliteTx;
use crate::store::SituationRows;

impl SituationRows for SqliteTx<'_> {}
