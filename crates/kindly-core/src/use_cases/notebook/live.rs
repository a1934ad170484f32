//! Following a team notebook's changes as other desks commit them.

use crate::error::Result;
use crate::store::postgres::live::{ChangeFeed, ChangeSource};
use crate::store::Backend;
use crate::use_cases::notebook::Notebook;

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
}
