//! The lookup's probes and rows for SQLite (the [`crate::store::SearchIndex`]
//! methods in `index.rs` call these). One statement each, run per
//! keystroke: each is cached, bounded by its limit, and answered from an
//! index (B-tree on the name keys and reversed phone digits, FTS5 for
//! words and trigrams).
//!
//! Whole-word probes are cheaper than prefix probes because FTS5 streams a
//! word's matches but gathers all matches of a prefix first.

use rusqlite::{params, Connection, Params, Row};

use crate::error::Result;
use crate::rules::fold::prefix_upper_bound;
use crate::rules::model::CustomerSummary;
use crate::rules::phone;

/// The customer keys `sql` returns as its first column.
fn keys(conn: &Connection, sql: &str, params: impl Params) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt.query_map(params, |r| r.get::<_, i64>(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A limit as SQLite reads it.
fn sql_limit(limit: usize) -> i64 {
    i64::try_from(limit).unwrap_or(i64::MAX)
}

pub(super) fn with_phone(conn: &Connection, e164: &str, limit: usize) -> Result<Vec<i64>> {
    keys(
        conn,
        "SELECT p.customer_pk FROM customer_phones p JOIN customers c ON c.pk = p.customer_pk
         WHERE p.e164 = ?1 AND c.deleted_at IS NULL LIMIT ?2",
        params![e164, sql_limit(limit)],
    )
}

pub(super) fn with_phone_ending(conn: &Connection, digits: &str, limit: usize) -> Result<Vec<i64>> {
    // Phones are indexed by their digits reversed: an ending is a prefix.
    let rev = phone::reversed(digits);
    keys(
        conn,
        "SELECT p.customer_pk FROM customer_phones p JOIN customers c ON c.pk = p.customer_pk
         WHERE p.digits_rev >= ?1 AND p.digits_rev < ?2 AND c.deleted_at IS NULL LIMIT ?3",
        params![rev, prefix_upper_bound(&rev), sql_limit(limit)],
    )
}

pub(super) fn named(conn: &Connection, folded: &str, limit: usize) -> Result<Vec<i64>> {
    keys(
        conn,
        "SELECT pk FROM customers WHERE full_key = ?1 AND deleted_at IS NULL
         UNION SELECT pk FROM customers WHERE preferred_key = ?1 AND deleted_at IS NULL LIMIT ?2",
        params![folded, sql_limit(limit)],
    )
}

pub(super) fn with_name_starting(
    conn: &Connection,
    folded: &str,
    limit: usize,
) -> Result<Vec<i64>> {
    keys(
        conn,
        "SELECT pk FROM (
            SELECT pk, full_key AS k FROM customers
             WHERE full_key >= ?1 AND full_key < ?2 AND deleted_at IS NULL
            UNION ALL
            SELECT pk, preferred_key AS k FROM customers
             WHERE preferred_key >= ?1 AND preferred_key < ?2 AND deleted_at IS NULL
         ) ORDER BY k LIMIT ?3",
        params![folded, prefix_upper_bound(folded), sql_limit(limit)],
    )
}

/// `table` is `search_names` or `search_words`.
pub(super) fn with_words(
    conn: &Connection,
    table: &str,
    folded: &str,
    prefixes: bool,
    limit: usize,
) -> Result<Vec<i64>> {
    keys(
        conn,
        &format!("SELECT rowid FROM {table} WHERE {table} MATCH ?1 ORDER BY rowid DESC LIMIT ?2"),
        params![fts_words(folded, prefixes), sql_limit(limit)],
    )
}

pub(super) fn with_name_containing(
    conn: &Connection,
    folded: &str,
    limit: usize,
) -> Result<Vec<i64>> {
    keys(
        conn,
        "SELECT rowid FROM search_trigrams WHERE search_trigrams MATCH ?1 ORDER BY rowid DESC LIMIT ?2",
        params![fts_phrase(folded), sql_limit(limit)],
    )
}

pub(super) fn with_entry_words(
    conn: &Connection,
    folded: &str,
    prefixes: bool,
    limit: usize,
) -> Result<Vec<i64>> {
    keys(
        conn,
        "SELECT e.customer_pk FROM search_entries s JOIN entries e ON e.pk = s.rowid
         JOIN customers c ON c.pk = e.customer_pk
         WHERE search_entries MATCH ?1 AND e.deleted_at IS NULL AND c.deleted_at IS NULL
         ORDER BY s.rowid DESC LIMIT ?2",
        params![fts_words(folded, prefixes), sql_limit(limit)],
    )
}

/// `"jo"* AND "mar"*` for the folded query `jo mar` with `prefixes`.
/// Folded text holds only letters, digits and single spaces, so quoting
/// each word makes any FTS5 syntax the user typed (`"`, `*`, `NEAR(`) plain
/// text.
fn fts_words(folded: &str, prefixes: bool) -> String {
    let suffix = if prefixes { "*" } else { "" };
    folded
        .split(' ')
        .map(|w| format!("\"{w}\"{suffix}"))
        .collect::<Vec<_>>()
        .join(" AND ")
}

/// The whole folded query as one quoted FTS5 phrase.
fn fts_phrase(folded: &str) -> String {
    format!("\"{folded}\"")
}

/// The columns of a lookup row, for [`summary_row`] (read by position: it
/// runs on every keystroke); `c` is the customer.
const SUMMARY_COLUMNS: &str = "SELECT c.id, c.full_name, c.preferred_name, c.company,
    (SELECT number FROM customer_phones WHERE customer_pk = c.pk AND is_primary LIMIT 1),
    (SELECT json_group_array(tag) FROM (SELECT tag FROM customer_tags WHERE customer_pk = c.pk ORDER BY position)),
    EXISTS(SELECT 1 FROM sample_customers WHERE customer_pk = c.pk)";

/// A lookup row read as [`SUMMARY_COLUMNS`].
fn summary_row(r: &Row<'_>) -> rusqlite::Result<CustomerSummary> {
    let tags: String = r.get(5)?;
    Ok(CustomerSummary {
        id: r.get(0)?,
        full_name: r.get(1)?,
        preferred_name: r.get(2)?,
        company: r.get(3)?,
        primary_phone: r.get(4)?,
        tags: serde_json::from_str(&tags).unwrap_or_default(),
        sample: r.get(6)?,
    })
}

pub(super) fn summary(conn: &Connection, pk: i64) -> Result<CustomerSummary> {
    Ok(conn
        .prepare_cached(&format!(
            "{SUMMARY_COLUMNS} FROM customers c WHERE c.pk = ?1"
        ))?
        .query_row([pk], summary_row)?)
}

pub(super) fn summaries(conn: &Connection, pks: &[i64]) -> Result<Vec<CustomerSummary>> {
    if pks.is_empty() {
        return Ok(Vec::new());
    }
    let mut stmt = conn.prepare_cached(&format!(
        "{SUMMARY_COLUMNS} FROM json_each(?1) AS o CROSS JOIN customers c ON c.pk = o.value ORDER BY o.key"
    ))?;
    let rows = stmt.query_map([pk_list(pks)], summary_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// `pks` as a JSON array, the one parameter `json_each(?)` reads them from.
pub(crate) fn pk_list(pks: &[i64]) -> String {
    let items: Vec<String> = pks.iter().map(i64::to_string).collect();
    format!("[{}]", items.join(","))
}
