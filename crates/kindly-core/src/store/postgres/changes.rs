//! The customers' change history on PostgreSQL: the login that changed
//! which field (and who was at the desk), when, from what to what.

use crate::error::Result;
use crate::rules::changes::FieldChange;
use crate::rules::model::{CustomerChange, Millis};
use crate::store::postgres::tx::PgTx;

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

/// See [`crate::store::CustomerRows::changes_of`].
pub(super) fn of(tx: &mut PgTx<'_>, pk: i64, limit: u32) -> Result<Vec<CustomerChange>> {
    tx.query(
        "SELECT field, before, after, changed_at, changed_by, at_desk FROM customer_changes
         WHERE customer_pk = $1 ORDER BY changed_at DESC, pk LIMIT $2",
        &[&pk, &i64::from(limit)],
    )?
    .iter()
    .map(|r| {
        Ok(CustomerChange {
            field: r.try_get("field")?,
            before: r.try_get("before")?,
            after: r.try_get("after")?,
            changed_at: r.try_get("changed_at")?,
            changed_by: r.try_get("changed_by")?,
            at_desk: r.try_get("at_desk")?,
        })
    })
    .collect()
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
        (tx.changes_of(zoe, 10).unwrap(), zoe)
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
        assert!(on_pg
            .iter()
            .all(|c| c.changed_by == login && c.at_desk == "Ana"));
        assert!(on_sqlite
            .iter()
            .all(|c| c.changed_by == "Ana" && c.at_desk.is_empty()));
        let same = |changes: &[CustomerChange]| -> Vec<CustomerChange> {
            changes
                .iter()
                .map(|c| CustomerChange {
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
        assert_eq!(tx.changes_of(zoe, 1).unwrap().len(), 1);

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
