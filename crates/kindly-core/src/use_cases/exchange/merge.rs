//! Duplicate customers: finding likely pairs, merging two into one, and
//! undoing a merge.
//!
//! Invariants:
//! - A merge keeps every phone, email, list item, tag and note of both
//!   profiles (see [`crate::rules::combine::absorb`]) and moves every
//!   conversation, issue, promise and follow-up of the merged customer to
//!   the kept one, with their timelines, and their place in every situation
//!   the kept one is not in yet. The merged customer goes to Trash.
//!   The birthday reminder is the one exception: the kept customer has one
//!   reminder for their birthday, so the merged one's stays behind.
//! - [`Notebook::undo_merge`] puts both back: the kept profile without what
//!   the merge added to it, the moved entries back to the merged customer
//!   (from the kept one, or from whoever the kept one was merged into
//!   since), who leaves Trash. Whatever the kept customer got since the
//!   merge stays with them: entries, list items, and any field edited since.
//! - Each of these is one transaction. A merge reports
//!   [`Stage::Moving`] (entries moved) and [`Stage::Finishing`]; a cancel
//!   asked before Finishing drops the transaction, so nothing changed.

use kindly_words::say;
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::rules::changes::{FieldChange, MERGED_INTO};
use crate::rules::combine::{absorb, absorb_in};
pub use crate::rules::merge_model::{DuplicatePair, MergeOutcome, MergeRecord};
use crate::rules::model::CustomerInput;
use crate::rules::progress::{self, NoProgress, Progress, Stage, Steps};
use crate::rules::validate;
use crate::store::Scope;
use crate::store::{NewMerge, RecordedMerge, Rows};
use crate::use_cases::customers::{changes, rewrite, Words};
use crate::use_cases::follow_ups;
use crate::use_cases::notebook::Notebook;

/// The most pairs [`Notebook::likely_duplicates`] lists.
pub const DUPLICATES_LIMIT: usize = 100;
/// The most merges [`Notebook::recent_merges`] lists.
pub const RECENT_MERGES: usize = 20;

impl Notebook {
    /// Pairs of live customers who share a phone number, an email address,
    /// or a name together with a company, address or birthday; at most
    /// [`DUPLICATES_LIMIT`], excluding pairs marked as different people.
    pub fn likely_duplicates(&self) -> Result<Vec<DuplicatePair>> {
        let mut tx = self.read()?;
        tx.likely_pairs(DUPLICATES_LIMIT)?
            .into_iter()
            .map(|pair| {
                Ok(DuplicatePair {
                    a: tx.customer_summary(pair.a_pk)?,
                    b: tx.customer_summary(pair.b_pk)?,
                    reason: pair.reason,
                })
            })
            .collect()
    }

    /// Remembers that two customers are different people, so they are not
    /// listed as likely duplicates again.
    pub fn not_duplicates(&mut self, a_id: &str, b_id: &str) -> Result<()> {
        if a_id == b_id {
            return Err(Error::invalid(
                "b_id",
                say("validate-choose-two-different-customers"),
            ));
        }
        let mut tx = self.write()?;
        let a = tx.customer_pk(a_id, Scope::Any)?;
        let b = tx.customer_pk(b_id, Scope::Any)?;
        tx.remember_not_duplicates(a, b)?;
        tx.commit()?;
        Ok(())
    }

    /// Merges `merged_id` into `kept_id` (see the module invariants).
    pub fn merge_customers(&mut self, kept_id: &str, merged_id: &str) -> Result<MergeOutcome> {
        self.merge_customers_with(kept_id, merged_id, &NoProgress)
    }

