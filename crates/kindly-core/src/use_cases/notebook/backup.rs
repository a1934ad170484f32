//! Backups of the notebook, and restoring one.
//!
//! A backup is a consistent copy written by SQLite's online backup API
//! (page by page, through the open connection), never a copy of the live
//! file, into a `.partial` file that only takes
//! its real name once `PRAGMA integrity_check` has passed on it. Restoring
//! first backs up the current notebook, so a restore can be undone.

use kindly_words::say;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::rules::model::Millis;
use crate::rules::progress::{NoProgress, Progress, Stage};
use crate::store::sqlite::{backup, cipher};
use crate::store::Backend;
use crate::use_cases::notebook::Notebook;

const PREFIX: &str = "kindly-backup-";
const SUFFIX: &str = ".sqlite";
/// Where a restore keeps the notebook as it was, inside the backup folder.
pub(crate) const BEFORE_RESTORE: &str = "before-restore";
/// Set while the plain backups from before protecting wait for the
/// passphrase to be confirmed by unlocking after a restart.
pub(crate) const PLAIN_BACKUPS_WAIT: &str = "plain_backups_wait";

/// One backup file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BackupInfo {
    /// The backup file's full path.
    pub path: String,
    /// Its file name, e.g. `kindly-backup-20261122-090000-000Z.sqlite`.
    pub file_name: String,
    /// When it was taken (from its name).
    #[ts(type = "number")]
    pub taken_at: Millis,
    /// Its size on disk.
    #[ts(type = "number")]
    pub bytes: u64,
}

fn name_for(at: Millis) -> String {
    let t = DateTime::<Utc>::from_timestamp_millis(at).unwrap_or_default();
    format!("{PREFIX}{}{SUFFIX}", t.format("%Y%m%d-%H%M%S-%3fZ"))
}

fn taken_at(file_name: &str) -> Option<Millis> {
    let stamp = file_name.strip_prefix(PREFIX)?.strip_suffix(SUFFIX)?;
    let t = chrono::NaiveDateTime::parse_from_str(stamp, "%Y%m%d-%H%M%S-%3fZ").ok()?;
    Some(t.and_utc().timestamp_millis())
}

fn info(path: &Path) -> Option<BackupInfo> {
    let file_name = path.file_name()?.to_str()?.to_owned();
    Some(BackupInfo {
        taken_at: taken_at(&file_name)?,
        bytes: std::fs::metadata(path).ok()?.len(),
        path: path.display().to_string(),
        file_name,
    })
}

/// The backups in `dir`, newest first (files named by Kindly only).
pub fn backups_in(dir: &Path) -> Result<Vec<BackupInfo>> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(err) => return Err(err.into()),
    };
    let mut found: Vec<BackupInfo> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| info(&e.path()))
        .collect();
    found.sort_by_key(|b| std::cmp::Reverse(b.taken_at));
    Ok(found)
}

/// Where automatic backups go and how many are kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BackupSettings {
    /// The folder (the default is `backups` beside the notebook).
    pub folder: String,
    /// How many backups to keep (oldest removed first).
    pub keep: u32,
    /// When the last backup (automatic or asked for) was taken; `None` before the first.
    #[ts(type = "number | null")]
    pub last_backup_at: Option<Millis>,
    /// Set when automatic backups have failed twice or more in a row since
    /// the last one that worked: what to tell the person, with the reason.
    pub trouble: Option<String>,
}

/// Automatic backups that failed since the last one that worked, in this
/// session (kept in memory: a failing disk may refuse to record it).
#[derive(Debug, Default, Clone)]
pub(crate) struct AutoBackupHealth {
    failed_in_a_row: u32,
    last_reason: String,
}

/// Automatic backups may fail this many times in a row before the window
/// says so (one failure can be a moment's trouble, such as a busy disk).
const TROUBLE_AFTER: u32 = 2;

