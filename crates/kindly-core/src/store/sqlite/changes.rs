//! The customers' change history on SQLite: who (the person at the desk)
//! changed which field, when, from what to what.

use rusqlite::params;

use crate::error::Result;
use crate::rules::changes::FieldChange;
use crate::rules::model::{CustomerChange, Millis};
use crate::store::sqlite::tx::SqliteTx;

/// See [`crate::store::CustomerRows::record_changes`]: one cached
/// statement run per change, inside the caller's transaction.
pub(super) fn record(
    tx: &mut SqliteTx<'_>,
    at: Millis,
    who: &str,
    changes: &[(i64, FieldChange)],
) -> Result<()> {
    if changes.is_empty() {
        return Ok(());
    }
    let mut stmt = tx.prepare_cached(
        "INSERT INTO customer_changes(customer_pk, changed_at, changed_by, field, before, after)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for (pk, change) in changes {
        stmt.execute(params![
            pk,
            at,
            who,
            change.field,
            change.before,
            change.after
        ])?;
    }
    Ok(())
}

/// See [`crate::store::CustomerRows::changes_of`].
pub(super) fn of(tx: &mut SqliteTx<'_>, pk: i64, limit: u32) -> Result<Vec<CustomerChange>> {
    Ok(tx
        .prepare_cached(
            "SELECT field, before, after, changed_at, changed_by FROM customer_changes
             WHERE customer_pk = ?1 ORDER BY changed_at DESC, pk LIMIT ?2",
        )?
        .query_map(params![pk, limit], |r| {
            Ok(CustomerChange {
                field: r.get("field")?,
                before: r.get("before")?,
                after: r.get("after")?,
                changed_at: r.get("changed_at")?,
                changed_by: r.get("changed_by")?,
                at_desk: String::new(),
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}
