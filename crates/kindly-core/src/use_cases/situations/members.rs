//! Who a situation affects: listing them a page at a time, adding them
//! (from a saved search, a list, or one by one), taking one off, and their
//! groups and concierges.

use kindly_words::{args, say, say_with};
use uuid::Uuid;

use super::{
    customer_pks, finish_action, not_member, open_pk, record_action, situation_key,
    MAX_MEMBER_PAGE, MAX_PICKED,
};
use crate::error::{Error, Result};
use crate::rules::fold::fold;
use crate::rules::progress::{NoProgress, Progress, Stage, Steps};
use crate::rules::situation_model::*;
use crate::rules::validate::staff_field;
use crate::rules::validate::{one_line, MAX_TAG};
use crate::store::situations::{CustomerMatch, MemberQuery};
use crate::store::Scope;
use crate::use_cases::history::entries::category_key;
use crate::use_cases::notebook::Notebook;

/// A [`MemberFilter`] checked.
fn member_query(filter: &MemberFilter) -> Result<MemberQuery> {
    let name = one_line(
        "name",
        &|| say("validate-label-the-name"),
        &filter.name,
        200,
    )?;
    if filter.customer_ids.len() > MAX_PICKED {
        return Err(Error::invalid(
            "customer_ids",
            say_with("validate-pick-at-most", &args! { "max" => MAX_PICKED }),
        ));
    }
    Ok(MemberQuery {
        name_key: fold(&name),
        group_id: filter.group_id.clone(),
        told: filter.told,
        customer_ids: filter.customer_ids.clone(),
    })
}

/// A [`SituationFilter`] checked, or an error when it picks nothing at all.
fn customer_match(filter: &SituationFilter) -> Result<CustomerMatch> {
    let tag = filter
        .tag
        .as_deref()
        .map(|t| one_line("tag", &|| say("validate-label-the-tag"), t, MAX_TAG))
        .transpose()?
        .filter(|t| !t.is_empty());
    let category_key = filter
        .open_issue_category
        .as_deref()
        .map(|c| {
            one_line(
                "open_issue_category",
                &|| say("validate-label-the-category"),
                c,
                40,
            )
        })
        .transpose()?
        .filter(|c| !c.is_empty())
        .map(|c| category_key(&c));
    if tag.is_none() && category_key.is_none() {
        return Err(Error::invalid(
            "tag",
            say("validate-type-tag-issue-category"),
        ));
    }
    Ok(CustomerMatch { tag, category_key })
}

/// Customers added per statement: a thousand or fewer go in one, as before
/// progress was reported, so a team notebook's other desks get one change
/// notice for them; ten thousand still give ten steps for the bar and Cancel.
const ADD_BATCH: usize = 1_000;

impl Notebook {
    /// One page of the affected customers `filter` picks out, by name, from
    /// `offset`, at most `limit` (1 to [`MAX_MEMBER_PAGE`]), with how many
    /// match in all.
    pub fn situation_members(
        &self,
        situation_id: &str,
        filter: &MemberFilter,
        offset: u32,
        limit: u32,
    ) -> Result<SituationMemberPage> {
        if !(1..=MAX_MEMBER_PAGE).contains(&limit) {
            return Err(Error::invalid(
                "limit",
                say_with("validate-list-between", &args! { "max" => MAX_MEMBER_PAGE }),
            ));
        }
        let mut tx = self.read()?;
        let pk = situation_key(&mut *tx, situation_id)?.pk;
        let query = member_query(filter)?;
        let members = tx.members(pk, &query, Some((offset, limit)))?;
        let matching = tx.count_members(pk, &query)?;
        Ok(SituationMemberPage {
            members,
            matching,
            offset,
        })
    }

    /// The ids of every affected customer `filter` picks out, by name: what
    /// "Tick all that match" ticks.
    pub fn situation_member_ids(
        &self,
        situation_id: &str,
        filter: &MemberFilter,
    ) -> Result<Vec<String>> {
        let mut tx = self.read()?;
        let pk = situation_key(&mut *tx, situation_id)?.pk;
        let query = member_query(filter)?;
        tx.member_ids(pk, &query)
    }

    /// How many live customers `filter` picks out (nothing is written).
    pub fn count_matching(&self, filter: &SituationFilter) -> Result<u32> {
        let wanted = customer_match(filter)?;
        self.read()?.count_matching(&wanted)
    }

    /// Adds every live customer `filter` picks out who is not affected yet,
    /// in one transaction, and saves the search on the situation so it can
    /// be run again. Undoable.
    pub fn add_matching(
        &mut self,
        situation_id: &str,
        filter: &SituationFilter,
        staff: &str,
    ) -> Result<SituationAction> {
        self.add_matching_with(situation_id, filter, staff, &NoProgress)
    }

