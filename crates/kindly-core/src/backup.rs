//! Backups of the notebook, and restoring one.
//!
//! A backup is a consistent copy written by SQLite's online backup API
//! (page by page, through the open connection), never a copy of the live
//! file, into a `.partial` file that only takes
//! its real name once `PRAGMA integrity_check` has passed on it. Restoring
//! first backs up the current notebook, so a restore can be undone.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OpenFlags};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::migrations;
use crate::model::Millis;
use crate::notebook::Notebook;
use crate::protection::is_protected_file;
use crate::settings::{put_setting, setting};

const PREFIX: &str = "kindly-backup-";
const SUFFIX: &str = ".sqlite";
/// Where a restore keeps the notebook as it was, inside the backup folder.
const BEFORE_RESTORE: &str = "before-restore";

/// One backup file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BackupInfo {
    pub path: String,
    pub file_name: String,
    /// When it was taken (from its name).
    #[ts(type = "number")]
    pub taken_at: Millis,
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

fn bad(why: &str) -> Error {
    Error::invalid(
        "backup",
        format!("That file cannot be used as a backup: {why}"),
    )
}

/// Opens the backup at `path` read-only, with `key` when it is protected,
/// and checks that it is a whole, readable Kindly notebook this version can
/// open, without changing it.
fn open_checked(path: &Path, key: Option<&str>) -> Result<Connection> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|_| bad("it could not be opened."))?;
    if is_protected_file(path)? {
        let Some(key) = key else {
            return Err(bad(
                "it is protected with a passphrase, and this notebook is not. \
                 Protect the notebook with that backup's passphrase first, then restore it.",
            ));
        };
        crate::protection::apply_key(&conn, key).map_err(|_| {
            bad("it is protected with a different passphrase from this notebook's.")
        })?;
    }
    check_conn(&conn)?;
    Ok(conn)
}

/// Checks that `conn` holds a whole, readable Kindly notebook this version
/// can open, without changing it.
pub(crate) fn check_conn(conn: &Connection) -> Result<()> {
    let verdict: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .map_err(|_| bad("it is not a Kindly notebook."))?;
    if verdict != "ok" {
        return Err(bad("it is damaged."));
    }
    let has_customers: bool = conn
        .query_row(
            "SELECT EXISTS(SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'customers')",
            [],
            |r| r.get(0),
        )
        .map_err(|_| bad("it is not a Kindly notebook."))?;
    if !has_customers {
        return Err(bad("it is not a Kindly notebook."));
    }
    migrations::ensure_not_newer(conn)
}

/// Where automatic backups go and how many are kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BackupSettings {
    /// The folder (the default is `backups` beside the notebook).
    pub folder: String,
    /// How many backups to keep (oldest removed first).
    pub keep: u32,
    #[ts(type = "number | null")]
    pub last_backup_at: Option<Millis>,
}

const BACKUP_FOLDER: &str = "backup_folder";
const BACKUP_KEEP: &str = "backup_keep";
const LAST_BACKUP_AT: &str = "last_backup_at";
/// Backups kept unless the user chooses otherwise.
pub const DEFAULT_KEEP: u32 = 10;
/// Automatic backups come at most this often while Kindly runs.
pub const BACKUP_EVERY: Millis = 24 * 60 * 60 * 1000;

impl Notebook {
    /// The backup folder, how many to keep, and when the last one was taken.
    pub fn backup_settings(&self) -> Result<BackupSettings> {
        let folder = setting(&self.conn, BACKUP_FOLDER)?
            .filter(|f| !f.is_empty())
            .map_or_else(|| self.default_backup_dir(), PathBuf::from);
        Ok(BackupSettings {
            folder: folder.display().to_string(),
            keep: setting(&self.conn, BACKUP_KEEP)?
                .and_then(|k| k.parse().ok())
                .unwrap_or(DEFAULT_KEEP),
            last_backup_at: setting(&self.conn, LAST_BACKUP_AT)?.and_then(|t| t.parse().ok()),
        })
    }

    /// Chooses the backup folder (`None` or empty: the default) and how
    /// many backups to keep (1 to 365).
    pub fn set_backup_settings(
        &mut self,
        folder: Option<&str>,
        keep: u32,
    ) -> Result<BackupSettings> {
        if !(1..=365).contains(&keep) {
            return Err(Error::invalid("keep", "Keep between 1 and 365 backups."));
        }
        let folder = folder.map(str::trim).unwrap_or("");
        if !folder.is_empty() && !Path::new(folder).is_absolute() {
            return Err(Error::invalid(
                "folder",
                "Choose a whole folder path, such as /home/ana/Backups.",
            ));
        }
        let tx = self.conn.transaction()?;
        put_setting(&tx, BACKUP_FOLDER, folder)?;
        put_setting(&tx, BACKUP_KEEP, &keep.to_string())?;
        tx.commit()?;
        self.backup_settings()
    }

    /// Takes a backup into the chosen folder now, keeping the chosen number.
    pub fn back_up_now(&mut self) -> Result<BackupInfo> {
        let settings = self.backup_settings()?;
        let info = self.backup_to(Path::new(&settings.folder), settings.keep as usize)?;
        put_setting(&self.conn, LAST_BACKUP_AT, &info.taken_at.to_string())?;
        self.changes_at_backup = self.conn.total_changes();
        Ok(info)
    }

