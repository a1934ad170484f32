//! The customers' change history on PostgreSQL: the login that changed
//! which field (and who was at the desk), when, from what to what.

use postgres::Row;

use crate::error::Result;
use crate::rules::changes::FieldChange;
use crate::rules::model::{ChangesCursor, CustomerChange, Millis};
use crate::store::postgres::tx::PgTx;
use crate::store::RecentChanges;

/// See [`crate::store::CustomerRows::record_changes`]: one statement for
/// the whole batch (the rows travel as arrays, and take their keys in the
/// order given, which [`of`] lists saves by); `changed_by` is the
/// session's login, filled in by the server, `who` goes to `at_desk`.
pub(super) fn record(
    tx: &mut PgTx<'_>,
    at: Millis,
    who: &str,
    changes: &[(i64, FieldChange)],
) -> Result<()> {
    if changes.is_empty() {
        return Ok(());
    }
    let pks: Vec<i64> = changes.iter().map(|(pk, _)| *pk).collect();
    let fields: Vec<&str> = changes.iter().map(|(_, c)| c.field).collect();
    let before: Vec<&str> = changes.iter().map(|(_, c)| c.before.as_str()).collect();
    let after: Vec<&str> = changes.iter().map(|(_, c)| c.after.as_str()).collect();
    tx.execute(
        "INSERT INTO customer_changes(changed_at, at_desk, customer_pk, field, before, after)
         SELECT $1, $2, c.customer_pk, c.field, c.before, c.after
         FROM unnest($3::bigint[], $4::text[], $5::text[], $6::text[])
             WITH ORDINALITY AS c(customer_pk, field, before, after, n)
         ORDER BY c.n",
        &[&at, &who, &pks, &fields, &before, &after],
    )?;
    Ok(())
}

/// The columns of a change as the team knows who made it: the login's
/// name on the staff list; for a login not on it (the owner's), the person
/// at the desk, else the login.
const COLUMNS: &str = "c.pk, c.field, c.before, c.after, c.changed_at, c.at_desk,
    coalesce(l.display_name, nullif(c.at_desk, ''), c.changed_by) AS changed_by";

fn change(r: &Row) -> Result<CustomerChange> {
    Ok(CustomerChange {
        seq: r.try_get("pk")?,
        field: r.try_get("field")?,
        before: r.try_get("before")?,
        after: r.try_get("after")?,
        changed_at: r.try_get("changed_at")?,
        changed_by: r.try_get("changed_by")?,
        at_desk: r.try_get("at_desk")?,
    })
}

/// See [`crate::store::CustomerRows::changes_of`]: a range of the index
/// `(customer_pk, changed_at DESC, pk)` from the cursor on.
pub(super) fn of(
    tx: &mut PgTx<'_>,
    pk: i64,
    after: Option<ChangesCursor>,
    limit: u32,
) -> Result<Vec<CustomerChange>> {
    let limit = i64::from(limit);
    let rows = match after {
        None => tx.query(
            &format!(
                "SELECT {COLUMNS} FROM customer_changes c
                 LEFT JOIN staff_logins l ON l.login = c.changed_by
                 WHERE c.customer_pk = $1 ORDER BY c.changed_at DESC, c.pk LIMIT $2"
            ),
            &[&pk, &limit],
        )?,
        // Newest first, a save's fields in the order recorded: older
        // saves, or later fields of the same save.
        Some(after) => tx.query(
            &format!(
                "SELECT {COLUMNS} FROM customer_changes c
                 LEFT JOIN staff_logins l ON l.login = c.changed_by
                 WHERE c.customer_pk = $1 AND c.changed_at <= $3
                   AND (c.changed_at < $3 OR c.pk > $4)
                 ORDER BY c.changed_at DESC, c.pk LIMIT $2"
            ),
            &[&pk, &limit, &after.at, &after.seq],
        )?,
    };
    rows.iter().map(change).collect()
}

/// See [`crate::store::CustomerRows::changes_since`]: the total counted
/// beside the rows (a window over every row after `since`, before the
/// limit).
pub(super) fn since(
    tx: &mut PgTx<'_>,
    pk: i64,
    since: Millis,
    limit: u32,
) -> Result<RecentChanges> {
    let rows = tx.query(
        &format!(
            "SELECT {COLUMNS}, count(*) OVER () AS total FROM customer_changes c
             LEFT JOIN staff_logins l ON l.login = c.changed_by
             WHERE c.customer_pk = $1 AND c.changed_at > $2
             ORDER BY c.changed_at DESC, c.pk LIMIT $3"
        ),
        &[&pk, &since, &i64::from(limit)],
    )?;
    let total = match rows.first() {
        Some(r) => u32::try_from(r.try_get::<_, i64>("total")?).unwrap_or(u32::MAX),
        None => 0,
    };
    Ok(RecentChanges {
        items: rows.iter().map(change).collect::<Result<_>>()?,
        total,
    })
}

#[cfg(test)]
mod tests {
    use uuid::Uuid;

