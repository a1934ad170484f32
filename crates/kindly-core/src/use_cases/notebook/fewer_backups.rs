//! Asking before a change to the backup settings makes the next backup
//! delete backups that the settings in force would keep.
//!
//! The window may ask to keep fewer backups, but a script in the page must
//! not be able to make Kindly delete old backups: such a change is applied
//! only once the person has agreed to [`FewerBackups`] in a question the
//! page cannot answer (the shell's native dialog).

use std::path::Path;

use crate::error::Result;
use crate::use_cases::notebook::backup::BackupSettings;
use crate::use_cases::notebook::Notebook;
use kindly_words::{args, say, say_with, FluentArgs};

/// What a change to the backup settings would delete at the next backup,
/// when that needs the person's word (see [`fewer_backups`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FewerBackups {
    /// How many backups Kindly keeps now.
    pub keep_now: u32,
    /// How many the change would keep.
    pub keep: u32,
    /// Kindly's backups in the folder the next backup would go to.
    pub backups: usize,
    /// How many of those the next backup would delete (always 2 or more).
    pub deleted: usize,
    /// The folder the next backup would go to, when the change moves the
    /// backups there; `None` when they stay where they go now.
    pub other_folder: Option<String>,
}

/// The outcome of a change that may need the person's word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BackupChange {
    /// The change was made.
    Done(BackupSettings),
    /// Nothing was changed: ask this, and on a yes make the change again
    /// with it as the agreement.
    Ask(FewerBackups),
}

/// How many of `backups` existing backups the next backup deletes when
/// `keep` are kept (the new backup counts as one of them).
pub fn deleted_at_next_backup(backups: usize, keep: u32) -> usize {
    (backups + 1).saturating_sub(keep.max(1) as usize)
}

/// Whether keeping `keep` backups instead of `keep_now`, with `backups` of
/// them in the folder the next backup goes to, needs asking first, and what
/// to ask. `other_folder` names that folder when the change also moves the
/// backups there (the settings in force never delete anything there).
///
/// Asked when the next backup would delete more than the one oldest backup
/// (the new one taking its place is what keeping a number means) and more
/// than it would with the settings in force. Raising the number, or
/// lowering it to no fewer than the backups there are, is never asked.
pub fn fewer_backups(
    keep_now: u32,
    keep: u32,
    backups: usize,
    other_folder: Option<&str>,
) -> Option<FewerBackups> {
    let deleted = deleted_at_next_backup(backups, keep);
    let deleted_now = match other_folder {
        None => deleted_at_next_backup(backups, keep_now),
        Some(_) => 0,
    };
    (deleted > deleted_now.max(1)).then(|| FewerBackups {
        keep_now,
        keep,
        backups,
        deleted,
        other_folder: other_folder.map(str::to_owned),
    })
}

impl FewerBackups {
    /// The question's title.
    pub fn title(&self) -> String {
        match self.other_folder {
            None => say("backups-fewer-title"),
            Some(_) => say("backups-other-folder-title"),
        }
    }

    /// The question, in plain words: how many backups go, and when.
    pub fn message(&self) -> String {
        let counts = |mut args: FluentArgs<'static>| {
            args.set("backups", self.backups);
            args.set("keep", self.keep);
            args.set("deleted", self.deleted);
            args
        };
        match &self.other_folder {
            None => say_with(
                "backups-fewer-message",
                &counts(args! { "keepNow" => self.keep_now }),
            ),
            Some(folder) => say_with(
                "backups-other-folder-message",
                &counts(args! { "folder" => folder.clone() }),
            ),
        }
    }

    /// The words on the button that agrees.
    pub fn agree_label(&self) -> String {
        match self.other_folder {
            None => say_with("backups-keep", &args! { "keep" => self.keep }),
            Some(_) => say("backups-use-folder"),
        }
    }
}

impl Notebook {
    /// What to ask before backups go to `folder` (`None` or empty: the
    /// default folder) with `keep` of them kept, if anything.
    fn fewer_backups_question(
        &self,
        folder: Option<&str>,
        keep: u32,
    ) -> Result<Option<FewerBackups>> {
        let now = self.backup_settings()?;
        let target = match folder.map(str::trim).filter(|f| !f.is_empty()) {
            Some(folder) => Path::new(folder).to_path_buf(),
            None => self.default_backup_dir(),
        };
        let target_name = target.display().to_string();
        let backups = self.prunable_backups_in(&target)?.len();
        let other_folder = (target_name != now.folder).then_some(target_name.as_str());
        Ok(fewer_backups(now.keep, keep, backups, other_folder))
    }

