//! The store's operations for the Reports screen: the rows of one period
//! the figures are counted from (promises that fell due, issues resolved
//! or reopened, customers added), and the current state the other figures
//! need (customers with a stay-in-touch rhythm and their contacts, upset
//! customers not spoken to since). Never customers or entries in Trash.
//!
//! The use case sorts rows into the notebook's months: the stores only
//! filter by instants it passes, so both stores agree to the millisecond.

use crate::error::Result;
use crate::rules::kinds::PromiseState;
use crate::rules::model::Millis;

/// A promise that fell due in the asked window.
#[derive(Debug, Clone)]
pub(crate) struct PromiseDue {
    /// The customer it was made to.
    pub customer_id: String,
    /// Who made it ("" when nobody was named).
    pub promised_by: String,
    /// When it is (now) due: a renegotiated promise's latest date.
    pub due_at: Millis,
    /// Where it stands.
    pub state: PromiseState,
    /// When it was marked kept (its `promise_kept` event), if it was.
    pub kept_at: Option<Millis>,
}

/// An issue moving to resolved, or out of resolved/closed (reopened),
/// within the asked window.
#[derive(Debug, Clone)]
pub(crate) struct IssueMoved {
    /// The customer the issue is about.
    pub customer_id: String,
    /// The issue's key.
    pub issue_pk: i64,
    /// When it moved.
    pub at: Millis,
    /// True for a reopening, false for a resolution.
    pub reopened: bool,
    /// When the issue was first opened.
    pub opened_at: Millis,
    /// For a resolution: a conversation with the customer happened, or a
    /// follow-up of theirs was done, after `at` (any time up to now).
    pub checked_in: bool,
}

/// A live customer with a stay-in-touch rhythm.
#[derive(Debug, Clone)]
pub(crate) struct WithRhythm {
    /// The customer's key (for [`ReportRows::rhythm_contacts`]).
    pub pk: i64,
    /// The customer's id.
    pub id: String,
    /// Their ideal gap between contacts, in days.
    pub ideal_days: u32,
    /// When they were added.
    pub created_at: Millis,
}

/// A customer whose latest conversation was upset.
#[derive(Debug, Clone)]
pub(crate) struct UpsetRow {
    /// The customer's id.
    pub customer_id: String,
    /// The name to greet them by.
    pub name: String,
    /// When that conversation happened.
    pub since: Millis,
}

/// The rows the Reports screen is counted from.
pub(crate) trait ReportRows {
    /// Promises on live entries of live customers due in `[from, to)`.
    fn promises_falling_due(&mut self, from: Millis, to: Millis) -> Result<Vec<PromiseDue>>;

    /// Resolutions and reopenings in `[from, to)` of live issues of live
    /// customers, in time order.
    fn issues_moved(&mut self, from: Millis, to: Millis) -> Result<Vec<IssueMoved>>;

    /// Live customers with a stay-in-touch rhythm added before `before`, in
    /// key order.
    fn with_rhythm(&mut self, before: Millis) -> Result<Vec<WithRhythm>>;

    /// `(customer key, happened_at)` of every live conversation before
    /// `before` of the customers [`Self::with_rhythm`] returns, by customer
    /// key then time.
    fn rhythm_contacts(&mut self, before: Millis) -> Result<Vec<(i64, Millis)>>;

    /// How many live customers were added in each window
    /// `[bounds[i], bounds[i + 1])`: one count per window.
    fn added_counts(&mut self, bounds: &[Millis]) -> Result<Vec<u32>>;

    /// The ids of the live customers added in `[from, to)`, in id order, at
    /// most `limit`.
    fn added_ids(&mut self, from: Millis, to: Millis, limit: u32) -> Result<Vec<String>>;

    /// Live customers whose latest live conversation (by time, then the
    /// order logged) has the mood upset, longest waiting first.
    fn upset_waiting(&mut self) -> Result<Vec<UpsetRow>>;
}
