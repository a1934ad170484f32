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
