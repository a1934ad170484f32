//! [`ListRows`] for the PostgreSQL store.

use crate::error::Result;
use crate::rules::list_model::{CustomerListRow, ListCursor, ListSort};
use crate::store::lists::{FilterAt, ListRows};

use super::tx::PgTx;

// To be written: the filter's SQL.
impl ListRows for PgTx<'_> {
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
        self.query(
            "SELECT pk FROM customers WHERE id = ANY($1) AND deleted_at IS NULL ORDER BY pk",
            &[&ids],
        )?
        .iter()
        .map(|row| Ok(row.try_get("pk")?))
        .collect()
    }
}
