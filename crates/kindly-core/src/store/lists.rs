//! The store's operations for the whole-notebook view: the customers a
//! filter matches (a page in a sort's order, how many, or all their keys
//! for a bulk change or an export), the ids of ticked rows, saved lists
//! and the record of imports.
//!
//! The filter's SQL is written once here, from fixed fragments, for both
//! stores ([`Dialect`] says how placeholders, the word index and id lists
//! are spelled); only values the person gave travel as parameters.
//!
//! Paging is keyset: a page is `(sort value, key) > (the last row's)` in
//! the sort's direction, read from an index where one fits. Rows whose
//! sort value is missing (no company, nobody looking after them, never
//! contacted, no follow-up) come last in both directions, by key: the
//! page is read as two segments, the rows with a value, then those
//! without. A [`ListCursor`]'s `key` is `""` for a row without a value,
//! else `=` followed by the value (a folded text, or a whole number).

use crate::error::{Error, Result};
use crate::rules::fold::{category_key, fold};
use crate::rules::follow_up_model::TouchState;
use crate::rules::list_model::{
    CustomerFilter, CustomerListRow, ImportRecord, ListColumn, ListCursor, ListSort,
};
use crate::rules::model::Millis;
use crate::store::customers::DAY_MS;

/// A filter with the moment it is asked at, so its relative parts
/// ("drifting", "a promise overdue", "birthday this month") mean the same
/// in the count, the page and the bulk change of one request.
#[derive(Debug, Clone, Copy)]
pub(crate) struct FilterAt<'a> {
    /// The filter as checked by the use case (tags and category folded
    /// as the store keeps their keys is the store's concern).
    pub filter: &'a CustomerFilter,
    /// The notebook's now.
    pub now: Millis,
    /// The notebook's current month in its time zone, 1–12.
    pub month: u32,
}

/// The customers a filter matches, for the Customers list, saved lists,
/// bulk changes and exports: one definition of "all that match".
pub(crate) trait ListRows {
    /// At most `limit` rows matching `at`, in `sort`'s order (ties by id),
    /// starting after `after`; each with the cursor of that row. Never
    /// customers in Trash.
    fn list_page(
        &mut self,
        at: FilterAt<'_>,
        sort: ListSort,
        after: Option<&ListCursor>,
        limit: u32,
    ) -> Result<Vec<(CustomerListRow, ListCursor)>>;

    /// How many customers not in Trash match `at`.
    fn count_listed(&mut self, at: FilterAt<'_>) -> Result<u32>;

    /// The keys of every customer not in Trash matching `at`, in key order.
    fn listed_pks(&mut self, at: FilterAt<'_>) -> Result<Vec<i64>>;

    /// The keys of the customers with these ids who are not in Trash, in
    /// key order; ids of nobody (or of someone in Trash) are left out.
    fn pks_of(&mut self, ids: &[String]) -> Result<Vec<i64>>;
}

/// A saved list as stored (its filter and sort as JSON).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SavedListRow {
    /// Its key.
    pub pk: i64,
    /// Its id.
    pub id: String,
    /// Its name, as typed.
    pub name: String,
    /// [`crate::rules::list_model::CustomerFilter`] as JSON.
    pub filter: String,
    /// [`crate::rules::list_model::ListSort`] as JSON.
    pub sort: String,
    /// Raised by every change.
    pub version: i64,
    /// When it was deleted (kept aside), if it was.
    pub deleted_at: Option<Millis>,
}

/// A saved list's fields to write.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SavedListFields<'a> {
    /// Its name, as typed.
    pub name: &'a str,
    /// The name folded: unique among lists not deleted.
    pub name_key: &'a str,
    /// The filter as JSON.
    pub filter: &'a str,
    /// The sort as JSON.
    pub sort: &'a str,
}

