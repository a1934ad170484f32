//! Staying in touch: each customer's last contact and when their ideal gap
//! runs out, kept up to date whenever their conversations or rhythm change,
//! so the Today screen finds drifting customers through an index.

use rusqlite::{params, Connection, OptionalExtension};

use crate::error::Result;
use crate::rules::follow_up_model::TouchStatus;
use crate::rules::model::{Millis, StayInTouch};
use crate::rules::schedule::touch_status;

pub(crate) const DAY_MS: Millis = 24 * 60 * 60 * 1000;

/// Recomputes `last_contact_at` (the latest live conversation) and
/// `touch_amber_at` for one customer. Call after any change to their
/// conversations or their stay-in-touch rhythm, in the same transaction.
pub(crate) fn refresh(conn: &Connection, customer_pk: i64) -> Result<()> {
    conn.prepare_cached(
        "UPDATE customers SET last_contact_at = (
            SELECT max(c.happened_at) FROM entries e JOIN conversations c ON c.entry_pk = e.pk
            WHERE e.customer_pk = ?1 AND e.kind = 'conversation' AND e.deleted_at IS NULL)
         WHERE pk = ?1",
    )?
    .execute([customer_pk])?;
    conn.prepare_cached(
        "UPDATE customers SET touch_amber_at = CASE WHEN touch_ideal_days IS NULL THEN NULL
            ELSE coalesce(last_contact_at, created_at) + touch_ideal_days * ?2 END
         WHERE pk = ?1",
    )?
    .execute(params![customer_pk, DAY_MS])?;
    Ok(())
}

/// Where one customer's rhythm stands at `now`, if they have one.
pub(crate) fn status(
    conn: &Connection,
    customer_pk: i64,
    now: Millis,
) -> Result<Option<TouchStatus>> {
    let row: Option<(Option<u32>, Option<u32>, Millis)> = conn
        .prepare_cached(
            "SELECT touch_ideal_days, touch_longest_days, coalesce(last_contact_at, created_at)
             FROM customers WHERE pk = ?1",
        )?
        .query_row([customer_pk], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?;
    Ok(row.and_then(|(ideal, longest, since)| {
        let rhythm = StayInTouch {
            ideal_days: ideal?,
            longest_days: longest?,
        };
        Some(touch_status(since, rhythm, now))
    }))
}
