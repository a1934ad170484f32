//! [`ListRows`] and [`SavedListRows`] for the SQLite store; the filter's
//! SQL is `store::lists`'.

use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, OptionalExtension, Row};

use crate::error::{Error, Result};
use crate::rules::list_model::{CustomerListRow, ImportRecord, ListCursor, ListSort};
use crate::rules::model::Millis;
use crate::store::lists::{
    page_with, touch_of, Dialect, FilterAt, ListRows, Param, SavedListFields, SavedListRow,
    SavedListRows, SortedRows, Sql, NEXT_FOLLOW_UP, OPEN_ISSUES,
};

use super::lookup::pk_list;
use super::tx::SqliteTx;
use super::versions::edited;

/// A filter's parameters as SQLite binds them.
fn values(params: &[Param]) -> Vec<Value> {
    params
        .iter()
        .map(|p| match p {
            Param::Int(v) => Value::Integer(*v),
            Param::Text(t) => Value::Text(t.clone()),
            Param::Texts(list) => {
                Value::Text(serde_json::to_string(list).unwrap_or_else(|_| "[]".to_owned()))
            }
        })
        .collect()
}

/// The columns of a list row over `customers c`, read by [`list_row`].
fn select() -> String {
    format!(
        "SELECT c.id, c.full_name, c.preferred_name, c.company,
            (SELECT json_group_array(tag) FROM (SELECT tag FROM customer_tags
              WHERE customer_pk = c.pk ORDER BY position)) AS tags,
            c.looked_after_by, c.last_contact_at, c.touch_ideal_days, c.touch_longest_days,
            coalesce(c.last_contact_at, c.created_at) AS since,
            {OPEN_ISSUES} AS open_issues, {NEXT_FOLLOW_UP} AS next_follow_up_at,
            EXISTS(SELECT 1 FROM sample_customers WHERE customer_pk = c.pk) AS sample"
    )
}

/// A list row read as [`select`] plus `sort_key`, its sort value as text.
fn list_row(r: &Row<'_>, now: Millis) -> rusqlite::Result<(CustomerListRow, Option<String>)> {
    let tags: String = r.get("tags")?;
    let since: Millis = r.get("since")?;
    let key = match r.get::<_, Value>("sort_key")? {
        Value::Integer(v) => Some(v.to_string()),
        Value::Text(t) => Some(t),
        _ => None,
    };
    Ok((
        CustomerListRow {
            id: r.get("id")?,
            full_name: r.get("full_name")?,
            preferred_name: r.get("preferred_name")?,
            company: r.get("company")?,
            tags: serde_json::from_str(&tags).unwrap_or_default(),
            looked_after_by: r.get("looked_after_by")?,
            last_contact_at: r.get("last_contact_at")?,
            touch: touch_of(
                r.get("touch_ideal_days")?,
                r.get("touch_longest_days")?,
                since,
                now,
            ),
            open_issues: r.get("open_issues")?,
            next_follow_up_at: r.get("next_follow_up_at")?,
            sample: r.get("sample")?,
        },
        key,
    ))
}

impl ListRows for SqliteTx<'_> {
    fn list_page(
        &mut self,
        at: FilterAt<'_>,
        sort: ListSort,
        after: Option<&ListCursor>,
        limit: u32,
    ) -> Result<Vec<(CustomerListRow, ListCursor)>> {
        let conn: &rusqlite::Connection = self;
        let mut pk_of = |id: &str| -> Result<Option<i64>> {
            Ok(conn
                .prepare_cached("SELECT pk FROM customers WHERE id = ?1")?
                .query_row([id], |r| r.get(0))
                .optional()?)
        };
        let mut run = |sql: &str, params: &[Param]| -> Result<SortedRows> {
            Ok(conn
                .prepare_cached(sql)?
                .query_map(params_from_iter(values(params)), |r| list_row(r, at.now))?
                .collect::<rusqlite::Result<_>>()?)
        };
        page_with(
            (Dialect::Sqlite, &select()),
            at,
            sort,
            after,
            limit,
            &mut pk_of,
            &mut run,
        )
    }

    fn count_listed(&mut self, at: FilterAt<'_>) -> Result<u32> {
        let sql = Sql::filter(Dialect::Sqlite, at);
        Ok(self
            .prepare_cached(&format!(
                "SELECT count(*) FROM {} WHERE {}",
                sql.customers(),
                sql.where_clause()
            ))?
            .query_row(params_from_iter(values(&sql.params)), |r| r.get(0))?)
    }

    fn listed_pks(&mut self, at: FilterAt<'_>) -> Result<Vec<i64>> {
        let sql = Sql::filter(Dialect::Sqlite, at);
        Ok(self
            .prepare_cached(&format!(
                "SELECT c.pk FROM {} WHERE {} ORDER BY c.pk",
                sql.customers(),
                sql.where_clause()
            ))?
            .query_map(params_from_iter(values(&sql.params)), |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?)
    }

    fn pks_of(&mut self, ids: &[String]) -> Result<Vec<i64>> {
        let ids = serde_json::to_string(ids).map_err(Error::unreadable_record)?;
        Ok(self
            .prepare_cached(
                "SELECT pk FROM customers
                 WHERE id IN (SELECT value FROM json_each(?1)) AND deleted_at IS NULL ORDER BY pk",
            )?
            .query_map([ids], |row| row.get(0))?
            .collect::<rusqlite::Result<_>>()?)
    }
}

