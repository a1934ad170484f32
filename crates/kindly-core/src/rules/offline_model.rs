//! A team notebook's offline copy: what the window says about it while
//! the server is away ("Working from the copy taken at 10:42 by Ana").

use serde::Serialize;
use ts_rs::TS;

use crate::rules::model::Millis;

/// Where an offline copy came from and when, as recorded in the copy when
/// it was taken (`Notebook::refresh_offline_copy`) and read back when it
/// is opened (`Notebook::offline_copy_info`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct OfflineCopyInfo {
    /// When the copy was taken (milliseconds since the Unix epoch, by the
    /// clock of the notebook that took it): it holds everything the team
    /// notebook held then, and nothing saved after.
    #[ts(type = "number")]
    pub taken_at: Millis,
    /// The team notebook's server (host name, address or socket folder).
    pub server: String,
    /// The team notebook's database on that server.
    pub database: String,
    /// The login that took it (the person signed in on this computer).
    pub login: String,
    /// That login's name as the team knows it ("Ana Lima"); empty when the
    /// server does not list it (an administrator's login).
    pub person: String,
}