const BACKUP_FOLDER: &str = "backup_folder";
const BACKUP_KEEP: &str = "backup_keep";
const LAST_BACKUP_AT: &str = "last_backup_at";
/// The file names of the backups this notebook took (one a line): a
/// protected backup is recognised by it, since its first bytes are noise.
const BACKUPS_TAKEN: &str = "backups_taken";
/// At most this many names are remembered (far more than can be kept).
const MAX_TAKEN: usize = 2000;
/// Settings about where backups go, kept from the current notebook when a
/// backup is restored (a backup file must not choose where later backups
/// are written, nor how many are kept), with the record of backups taken.
const KEPT_ACROSS_RESTORE: &[&str] = &[
    BACKUP_FOLDER,
    BACKUP_KEEP,
    LAST_BACKUP_AT,
    BACKUPS_TAKEN,
    PLAIN_BACKUPS_WAIT,
];
/// A backup named up to this far past "now" is counted (two taken in the
/// same millisecond are named a millisecond apart); later names are a
/// clock that ran ahead or a stranger's file, and are never counted.
const NAME_SLACK: Millis = 60_000;
/// Backups kept unless the user chooses otherwise.
pub const DEFAULT_KEEP: u32 = 10;
/// Automatic backups come at most this often while Kindly runs.
pub const BACKUP_EVERY: Millis = 24 * 60 * 60 * 1000;

impl Notebook {
    /// The backup folder, how many to keep, and when the last one was taken.
    pub fn backup_settings(&self) -> Result<BackupSettings> {
        let mut tx = self.read()?;
        let folder = tx
            .setting(BACKUP_FOLDER)?
            .filter(|f| !f.is_empty())
            .map_or_else(|| self.default_backup_dir(), PathBuf::from);
        Ok(BackupSettings {
            folder: folder.display().to_string(),
            keep: tx
                .setting(BACKUP_KEEP)?
                .and_then(|k| k.parse().ok())
                .unwrap_or(DEFAULT_KEEP),
            last_backup_at: tx.setting(LAST_BACKUP_AT)?.and_then(|t| t.parse().ok()),
            trouble: (self.auto_backup.failed_in_a_row >= TROUBLE_AFTER).then(|| {
                format!(
                    "The automatic backups have failed {} times in a row: {} \
                     Check the backup folder, or choose another one.",
                    self.auto_backup.failed_in_a_row, self.auto_backup.last_reason
                )
            }),
        })
    }

    /// Chooses the backup folder (`None` or empty: the default) and how
    /// many backups to keep (1 to 365).
    pub fn set_backup_settings(
        &mut self,
        folder: Option<&str>,
        keep: u32,
    ) -> Result<BackupSettings> {
        check_keep(keep)?;
        let folder = folder.map(str::trim).unwrap_or("");
        if !folder.is_empty() && !Path::new(folder).is_absolute() {
            return Err(Error::invalid(
                "folder",
                say("validate-choose-whole-folder-path"),
            ));
        }
        let mut tx = self.write()?;
        tx.set_setting(BACKUP_FOLDER, folder)?;
        tx.set_setting(BACKUP_KEEP, &keep.to_string())?;
        tx.commit()?;
        self.backup_settings()
    }

    /// Changes how many backups are kept (1 to 365), and with
    /// `default_folder` puts the backup folder back to the default; the
    /// folder is otherwise left as it is, without asking. The window goes
    /// through [`Notebook::set_backup_keep_agreed`] (the person agrees
    /// before old backups are deleted), and a folder of its own is only
    /// chosen in the system's folder dialog.
    pub fn set_backup_keep(&mut self, keep: u32, default_folder: bool) -> Result<BackupSettings> {
        let folder = if default_folder {
            None
        } else {
            self.read()?.setting(BACKUP_FOLDER)?
        };
        self.set_backup_settings(folder.as_deref(), keep)
    }

    /// Takes a backup into the chosen folder now, keeping the chosen number.
    pub fn back_up_now(&mut self) -> Result<BackupInfo> {
        self.back_up_now_with(&NoProgress)
    }

