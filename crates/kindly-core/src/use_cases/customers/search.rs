//! The lookup: one call per keystroke, best match first.
//!
//! A query is answered from a few cheap index probes, each a *tier*; a
//! customer found by several probes keeps their best tier:
//!
//! | tier | what matched                                     | index          |
//! |------|--------------------------------------------------|----------------|
//! | 0    | whole full or preferred name, or the whole phone | B-tree         |
//! | 1    | a full/preferred name starting with the query    | B-tree range   |
//! | 2    | the last digits of a phone                       | B-tree range   |
//! | 3    | every query word is a word of the name           | FTS5           |
//! | 4    | every query word starts a word of the name       | FTS5 prefix    |
//! | 5    | every query word is a word anywhere              | FTS5           |
//! | 6    | every query word starts a word anywhere          | FTS5 prefix    |
//! | 7    | the query appears inside a name ("ller")         | FTS5 trigram   |
//! | 8    | every query word is a word of an issue or talk   | FTS5           |
//! | 9    | every query word starts such a word              | FTS5 prefix    |
//!
//! Whole-word probes come before prefix probes because FTS5 streams a
//! word's matches but gathers all matches of a prefix first: when whole
//! words already fill the page, the costly prefix probe is skipped.
//! Each probe is bounded by the result limit, so the cost of a keystroke
//! does not grow with the size of the notebook.

use std::collections::HashMap;

use rusqlite::{params, Connection, Row};

use crate::error::Result;
use crate::rules::fold::{fold, prefix_upper_bound};
use crate::rules::model::CustomerSummary;
use crate::rules::phone;
use crate::use_cases::notebook::Notebook;

/// Results shown for one query when the caller asks for more.
pub const MAX_LIMIT: u32 = 100;
/// The fewest trailing digits that count as a phone fragment.
pub const MIN_PHONE_DIGITS: usize = 4;
/// Queries longer than this (in characters) are cut: nobody types more to
/// find a person, and it bounds the work per keystroke.
const MAX_QUERY: usize = 100;

impl Notebook {
    /// Live customers matching `query`, best first, at most `limit`
    /// (capped at [`MAX_LIMIT`]). An empty query matches nobody.
    pub fn search(&self, query: &str, limit: u32) -> Result<Vec<CustomerSummary>> {
        let limit = limit.clamp(1, MAX_LIMIT) as usize;
        let query: String = query.chars().take(MAX_QUERY).collect();
        let mut found = Found::new(limit);
        // Digits of any script, invisible characters left out.
        let number = phone::for_lookup(&query);
        if phone::looks_like_phone(&number) {
            phone_probes(&self.conn, &number, &self.phone_region()?, &mut found)?;
        }
        let folded = fold(&query);
        if !folded.is_empty() {
            text_probes(&self.conn, &folded, &mut found)?;
        }
        summaries(&self.conn, &found.ranked())
    }
}

/// Customers found so far, each with their best tier and discovery order.
struct Found {
    limit: usize,
    best: HashMap<i64, (u8, usize)>,
}

impl Found {
    fn new(limit: usize) -> Self {
        Found {
            limit,
            best: HashMap::new(),
        }
    }

    fn add(&mut self, tier: u8, pk: i64) {
        let order = self.best.len();
        let entry = self.best.entry(pk).or_insert((tier, order));
        if tier < entry.0 {
            *entry = (tier, order);
        }
    }

    /// Customers in tiers better than `tier` already fill the page, so a
    /// probe for `tier` cannot change the result.
    fn full_before(&self, tier: u8) -> bool {
        self.best.values().filter(|(t, _)| *t < tier).count() >= self.limit
    }

    fn ranked(&self) -> Vec<i64> {
        let mut all: Vec<(i64, (u8, usize))> =
            self.best.iter().map(|(&pk, &rank)| (pk, rank)).collect();
        all.sort_by_key(|&(_, rank)| rank);
        all.into_iter().take(self.limit).map(|(pk, _)| pk).collect()
    }

    fn probe(
        &mut self,
        conn: &Connection,
        tier: u8,
        sql: &str,
        params: impl rusqlite::Params,
    ) -> Result<()> {
        if self.full_before(tier) {
            return Ok(());
        }
        let mut stmt = conn.prepare_cached(sql)?;
        let rows = stmt.query_map(params, |r| r.get::<_, i64>(0))?;
        for pk in rows {
            self.add(tier, pk?);
        }
        Ok(())
    }
}

