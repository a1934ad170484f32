//! The store's operations for situations: the situations themselves, their
//! members, groups and concierges, updates, told records and the bulk
//! changes that can be undone.

use crate::error::Result;
use crate::rules::history_model::Mood;
use crate::rules::model::Millis;
use crate::rules::situation_model::{
    ConciergeProgress, CustomerSituation, Situation, SituationAction, SituationFilter,
    SituationGroup, SituationMember, SituationSummary, SituationUpdate, TellHow,
};

/// A situation's key, and whether it is closed.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SituationKey {
    /// The situation's primary key.
    pub pk: i64,
    /// Whether it has been closed.
    pub closed: bool,
}

/// A situation's text as written: title, story, expected fix and lead,
/// already checked.
#[derive(Debug, Clone)]
pub(crate) struct SituationText {
    /// A short name for the problem; never empty.
    pub title: String,
    /// What went wrong, as we would tell a customer.
    pub what_happened: String,
    /// What we are doing about it.
    pub what_we_do: String,
    /// When we expect it fixed, if we know.
    pub expected_fix: Option<Millis>,
    /// Who leads it.
    pub lead: String,
}

/// Which members of a situation a list shows, already checked: every part
/// given must match.
#[derive(Debug, Clone, Default)]
pub(crate) struct MemberQuery {
    /// A part of the name they go by or their full name, folded (`""`: any).
    pub name_key: String,
    /// The group's id (`None`: any group; `Some("")`: in no group).
    pub group_id: Option<String>,
    /// Told about the latest news or not (`None`: either).
    pub told: Option<bool>,
    /// Only these customers (empty: any).
    pub customer_ids: Vec<String>,
}

/// The live customers a saved search picks out, already checked: every
/// part given must match and at least one is given.
#[derive(Debug, Clone)]
pub(crate) struct CustomerMatch {
    /// Everyone with this tag, ignoring case.
    pub tag: Option<String>,
    /// Everyone with an open issue of this category (its folded key).
    pub category_key: Option<String>,
}

/// The news a customer is told: the latest update, else what happened.
#[derive(Debug, Clone)]
pub(crate) struct News {
    /// The situation's title.
    pub title: String,
    /// What went wrong.
    pub what_happened: String,
    /// What we are doing about it.
    pub what_we_do: String,
    /// When we expect it fixed, if we know.
    pub expected_fix: Option<Millis>,
    /// Who leads it (signs a message when a member has no concierge).
    pub lead: String,
    /// The number of the latest update (0 before the first).
    pub latest_seq: i64,
    /// The latest update's text, if one was posted.
    pub latest: Option<String>,
}

/// That a member was told about update `seq`: when, by whom, how, and how
/// they took it.
#[derive(Debug, Clone)]
pub(crate) struct Telling<'a> {
    /// The update they were told about (the latest).
    pub seq: i64,
    /// When.
    pub at: Millis,
    /// Who told them.
    pub staff: &'a str,
    /// How.
    pub how: TellHow,
    /// How they took it, if noted.
    pub mood: Option<Mood>,
}

/// A live member as a close sees them: who keeps in touch with them and
/// whether they took it badly.
#[derive(Debug, Clone)]
pub(crate) struct ClosingMember {
    /// The member's customer key.
    pub customer_pk: i64,
    /// Their own concierge, else their group's (`""`: none).
    pub concierge: String,
    /// Whether they took the news badly (mood "upset").
    pub upset: bool,
}

/// A bulk change not undone yet, with what its undo needs.
#[derive(Debug, Clone)]
pub(crate) struct PendingAction {
    /// The change's key.
    pub pk: i64,
    /// The situation it changed.
    pub situation_pk: i64,
    /// The kind as stored (see `SituationActionKind`).
    pub kind: String,
    /// What the undo needs, as JSON written by the change.
    pub undo: String,
}