    use super::*;
    use crate::rules::model::CustomerInput;
    use crate::rules::validate;
    use crate::store::postgres::testing;
    use crate::store::sqlite::file::SqliteStore;
    use crate::store::{CustomerRows, Store};

    /// 2026-11-22 09:00 UTC.
    const NOW: Millis = 1_795_338_000_000;

    fn change(field: &'static str, before: &str, after: &str) -> FieldChange {
        FieldChange::event(field, before, after)
    }

    /// Two customers, two saves of the first (one of two fields, at one
    /// time), one of the second, all recorded in one batch each time; the
    /// first customer's history as read.
    fn story(tx: &mut dyn CustomerRows) -> (Vec<CustomerChange>, i64) {
        let input = CustomerInput {
            full_name: "Zoë Müller".into(),
            ..CustomerInput::default()
        };
        let valid = validate::customer(&input, "GB").unwrap();
        let zoe = tx
            .insert_customer(&Uuid::now_v7().to_string(), &valid, NOW)
            .unwrap();
        let tom = tx
            .insert_customer(&Uuid::now_v7().to_string(), &valid, NOW)
            .unwrap();
        tx.record_changes(NOW, "Ana", &[(zoe, change("created", "", "Zoë Müller"))])
            .unwrap();
        tx.record_changes(
            NOW + 1000,
            "Ana",
            &[
                (zoe, change("preferred_name", "", "Zoë")),
                (tom, change("company", "", "Baker's")),
                (zoe, change("tags", "regular", "regular; Wedding cakes")),
            ],
        )
        .unwrap();
        tx.record_changes(NOW + 2000, "Ana", &[]).unwrap();
        (tx.changes_of(zoe, None, 10).unwrap(), zoe)
    }

    /// The logins recorded on the customer `pk`'s changes.
    fn peek_logins(tx: &mut PgTx<'_>, pk: i64) -> Vec<String> {
        tx.query(
            "SELECT changed_by FROM customer_changes WHERE customer_pk = $1",
            &[&pk],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect()
    }

    #[test]
    fn a_change_history_reads_back_as_on_sqlite_with_the_login_and_the_desk() {
        let store = testing::fresh_store();
        let mut tx = store.write().unwrap();
        let (on_pg, zoe) = story(&mut tx);
        let mut sqlite = SqliteStore::open_in_memory(NOW).unwrap();
        let (on_sqlite, _) = story(&mut *sqlite.write().unwrap());

        let login: String = tx
            .query_one("SELECT session_user::text", &[])
            .unwrap()
            .get(0);
        let recorded = peek_logins(&mut tx, zoe);
        assert!(recorded.iter().all(|l| *l == login), "{recorded:?}");
        assert!(
            on_pg
                .iter()
                .all(|c| c.changed_by == "Ana" && c.at_desk == "Ana"),
            "a login not on the staff list reads as the person at the desk"
        );
        assert!(on_sqlite
            .iter()
            .all(|c| c.changed_by == "Ana" && c.at_desk.is_empty()));
        let same = |changes: &[CustomerChange]| -> Vec<CustomerChange> {
            changes
                .iter()
                .map(|c| CustomerChange {
                    seq: 0,
                    changed_by: String::new(),
                    at_desk: String::new(),
                    ..c.clone()
                })
                .collect()
        };
        assert_eq!(same(&on_pg), same(&on_sqlite));
        let fields: Vec<&str> = on_pg.iter().map(|c| c.field.as_str()).collect();
        assert_eq!(
            fields,
            ["preferred_name", "tags", "created"],
            "newest first"
        );
        let first = tx.changes_of(zoe, None, 1).unwrap();
        assert_eq!(first.len(), 1);
        let cursor = ChangesCursor {
            at: first[0].changed_at,
            seq: first[0].seq,
        };
        assert_eq!(
            tx.changes_of(zoe, Some(cursor), 10).unwrap(),
            on_pg[1..],
            "the next page starts after the cursor, within one save too"
        );
        let since = tx.changes_since(zoe, NOW, 1).unwrap();
        assert_eq!((since.items.as_slice(), since.total), (&on_pg[..1], 2));
        assert_eq!(tx.changes_since(zoe, NOW + 1000, 5).unwrap().total, 0);
        tx.execute(
            "INSERT INTO staff_logins(login, display_name, added_at) VALUES ($1, 'Ana Lima', 0)",
            &[&login],
        )
        .unwrap();
        assert!(
            tx.changes_of(zoe, None, 10)
                .unwrap()
                .iter()
                .all(|c| c.changed_by == "Ana Lima"),
            "a login on the staff list reads as their name"
        );

        tx.delete_customer(zoe).unwrap();
        let left: i64 = tx
            .query_one(
                "SELECT count(*) FROM customer_changes WHERE customer_pk = $1",
                &[&zoe],
            )
            .unwrap()
            .get(0);
        assert_eq!(left, 0, "erasing a customer erases their history");
        tx.commit().unwrap();
    }
}