fn phone_probes(conn: &Connection, query: &str, region: &str, found: &mut Found) -> Result<()> {
    let digits = phone::digits(query);
    if digits.len() < MIN_PHONE_DIGITS {
        return Ok(());
    }
    let limit = found.limit as i64;
    if let Some(e164) = phone::to_e164(query, region) {
        found.probe(
            conn,
            0,
            "SELECT p.customer_pk FROM customer_phones p JOIN customers c ON c.pk = p.customer_pk
             WHERE p.e164 = ?1 AND c.deleted_at IS NULL LIMIT ?2",
            params![e164, limit],
        )?;
    }
    // A fragment typed in another format than it was stored in still ends
    // with the same digits: try the national number, then the bare digits
    // without trunk or international zeros.
    let mut endings = vec![];
    if let Some(national) = phone::national_digits(query, region) {
        endings.push(national);
    }
    endings.push(digits.trim_start_matches('0').to_owned());
    // The digits exactly as typed: "0477" must stay "0477", not become a
    // national number "477" that is too short to look for.
    endings.push(digits.clone());
    endings.sort();
    endings.dedup();
    for ending in endings.iter().filter(|e| e.len() >= MIN_PHONE_DIGITS) {
        let rev = phone::reversed(ending);
        found.probe(
            conn,
            2,
            "SELECT p.customer_pk FROM customer_phones p JOIN customers c ON c.pk = p.customer_pk
             WHERE p.digits_rev >= ?1 AND p.digits_rev < ?2 AND c.deleted_at IS NULL LIMIT ?3",
            params![rev, prefix_upper_bound(&rev), limit],
        )?;
    }
    Ok(())
}

fn text_probes(conn: &Connection, folded: &str, found: &mut Found) -> Result<()> {
    let limit = found.limit as i64;
    found.probe(
        conn,
        0,
        "SELECT pk FROM customers WHERE full_key = ?1 AND deleted_at IS NULL
         UNION SELECT pk FROM customers WHERE preferred_key = ?1 AND deleted_at IS NULL LIMIT ?2",
        params![folded, limit],
    )?;
    let upper = prefix_upper_bound(folded);
    found.probe(
        conn,
        1,
        "SELECT pk FROM (
            SELECT pk, full_key AS k FROM customers
             WHERE full_key >= ?1 AND full_key < ?2 AND deleted_at IS NULL
            UNION ALL
            SELECT pk, preferred_key AS k FROM customers
             WHERE preferred_key >= ?1 AND preferred_key < ?2 AND deleted_at IS NULL
         ) ORDER BY k LIMIT ?3",
        params![folded, upper, limit],
    )?;
    let exact = fts_words(folded, "");
    let prefix = fts_words(folded, "*");
    for (tier, table, query) in [
        (3, "search_names", &exact),
        (4, "search_names", &prefix),
        (5, "search_words", &exact),
        (6, "search_words", &prefix),
    ] {
        found.probe(
            conn,
            tier,
            &format!(
                "SELECT rowid FROM {table} WHERE {table} MATCH ?1 ORDER BY rowid DESC LIMIT ?2"
            ),
            params![query, limit],
        )?;
    }
    if folded.chars().count() >= 3 {
        found.probe(
            conn,
            7,
            "SELECT rowid FROM search_trigrams WHERE search_trigrams MATCH ?1 ORDER BY rowid DESC LIMIT ?2",
            params![fts_phrase(folded), limit],
        )?;
    }
    for (tier, query) in [(8, &exact), (9, &prefix)] {
        found.probe(
            conn,
            tier,
            "SELECT e.customer_pk FROM search_entries s JOIN entries e ON e.pk = s.rowid
             JOIN customers c ON c.pk = e.customer_pk
             WHERE search_entries MATCH ?1 AND e.deleted_at IS NULL AND c.deleted_at IS NULL
             ORDER BY s.rowid DESC LIMIT ?2",
            params![query, limit],
        )?;
    }
    Ok(())
}

/// `"jo"* AND "mar"*` for the folded query `jo mar` and `suffix` `*`.
/// Folded text holds only letters, digits and single spaces, so quoting
/// each word makes any FTS5 syntax the user typed (`"`, `*`, `NEAR(`) plain
/// text.
fn fts_words(folded: &str, suffix: &str) -> String {
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

/// The columns of a lookup row, for [`summary_row`]; `c` is the customer.
const SUMMARY_COLUMNS: &str = "SELECT c.id, c.full_name, c.preferred_name, c.company,
    (SELECT number FROM customer_phones WHERE customer_pk = c.pk AND is_primary LIMIT 1),
    (SELECT json_group_array(tag) FROM (SELECT tag FROM customer_tags WHERE customer_pk = c.pk ORDER BY position)),
    EXISTS(SELECT 1 FROM sample_customers WHERE customer_pk = c.pk)";

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

/// Customer `pk`'s lookup row.
pub(crate) fn summary(conn: &Connection, pk: i64) -> Result<CustomerSummary> {
    Ok(conn
        .prepare_cached(&format!(
            "{SUMMARY_COLUMNS} FROM customers c WHERE c.pk = ?1"
        ))?
        .query_row([pk], summary_row)?)
}

/// The lookup rows of customers `pks`, in the order given, read in one
/// statement whatever their number: each statement is a round trip to a
/// database across a network. A pk with no customer is left out.
pub(crate) fn summaries(conn: &Connection, pks: &[i64]) -> Result<Vec<CustomerSummary>> {
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
