//! [`FollowUpRows`] for SQLite.

use crate::store::sqlite::tx::SqliteTx;
use crate::store::FollowUpRows;

impl FollowUpRows for SqliteTx<'_> {}