    /// [`Notebook::add_matching`], reporting [`Stage::Adding`] without a
    /// count (the customers are added in one statement) and then
    /// [`Stage::Finishing`]. A cancel is noticed before the statement only;
    /// the transaction is then dropped, so nothing changed.
    pub fn add_matching_with(
        &mut self,
        situation_id: &str,
        filter: &SituationFilter,
        staff: &str,
        progress: &dyn Progress,
    ) -> Result<SituationAction> {
        let staff = staff_field("staff", staff)?;
        let wanted = customer_match(filter)?;
        let now = self.now();
        // Every key the insert writes was read from its parent table in
        // this transaction (the customers from their tags or issues, the
        // situation and the action just above); checking 5,000 of them
        // again one at a time took longer than the insert itself.
        self.write_without_key_checks(|tx| {
            let situation = open_pk(tx, situation_id)?;
            let action = record_action(tx, situation, SituationActionKind::Add, "[]", &staff, now)?;
            Steps::start(progress, Stage::Adding, 0)?;
            let added = tx.add_matching(situation, &wanted, action.pk, now)?;
            progress.stage(Stage::Finishing);
            tx.save_filter(situation, filter, now)?;
            finish_action(tx, action, SituationActionKind::Add, added, now)
        })
    }

    /// Adds the customers picked from a list or a customer's page, in one
    /// transaction; those already affected are left as they are. Undoable.
    pub fn add_to_situation(
        &mut self,
        situation_id: &str,
        customer_ids: &[String],
        staff: &str,
    ) -> Result<SituationAction> {
        self.add_to_situation_with(situation_id, customer_ids, staff, &NoProgress)
    }

    /// [`Notebook::add_to_situation`], reporting [`Stage::Adding`] (`done`
    /// of `of` customers, in batches) and then [`Stage::Finishing`]. A
    /// cancel is noticed between batches; the one transaction is then
    /// dropped, so nothing changed. Past Finishing it is not cancelled.
    pub fn add_to_situation_with(
        &mut self,
        situation_id: &str,
        customer_ids: &[String],
        staff: &str,
        progress: &dyn Progress,
    ) -> Result<SituationAction> {
        let staff = staff_field("staff", staff)?;
        let now = self.now();
        let mut tx = self.write()?;
        let situation = open_pk(&mut *tx, situation_id)?;
        let pks = customer_pks(&mut *tx, customer_ids)?;
        let action = record_action(
            &mut *tx,
            situation,
            SituationActionKind::Add,
            "[]",
            &staff,
            now,
        )?;
        let mut steps = Steps::start(progress, Stage::Adding, pks.len() as u64)?;
        let (mut added, mut done) = (0, 0);
        for batch in pks.chunks(steps.batch().max(ADD_BATCH)) {
            added += tx.add_members(situation, batch, action.pk, now)?;
            done += batch.len() as u64;
            steps.at(done)?;
        }
        steps.finish()?;
        progress.stage(Stage::Finishing);
        let out = finish_action(&mut *tx, action, SituationActionKind::Add, added, now)?;
        tx.commit()?;
        Ok(out)
    }

    /// Takes one customer off a situation (added by mistake).
    pub fn remove_from_situation(&mut self, situation_id: &str, customer_id: &str) -> Result<()> {
        let mut tx = self.write()?;
        let situation = open_pk(&mut *tx, situation_id)?;
        let customer = tx.customer_pk(customer_id, Scope::Any)?;
        tx.remove_member(situation, customer)?;
        tx.commit()?;
        Ok(())
    }

    /// Adds a group with the person who keeps in touch with it; its id.
    pub fn add_situation_group(
        &mut self,
        situation_id: &str,
        name: &str,
        concierge: &str,
    ) -> Result<String> {
        let name = one_line("name", &|| say("validate-label-group-name"), name, 100)?;
        if name.is_empty() {
            return Err(Error::invalid("name", say("validate-give-group-name-such")));
        }
        let concierge = staff_field("concierge", concierge)?;
        let mut tx = self.write()?;
        let situation = open_pk(&mut *tx, situation_id)?;
        let id = Uuid::now_v7().to_string();
        tx.insert_group(situation, &id, &name, &concierge)?;
        tx.commit()?;
        Ok(id)
    }