/// Saved lists and the record of imports. Implemented by every store.
pub(crate) trait SavedListRows {
    /// Every saved list not deleted, by folded name.
    fn saved_list_rows(&mut self) -> Result<Vec<SavedListRow>>;
    /// The list with this id, deleted or not.
    fn saved_list_by_id(&mut self, id: &str) -> Result<Option<SavedListRow>>;
    /// The id of the list not deleted whose folded name is `name_key`.
    fn saved_list_named(&mut self, name_key: &str) -> Result<Option<String>>;
    /// Writes a new list with id `id` at `now`; returns its key.
    fn insert_saved_list(
        &mut self,
        id: &str,
        fields: SavedListFields<'_>,
        now: Millis,
    ) -> Result<i64>;
    /// Rewrites list `pk`'s fields at `now`, raising its version.
    fn update_saved_list(
        &mut self,
        pk: i64,
        fields: SavedListFields<'_>,
        now: Millis,
    ) -> Result<()>;
    /// Sets list `pk`'s filter (JSON) at `now`, deleted or not, raising its
    /// version as an edit does.
    fn set_saved_list_filter(&mut self, pk: i64, filter: &str, now: Millis) -> Result<()>;
    /// Keeps list `pk` aside (`Some(now)`) or brings it back (`None`),
    /// raising its version.
    fn set_saved_list_deleted(
        &mut self,
        pk: i64,
        deleted_at: Option<Millis>,
        now: Millis,
    ) -> Result<()>;
    /// Records an import that added the customers `added` (their keys):
    /// one row in `imports`, and each of them marked as added by it.
    fn record_import(&mut self, record: &ImportRecord, added: &[i64]) -> Result<()>;
    /// Every import that added customers, newest first.
    fn import_records(&mut self) -> Result<Vec<ImportRecord>>;
}

/// How a store spells the parts of the filter's SQL that differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dialect {
    /// `?N`, FTS5, `json_each`.
    Sqlite,
    /// `$N::type`, `tsvector`, arrays.
    Postgres,
}

/// A parameter of the filter's SQL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Param {
    /// A whole number (bigint).
    Int(i64),
    /// Text.
    Text(String),
    /// A list of texts (a JSON array on SQLite, `text[]` on PostgreSQL).
    Texts(Vec<String>),
}

/// The name a customer goes by, folded: the list's name sort.
pub(crate) const NAME_KEY: &str =
    "CASE WHEN c.preferred_key <> '' THEN c.preferred_key ELSE c.full_key END";

/// Open, in-progress and waiting issues of `c`, live.
pub(crate) const OPEN_ISSUES: &str =
    "(SELECT count(*) FROM entries e JOIN issues i ON i.entry_pk = e.pk
    WHERE e.customer_pk = c.pk AND e.kind = 'issue' AND e.deleted_at IS NULL
      AND i.state IN ('open', 'in_progress', 'waiting'))";

/// When `c`'s next live follow-up is due (NULL: none).
pub(crate) const NEXT_FOLLOW_UP: &str = "(SELECT min(f.due_at) FROM entries e JOIN follow_ups f ON f.entry_pk = e.pk
    WHERE e.customer_pk = c.pk AND e.kind = 'follow_up' AND e.deleted_at IS NULL AND f.due_at IS NOT NULL)";

/// How a column sorts: its value over `customers c`, whether it is a
/// number, and when a row has no value (those come last).
#[derive(Debug, Clone, Copy)]
pub(crate) struct SortSql {
    /// The value.
    pub key: &'static str,
    /// A whole number (else text).
    pub numeric: bool,
    /// The condition of a row without a value, if rows can lack one.
    pub missing: Option<&'static str>,
}

/// How `column` sorts.
pub(crate) fn sort_sql(column: ListColumn) -> SortSql {
    let (key, numeric, missing) = match column {
        ListColumn::Name => (NAME_KEY, false, None),
        ListColumn::Company => ("lower(c.company)", false, Some("c.company = ''")),
        ListColumn::LookedAfterBy => (
            "lower(c.looked_after_by)",
            false,
            Some("c.looked_after_by = ''"),
        ),
        ListColumn::LastContact => ("c.last_contact_at", true, Some("c.last_contact_at IS NULL")),
        ListColumn::OpenIssues => (OPEN_ISSUES, true, None),
        ListColumn::NextFollowUp => (
            NEXT_FOLLOW_UP,
            true,
            Some(
                "(NOT EXISTS (SELECT 1 FROM entries e JOIN follow_ups f ON f.entry_pk = e.pk
                WHERE e.customer_pk = c.pk AND e.kind = 'follow_up' AND e.deleted_at IS NULL
                  AND f.due_at IS NOT NULL))",
            ),
        ),
        ListColumn::Added => ("c.created_at", true, None),
    };
    SortSql {
        key,
        numeric,
        missing,
    }
}

