//! [`ListRows`] and [`SavedListRows`] for the PostgreSQL store; the
//! filter's SQL is `store::lists`'.

use postgres::types::ToSql;
use postgres::Row;

use crate::error::Result;
use crate::rules::list_model::{CustomerListRow, ImportRecord, ListCursor, ListSort};
use crate::rules::model::Millis;
use crate::store::lists::{
    page_with, touch_of, Dialect, FilterAt, ListRows, Param, SavedListFields, SavedListRow,
    SavedListRows, SortedRows, Sql, NEXT_FOLLOW_UP, OPEN_ISSUES,
};

use super::tx::PgTx;

/// A filter's parameters as the driver binds them.
fn boxed(params: &[Param]) -> Vec<Box<dyn ToSql + Sync>> {
    params
        .iter()
        .map(|p| -> Box<dyn ToSql + Sync> {
            match p {
                Param::Int(v) => Box::new(*v),
                Param::Text(t) => Box::new(t.clone()),
                Param::Texts(list) => Box::new(list.clone()),
            }
        })
        .collect()
}

/// Borrowed, as `query` takes them.
fn refs(params: &[Box<dyn ToSql + Sync>]) -> Vec<&(dyn ToSql + Sync)> {
    params.iter().map(|p| &**p as &(dyn ToSql + Sync)).collect()
}

/// The columns of a list row over `customers c`, read by [`list_row`].
fn select() -> String {
    format!(
        "SELECT c.id, c.full_name, c.preferred_name, c.company,
            ARRAY(SELECT tag FROM customer_tags WHERE customer_pk = c.pk ORDER BY position) AS tags,
            c.looked_after_by, c.last_contact_at, c.touch_ideal_days, c.touch_longest_days,
            coalesce(c.last_contact_at, c.created_at) AS since,
            {OPEN_ISSUES} AS open_issues, {NEXT_FOLLOW_UP} AS next_follow_up_at,
            EXISTS(SELECT 1 FROM sample_customers WHERE customer_pk = c.pk) AS sample"
    )
}

/// A whole number of days as stored (integer), as the rules read it.
fn days(r: &Row, column: &str) -> Result<Option<u32>> {
    Ok(r.try_get::<_, Option<i32>>(column)?
        .and_then(|d| u32::try_from(d).ok()))
}

/// A list row read as [`select`] plus `sort_key`, its sort value as text.
fn list_row(r: &Row, numeric: bool, now: Millis) -> Result<(CustomerListRow, Option<String>)> {
    let key = if numeric {
        r.try_get::<_, Option<i64>>("sort_key")?
            .map(|v| v.to_string())
    } else {
        r.try_get::<_, Option<String>>("sort_key")?
    };
    let open_issues: i64 = r.try_get("open_issues")?;
    Ok((
        CustomerListRow {
            id: r.try_get("id")?,
            full_name: r.try_get("full_name")?,
            preferred_name: r.try_get("preferred_name")?,
            company: r.try_get("company")?,
            tags: r.try_get("tags")?,
            looked_after_by: r.try_get("looked_after_by")?,
            last_contact_at: r.try_get("last_contact_at")?,
            touch: touch_of(
                days(r, "touch_ideal_days")?,
                days(r, "touch_longest_days")?,
                r.try_get("since")?,
                now,
            ),
            open_issues: u32::try_from(open_issues).unwrap_or(u32::MAX),
            next_follow_up_at: r.try_get("next_follow_up_at")?,
            sample: r.try_get("sample")?,
        },
        key,
    ))
}

impl ListRows for PgTx<'_> {
    fn list_page(
        &mut self,
        at: FilterAt<'_>,
        sort: ListSort,
        after: Option<&ListCursor>,
        limit: u32,
    ) -> Result<Vec<(CustomerListRow, ListCursor)>> {
        let numeric = crate::store::lists::sort_sql(sort.column).numeric;
        // Both closures use the connection, one at a time.
        let conn = std::cell::RefCell::new(&mut **self);
        let mut pk_of = |id: &str| -> Result<Option<i64>> {
            conn.borrow_mut()
                .query_opt("SELECT pk FROM customers WHERE id = $1", &[&id])?
                .map(|r| Ok(r.try_get("pk")?))
                .transpose()
        };
        let mut run = |sql: &str, params: &[Param]| -> Result<SortedRows> {
            let params = boxed(params);
            conn.borrow_mut()
                .query(sql, &refs(&params))?
                .iter()
                .map(|r| list_row(r, numeric, at.now))
                .collect()
        };
        page_with(
            (Dialect::Postgres, &select()),
            at,
            sort,
            after,
            limit,
            &mut pk_of,
            &mut run,
        )
    }

    fn count_listed(&mut self, at: FilterAt<'_>) -> Result<u32> {
        let sql = Sql::filter(Dialect::Postgres, at);
        let params = boxed(&sql.params);
        let n: i64 = self
            .query_one(
                &format!(
                    "SELECT count(*) FROM customers c WHERE {}",
                    sql.where_clause()
                ),
                &refs(&params),
            )?
            .try_get(0)?;
        Ok(u32::try_from(n).unwrap_or(u32::MAX))
    }

    fn listed_pks(&mut self, at: FilterAt<'_>) -> Result<Vec<i64>> {
        let sql = Sql::filter(Dialect::Postgres, at);
        let params = boxed(&sql.params);
        self.query(
            &format!(
                "SELECT c.pk FROM customers c WHERE {} ORDER BY c.pk",
                sql.where_clause()
            ),
            &refs(&params),
        )?
        .iter()
        .map(|row| Ok(row.try_get("pk")?))
        .collect()
    }

    fn pks_of(&mut self, ids: &[String]) -> Result<Vec<i64>> {
        self.query(
            "SELECT pk FROM customers WHERE id = ANY($1) AND deleted_at IS NULL ORDER BY pk",
            &[&ids],
        )?
        .iter()
        .map(|row| Ok(row.try_get("pk")?))
        .collect()
    }
}

