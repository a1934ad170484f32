//! [`MovingRows`] for SQLite: a notebook file read whole for a move into a
//! team notebook, or written whole from one (`kindly team copy-out`).
//!
//! Table and column names in the SQL here come from [`TABLES`] (fixed
//! text in the code), never from the rows; every value is bound.

use rusqlite::types::{ToSqlOutput, ValueRef};
use rusqlite::{params, OptionalExtension, ToSql};

use crate::error::{Error, Result};
use crate::rules::fold::fold;
use crate::rules::model::{CustomerInput, EmailInput};
use crate::store::moving::{Cell, Cells, ReadingAs, Table, CHUNK};
use crate::store::sqlite::history::ENTRY_TEXT;
use crate::store::sqlite::index;
use crate::store::sqlite::tx::SqliteTx;
use crate::store::{MovingRows, Rows, SearchIndex, Texts};

impl MovingRows for SqliteTx<'_> {
    fn start_moving_in(&mut self) -> Result<()> {
        // A write transaction on the file already keeps every other writer
        // out from its first write to its end.
        Ok(())
    }

    fn holds_rows(&mut self, table: &Table) -> Result<bool> {
        Ok(self.query_row(
            &format!("SELECT EXISTS(SELECT 1 FROM {})", table.name),
            [],
            |r| r.get(0),
        )?)
    }

    fn count_rows(&mut self, table: &Table) -> Result<u64> {
        Ok(
            self.query_row(&format!("SELECT count(*) FROM {}", table.name), [], |r| {
                r.get(0)
            })?,
        )
    }

    fn rows_of(
        &mut self,
        table: &Table,
        each: &mut dyn FnMut(Vec<Cells>) -> Result<()>,
    ) -> Result<()> {
        let columns = column_list(table);
        let key = columns[..table.key].join(", ");
        let mut statement = self.prepare(&format!(
            "SELECT {} FROM {} ORDER BY {key}",
            columns.join(", "),
            table.name
        ))?;
        let mut rows = statement.query([])?;
        let mut chunk = Vec::with_capacity(CHUNK);
        while let Some(row) = rows.next()? {
            let cells = (0..columns.len())
                .map(|i| cell(table, i, row.get_ref(i)?))
                .collect::<Result<Cells>>()?;
            chunk.push(cells);
            if chunk.len() == CHUNK {
                each(std::mem::replace(&mut chunk, Vec::with_capacity(CHUNK)))?;
            }
        }
        if !chunk.is_empty() {
            each(chunk)?;
        }
        Ok(())
    }

    fn insert_rows(&mut self, table: &Table, rows: &[Cells]) -> Result<()> {
        let columns = column_list(table);
        let places: Vec<String> = (1..=columns.len()).map(|n| format!("?{n}")).collect();
        let mut insert = self.prepare_cached(&format!(
            "INSERT INTO {}({}) VALUES ({})",
            table.name,
            columns.join(", "),
            places.join(", ")
        ))?;
        for row in rows {
            if row.len() != columns.len() {
                return Err(Error::storage(format!(
                    "a row for {} has {} values, not {}",
                    table.name,
                    row.len(),
                    columns.len()
                )));
            }
            insert.execute(rusqlite::params_from_iter(row))?;
        }
        Ok(())
    }

    fn link_rows(&mut self, table: &Table, column: &str, links: &[(i64, i64)]) -> Result<()> {
        let key = table.columns[0];
        let mut update = self.prepare_cached(&format!(
            "UPDATE {} SET {column} = ?2 WHERE {key} = ?1",
            table.name
        ))?;
        for (row, target) in links {
            update.execute(params![row, target])?;
        }
        Ok(())
    }

    fn highest_key_given(&mut self, table: &Table) -> Result<i64> {
        let counted: Option<i64> = self
            .query_row(
                "SELECT seq FROM sqlite_sequence WHERE name = ?1",
                [table.name],
                |r| r.get(0),
            )
            .optional()?;
        let highest: Option<i64> = self.query_row(
            &format!("SELECT max({}) FROM {}", table.columns[0], table.name),
            [],
            |r| r.get(0),
        )?;
        Ok(counted.unwrap_or(0).max(highest.unwrap_or(0)))
    }

    fn reading_as(&mut self) -> Result<Option<ReadingAs>> {
        Ok(None)
    }

    fn finish_moving_in(&mut self, given: &[(&Table, i64)]) -> Result<()> {
        // A rowid goes on after the highest by itself; an AUTOINCREMENT
        // table's counter has followed the keys written, and must also
        // pass those the other store gave and deleted since.
        for (table, highest) in given {
            self.execute(
                "UPDATE sqlite_sequence SET seq = max(seq, ?2) WHERE name = ?1",
                params![table.name, highest],
            )?;
            self.execute(
                "INSERT INTO sqlite_sequence(name, seq) SELECT ?1, ?2
                 WHERE ?2 > 0 AND NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = ?1)",
                params![table.name, highest],
            )?;
        }
        self.set_index_merging(false)?;
        index_customers(self)?;
        index_entries(self)?;
        self.set_index_merging(true)
    }
}

