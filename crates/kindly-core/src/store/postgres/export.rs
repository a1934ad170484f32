//! [`ExportRows`] for PostgreSQL.

use crate::error::Result;
use crate::store::postgres::tx::PgTx;
use crate::store::ExportRows;

impl ExportRows for PgTx<'_> {
    fn live_customers_in_order(&mut self) -> Result<Vec<i64>> {
        // Byte order, as SQLite sorts text (full_key is "C" already).
        self.query(
            "SELECT pk FROM customers WHERE deleted_at IS NULL
             ORDER BY full_key, full_name COLLATE \"C\", id COLLATE \"C\"",
            &[],
        )?
        .iter()
        .map(|r| Ok(r.try_get("pk")?))
        .collect()
    }

    fn most_phones_and_emails(&mut self) -> Result<(usize, usize)> {
        let r = self.query_one(
            "SELECT
                (SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM customer_phones x
                    JOIN customers c ON c.pk = x.customer_pk WHERE c.deleted_at IS NULL
                    GROUP BY x.customer_pk) p) AS phones,
                (SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM customer_emails x
                    JOIN customers c ON c.pk = x.customer_pk WHERE c.deleted_at IS NULL
                    GROUP BY x.customer_pk) e) AS emails",
            &[],
        )?;
        let widest = |column: &str| -> Result<usize> {
            Ok(usize::try_from(r.try_get::<_, i64>(column)?).unwrap_or(0))
        };
        Ok((widest("phones")?, widest("emails")?))
    }
}
