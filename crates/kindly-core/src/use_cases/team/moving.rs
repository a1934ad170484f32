//! Moving a notebook kept on a laptop into a team notebook (`kindly team
//! move-in`), and copying a team notebook out into an ordinary notebook
//! file (`kindly team copy-out`: the team's own backup, and a way to
//! leave).
//!
//! Either way everything moves as it is, in one read of one moment of the
//! notebook moved from and one transaction on the notebook moved to,
//! committed at the end: customers with their Trash, history with its
//! original times and authors, follow-ups with their schedules and
//! reminder state, situations, merges with what their undo needs, the
//! staff list and the notebook's own settings. Keys stay the same, so
//! every reference between rows holds; the lookup tables are written
//! again by the receiving store.

use kindly_words::{args, say, say_with};
use std::fs::File;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::store::moving::{Cell, TABLES};
use crate::store::Tx;
use crate::use_cases::notebook::sample::SAMPLE_STAFF;
use crate::use_cases::notebook::settings::{PHONE_REGION, REMINDER_TIME, TIME_ZONE, WELCOMED_AT};
use crate::use_cases::notebook::Notebook;

/// The settings that belong to the notebook and move with it: how its
/// numbers are read (`phone_region`), what its follow-ups' wall-clock
/// times mean (`time_zone`, `reminder_time`), that its welcome is done,
/// and which staff the sample brought (so removing the sample still takes
/// them).
///
/// The others belong to a computer or to a file and stay: who is at this
/// desk (`at_desk`), this computer's key combination (`global_shortcut`),
/// a protected file's lock (`lock_after_minutes`, `plain_backups_wait`)
/// and the file's backups (`backup_folder`, `backup_keep`,
/// `last_backup_at`, `backups_taken`).
const MOVED_SETTINGS: [&str; 5] = [
    PHONE_REGION,
    TIME_ZONE,
    REMINDER_TIME,
    WELCOMED_AT,
    SAMPLE_STAFF,
];

/// How much a move carried: every row counted, Trash included.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Moved {
    /// Customers (those in Trash too).
    #[ts(type = "number")]
    pub customers: u64,
    /// Conversations.
    #[ts(type = "number")]
    pub conversations: u64,
    /// Issues.
    #[ts(type = "number")]
    pub issues: u64,
    /// Promises.
    #[ts(type = "number")]
    pub promises: u64,
    /// Follow-ups.
    #[ts(type = "number")]
    pub follow_ups: u64,
    /// Situations.
    #[ts(type = "number")]
    pub situations: u64,
    /// Merges (undone ones too).
    #[ts(type = "number")]
    pub merges: u64,
    /// People on the staff list (those taken off it too).
    #[ts(type = "number")]
    pub staff: u64,
}

impl Moved {
    fn count(&mut self, table: &str, rows: u64) {
        let counter = match table {
            "customers" => &mut self.customers,
            "conversations" => &mut self.conversations,
            "issues" => &mut self.issues,
            "promises" => &mut self.promises,
            "follow_ups" => &mut self.follow_ups,
            "situations" => &mut self.situations,
            "merges" => &mut self.merges,
            "staff" => &mut self.staff,
            _ => return,
        };
        *counter += rows;
    }
}

/// Moves everything in the notebook file `source` into the new, empty
/// team notebook at `url` (the owner's login), in one transaction: all
/// of it, or nothing. A team notebook that already holds anything
/// (customers, staff, situations, ...: a second run, say) is refused with
/// [`Error::TeamNotebookNotEmpty`] and left as it is; so is a staff
/// login, which could not finish the move. `source` is only read.
pub fn move_in(source: &Notebook, url: &str) -> Result<Moved> {
    refuse_team_source(source)?;
    move_into(source, &mut Notebook::open_team(url)?)
}

/// [`move_in`] into the team notebook `team`, open with its owner's login
/// (the window's Settings → Team): the same refusals, all or nothing.
pub fn move_into(source: &Notebook, team: &mut Notebook) -> Result<Moved> {
    refuse_team_source(source)?;
    refuse_file_target(team)?;
    let mut from = source.snapshot()?;
    let mut to = team.write()?;
    let moved = copy_everything(&mut *from, &mut *to)?;
    to.commit()?;
    Ok(moved)
}

/// What [`move_in`] would carry from the notebook file `source` into the
/// team notebook at `url`, counted without writing anything: refused as
/// `move_in` would be (a team notebook `source`; a team notebook that
/// already holds anything), so the preview the owner confirms is the move
/// that then happens, unless someone writes to either meanwhile.
pub fn move_in_preview(source: &Notebook, url: &str) -> Result<Moved> {
    refuse_team_source(source)?;
    move_into_preview(source, &Notebook::open_team(url)?)
}

/// [`move_in_preview`] for the open team notebook `team`.
pub fn move_into_preview(source: &Notebook, team: &Notebook) -> Result<Moved> {
    refuse_team_source(source)?;
    refuse_file_target(team)?;
    let mut to = team.read()?;
    for table in TABLES {
        if to.holds_rows(table)? {
            return Err(Error::TeamNotebookNotEmpty);
        }
    }
    drop(to);
    let mut from = source.snapshot()?;
    let mut moved = Moved::default();
    for table in TABLES {
        let rows = from.count_rows(table)?;
        moved.count(table.name, rows);
    }
    Ok(moved)
}

fn refuse_team_source(source: &Notebook) -> Result<()> {
    if source.is_team() {
        return Err(Error::invalid(
            "file",
            say("validate-moving-takes-notebook-file"),
        ));
    }
    Ok(())
}

