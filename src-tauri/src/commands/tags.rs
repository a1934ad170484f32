//! Tidying tags across the notebook: every tag with its count; renaming,
//! merging and deleting one, with progress and Cancel, undone like a bulk
//! change.

use kindly_core::{BulkChangeRecord, Error, TagChange, TagCount};
use kindly_words::{args, say, say_with};
use tauri::{AppHandle, Runtime, State};

use super::CmdResult;
use crate::state::{blocking, AppState};
use crate::tasks::Tasks;

#[tauri::command(async)]
pub fn tags(state: State<'_, AppState>) -> CmdResult<Vec<TagCount>> {
    state.with(|nb| nb.tags())
}

/// Renames, merges or deletes a tag on everyone; the customers changed are
/// counted to the window as `task` when given, and `cancel_task` stops it
/// before it commits, having changed nothing.
#[tauri::command(async)]
pub fn change_tag<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    tasks: State<'_, Tasks>,
    change: TagChange,
    task: Option<String>,
) -> CmdResult<BulkChangeRecord> {
    let change = checked(change)?;
    tasks.follow(&app, task.as_deref(), |progress| {
        blocking(|| state.change(|nb| nb.change_tag_with(&change, progress)))
    })
}

/// The change with its tags trimmed, or why it cannot be made: a tag must
/// be one line of at most [`kindly_core::validate::MAX_TAG`] characters,
/// and a merge needs two different tags.
pub fn checked(change: TagChange) -> Result<TagChange, Error> {
    Ok(match change {
        TagChange::Rename { from, to } => {
            let from = tag("from", &from)?;
            let to = tag("to", &to)?;
            if from == to {
                return Err(Error::invalid("to", say("tagging-rename-same")));
            }
            TagChange::Rename { from, to }
        }
        TagChange::Merge { from, into } => {
            let from = tag("from", &from)?;
            let into = tag("into", &into)?;
            if from.to_lowercase() == into.to_lowercase() {
                return Err(Error::invalid("into", say("tagging-merge-same")));
            }
            TagChange::Merge { from, into }
        }
        TagChange::Delete { tag: name } => TagChange::Delete {
            tag: tag("tag", &name)?,
        },
    })
}

fn tag(field: &str, text: &str) -> Result<String, Error> {
    let text = text.trim();
    if text.is_empty() {
        return Err(Error::invalid(field, say("tagging-missing")));
    }
    if text.chars().any(char::is_control) {
        return Err(Error::invalid(field, say("tagging-one-line")));
    }
    let max = kindly_core::validate::MAX_TAG;
    if text.chars().count() > max {
        return Err(Error::invalid(
            field,
            say_with("tagging-too-long", &args! { "max" => max }),
        ));
    }
    Ok(text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rename(from: &str, to: &str) -> TagChange {
        TagChange::Rename {
            from: from.into(),
            to: to.into(),
        }
    }

    #[test]
    fn tags_are_trimmed_and_a_new_spelling_of_the_same_tag_is_a_rename() {
        assert_eq!(
            checked(rename(" vip ", "VIP ")).ok(),
            Some(rename("vip", "VIP"))
        );
    }

    #[test]
    fn an_empty_long_or_multi_line_tag_or_a_merge_into_itself_is_refused_by_field() {
        let field = |change| match checked(change) {
            Err(Error::Invalid { field, .. }) => Some(Some(field)),
            _ => None,
        };
        assert_eq!(field(rename("vip", "  ")), Some(Some("to".into())));
        assert_eq!(
            field(rename("vip", &"x".repeat(41))),
            Some(Some("to".into()))
        );
        assert_eq!(field(rename("a\nb", "c")), Some(Some("from".into())));
        assert_eq!(field(rename("vip", "vip")), Some(Some("to".into())));
        let merge = TagChange::Merge {
            from: "Wedding".into(),
            into: "wedding".into(),
        };
        assert_eq!(field(merge), Some(Some("into".into())));
        assert_eq!(
            field(TagChange::Delete { tag: String::new() }),
            Some(Some("tag".into()))
        );
        assert!(checked(rename("vip", &"x".repeat(40))).is_ok());
    }
}
