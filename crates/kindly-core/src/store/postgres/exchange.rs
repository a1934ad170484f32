//! [`ExchangeRows`] for PostgreSQL: the matcher's view of every live
//! customer in one statement (SQLite's three reads as one stream of
//! tagged rows, each list in its order).

use postgres::Row;

use crate::error::{Error, Result};
use crate::rules::matching::{LiveCustomer, LiveEmail, LivePhone, LiveProfiles};
use crate::store::postgres::small;
use crate::store::postgres::tx::PgTx;
use crate::store::ExchangeRows;

impl ExchangeRows for PgTx<'_> {
    fn live_profiles(&mut self) -> Result<LiveProfiles> {
        // `lower` under "C" lower-cases ASCII letters only, as SQLite's
        // `lower` does, so both stores hand the matcher the same keys.
        let rows = self.query(
            "WITH live AS (
                SELECT pk, full_name, full_key, company, address, birthday_month, birthday_day
                FROM customers WHERE deleted_at IS NULL)
             SELECT 'customer' AS kind, pk AS customer_pk, 0 AS position, full_name, full_key,
                company, address, birthday_month, birthday_day,
                NULL::text AS number, NULL::text AS e164, NULL::text AS email
             FROM live
             UNION ALL
             SELECT 'phone', p.customer_pk, p.position, NULL, NULL, NULL, NULL, NULL, NULL,
                p.number, p.e164, NULL
             FROM customer_phones p JOIN live ON live.pk = p.customer_pk
             UNION ALL
             SELECT 'email', e.customer_pk, e.position, NULL, NULL, NULL, NULL, NULL, NULL,
                NULL, NULL, lower(e.address COLLATE \"C\")
             FROM customer_emails e JOIN live ON live.pk = e.customer_pk
             ORDER BY customer_pk, position",
            &[],
        )?;
        let mut live = LiveProfiles::default();
        for r in &rows {
            match r.try_get::<_, &str>("kind")? {
                "customer" => live.customers.push(live_customer(r)?),
                "phone" => live.phones.push(LivePhone {
                    number: r.try_get("number")?,
                    e164: r.try_get("e164")?,
                    customer_pk: r.try_get("customer_pk")?,
                }),
                "email" => live.emails.push(LiveEmail {
                    address: r.try_get("email")?,
                    customer_pk: r.try_get("customer_pk")?,
                }),
                other => return Err(Error::storage(format!("unexpected row kind {other}"))),
            }
        }
        Ok(live)
    }
}

/// A `customer` row of [`ExchangeRows::live_profiles`]'s statement.
fn live_customer(r: &Row) -> Result<LiveCustomer> {
    let month: Option<i32> = r.try_get("birthday_month")?;
    let day: Option<i32> = r.try_get("birthday_day")?;
    let birthday = match month.zip(day) {
        Some((month, day)) => Some((small(month, "birthday_month")?, small(day, "birthday_day")?)),
        None => None,
    };
    Ok(LiveCustomer {
        pk: r.try_get("customer_pk")?,
        full_name: r.try_get("full_name")?,
        full_key: r.try_get("full_key")?,
        company: r.try_get("company")?,
        address: r.try_get("address")?,
        birthday,
    })
}

#[cfg(test)]
mod tests {
    use uuid::Uuid;

    use super::*;
    use crate::rules::model::{Birthday, CustomerInput, EmailInput, PhoneInput};
    use crate::rules::validate;
    use crate::store::postgres::testing;
    use crate::store::sqlite::file::SqliteStore;
    use crate::store::{CustomerRows, Store};

    /// 2026-11-22 09:00 UTC.
    const NOW: i64 = 1_795_338_000_000;

    fn email(address: &str) -> EmailInput {
        EmailInput {
            label: "home".into(),
            address: address.into(),
            primary: false,
        }
    }

    fn phone(number: &str) -> PhoneInput {
        PhoneInput {
            label: "mobile".into(),
            number: number.into(),
            primary: false,
        }
    }

    /// Customers with and without birthdays, phones and emails (some in
    /// upper case, some not ASCII); the second one is put in Trash.
    fn people() -> Vec<CustomerInput> {
        vec![
            CustomerInput {
                full_name: "José Ortiz".into(),
                company: "Garage Ortiz".into(),
                address: "1 High Street".into(),
                birthday: Some(Birthday {
                    year: None,
                    month: 2,
                    day: 29,
                }),
                phones: vec![phone("(555) 010-4477"), phone("555 010 1234")],
                emails: vec![email("Jose.Ortiz@Example.COM"), email("ÉMILE@exämple.org")],
                ..CustomerInput::default()
            },
            CustomerInput {
                full_name: "Binned Person".into(),
                phones: vec![phone("555 010 0000")],
                emails: vec![email("binned@example.com")],
                ..CustomerInput::default()
            },
            CustomerInput {
                full_name: "Hans Müller".into(),
                emails: vec![email("hans@example.com")],
                ..CustomerInput::default()
            },
            CustomerInput {
                full_name: "Kathy Rosen".into(),
                phones: vec![phone("+44 20 7946 0958")],
                ..CustomerInput::default()
            },
        ]
    }

    #[test]
    fn the_matcher_sees_the_same_live_customers_phones_and_emails_on_both_stores() {
        let mut sqlite = SqliteStore::open_in_memory(NOW).unwrap();
        let pg = testing::fresh_store();
        let mut lite = sqlite.write().unwrap();
        let mut server = pg.write().unwrap();
        assert_eq!(
            format!("{:?}", server.live_profiles().unwrap()),
            format!("{:?}", lite.live_profiles().unwrap()),
        );
        for input in people() {
            let id = Uuid::now_v7().to_string();
            let valid = validate::customer(&input, "US").unwrap();
            let pk = lite.insert_customer(&id, &valid, NOW).unwrap();
            assert_eq!(server.insert_customer(&id, &valid, NOW).unwrap(), pk);
        }
        lite.put_in_trash(2, NOW).unwrap();
        server.put_in_trash(2, NOW).unwrap();

        let live = server.live_profiles().unwrap();
        assert_eq!(
            format!("{live:?}"),
            format!("{:?}", lite.live_profiles().unwrap())
        );
        let pks: Vec<i64> = live.customers.iter().map(|c| c.pk).collect();
        assert_eq!(pks, [1, 3, 4], "by key, none in Trash");
        assert_eq!(live.customers[0].full_key, "jose ortiz");
        assert_eq!(live.customers[0].birthday, Some((2, 29)));
        assert_eq!(live.phones.len(), 3);
        let emails: Vec<&str> = live.emails.iter().map(|e| e.address.as_str()).collect();
        // As SQLite's lower(): ASCII letters only.
        assert_eq!(
            emails,
            [
                "jose.ortiz@example.com",
                "Émile@exämple.org",
                "hans@example.com"
            ]
        );
    }
}
