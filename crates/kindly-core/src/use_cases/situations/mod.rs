//! Situations: one problem that touches many customers. Creating one,
//! adding the affected customers (from a search, a list, or one by one),
//! groups with a concierge each, posting updates, recording who was told
//! what, closing with follow-ups, and undoing a bulk change.
//!
//! Invariants:
//! - A member is "told" when they were told about the latest update
//!   (`told_seq = latest_seq`); posting an update makes everyone "not yet
//!   told" without touching a single member row.
//! - Telling someone logs a conversation on their timeline (how, who, how
//!   they took it), in the same transaction.
//! - Adding customers, putting them in a group and closing with follow-ups
//!   are each one transaction, recorded in `situation_actions`, and the
//!   latest of them can be undone in one step.
//! - Every method that changes data is one transaction and validates first.
//!
//! Here: the situation itself and its screen; the members and groups in
//! [`members`], updates and telling in [`telling`], closing and undo in
//! [`closing`].

mod closing;
pub(crate) mod members;
mod telling;

use kindly_words::{args, say, say_with};
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::rules::model::Millis;
use crate::rules::situation_model::*;
use crate::rules::validate::{date, staff_field};
use crate::rules::validate::{one_line, text};
use crate::store::situations::{SituationKey, SituationText};
use crate::store::Scope;
use crate::store::{Tx, Versioned};
use crate::use_cases::notebook::Notebook;
use crate::use_cases::versions;

/// A situation, as the person says it.
pub(super) const SITUATION: &str = "situation";

/// The longest "what happened", "what we are doing", update or note.
pub const MAX_SITUATION_TEXT: usize = 2_000;
/// The most customers one call may name.
pub const MAX_PICKED: usize = 10_000;
/// The most affected customers one page lists.
pub const MAX_MEMBER_PAGE: u32 = 200;
/// How many situations a customer's page or brief lists.
const CUSTOMER_SITUATIONS: u32 = 20;

/// A situation's text and who writes it, checked.
fn valid(input: &SituationInput) -> Result<(SituationText, String)> {
    let title = one_line(
        "title",
        &|| say("validate-label-the-title"),
        &input.title,
        200,
    )?;
    if title.is_empty() {
        return Err(Error::invalid(
            "title",
            say("validate-give-situation-short-title"),
        ));
    }
    let text = SituationText {
        title,
        what_happened: long_text(
            "what_happened",
            "validate-label-what-happened",
            &input.what_happened,
        )?,
        what_we_do: long_text("what_we_do", "validate-label-what-we-do", &input.what_we_do)?,
        expected_fix: input
            .expected_fix
            .map(|at| date("expected_fix", at))
            .transpose()?,
        lead: staff_field("lead", &input.lead)?,
    };
    Ok((text, staff_field("staff", &input.staff)?))
}

fn long_text(field: &str, label: &str, value: &str) -> Result<String> {
    // `label` is the message naming the field, said only when refused.
    text(
        field,
        &|| kindly_words::say(label),
        value,
        MAX_SITUATION_TEXT,
    )
}

/// A situation's key; `NotFound` for an unknown id.
fn situation_key(tx: &mut dyn Tx, id: &str) -> Result<SituationKey> {
    tx.situation_key(id)?
        .ok_or_else(|| Error::NotFound { id: id.to_owned() })
}

/// A situation that is still open, for a change.
fn open_pk(tx: &mut dyn Tx, id: &str) -> Result<i64> {
    match situation_key(tx, id)? {
        SituationKey { closed: true, .. } => Err(Error::invalid(
            "situation",
            say("validate-situation-closed-undo-closing"),
        )),
        SituationKey { pk, .. } => Ok(pk),
    }
}

/// The live customers `ids`, each once, in order.
fn customer_pks(tx: &mut dyn Tx, ids: &[String]) -> Result<Vec<i64>> {
    if ids.len() > MAX_PICKED {
        return Err(Error::invalid(
            "customer_ids",
            say_with("validate-pick-at-most", &args! { "max" => MAX_PICKED }),
        ));
    }
    let mut pks: Vec<i64> = Vec::with_capacity(ids.len());
    for id in ids {
        let pk = tx.customer_pk(id, Scope::Live).map_err(|_| {
            Error::invalid("customer_ids", say("validate-one-those-customers-could"))
        })?;
        if !pks.contains(&pk) {
            pks.push(pk);
        }
    }
    Ok(pks)
}

