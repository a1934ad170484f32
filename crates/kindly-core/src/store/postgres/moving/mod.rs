//! [`MovingRows`] for PostgreSQL: a team notebook written whole from a
//! notebook file (`kindly team move-in`), or read whole into one
//! (`kindly team copy-out`).
//!
//! Rows are read through a cursor, [`CHUNK`] at a time, and written a
//! chunk per statement, each column as one array (`unnest`). Moved keys go
//! into the identity columns as they are (`OVERRIDING SYSTEM VALUE`); the
//! identities are then set to go on after them (`setval`), which takes
//! the owner's login. Table and column names in the SQL here come from
//! [`crate::store::moving::TABLES`] (fixed text in the code), never from
//! the rows; every value is bound.

mod lookup;
#[cfg(test)]
mod tests;

use kindly_words::{args, say_with};
use postgres::types::{ToSql, Type};
use postgres::Row;

use crate::error::{Error, Result};
use crate::store::moving::{Cell, Cells, ReadingAs, Table, CHUNK, TABLES};
use crate::store::postgres::tx::PgTx;
use crate::store::MovingRows;

/// Two moves into one team notebook wait for each other (a
/// transaction-level advisory lock; the number is Kindly's own), so the
/// second finds the first's rows and is refused.
const MOVE_LOCK: i64 = 0x4b69_6e64_6c6d;

/// The cursor a move reads a table through (one at a time).
const CURSOR: &str = "kindly_moving";

impl MovingRows for PgTx<'_> {
    fn start_moving_in(&mut self) -> Result<()> {
        self.query_one("SELECT pg_advisory_xact_lock($1)", &[&MOVE_LOCK])?;
        let (tables, columns): (Vec<&str>, Vec<&str>) = TABLES
            .iter()
            .filter_map(|t| Some((t.name, t.numbered?)))
            .unzip();
        let row = self.query_one(
            "SELECT current_user::text AS login,
                coalesce(bool_and(has_sequence_privilege(pg_get_serial_sequence(t, c), 'UPDATE')), true)
                    AS may
             FROM unnest($1::text[], $2::text[]) AS s(t, c)",
            &[&tables, &columns],
        )?;
        if row.try_get("may")? {
            return Ok(());
        }
        let login: String = row.try_get("login")?;
        Err(Error::invalid(
            "url",
            say_with("validate-moving-needs-owner", &args! { "login" => login }),
        ))
    }

    fn holds_rows(&mut self, table: &Table) -> Result<bool> {
        Ok(self
            .query_one(
                &format!("SELECT EXISTS(SELECT 1 FROM {}) AS held", table.name),
                &[],
            )?
            .try_get("held")?)
    }

    fn count_rows(&mut self, table: &Table) -> Result<u64> {
        let rows: i64 = self
            .query_one(&format!("SELECT count(*) AS rows FROM {}", table.name), &[])?
            .try_get("rows")?;
        Ok(u64::try_from(rows).unwrap_or_default())
    }

    fn rows_of(
        &mut self,
        table: &Table,
        each: &mut dyn FnMut(Vec<Cells>) -> Result<()>,
    ) -> Result<()> {
        self.batch_execute(&format!(
            "DECLARE {CURSOR} NO SCROLL CURSOR FOR SELECT {} FROM {} ORDER BY {}",
            table.columns.join(", "),
            table.name,
            table.columns[..table.key].join(", ")
        ))?;
        // Not from the statement cache: what a FETCH returns is the
        // cursor's, which is another table's each time.
        let fetch = self
            .client
            .prepare(&format!("FETCH FORWARD {CHUNK} FROM {CURSOR}"))?;
        loop {
            let rows = self.client.query(&fetch, &[])?;
            if rows.is_empty() {
                break;
            }
            each(
                rows.iter()
                    .map(|r| cells(table, r))
                    .collect::<Result<_>>()?,
            )?;
        }
        self.batch_execute(&format!("CLOSE {CURSOR}"))
    }

    fn insert_rows(&mut self, table: &Table, rows: &[Cells]) -> Result<()> {
        if rows.is_empty() {
            return Ok(());
        }
        let names = table.columns.join(", ");
        let overriding = if table.numbered.is_some() {
            "OVERRIDING SYSTEM VALUE"
        } else {
            ""
        };
        // Preparing the one-row form tells each column's type, for the
        // arrays of the many-row form (both prepared once per connection).
        let places: Vec<String> = (1..=table.columns.len()).map(|n| format!("${n}")).collect();
        let types = self
            .prepared(&format!(
                "INSERT INTO {}({names}) {overriding} VALUES ({})",
                table.name,
                places.join(", ")
            ))?
            .params()
            .to_vec();
        let arrays: Vec<String> = types
            .iter()
            .enumerate()
            .map(|(i, ty)| format!("${}::{}[]", i + 1, ty.name()))
            .collect();
        let values = types
            .iter()
            .enumerate()
            .map(|(i, ty)| column(table, i, ty, rows))
            .collect::<Result<Vec<_>>>()?;
        let params: Vec<&(dyn ToSql + Sync)> = values.iter().map(|v| &**v).collect();
        self.execute(
            &format!(
                "INSERT INTO {}({names}) {overriding} SELECT * FROM unnest({})",
                table.name,
                arrays.join(", ")
            ),
            &params,
        )?;
        Ok(())
    }

    fn link_rows(&mut self, table: &Table, column: &str, links: &[(i64, i64)]) -> Result<()> {
        let (rows, targets): (Vec<i64>, Vec<i64>) = links.iter().copied().unzip();
        self.execute(
            &format!(
                "UPDATE {0} t SET {column} = l.target
                 FROM unnest($1::bigint[], $2::bigint[]) AS l(row_key, target)
                 WHERE t.{1} = l.row_key",
                table.name, table.columns[0]
            ),
            &[&rows, &targets],
        )?;
        Ok(())
    }

    fn highest_key_given(&mut self, table: &Table) -> Result<i64> {
        let Some(numbered) = table.numbered else {
            return Err(Error::storage(format!("{} is not numbered", table.name)));
        };
        Ok(self
            .query_one(
                &format!(
                    "SELECT greatest(
                        pg_sequence_last_value(pg_get_serial_sequence($1, $2)::regclass),
                        (SELECT max({numbered}) FROM {}), 0) AS highest",
                    table.name
                ),
                &[&table.name, &numbered],
            )?
            .try_get("highest")?)
    }

    fn reading_as(&mut self) -> Result<Option<ReadingAs>> {
        let row = self.query_one(
            "SELECT session_user::text AS login,
                coalesce((SELECT display_name FROM staff_logins WHERE login = session_user), '')
                    AS name",
            &[],
        )?;
        Ok(Some(ReadingAs {
            login: row.try_get("login")?,
            name: row.try_get("name")?,
        }))
    }

    fn finish_moving_in(&mut self, given: &[(&Table, i64)]) -> Result<()> {
        for table in TABLES {
            let Some(numbered) = table.numbered else {
                continue;
            };
            let floor = given
                .iter()
                .find(|(t, _)| t.name == table.name)
                .map_or(0, |(_, n)| *n);
            // An empty table's identity starts at 1 again (is_called off).
            self.query_one(
                &format!(
                    "WITH h AS (SELECT greatest($3, (SELECT max({numbered}) FROM {})) AS n)
                     SELECT setval(pg_get_serial_sequence($1, $2), greatest(n, 1), n > 0) FROM h",
                    table.name
                ),
                &[&table.name, &numbered, &floor],
            )?;
        }
        lookup::index_customers(self)?;
        lookup::index_entries(self)
    }
}

