//! Backups of the notebook file: copies written page by page through the
//! open connection (SQLite's online backup API, never a copy of the live
//! file), a backup opened without changing it and checked, and the pages
//! of a checked backup put in place of the notebook's.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, OpenFlags};

use crate::error::{Error, Result};
use crate::rules::progress::{Progress, Stage};
use crate::store::sqlite::{cipher, connection, migrations};

/// Pages copied per step of the online backup API.
const PAGES_PER_STEP: std::ffi::c_int = 1024;

fn bad(why: &str) -> Error {
    Error::invalid(
        "backup",
        format!("That file cannot be used as a backup: {why}"),
    )
}

/// A backup file opened read-only and found to be a whole, readable Kindly
/// notebook this version can open ([`open_checked`]).
pub(crate) struct CheckedBackup {
    conn: Connection,
    path: PathBuf,
}

/// Opens the backup at `path` read-only, with `key` when it is protected,
/// and checks that it is a whole, readable Kindly notebook this version can
/// open ([`check`]), without changing it. Every refusal is an error on the
/// `backup` field saying why.
pub(crate) fn open_checked(path: &Path, key: Option<&str>) -> Result<CheckedBackup> {
    let conn = open_immutable(path).map_err(|_| bad("it could not be opened."))?;
    if cipher::is_protected_file(path)? {
        let Some(key) = key else {
            return Err(bad(
                "it is protected with a passphrase, and this notebook is not. \
                 Protect the notebook with that backup's passphrase first, then restore it.",
            ));
        };
        connection::apply_key(&conn, key).map_err(|_| {
            bad("it is protected with a different passphrase from this notebook's.")
        })?;
    }
    check(&conn)?;
    Ok(CheckedBackup {
        conn,
        path: path.to_path_buf(),
    })
}

/// Whether `key` opens the file at `path`, opened read-only without
/// changing it.
pub(crate) fn opens_with_key(path: &Path, key: &str) -> bool {
    open_immutable(path)
        .and_then(|conn| connection::apply_key(&conn, key))
        .is_ok()
}

/// Opens the file at `path` read-only as a file nobody changes
/// (`immutable=1`): no lock, no `-shm` or `-wal` file beside it, and no
/// symbolic link followed.
fn open_immutable(path: &Path) -> Result<Connection> {
    let name = path
        .to_str()
        .ok_or_else(|| bad("Kindly cannot read a file with this name."))?;
    let mut uri = String::from("file:");
    for c in name.chars() {
        match c {
            '%' => uri.push_str("%25"),
            '?' => uri.push_str("%3F"),
            '#' => uri.push_str("%23"),
            c => uri.push(c),
        }
    }
    uri.push_str("?immutable=1");
    let conn = Connection::open_with_flags(
        uri,
        OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_URI
            | OpenFlags::SQLITE_OPEN_NOFOLLOW
            | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    connection::harden(&conn)?;
    Ok(conn)
}

/// Checks that `conn` holds a whole, readable Kindly notebook this version
/// can open, without changing it: sound pages, not from a newer Kindly, and
/// exactly the tables, indexes and triggers Kindly's migrations build at
/// its version (a trigger or view brought in by the file would run inside
/// the notebook after a restore).
pub(crate) fn check(conn: &Connection) -> Result<()> {
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
    migrations::ensure_not_newer(conn)?;
    let (extra, missing) = migrations::schema_differences(conn)?;
    if !extra.is_empty() {
        return Err(bad(&format!(
            "it holds things Kindly never puts in a notebook ({}), so it may have been \
             altered. Nothing was changed.",
            extra.join(", ")
        )));
    }
    if missing {
        return Err(bad("it is not a complete Kindly notebook."));
    }
    Ok(())
}

/// Copies every page of the notebook open on `conn` to a new file at
/// `dest`, keyed with `key` like the notebook, and checks the copy
/// ([`open_checked`]), reporting [`Stage::Copying`] then
/// [`Stage::Checking`]. On an error `dest` may hold a partial copy: the
/// caller removes it.
pub(crate) fn write_checked_copy(
    conn: &Connection,
    dest: &Path,
    key: Option<&str>,
    progress: &dyn Progress,
) -> Result<()> {
    copy_to(conn, dest, key, progress)?;
    progress.stage(Stage::Checking);
    open_checked(dest, key).map(drop)
}

/// Copies every page of the notebook open on `conn` to a new file at
/// `dest`, keyed with `key`.
fn copy_to(
    conn: &Connection,
    dest: &Path,
    key: Option<&str>,
    progress: &dyn Progress,
) -> Result<()> {
    let mut out = connection::connect(dest, key)?;
    progress.stage(Stage::Copying);
    copy_pages(conn, &mut out, progress)?;
    // The copy carries the notebook's write-ahead-log mode; a backup is
    // one file on its own, with no `-wal` or `-shm` beside it.
    out.pragma_update(None, "journal_mode", "DELETE")?;
    out.close().map_err(|(_, err)| err)?;
    Ok(())
}

/// Replaces every page of the notebook open on `conn` (keyed with `key`)
/// with those of `source`. A plain backup restored into a protected
/// notebook is first copied, protected with `key`, into a private folder
/// made inside `work_dir` (SQLCipher copies pages only between files keyed
/// alike); the folder is removed afterwards. The schema is left as the
/// backup's: the caller brings it up to date ([`connection::migrate`]).
pub(crate) fn restore(
    conn: &mut Connection,
    source: CheckedBackup,
    key: Option<&str>,
    work_dir: &Path,
    progress: &dyn Progress,
) -> Result<()> {
    match key {
        Some(key) if !cipher::is_protected_file(&source.path)? => {
            let CheckedBackup { conn: plain, path } = source;
            drop(plain);
            let dir = private_dir(work_dir)?;
            let copy = dir.join("restoring.sqlite");
            let restored = cipher::export_file(&path, &copy, key)
                .and_then(|()| connection::connect(&copy, Some(key)))
                .and_then(|copy| restore_pages(conn, &copy, progress));
            let _ = std::fs::remove_dir_all(&dir);
            restored
        }
        _ => restore_pages(conn, &source.conn, progress),
    }
}

/// Replaces every page of the notebook open on `conn` with those of `source`.
fn restore_pages(
    conn: &mut Connection,
    source: &Connection,
    progress: &dyn Progress,
) -> Result<()> {
    progress.stage(Stage::Restoring);
    copy_pages(source, conn, progress)
}

/// Copies every page of `from` into `to` with the online backup API,
/// [`PAGES_PER_STEP`] at a time (a step the source is busy for is tried
/// again at once, as `run_to_completion` does), telling `progress` how
/// many pages are done after each step. The count never goes back, even
/// when a change to the source makes SQLite start the copy again.
fn copy_pages(from: &Connection, to: &mut Connection, progress: &dyn Progress) -> Result<()> {
    let backup = Backup::new(from, to)?;
    let mut shown = 0u64;
    loop {
        let step = backup.step(PAGES_PER_STEP)?;
        let p = backup.progress();
        let of = u64::try_from(p.pagecount).unwrap_or(0);
        let left = u64::try_from(p.remaining).unwrap_or(0).min(of);
        if step == StepResult::Done {
            progress.done(of.max(shown), of.max(shown));
            return Ok(());
        }
        if step == StepResult::More {
            shown = shown.max(of - left);
            progress.done(shown, of.max(shown));
        } else {
            std::thread::sleep(Duration::ZERO);
        }
    }
}

/// A new private folder inside `parent` for a moment's work.
fn private_dir(parent: &Path) -> Result<PathBuf> {
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