/// Operations for situations. Implemented by every store.
pub(crate) trait SituationRows {
    /// The situation `id`'s key, `None` when there is no such situation.
    fn situation_key(&mut self, id: &str) -> Result<Option<SituationKey>>;
    /// Starts a situation with nobody affected yet, written by `staff` at `now`.
    fn insert_situation(
        &mut self,
        id: &str,
        text: &SituationText,
        staff: &str,
        now: Millis,
    ) -> Result<()>;
    /// Replaces the text of situation `pk`.
    fn update_situation(&mut self, pk: i64, text: &SituationText, now: Millis) -> Result<()>;
    /// Closes situation `pk` at `now` (`closed`), or opens it again.
    fn set_closed(&mut self, pk: i64, closed: bool, now: Millis) -> Result<()>;
    /// Every situation (closed ones too when `include_closed`), open first,
    /// newest first, each with how many live members were told about its
    /// latest news, of how many: one statement however many there are.
    fn situations(&mut self, include_closed: bool) -> Result<Vec<SituationSummary>>;
    /// The situation `pk`'s own fields; its updates, groups, progress, upset
    /// count and undoable change are left empty for the callers to fill.
    fn situation(&mut self, pk: i64) -> Result<Situation>;
    /// The updates posted on situation `pk`, oldest first.
    fn updates(&mut self, pk: i64) -> Result<Vec<SituationUpdate>>;
    /// The groups of situation `pk` by name, each with its live member count.
    fn groups(&mut self, pk: i64) -> Result<Vec<SituationGroup>>;
    /// How many live members of situation `pk` took the news badly.
    fn upset_count(&mut self, pk: i64) -> Result<u32>;
    /// Live members told about the latest news, of how many, per concierge
    /// (own, else their group's; `""` last), by concierge name.
    fn progress(&mut self, pk: i64) -> Result<Vec<ConciergeProgress>>;
    /// The latest news of situation `pk`.
    fn news(&mut self, pk: i64) -> Result<News>;
    /// The situations customer `customer_pk` is affected by (only open ones
    /// when `open_only`), open first, newest first, at most `limit`.
    fn situations_of_customer(
        &mut self,
        customer_pk: i64,
        open_only: bool,
        limit: u32,
    ) -> Result<Vec<CustomerSituation>>;

    /// The live members of situation `pk` `query` picks out, by the name
    /// they go by, then as added; from `offset`, at most `limit` (`None`:
    /// all of them).
    fn members(
        &mut self,
        pk: i64,
        query: &MemberQuery,
        page: Option<(u32, u32)>,
    ) -> Result<Vec<SituationMember>>;
    /// How many live members of situation `pk` `query` picks out.
    fn count_members(&mut self, pk: i64, query: &MemberQuery) -> Result<u32>;
    /// The customer ids of the live members of situation `pk` `query` picks
    /// out, in the order of [`SituationRows::members`].
    fn member_ids(&mut self, pk: i64, query: &MemberQuery) -> Result<Vec<String>>;
    /// How many live customers `wanted` picks out.
    fn count_matching(&mut self, wanted: &CustomerMatch) -> Result<u32>;
    /// Adds every live customer `wanted` picks out who is not a member of
    /// situation `pk` yet, as part of change `action_pk`, in one statement;
    /// how many were added.
    fn add_matching(
        &mut self,
        pk: i64,
        wanted: &CustomerMatch,
        action_pk: i64,
        now: Millis,
    ) -> Result<usize>;
    /// Keeps `filter` on situation `pk` as its saved search.
    fn save_filter(&mut self, pk: i64, filter: &SituationFilter, now: Millis) -> Result<()>;
    /// Adds the customers `customer_pks` who are not members of situation
    /// `pk` yet, as part of change `action_pk`; how many were added.
    fn add_members(
        &mut self,
        pk: i64,
        customer_pks: &[i64],
        action_pk: i64,
        now: Millis,
    ) -> Result<usize>;
    /// Takes customer `customer_pk` off situation `pk` (nothing when not a member).
    fn remove_member(&mut self, pk: i64, customer_pk: i64) -> Result<()>;
    /// The group of member `customer_pk` of situation `pk`: `None` when
    /// they are not a member, `Some(None)` when in no group.
    fn member_group(&mut self, pk: i64, customer_pk: i64) -> Result<Option<Option<i64>>>;
    /// Puts each member `(customer_pk, group_pk)` of situation `pk` in that
    /// group (`None`: in none).
    fn set_member_groups(&mut self, pk: i64, groups: &[(i64, Option<i64>)]) -> Result<()>;
    /// Gives member `customer_pk` of situation `pk` a concierge of their own
    /// (`""`: their group's); false when they are not a member.
    fn set_member_concierge(&mut self, pk: i64, customer_pk: i64, concierge: &str) -> Result<bool>;
    /// Records that the members `customer_pks` (each named once) of
    /// situation `pk` were told, in one statement however many they are;
    /// how many of them are members (and were marked).
    fn mark_told(&mut self, pk: i64, customer_pks: &[i64], telling: &Telling) -> Result<usize>;
    /// Keeps the record that each customer `(customer_pk, entry_id)` was
    /// told, with the conversation `entry_id` logged on their timeline for
    /// it, in one statement however many they are.
    fn insert_told(&mut self, pk: i64, told: &[(i64, String)], telling: &Telling) -> Result<()>;
    /// The live members of situation `pk` as a close sees them, by key.
    fn closing_members(&mut self, pk: i64) -> Result<Vec<ClosingMember>>;
    /// The customer id of `customer_pk`.
    fn customer_id(&mut self, customer_pk: i64) -> Result<String>;

