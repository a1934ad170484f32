//! The log for when something goes wrong: one file a day in the data
//! folder's `logs/` (the last [`KEPT_FILES`] kept), and standard error as
//! before (developers and the end-to-end tests read it).
//!
//! What the log may hold: what happened, counts, how long it took, error
//! codes, paths, the version. What it must never hold: anything a person
//! typed or a customer is (words, names, phone numbers, queries) and no
//! passphrase or password. So errors are logged through [`error`] and
//! [`payload`], which keep a message only when its code's wording is
//! fixed (see [`words_are_safe`]), and the lines below name counts only.
//!
//! `tracing` with `tracing-appender`, rather than tauri-plugin-log: the
//! log works before the app exists and in the mock-runtime tests, and the
//! window gets no command to write into it.

pub mod crash;

use std::fmt::Display;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

use kindly_core::{BackupInfo, ErrorCode, ErrorPayload, ImportSummary};
use tracing_appender::rolling::{RollingFileAppender, Rotation};
use tracing_subscriber::filter::{LevelFilter, Targets};
use tracing_subscriber::layer::SubscriberExt;

/// The log folder's name inside the data folder.
pub const FOLDER: &str = "logs";

/// How many daily log files are kept (older ones are deleted as a new
/// day's file starts).
pub const KEPT_FILES: usize = 14;

/// The version of Kindly this is.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The log file lines go to, once the data folder is known.
static FILE: Mutex<Option<RollingFileAppender>> = Mutex::new(None);

/// The log folder of `data_dir`.
pub fn folder(data_dir: &Path) -> PathBuf {
    data_dir.join(FOLDER)
}

/// Writes each line to the log file, when one is open (lines before the
/// data folder is known reach standard error only).
struct FileWriter;

impl Write for FileWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match FILE.lock().unwrap_or_else(|e| e.into_inner()).as_mut() {
            Some(file) => file.write(buf),
            None => Ok(buf.len()),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match FILE.lock().unwrap_or_else(|e| e.into_inner()).as_mut() {
            Some(file) => file.flush(),
            None => Ok(()),
        }
    }
}

/// Starts logging to standard error and (once [`open_in`] has named the
/// folder) to the log file: Kindly's own lines from `info` up, other
/// crates' from `warn`. A second call does nothing.
pub fn init() {
    // Lines are written as they happen, not through a background thread:
    // the log is small, and nothing is lost when Kindly stops at a panic.
    let stderr = tracing_subscriber::fmt::layer()
        .with_writer(std::io::stderr)
        .with_target(false)
        .without_time();
    let file = tracing_subscriber::fmt::layer()
        .with_writer(|| FileWriter)
        .with_ansi(false)
        .with_target(false);
    let filter = Targets::new()
        .with_target(env!("CARGO_CRATE_NAME"), LevelFilter::INFO)
        .with_default(LevelFilter::WARN);
    let subscriber = tracing_subscriber::registry()
        .with(stderr)
        .with(file)
        .with(filter);
    let _ = tracing::subscriber::set_global_default(subscriber);
}

/// Opens (creating it when needed) the log folder of `data_dir` for the
/// lines from now on, and writes the start line: version, system, data
/// folder. Returns the log folder.
pub fn open_in(data_dir: &Path) -> std::io::Result<PathBuf> {
    let logs = folder(data_dir);
    std::fs::create_dir_all(&logs)?;
    let file = RollingFileAppender::builder()
        .rotation(Rotation::DAILY)
        .filename_prefix("kindly")
        .filename_suffix("log")
        .max_log_files(KEPT_FILES)
        .build(&logs)
        .map_err(std::io::Error::other)?;
    *FILE.lock().unwrap_or_else(|e| e.into_inner()) = Some(file);
    tracing::info!(
        "Kindly {VERSION} started on {} {}; data folder {}",
        std::env::consts::OS,
        std::env::consts::ARCH,
        data_dir.display()
    );
    Ok(logs)
}

/// Stops writing to the log file (a test's folder is about to go).
#[cfg(test)]
pub fn close() {
    *FILE.lock().unwrap_or_else(|e| e.into_inner()) = None;
}

/// Whether the sentence of an error with `code` may go in the log: its
/// wording is fixed, or names only a server, a version or a thing's kind.
/// Not for input problems (they may quote what was typed), storage
/// failures (a driver's detail may quote a stored value), `system`
/// (messages from anywhere) or conflicts (they name a person).
pub fn words_are_safe(code: ErrorCode) -> bool {
    !matches!(
        code,
        ErrorCode::InvalidInput | ErrorCode::Storage | ErrorCode::System | ErrorCode::Conflict
    )
}

/// `code` as the window knows it (`invalid_input`), plus `message` when
/// its words may be logged.
fn told(code: ErrorCode, message: impl Display) -> String {
    let name = serde_json::to_value(code)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_else(|| format!("{code:?}"));
    if words_are_safe(code) {
        format!("{name}: {message}")
    } else {
        name
    }
}

/// A core error as the log may hold it (see [`words_are_safe`]), its
/// sentence in English whatever language the person reads, so one log
/// reads the same on every computer; a file-system failure adds its kind
/// ("permission denied").
pub fn error(err: &kindly_core::Error) -> String {
    let told = told(err.code(), err.message_in("en"));
    match err {
        kindly_core::Error::Io(io) => format!("{told} ({})", io.kind()),
        _ => told,
    }
}

/// An error as the window received it, as the log may hold it: its code
/// (the same in every language) first; its sentence, when kept, is in the
/// language it was said in, the window's at the time (a payload no longer
/// knows its error, so it cannot be said again in English).
pub fn payload(err: &ErrorPayload) -> String {
    told(err.code, &err.message)
}

/// A lookup: that it happened, how many it found and how long it took;
/// never what was looked up.
pub fn lookup<T>(found: &Result<Vec<T>, ErrorPayload>, took: Duration) {
    let ms = took.as_millis();
    match found {
        Ok(found) => tracing::info!("lookup: {} found in {ms} ms", found.len()),
        Err(err) => tracing::warn!("lookup failed in {ms} ms: {}", payload(err)),
    }
}

/// An import: its counts.
pub fn import(done: &Result<ImportSummary, ErrorPayload>) {
    match done {
        Ok(s) => tracing::info!(
            "import: {} created, {} added to, {} unchanged, {} left out",
            s.created,
            s.merged,
            s.skipped,
            s.left_out
        ),
        Err(err) if err.code == kindly_core::ErrorCode::Cancelled => {
            tracing::info!("import cancelled, nothing imported")
        }
        Err(err) => tracing::warn!("import failed, nothing imported: {}", payload(err)),
    }
}

/// A backup made (`why`: "automatic", "at quit", …), or why not. A
/// backup that was not due is not logged.
pub fn backup(why: &str, done: &Result<Option<BackupInfo>, ErrorPayload>) {
    match done {
        Ok(Some(b)) => tracing::info!("backup ({why}): {} ({} bytes)", b.path, b.bytes),
        Ok(None) => {}
        Err(err) => tracing::warn!("backup ({why}) failed: {}", payload(err)),
    }
}

#[cfg(test)]
mod tests;