/// A `WHERE` clause being built: conditions and their parameters.
#[derive(Debug, Clone)]
pub(crate) struct Sql {
    dialect: Dialect,
    /// Conditions, each a fixed fragment with placeholders.
    pub conditions: Vec<String>,
    /// The parameters, in placeholder order (`?1`/`$1` first).
    pub params: Vec<Param>,
    /// The index SQLite must read `customers c` from (see
    /// [`Sql::customers`]), when the filter has a narrow, covered one.
    index: Option<&'static str>,
}

impl Sql {
    /// No condition but "not in Trash".
    pub(crate) fn new(dialect: Dialect) -> Sql {
        Sql {
            dialect,
            conditions: vec!["c.deleted_at IS NULL".to_owned()],
            params: Vec::new(),
            index: None,
        }
    }

    /// `customers c` as the filter reads it, for after `FROM`.
    ///
    /// Without statistics (the app never runs `ANALYZE`), SQLite takes a
    /// tag's or an id list's `c.pk IN (...)` for a few rows and reads
    /// each of their customer rows (14,000 for a common tag at 100,000
    /// customers) rather than the drifting index. "Drifting" and "out of
    /// touch" name `customers_drifting`: it holds every column the filter
    /// and the last-contact sort need, so the page and the count read no
    /// customer row until the page's own, and the other conditions are
    /// checked against it (a tag's customers as one lookup list).
    /// The index's `WHERE` is among the conditions, so SQLite can always
    /// use it.
    pub(crate) fn customers(&self) -> String {
        match self.index {
            Some(index) => format!("customers c INDEXED BY {index}"),
            None => "customers c".to_owned(),
        }
    }

    /// Adds `param`; returns its placeholder.
    pub(crate) fn bind(&mut self, param: Param) -> String {
        let n = self.params.len() + 1;
        let placeholder = match (self.dialect, &param) {
            (Dialect::Sqlite, _) => format!("?{n}"),
            (Dialect::Postgres, Param::Int(_)) => format!("${n}::bigint"),
            (Dialect::Postgres, Param::Text(_)) => format!("${n}::text"),
            (Dialect::Postgres, Param::Texts(_)) => format!("${n}::text[]"),
        };
        self.params.push(param);
        placeholder
    }

    /// Adds a condition.
    pub(crate) fn and(&mut self, condition: String) {
        self.conditions.push(condition);
    }

    /// The conditions joined, for after `WHERE`.
    pub(crate) fn where_clause(&self) -> String {
        self.conditions.join(" AND ")
    }