    /// [`Notebook::back_up_now`], reporting [`Stage::Copying`] (pages) and
    /// [`Stage::Checking`] to `progress`. A backup is not cancelled.
    pub fn back_up_now_with(&mut self, progress: &dyn Progress) -> Result<BackupInfo> {
        let settings = self.backup_settings()?;
        let info = self.take_backup(
            Path::new(&settings.folder),
            settings.keep as usize,
            progress,
        )?;
        let mut tx = self.write()?;
        tx.set_setting(LAST_BACKUP_AT, &info.taken_at.to_string())?;
        tx.commit()?;
        self.changes_at_backup = self.store.file("backing-up")?.total_changes();
        Ok(info)
    }

    /// The automatic backup: taken when the last one is a day old or more
    /// (or there is none) and, with `only_if_changed`, only if this session
    /// changed something since. Returns the backup taken, if any.
    pub fn back_up_if_due(&mut self, only_if_changed: bool) -> Result<Option<BackupInfo>> {
        // A team notebook's server keeps its own copies.
        let Backend::File(file) = &self.store else {
            return Ok(None);
        };
        let changed = file.total_changes() > self.changes_at_backup;
        let last = self.backup_settings()?.last_backup_at;
        let old = last.is_none_or(|at| self.now() - at >= BACKUP_EVERY);
        if (only_if_changed && !changed) || (!only_if_changed && !old) {
            return Ok(None);
        }
        match self.back_up_now() {
            Ok(info) => {
                self.auto_backup = AutoBackupHealth::default();
                Ok(Some(info))
            }
            Err(err) => {
                self.auto_backup.failed_in_a_row += 1;
                self.auto_backup.last_reason = err.to_string();
                Err(err)
            }
        }
    }

    /// The names of the backups this notebook recorded taking.
    fn backups_taken(&self) -> Result<Vec<String>> {
        Ok(self
            .read()?
            .setting(BACKUPS_TAKEN)?
            .map(|names| names.lines().map(str::to_owned).collect())
            .unwrap_or_default())
    }

    /// Records `add` as taken and forgets the `removed` names (the oldest
    /// are dropped past [`MAX_TAKEN`]). Written from `&self` (taking or
    /// listing backups only reads the notebook) through the read handle:
    /// the write commits on its own, as before the store.
    fn record_taken(&self, add: Option<&str>, removed: &[String]) -> Result<()> {
        let mut taken = self.backups_taken()?;
        taken.retain(|name| !removed.contains(name));
        taken.extend(add.map(str::to_owned));
        let extra = taken.len().saturating_sub(MAX_TAKEN);
        taken.drain(..extra);
        self.read()?.set_setting(BACKUPS_TAKEN, &taken.join("\n"))
    }

    /// The Kindly backups in `dir`, newest first: files named as Kindly
    /// names them that are plain SQLite files, or that this notebook
    /// recorded taking (a protected backup starts with noise). Other files,
    /// even with a backup's name, are neither listed nor removed.
    ///
    /// A protected backup not on the record (taken by an earlier Kindly)
    /// counts when this notebook's passphrase opens it, and is recorded then.
    pub fn kindly_backups_in(&self, dir: &Path) -> Result<Vec<BackupInfo>> {
        let taken = self.backups_taken()?;
        let mut found = Vec::new();
        let mut opened = Vec::new();
        for b in backups_in(dir)? {
            let path = Path::new(&b.path);
            if taken.contains(&b.file_name) || cipher::is_plain_file(path).unwrap_or(false) {
                found.push(b);
            } else if self.opens_with_key(path, b.bytes) {
                opened.push(b.file_name.clone());
                found.push(b);
            }
        }
        for name in &opened {
            self.record_taken(Some(name), &[])?;
        }
        Ok(found)
    }

    /// Whether this notebook's passphrase opens the file at `path` of
    /// `bytes` bytes (whole SQLCipher pages only are tried).
    fn opens_with_key(&self, path: &Path, bytes: u64) -> bool {
        const PAGE: u64 = 4096;
        let Some(key) = self.key.as_deref() else {
            return false;
        };
        bytes >= PAGE && bytes.is_multiple_of(PAGE) && backup::opens_with_key(path, key)
    }

