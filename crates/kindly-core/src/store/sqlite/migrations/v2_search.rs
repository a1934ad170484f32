//! The data step of version 2 (the lookup indexes), frozen as it was
//! written: it fills the indexes version 2 created from the customers
//! already there. It is a copy, not a call into the live index code, so a
//! later change to how customers are indexed can never change what this
//! old step does to a notebook upgraded through it.

use rusqlite::{params, Connection, OptionalExtension};

use crate::error::Result;
use crate::rules::fold::fold;
use crate::rules::phone;

/// Indexes every customer, one after the other by primary key.
pub(super) fn index_every_customer(conn: &Connection) -> Result<()> {
    let pks: Vec<i64> = conn
        .prepare("SELECT pk FROM customers")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for pk in pks {
        index_customer(conn, pk)?;
    }
    Ok(())
}

/// The texts of one customer's profile that the indexes hold.
#[derive(Default)]
struct Profile {
    full_name: String,
    preferred_name: String,
    company: String,
    address: String,
    notes: String,
    emails: Vec<String>,
    tags: Vec<String>,
    dont: Vec<String>,
    preferences: Vec<String>,
    remember: Vec<String>,
}

/// Writes the name keys, the phone digits and the full-text rows of the
/// customer `pk` (a trashed one gets no full-text rows).
fn index_customer(conn: &Connection, pk: i64) -> Result<()> {
    let row = conn
        .prepare_cached(
            "SELECT full_name, preferred_name, company, address, notes, deleted_at IS NOT NULL
             FROM customers WHERE pk = ?1",
        )?
        .query_row([pk], |r| {
            Ok((
                Profile {
                    full_name: r.get(0)?,
                    preferred_name: r.get(1)?,
                    company: r.get(2)?,
                    address: r.get(3)?,
                    notes: r.get(4)?,
                    ..Profile::default()
                },
                r.get::<_, bool>(5)?,
            ))
        })
        .optional()?;
    let Some((mut c, trashed)) = row else {
        return Ok(());
    };
    conn.prepare_cached("UPDATE customers SET full_key = ?2, preferred_key = ?3 WHERE pk = ?1")?
        .execute(params![pk, fold(&c.full_name), fold(&c.preferred_name)])?;
    index_phones(conn, pk)?;
    for sql in [
        "DELETE FROM search_names WHERE rowid = ?1",
        "DELETE FROM search_words WHERE rowid = ?1",
        "DELETE FROM search_trigrams WHERE rowid = ?1",
    ] {
        conn.prepare_cached(sql)?.execute([pk])?;
    }
    if trashed {
        return Ok(());
    }
    let texts = |sql: &str| -> Result<Vec<String>> {
        Ok(conn
            .prepare_cached(sql)?
            .query_map([pk], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?)
    };
    c.emails =
        texts("SELECT address FROM customer_emails WHERE customer_pk = ?1 ORDER BY position")?;
    c.tags = texts("SELECT tag FROM customer_tags WHERE customer_pk = ?1 ORDER BY position")?;
    let item =
        "SELECT text FROM customer_items WHERE customer_pk = ?1 AND kind = ?2 ORDER BY position";
    for (kind, list) in [
        ("dont", &mut c.dont),
        ("preference", &mut c.preferences),
        ("remember", &mut c.remember),
    ] {
        *list = conn
            .prepare_cached(item)?
            .query_map(params![pk, kind], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
    }
    let names = format!("{} {}", fold(&c.full_name), fold(&c.preferred_name))
        .trim()
        .to_owned();
    let mut other: Vec<&str> = vec![&c.company, &c.address, &c.notes];
    for list in [&c.emails, &c.tags, &c.dont, &c.preferences, &c.remember] {
        other.extend(list.iter().map(String::as_str));
    }
    let other = fold(&other.join(" "));
    conn.prepare_cached("INSERT INTO search_words(rowid, name, other) VALUES (?1, ?2, ?3)")?
        .execute(params![pk, names, other])?;
    for sql in [
        "INSERT INTO search_names(rowid, name) VALUES (?1, ?2)",
        "INSERT INTO search_trigrams(rowid, name) VALUES (?1, ?2)",
    ] {
        conn.prepare_cached(sql)?.execute(params![pk, names])?;
    }
    Ok(())
}

/// Writes the reversed lookup digits of each of the customer's phones.
fn index_phones(conn: &Connection, pk: i64) -> Result<()> {
    let phones: Vec<(i64, String, String)> = conn
        .prepare_cached(
            "SELECT position, number, e164 FROM customer_phones WHERE customer_pk = ?1",
        )?
        .query_map([pk], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut update = conn.prepare_cached(
        "UPDATE customer_phones SET digits_rev = ?3 WHERE customer_pk = ?1 AND position = ?2",
    )?;
    for (position, number, e164) in phones {
        let e164 = Some(e164).filter(|e: &String| !e.is_empty());
        update.execute(params![
            pk,
            position,
            phone::reversed(&phone::index_digits(&number, e164.as_deref()))
        ])?;
    }
    Ok(())
}
