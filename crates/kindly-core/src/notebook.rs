//! The notebook: one SQLite file holding everything Kindly knows.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

use crate::error::Result;
use crate::migrations;
use crate::model::Millis;

/// The file name of the notebook inside the data folder.
pub const FILE_NAME: &str = "notebook.sqlite";

/// Where "now" comes from. Injected so that tests control time.
pub type Clock = Arc<dyn Fn() -> Millis + Send + Sync>;

/// The system clock, in milliseconds since the Unix epoch.
pub fn system_clock() -> Clock {
    Arc::new(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_millis() as Millis)
            .unwrap_or_default()
    })
}

/// An open notebook. Every method that changes data runs in one
/// transaction: it either happens completely or not at all.
pub struct Notebook {
    pub(crate) conn: Connection,
    pub(crate) clock: Clock,
    path: PathBuf,
    /// `total_changes` of the connection at the last backup it took.
    pub(crate) changes_at_backup: u64,
}

impl Notebook {
    /// Opens (creating if needed) the notebook in `dir`, creating the folder.
    pub fn open_in_dir(dir: &Path) -> Result<Self> {
        std::fs::create_dir_all(dir)?;
        Self::open(&dir.join(FILE_NAME))
    }

    /// Opens (creating if needed) the notebook file at `path` and brings its
    /// schema up to date. A notebook from a newer Kindly is refused before
    /// anything is written to it.
    pub fn open(path: &Path) -> Result<Self> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        Self::prepare(conn, path.to_path_buf())
    }

    /// A private notebook in memory, for tests and benchmarks.
    pub fn open_in_memory() -> Result<Self> {
        Self::prepare(Connection::open_in_memory()?, PathBuf::from(":memory:"))
    }

    fn prepare(mut conn: Connection, path: PathBuf) -> Result<Self> {
        conn.busy_timeout(Duration::from_secs(5))?;
        // Room for every statement the app repeats (the default is 16).
        conn.set_prepared_statement_cache_capacity(128);
        migrations::ensure_not_newer(&conn)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        // FULL: a save the user saw succeed survives a power cut too.
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", true)?;
        // Reads through a memory map and a 16 MiB page cache instead of a
        // system call per page: lists that touch rows all over the file
        // (Today, the timeline) stay fast in a notebook of any size.
        conn.pragma_update(None, "mmap_size", 256 * 1024 * 1024)?;
        conn.pragma_update(None, "cache_size", -16 * 1024)?;
        let clock = system_clock();
        migrations::migrate(&mut conn, clock())?;
        Ok(Notebook {
            conn,
            clock,
            path,
            changes_at_backup: 0,
        })
    }

    /// Replaces the clock (tests pin "now").
    pub fn with_clock(mut self, clock: Clock) -> Self {
        self.clock = clock;
        self
    }

    /// The notebook file's path (`:memory:` for an in-memory notebook).
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Caps the notebook file at its current size plus `extra_pages`
    /// (SQLite's `max_page_count`), so a write past it fails as on a full
    /// disk. Only for tests of a full disk; lasts while this notebook is
    /// open.
    #[doc(hidden)]
    pub fn fill_disk_for_tests(&self, extra_pages: u32) -> Result<()> {
        let pages: i64 = self
            .conn
            .pragma_query_value(None, "page_count", |r| r.get(0))?;
        self.conn
            .pragma_update(None, "max_page_count", pages + i64::from(extra_pages))?;
        Ok(())
    }

    pub(crate) fn now(&self) -> Millis {
        (self.clock)()
    }
}