    /// The backups in `dir` that pruning counts and may remove, newest
    /// first: Kindly's ([`Notebook::kindly_backups_in`]) named no later
    /// than now.
    pub(crate) fn prunable_backups_in(&self, dir: &Path) -> Result<Vec<BackupInfo>> {
        let latest = self.now() + NAME_SLACK;
        let mut found = self.kindly_backups_in(dir)?;
        found.retain(|b| b.taken_at <= latest);
        Ok(found)
    }

    /// Writes a checked backup into `dir` (created if needed) and then
    /// keeps only the newest `keep` backups there (at least one: the new
    /// one). Returns the new backup.
    ///
    /// Only Kindly backups ([`Notebook::kindly_backups_in`]) named no later
    /// than now are counted and removed, oldest name first; the new backup
    /// is never removed.
    pub fn backup_to(&self, dir: &Path, keep: usize) -> Result<BackupInfo> {
        self.take_backup(dir, keep, &NoProgress)
    }

    /// [`Notebook::backup_to`], reporting its copying and checking to
    /// `progress`.
    fn take_backup(&self, dir: &Path, keep: usize, progress: &dyn Progress) -> Result<BackupInfo> {
        // Refused before anything is made on this computer.
        let file = self.store.file("backing-up")?;
        std::fs::create_dir_all(dir)?;
        // Never over an existing backup (two taken in the same millisecond,
        // e.g. the safety copy of a restore made from that same folder).
        let mut at = self.now();
        while dir.join(name_for(at)).exists() {
            at += 1;
        }
        let name = name_for(at);
        let path = dir.join(&name);
        let partial = create_partial(dir, &name)?;
        let key = self.key.as_deref().map(String::as_str);
        if let Err(err) = file.backup_to(&partial, key, progress) {
            let _ = std::fs::remove_file(&partial);
            return Err(err);
        }
        std::fs::rename(&partial, &path)?;
        let new = info(&path)
            .ok_or_else(|| Error::invalid("backup", say("validate-backup-could-not-read")))?;
        self.record_taken(Some(&name), &[])?;
        let older: Vec<BackupInfo> = self
            .prunable_backups_in(dir)?
            .into_iter()
            .filter(|b| b.path != new.path)
            .collect();
        let mut removed = Vec::new();
        for old in older.into_iter().skip(keep.max(1) - 1) {
            std::fs::remove_file(&old.path)?;
            removed.push(old.file_name);
        }
        if !removed.is_empty() {
            self.record_taken(None, &removed)?;
        }
        remove_stale_logs(dir);
        Ok(new)
    }

    /// The backups in the chosen folder, newest first.
    pub fn list_backups(&self) -> Result<Vec<BackupInfo>> {
        self.store.file("listing-backups")?;
        self.kindly_backups_in(Path::new(&self.backup_settings()?.folder))
    }

    /// [`Notebook::restore_from`] with the notebook as it was kept in the
    /// `before-restore` folder inside the chosen backup folder.
    pub fn restore(&mut self, backup: &Path) -> Result<BackupInfo> {
        self.restore_reporting(backup, &NoProgress)
    }

    fn restore_reporting(&mut self, backup: &Path, progress: &dyn Progress) -> Result<BackupInfo> {
        let safety = Path::new(&self.backup_settings()?.folder).join(BEFORE_RESTORE);
        self.restore_from_with(backup, &safety, progress)
    }

    /// [`Notebook::restore`] for one of [`Notebook::list_backups`] only: the
    /// window restores what it listed, and any other path is refused with
    /// nothing changed.
    pub fn restore_listed(&mut self, path: &str) -> Result<BackupInfo> {
        self.restore_listed_with(path, &NoProgress)
    }

    /// [`Notebook::restore_listed`], reporting to `progress`:
    /// [`Stage::Checking`] the backup, [`Stage::Copying`] and
    /// [`Stage::Checking`] the copy of the notebook kept first,
    /// [`Stage::Restoring`] (pages), [`Stage::Finishing`]. A restore is not
    /// cancelled.
    pub fn restore_listed_with(
        &mut self,
        path: &str,
        progress: &dyn Progress,
    ) -> Result<BackupInfo> {
        if !self.list_backups()?.iter().any(|b| b.path == path) {
            return Err(Error::invalid(
                "backup",
                say("validate-file-not-one-backups"),
            ));
        }
        self.restore_reporting(Path::new(path), progress)
    }

