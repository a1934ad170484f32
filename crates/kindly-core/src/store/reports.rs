//! The store's operations for the Reports screen: the rows of one period
//! the figures are counted from (promises that fell due, issues resolved
//! or reopened, customers added), and the current state the other figures
//! need (customers with a stay-in-touch rhythm, the latest conversation of
//! the customers whose issues moved, the customers whose latest was upset,
//! every conversation of those with a rhythm, follow-ups done). Never
//! customers or entries in Trash.
//!
//! Each table is read once, in a narrow scan (covering indexes on SQLite,
//! a statement or two each on PostgreSQL): the use case computes the
//! months from the rows, which at 100,000 customers costs less than asking
//! the database one small question per issue or per customer.
//!
//! The use case sorts rows into the notebook's months: the stores only
//! filter by instants it passes, so both stores agree to the millisecond.

use crate::error::Result;
use crate::rules::kinds::PromiseState;
use crate::rules::model::Millis;

/// A promise that fell due in the asked window.
#[derive(Debug, Clone)]
pub(crate) struct PromiseDue {
    /// The key of the customer it was made to.
    pub customer_pk: i64,
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
    /// The key of the customer the issue is about (for
    /// [`ReportRows::talks`] and [`ReportRows::follow_ups_done`]:
    /// whether they were checked in on; [`ReportRows::names_of`] gives
    /// their id).
    pub customer_pk: i64,
    /// The issue's key.
    pub issue_pk: i64,
    /// When it moved.
    pub at: Millis,
    /// True for a reopening, false for a resolution.
    pub reopened: bool,
    /// When the issue was first opened.
    pub opened_at: Millis,
}

/// What the figures need of the live conversations with live customers
/// ([`ReportRows::talks`]); "latest" is the last by time, then by the
/// order logged (two at the same time).
#[derive(Debug, Clone, Default)]
pub(crate) struct Talks {
    /// `(customer key, when)` of the latest conversation of each customer
    /// asked about for it who has one, in no order.
    pub latest: Vec<(i64, Millis)>,
    /// `(customer key, since)` of each live customer whose latest
    /// conversation was upset, in no order.
    pub upset: Vec<(i64, Millis)>,
    /// `(customer key, when)` of every conversation of the customers asked
    /// about for it, in no order.
    pub every: Vec<(i64, Millis)>,
}

/// A live customer with a stay-in-touch rhythm.
#[derive(Debug, Clone)]
pub(crate) struct WithRhythm {
    /// The customer's key (for [`ReportRows::talks`]).
    pub pk: i64,
    /// The customer's id.
    pub id: String,
    /// Their ideal gap between contacts, in days.
    pub ideal_days: u32,
    /// When they were added.
    pub created_at: Millis,
}

/// A customer's id and the name to greet them by.
#[derive(Debug, Clone)]
pub(crate) struct Named {
    /// The customer's key.
    pub pk: i64,
    /// The customer's id.
    pub id: String,
    /// The name to greet them by.
    pub name: String,
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

    /// How many live customers were added in each window
    /// `[bounds[i], bounds[i + 1])`: one count per window.
    fn added_counts(&mut self, bounds: &[Millis]) -> Result<Vec<u32>>;

    /// The ids of the live customers added in `[from, to)`, in id order, at
    /// most `limit`.
    fn added_ids(&mut self, from: Millis, to: Millis, limit: u32) -> Result<Vec<String>>;

    /// The live conversations: the latest of the customers among
    /// `latest_of` (keys), the customers whose latest was upset, and every
    /// one of the customers among `every_of`.
    fn talks(&mut self, latest_of: &[i64], every_of: &[i64]) -> Result<Talks>;

    /// `(customer key, done at)` of every live follow-up done, in no order.
    fn follow_ups_done(&mut self) -> Result<Vec<(i64, Millis)>>;

    /// The ids and names of the live customers among `pks`, in no order.
    fn names_of(&mut self, pks: &[i64]) -> Result<Vec<Named>>;
}
