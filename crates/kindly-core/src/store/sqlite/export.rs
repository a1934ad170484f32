//! [`ExportRows`] for SQLite.

use crate::error::Result;
use crate::store::sqlite::tx::SqliteTx;
use crate::store::ExportRows;

impl ExportRows for SqliteTx<'_> {
    fn live_customers_in_order(&mut self) -> Result<Vec<i64>> {
        Ok(self
            .prepare(
                "SELECT pk FROM customers WHERE deleted_at IS NULL
                 ORDER BY full_key, full_name, id",
            )?
            .query_map([], |r| r.get("pk"))?
            .collect::<rusqlite::Result<_>>()?)
    }

    fn most_phones_and_emails(&mut self) -> Result<(usize, usize)> {
        let widest = |table: &str| -> Result<usize> {
            let sql = format!(
                "SELECT coalesce(max(n), 0) AS widest FROM (SELECT count(*) AS n FROM {table} x
                 JOIN customers c ON c.pk = x.customer_pk WHERE c.deleted_at IS NULL
                 GROUP BY x.customer_pk)"
            );
            let n: i64 = self.query_row(&sql, [], |r| r.get("widest"))?;
            Ok(usize::try_from(n).unwrap_or(0))
        };
        Ok((widest("customer_phones")?, widest("customer_emails")?))
    }
}
