//! The customers' change history on SQLite: who (the person at the desk)
//! changed which field, when, from what to what.

use rusqlite::{params, Row};

use crate::error::Result;
use crate::rules::changes::FieldChange;
use crate::rules::model::{ChangesCursor, CustomerChange, Millis};
use crate::store::sqlite::tx::SqliteTx;
use crate::store::RecentChanges;

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

/// The columns of a change, in both reads.
const COLUMNS: &str = "pk, field, before, after, changed_at, changed_by";

fn change(r: &Row<'_>) -> rusqlite::Result<CustomerChange> {
    Ok(CustomerChange {
        seq: r.get("pk")?,
        field: r.get("field")?,
        before: r.get("before")?,
        after: r.get("after")?,
        changed_at: r.get("changed_at")?,
        changed_by: r.get("changed_by")?,
        at_desk: String::new(),
    })
}

/// See [`crate::store::CustomerRows::changes_of`]: a range of the index
/// `(customer_pk, changed_at DESC, pk)` from the cursor on.
pub(super) fn of(
    tx: &mut SqliteTx<'_>,
    pk: i64,
    after: Option<ChangesCursor>,
    limit: u32,
) -> Result<Vec<CustomerChange>> {
    let Some(after) = after else {
        return Ok(tx
            .prepare_cached(&format!(
                "SELECT {COLUMNS} FROM customer_changes
                 WHERE customer_pk = ?1 ORDER BY changed_at DESC, pk LIMIT ?2"
            ))?
            .query_map(params![pk, limit], change)?
            .collect::<rusqlite::Result<_>>()?);
    };
    // Newest first, a save's fields in the order recorded: older saves,
    // or later fields of the same save.
    Ok(tx
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM customer_changes
             WHERE customer_pk = ?1 AND changed_at <= ?3 AND (changed_at < ?3 OR pk > ?4)
             ORDER BY changed_at DESC, pk LIMIT ?2"
        ))?
        .query_map(params![pk, limit, after.at, after.seq], change)?
        .collect::<rusqlite::Result<_>>()?)
}

/// See [`crate::store::CustomerRows::changes_since`]: the total counted
/// beside the rows (a window over every row after `since`, before the
/// limit).
pub(super) fn since(
    tx: &mut SqliteTx<'_>,
    pk: i64,
    since: Millis,
    limit: u32,
) -> Result<RecentChanges> {
    let mut total = 0;
    let items = tx
        .prepare_cached(&format!(
            "SELECT {COLUMNS}, count(*) OVER () AS total FROM customer_changes
             WHERE customer_pk = ?1 AND changed_at > ?2
             ORDER BY changed_at DESC, pk LIMIT ?3"
        ))?
        .query_map(params![pk, since, limit], |r| {
            Ok((change(r)?, r.get::<_, u32>("total")?))
        })?
        .map(|row| {
            row.map(|(c, n)| {
                total = n;
                c
            })
        })
        .collect::<rusqlite::Result<_>>()?;
    Ok(RecentChanges { items, total })
}