    /// Replaces the whole notebook with the backup at `backup`, after
    /// checking it and backing up the current notebook into `safety_dir`
    /// (returned, so the restore can be undone). An older backup is brought
    /// up to date; a broken or foreign file changes nothing.
    ///
    /// A protected notebook restores backups protected with its passphrase
    /// and unprotected ones (taken before it was protected), which come back
    /// protected.
    pub fn restore_from(&mut self, backup: &Path, safety_dir: &Path) -> Result<BackupInfo> {
        self.restore_from_with(backup, safety_dir, &NoProgress)
    }

    fn restore_from_with(
        &mut self,
        backup: &Path,
        safety_dir: &Path,
        progress: &dyn Progress,
    ) -> Result<BackupInfo> {
        self.store.file("restoring-backup")?;
        let key = self.key.clone();
        let key = key.as_deref().map(String::as_str);
        progress.stage(Stage::Checking);
        let source = backup::open_checked(backup, key)?;
        let safety = self.take_backup(safety_dir, usize::MAX, progress)?;
        let kept: Vec<(&str, Option<String>)> = {
            let mut tx = self.read()?;
            KEPT_ACROSS_RESTORE
                .iter()
                .map(|&k| Ok((k, tx.setting(k)?)))
                .collect::<Result<_>>()?
        };
        let now = self.now();
        let file = self.store.file_mut("restoring-backup")?;
        file.restore(source, key, safety_dir, progress)?;
        progress.stage(Stage::Finishing);
        file.migrate(now)?;
        let mut tx = self.write()?;
        for (key, value) in kept {
            match value {
                Some(value) => tx.set_setting(key, &value)?,
                None => {
                    tx.clear_setting(key, None)?;
                }
            }
        }
        tx.commit()?;
        Ok(safety)
    }

    /// The default folder for backups: `backups` beside the notebook file.
    pub fn default_backup_dir(&self) -> PathBuf {
        self.path()
            .parent()
            .map_or_else(|| PathBuf::from("backups"), |dir| dir.join("backups"))
    }
}

/// Refuses a number of backups to keep outside 1 to 365.
pub(crate) fn check_keep(keep: u32) -> Result<()> {
    if (1..=365).contains(&keep) {
        Ok(())
    } else {
        Err(Error::invalid("keep", say("validate-keep-between-1-365")))
    }
}

/// Creates the empty file a backup named `name` is written into before it
/// is checked, new (`O_EXCL`: never an existing file or a symbolic link
/// planted at that name; the next free name then).
fn create_partial(dir: &Path, name: &str) -> Result<PathBuf> {
    let mut n = 0u32;
    loop {
        let partial = dir.join(format!(".{name}.{n}.partial"));
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&partial)
        {
            Ok(_) => return Ok(partial),
            Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists && n < 100 => n += 1,
            Err(err) => return Err(err.into()),
        }
    }
}

/// Removes the `-shm` and `-wal` files earlier versions of Kindly left
/// beside each half-written backup (`.kindly-backup-….partial-shm`); a
/// backup no longer makes them, so any there are left over.
fn remove_stale_logs(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(|e| e.ok()) {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if name.starts_with(&format!(".{PREFIX}"))
            && (name.ends_with(".partial-shm") || name.ends_with(".partial-wal"))
            && entry.file_type().is_ok_and(|t| t.is_file())
        {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backup_names_carry_the_time_they_were_taken() {
        let at = 1_795_338_000_123;
        let name = name_for(at);
        assert_eq!(name, "kindly-backup-20261122-090000-123Z.sqlite");
        assert_eq!(taken_at(&name), Some(at));
        assert_eq!(taken_at("notebook.sqlite"), None);
    }
}
