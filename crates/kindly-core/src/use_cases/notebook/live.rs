//! Following a team notebook's changes as other desks commit them.

use crate::error::Result;
use crate::store::postgres::live::{ChangeFeed, ChangeSource};
use std::path::PathBuf;

use crate::store::postgres::server::PgStore;
use crate::store::Backend;
use crate::use_cases::notebook::{system_clock, Notebook};

impl Notebook {
    /// A feed of the changes committed to this team notebook from now on
    /// (by any desk, this one included), on a connection of its own with
    /// this notebook's address and login; `None` for a notebook file,
    /// which no other desk changes while it is open here (nor its offline
    /// copy). The feed does
    /// not borrow the notebook: wait on it without holding the notebook.
    pub fn change_feed(&self) -> Result<Option<ChangeFeed>> {
        self.change_source().map(|source| source.open()).transpose()
    }

    /// Where [`Notebook::change_feed`] connects, to connect later without
    /// holding this notebook; `None` for a notebook file.
    pub fn change_source(&self) -> Option<ChangeSource> {
        match &self.store {
            // A copy read while the server is away changes only by a refresh.
            Backend::File(_) | Backend::Offline(_) => None,
            Backend::Team(store) => Some(ChangeSource::new(store.address())),
        }
    }

    /// Opens the team notebook `source` connects to, again, with the same
    /// login and password (a second notebook of its own, for work that
    /// must not hold the window's, or the window's own once the server is
    /// back). Errors as for [`Notebook::open_team`].
    pub fn open_team_at(source: &ChangeSource) -> Result<Notebook> {
        let store = PgStore::open_at(source.address().clone())?;
        let address = store.address();
        let path = PathBuf::from(format!("{}/{}", address.host(), address.database()));
        Ok(Notebook::with_store(
            Backend::Team(Box::new(store)),
            system_clock(),
            path,
            None,
        ))
    }
}
