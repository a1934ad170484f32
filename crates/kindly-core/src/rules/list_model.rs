//! The types of the whole-notebook view: which customers a filter picks
//! out ([`CustomerFilter`], the one definition of "all that match" shared
//! by the Customers list, saved lists, bulk changes and exports), the
//! list's pages, saved lists, bulk changes with their Undo, and tidying
//! tags.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::rules::follow_up_model::TouchState;
use crate::rules::model::Millis;

/// Which customers to show or change. Every part given must match; the
/// default (every part empty) matches everyone not in Trash. A filter is a
/// plain value: saved lists store it, and a relative part ("birthday this
/// month", "drifting") is worked out against the notebook's now each time
/// it is used, so a saved list stays true as days pass.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CustomerFilter {
    /// Words from the lookup box: each must start a word of the customer's
    /// names or company (case and accents do not matter); empty for any.
    pub text: String,
    /// Everyone with every one of these tags (case does not matter).
    pub tags: Vec<String>,
    /// `None`: anyone; `Some("")`: nobody looks after them yet;
    /// `Some(name)`: that person looks after them.
    pub looked_after_by: Option<String>,
    /// Only customers with an open, in-progress or waiting issue.
    pub open_issue: bool,
    /// Only customers with such an issue in this category (case and
    /// accents do not matter); implies `open_issue`.
    pub open_issue_category: Option<String>,
    /// Only customers with an open promise past its due time.
    pub promise_overdue: bool,
    /// `None`: any; `Drifting`: past the ideal gap (amber or red);
    /// `OutOfTouch`: past the longest gap (red only). `InTouch` matches
    /// customers with a rhythm who are within it.
    pub touch: Option<TouchState>,
    /// Only customers whose last contact (or, with none, their being added)
    /// is before this moment.
    #[ts(type = "number | null")]
    pub not_contacted_since: Option<Millis>,
    /// Only customers whose birthday falls in the notebook's current month.
    pub birthday_this_month: bool,
    /// Only customers added at or after this moment.
    #[ts(type = "number | null")]
    pub added_since: Option<Millis>,
    /// `None`: any; `Some("")`: no language recorded; `Some(tag)`: that
    /// BCP 47 language (its primary subtag matches: "fr" matches "fr-CA").
    pub language: Option<String>,
    /// Only customers affected by this situation (its id).
    pub situation_id: Option<String>,
    /// Only customers added by this import (its id, from [`ImportRecord`]).
    pub import_id: Option<String>,
    /// Only these customers, when not empty (a report's click-through);
    /// at most [`crate::MAX_FILTER_IDS`].
    pub customer_ids: Vec<String>,
}

/// A column the Customers list can be sorted by.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ListColumn {
    /// The name they go by (else the full name), folded.
    #[default]
    Name,
    /// Company or household, folded; empty ones last.
    Company,
    /// Who looks after them, folded; nobody last.
    LookedAfterBy,
    /// The last logged conversation; never contacted last.
    LastContact,
    /// How many open issues they have.
    OpenIssues,
    /// When their next follow-up is due; none last.
    NextFollowUp,
    /// When they were added.
    Added,
}

/// How the Customers list is sorted: a column and a direction. Ties are
/// always broken by the customer's id, so paging never repeats or skips a
/// row.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ListSort {
    /// The column.
    pub column: ListColumn,
    /// Largest (or latest, or Z) first.
    pub descending: bool,
}

/// Where the next page starts: the last row's sort value and id, as the
/// previous page returned it. Opaque to the window; only valid with the
/// same filter and sort.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ListCursor {
    /// The last row's value in the sorted column, as the store wrote it.
    pub key: String,
    /// The last row's customer id.
    pub id: String,
}

/// One row of the Customers list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CustomerListRow {
    /// The customer's id, to open their page.
    pub id: String,
    /// Never empty.
    pub full_name: String,
    /// Empty when they have none.
    pub preferred_name: String,
    /// Company or household.
    pub company: String,
    /// Their tags, as stored, in their order.
    pub tags: Vec<String>,
    /// Who looks after them; empty for nobody yet.
    pub looked_after_by: String,
    /// Their last logged conversation, if any.
    #[ts(type = "number | null")]
    pub last_contact_at: Option<Millis>,
    /// Where their stay-in-touch rhythm stands now; `None` without one.
    pub touch: Option<TouchState>,
    /// Open, in-progress and waiting issues.
    pub open_issues: u32,
    /// When the next follow-up is due, if any.
    #[ts(type = "number | null")]
    pub next_follow_up_at: Option<Millis>,
    /// One of the invented sample customers.
    pub sample: bool,
}

