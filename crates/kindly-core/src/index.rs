//! Keeps the lookup indexes in step with the customer tables. Everything
//! written here is derived: [`reindex_customer`] rebuilds one customer's
//! entries from their stored profile, always in the same transaction as the change.

use rusqlite::{params, Connection, OptionalExtension};

use crate::error::Result;
use crate::fold::fold;
use crate::phone;

/// Rebuilds the index entries of the customer with primary key `pk`.
/// A trashed customer is removed from the word indexes instead.
pub fn reindex_customer(conn: &Connection, pk: i64) -> Result<()> {
    reindex_columns(conn, pk)?;
    reindex_words(conn, pk, Fresh::No)
}

/// Whether a customer may already have full-text rows.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Fresh {
    /// Just inserted, or its rows already removed: nothing to remove
    /// first (a delete from a contentless index writes a tombstone even
    /// for a row that is not there).
    Yes,
    No,
}

/// The derived columns only: name keys and reversed phone digits.
///
/// Split from [`reindex_words`] for bulk writes (an import): FTS5 flushes
/// its pending rows to disk at every statement savepoint once it has been
/// written in a transaction, so writing all the ordinary rows first and
/// every full-text row last keeps those rows in memory until the commit.
pub(crate) fn reindex_columns(conn: &Connection, pk: i64) -> Result<()> {
    let names: Option<(String, String)> = conn
        .prepare_cached("SELECT full_name, preferred_name FROM customers WHERE pk = ?1")?
        .query_row([pk], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let Some((full_name, preferred_name)) = names else {
        return Ok(());
    };
    conn.prepare_cached("UPDATE customers SET full_key = ?2, preferred_key = ?3 WHERE pk = ?1")?
        .execute(params![pk, fold(&full_name), fold(&preferred_name)])?;
    reindex_phones(conn, pk)
}

/// The full-text rows of one customer (none while in Trash), from the
/// stored profile and the name keys [`reindex_columns`] wrote.
pub(crate) fn reindex_words(conn: &Connection, pk: i64, fresh: Fresh) -> Result<()> {
    if fresh == Fresh::No {
        remove_words(conn, pk)?;
    }
    let row = conn
        .prepare_cached(
            "SELECT full_key, preferred_key, company, address, notes, deleted_at IS NOT NULL
             FROM customers WHERE pk = ?1",
        )?
        .query_row([pk], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, bool>(5)?,
            ))
        })
        .optional()?;
    let Some((full_key, preferred_key, company, address, notes, trashed)) = row else {
        return Ok(());
    };
    if trashed {
        return Ok(());
    }
    let mut other = vec![company, address, notes];
    for sql in [
        "SELECT address FROM customer_emails WHERE customer_pk = ?1",
        "SELECT tag FROM customer_tags WHERE customer_pk = ?1",
        "SELECT text FROM customer_items WHERE customer_pk = ?1",
    ] {
        let mut stmt = conn.prepare_cached(sql)?;
        let rows = stmt.query_map([pk], |r| r.get::<_, String>(0))?;
        for row in rows {
            other.push(row?);
        }
    }
    let names = format!("{full_key} {preferred_key}");
    conn.prepare_cached("INSERT INTO search_words(rowid, name, other) VALUES (?1, ?2, ?3)")?
        .execute(params![pk, names.trim(), fold(&other.join(" "))])?;
    for sql in [
        "INSERT INTO search_names(rowid, name) VALUES (?1, ?2)",
        "INSERT INTO search_trigrams(rowid, name) VALUES (?1, ?2)",
    ] {
        conn.prepare_cached(sql)?
            .execute(params![pk, names.trim()])?;
    }
    Ok(())
}

/// Removes a customer from the word and trigram indexes (when trashed).
pub fn remove_words(conn: &Connection, pk: i64) -> Result<()> {
    for sql in [
        "DELETE FROM search_names WHERE rowid = ?1",
        "DELETE FROM search_words WHERE rowid = ?1",
        "DELETE FROM search_trigrams WHERE rowid = ?1",
    ] {
        conn.prepare_cached(sql)?.execute([pk])?;
    }
    Ok(())
}

fn reindex_phones(conn: &Connection, pk: i64) -> Result<()> {
    let phones: Vec<(i64, String)> = conn
        .prepare_cached("SELECT position, e164 FROM customer_phones WHERE customer_pk = ?1")?
        .query_map([pk], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut update = conn.prepare_cached(
        "UPDATE customer_phones SET digits_rev = ?3 WHERE customer_pk = ?1 AND position = ?2",
    )?;
    for (position, e164) in phones {
        update.execute(params![
            pk,
            position,
            phone::reversed(&phone::digits(&e164))
        ])?;
    }
    Ok(())
}

/// Rebuilds every customer's index entries (used when the indexes are
/// created by a migration).
pub fn reindex_all(conn: &Connection) -> Result<()> {
    let pks: Vec<i64> = conn
        .prepare("SELECT pk FROM customers")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for pk in pks {
        reindex_customer(conn, pk)?;
    }
    Ok(())
}