/// The columns of a saved list, read by [`saved_row`].
const SAVED: &str = "SELECT pk, id, name, filter, sort, version, deleted_at FROM saved_lists";

fn saved_row(r: &Row<'_>) -> rusqlite::Result<SavedListRow> {
    Ok(SavedListRow {
        pk: r.get("pk")?,
        id: r.get("id")?,
        name: r.get("name")?,
        filter: r.get("filter")?,
        sort: r.get("sort")?,
        version: r.get("version")?,
        deleted_at: r.get("deleted_at")?,
    })
}

impl SavedListRows for SqliteTx<'_> {
    fn saved_list_rows(&mut self) -> Result<Vec<SavedListRow>> {
        Ok(self
            .prepare_cached(&format!(
                "{SAVED} WHERE deleted_at IS NULL ORDER BY name_key, pk"
            ))?
            .query_map([], saved_row)?
            .collect::<rusqlite::Result<_>>()?)
    }

    fn saved_list_by_id(&mut self, id: &str) -> Result<Option<SavedListRow>> {
        Ok(self
            .prepare_cached(&format!("{SAVED} WHERE id = ?1"))?
            .query_row([id], saved_row)
            .optional()?)
    }

    fn saved_list_named(&mut self, name_key: &str) -> Result<Option<String>> {
        Ok(self
            .prepare_cached(
                "SELECT id FROM saved_lists WHERE name_key = ?1 AND deleted_at IS NULL",
            )?
            .query_row([name_key], |r| r.get(0))
            .optional()?)
    }

    fn insert_saved_list(&mut self, id: &str, f: SavedListFields<'_>, now: Millis) -> Result<i64> {
        // Saved by the person at the desk, as `edited!()` names them.
        self.prepare_cached(
            "INSERT INTO saved_lists(id, name, name_key, filter, sort, created_at, updated_at, changed_by)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, coalesce((SELECT s.name FROM settings t
                JOIN staff s ON s.id = t.value WHERE t.key = 'at_desk'), ''))",
        )?
        .execute(params![id, f.name, f.name_key, f.filter, f.sort, now])?;
        let pk = self.last_insert_rowid();
        Ok(pk)
    }

    fn update_saved_list(&mut self, pk: i64, f: SavedListFields<'_>, now: Millis) -> Result<()> {
        self.prepare_cached(concat!(
            "UPDATE saved_lists SET name = ?2, name_key = ?3, filter = ?4, sort = ?5, updated_at = ?6, ",
            edited!(),
            " WHERE pk = ?1"
        ))?
        .execute(params![pk, f.name, f.name_key, f.filter, f.sort, now])?;
        Ok(())
    }

    fn set_saved_list_filter(&mut self, pk: i64, filter: &str, now: Millis) -> Result<()> {
        self.prepare_cached(concat!(
            "UPDATE saved_lists SET filter = ?2, updated_at = ?3, ",
            edited!(),
            " WHERE pk = ?1"
        ))?
        .execute(params![pk, filter, now])?;
        Ok(())
    }

    fn set_saved_list_deleted(
        &mut self,
        pk: i64,
        deleted_at: Option<Millis>,
        now: Millis,
    ) -> Result<()> {
        self.prepare_cached(concat!(
            "UPDATE saved_lists SET deleted_at = ?2, updated_at = ?3, ",
            edited!(),
            " WHERE pk = ?1"
        ))?
        .execute(params![pk, deleted_at, now])?;
        Ok(())
    }

    fn record_import(&mut self, record: &ImportRecord, added: &[i64]) -> Result<()> {
        self.prepare_cached(
            "INSERT INTO imports(id, file_name, at, added) VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![
            record.id,
            record.file_name,
            record.at,
            record.added
        ])?;
        let pk = self.last_insert_rowid();
        // One statement for every customer it added.
        self.prepare_cached(
            "UPDATE customers SET import_pk = ?1 WHERE pk IN (SELECT value FROM json_each(?2))",
        )?
        .execute(params![pk, pk_list(added)])?;
        Ok(())
    }

    fn import_records(&mut self) -> Result<Vec<ImportRecord>> {
        Ok(self
            .prepare_cached(
                "SELECT id, file_name, at, added FROM imports WHERE added > 0 ORDER BY at DESC, pk DESC",
            )?
            .query_map([], |r| {
                Ok(ImportRecord {
                    id: r.get("id")?,
                    file_name: r.get("file_name")?,
                    at: r.get("at")?,
                    added: r.get("added")?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?)
    }
}
