//! The lookup's probes and rows for PostgreSQL (the [`crate::store::SearchIndex`]
//! methods in `mod.rs` call these). One statement each, run per keystroke,
//! bounded by its limit and answered from an index: B-tree on the name
//! keys and reversed phone digits (`COLLATE "C"`, so a prefix is a byte
//! range as on SQLite), GIN on the `tsvector` words (`@@` with `:*` for
//! prefixes) and on the names' trigrams (`LIKE '%ller%'`).
//!
//! Each probe returns what SQLite's does in the same order (the parity
//! tests in `tests.rs` hold both to it): FTS5's `ORDER BY rowid DESC` is
//! `ORDER BY customer_pk DESC` (or `entry_pk`), and where SQLite's order
//! comes from how it walks an index, the `ORDER BY` here spells it out
//! (phones: by `seq`, the order their rows were written in, which is what
//! SQLite's rowid orders them by).

use postgres::Row;

use crate::error::Result;
use crate::rules::fold::prefix_upper_bound;
use crate::rules::model::CustomerSummary;
use crate::rules::phone;
use crate::store::postgres::pool::Conn;

/// The fewest characters FTS5's trigram index matches: a shorter text
/// matches no row there, so none here either.
const MIN_TRIGRAM_CHARS: usize = 3;

/// The customer keys `sql` returns as its `pk` column.
fn keys(
    conn: &mut Conn,
    sql: &str,
    params: &[&(dyn postgres::types::ToSql + Sync)],
) -> Result<Vec<i64>> {
    conn.query(sql, params)?
        .iter()
        .map(|r| Ok(r.try_get("pk")?))
        .collect()
}

/// `limit` as a `LIMIT` parameter (bigint).
fn sql_limit(limit: usize) -> i64 {
    i64::try_from(limit).unwrap_or(i64::MAX)
}

pub(super) fn with_phone(conn: &mut Conn, e164: &str, limit: usize) -> Result<Vec<i64>> {
    keys(
        conn,
        "SELECT p.customer_pk AS pk FROM customer_phones p JOIN customers c ON c.pk = p.customer_pk
         WHERE p.e164 = $1 AND c.deleted_at IS NULL
         ORDER BY p.seq LIMIT $2",
        &[&e164, &sql_limit(limit)],
    )
}

pub(super) fn with_phone_ending(conn: &mut Conn, digits: &str, limit: usize) -> Result<Vec<i64>> {
    // Phones are indexed by their digits reversed: an ending is a prefix.
    let rev = phone::reversed(digits);
    keys(
        conn,
        "SELECT p.customer_pk AS pk FROM customer_phones p JOIN customers c ON c.pk = p.customer_pk
         WHERE p.digits_rev >= $1 AND p.digits_rev < $2 AND c.deleted_at IS NULL
         ORDER BY p.digits_rev, p.seq LIMIT $3",
        &[&rev, &prefix_upper_bound(&rev), &sql_limit(limit)],
    )
}

pub(super) fn named(conn: &mut Conn, folded: &str, limit: usize) -> Result<Vec<i64>> {
    // SQLite's UNION hands its rows out by key. Each name's first page is
    // read from its index (name, key) alone: one `OR` over both columns
    // was planned as a walk of every customer by key, testing each, for a
    // name nobody has (15-100 ms at 100,000 customers).
    keys(
        conn,
        "SELECT pk FROM (
            (SELECT pk FROM customers WHERE full_key = $1 AND deleted_at IS NULL ORDER BY pk LIMIT $2)
            UNION
            (SELECT pk FROM customers WHERE preferred_key = $1 AND deleted_at IS NULL
             ORDER BY pk LIMIT $2)
         ) found ORDER BY pk LIMIT $2",
        &[&folded, &sql_limit(limit)],
    )
}

pub(super) fn with_name_starting(conn: &mut Conn, folded: &str, limit: usize) -> Result<Vec<i64>> {
    // Equal names come as SQLite's sorter leaves them: full names before
    // preferred ones, each by key. Each branch reads only its first page,
    // in index order (name, key), so a short prefix that thousands of names
    // start with costs no more than a long one.
    keys(
        conn,
        "SELECT pk FROM (
            (SELECT pk, full_key AS k, 0 AS branch FROM customers
             WHERE full_key >= $1 AND full_key < $2 AND deleted_at IS NULL
             ORDER BY full_key, pk LIMIT $3)
            UNION ALL
            (SELECT pk, preferred_key AS k, 1 AS branch FROM customers
             WHERE preferred_key >= $1 AND preferred_key < $2 AND deleted_at IS NULL
             ORDER BY preferred_key, pk LIMIT $3)
         ) found ORDER BY k COLLATE \"C\", branch, pk LIMIT $3",
        &[&folded, &prefix_upper_bound(folded), &sql_limit(limit)],
    )
}

