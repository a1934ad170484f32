//! The store's operations for the lookup indexes (full-text words, phone
//! digits, name keys) kept in step with profiles, and the lookup's probes.

use crate::error::Result;
use crate::rules::fold::fold;
use crate::rules::model::{Customer, CustomerInput, CustomerSummary};

/// Operations for the lookup indexes and the lookup's probes. Implemented
/// by every store.
///
/// Every probe returns the keys of live customers only, at most `limit`,
/// in the order the probe ranks them, so that the cost of a keystroke does
/// not grow with the size of the notebook. Folded text (see
/// [`crate::rules::fold::fold`]) holds only letters, digits and single
/// spaces; whatever the user typed is matched as plain text.
pub(crate) trait SearchIndex {
    /// Adds the `rows` of the live customer `pk` from `texts` (they must
    /// not be there yet: see [`SearchIndex::remove_search_rows`]).
    ///
    /// A bulk write (an import, many new customers) calls this for every
    /// customer after all its other rows: FTS5 writes its pending rows out
    /// at every statement savepoint once it has been written in a
    /// transaction, and at every delete, so interleaving would make one
    /// tiny index segment per customer and merging them would dominate.
    fn insert_search_rows(&mut self, pk: i64, texts: &Texts, rows: Rows) -> Result<()>;
    /// Removes the `rows` of the customer `pk` (none there is fine).
    fn remove_search_rows(&mut self, pk: i64, rows: Rows) -> Result<()>;
    /// Rebuilds every index entry of the customer `pk` (name keys, phone
    /// digits, full-text rows) from their stored profile; a customer in
    /// Trash keeps none of the full-text rows, an unknown `pk` is ignored.
    ///
    /// Reads only what the indexes use, from tables every schema version
    /// since 1 has, because migrations call it on older notebooks.
    fn reindex_customer(&mut self, pk: i64) -> Result<()>;
    /// Turns the full-text indexes' merging-as-they-write off (for a bulk
    /// write) or back on, in this transaction.
    fn set_index_merging(&mut self, on: bool) -> Result<()>;
    /// Removes every entry of the customer `pk` (conversations, issues, …)
    /// from the entry index.
    fn remove_entry_words_of(&mut self, pk: i64) -> Result<()>;
    /// Rewrites every full-text index so that nothing of removed rows is
    /// left in it (deleted rows are otherwise only marked deleted).
    fn purge_removed_words(&mut self) -> Result<()>;

    /// Customers with a phone whose E.164 form is `e164`.
    fn customers_with_phone(&mut self, e164: &str, limit: usize) -> Result<Vec<i64>>;
    /// Customers with a phone whose digits end with `digits`.
    fn customers_with_phone_ending(&mut self, digits: &str, limit: usize) -> Result<Vec<i64>>;
    /// Customers whose whole folded full or preferred name is `folded`.
    fn customers_named(&mut self, folded: &str, limit: usize) -> Result<Vec<i64>>;
    /// Customers whose folded full or preferred name starts with `folded`,
    /// in the order of those names.
    fn customers_with_name_starting(&mut self, folded: &str, limit: usize) -> Result<Vec<i64>>;
    /// Customers whose names hold every word of `folded` (with `prefixes`:
    /// a word starting with it), newest first.
    fn customers_with_name_words(
        &mut self,
        folded: &str,
        prefixes: bool,
        limit: usize,
    ) -> Result<Vec<i64>>;
    /// Customers whose profile text anywhere holds every word of `folded`
    /// (with `prefixes`: a word starting with it), newest first.
    fn customers_with_words(
        &mut self,
        folded: &str,
        prefixes: bool,
        limit: usize,
    ) -> Result<Vec<i64>>;
    /// Customers whose names hold `folded` anywhere, inside words too
    /// (`folded` has three characters or more), newest first.
    fn customers_with_name_containing(&mut self, folded: &str, limit: usize) -> Result<Vec<i64>>;
    /// Customers with a live entry (conversation, issue, …) holding every
    /// word of `folded` (with `prefixes`: a word starting with it), newest
    /// entry first; a customer may come more than once.
    fn customers_with_entry_words(
        &mut self,
        folded: &str,
        prefixes: bool,
        limit: usize,
    ) -> Result<Vec<i64>>;

    /// The lookup rows of the customers `pks`, in the order given, in one
    /// statement whatever their number; a pk with no customer is left out.
    fn customer_summaries(&mut self, pks: &[i64]) -> Result<Vec<CustomerSummary>>;
    /// The lookup row of the customer `pk`, who must exist.
    fn customer_summary(&mut self, pk: i64) -> Result<CustomerSummary>;
}

/// What a customer's full-text rows hold, folded: the names (every
/// index has them) and everything else (only the word index has it).
#[derive(Debug, Clone, Default)]
pub(crate) struct Texts {
    /// The folded full and preferred names.
    pub(crate) names: String,
    /// Everything else, folded.
    pub(crate) other: String,
}

impl Texts {
    /// The full-text rows of the profile `c`.
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

/// Which of a customer's full-text rows a write touches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rows {
    /// The name, word and trigram rows.
    All,
    /// Only the word rows (the names are unchanged).
    Words,
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
