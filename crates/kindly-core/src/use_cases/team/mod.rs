//! The team notebook's set-up, by its owner (`kindly team …`): making it on
//! a PostgreSQL server, and giving each person who works there a login of
//! their own, so every change records who made it.
//!
//! Each function takes the server's address (`postgres://owner@host/db`)
//! with the owner's login, connects, does its part in one transaction and
//! disconnects. Logins have passwords for now (no client certificates).

mod moving;
mod offline;

pub use moving::{copy_out, move_in, move_in_preview, move_into, move_into_preview, Moved};
pub use offline::OfflineKey;

use crate::error::{Error, Result};
use crate::rules::team_model::{login_base, NewLogin, StaffLogin, TeamPresence};
use crate::rules::validate::one_line;
use crate::store::postgres::address::Address;
use crate::store::postgres::server::PgStore;
use crate::store::postgres::team;
use crate::store::Backend;
use crate::use_cases::notebook::Notebook;
use kindly_words::say;

/// The longest name a person's login is kept beside.
pub const MAX_DISPLAY_NAME: usize = 100;

/// Makes (or brings up to date) the team notebook at `url`: the
/// extensions, the tables, the staff role with only the rights the app
/// needs. All or nothing; an up-to-date team notebook is left as it is, a
/// newer one or a database holding anything else is refused untouched.
/// The login must own the database and may create roles.
pub fn init_team(url: &str) -> Result<()> {
    PgStore::init(url)
}

/// Makes a login for the person `name` ("Ana Lima" gets `ana_lima`, or
/// `ana_lima_2` when that name is taken on the server) with a new
/// password, a member of the staff role; returns it. The password is kept
/// nowhere: show it once and forget it. Refused when `name` already has a
/// working login, or when the address's login may not create roles.
pub fn add_staff(url: &str, name: &str) -> Result<NewLogin> {
    let name = one_line(
        "name",
        &|| say("validate-label-the-name"),
        name,
        MAX_DISPLAY_NAME,
    )?;
    if name.is_empty() {
        return Err(Error::invalid("name", say("validate-enter-persons-name")));
    }
    team::add_login(url, &name, &login_base(&name))
}

/// Takes away the working login of the person `name` (their name as
/// added, or the login itself): it can no longer sign in or change
/// anything. Everything it wrote stays, naming it. Returns it, removed;
/// `None` (nothing changed) when nobody of that name has a working login.
pub fn remove_staff(url: &str, name: &str) -> Result<Option<StaffLogin>> {
    let name = one_line(
        "name",
        &|| say("validate-label-the-name"),
        name,
        MAX_DISPLAY_NAME,
    )?;
    team::remove_login(url, &name)
}

/// Every login made on the team notebook, removed ones included, oldest
/// first.
pub fn staff(url: &str) -> Result<Vec<StaffLogin>> {
    team::logins(url)
}

/// The owner's tools in the window: the same as the functions above, on
/// the team notebook the window is signed in to (its own address and
/// login, so no password is kept for them). Each opens a connection of
/// its own for its work. Refused on a notebook file and on a team
/// notebook's offline copy.
impl Notebook {
    /// The address this team notebook was opened with.
    fn team_address(&self) -> Result<&Address> {
        match &self.store {
            Backend::Team(store) => Ok(store.address()),
            Backend::File(_) | Backend::Offline(_) => Err(Error::invalid(
                "team",
                say("validate-needs-team-notebooks-server"),
            )),
        }
    }

    /// [`staff`]: every login made on this team notebook, removed ones too.
    pub fn team_logins(&self) -> Result<Vec<StaffLogin>> {
        team::logins_at(self.team_address()?)
    }

    /// [`add_staff`] on this team notebook (signed in as its owner).
    pub fn add_team_login(&self, name: &str) -> Result<NewLogin> {
        let name = one_line(
            "name",
            &|| say("validate-label-the-name"),
            name,
            MAX_DISPLAY_NAME,
        )?;
        if name.is_empty() {
            return Err(Error::invalid("name", say("validate-enter-persons-name")));
        }
        team::add_login_at(self.team_address()?, &name, &login_base(&name))
    }

    /// [`remove_staff`] on this team notebook (signed in as its owner).
    pub fn remove_team_login(&self, name: &str) -> Result<Option<StaffLogin>> {
        let name = one_line(
            "name",
            &|| say("validate-label-the-name"),
            name,
            MAX_DISPLAY_NAME,
        )?;
        team::remove_login_at(self.team_address()?, &name)
    }

    /// Who is signed in to this team notebook now, and on which computer
    /// (as each Kindly names it), by name; any login may ask. This
    /// window's own connections count as its computer.
    pub fn who_is_signed_in(&self) -> Result<Vec<TeamPresence>> {
        team::who_is_signed_in_at(self.team_address()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_that_is_empty_or_not_one_line_is_refused_before_connecting() {
        // Port 1: nothing listens, so reaching the server would say so.
        let url = "postgres://owner@127.0.0.1:1/shop";
        for name in ["", "   ", "Ana\nLima", &"a".repeat(MAX_DISPLAY_NAME + 1)] {
            let err = add_staff(url, name).expect_err("refused");
            assert!(
                matches!(err, Error::Invalid { ref field, .. } if field == "name"),
                "{name:?}: {err:?}"
            );
        }
        let err = remove_staff(url, "Ana\nLima").expect_err("refused");
        assert!(matches!(err, Error::Invalid { .. }), "{err:?}");
    }
}