/// The columns of `table` as SQLite names them (its numbered column may
/// be the rowid).
fn column_list(table: &Table) -> Vec<&'static str> {
    table
        .columns
        .iter()
        .map(|&c| {
            if table.sqlite_rowid && table.numbered == Some(c) {
                "rowid"
            } else {
                c
            }
        })
        .collect()
}

/// Column `i` of a row of `table` as a [`Cell`]. Text that is not UTF-8
/// (which Kindly never writes) is refused rather than changed.
fn cell(table: &Table, i: usize, value: ValueRef<'_>) -> Result<Cell> {
    Ok(match value {
        ValueRef::Null => Cell::Null,
        ValueRef::Integer(n) => Cell::Int(n),
        ValueRef::Real(x) => Cell::Real(x),
        ValueRef::Text(t) => Cell::Text(String::from_utf8(t.to_vec()).map_err(|_| {
            Error::storage(format!(
                "{}.{} holds text that is not UTF-8",
                table.name, table.columns[i]
            ))
        })?),
        ValueRef::Blob(b) => Cell::Blob(b.to_vec()),
    })
}

impl ToSql for Cell {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::Borrowed(match self {
            Cell::Null => ValueRef::Null,
            Cell::Int(n) => ValueRef::Integer(*n),
            Cell::Real(x) => ValueRef::Real(*x),
            Cell::Text(t) => ValueRef::Text(t.as_bytes()),
            Cell::Blob(b) => ValueRef::Blob(b),
        }))
    }
}

/// A customer's list of `what` as a JSON array, in its order.
fn list(what: &str, table: &str, filter: &str) -> String {
    format!(
        "(SELECT json_group_array({what}) FROM (SELECT {what} FROM {table}
            WHERE customer_pk = c.pk {filter} ORDER BY position))"
    )
}

/// Writes the full-text rows of every live customer (none is there yet).
fn index_customers(tx: &SqliteTx<'_>) -> Result<()> {
    let sql = format!(
        "SELECT pk, full_name, preferred_name, company, address, notes,
            {} AS emails, {} AS tags, {} AS dont, {} AS preferences, {} AS remember
         FROM customers c WHERE deleted_at IS NULL ORDER BY pk",
        list("address", "customer_emails", ""),
        list("tag", "customer_tags", ""),
        list("text", "customer_items", "AND kind = 'dont'"),
        list("text", "customer_items", "AND kind = 'preference'"),
        list("text", "customer_items", "AND kind = 'remember'"),
    );
    let mut statement = tx.prepare(&sql)?;
    let mut rows = statement.query([])?;
    while let Some(r) = rows.next()? {
        let texts = |column: &str| -> Result<Vec<String>> {
            let json: String = r.get(column)?;
            serde_json::from_str(&json).map_err(Error::unreadable_record)
        };
        let c = CustomerInput {
            full_name: r.get("full_name")?,
            preferred_name: r.get("preferred_name")?,
            company: r.get("company")?,
            address: r.get("address")?,
            notes: r.get("notes")?,
            emails: texts("emails")?
                .into_iter()
                .map(|address| EmailInput {
                    address,
                    ..EmailInput::default()
                })
                .collect(),
            tags: texts("tags")?,
            dont: texts("dont")?,
            preferences: texts("preferences")?,
            remember: texts("remember")?,
            ..CustomerInput::default()
        };
        index::insert_rows(tx, r.get("pk")?, &Texts::of(&c), Rows::All)?;
    }
    Ok(())
}