    /// [`Notebook::set_backup_keep`], when it deletes no backup that the
    /// settings in force would keep or the person agreed to exactly what it
    /// deletes (`agreed`); otherwise nothing changes and the answer says
    /// what to ask. What the window may change.
    pub fn set_backup_keep_agreed(
        &mut self,
        keep: u32,
        default_folder: bool,
        agreed: Option<&FewerBackups>,
    ) -> Result<BackupChange> {
        crate::use_cases::notebook::backup::check_keep(keep)?;
        let folder = if default_folder {
            None
        } else {
            Some(self.backup_settings()?.folder)
        };
        match self.fewer_backups_question(folder.as_deref(), keep)? {
            Some(question) if agreed != Some(&question) => Ok(BackupChange::Ask(question)),
            _ => self
                .set_backup_keep(keep, default_folder)
                .map(BackupChange::Done),
        }
    }

    /// Makes `folder` the backup folder, keeping as many backups as now,
    /// when the next backup there deletes at most the oldest one or the
    /// person agreed to exactly what it deletes (`agreed`); otherwise
    /// nothing changes and the answer says what to ask.
    pub fn set_backup_folder_agreed(
        &mut self,
        folder: &str,
        agreed: Option<&FewerBackups>,
    ) -> Result<BackupChange> {
        let keep = self.backup_settings()?.keep;
        match self.fewer_backups_question(Some(folder), keep)? {
            Some(question) if agreed != Some(&question) => Ok(BackupChange::Ask(question)),
            _ => self
                .set_backup_settings(Some(folder), keep)
                .map(BackupChange::Done),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raising_the_number_is_never_asked() {
        assert_eq!(fewer_backups(10, 20, 30, None), None);
        assert_eq!(fewer_backups(3, 4, 10, None), None);
        assert_eq!(fewer_backups(10, 10, 10, None), None);
    }

    #[test]
    fn lowering_it_to_no_fewer_than_the_backups_there_are_is_not_asked() {
        assert_eq!(fewer_backups(10, 3, 0, None), None);
        assert_eq!(fewer_backups(10, 3, 2, None), None);
        // The next backup takes the oldest one's place, as keeping 3 means.
        assert_eq!(fewer_backups(10, 3, 3, None), None);
    }

    #[test]
    fn lowering_it_below_the_backups_there_are_is_asked_with_how_many_go() {
        let asked = fewer_backups(10, 3, 10, None).expect("asked");
        assert_eq!(asked.deleted, 8, "10 old ones plus the new one, 3 kept");
        assert_eq!(asked.title(), "Keep fewer backups?");
        assert_eq!(
            asked.message(),
            "Kindly keeps 10 backups now, and there are 10. \
             Keeping 3 deletes the 8 oldest at the next backup."
        );
        assert_eq!(asked.agree_label(), "Keep 3");

        // To 1: every old backup goes.
        assert_eq!(fewer_backups(10, 1, 10, None).map(|q| q.deleted), Some(10));
        // One fewer than there are: the next backup deletes two.
        assert_eq!(fewer_backups(10, 3, 4, None).map(|q| q.deleted), Some(2));
    }

    #[test]
    fn lowering_by_one_when_full_is_asked_as_it_deletes_one_more() {
        // Keeping 10 of 10 deletes the oldest at the next backup; keeping 9 two.
        assert_eq!(fewer_backups(10, 9, 10, None).map(|q| q.deleted), Some(2));
    }

    #[test]
    fn moving_to_a_folder_with_more_backups_than_are_kept_is_asked() {
        let asked = fewer_backups(3, 3, 10, Some("/media/usb/Kindly")).expect("asked");
        assert_eq!(asked.deleted, 8);
        assert_eq!(
            asked.message(),
            "/media/usb/Kindly holds 10 backups, and Kindly keeps 3. \
             Using it deletes the 8 oldest there at the next backup."
        );
        assert_eq!(asked.agree_label(), "Use this folder");
        assert_eq!(fewer_backups(3, 3, 3, Some("/media/usb/Kindly")), None);
        assert_eq!(fewer_backups(3, 3, 0, Some("/media/usb/Kindly")), None);
    }

    #[test]
    fn the_next_backup_counts_itself_among_those_kept() {
        assert_eq!(deleted_at_next_backup(0, 1), 0);
        assert_eq!(deleted_at_next_backup(1, 1), 1);
        assert_eq!(deleted_at_next_backup(10, 10), 1);
        assert_eq!(deleted_at_next_backup(10, 3), 8);
        assert_eq!(deleted_at_next_backup(2, 10), 0);
    }
}