    /// The automatic backup: taken when the last one is a day old or more
    /// (or there is none) and, with `only_if_changed`, only if this session
    /// changed something since. Returns the backup taken, if any.
    pub fn back_up_if_due(&mut self, only_if_changed: bool) -> Result<Option<BackupInfo>> {
        let last = self.backup_settings()?.last_backup_at;
        let changed = self.conn.total_changes() > self.changes_at_backup;
        let old = last.is_none_or(|at| self.now() - at >= BACKUP_EVERY);
        if (only_if_changed && !changed) || (!only_if_changed && !old) {
            return Ok(None);
        }
        self.back_up_now().map(Some)
    }

    /// Writes a checked backup into `dir` (created if needed) and then
    /// keeps only the newest `keep` backups there (at least one: the new
    /// one). Returns the new backup.
    pub fn backup_to(&self, dir: &Path, keep: usize) -> Result<BackupInfo> {
        std::fs::create_dir_all(dir)?;
        // Never over an existing backup (two taken in the same millisecond,
        // e.g. the safety copy of a restore made from that same folder).
        let mut at = self.now();
        while dir.join(name_for(at)).exists() {
            at += 1;
        }
        let name = name_for(at);
        let path = dir.join(&name);
        let partial = dir.join(format!(".{name}.partial"));
        let _ = std::fs::remove_file(&partial);
        if let Err(err) = self
            .copy_to(&partial)
            .and_then(|()| open_checked(&partial, self.key.as_deref().map(String::as_str)))
        {
            let _ = std::fs::remove_file(&partial);
            return Err(err);
        }
        std::fs::rename(&partial, &path)?;
        for old in backups_in(dir)?.into_iter().skip(keep.max(1)) {
            std::fs::remove_file(&old.path)?;
        }
        info(&path).ok_or_else(|| Error::invalid("backup", "The backup could not be read back."))
    }

    /// The backups in the chosen folder, newest first.
    pub fn list_backups(&self) -> Result<Vec<BackupInfo>> {
        backups_in(Path::new(&self.backup_settings()?.folder))
    }

    /// [`Notebook::restore_from`] with the notebook as it was kept in the
    /// `before-restore` folder inside the chosen backup folder.
    pub fn restore(&mut self, backup: &Path) -> Result<BackupInfo> {
        let safety = Path::new(&self.backup_settings()?.folder).join(BEFORE_RESTORE);
        self.restore_from(backup, &safety)
    }

    /// [`Notebook::restore`] for one of [`Notebook::list_backups`] only: the
    /// window restores what it listed, and any other path is refused with
    /// nothing changed.
    pub fn restore_listed(&mut self, path: &str) -> Result<BackupInfo> {
        if !self.list_backups()?.iter().any(|b| b.path == path) {
            return Err(Error::invalid(
                "backup",
                "That file is not one of the backups in the backup folder. Nothing was changed.",
            ));
        }
        self.restore(Path::new(path))
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
        let key = self.key.clone();
        let key = key.as_deref().map(String::as_str);
        let source = open_checked(backup, key)?;
        let safety = self.backup_to(safety_dir, usize::MAX)?;
        if key.is_some() && !is_protected_file(backup)? {
            // SQLCipher copies pages only between files keyed alike: first
            // make a protected copy of the plain backup, then restore that.
            drop(source);
            let dir = tempfile_dir(safety_dir)?;
            let copy = dir.join("restoring.sqlite");
            let restored = crate::protection::export_file(backup, &copy, key.unwrap_or_default())
                .and_then(|()| crate::protection::connect(&copy, key))
                .and_then(|copy| self.restore_pages(&copy));
            let _ = std::fs::remove_dir_all(&dir);
            restored?;
        } else {
            self.restore_pages(&source)?;
        }
        let now = self.now();
        migrations::migrate(&mut self.conn, now)?;
        Ok(safety)
    }

    /// Copies every page of the notebook to a new file at `dest`, keyed
    /// like the notebook.
    fn copy_to(&self, dest: &Path) -> Result<()> {
        let mut out = crate::protection::connect(dest, self.key.as_deref().map(String::as_str))?;
        rusqlite::backup::Backup::new(&self.conn, &mut out)?.run_to_completion(
            1024,
            std::time::Duration::ZERO,
            None,
        )?;
        Ok(())
    }

    /// Replaces every page of the notebook with those of `source`.
    fn restore_pages(&mut self, source: &Connection) -> Result<()> {
        rusqlite::backup::Backup::new(source, &mut self.conn)?.run_to_completion(
            1024,
            std::time::Duration::ZERO,
            None,
        )?;
        Ok(())
    }

    /// The default folder for backups: `backups` beside the notebook file.
    pub fn default_backup_dir(&self) -> PathBuf {
        self.path()
            .parent()
            .map_or_else(|| PathBuf::from("backups"), |dir| dir.join("backups"))
    }
}

/// A new private folder inside `parent` for a moment's work.
fn tempfile_dir(parent: &Path) -> Result<PathBuf> {
    std::fs::create_dir_all(parent)?;
    let mut n = 0u32;
    loop {
        let dir = parent.join(format!(".restoring-{}-{n}", std::process::id()));
        match std::fs::create_dir(&dir) {
            Ok(()) => return Ok(dir),
            Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => n += 1,
            Err(err) => return Err(err.into()),
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
