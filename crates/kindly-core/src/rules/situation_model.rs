//! The types of situations: one problem that touches many customers, the
//! customers it affects, their groups and concierges, the updates posted,
//! and who has been told about the latest one.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::rules::kinds::{str_enum, Mood};
use crate::rules::model::Millis;

str_enum! {
    /// How someone was told.
    TellHow {
        /// By phone.
        Call = "call",
        /// By email.
        Email = "email",
        /// By text or chat message.
        Message = "message",
        /// In person.
        Visit = "visit",
    }
}

str_enum! {
    /// A bulk change to a situation that can be undone in one step.
    SituationActionKind {
        /// Customers were added to it.
        Add = "add",
        /// Customers were put in a group.
        Group = "group",
        /// The situation was closed, with its follow-ups.
        Close = "close",
    }
}

/// A new situation, or its editable text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SituationInput {
    /// A short name for the problem ("Boiler parts delayed"); required.
    pub title: String,
    /// What went wrong, as we would tell a customer.
    pub what_happened: String,
    /// What we are doing about it.
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
    /// Who is posting it.
    pub staff: String,
}

/// Customers were told about the latest update: by whom, how, and how they took it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TellInput {
    /// Who was told (each becomes told about the latest update).
    pub customer_ids: Vec<String>,
    /// Who told them.
    pub staff: String,
    /// How they were told.
    pub how: TellHow,
    /// How they took it, when noticed.
    pub mood: Option<Mood>,
    /// Anything they said, for their timeline.
    pub note: String,
}

/// Closing a situation, with what to follow through on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CloseSituation {
    /// Who is closing it.
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
    /// What changed.
    pub text: String,
    /// The expected fix time posted with it, if any.
    #[ts(type = "number | null")]
    pub expected_fix: Option<Millis>,
    /// Who posted it.
    pub staff: String,
    /// When it was posted.
    #[ts(type = "number")]
    pub at: Millis,
}

/// A group of affected customers and the person who keeps in touch with them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SituationGroup {
    /// The group's id, to move customers into it.
    pub id: String,
    /// The group's name, unique within its situation.
    pub name: String,
    /// Who keeps in touch with its customers; empty when nobody yet.
    pub concierge: String,
    /// How many affected customers are in it.
    pub size: u32,
}

/// One affected customer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SituationMember {
    /// The customer's id, to open their page or tell them.
    pub customer_id: String,
    /// The name they go by.
    pub name: String,
    /// The full name, never empty (`name` is what to call them).
    pub full_name: String,
    /// Their group, if any.
    pub group_id: Option<String>,
    /// Their own concierge, else their group's; empty when nobody yet.
    pub concierge: String,
    /// The language they prefer (BCP 47, as on their profile); empty when
    /// not known. Their drafted message is written in it when Kindly speaks it.
    pub language: String,
    /// Told about the latest update.
    pub told: bool,
    /// The last time they were told anything, by whom, how, and how they took it.
    #[ts(type = "number | null")]
    pub told_at: Option<Millis>,
    /// Who told them last; empty when never told.
    pub told_by: String,
    /// How they were told last.
    pub told_how: Option<TellHow>,
    /// How they took it when last told.
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
    /// [`crate::MAX_PICKED`]).
    pub customer_ids: Vec<String>,
}

/// One page of the affected customers a [`MemberFilter`] picks out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SituationMemberPage {
    /// By name, starting at `offset`.
    pub members: Vec<SituationMember>,
    /// How many match the filter in all.
    pub matching: u32,
    /// Where this page starts among the matches.
    pub offset: u32,
}

/// How many have been told about the latest update, for one concierge.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ConciergeProgress {
    /// Empty for customers nobody looks after yet.
    pub concierge: String,
    /// Their customers told about the latest update.
    pub told: u32,
    /// Their customers affected.
    pub total: u32,
}

/// "Told 14 of 23", in all and per concierge (by name, nobody last).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SituationProgress {
    /// Affected customers told about the latest update.
    pub told: u32,
    /// All affected customers.
    pub total: u32,
    /// The same counts per concierge, by name, nobody last.
    pub by_concierge: Vec<ConciergeProgress>,
}

/// A bulk change that can be undone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SituationAction {
    /// The action's id, to undo it.
    pub id: String,
    /// What the change was.
    pub kind: SituationActionKind,
    /// How many customers (added, grouped) or follow-ups (close) it touched.
    pub count: u32,
    /// When it was made.
    #[ts(type = "number")]
    pub at: Millis,
}

/// A situation in the list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SituationSummary {
    /// UUID v7 of the situation.
    pub id: String,
    /// Its short title ("Boiler parts delayed").
    pub title: String,
    /// Who leads it.
    pub lead: String,
    /// When we expect it fixed, if we know.
    #[ts(type = "number | null")]
    pub expected_fix: Option<Millis>,
    /// When it was opened.
    #[ts(type = "number")]
    pub created_at: Millis,
    /// When it was closed; `None` while open.
    #[ts(type = "number | null")]
    pub closed_at: Option<Millis>,
    /// Affected customers told about the latest update.
    pub told: u32,
    /// All affected customers.
    pub total: u32,
}

/// Everything the situation's screen shows, in one call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Situation {
    /// UUID v7 of the situation.
    pub id: String,
    /// Its short title ("Boiler parts delayed").
    pub title: String,
    /// What went wrong.
    pub what_happened: String,
    /// What we are doing about it.
    pub what_we_do: String,
    /// When we expect it fixed, if we know (the latest posted).
    #[ts(type = "number | null")]
    pub expected_fix: Option<Millis>,
    /// Who leads it.
    pub lead: String,
    /// When it was opened.
    #[ts(type = "number")]
    pub created_at: Millis,
    /// When it was closed; `None` while open.
    #[ts(type = "number | null")]
    pub closed_at: Option<Millis>,
    /// The search last used to add customers, to run again.
    pub saved_filter: Option<SituationFilter>,
    /// Oldest first.
    pub updates: Vec<SituationUpdate>,
    /// Its groups, by name.
    pub groups: Vec<SituationGroup>,
    /// The affected customers themselves are read a page at a time
    /// ([`crate::Notebook::situation_members`]); `progress.total` counts them.
    pub progress: SituationProgress,
    /// How many took the latest news worst (upset when last told).
    pub upset: u32,
    /// The latest bulk change, while it can be undone.
    pub undoable: Option<SituationAction>,
    /// Its version: one more with every saved change, by anyone. A change
    /// names the version it started from and is refused ([`crate::Error::Conflict`])
    /// when another was saved in between.
    #[ts(type = "number")]
    pub version: i64,
}

/// A situation a customer is affected by, for their page and brief.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CustomerSituation {
    /// UUID v7 of the situation.
    pub id: String,
    /// Its short title ("Boiler parts delayed").
    pub title: String,
    /// The latest update, or what we are doing when there is none yet.
    pub latest: String,
    /// When we expect it fixed, if we know.
    #[ts(type = "number | null")]
    pub expected_fix: Option<Millis>,
    /// Who keeps in touch with this customer about it; empty when nobody yet.
    pub concierge: String,
    /// Told about the latest update.
    pub told: bool,
    /// When it was closed; `None` while open.
    #[ts(type = "number | null")]
    pub closed_at: Option<Millis>,
}

/// A short plain-text message for one customer about the latest news.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SituationMessage {
    /// The customer it is for.
    pub customer_id: String,
    /// The name to greet them by.
    pub name: String,
    /// Already told about the latest update.
    pub told: bool,
    /// The message, ready to send or read out.
    pub text: String,
}