    /// The conditions of the filter `at`, over `customers c`.
    pub(crate) fn filter(dialect: Dialect, at: FilterAt<'_>) -> Sql {
        let mut sql = Sql::new(dialect);
        let f = at.filter;
        let words = fold(&f.text);
        if !words.is_empty() {
            sql.text_words(&words);
        }
        for tag in &f.tags {
            let p = sql.bind(Param::Text(tag.trim().to_owned()));
            sql.and(format!(
                "c.pk IN (SELECT customer_pk FROM customer_tags WHERE lower(tag) = lower({p}))"
            ));
        }
        match f.looked_after_by.as_deref().map(str::trim) {
            None => {}
            Some("") => sql.and("c.looked_after_by = ''".to_owned()),
            Some(name) => {
                let p = sql.bind(Param::Text(name.to_owned()));
                sql.and(format!("lower(c.looked_after_by) = lower({p})"));
            }
        }
        let category = f
            .open_issue_category
            .as_deref()
            .map(category_key)
            .filter(|k| !k.is_empty());
        if let Some(key) = category {
            let p = sql.bind(Param::Text(key));
            sql.and(format!(
                "c.pk IN (SELECT e.customer_pk FROM issue_categories ic
                   JOIN entries e ON e.pk = ic.issue_pk JOIN issues i ON i.entry_pk = e.pk
                   WHERE ic.category_key = {p} AND e.deleted_at IS NULL
                     AND i.state IN ('open', 'in_progress', 'waiting'))"
            ));
        } else if f.open_issue {
            sql.and(
                "c.pk IN (SELECT e.customer_pk FROM entries e JOIN issues i ON i.entry_pk = e.pk
                   WHERE e.kind = 'issue' AND e.deleted_at IS NULL
                     AND i.state IN ('open', 'in_progress', 'waiting'))"
                    .to_owned(),
            );
        }
        if f.promise_overdue {
            let p = sql.bind(Param::Int(at.now));
            sql.and(format!(
                "c.pk IN (SELECT e.customer_pk FROM promises p JOIN entries e ON e.pk = p.entry_pk
                   WHERE p.state = 'open' AND p.due_at < {p} AND e.deleted_at IS NULL)"
            ));
        }
        // As `rules::schedule::touch_status`: amber from `touch_amber_at`
        // (the Today page's drifting query), red from the longest gap.
        match f.touch {
            None => {}
            Some(TouchState::Drifting) => {
                sql.read_drifting_index();
                let p = sql.bind(Param::Int(at.now));
                sql.and(format!(
                    "c.touch_amber_at IS NOT NULL AND c.touch_amber_at <= {p}"
                ));
            }
            Some(TouchState::OutOfTouch) => {
                sql.read_drifting_index();
                let now = sql.bind(Param::Int(at.now));
                let day = sql.bind(Param::Int(DAY_MS));
                // The longest gap is never shorter than the ideal one, so
                // every red row is amber too: the amber index narrows first.
                sql.and(format!(
                    "c.touch_amber_at IS NOT NULL AND c.touch_amber_at <= {now}
                     AND coalesce(c.last_contact_at, c.created_at) + c.touch_longest_days * {day} <= {now}"
                ));
            }
            Some(TouchState::InTouch) => {
                let p = sql.bind(Param::Int(at.now));
                sql.and(format!(
                    "c.touch_amber_at IS NOT NULL AND c.touch_amber_at > {p}"
                ));
            }
        }
        if let Some(since) = f.not_contacted_since {
            let p = sql.bind(Param::Int(since));
            sql.and(format!("coalesce(c.last_contact_at, c.created_at) < {p}"));
        }
        if f.birthday_this_month {
            let p = sql.bind(Param::Int(i64::from(at.month)));
            sql.and(format!("c.birthday_month = {p}"));
        }
        if let Some(since) = f.added_since {
            let p = sql.bind(Param::Int(since));
            sql.and(format!("c.created_at >= {p}"));
        }
        match f.language.as_deref().map(str::trim) {
            None => {}
            Some("") => sql.and("c.language = ''".to_owned()),
            Some(tag) => {
                let primary = tag.split('-').next().unwrap_or("").to_lowercase();
                let exact = sql.bind(Param::Text(primary.clone()));
                let sub = sql.bind(Param::Text(format!("{}-%", like_escaped(&primary))));
                sql.and(format!(
                    "(lower(c.language) = {exact} OR lower(c.language) LIKE {sub} ESCAPE '\\')"
                ));
            }
        }
        if let Some(id) = &f.situation_id {
            let p = sql.bind(Param::Text(id.clone()));
            sql.and(format!(
                "c.pk IN (SELECT m.customer_pk FROM situation_members m
                   JOIN situations s ON s.pk = m.situation_pk WHERE s.id = {p})"
            ));
        }
        if let Some(id) = &f.import_id {
            let p = sql.bind(Param::Text(id.clone()));
            sql.and(format!(
                "c.import_pk = (SELECT pk FROM imports WHERE id = {p})"
            ));
        }
        if !f.customer_ids.is_empty() {
            let p = sql.bind(Param::Texts(f.customer_ids.clone()));
            sql.and(match dialect {
                Dialect::Sqlite => format!("c.id IN (SELECT value FROM json_each({p}))"),
                Dialect::Postgres => format!("c.id = ANY({p})"),
            });
        }
        sql
    }

    /// Reads `customers c` from the amber rows' covering index on SQLite
    /// (PostgreSQL plans from its statistics).
    fn read_drifting_index(&mut self) {
        if self.dialect == Dialect::Sqlite {
            self.index = Some("customers_drifting");
        }
    }

    /// Each folded word must start a word of the customer's lookup text
    /// (names first, then company and the rest of the profile): the
    /// lookup's own word index.
    fn text_words(&mut self, folded: &str) {
        let words = folded.split(' ').filter(|w| !w.is_empty());
        match self.dialect {
            Dialect::Sqlite => {
                // Folded text holds only letters, digits and spaces:
                // quoted, nothing in it is FTS5 syntax.
                let query = words
                    .map(|w| format!("\"{w}\"*"))
                    .collect::<Vec<_>>()
                    .join(" AND ");
                let p = self.bind(Param::Text(query));
                self.and(format!(
                    "c.pk IN (SELECT rowid FROM search_words WHERE search_words MATCH {p})"
                ));
            }
            Dialect::Postgres => {
                let query = words
                    .map(|w| format!("'{}':*", w.replace('\\', "\\\\").replace('\'', "''")))
                    .collect::<Vec<_>>()
                    .join(" & ");
                let p = self.bind(Param::Text(query));
                self.and(format!(
                    "c.pk IN (SELECT customer_pk FROM search_words
                       WHERE words @@ to_tsquery('simple', kindly_unaccent({p})))"
                ));
            }
        }
    }
}