/// A bulk change of `situation` being recorded: its key and id.
struct Recording {
    pk: i64,
    id: String,
}

/// Starts recording a bulk change of `situation` (touching nobody yet).
fn record_action(
    tx: &mut dyn Tx,
    situation: i64,
    kind: SituationActionKind,
    undo: &str,
    staff: &str,
    now: Millis,
) -> Result<Recording> {
    let id = Uuid::now_v7().to_string();
    let pk = tx.insert_action(situation, &id, kind.as_str(), undo, staff, now)?;
    Ok(Recording { pk, id })
}

/// Sets how many rows a change touched and returns it.
fn finish_action(
    tx: &mut dyn Tx,
    action: Recording,
    kind: SituationActionKind,
    count: usize,
    now: Millis,
) -> Result<SituationAction> {
    tx.set_action_count(action.pk, count)?;
    Ok(SituationAction {
        id: action.id,
        kind,
        count: count as u32,
        at: now,
    })
}

/// Who is told and who is not, in all and per concierge.
fn progress(tx: &mut dyn Tx, situation: i64) -> Result<SituationProgress> {
    let by_concierge = tx.progress(situation)?;
    Ok(SituationProgress {
        told: by_concierge.iter().map(|p| p.told).sum(),
        total: by_concierge.iter().map(|p| p.total).sum(),
        by_concierge,
    })
}

/// The situations customer `customer_pk` is affected by (only open ones
/// when `open_only`), open first, newest first, as their page and brief
/// list them.
pub(crate) fn of_customer_in(
    tx: &mut dyn Tx,
    customer_pk: i64,
    open_only: bool,
) -> Result<Vec<CustomerSituation>> {
    tx.situations_of_customer(customer_pk, open_only, CUSTOMER_SITUATIONS)
}

fn not_member() -> Error {
    Error::invalid("customer_ids", say("validate-customer-not-affected-by"))
}

impl Notebook {
    /// Starts a situation (nobody affected yet).
    pub fn create_situation(&mut self, input: &SituationInput) -> Result<String> {
        let (text, staff) = valid(input)?;
        let now = self.now();
        let id = Uuid::now_v7().to_string();
        let mut tx = self.write()?;
        tx.insert_situation(&id, &text, &staff, now)?;
        tx.commit()?;
        Ok(id)
    }

    /// Edits a situation's title, story, expected fix and lead, as it was
    /// at `version`.
    pub fn update_situation(
        &mut self,
        id: &str,
        version: i64,
        input: &SituationInput,
    ) -> Result<()> {
        let (text, _) = valid(input)?;
        let now = self.now();
        let mut tx = self.write()?;
        let pk = situation_key(&mut *tx, id)?.pk;
        versions::expect(&mut *tx, Versioned::Situation, SITUATION, pk, version)?;
        tx.update_situation(pk, &text, now)?;
        tx.commit()?;
        Ok(())
    }

    /// Every situation (closed ones too when `include_closed`), open first,
    /// newest first, with how many have been told about the latest news.
    pub fn situations(&self, include_closed: bool) -> Result<Vec<SituationSummary>> {
        self.read()?.situations(include_closed)
    }

    /// Everything the situation's screen shows.
    pub fn situation(&self, id: &str) -> Result<Situation> {
        let mut tx = self.read()?;
        let pk = situation_key(&mut *tx, id)?.pk;
        let mut s = tx.situation(pk)?;
        s.updates = tx.updates(pk)?;
        s.groups = tx.groups(pk)?;
        s.progress = progress(&mut *tx, pk)?;
        s.upset = tx.upset_count(pk)?;
        s.undoable = tx.latest_action(pk)?.map(|(_, a)| a);
        Ok(s)
    }

    /// Told about the latest news, of how many, in all and per concierge.
    pub fn situation_progress(&self, id: &str) -> Result<SituationProgress> {
        let mut tx = self.read()?;
        let pk = situation_key(&mut *tx, id)?.pk;
        progress(&mut *tx, pk)
    }
}