fn refuse_file_target(team: &Notebook) -> Result<()> {
    if !team.is_team() {
        return Err(Error::invalid(
            "database",
            say("validate-moving-into-team-notebook"),
        ));
    }
    Ok(())
}

/// Copies everything in the team notebook `team` into a new notebook
/// file at `path`: an ordinary notebook, as if kept on this computer all
/// along, not protected with a passphrase. An existing file is never
/// written over. The copy is written beside `path`, checked, and only
/// then given its name, so a failure leaves no file behind; `team` is only
/// read, one moment of it.
pub fn copy_out(team: &Notebook, path: &Path) -> Result<Moved> {
    if !team.is_team() {
        return Err(Error::invalid(
            "database",
            say("validate-copying-out-team-notebook"),
        ));
    }
    refuse_existing(path)?;
    if let Some(folder) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        if !folder.is_dir() {
            return Err(Error::invalid(
                "file",
                say_with(
                    "validate-no-folder-for-copy",
                    &args! { "folder" => folder.display().to_string() },
                ),
            ));
        }
    }
    let partial = beside(path, &format!(".{}.copying", std::process::id()))?;
    remove_with_log(&partial)?;
    let copied = (|| {
        let mut file = Notebook::open(&partial)?;
        let moved = {
            let mut from = team.snapshot()?;
            let mut to = file.write()?;
            let moved = copy_everything(&mut *from, &mut *to)?;
            to.commit()?;
            moved
        };
        file.close_checked()?;
        put_in_place(&partial, path)?;
        Ok(moved)
    })();
    if copied.is_err() {
        let _ = remove_with_log(&partial);
    }
    copied
}

/// Writes every row `from` holds into the empty notebook `to`, then its
/// settings, its key counters and its lookup tables. Nothing is written
/// when `to` already holds a row of any moved table.
pub(super) fn copy_everything(from: &mut dyn Tx, to: &mut dyn Tx) -> Result<Moved> {
    to.start_moving_in()?;
    for table in TABLES {
        if to.holds_rows(table)? {
            return Err(Error::TeamNotebookNotEmpty);
        }
    }
    let mut moved = Moved::default();
    for table in TABLES {
        let ahead = table.points_ahead.and_then(|c| table.position(c));
        let mut links = Vec::new();
        let mut rows = 0_u64;
        from.rows_of(table, &mut |mut chunk| {
            if let Some(column) = ahead {
                for row in &mut chunk {
                    if let (Some(&Cell::Int(key)), Some(&Cell::Int(target))) =
                        (row.first(), row.get(column))
                    {
                        if target > key {
                            links.push((key, target));
                            row[column] = Cell::Null;
                        }
                    }
                }
            }
            rows += chunk.len() as u64;
            to.insert_rows(table, &chunk)
        })?;
        if let (Some(column), false) = (table.points_ahead, links.is_empty()) {
            to.link_rows(table, column, &links)?;
        }
        moved.count(table.name, rows);
    }
    for key in MOVED_SETTINGS {
        match from.setting(key)? {
            Some(value) => to.set_setting(key, &value)?,
            None => {
                to.clear_setting(key, None)?;
            }
        }
    }
    let given = TABLES
        .iter()
        .filter(|t| t.never_reused)
        .map(|t| Ok((t, from.highest_key_given(t)?)))
        .collect::<Result<Vec<_>>>()?;
    to.finish_moving_in(&given)?;
    Ok(moved)
}

/// Refuses `path` when anything is there (a file, a folder, a link).
fn refuse_existing(path: &Path) -> Result<()> {
    if path.symlink_metadata().is_ok() {
        return Err(taken(path));
    }
    Ok(())
}

fn taken(path: &Path) -> Error {
    Error::invalid(
        "file",
        say_with(
            "validate-file-exists",
            &args! { "file" => path.display().to_string() },
        ),
    )
}

/// `path` with `suffix` added to its file name, hidden (a leading dot).
pub(super) fn beside(path: &Path, suffix: &str) -> Result<PathBuf> {
    let name = path.file_name().ok_or_else(|| {
        Error::invalid(
            "file",
            say_with(
                "validate-not-a-file-name",
                &args! { "file" => path.display().to_string() },
            ),
        )
    })?;
    Ok(path.with_file_name(format!(".{}{suffix}", name.to_string_lossy())))
}

/// Removes the file at `path` and what SQLite keeps beside it; none there
/// is fine.
pub(super) fn remove_with_log(path: &Path) -> Result<()> {
    for side in ["", "-wal", "-shm", "-journal"] {
        let mut name = path.as_os_str().to_owned();
        name.push(side);
        match std::fs::remove_file(PathBuf::from(name)) {
            Err(err) if err.kind() != std::io::ErrorKind::NotFound => return Err(err.into()),
            _ => {}
        }
    }
    Ok(())
}

/// Gives the finished copy at `partial` the name `path`, unless something
/// took that name meanwhile: a hard link fails rather than replace; where
/// the disk has no hard links, a rename after one more look.
fn put_in_place(partial: &Path, path: &Path) -> Result<()> {
    match std::fs::hard_link(partial, path) {
        Ok(()) => std::fs::remove_file(partial)?,
        Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => return Err(taken(path)),
        Err(_) => {
            refuse_existing(path)?;
            std::fs::rename(partial, path)?;
        }
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        // The new name itself must reach the disk (POSIX: sync the folder).
        if let Ok(dir) = File::open(dir) {
            let _ = dir.sync_all();
        }
    }
    Ok(())
}