/// `text` with LIKE's wildcards and escape character matched as
/// themselves.
fn like_escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '%' | '_') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Where a page starts, read from a [`ListCursor`]: after a row with a
/// value, or after a row without one (in the last segment).
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum After {
    /// From the first row.
    Start,
    /// After the row with this value and key.
    Value(Param, i64),
    /// After the row without a value with this key.
    Missing(i64),
}

/// The cursor's sort value as a parameter of `sort`'s column.
pub(crate) fn cursor_value(sort: SortSql, cursor: &ListCursor) -> Result<Option<Param>> {
    let Some(value) = cursor.key.strip_prefix('=') else {
        if cursor.key.is_empty() {
            return Ok(None);
        }
        return Err(stale_cursor());
    };
    if sort.numeric {
        value
            .parse::<i64>()
            .map(|v| Some(Param::Int(v)))
            .map_err(|_| stale_cursor())
    } else {
        Ok(Some(Param::Text(value.to_owned())))
    }
}

/// The cursor of a row whose sort value is `value` (`None`: missing).
pub(crate) fn cursor_of(id: String, value: Option<String>) -> ListCursor {
    ListCursor {
        key: value.map(|v| format!("={v}")).unwrap_or_default(),
        id,
    }
}

/// A cursor this list cannot have written.
pub(crate) fn stale_cursor() -> Error {
    Error::invalid("after", kindly_words::say("lists-cursor-stale"))
}