/// The word tables a word probe reads.
#[derive(Clone, Copy)]
pub(super) enum WordTable {
    /// `search_names`: the words of names alone.
    Names,
    /// `search_words`: the words of names and everything else.
    Words,
}

// The word probes below want the newest `$2` rows whose words match. No
// single plan is quick for every word: walking the keys newest first and
// testing each row stops early for a common word but reads every row for a
// word nobody has (22-37 ms at 100,000 customers), and the GIN index finds
// a rare word at once but hands back every row of a common one (33,000
// rows, 40 ms), and the planner cannot tell which from a prepared
// statement's parameter. So each probe tests only the newest rows first
// (`newest`: 1,000 customers, 2,000 entries, a bounded walk); when they
// hold a full page, those are the answer, else the GIN index is read,
// which for a word that rare holds few rows (at most about page / window
// of the table: 2,000 of 100,000 customers). (`+ 0` keeps the second
// branch off the key's index.) The tsquery is a sub-select, so it is made
// once per statement, not per row.

/// Customers whose name words match the tsquery `$1`, newest first.
pub(super) const NAME_WORDS: &str = "WITH newest AS MATERIALIZED (
        SELECT w.customer_pk FROM (
            SELECT customer_pk, words FROM search_names ORDER BY customer_pk DESC LIMIT 1000) w
        WHERE w.words @@ (SELECT to_tsquery('simple', kindly_unaccent($1)))
        ORDER BY w.customer_pk DESC LIMIT $2)
     SELECT customer_pk AS pk FROM newest WHERE (SELECT count(*) FROM newest) >= $2
     UNION ALL
     (SELECT customer_pk AS pk FROM search_names
      WHERE words @@ (SELECT to_tsquery('simple', kindly_unaccent($1)))
        AND (SELECT count(*) FROM newest) < $2
      ORDER BY customer_pk + 0 DESC LIMIT $2)
     ORDER BY pk DESC";

/// Customers whose words anywhere match the tsquery `$1`, newest first.
pub(super) const WORDS: &str = "WITH newest AS MATERIALIZED (
        SELECT w.customer_pk FROM (
            SELECT customer_pk, words FROM search_words ORDER BY customer_pk DESC LIMIT 1000) w
        WHERE w.words @@ (SELECT to_tsquery('simple', kindly_unaccent($1)))
        ORDER BY w.customer_pk DESC LIMIT $2)
     SELECT customer_pk AS pk FROM newest WHERE (SELECT count(*) FROM newest) >= $2
     UNION ALL
     (SELECT customer_pk AS pk FROM search_words
      WHERE words @@ (SELECT to_tsquery('simple', kindly_unaccent($1)))
        AND (SELECT count(*) FROM newest) < $2
      ORDER BY customer_pk + 0 DESC LIMIT $2)
     ORDER BY pk DESC";

/// Customers whose name is `LIKE` the pattern `$1`, newest first: the
/// same expression as the trigram index's.
pub(super) const NAME_CONTAINING: &str = "SELECT customer_pk AS pk FROM search_names
     WHERE kindly_unaccent(name) LIKE kindly_unaccent($1)
     ORDER BY customer_pk DESC LIMIT $2";

/// Customers of the live entries whose words match the tsquery `$1`,
/// newest entry first (first among the newest 2,000 entries, as above:
/// a larger window, for a larger table).
pub(super) const ENTRY_WORDS: &str = "WITH newest AS MATERIALIZED (
        SELECT e.customer_pk, s.entry_pk FROM (
            SELECT entry_pk, words FROM search_entries ORDER BY entry_pk DESC LIMIT 2000) s
        JOIN entries e ON e.pk = s.entry_pk JOIN customers c ON c.pk = e.customer_pk
        WHERE s.words @@ (SELECT to_tsquery('simple', kindly_unaccent($1)))
          AND e.deleted_at IS NULL AND c.deleted_at IS NULL
        ORDER BY s.entry_pk DESC LIMIT $2)
     SELECT customer_pk AS pk, entry_pk FROM newest WHERE (SELECT count(*) FROM newest) >= $2
     UNION ALL
     (SELECT e.customer_pk AS pk, s.entry_pk FROM search_entries s
      JOIN entries e ON e.pk = s.entry_pk JOIN customers c ON c.pk = e.customer_pk
      WHERE s.words @@ (SELECT to_tsquery('simple', kindly_unaccent($1)))
        AND e.deleted_at IS NULL AND c.deleted_at IS NULL
        AND (SELECT count(*) FROM newest) < $2
      ORDER BY s.entry_pk + 0 DESC LIMIT $2)
     ORDER BY entry_pk DESC";