/// One page of the Customers list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CustomerListPage {
    /// In the sort's order, at most the limit asked for.
    pub rows: Vec<CustomerListRow>,
    /// Where the next page starts; `None` on the last page.
    pub next: Option<ListCursor>,
}

/// A filter kept with a name, shown in the navigation with its live count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SavedList {
    /// Its id.
    pub id: String,
    /// What the person called it ("Wedding clients not seen since summer").
    pub name: String,
    /// The filter, as saved.
    pub filter: CustomerFilter,
    /// The sort it was saved with.
    pub sort: ListSort,
    /// How many customers match it now.
    pub count: u32,
    /// Raised by every change, for "someone changed this list first".
    #[ts(type = "number")]
    pub version: i64,
}

/// A saved list to create, or its new name and filter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SavedListInput {
    /// Required; unique among saved lists (case does not matter).
    pub name: String,
    /// The filter to keep.
    pub filter: CustomerFilter,
    /// The sort to keep.
    pub sort: ListSort,
}

/// The customers a bulk change or an export is for: the rows ticked, or
/// everyone a filter matches now (beyond the visible page), less any
/// unticked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Selection {
    /// These customers (at most [`crate::MAX_FILTER_IDS`]).
    Picked {
        /// Their ids.
        ids: Vec<String>,
    },
    /// Everyone the filter matches when the change runs, except these.
    AllMatching {
        /// The filter, as the list shows it.
        filter: Box<CustomerFilter>,
        /// Rows unticked after "all that match".
        except: Vec<String>,
    },
}

/// A change to make to every selected customer, in one transaction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum BulkChange {
    /// Add a tag (customers who have it already are left as they are).
    AddTag {
        /// The tag, as it should read.
        tag: String,
    },
    /// Remove a tag (case does not matter).
    RemoveTag {
        /// The tag.
        tag: String,
    },
    /// Set who looks after them; empty for nobody.
    SetLookedAfterBy {
        /// A person on the staff list, or empty.
        name: String,
    },
    /// Add a follow-up for each.
    AddFollowUp {
        /// What to do ("Call to check in").
        action: String,
        /// The first day, `YYYY-MM-DD`, in the notebook's time zone.
        start_date: String,
        /// Spread the due days over this many days from `start_date`
        /// (1 = all on the same day), so a day is not swamped.
        spread_days: u32,
        /// Who does them; empty: each customer's own concierge.
        assignee: String,
    },
    /// Add them to an open situation.
    AddToSituation {
        /// The situation's id.
        situation_id: String,
    },
    /// Move them to Trash.
    Trash,
}

/// A change to many at once that Undo can take back: to the selected
/// customers, or to a tag across the notebook.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "on", content = "change", rename_all = "snake_case")]
pub enum ChangeMade {
    /// A bulk change to selected customers.
    Customers(BulkChange),
    /// A tag renamed, merged or deleted.
    Tags(TagChange),
}

/// What a bulk change would do, before it is made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BulkPreview {
    /// Customers selected.
    pub selected: u32,
    /// Of those, how many the change would actually change (adding a tag
    /// they have changes nothing).
    pub changes: u32,
}

/// A bulk change that was made, as the Undo bar and the history show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BulkChangeRecord {
    /// Its id, to undo it.
    pub id: String,
    /// What was done.
    pub change: ChangeMade,
    /// How many customers it changed.
    pub changed: u32,
    /// When it was made.
    #[ts(type = "number")]
    pub at: Millis,
    /// Who made it (the person at the desk, or the login's person).
    pub by: String,
    /// When it was undone, if it was.
    #[ts(type = "number | null")]
    pub undone_at: Option<Millis>,
}

/// One tag and how many customers carry it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TagCount {
    /// The tag as most customers write it.
    pub tag: String,
    /// Customers not in Trash who carry it (in any case).
    pub customers: u32,
}

/// A change to a tag across the whole notebook.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TagChange {
    /// Give a tag a new spelling everywhere.
    Rename {
        /// The tag now (case does not matter).
        from: String,
        /// What it should read.
        to: String,
    },
    /// Fold one tag into another: everyone with `from` gets `into` (once).
    Merge {
        /// The tag that goes away.
        from: String,
        /// The tag that stays.
        into: String,
    },
    /// Take a tag off everyone.
    Delete {
        /// The tag.
        tag: String,
    },
}

/// An import, so a list can show who it added.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ImportRecord {
    /// Its id.
    pub id: String,
    /// The file's name, as picked.
    pub file_name: String,
    /// When it ran.
    #[ts(type = "number")]
    pub at: Millis,
    /// Customers it added.
    pub added: u32,
}
