//! What the window needs for its first screen, read in one go, so a cold
//! start waits for one answer instead of several in a row.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::Result;
use crate::rules::follow_up_model::{TimeSettings, TodayPage};
use crate::rules::history_model::StaffRoster;
use crate::rules::model::NotebookInfo;
use crate::use_cases::notebook::protection::LockStatus;
use crate::use_cases::notebook::Notebook;

/// An open notebook's facts for the first screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Opening {
    /// Counts, the file's path, the phone region, and whether to welcome.
    pub info: NotebookInfo,
    /// The staff list and who is at the desk.
    pub roster: StaffRoster,
    /// The notebook's time zone and reminder time.
    pub time: TimeSettings,
    /// Today's page; `None` when it could not be read, so the window still
    /// opens (on Lookup) and Today says why once it is opened.
    pub today: Option<TodayPage>,
}

/// The window's first answer. `opening` and `call` are `None` while the
/// notebook is locked: nothing is read from it, and the call waits, until
/// it is unlocked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct WindowStart {
    /// Whether the notebook is protected and locked, and when the window locks itself.
    pub lock: LockStatus,
    /// The first screen's facts; `None` while locked.
    pub opening: Option<Opening>,
    /// The number of the `kindly://call` link Kindly was started by, if any.
    pub call: Option<String>,
}

impl Notebook {
    /// The facts, staff, time settings and Today page the first screen
    /// shows. Fails only when the notebook's facts cannot be read.
    pub fn opening(&self) -> Result<Opening> {
        Ok(Opening {
            info: self.info()?,
            roster: self.staff_roster()?,
            time: self.time_settings()?,
            today: self.today().ok(),
        })
    }
}