    /// [`Notebook::merge_customers`], reporting [`Stage::Moving`] (`done`
    /// of `of` entries moved, in batches) and then [`Stage::Finishing`].
    /// A cancel is noticed before anything is written and between batches
    /// of entries; the transaction is then dropped, so the notebook is as
    /// it was, and the merge ends with [`Error::Cancelled`]. Past
    /// Finishing it is not cancelled.
    pub fn merge_customers_with(
        &mut self,
        kept_id: &str,
        merged_id: &str,
        progress: &dyn Progress,
    ) -> Result<MergeOutcome> {
        if kept_id == merged_id {
            return Err(Error::invalid(
                "merged_id",
                say("validate-choose-two-different-customers-2"),
            ));
        }
        let region = self.phone_region()?;
        let now = self.now();
        progress::check(progress)?;
        let mut tx = self.write()?;
        let kept_pk = tx.customer_pk(kept_id, Scope::Live)?;
        let merged_pk = tx.customer_pk(merged_id, Scope::Live)?;
        let kept = tx.customer_by_pk(kept_pk)?;
        let merged = tx.customer_by_pk(merged_pk)?;

        let before = kept.to_input();
        let mut combined = before.clone();
        let absorbed = absorb(&mut combined, &merged.to_input(), &region);
        let valid = validate::customer(&combined, &region)?;
        rewrite(&mut *tx, kept_pk, None, &valid, now, Words::Now)?;
        let mut history = changes::of_profile(kept_pk, &kept, &valid.input);
        history.push((
            merged_pk,
            FieldChange::event(MERGED_INTO, "", &valid.input.full_name),
        ));
        changes::record(&mut *tx, &history, now)?;

        let moved = tx.entries_to_move(merged_pk)?;
        let mut steps = Steps::start(progress, Stage::Moving, moved.len() as u64)?;
        let mut done = 0;
        for batch in moved.chunks(steps.batch()) {
            tx.move_entries(batch, kept_pk)?;
            done += batch.len() as u64;
            steps.at(done)?;
        }
        steps.finish()?;
        progress.stage(Stage::Finishing);
        let situations = tx.situations_only_of(merged_pk, kept_pk)?;
        tx.move_memberships(&situations, merged_pk, kept_pk)?;
        tx.trash_merged(merged_pk, now)?;
        tx.remove_search_rows(merged_pk, Rows::All)?;
        tx.refresh_last_contact(kept_pk)?;
        tx.refresh_last_contact(merged_pk)?;

        let id = Uuid::now_v7().to_string();
        tx.insert_merge(&NewMerge {
            id: &id,
            kept_pk,
            merged_pk,
            before: &before,
            after: &valid.input,
            moved: &moved,
            situations: &situations,
            at: now,
        })?;
        let kept = tx.customer_by_pk(kept_pk)?;
        tx.commit()?;
        Ok(MergeOutcome {
            merge: MergeRecord {
                id,
                kept_id: kept.id.clone(),
                kept_name: kept.full_name.clone(),
                merged_id: merged.id,
                merged_name: merged.full_name,
                at: now,
            },
            kept,
            left_out: absorbed.left_out,
        })
    }

    /// Undoes a merge (see the module invariants). The kept customer must
    /// not be in Trash.
    pub fn undo_merge(&mut self, merge_id: &str) -> Result<()> {
        let region = self.phone_region()?;
        let now = self.now();
        let mut tx = self.write()?;
        let Some(RecordedMerge {
            pk,
            kept_pk,
            merged_pk,
            before,
            after,
            moved,
            situations,
            kept_trashed,
        }) = tx.open_merge(merge_id)?
        else {
            return Err(Error::invalid(
                "merge",
                say("validate-merge-has-already-been"),
            ));
        };
        if kept_trashed {
            return Err(Error::invalid(
                "merge",
                say("validate-customer-merge-kept-trash"),
            ));
        }
        let after: CustomerInput = match after {
            Some(after) => after,
            // A merge from before version 11: what it added, worked out again,
            // in English, the only language Kindly spoke then.
            None => {
                let mut after = before.clone();
                absorb_in(
                    "en",
                    &mut after,
                    &tx.customer_by_pk(merged_pk)?.to_input(),
                    &region,
                );
                after
            }
        };
        let current = tx.customer_by_pk(kept_pk)?;
        let valid = validate::customer(&take_back(&current.to_input(), &before, &after), &region)?;
        rewrite(&mut *tx, kept_pk, None, &valid, now, Words::Now)?;
        let mut history = changes::of_profile(kept_pk, &current, &valid.input);
        history.push((
            merged_pk,
            FieldChange::event(MERGED_INTO, &current.full_name, ""),
        ));
        changes::record(&mut *tx, &history, now)?;
        let still_carried = tx.still_carried(&moved, kept_pk)?;
        tx.move_entries(&still_carried, merged_pk)?;
        // A conversation or promise linked since the merge to an issue that
        // now goes back to the other customer keeps its text, not the link:
        // an entry never points at another customer's issue.
        tx.unlink_issues_across(kept_pk, merged_pk)?;
        tx.move_memberships(&situations, kept_pk, merged_pk)?;
        tx.restore_merged(merged_pk)?;
        tx.reindex_customer(merged_pk)?;
        for customer in [kept_pk, merged_pk] {
            tx.refresh_last_contact(customer)?;
            follow_ups::keep_birthday(&mut *tx, customer, now)?;
        }
        tx.mark_merge_undone(pk, now)?;
        tx.commit()?;
        Ok(())
    }

