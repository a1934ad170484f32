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

#[cfg(test)]
mod tests {
    use uuid::Uuid;

    use super::*;
    use crate::rules::model::{CustomerInput, EmailInput, PhoneInput};
    use crate::rules::validate;
    use crate::store::postgres::testing;
    use crate::store::sqlite::file::SqliteStore;
    use crate::store::{CustomerRows, Store};

    /// 2026-11-22 09:00 UTC.
    const NOW: i64 = 1_795_338_000_000;

    fn person(full_name: &str, phones: usize, emails: usize) -> CustomerInput {
        CustomerInput {
            full_name: full_name.into(),
            phones: (0..phones)
                .map(|n| PhoneInput {
                    label: "mobile".into(),
                    number: format!("555 010 {:04}", n + 1),
                    primary: false,
                })
                .collect(),
            emails: (0..emails)
                .map(|n| EmailInput {
                    label: "home".into(),
                    address: format!("p{n}@example.com"),
                    primary: false,
                })
                .collect(),
            ..CustomerInput::default()
        }
    }

    #[test]
    fn exports_list_the_same_customers_in_the_same_order_and_width_on_both_stores() {
        let mut sqlite = SqliteStore::open_in_memory(NOW).unwrap();
        let pg = testing::fresh_store();
        let mut lite = sqlite.write().unwrap();
        let mut server = pg.write().unwrap();
        assert_eq!(server.most_phones_and_emails().unwrap(), (0, 0));
        assert!(server.live_customers_in_order().unwrap().is_empty());
        // Byte order, not a language's: "Zoe" before "anna" would be
        // wrong folded, but equal keys fall back to the name as written
        // ("Anna" before "anna") and then the id.
        let people = [
            person("zoë", 1, 0),
            person("anna", 0, 2),
            person("Anna", 0, 0),
            person("Émile", 0, 0),
            person("Binned", 5, 5),
            person("anna", 2, 1),
            person("Zoe", 0, 0),
            person("ẞ Straße", 0, 0),
        ];
        for input in &people {
            let id = Uuid::now_v7().to_string();
            let valid = validate::customer(input, "US").unwrap();
            let pk = lite.insert_customer(&id, &valid, NOW).unwrap();
            assert_eq!(server.insert_customer(&id, &valid, NOW).unwrap(), pk);
        }
        lite.put_in_trash(5, NOW).unwrap();
        server.put_in_trash(5, NOW).unwrap();

        let order = server.live_customers_in_order().unwrap();
        assert_eq!(order, lite.live_customers_in_order().unwrap());
        // ("ẞ" folds to "ß", after every ASCII letter.)
        assert_eq!(order, [3, 2, 6, 4, 7, 1, 8]);
        assert_eq!(
            server.most_phones_and_emails().unwrap(),
            lite.most_phones_and_emails().unwrap()
        );
        assert_eq!(server.most_phones_and_emails().unwrap(), (2, 2));
    }
}