    /// The group `id` of situation `pk`, `None` when it has no such group.
    fn group_pk(&mut self, pk: i64, id: &str) -> Result<Option<i64>>;
    /// Adds a group `id` to situation `pk`.
    fn insert_group(&mut self, pk: i64, id: &str, name: &str, concierge: &str) -> Result<()>;
    /// Gives group `group_pk` another concierge.
    fn set_group_concierge(&mut self, group_pk: i64, concierge: &str) -> Result<()>;

    /// Posts an update on situation `pk` as its new latest news (a new
    /// expected fix replaces the old one); every member is "not yet told"
    /// about it.
    fn post_update(
        &mut self,
        pk: i64,
        text: &str,
        expected_fix: Option<Millis>,
        staff: &str,
        now: Millis,
    ) -> Result<()>;

    /// Records a bulk change `id` of situation `pk` touching nobody yet;
    /// its key.
    fn insert_action(
        &mut self,
        pk: i64,
        id: &str,
        kind: &str,
        undo: &str,
        staff: &str,
        now: Millis,
    ) -> Result<i64>;
    /// Sets how many rows change `action_pk` touched.
    fn set_action_count(&mut self, action_pk: i64, count: usize) -> Result<()>;
    /// The latest change of situation `pk` not undone yet, with its key.
    fn latest_action(&mut self, pk: i64) -> Result<Option<(i64, SituationAction)>>;
    /// The change `id` if it has not been undone.
    fn pending_action(&mut self, id: &str) -> Result<Option<PendingAction>>;
    /// How many members change `action_pk` added have been told or given a
    /// concierge since.
    fn added_and_touched(&mut self, action_pk: i64) -> Result<u32>;
    /// Takes off every member change `action_pk` added.
    fn remove_added(&mut self, action_pk: i64) -> Result<()>;
    /// Marks change `action_pk` undone at `now`.
    fn mark_undone(&mut self, action_pk: i64, now: Millis) -> Result<()>;

    /// Everything a person can change about the follow-up `entry_pk`, as
    /// one string: equal strings mean nobody has touched it.
    fn follow_up_state(&mut self, entry_pk: i64) -> Result<String>;
    /// Deletes the follow-up `entry_pk` unless anything was done about it
    /// (it has events).
    fn remove_unacted_follow_up(&mut self, entry_pk: i64) -> Result<()>;
}
