//! Tidying tags across the notebook: every tag with its count; renaming,
//! merging and deleting one, each undoable like a bulk change.

use kindly_words::say;
use serde::{Deserialize, Serialize};

use super::bulk::{finish, record, valid_tag, Run};
use crate::error::{Error, Result};
use crate::rules::fold::same_ignoring_case;
use crate::rules::list_model::{BulkChangeRecord, ChangeMade, CustomerFilter, TagChange, TagCount};
use crate::rules::model::Millis;
use crate::rules::progress::{Progress, Stage, Steps};
use crate::store::{Tx, Versioned};
use crate::use_cases::notebook::Notebook;
use crate::use_cases::versions;

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

/// A saved list's filter tags with `from` (any case, however often) made
/// `into` once: in `from`'s first place, unless they already name `into`
/// elsewhere; `None` when they do not name `from`.
fn filter_folded(tags: &[String], from: &str, into: &str) -> Option<Vec<String>> {
    if !tags.iter().any(|t| same_ignoring_case(t, from)) {
        return None;
    }
    let mut placed = tags
        .iter()
        .any(|t| !same_ignoring_case(t, from) && same_ignoring_case(t, into));
    let mut out = Vec::with_capacity(tags.len());
    for t in tags {
        if !same_ignoring_case(t, from) {
            out.push(t.clone());
        } else if !placed {
            out.push(into.to_owned());
            placed = true;
        }
    }
    Some(out)
}

/// What Undo needs of a saved list a tag change changed: its filter as
/// stored before, and as the change wrote it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct KeptList {
    /// The list's id.
    list: String,
    /// Its filter (JSON) before the change.
    before: String,
    /// Its filter (JSON) as the change left it.
    after: String,
}

/// Makes every saved list (not deleted) whose filter names `from` name
/// `into` instead, raising each one's version as an edit does, so a list
/// follows its tag through a rename or a merge; what Undo needs of them,
/// as JSON (`[]` for none).
///
/// A list whose filter cannot be read is left as it is (showing it reports
/// that). Deleting a tag does not come here: a list by a tag no one
/// carries any more matches nobody, and the Customers screen shows that
/// tag's chip so the person sees why and drops it; taking it out silently
/// would widen the list to customers it never meant.
fn follow_tag(tx: &mut dyn Tx, from: &str, into: &str, now: Millis) -> Result<String> {
    let mut kept = Vec::new();
    for row in tx.saved_list_rows()? {
        let names_from = |json: &str| {
            serde_json::from_str::<CustomerFilter>(json)
                .ok()
                .filter(|f| f.tags.iter().any(|t| same_ignoring_case(t, from)))
        };
        if names_from(&row.filter).is_none() {
            continue;
        }
        // Read again once held: another desk may have just changed it.
        versions::hold(tx, Versioned::SavedList, row.pk)?;
        let Some(row) = tx
            .saved_list_by_id(&row.id)?
            .filter(|r| r.deleted_at.is_none())
        else {
            continue;
        };
        let Some(mut filter) = names_from(&row.filter) else {
            continue;
        };
        let Some(tags) = filter_folded(&filter.tags, from, into) else {
            continue;
        };
        if tags == filter.tags {
            continue;
        }
        filter.tags = tags;
        let after = serde_json::to_string(&filter).map_err(Error::unreadable_record)?;
        tx.set_saved_list_filter(row.pk, &after, now)?;
        kept.push(KeptList {
            list: row.id,
            before: row.filter,
            after,
        });
    }
    serde_json::to_string(&kept).map_err(Error::unreadable_record)
}

/// Undoes [`follow_tag`] as kept in `lists`: each list gets its filter
/// back when it still reads as the change left it (an edit since wins),
/// deleted or not, raising its version.
pub(super) fn undo_lists(tx: &mut dyn Tx, lists: &str, now: Millis) -> Result<()> {
    let kept: Vec<KeptList> = serde_json::from_str(lists).map_err(Error::unreadable_record)?;
    for k in kept {
        let Some(row) = tx.saved_list_by_id(&k.list)? else {
            continue;
        };
        versions::hold(tx, Versioned::SavedList, row.pk)?;
        let Some(row) = tx.saved_list_by_id(&k.list)? else {
            continue;
        };
        if row.filter == k.after {
            tx.set_saved_list_filter(row.pk, &k.before, now)?;
        }
    }
    Ok(())
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
    /// `from` was. A rename or a merge also makes every saved list whose
    /// filter names `from` name `into` (see `follow_tag`); a delete
    /// leaves saved lists as they are. Reports [`Stage::Saving`] then
    /// [`Stage::Finishing`].
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
        let mut run = Run::new(change_pk, now, &mut steps);
        match &into {
            Some(into) => run.change_tags(&mut *tx, &pks, &|tags: &[String]| {
                Ok(folded(tags, &from, into))
            })?,
            None => run.change_tags(&mut *tx, &pks, &|tags: &[String]| Ok(dropped(tags, &from)))?,
        }
        let changed = run.changed;
        if let Some(into) = &into {
            let lists = follow_tag(&mut *tx, &from, into, now)?;
            tx.set_bulk_lists(change_pk, &lists)?;
        }
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

    #[test]
    fn a_list_names_the_new_tag_once() {
        assert_eq!(
            filter_folded(&v(&["vip", "Wedding"]), "wedding", "Wedding 2027"),
            Some(v(&["vip", "Wedding 2027"]))
        );
        assert_eq!(
            filter_folded(&v(&["wedding", "vip", "weddings"]), "Wedding", "Weddings"),
            Some(v(&["vip", "weddings"])),
            "merged into a tag it names: that one stays, once"
        );
        assert_eq!(
            filter_folded(&v(&["wedding", "WEDDING"]), "wedding", "Wedding"),
            Some(v(&["Wedding"])),
            "from named twice: into once"
        );
        assert_eq!(filter_folded(&v(&["vip"]), "wedding", "x"), None);
    }
}
