//! [`ExchangeRows`] for SQLite.

use rusqlite::Row;

use crate::error::Result;
use crate::rules::matching::{LiveCustomer, LiveEmail, LivePhone, LiveProfiles};
use crate::store::sqlite::tx::SqliteTx;
use crate::store::ExchangeRows;

impl ExchangeRows for SqliteTx<'_> {
    fn live_profiles(&mut self) -> Result<LiveProfiles> {
        let customers = self
            .prepare(&format!(
                "SELECT {LIVE_CUSTOMER} FROM customers WHERE deleted_at IS NULL ORDER BY pk"
            ))?
            .query_map([], live_customer)?
            .collect::<rusqlite::Result<_>>()?;
        let phones = self
            .prepare(
                "SELECT p.number, p.e164, p.customer_pk FROM customer_phones p
                 JOIN customers c ON c.pk = p.customer_pk WHERE c.deleted_at IS NULL
                 ORDER BY p.customer_pk, p.position",
            )?
            .query_map([], live_phone)?
            .collect::<rusqlite::Result<_>>()?;
        let emails = self
            .prepare(
                "SELECT lower(e.address), e.customer_pk FROM customer_emails e
                 JOIN customers c ON c.pk = e.customer_pk WHERE c.deleted_at IS NULL
                 ORDER BY e.customer_pk, e.position",
            )?
            .query_map([], live_email)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(LiveProfiles {
            customers,
            phones,
            emails,
        })
    }
}

/// The columns [`live_customer`] reads, in its order (read by position:
/// one row per customer of an import).
const LIVE_CUSTOMER: &str =
    "pk, full_name, full_key, company, address, birthday_month, birthday_day";

/// A `customers` row read as [`LIVE_CUSTOMER`].
fn live_customer(r: &Row) -> rusqlite::Result<LiveCustomer> {
    Ok(LiveCustomer {
        pk: r.get(0)?,
        full_name: r.get(1)?,
        full_key: r.get(2)?,
        company: r.get(3)?,
        address: r.get(4)?,
        birthday: r.get::<_, Option<u8>>(5)?.zip(r.get::<_, Option<u8>>(6)?),
    })
}

/// A `customer_phones` row read as `number, e164, customer_pk`.
fn live_phone(r: &Row) -> rusqlite::Result<LivePhone> {
    Ok(LivePhone {
        number: r.get(0)?,
        e164: r.get(1)?,
        customer_pk: r.get(2)?,
    })
}

/// A `customer_emails` row read as `lower(address), customer_pk`.
fn live_email(r: &Row) -> rusqlite::Result<LiveEmail> {
    Ok(LiveEmail {
        address: r.get(0)?,
        customer_pk: r.get(1)?,
    })
}
