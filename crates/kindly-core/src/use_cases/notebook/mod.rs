//! The notebook: one SQLite file holding everything Kindly knows.

pub(crate) mod backup;
pub(crate) mod fewer_backups;
pub(crate) mod first_run;
pub(crate) mod forget;
mod live;
pub(crate) mod opening;
pub(crate) mod protection;
pub(crate) mod sample;
pub(crate) mod settings;
pub(crate) mod staff;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::error::{Error, Result};
use crate::rules::model::Millis;
use crate::store::postgres::server::PgStore;
use crate::store::sqlite::cipher;
use crate::store::sqlite::file::SqliteStore;
use crate::store::{Backend, Store, Tx};
use protection::Key;

/// The file name of the notebook inside the data folder.
pub const FILE_NAME: &str = "notebook.sqlite";

/// Where "now" comes from. Injected so that tests control time.
pub type Clock = Arc<dyn Fn() -> Millis + Send + Sync>;

/// The system clock, in milliseconds since the Unix epoch.
#[allow(
    clippy::disallowed_methods,
    reason = "the one place the core reads the wall clock: everything else takes this `Clock`"
)]
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
    /// The notebook's rows: its file, or its team notebook's server.
    pub(crate) store: Backend,
    pub(crate) clock: Clock,
    path: PathBuf,
    /// `total_changes` of the connection at the last backup it took.
    pub(crate) changes_at_backup: u64,
    /// The passphrase of a protected notebook (wiped when dropped); its
    /// backups are written with it too.
    pub(crate) key: Option<Key>,
    /// How the automatic backups fared in this session.
    pub(crate) auto_backup: crate::use_cases::notebook::backup::AutoBackupHealth,
    /// Which run of Kindly this is (the process id): protecting waits for
    /// an unlock in a later run before removing plain backups.
    pub(crate) run: u32,
}

impl Notebook {
    /// Opens (creating if needed) the notebook in `dir`, creating the folder.
    pub fn open_in_dir(dir: &Path) -> Result<Self> {
        std::fs::create_dir_all(dir)?;
        Self::open(&dir.join(FILE_NAME))
    }

    /// Opens (creating if needed) the notebook file at `path` and brings its
    /// schema up to date. A notebook from a newer Kindly is refused before
    /// anything is written to it; a protected one is refused with
    /// [`Error::Locked`] (open it with [`Notebook::open_protected`]).
    pub fn open(path: &Path) -> Result<Self> {
        if cipher::is_protected_file(path)? {
            return Err(Error::Locked);
        }
        Self::prepare(path.to_path_buf(), None)
    }

    /// Opens the protected notebook at `path` with its passphrase. A wrong
    /// passphrase is an error on the `passphrase` field and changes nothing.
    pub fn open_protected(path: &Path, passphrase: &str) -> Result<Self> {
        Self::prepare(path.to_path_buf(), Some(Key::new(passphrase.to_owned())))
    }

    /// A private notebook in memory, for tests and benchmarks.
    pub fn open_in_memory() -> Result<Self> {
        let clock = system_clock();
        let store = SqliteStore::open_in_memory(clock())?;
        Ok(Self::with_store(
            Backend::File(store),
            clock,
            PathBuf::from(":memory:"),
            None,
        ))
    }

    /// Opens the notebook file at `path` under `key`.
    fn prepare(path: PathBuf, key: Option<Key>) -> Result<Self> {
        let clock = system_clock();
        let store = SqliteStore::open(&path, key.as_ref().map(|k| k.as_str()), clock())?;
        Ok(Self::with_store(Backend::File(store), clock, path, key))
    }

    /// Opens the team notebook at `url` (`postgres://login@host/database`)
    /// with a staff login. Nothing is written: a server too old, a
    /// database that is not a team notebook, or one made by a newer Kindly
    /// is refused as it is. Its [`Notebook::path`] is the server and
    /// database, never the password.
    pub fn open_team(url: &str) -> Result<Self> {
        let store = PgStore::open(url)?;
        let address = store.address();
        let path = PathBuf::from(format!("{}/{}", address.host(), address.database()));
        Ok(Self::with_store(
            Backend::Team(Box::new(store)),
            system_clock(),
            path,
            None,
        ))
    }

