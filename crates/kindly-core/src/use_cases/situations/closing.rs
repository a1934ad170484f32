//! Closing a situation with its follow-ups, and undoing the latest bulk
//! change (an add, a grouping or a close).

use super::{finish_action, open_pk, record_action, SITUATION};
use crate::error::{Error, Result};
use crate::rules::follow_up_model::{FollowUpAction, FollowUpPlan};
use crate::rules::progress::{NoProgress, Progress, Stage, Steps};
use crate::rules::situation_model::*;
use crate::rules::validate::staff_field;
use crate::store::Versioned;
use crate::use_cases::follow_ups;
use crate::use_cases::notebook::Notebook;
use crate::use_cases::versions;
use kindly_words::{args, say, say_with};

impl Notebook {
    /// Closes a situation, with a check-in follow-up for every affected
    /// customer and a card for those who took it worst, as asked; all in
    /// one transaction. Undoable. The situation as it was at `version`: two
    /// people closing it at once close it once.
    pub fn close_situation(
        &mut self,
        situation_id: &str,
        version: i64,
        close: &CloseSituation,
    ) -> Result<SituationAction> {
        self.close_situation_with(situation_id, version, close, &NoProgress)
    }

    /// [`Notebook::close_situation`], reporting [`Stage::Closing`] (`done`
    /// of `of` affected customers' follow-ups planned) and then
    /// [`Stage::Finishing`]. A cancel is noticed between batches; the one
    /// transaction is then dropped, so nothing changed (the situation stays
    /// open). Past Finishing it is not cancelled.
    pub fn close_situation_with(
        &mut self,
        situation_id: &str,
        version: i64,
        close: &CloseSituation,
        progress: &dyn Progress,
    ) -> Result<SituationAction> {
        let staff = staff_field("staff", &close.staff)?;
        if close.check_in_days.is_some_and(|d| d > 366) {
            return Err(Error::invalid(
                "check_in_days",
                say("validate-pick-day-within-next"),
            ));
        }
        let now = self.now();
        let mut tx = self.write()?;
        let situation = open_pk(&mut *tx, situation_id)?;
        versions::expect(
            &mut *tx,
            Versioned::Situation,
            SITUATION,
            situation,
            version,
        )?;
        let title = tx.news(situation)?.title;
        let affected = tx.closing_members(situation)?;
        let mut created: Vec<i64> = Vec::new();
        let mut steps = Steps::start(progress, Stage::Closing, affected.len() as u64)?;
        for (n, member) in affected.iter().enumerate() {
            let mut plans = Vec::new();
            if let Some(days) = close.check_in_days {
                plans.push((
                    FollowUpAction::CheckIn,
                    days,
                    say_with(
                        "situations-check-in-note",
                        &args! { "title" => title.as_str() },
                    ),
                ));
            }
            if close.cards_for_upset && member.upset {
                plans.push((
                    FollowUpAction::SendCard,
                    0,
                    say_with(
                        "situations-sorry-card-note",
                        &args! { "title" => title.as_str() },
                    ),
                ));
            }
            for (action, in_days, note) in plans {
                let plan = FollowUpPlan {
                    action,
                    in_days,
                    assignee: member.concierge.clone(),
                    note,
                };
                created.push(follow_ups::plan(
                    &mut *tx,
                    member.customer_pk,
                    None,
                    &plan,
                    &staff,
                    now,
                )?);
            }
            steps.at(n as u64 + 1)?;
        }
        steps.finish()?;
        progress.stage(Stage::Finishing);
        // Each follow-up with its state as made, so an undo can tell the ones
        // somebody has changed since (and leaves those alone).
        let made: Vec<(i64, String)> = created
            .iter()
            .map(|&entry| Ok((entry, tx.follow_up_state(entry)?)))
            .collect::<Result<_>>()?;
        let undo = serde_json::to_string(&made).map_err(Error::unreadable_record)?;
        let action = record_action(
            &mut *tx,
            situation,
            SituationActionKind::Close,
            &undo,
            &staff,
            now,
        )?;
        tx.set_closed(situation, true, now)?;
        let out = finish_action(
            &mut *tx,
            action,
            SituationActionKind::Close,
            created.len(),
            now,
        )?;
        tx.commit()?;
        Ok(out)
    }

    /// Undoes the latest bulk change of a situation: customers added leave
    /// it, customers grouped go back to their groups, a close reopens it
    /// and removes the follow-ups it created that nobody has acted on or
    /// changed. An add is not undone once any of those customers has been
    /// told or given a concierge since: that would lose it.
    pub fn undo_situation_action(&mut self, action_id: &str) -> Result<()> {
        let now = self.now();
        let mut tx = self.write()?;
        let Some(action) = tx.pending_action(action_id)? else {
            return Err(Error::invalid(
                "action",
                say("validate-change-has-already-been"),
            ));
        };
        let situation = action.situation_pk;
        if tx.latest_action(situation)?.map(|(latest, _)| latest) != Some(action.pk) {
            return Err(Error::invalid(
                "action",
                say("validate-undo-later-change-first"),
            ));
        }
        match SituationActionKind::parse(&action.kind) {
            Some(SituationActionKind::Add) => {
                let since = tx.added_and_touched(action.pk)?;
                if since > 0 {
                    return Err(Error::invalid(
                        "action",
                        say_with("validate-added-since", &args! { "count" => since }),
                    ));
                }
                tx.remove_added(action.pk)?;
            }
            Some(SituationActionKind::Group) => {
                let before: Vec<(i64, Option<i64>)> =
                    serde_json::from_str(&action.undo).map_err(Error::unreadable_record)?;
                tx.set_member_groups(situation, &before)?;
            }
            Some(SituationActionKind::Close) => {
                // Closes recorded before the states were kept list only keys.
                let made: Vec<(i64, Option<String>)> =
                    match serde_json::from_str::<Vec<(i64, String)>>(&action.undo) {
                        Ok(made) => made.into_iter().map(|(e, s)| (e, Some(s))).collect(),
                        Err(_) => serde_json::from_str::<Vec<i64>>(&action.undo)
                            .map_err(Error::unreadable_record)?
                            .into_iter()
                            .map(|e| (e, None))
                            .collect(),
                    };
                for (entry, state) in made {
                    let untouched = match state {
                        Some(state) => tx.follow_up_state(entry).ok().as_ref() == Some(&state),
                        None => true,
                    };
                    if untouched {
                        tx.remove_unacted_follow_up(entry)?;
                    }
                }
                tx.set_closed(situation, false, now)?;
            }
            None => {}
        }
        tx.mark_undone(action.pk, now)?;
        tx.commit()?;
        Ok(())
    }
}
