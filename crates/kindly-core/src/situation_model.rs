//! The types of situations: one problem that touches many customers, the
//! customers it affects, their groups and concierges, the updates posted,
//! and who has been told about the latest one.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::history_model::{str_enum, Mood};
use crate::model::Millis;

str_enum! {
    /// How someone was told.
    TellHow { Call = "call", Email = "email", Message = "message", Visit = "visit" }
}

str_enum! {
    /// A bulk change to a situation that can be undone in one step.
    SituationActionKind { Add = "add", Group = "group", Close = "close" }
}

/// A new situation, or its editable text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SituationInput {
    pub title: String,
    pub what_happened: String,
    pub what_we_do: String,
    /// When we expect it fixed, if we know.
    #[ts(type = "number | null")]
    pub expected_fix: Option<Millis>,
    /// Who leads it.
    pub lead: String,
    /// Who is writing it down.
    pub staff: String,
}

/// Which customers a search picks out. Every part given must match; at
/// least one is needed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SituationFilter {
    /// Everyone with this tag (case does not matter).
    pub tag: Option<String>,
    /// Everyone with an open, in-progress or waiting issue in this category.
    pub open_issue_category: Option<String>,
}

/// An update to post: everyone becomes "not yet told" about it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SituationUpdateInput {
    /// What changed ("the part arrives Thursday").
    pub text: String,
    /// A new expected fix time, if it moved.
    #[ts(type = "number | null")]
    pub expected_fix: Option<Millis>,
    pub staff: String,
}

/// Customers were told about the latest update: by whom, how, and how they took it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TellInput {
    pub customer_ids: Vec<String>,
    pub staff: String,
    pub how: TellHow,
    pub mood: Option<Mood>,
    /// Anything they said, for their timeline.
    pub note: String,
}

/// Closing a situation, with what to follow through on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CloseSituation {
    pub staff: String,
    /// A check-in follow-up for every affected customer this many days
    /// from today, given to their concierge; `None` for none.
    pub check_in_days: Option<u32>,
    /// A "send a card" follow-up for everyone who took it worst (upset
    /// when last told).
    pub cards_for_upset: bool,
}

/// One posted update.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SituationUpdate {
    /// 1 for the first update; 0 is the first news (the situation itself).
    pub seq: u32,
    pub text: String,
    #[ts(type = "number | null")]
    pub expected_fix: Option<Millis>,
    pub staff: String,
    #[ts(type = "number")]
    pub at: Millis,
}

/// A group of affected customers and the person who keeps in touch with them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SituationGroup {
    pub id: String,
    pub name: String,
    pub concierge: String,
    pub size: u32,
}

/// One affected customer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SituationMember {
    pub customer_id: String,
    /// The name they go by.
    pub name: String,
    pub full_name: String,
    pub group_id: Option<String>,
    /// Their own concierge, else their group's; empty when nobody yet.
    pub concierge: String,
    /// Told about the latest update.
    pub told: bool,
    /// The last time they were told anything, by whom, how, and how they took it.
    #[ts(type = "number | null")]
    pub told_at: Option<Millis>,
    pub told_by: String,
    pub told_how: Option<TellHow>,
    pub mood: Option<Mood>,
}

/// Which of a situation's affected customers to list. Every part given
/// must match; the default matches everyone.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MemberFilter {
    /// Part of the name they go by or their full name (case and accents
    /// do not matter); empty for any name.
    pub name: String,
    /// `None`: in any group or none; `Some("")`: in no group; `Some(id)`:
    /// in that group.
    pub group_id: Option<String>,
    /// `None`: told or not; `Some(true)`: told about the latest update;
    /// `Some(false)`: not yet told.
    pub told: Option<bool>,
    /// Only these customers, when not empty (at most
    /// [`crate::situations::MAX_PICKED`]).
    pub customer_ids: Vec<String>,
}

/// One page of the affected customers a [`MemberFilter`] picks out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SituationMemberPage {
    /// By name, starting at `offset`.
    pub members: Vec<SituationMember>,
    /// How many match the filter in all.
    pub matching: u32,
    pub offset: u32,
}

/// How many have been told about the latest update, for one concierge.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ConciergeProgress {
    /// Empty for customers nobody looks after yet.
    pub concierge: String,
    pub told: u32,
    pub total: u32,
}

/// "Told 14 of 23", in all and per concierge (by name, nobody last).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SituationProgress {
    pub told: u32,
    pub total: u32,
    pub by_concierge: Vec<ConciergeProgress>,
}

/// A bulk change that can be undone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SituationAction {
    pub id: String,
    pub kind: SituationActionKind,
    /// How many customers (added, grouped) or follow-ups (close) it touched.
    pub count: u32,
    #[ts(type = "number")]
    pub at: Millis,
}

/// A situation in the list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SituationSummary {
    pub id: String,
    pub title: String,
    pub lead: String,
    #[ts(type = "number | null")]
    pub expected_fix: Option<Millis>,
    #[ts(type = "number")]
    pub created_at: Millis,
    #[ts(type = "number | null")]
    pub closed_at: Option<Millis>,
    pub told: u32,
    pub total: u32,
}

/// Everything the situation's screen shows, in one call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Situation {
    pub id: String,
    pub title: String,
    pub what_happened: String,
    pub what_we_do: String,
    #[ts(type = "number | null")]
    pub expected_fix: Option<Millis>,
    pub lead: String,
    #[ts(type = "number")]
    pub created_at: Millis,
    #[ts(type = "number | null")]
    pub closed_at: Option<Millis>,
    /// The search last used to add customers, to run again.
    pub saved_filter: Option<SituationFilter>,
    /// Oldest first.
    pub updates: Vec<SituationUpdate>,
    pub groups: Vec<SituationGroup>,
    /// The affected customers themselves are read a page at a time
    /// ([`crate::Notebook::situation_members`]); `progress.total` counts them.
    pub progress: SituationProgress,
    /// How many took the latest news worst (upset when last told).
    pub upset: u32,
    /// The latest bulk change, while it can be undone.
    pub undoable: Option<SituationAction>,
}

/// A situation a customer is affected by, for their page and brief.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CustomerSituation {
    pub id: String,
    pub title: String,
    /// The latest update, or what we are doing when there is none yet.
    pub latest: String,
    #[ts(type = "number | null")]
    pub expected_fix: Option<Millis>,
    pub concierge: String,
    /// Told about the latest update.
    pub told: bool,
    #[ts(type = "number | null")]
    pub closed_at: Option<Millis>,
}

/// A short plain-text message for one customer about the latest news.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SituationMessage {
    pub customer_id: String,
    pub name: String,
    pub told: bool,
    pub text: String,
}