/// The columns of a saved list, read by [`saved_row`].
const SAVED: &str = "SELECT pk, id, name, filter, sort, version, deleted_at FROM saved_lists";

fn saved_row(r: &Row) -> Result<SavedListRow> {
    Ok(SavedListRow {
        pk: r.try_get("pk")?,
        id: r.try_get("id")?,
        name: r.try_get("name")?,
        filter: r.try_get("filter")?,
        sort: r.try_get("sort")?,
        version: r.try_get("version")?,
        deleted_at: r.try_get("deleted_at")?,
    })
}

impl SavedListRows for PgTx<'_> {
    fn saved_list_rows(&mut self) -> Result<Vec<SavedListRow>> {
        self.query(
            &format!("{SAVED} WHERE deleted_at IS NULL ORDER BY name_key, pk"),
            &[],
        )?
        .iter()
        .map(saved_row)
        .collect()
    }

    fn saved_list_by_id(&mut self, id: &str) -> Result<Option<SavedListRow>> {
        self.query_opt(&format!("{SAVED} WHERE id = $1"), &[&id])?
            .as_ref()
            .map(saved_row)
            .transpose()
    }

    fn saved_list_named(&mut self, name_key: &str) -> Result<Option<String>> {
        self.query_opt(
            "SELECT id FROM saved_lists WHERE name_key = $1 AND deleted_at IS NULL",
            &[&name_key],
        )?
        .map(|r| Ok(r.try_get("id")?))
        .transpose()
    }

    fn insert_saved_list(&mut self, id: &str, f: SavedListFields<'_>, now: Millis) -> Result<i64> {
        Ok(self
            .query_one(
                "INSERT INTO saved_lists(id, name, name_key, filter, sort, created_at, updated_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING pk",
                &[&id, &f.name, &f.name_key, &f.filter, &f.sort, &now],
            )?
            .try_get("pk")?)
    }

    fn update_saved_list(&mut self, pk: i64, f: SavedListFields<'_>, now: Millis) -> Result<()> {
        self.execute(
            "UPDATE saved_lists SET name = $2, name_key = $3, filter = $4, sort = $5, updated_at = $6,
                version = version + 1, changed_by = session_user
             WHERE pk = $1",
            &[&pk, &f.name, &f.name_key, &f.filter, &f.sort, &now],
        )?;
        Ok(())
    }

    fn set_saved_list_filter(&mut self, pk: i64, filter: &str, now: Millis) -> Result<()> {
        self.execute(
            "UPDATE saved_lists SET filter = $2, updated_at = $3,
                version = version + 1, changed_by = session_user
             WHERE pk = $1",
            &[&pk, &filter, &now],
        )?;
        Ok(())
    }

    fn set_saved_list_deleted(
        &mut self,
        pk: i64,
        deleted_at: Option<Millis>,
        now: Millis,
    ) -> Result<()> {
        self.execute(
            "UPDATE saved_lists SET deleted_at = $2, updated_at = $3,
                version = version + 1, changed_by = session_user
             WHERE pk = $1",
            &[&pk, &deleted_at, &now],
        )?;
        Ok(())
    }

    fn record_import(&mut self, record: &ImportRecord, added: &[i64]) -> Result<()> {
        let added_count = i64::from(record.added);
        let pk: i64 = self
            .query_one(
                "INSERT INTO imports(id, file_name, at, added) VALUES ($1, $2, $3, $4) RETURNING pk",
                &[&record.id, &record.file_name, &record.at, &added_count],
            )?
            .try_get("pk")?;
        // One statement for every customer it added.
        self.execute(
            "UPDATE customers SET import_pk = $1 WHERE pk = ANY($2)",
            &[&pk, &added],
        )?;
        Ok(())
    }

    fn import_records(&mut self) -> Result<Vec<ImportRecord>> {
        self.query(
            "SELECT id, file_name, at, added FROM imports WHERE added > 0 ORDER BY at DESC, pk DESC",
            &[],
        )?
        .iter()
        .map(|r| {
            let added: i64 = r.try_get("added")?;
            Ok(ImportRecord {
                id: r.try_get("id")?,
                file_name: r.try_get("file_name")?,
                at: r.try_get("at")?,
                added: u32::try_from(added).unwrap_or(u32::MAX),
            })
        })
        .collect()
    }
}
