//! [`ListRows`] for the SQLite store.

use crate::error::{Error, Result};
use crate::rules::list_model::{CustomerListRow, ListCursor, ListSort};
use crate::store::lists::{FilterAt, ListRows};

use super::tx::SqliteTx;

// To be written: the filter's SQL.
impl ListRows for SqliteTx<'_> {
    fn list_page(
        &mut self,
        _at: FilterAt<'_>,
        _sort: ListSort,
        _after: Option<&ListCursor>,
        _limit: u32,
    ) -> Result<Vec<(CustomerListRow, ListCursor)>> {
        Ok(Vec::new())
    }

    fn count_listed(&mut self, _at: FilterAt<'_>) -> Result<u32> {
        Ok(0)
    }

    fn listed_pks(&mut self, _at: FilterAt<'_>) -> Result<Vec<i64>> {
        Ok(Vec::new())
    }

    fn pks_of(&mut self, ids: &[String]) -> Result<Vec<i64>> {
        let ids = serde_json::to_string(ids).map_err(Error::unreadable_record)?;
        Ok(self
            .prepare_cached(
                "SELECT pk FROM customers
                 WHERE id IN (SELECT value FROM json_each(?1)) AND deleted_at IS NULL ORDER BY pk",
            )?
            .query_map([ids], |row| row.get(0))?
            .collect::<rusqlite::Result<_>>()?)
    }
}
