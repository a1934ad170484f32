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
//! Whole-word probes come before prefix probes because a prefix probe
//! costs more (FTS5 gathers all matches of a prefix first): when whole
//! words already fill the page, the costly prefix probe is skipped.
//! Each probe is bounded by the result limit, so the cost of a keystroke
//! does not grow with the size of the notebook.

use std::collections::HashMap;

use crate::error::Result;
use crate::rules::fold::fold;
use crate::rules::model::CustomerSummary;
use crate::rules::phone;
use crate::store::Tx;
use crate::use_cases::notebook::settings::phone_region_in;
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
        let mut tx = self.read()?;
        let mut found = Found::new(limit);
        // Digits of any script, invisible characters left out.
        let number = phone::for_lookup(&query);
        if phone::looks_like_phone(&number) {
            // The region from the same read: on a server, another read is
            // three more round trips per keystroke.
            let region = phone_region_in(&mut *tx)?;
            phone_probes(&mut *tx, &number, &region, &mut found)?;
        }
        let folded = fold(&query);
        if !folded.is_empty() {
            text_probes(&mut *tx, &folded, &mut found)?;
        }
        tx.customer_summaries(&found.ranked())
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

    /// Adds what `probe` (given the page size) finds as `tier`, unless the
    /// page is already full of better matches.
    fn probe(&mut self, tier: u8, probe: impl FnOnce(usize) -> Result<Vec<i64>>) -> Result<()> {
        if self.full_before(tier) {
            return Ok(());
        }
        for pk in probe(self.limit)? {
            self.add(tier, pk);
        }
        Ok(())
    }
}

fn phone_probes(tx: &mut dyn Tx, query: &str, region: &str, found: &mut Found) -> Result<()> {
    let digits = phone::digits(query);
    if digits.len() < MIN_PHONE_DIGITS {
        return Ok(());
    }
    if let Some(e164) = phone::to_e164(query, region) {
        found.probe(0, |limit| tx.customers_with_phone(&e164, limit))?;
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
        found.probe(2, |limit| tx.customers_with_phone_ending(ending, limit))?;
    }
    Ok(())
}

fn text_probes(tx: &mut dyn Tx, folded: &str, found: &mut Found) -> Result<()> {
    found.probe(0, |limit| tx.customers_named(folded, limit))?;
    found.probe(1, |limit| tx.customers_with_name_starting(folded, limit))?;
    found.probe(3, |limit| {
        tx.customers_with_name_words(folded, false, limit)
    })?;
    found.probe(4, |limit| tx.customers_with_name_words(folded, true, limit))?;
    found.probe(5, |limit| tx.customers_with_words(folded, false, limit))?;
    found.probe(6, |limit| tx.customers_with_words(folded, true, limit))?;
    if folded.chars().count() >= 3 {
        found.probe(7, |limit| tx.customers_with_name_containing(folded, limit))?;
    }
    found.probe(8, |limit| {
        tx.customers_with_entry_words(folded, false, limit)
    })?;
    found.probe(9, |limit| {
        tx.customers_with_entry_words(folded, true, limit)
    })?;
    Ok(())
}

// Transitional shims (#21): the old functions, for other groups' code that
// still holds a `&Connection`.
