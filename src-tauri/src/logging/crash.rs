//! The crash note: a panic writes `logs/crash-<time>.txt` (version, where
//! it panicked, the thread), and the next start tells the window once
//! that Kindly closed unexpectedly ([`CrashNotes`]).
//!
//! The panic's own message is left out of the note and the log: it can
//! quote what someone typed (a string cut at the wrong place names the
//! string, an `expect` may carry a value). Where it panicked is enough to
//! find the bug.

use std::io::Write;
use std::panic::PanicHookInfo;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::VERSION;

/// The start of every crash note's file name.
const PREFIX: &str = "crash-";
/// The end of every crash note's file name.
const SUFFIX: &str = ".txt";
/// The file in the log folder holding the name of the last note told.
const TOLD: &str = "crash-told";
/// The time in a crash note's name (UTC; no colons, which some systems
/// refuse in file names), so the names sort by time.
const STAMP: &str = "%Y-%m-%dT%H-%M-%S%.3fZ";
/// How many crash notes are kept (older ones are deleted as one is written).
const KEPT: usize = 10;

/// Makes every panic from now on write a crash note in `logs` and a line
/// in the log, then do what it did before (print its message on standard
/// error for a developer).
pub fn install_hook(logs: PathBuf) {
    let before = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info: &PanicHookInfo<'_>| {
        let at = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()));
        let current = std::thread::current();
        let thread = current.name().unwrap_or("unnamed");
        let place = at.as_deref().unwrap_or("an unknown place");
        tracing::error!("panic at {place} on thread {thread}");
        let now = DateTime::from_timestamp_millis(crate::state::now_ms()).unwrap_or_default();
        if let Err(err) = write_note(&logs, now, at.as_deref(), thread) {
            tracing::error!("the crash note could not be written ({})", err.kind());
        }
        before(info);
    }));
}

/// Writes a crash note for a panic at `location` (`file:line`) on `thread`
/// at `now`; returns its path. The oldest notes beyond [`KEPT`] go.
pub fn write_note(
    logs: &Path,
    now: DateTime<Utc>,
    location: Option<&str>,
    thread: &str,
) -> std::io::Result<PathBuf> {
    std::fs::create_dir_all(logs)?;
    let path = logs.join(format!("{PREFIX}{}{SUFFIX}", now.format(STAMP)));
    let mut file = std::fs::File::create(&path)?;
    write!(
        file,
        "Kindly stopped unexpectedly.\n\
         Version: {VERSION}\n\
         When: {}\n\
         Where: {}\n\
         Thread: {thread}\n\
         System: {} {}\n\
         (What the program said as it stopped is left out: it can quote what someone typed.)\n",
        now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        location.unwrap_or("unknown"),
        std::env::consts::OS,
        std::env::consts::ARCH,
    )?;
    file.sync_all()?;
    let notes = notes(logs);
    for old in notes.iter().take(notes.len().saturating_sub(KEPT)) {
        let _ = std::fs::remove_file(logs.join(old));
    }
    Ok(path)
}

/// The crash notes' file names in `logs`, oldest first (their names sort
/// by time).
fn notes(logs: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(logs) else {
        return Vec::new();
    };
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.starts_with(PREFIX) && n.ends_with(SUFFIX))
        .collect();
    names.sort();
    names
}

/// What the window is told at the start after a crash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CrashNotice {
    /// When the latest crash note was written (ms since the Unix epoch):
    /// the time in its name, else the file's; `None` when neither is known.
    pub noted_at: Option<i64>,
}

/// The crash note found at start and not told yet, until the window asks.
#[derive(Default)]
pub struct CrashNotes(Mutex<Option<(PathBuf, String)>>);

impl CrashNotes {
    /// Looks in `logs` at start: the newest crash note, unless it was told
    /// in an earlier run. Notes written in this run wait for the next.
    pub fn at_start(logs: &Path) -> Self {
        let told = std::fs::read_to_string(logs.join(TOLD)).unwrap_or_default();
        let unread = notes(logs)
            .pop()
            .filter(|newest| newest.as_str() > told.trim());
        CrashNotes(Mutex::new(unread.map(|n| (logs.to_path_buf(), n))))
    }

    /// The note to tell the window about, once: it is marked told (in the
    /// log folder, so later starts say nothing of it either).
    pub fn take(&self) -> Option<CrashNotice> {
        let (logs, name) = self.0.lock().unwrap_or_else(|e| e.into_inner()).take()?;
        if let Err(err) = std::fs::write(logs.join(TOLD), &name) {
            tracing::warn!(
                "the crash note could not be marked as told ({})",
                err.kind()
            );
        }
        let named = name
            .strip_prefix(PREFIX)
            .and_then(|n| n.strip_suffix(SUFFIX))
            .and_then(|stamp| chrono::NaiveDateTime::parse_from_str(stamp, STAMP).ok())
            .map(|t| t.and_utc().timestamp_millis());
        let noted_at = named.or_else(|| {
            std::fs::metadata(logs.join(&name))
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .and_then(|d| i64::try_from(d.as_millis()).ok())
        });
        Some(CrashNotice { noted_at })
    }
}
