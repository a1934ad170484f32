//! Tidying tags across the notebook: every tag with its count; renaming,
//! merging and deleting one, each undoable like a bulk change.

use kindly_words::say;

use super::bulk::{finish, record, valid_tag, Run};
use crate::error::{Error, Result};
use crate::rules::fold::same_ignoring_case;
use crate::rules::list_model::{BulkChangeRecord, ChangeMade, TagChange, TagCount};
use crate::rules::progress::{Progress, Stage, Steps};
use crate::use_cases::notebook::Notebook;

/// `tags` with `from` (any case) made `into`: in `from`'s place, unless
/// they already carry `into` in another place, which is then kept and
/// `from` dropped; `None` when they do not carry `from`.
fn folded(tags: &[String], from: &str, into: &str) -> Option<Vec<String>> {
    let at = tags.iter().position(|t| same_ignoring_case(t, from))?;
    let has_into = tags
        .iter()
        .enumerate()
        .any(|(i, t)| i != at && same_ignoring_case(t, into));
    let mut out = tags.to_vec();
    if has_into {
        out.remove(at);
    } else {
        out[at] = into.to_owned();
    }
    Some(out)
}

/// `tags` without `tag` (any case); `None` when they do not carry it.
fn dropped(tags: &[String], tag: &str) -> Option<Vec<String>> {
    let out: Vec<String> = tags
        .iter()
        .filter(|t| !same_ignoring_case(t, tag))
        .cloned()
        .collect();
    (out.len() != tags.len()).then_some(out)
}

impl Notebook {
    /// Every tag on a customer not in Trash, with how many carry it, by
    /// name (case does not matter; shown as most of them write it).
    pub fn tags(&self) -> Result<Vec<TagCount>> {
        self.read()?.tag_counts()
    }

    /// Renames, merges or deletes a tag on everyone in one transaction;
    /// undone with [`Notebook::undo_bulk_change_with`].
    ///
    /// Customers not in Trash are changed (those the Tags screen counts).
    /// A rename to a tag some customer already carries (in another
    /// spelling than the one renamed) is a merge, and is recorded as one.
    /// A merge leaves `into` where a customer had it, else puts it where
    /// `from` was. Reports [`Stage::Saving`] then [`Stage::Finishing`].
    pub fn change_tag_with(
        &mut self,
        change: &TagChange,
        progress: &dyn Progress,
    ) -> Result<BulkChangeRecord> {
        let now = self.now();
        let mut tx = self.write()?;
        let (from, into, made) = match change {
            TagChange::Rename { from, to } => {
                let from = valid_tag("from", from)?;
                let to = valid_tag("to", to)?;
                let merging = !same_ignoring_case(&from, &to) && !tx.pks_with_tag(&to)?.is_empty();
                let made = if merging {
                    TagChange::Merge {
                        from: from.clone(),
                        into: to.clone(),
                    }
                } else {
                    TagChange::Rename {
                        from: from.clone(),
                        to: to.clone(),
                    }
                };
                (from, Some(to), made)
            }
            TagChange::Merge { from, into } => {
                let from = valid_tag("from", from)?;
                let into = valid_tag("into", into)?;
                if same_ignoring_case(&from, &into) {
                    return Err(Error::invalid("into", say("bulk-merge-two-different")));
                }
                let made = TagChange::Merge {
                    from: from.clone(),
                    into: into.clone(),
                };
                (from, Some(into), made)
            }
            TagChange::Delete { tag } => {
                let tag = valid_tag("tag", tag)?;
                let made = TagChange::Delete { tag: tag.clone() };
                (tag, None, made)
            }
        };
        let pks = tx.pks_with_tag(&from)?;
        let made = ChangeMade::Tags(made);
        let (change_pk, id, by) = record(&mut *tx, &made, now)?;
        let mut steps = Steps::start(progress, Stage::Saving, pks.len() as u64)?;
        let mut run = Run {
            change_pk,
            now,
            done: 0,
            changed: 0,
            steps: &mut steps,
        };
        match &into {
            Some(into) => run.change_tags(&mut *tx, &pks, &|tags: &[String]| {
                Ok(folded(tags, &from, into))
            })?,
            None => run.change_tags(&mut *tx, &pks, &|tags: &[String]| Ok(dropped(tags, &from)))?,
        }
        let changed = run.changed;
        steps.finish()?;
        progress.stage(Stage::Finishing);
        let out = finish(&mut *tx, change_pk, id, made, changed, by, now)?;
        tx.commit()?;
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(tags: &[&str]) -> Vec<String> {
        tags.iter().map(|t| (*t).to_owned()).collect()
    }

    #[test]
    fn a_merge_keeps_the_place_of_what_stays() {
        assert_eq!(
            folded(&v(&["a", "Wedding", "b"]), "wedding", "Weddings"),
            Some(v(&["a", "Weddings", "b"])),
            "renamed in place"
        );
        assert_eq!(
            folded(&v(&["weddings", "a", "wedding"]), "wedding", "Weddings"),
            Some(v(&["weddings", "a"])),
            "into kept where it was, from dropped"
        );
        assert_eq!(folded(&v(&["a"]), "wedding", "x"), None);
        assert_eq!(
            folded(&v(&["vip"]), "VIP", "VIP"),
            Some(v(&["VIP"])),
            "a change of case"
        );
        assert_eq!(dropped(&v(&["a", "B"]), "b"), Some(v(&["a"])));
    }
}
