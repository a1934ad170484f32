//! Keeps the lookup indexes in step with the customer tables. Everything
//! written here is derived: [`reindex_customer`] rebuilds one customer's
//! entries from their stored profile, always in the same transaction as the change.

use rusqlite::{params, Connection, OptionalExtension};

use crate::error::Result;
use crate::rules::fold::fold;
use crate::rules::model::{Customer, CustomerInput, EmailInput};
use crate::rules::phone;

/// Rebuilds the index entries of the customer with primary key `pk` from
/// the stored profile. A trashed customer is removed from the word indexes
/// instead.
pub fn reindex_customer(conn: &Connection, pk: i64) -> Result<()> {
    let row = conn
        .prepare_cached(
            "SELECT full_name, preferred_name, company, address, notes, deleted_at IS NOT NULL
             FROM customers WHERE pk = ?1",
        )?
        .query_row([pk], |r| {
            Ok((
                CustomerInput {
                    full_name: r.get(0)?,
                    preferred_name: r.get(1)?,
                    company: r.get(2)?,
                    address: r.get(3)?,
                    notes: r.get(4)?,
                    ..CustomerInput::default()
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
    reindex_phones(conn, pk)?;
    remove_words(conn, pk)?;
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
        texts("SELECT address FROM customer_emails WHERE customer_pk = ?1 ORDER BY position")?
            .into_iter()
            .map(|address| EmailInput {
                address,
                ..EmailInput::default()
            })
            .collect();
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
    insert_words(conn, pk, &c)
}

/// Adds the full-text rows of the live customer `pk` whose profile is
/// `c` (it must have none yet: see [`remove_words`]).
///
/// A bulk write (an import, many new customers) calls this for every
/// customer after all its other rows: FTS5 writes its pending rows out at
/// every statement savepoint once it has been written in a transaction,
/// and at every delete, so interleaving would make one tiny index segment
/// per customer and merging them would dominate.
pub(crate) fn insert_words(conn: &Connection, pk: i64, c: &CustomerInput) -> Result<()> {
    insert_texts(conn, pk, &Texts::of(c), Rows::All)
}

/// What a customer's full-text rows hold, folded: the names (every
/// index has them) and everything else (only `search_words` has it).
#[derive(Debug, Clone)]
pub(crate) struct Texts {
    names: String,
    other: String,
}

impl Texts {
    pub(crate) fn of(c: &CustomerInput) -> Texts {
        let full_key = fold(&c.full_name);
        let preferred_key = fold(&c.preferred_name);
        let mut other: Vec<&str> = vec![&c.company, &c.address, &c.notes];
        other.extend(c.emails.iter().map(|e| e.address.as_str()));
        other.extend(c.tags.iter().map(String::as_str));
        for items in [&c.dont, &c.preferences, &c.remember] {
            other.extend(items.iter().map(String::as_str));
        }
        Texts {
            names: format!("{full_key} {preferred_key}").trim().to_owned(),
            other: fold(&other.join(" ")),
        }
    }
}

/// The full-text rows of a customer stored as `before` that must be
/// rewritten for them to hold `after`; `None` when none of the text they
/// are made of changed.
pub(crate) fn rows_to_change(before: &Customer, after: &CustomerInput) -> Option<Rows> {
    if before.full_name != after.full_name || before.preferred_name != after.preferred_name {
        return Some(Rows::All);
    }
    let same_other = before.company == after.company
        && before.address == after.address
        && before.notes == after.notes
        && before
            .emails
            .iter()
            .map(|e| &e.address)
            .eq(after.emails.iter().map(|e| &e.address))
        && before.tags == after.tags
        && before.dont == after.dont
        && before.preferences == after.preferences
        && before.remember == after.remember;
    (!same_other).then_some(Rows::Words)
}

/// Which of a customer's full-text rows a write touches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rows {
    /// `search_names`, `search_words` and `search_trigrams`.
    All,
    /// Only `search_words` (the names are unchanged).
    Words,
}

/// Adds the `rows` of the live customer `pk` from `texts` (they must not
/// be there yet: see [`remove_rows`]). See [`insert_words`] for when a
/// bulk write calls this.
pub(crate) fn insert_texts(conn: &Connection, pk: i64, texts: &Texts, rows: Rows) -> Result<()> {
    conn.prepare_cached("INSERT INTO search_words(rowid, name, other) VALUES (?1, ?2, ?3)")?
        .execute(params![pk, texts.names, texts.other])?;
    if rows == Rows::All {
        for sql in [
            "INSERT INTO search_names(rowid, name) VALUES (?1, ?2)",
            "INSERT INTO search_trigrams(rowid, name) VALUES (?1, ?2)",
        ] {
            conn.prepare_cached(sql)?
                .execute(params![pk, texts.names])?;
        }
    }
    Ok(())
}

/// FTS5's own setting for how many index segments of one level it lets
/// gather before merging them as it writes.
const AUTOMERGE: u32 = 4;

/// Runs the bulk write `write` with FTS5's merging-as-it-writes off for the
/// customer indexes, then turns it back on; both inside the caller's
/// transaction, so an error (which rolls it back) also undoes the change.
///
/// As an index grows, FTS5 rewrites older segments each time it writes new
/// ones; for an import that was a fifth of its time. Without it, the
/// import's rows land in a few new segments, which later edits merge step
/// by step as usual.
pub(crate) fn without_automerge<T>(
    conn: &Connection,
    write: impl FnOnce() -> Result<T>,
) -> Result<T> {
    let set = |value: u32| -> Result<()> {
        for table in ["search_names", "search_words", "search_trigrams"] {
            conn.execute(
                &format!("INSERT INTO {table}({table}, rank) VALUES ('automerge', ?1)"),
                [value],
            )?;
        }
        Ok(())
    };
    set(0)?;
    let written = write()?;
    set(AUTOMERGE)?;
    Ok(written)
}

/// Removes a customer from the word and trigram indexes (when trashed).
pub fn remove_words(conn: &Connection, pk: i64) -> Result<()> {
    remove_rows(conn, pk, Rows::All)
}

/// Removes the `rows` of customer `pk`.
pub(crate) fn remove_rows(conn: &Connection, pk: i64, rows: Rows) -> Result<()> {
    for (sql, names_only) in [
        ("DELETE FROM search_names WHERE rowid = ?1", true),
        ("DELETE FROM search_words WHERE rowid = ?1", false),
        ("DELETE FROM search_trigrams WHERE rowid = ?1", true),
    ] {
        if rows == Rows::All || !names_only {
            conn.prepare_cached(sql)?.execute([pk])?;
        }
    }
    Ok(())
}

fn reindex_phones(conn: &Connection, pk: i64) -> Result<()> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Error;
    use crate::use_cases::notebook::Notebook;

    const TABLES: [&str; 3] = ["search_names", "search_words", "search_trigrams"];

    /// The automerge setting stored for `table`; `None` is FTS5's default.
    fn automerge(conn: &Connection, table: &str) -> Option<u32> {
        conn.query_row(
            &format!("SELECT v FROM {table}_config WHERE k = 'automerge'"),
            [],
            |r| r.get(0),
        )
        .optional()
        .expect("config")
    }

    #[test]
    fn merging_is_on_again_after_a_bulk_write() {
        let nb = Notebook::open_in_memory().expect("notebook");
        let during = without_automerge(&nb.conn, || Ok(automerge(&nb.conn, "search_words")))
            .expect("bulk write");
        assert_eq!(during, Some(0));
        for table in TABLES {
            assert_eq!(automerge(&nb.conn, table), Some(AUTOMERGE), "{table}");
        }
    }

    #[test]
    fn a_failed_bulk_write_leaves_merging_as_it_was() {
        let mut nb = Notebook::open_in_memory().expect("notebook");
        let tx = nb.conn.transaction().expect("transaction");
        let failed: Result<()> = without_automerge(&tx, || Err(Error::invalid("file", "bad")));
        assert!(failed.is_err());
        drop(tx);
        for table in TABLES {
            assert_eq!(automerge(&nb.conn, table), None, "{table}");
        }
    }
}