/// A row read from `table` as [`Cells`].
fn cells(table: &Table, r: &Row) -> Result<Cells> {
    r.columns()
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let ty = c.type_();
            Ok(if *ty == Type::INT8 {
                r.try_get::<_, Option<i64>>(i)?
                    .map_or(Cell::Null, Cell::Int)
            } else if *ty == Type::INT4 {
                r.try_get::<_, Option<i32>>(i)?
                    .map_or(Cell::Null, |n| Cell::Int(n.into()))
            } else if *ty == Type::BOOL {
                r.try_get::<_, Option<bool>>(i)?
                    .map_or(Cell::Null, |b| Cell::Int(b.into()))
            } else if *ty == Type::TEXT {
                r.try_get::<_, Option<String>>(i)?
                    .map_or(Cell::Null, Cell::Text)
            } else if *ty == Type::FLOAT8 {
                r.try_get::<_, Option<f64>>(i)?
                    .map_or(Cell::Null, Cell::Real)
            } else if *ty == Type::BYTEA {
                r.try_get::<_, Option<Vec<u8>>>(i)?
                    .map_or(Cell::Null, Cell::Blob)
            } else {
                return Err(unmovable(table, i, ty));
            })
        })
        .collect()
}

/// Column `i` of `rows` as one array of the column's type `ty`, for
/// `unnest`.
fn column<'r>(
    table: &Table,
    i: usize,
    ty: &Type,
    rows: &'r [Cells],
) -> Result<Box<dyn ToSql + Sync + 'r>> {
    let wrong = |cell: &Cell| {
        Error::storage(format!(
            "{}.{} cannot hold {cell:?}",
            table.name, table.columns[i]
        ))
    };
    let each = |cell: Option<&'r Cell>| cell.ok_or_else(|| wrong(&Cell::Null));
    macro_rules! array {
        ($convert:expr) => {{
            let values = rows
                .iter()
                .map(|row| {
                    let cell = each(row.get(i))?;
                    match cell {
                        Cell::Null => Ok(None),
                        other => $convert(other).map(Some).ok_or_else(|| wrong(other)),
                    }
                })
                .collect::<Result<Vec<_>>>()?;
            Ok(Box::new(values))
        }};
    }
    if *ty == Type::INT8 {
        array!(|c: &Cell| match c {
            Cell::Int(n) => Some(*n),
            _ => None,
        })
    } else if *ty == Type::INT4 {
        array!(|c: &Cell| match c {
            Cell::Int(n) => i32::try_from(*n).ok(),
            _ => None,
        })
    } else if *ty == Type::BOOL {
        array!(|c: &Cell| match c {
            Cell::Int(n) => Some(*n != 0),
            _ => None,
        })
    } else if *ty == Type::TEXT {
        array!(|c: &'r Cell| match c {
            Cell::Text(t) => Some(t.as_str()),
            _ => None,
        })
    } else if *ty == Type::FLOAT8 {
        array!(|c: &Cell| match c {
            Cell::Real(x) => Some(*x),
            Cell::Int(n) => Some(*n as f64),
            _ => None,
        })
    } else if *ty == Type::BYTEA {
        array!(|c: &'r Cell| match c {
            Cell::Blob(b) => Some(b.as_slice()),
            _ => None,
        })
    } else {
        Err(unmovable(table, i, ty))
    }
}

fn unmovable(table: &Table, i: usize, ty: &Type) -> Error {
    Error::storage(format!(
        "{}.{} is of type {ty}, which a move does not carry",
        table.name,
        table.columns.get(i).copied().unwrap_or("?")
    ))
}