    /// Whether this is a team notebook on a server (else a file here), or
    /// a team notebook's offline copy read while its server is away
    /// ([`Notebook::is_offline_copy`]).
    pub fn is_team(&self) -> bool {
        matches!(self.store, Backend::Team(_) | Backend::Offline(_))
    }

    pub(crate) fn with_store(
        store: Backend,
        clock: Clock,
        path: PathBuf,
        key: Option<Key>,
    ) -> Self {
        Notebook {
            store,
            clock,
            path,
            changes_at_backup: 0,
            key,
            auto_backup: Default::default(),
            run: std::process::id(),
        }
    }

    /// Replaces the id of this run of Kindly (tests play a restart).
    #[doc(hidden)]
    pub fn with_run(mut self, run: u32) -> Self {
        self.run = run;
        self
    }

    /// Replaces the clock (tests pin "now").
    pub fn with_clock(mut self, clock: Clock) -> Self {
        self.clock = clock;
        self
    }

    /// The notebook file's path (`:memory:` for an in-memory notebook; the
    /// server and database of a team notebook).
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// SQLite's `PRAGMA integrity_check` of the whole notebook: `ok` when
    /// every page and index is sound, otherwise the first problem found.
    pub fn integrity_check(&self) -> Result<String> {
        self.store.file("checking-file")?.integrity_check()
    }

    /// Caps the notebook file at its current size plus `extra_pages`
    /// (SQLite's `max_page_count`), so a write past it fails as on a full
    /// disk. Only for tests of a full disk; lasts while this notebook is
    /// open.
    #[doc(hidden)]
    pub fn fill_disk_for_tests(&self, extra_pages: u32) -> Result<()> {
        self.store
            .file("filling-disk")?
            .cap_pages_for_tests(extra_pages)
    }

    /// Closes this notebook file once it is checked whole (see
    /// `SqliteStore::close_checked`): one file with nothing beside it.
    /// [`Error::LaptopOnly`] on a team notebook.
    pub(crate) fn close_checked(self) -> Result<()> {
        match self.store {
            Backend::File(store) => store.close_checked(),
            Backend::Team(_) | Backend::Offline(_) => Err(Error::LaptopOnly {
                what: "closing-file",
            }),
        }
    }

    /// A read of the notebook through its store (never committed).
    pub(crate) fn read(&self) -> Result<Box<dyn Tx + '_>> {
        self.store.read()
    }

    /// A read of one moment of the notebook through its store (never
    /// committed): what another program writes meanwhile is not seen.
    pub(crate) fn snapshot(&self) -> Result<Box<dyn Tx + '_>> {
        self.store.snapshot()
    }

    /// One transaction through the notebook's store: nothing it changes is
    /// kept unless the use case calls [`Tx::commit`].
    pub(crate) fn write(&mut self) -> Result<Box<dyn Tx + '_>> {
        self.store.write()
    }

    /// One transaction through the notebook's store with its foreign-key
    /// checks off, committed when `work` succeeds. Only for a bulk insert
    /// whose every key was read from its parent table in the same
    /// transaction (checking thousands again one by one costs more than
    /// the insert).
    pub(crate) fn write_without_key_checks<T>(
        &mut self,
        work: impl FnOnce(&mut dyn Tx) -> Result<T>,
    ) -> Result<T> {
        match &mut self.store {
            Backend::File(store) => store.write_without_key_checks(work),
            // The server checks every key as it goes, at no extra round
            // trip; an offline copy refuses the write before `work` runs.
            Backend::Team(_) | Backend::Offline(_) => {
                let mut tx = self.write()?;
                let done = work(&mut *tx)?;
                tx.commit()?;
                Ok(done)
            }
        }
    }

    pub(crate) fn now(&self) -> Millis {
        (self.clock)()
    }
}
