//! The store's operations for changes to many customers at once and for
//! tidying tags: the record of each change with what its Undo needs per
//! customer, and the batch writes they are made of (one statement per
//! batch of customers, not one per customer, on a store across a network).

use crate::error::Result;
use crate::rules::list_model::TagCount;
use crate::rules::model::Millis;
use crate::store::Texts;

/// A change to many, as recorded (its kind still JSON).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct StoredBulkChange {
    /// Its key.
    pub(crate) pk: i64,
    /// Its id.
    pub(crate) id: String,
    /// What was done: a `ChangeMade` as JSON.
    pub(crate) kind: String,
    /// How many customers it changed.
    pub(crate) changed: u32,
    /// When it was made.
    pub(crate) at: Millis,
    /// Who made it.
    pub(crate) by: String,
    /// When it was undone, if it was.
    pub(crate) undone_at: Option<Millis>,
    /// The saved lists a tag change changed, with their filters before
    /// and after (JSON; `[]` for none).
    pub(crate) lists: String,
}

/// A customer's tags to write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TagsWrite {
    /// The customer.
    pub(crate) pk: i64,
    /// Every tag, in order.
    pub(crate) tags: Vec<String>,
    /// How many of the first tags are stored as they are already.
    pub(crate) from: usize,
}

impl TagsWrite {
    /// The customer `pk`'s tags, stored as `before`, to become `tags`.
    pub(crate) fn new(pk: i64, before: &[String], tags: Vec<String>) -> TagsWrite {
        let from = before.iter().zip(&tags).take_while(|(b, a)| b == a).count();
        TagsWrite { pk, tags, from }
    }
}

/// Operations for changes to many customers at once. Implemented by every
/// store.
pub(crate) trait BulkRows {
    /// Records the change `id` of `kind` (JSON) made at `at` by `by`,
    /// touching nobody yet; its key.
    fn insert_bulk_change(&mut self, id: &str, kind: &str, at: Millis, by: &str) -> Result<i64>;
    /// Sets how many customers the change `pk` changed.
    fn set_bulk_changed(&mut self, pk: i64, changed: u32) -> Result<()>;
    /// Keeps, for the change `pk`, what its Undo needs of the saved lists
    /// it changed (JSON).
    fn set_bulk_lists(&mut self, pk: i64, lists: &str) -> Result<()>;
    /// Keeps, for the change `change_pk`, what its Undo needs of each
    /// customer `(customer_pk, JSON)`; one statement per call.
    fn insert_bulk_rows(&mut self, change_pk: i64, rows: &[(i64, String)]) -> Result<()>;
    /// The change `id`, held against a second Undo running at once until
    /// this transaction ends; `None` when there is none.
    fn bulk_change(&mut self, id: &str) -> Result<Option<StoredBulkChange>>;
    /// The latest changes, newest first, at most `limit`.
    fn recent_bulk_changes(&mut self, limit: u32) -> Result<Vec<StoredBulkChange>>;
    /// What the change `change_pk` kept for its Undo, per customer, in the
    /// order written.
    fn bulk_rows(&mut self, change_pk: i64) -> Result<Vec<(i64, String)>>;
    /// Marks the change `pk` undone at `at`.
    fn mark_bulk_undone(&mut self, pk: i64, at: Millis) -> Result<()>;

    /// Gives each customer of `tags` exactly those tags, in that order,
    /// as a change by the person at the desk at `now` (`version` raised,
    /// `changed_by` set); the stored rows before each one's `from` already
    /// hold what would be written and are left alone (adding a tag writes
    /// one row). One batch of statements however many.
    fn set_tags(&mut self, tags: &[TagsWrite], now: Millis) -> Result<()>;
    /// Sets who looks after each customer `(pk, name)`, as a change by the
    /// person at the desk at `now`.
    fn set_looked_after_by(&mut self, rows: &[(i64, String)], now: Millis) -> Result<()>;
    /// Rewrites the word rows (not the name rows) of the full-text lookup
    /// of each live customer `(pk, texts)`.
    fn refresh_words(&mut self, rows: &[(i64, Texts)]) -> Result<()>;
    /// Of the customers `pks`, those who are not members of situation
    /// `situation_pk`, in the order given.
    fn not_members(&mut self, situation_pk: i64, pks: &[i64]) -> Result<Vec<i64>>;
    /// Takes off situation `situation_pk` the members its change
    /// `action_pk` added who have not been told anything nor given a
    /// concierge since; how many.
    fn remove_untouched_added(&mut self, situation_pk: i64, action_pk: i64) -> Result<usize>;

    /// Every tag on a live customer with how many carry it, grouped
    /// ignoring case, each written as most of them write it (ties: the
    /// first in byte order), ordered by that name ignoring case. One
    /// statement.
    fn tag_counts(&mut self) -> Result<Vec<TagCount>>;
    /// The keys of the live customers carrying `tag` (ignoring case), in
    /// key order.
    fn pks_with_tag(&mut self, tag: &str) -> Result<Vec<i64>>;
}