pub(super) fn with_words(
    conn: &mut Conn,
    table: WordTable,
    folded: &str,
    prefixes: bool,
    limit: usize,
) -> Result<Vec<i64>> {
    let Some(query) = ts_words(folded, prefixes) else {
        return Ok(Vec::new());
    };
    let sql = match table {
        WordTable::Names => NAME_WORDS,
        WordTable::Words => WORDS,
    };
    keys(conn, sql, &[&query, &sql_limit(limit)])
}

pub(super) fn with_name_containing(
    conn: &mut Conn,
    folded: &str,
    limit: usize,
) -> Result<Vec<i64>> {
    if folded.chars().count() < MIN_TRIGRAM_CHARS {
        return Ok(Vec::new());
    }
    keys(
        conn,
        NAME_CONTAINING,
        &[&format!("%{}%", like_escaped(folded)), &sql_limit(limit)],
    )
}

pub(super) fn with_entry_words(
    conn: &mut Conn,
    folded: &str,
    prefixes: bool,
    limit: usize,
) -> Result<Vec<i64>> {
    let Some(query) = ts_words(folded, prefixes) else {
        return Ok(Vec::new());
    };
    keys(conn, ENTRY_WORDS, &[&query, &sql_limit(limit)])
}

/// `'jo':* & 'mar':*` for the folded query `jo mar` with `prefixes`;
/// `None` when it holds no word. Folded text holds only letters, digits
/// and single spaces; each word is still quoted (a quote or backslash
/// doubled or escaped), so nothing the user typed is read as tsquery
/// syntax (`&`, `|`, `!`, `<->`, `:*`).
pub(super) fn ts_words(folded: &str, prefixes: bool) -> Option<String> {
    let suffix = if prefixes { ":*" } else { "" };
    let words: Vec<String> = folded
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(|w| format!("'{}'{suffix}", w.replace('\\', "\\\\").replace('\'', "''")))
        .collect();
    (!words.is_empty()).then(|| words.join(" & "))
}

/// `text` with LIKE's wildcards and escape character matched as
/// themselves (folded text has none; this keeps it so whatever it holds).
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

/// The columns of a lookup row, for [`summary_row`]; `c` is the customer.
const SUMMARY_COLUMNS: &str = "SELECT c.id, c.full_name, c.preferred_name, c.company,
    (SELECT number FROM customer_phones WHERE customer_pk = c.pk AND is_primary
     ORDER BY position LIMIT 1) AS primary_phone,
    coalesce((SELECT array_agg(tag ORDER BY position) FROM customer_tags WHERE customer_pk = c.pk),
        '{}') AS tags,
    EXISTS(SELECT 1 FROM sample_customers WHERE customer_pk = c.pk) AS sample";

/// A lookup row read as [`SUMMARY_COLUMNS`].
fn summary_row(r: &Row) -> Result<CustomerSummary> {
    Ok(CustomerSummary {
        id: r.try_get("id")?,
        full_name: r.try_get("full_name")?,
        preferred_name: r.try_get("preferred_name")?,
        company: r.try_get("company")?,
        primary_phone: r.try_get("primary_phone")?,
        tags: r.try_get("tags")?,
        sample: r.try_get("sample")?,
    })
}

pub(super) fn summary(conn: &mut Conn, pk: i64) -> Result<CustomerSummary> {
    let row = conn.query_one(
        &format!("{SUMMARY_COLUMNS} FROM customers c WHERE c.pk = $1"),
        &[&pk],
    )?;
    summary_row(&row)
}

pub(super) fn summaries(conn: &mut Conn, pks: &[i64]) -> Result<Vec<CustomerSummary>> {
    if pks.is_empty() {
        return Ok(Vec::new());
    }
    conn.query(
        &format!(
            "{SUMMARY_COLUMNS} FROM unnest($1::bigint[]) WITH ORDINALITY AS o(pk, n)
             JOIN customers c ON c.pk = o.pk ORDER BY o.n"
        ),
        &[&pks],
    )?
    .iter()
    .map(summary_row)
    .collect()
}

#[cfg(test)]
mod unit {
    use super::*;

    #[test]
    fn every_word_is_quoted_and_syntax_stays_text() {
        assert_eq!(
            ts_words("jo mar", true).as_deref(),
            Some("'jo':* & 'mar':*")
        );
        assert_eq!(ts_words("jose", false).as_deref(), Some("'jose'"));
        assert_eq!(
            ts_words("o'b a\\", false).as_deref(),
            Some("'o''b' & 'a\\\\'")
        );
        assert_eq!(ts_words("", true), None);
        assert_eq!(like_escaped("5%_\\"), "5\\%\\_\\\\");
    }
}
