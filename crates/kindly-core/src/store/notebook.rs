//! The store's operations for notebook-wide rows: settings, staff, the
//! welcome, the sample, backups taken, forgetting a customer.

use crate::error::Result;
use crate::rules::history_model::StaffMember;
use crate::rules::model::Millis;

/// Operations for notebook-wide rows. Implemented by every store.
pub(crate) trait NotebookRows {
    /// The value of the setting `key`, if it was ever set.
    fn setting(&mut self, key: &str) -> Result<Option<String>>;
    /// Sets `key` to `value`, replacing what it held.
    fn set_setting(&mut self, key: &str, value: &str) -> Result<()>;
    /// Forgets the setting `key`; with `only_if`, only while it holds that
    /// value. Returns whether a setting was removed.
    fn clear_setting(&mut self, key: &str, only_if: Option<&str>) -> Result<bool>;

    /// The people on the staff list (not removed), by name, ignoring case.
    fn staff(&mut self) -> Result<Vec<StaffMember>>;
    /// Puts a new person on the staff list.
    fn insert_staff(&mut self, member: &StaffMember, now: Millis) -> Result<()>;
    /// Takes the person `id` off the list at `now`; false when no one on
    /// the list has that id.
    fn remove_staff(&mut self, id: &str, now: Millis) -> Result<bool>;
}