/// One segment's query of a page: `select` (columns over `customers c`,
/// ending before `WHERE`) for the rows matching `filter` in `sort`'s
/// order after `after`, with or without a sort value, at most `limit`.
/// Returns the SQL and its parameters.
pub(crate) fn page_sql(
    select: &str,
    filter: &Sql,
    sort: ListSort,
    after: &After,
    with_value: bool,
    limit: u32,
) -> (String, Vec<Param>) {
    let s = sort_sql(sort.column);
    let mut sql = filter.clone();
    let (cmp, dir) = if sort.descending {
        ("<", "DESC")
    } else {
        (">", "ASC")
    };
    if let Some(missing) = s.missing {
        sql.and(if with_value {
            format!("NOT {missing}")
        } else {
            missing.to_owned()
        });
    }
    let (order, outer) = if with_value {
        match after {
            After::Value(v, pk) => {
                let v = sql.bind(v.clone());
                let pk = sql.bind(Param::Int(*pk));
                sql.and(format!("({key}, c.pk) {cmp} ({v}, {pk})", key = s.key));
            }
            After::Missing(_) | After::Start => {}
        }
        (
            format!("{key} {dir}, c.pk {dir}", key = s.key),
            format!("p.sort_key {dir}, p.pk {dir}"),
        )
    } else {
        if let After::Missing(pk) = after {
            let pk = sql.bind(Param::Int(*pk));
            sql.and(format!("c.pk {cmp} {pk}"));
        }
        (format!("c.pk {dir}"), format!("p.pk {dir}"))
    };
    let limit = sql.bind(Param::Int(i64::from(limit)));
    // The page's keys first (from the sort's index where there is one),
    // then its columns for those rows only: a sort that reads many
    // matching rows never works out their tags, issues and follow-ups.
    (
        format!(
            "{select}, p.sort_key FROM (
                SELECT c.pk AS pk, {key} AS sort_key FROM {customers}
                WHERE {w} ORDER BY {order} LIMIT {limit}
             ) p JOIN customers c ON c.pk = p.pk ORDER BY {outer}",
            key = s.key,
            customers = sql.customers(),
            w = sql.where_clause()
        ),
        sql.params,
    )
}

/// Rows read for a page, each with its sort value as text (`None` when
/// it has none).
pub(crate) type SortedRows = Vec<(CustomerListRow, Option<String>)>;

/// One page of [`ListRows::list_page`], for either store: the segment
/// with sort values, then (when the column can lack one and the page is
/// not full) the segment without. `pk_of` finds the key of a customer id
/// (in Trash or not); `run` reads a segment's rows from its SQL, each with
/// its sort value as text (`None` when missing).
pub(crate) fn page_with(
    (dialect, select): (Dialect, &str),
    at: FilterAt<'_>,
    sort: ListSort,
    after: Option<&ListCursor>,
    limit: u32,
    pk_of: &mut dyn FnMut(&str) -> Result<Option<i64>>,
    run: &mut dyn FnMut(&str, &[Param]) -> Result<SortedRows>,
) -> Result<Vec<(CustomerListRow, ListCursor)>> {
    let filter = Sql::filter(dialect, at);
    let s = sort_sql(sort.column);
    let start = match after {
        None => After::Start,
        Some(cursor) => {
            let pk = pk_of(&cursor.id)?.ok_or_else(stale_cursor)?;
            match cursor_value(s, cursor)? {
                Some(v) => After::Value(v, pk),
                None if s.missing.is_some() => After::Missing(pk),
                None => return Err(stale_cursor()),
            }
        }
    };
    let mut rows = Vec::new();
    if !matches!(start, After::Missing(_)) {
        let (sql, params) = page_sql(select, &filter, sort, &start, true, limit);
        for (row, value) in run(&sql, &params)? {
            let cursor = cursor_of(row.id.clone(), Some(value.unwrap_or_default()));
            rows.push((row, cursor));
        }
    }
    let left = limit.saturating_sub(rows.len() as u32);
    if s.missing.is_some() && left > 0 {
        let (sql, params) = page_sql(select, &filter, sort, &start, false, left);
        for (row, _) in run(&sql, &params)? {
            let cursor = cursor_of(row.id.clone(), None);
            rows.push((row, cursor));
        }
    }
    Ok(rows)
}

/// Where a customer's stay-in-touch rhythm stands at `now`
/// (`rules::schedule::touch_status`); `None` without a rhythm.
pub(crate) fn touch_of(
    ideal_days: Option<u32>,
    longest_days: Option<u32>,
    since: Millis,
    now: Millis,
) -> Option<TouchState> {
    let (ideal_days, longest_days) = (ideal_days?, longest_days?);
    let rhythm = crate::rules::model::StayInTouch {
        ideal_days,
        longest_days,
    };
    Some(crate::rules::schedule::touch_status(since, rhythm, now).state)
}
