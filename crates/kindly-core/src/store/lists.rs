//! The store's operations for the whole-notebook view: the customers a
//! filter matches (a page in a sort's order, how many, or all their keys
//! for a bulk change or an export) and the ids of ticked rows.

use crate::error::Result;
use crate::rules::list_model::{CustomerFilter, CustomerListRow, ListCursor, ListSort};
use crate::rules::model::Millis;

/// A filter with the moment it is asked at, so its relative parts
/// ("drifting", "a promise overdue", "birthday this month") mean the same
/// in the count, the page and the bulk change of one request.
#[derive(Debug, Clone, Copy)]
#[allow(dead_code, reason = "the stores' filter SQL reads it (being written)")]
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
#[allow(dead_code, reason = "bulk changes call the rest (being written)")]
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