    /// Gives a group another concierge.
    pub fn set_group_concierge(
        &mut self,
        situation_id: &str,
        group_id: &str,
        concierge: &str,
    ) -> Result<()> {
        let concierge = staff_field("concierge", concierge)?;
        let mut tx = self.write()?;
        let situation = open_pk(&mut *tx, situation_id)?;
        let group = group_pk(&mut *tx, situation, group_id)?;
        tx.set_group_concierge(group, &concierge)?;
        tx.commit()?;
        Ok(())
    }

    /// Gives one affected customer a concierge of their own (empty: their
    /// group's again).
    pub fn set_member_concierge(
        &mut self,
        situation_id: &str,
        customer_id: &str,
        concierge: &str,
    ) -> Result<()> {
        let concierge = staff_field("concierge", concierge)?;
        let mut tx = self.write()?;
        let situation = open_pk(&mut *tx, situation_id)?;
        let customer = tx.customer_pk(customer_id, Scope::Any)?;
        if !tx.set_member_concierge(situation, customer, &concierge)? {
            return Err(not_member());
        }
        tx.commit()?;
        Ok(())
    }

    /// Puts affected customers in a group (`None`: in no group), in one
    /// transaction. Undoable.
    pub fn group_members(
        &mut self,
        situation_id: &str,
        customer_ids: &[String],
        group_id: Option<&str>,
        staff: &str,
    ) -> Result<SituationAction> {
        let staff = staff_field("staff", staff)?;
        let now = self.now();
        let mut tx = self.write()?;
        let situation = open_pk(&mut *tx, situation_id)?;
        let group = group_id
            .map(|g| group_pk(&mut *tx, situation, g))
            .transpose()?;
        let pks = customer_pks(&mut *tx, customer_ids)?;
        let mut before: Vec<(i64, Option<i64>)> = Vec::with_capacity(pks.len());
        for pk in &pks {
            let was = tx.member_group(situation, *pk)?.ok_or_else(not_member)?;
            before.push((*pk, was));
        }
        let undo = serde_json::to_string(&before).map_err(Error::unreadable_record)?;
        let action = record_action(
            &mut *tx,
            situation,
            SituationActionKind::Group,
            &undo,
            &staff,
            now,
        )?;
        let after: Vec<(i64, Option<i64>)> = pks.iter().map(|&pk| (pk, group)).collect();
        tx.set_member_groups(situation, &after)?;
        let out = finish_action(&mut *tx, action, SituationActionKind::Group, pks.len(), now)?;
        tx.commit()?;
        Ok(out)
    }
}

/// The group `id` of this situation.
fn group_pk(tx: &mut dyn crate::store::Tx, situation: i64, id: &str) -> Result<i64> {
    tx.group_pk(situation, id)?
        .ok_or_else(|| Error::invalid("group_id", say("validate-group-could-not-found")))
}

/// Customers being added to an open situation inside a caller's own
/// transaction (a bulk change from the Customers list), recorded as one
/// change of the situation like [`Notebook::add_to_situation`] records it,
/// so the situation's page shows it and its own Undo can take it back.
pub(crate) struct Adding {
    situation: i64,
    action: super::Recording,
    added: usize,
}

impl Adding {
    /// Starts adding to the situation `situation_id`; refused when it is
    /// closed or unknown.
    pub(crate) fn start(
        tx: &mut dyn crate::store::Tx,
        situation_id: &str,
        staff: &str,
        now: crate::rules::model::Millis,
    ) -> Result<Adding> {
        let situation = open_pk(tx, situation_id)?;
        let action = record_action(tx, situation, SituationActionKind::Add, "[]", staff, now)?;
        Ok(Adding {
            situation,
            action,
            added: 0,
        })
    }

    /// The situation's key.
    pub(crate) fn situation_pk(&self) -> i64 {
        self.situation
    }

    /// The key of the situation's change being recorded.
    pub(crate) fn action_pk(&self) -> i64 {
        self.action.pk
    }

    /// Adds the customers `pks` not affected yet (one statement).
    pub(crate) fn add(
        &mut self,
        tx: &mut dyn crate::store::Tx,
        pks: &[i64],
        now: crate::rules::model::Millis,
    ) -> Result<usize> {
        let added = tx.add_members(self.situation, pks, self.action.pk, now)?;
        self.added += added;
        Ok(added)
    }

    /// Records how many were added.
    pub(crate) fn finish(
        self,
        tx: &mut dyn crate::store::Tx,
        now: crate::rules::model::Millis,
    ) -> Result<SituationAction> {
        finish_action(tx, self.action, SituationActionKind::Add, self.added, now)
    }
}

/// The open situation `id`'s key; refused in words when it is closed.
pub(crate) fn open_situation(tx: &mut dyn crate::store::Tx, id: &str) -> Result<i64> {
    open_pk(tx, id)
}