    /// Merges that can still be undone, newest first, at most
    /// [`RECENT_MERGES`].
    pub fn recent_merges(&self) -> Result<Vec<MergeRecord>> {
        self.read()?.recent_merges(RECENT_MERGES)
    }
}

/// The kept profile once a merge is undone: `current` without what the merge
/// added (what `after`, the profile as the merge left it, has beyond
/// `before`). A field edited since the merge keeps its edit, and list items
/// added since stay: undoing a merge never loses later work.
fn take_back(
    current: &CustomerInput,
    before: &CustomerInput,
    after: &CustomerInput,
) -> CustomerInput {
    fn field<T: PartialEq + Clone>(current: &T, before: &T, after: &T) -> T {
        if current == after { before } else { current }.clone()
    }
    fn list<T: PartialEq + Clone>(current: &[T], before: &[T], after: &[T]) -> Vec<T> {
        let added_by_merge = |x: &T| after.contains(x) && !before.contains(x);
        current
            .iter()
            .filter(|x| !added_by_merge(x))
            .cloned()
            .collect()
    }
    // Each field from the three profiles, by `field` or `list`.
    macro_rules! each {
        ($($name:ident: $how:ident),* $(,)?) => {
            CustomerInput {
                $($name: $how(&current.$name, &before.$name, &after.$name)),*
            }
        };
    }
    each! {
        full_name: field,
        preferred_name: field,
        pronunciation: field,
        pronouns: field,
        company: field,
        phones: list,
        emails: list,
        address: field,
        birthday: field,
        contact_channel: field,
        best_time: field,
        language: field,
        dont: list,
        preferences: list,
        remember: list,
        tags: list,
        notes: field,
        looked_after_by: field,
        stay_in_touch: field,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::model::{EmailInput, PhoneInput};

    fn rosa(name: &str, number: &str, email: &str) -> CustomerInput {
        CustomerInput {
            full_name: name.into(),
            phones: vec![PhoneInput {
                label: "mobile".into(),
                number: number.into(),
                primary: true,
            }],
            emails: vec![EmailInput {
                label: "home".into(),
                address: email.into(),
                primary: true,
            }],
            ..CustomerInput::default()
        }
    }

    #[test]
    fn a_merge_from_before_version_11_is_undone_by_working_out_what_it_added() {
        let mut nb = Notebook::open_in_memory().expect("notebook");
        let a = nb
            .create_customer(&rosa("Rosa Diaz", "555-010-4477", "rosa@example.com"))
            .expect("a");
        let b = nb
            .create_customer(&rosa("Rosa Díaz", "555-010-9000", "rosa@bakery.example"))
            .expect("b");
        let merge = nb.merge_customers(&a.id, &b.id).expect("merge").merge;
        // As version 10 wrote it: no profile after the merge.
        nb.store
            .file("editing-file")
            .expect("a file")
            .conn
            .execute("UPDATE merges SET kept_after = NULL", [])
            .expect("an old merge");
        let mut edited = nb.customer(&a.id).expect("a").to_input();
        edited.tags.push("Regular".into());
        nb.update_customer(&a.id, nb.customer(&a.id).unwrap().version, &edited)
            .expect("edit since");

        nb.undo_merge(&merge.id).expect("undo");

        let a_now = nb.customer(&a.id).expect("a").to_input();
        assert_eq!(a_now.phones, a.to_input().phones);
        assert_eq!(a_now.emails, a.to_input().emails);
        assert_eq!(a_now.tags, ["Regular"], "the edit made since stays");
        assert_eq!(nb.customer(&b.id).expect("b").to_input(), b.to_input());
    }
}
