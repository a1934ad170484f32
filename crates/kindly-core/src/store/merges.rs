//! The store's operations for duplicates, merging and undoing a merge (the
//! merges table and what moves with a merge).

use crate::error::Result;
use crate::rules::merge_model::MergeRecord;
use crate::rules::model::{CustomerInput, Millis};

/// Two live customers who look like the same person, by internal key.
pub(crate) struct LikelyPair {
    /// The one created first.
    pub a_pk: i64,
    /// The one created later.
    pub b_pk: i64,
    /// In words, e.g. "Same phone number 07700 900123".
    pub reason: String,
}

/// What a merge records, to undo it: written once by the merge.
pub(crate) struct NewMerge<'a> {
    /// The merge's id, to undo it.
    pub id: &'a str,
    pub kept_pk: i64,
    pub merged_pk: i64,
    /// The kept profile before the merge.
    pub before: &'a CustomerInput,
    /// The kept profile as the merge left it.
    pub after: &'a CustomerInput,
    /// The entries that moved to the kept customer.
    pub moved: &'a [i64],
    /// The situations whose place moved to the kept customer.
    pub situations: &'a [i64],
    pub at: Millis,
}

/// A merge not undone yet, as it was recorded.
pub(crate) struct RecordedMerge {
    pub pk: i64,
    pub kept_pk: i64,
    pub merged_pk: i64,
    /// The kept profile before the merge.
    pub before: CustomerInput,
    /// The kept profile as the merge left it; `None` for merges made
    /// before schema version 11.
    pub after: Option<CustomerInput>,
    /// The entries that moved to the kept customer.
    pub moved: Vec<i64>,
    /// The situations whose place moved to the kept customer (none
    /// recorded before schema version 11).
    pub situations: Vec<i64>,
    /// Whether the kept customer is in Trash now.
    pub kept_trashed: bool,
}

/// Operations for merging duplicates. Implemented by every store.
pub(crate) trait MergeRows {
    /// Pairs of live customers who share a phone number (in E.164, or the
    /// digits of numbers kept as typed), an email address (ignoring case),
    /// or a name together with a company, address or birthday; never a
    /// pair marked as different people. Each pair once (with the first
    /// reason found, phones before emails before names), `a_pk < b_pk`, at
    /// most `limit`.
    fn likely_pairs(&mut self, limit: usize) -> Result<Vec<LikelyPair>>;
    /// Remembers that the customers `a_pk` and `b_pk` are different people
    /// (nothing changes if it was remembered already).
    fn remember_not_duplicates(&mut self, a_pk: i64, b_pk: i64) -> Result<()>;

    /// The entries of the customer `pk` that a merge moves, in the order
    /// they were written: all but their birthday reminder.
    fn entries_to_move(&mut self, pk: i64) -> Result<Vec<i64>>;
    /// Gives the entries `pks` (and their timeline events) to the customer
    /// `customer_pk`.
    fn move_entries(&mut self, pks: &[i64], customer_pk: i64) -> Result<()>;
    /// The situations `from` is in and `to` is not.
    fn situations_only_of(&mut self, from: i64, to: i64) -> Result<Vec<i64>>;
    /// Gives `from`'s place in the situations `situations` (told status,
    /// concierge, group, and every time they were told) to `to`, who is in
    /// none of them.
    fn move_memberships(&mut self, situations: &[i64], from: i64, to: i64) -> Result<()>;
    /// Puts the customer `pk`, just merged into another, in Trash at `now`.
    fn trash_merged(&mut self, pk: i64, now: Millis) -> Result<()>;
    /// Records a merge, so it can be undone.
    fn insert_merge(&mut self, merge: &NewMerge) -> Result<()>;

    /// The merge `id`, unless it was undone or the customer it kept was
    /// forgotten since.
    fn open_merge(&mut self, id: &str) -> Result<Option<RecordedMerge>>;
    /// Those of the entries `moved` that the customer `kept_pk` holds now,
    /// or that whoever `kept_pk` was merged into since (merge after merge,
    /// merges not undone) holds: the ones undoing a merge into `kept_pk`
    /// gives back. In the order of `moved`.
    fn still_carried(&mut self, moved: &[i64], kept_pk: i64) -> Result<Vec<i64>>;
    /// Unlinks every entry of `a` or `b` from an issue the other one holds:
    /// the entry keeps its text, never a link to another customer's issue.
    fn unlink_issues_across(&mut self, a: i64, b: i64) -> Result<()>;
    /// Takes the customer `pk`, who a merge put in Trash, out of it.
    fn restore_merged(&mut self, pk: i64) -> Result<()>;
    /// Marks the merge `pk` undone at `now`.
    fn mark_merge_undone(&mut self, pk: i64, now: Millis) -> Result<()>;

    /// Merges that can still be undone (not undone, kept customer not in
    /// Trash), newest first, at most `limit`, with both customers' ids and
    /// names as they are now.
    fn recent_merges(&mut self, limit: usize) -> Result<Vec<MergeRecord>>;
}