/// Writes the entry index row of every live conversation and issue (none
/// is there yet).
fn index_entries(tx: &SqliteTx<'_>) -> Result<()> {
    let mut statement = tx.prepare(&format!(
        "SELECT e.pk, {ENTRY_TEXT} AS text FROM entries e
         WHERE e.deleted_at IS NULL AND e.kind IN ('conversation', 'issue') ORDER BY e.pk"
    ))?;
    let mut rows = statement.query([])?;
    let mut insert =
        tx.prepare_cached("INSERT INTO search_entries(rowid, text) VALUES (?1, ?2)")?;
    while let Some(r) = rows.next()? {
        if let Some(text) = r.get::<_, Option<String>>("text")? {
            insert.execute(params![r.get::<_, i64>("pk")?, fold(&text)])?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::moving::TABLES;
    use crate::store::sqlite::file::SqliteStore;
    use crate::store::Tx;

    /// Tables a move leaves to the use case (`settings`) or writes again
    /// (the full-text lookup tables and FTS5's own tables behind them).
    fn not_moved(table: &str) -> bool {
        table == "settings" || table.starts_with("search_") || table == "sqlite_sequence"
    }

    #[test]
    fn every_column_of_every_table_of_a_notebook_file_moves() {
        let store = SqliteStore::open_in_memory(0).unwrap();
        let tables: Vec<String> = store
            .conn
            .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        let mut moved = Vec::new();
        for name in tables.iter().filter(|t| !not_moved(t)) {
            let table = TABLES
                .iter()
                .find(|t| t.name == name)
                .unwrap_or_else(|| panic!("the table {name} does not move (store/moving.rs)"));
            let mut columns: Vec<String> = store
                .conn
                .prepare("SELECT name FROM pragma_table_info(?1)")
                .unwrap()
                .query_map([name], |r| r.get(0))
                .unwrap()
                .collect::<rusqlite::Result<_>>()
                .unwrap();
            if table.sqlite_rowid {
                columns.extend(table.numbered.map(str::to_owned));
            }
            columns.sort_unstable();
            let mut listed: Vec<&str> = table.columns.to_vec();
            listed.sort_unstable();
            assert_eq!(columns, listed, "the columns of {name} (store/moving.rs)");
            moved.push(name.as_str());
        }
        assert_eq!(moved.len(), TABLES.len(), "every listed table is in a file");
    }

    #[test]
    fn rows_come_in_key_order_in_chunks_and_go_back_as_they_were() {
        let mut from = SqliteStore::open_in_memory(0).unwrap();
        let phones = crate::store::moving::table("customer_phones").unwrap();
        let customers = crate::store::moving::table("customers").unwrap();
        from.conn
            .execute_batch(
                "INSERT INTO customers(pk, id, full_name, created_at, updated_at)
                     VALUES (9, 'c9', 'Ana', 1, 1), (4, 'c4', 'Bo', 1, 1);
                 INSERT INTO customer_phones(rowid, customer_pk, position, number, e164)
                     VALUES (30, 9, 0, '555', ''), (31, 4, 1, '556', '+1556'),
                            (32, 4, 0, '557', '+1557');",
            )
            .unwrap();
        let read = |store: &mut SqliteStore, table: &Table| {
            let mut tx = SqliteTx::write(&mut store.conn).unwrap();
            let mut all = Vec::new();
            tx.rows_of(table, &mut |chunk| {
                all.extend(chunk);
                Ok(())
            })
            .unwrap();
            all
        };
        let people = read(&mut from, customers);
        let numbers = read(&mut from, phones);
        assert_eq!(people[0][0], Cell::Int(4), "pk order");
        let keys: Vec<(&Cell, &Cell, &Cell)> =
            numbers.iter().map(|r| (&r[0], &r[1], &r[7])).collect();
        assert_eq!(
            keys,
            [
                (&Cell::Int(4), &Cell::Int(0), &Cell::Int(32)),
                (&Cell::Int(4), &Cell::Int(1), &Cell::Int(31)),
                (&Cell::Int(9), &Cell::Int(0), &Cell::Int(30)),
            ],
            "by (customer, position), with the rowid as seq"
        );

        let mut to = SqliteStore::open_in_memory(0).unwrap();
        {
            let mut tx = SqliteTx::write(&mut to.conn).unwrap();
            assert!(!tx.holds_rows(customers).unwrap());
            tx.insert_rows(customers, &people).unwrap();
            tx.insert_rows(phones, &numbers).unwrap();
            assert!(tx.holds_rows(customers).unwrap());
            Box::new(tx).commit().unwrap();
        }
        assert_eq!(read(&mut to, customers), people);
        assert_eq!(read(&mut to, phones), numbers);
    }

    #[test]
    fn the_highest_entry_key_ever_given_moves_and_is_never_given_again() {
        let entries = crate::store::moving::table("entries").unwrap();
        let mut from = SqliteStore::open_in_memory(0).unwrap();
        from.conn
            .execute_batch(
                "INSERT INTO customers(pk, id, full_name, created_at, updated_at)
                     VALUES (1, 'c1', 'Ana', 1, 1);
                 INSERT INTO entries(pk, id, customer_pk, kind, created_at, updated_at)
                     VALUES (5, 'e5', 1, 'conversation', 1, 1), (8, 'e8', 1, 'conversation', 1, 1);
                 DELETE FROM entries WHERE pk = 8;",
            )
            .unwrap();
        let given = {
            let mut tx = SqliteTx::write(&mut from.conn).unwrap();
            tx.highest_key_given(entries).unwrap()
        };
        assert_eq!(given, 8, "the deleted entry's key counts");

        let mut to = SqliteStore::open_in_memory(0).unwrap();
        let mut tx = SqliteTx::write(&mut to.conn).unwrap();
        tx.execute(
            "INSERT INTO customers(pk, id, full_name, created_at, updated_at)
             VALUES (1, 'c1', 'Ana', 1, 1)",
            [],
        )
        .unwrap();
        tx.finish_moving_in(&[(entries, given)]).unwrap();
        tx.execute(
            "INSERT INTO entries(id, customer_pk, kind, created_at, updated_at)
             VALUES ('new', 1, 'conversation', 1, 1)",
            [],
        )
        .unwrap();
        let pk: i64 = tx
            .query_row("SELECT pk FROM entries WHERE id = 'new'", [], |r| r.get(0))
            .unwrap();
        assert_eq!(pk, 9);
    }
}
