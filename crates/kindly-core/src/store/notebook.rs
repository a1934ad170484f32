//! The store's operations for notebook-wide rows: settings, staff, the
//! welcome, the sample, backups taken, forgetting a customer.

use crate::error::Result;
use crate::rules::history_model::StaffMember;
use crate::rules::model::Millis;
use crate::rules::team_model::SignedIn;

/// A phone number kept as typed: it had no E.164 form under the phone
/// region when it was saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PhoneAsTyped {
    /// The customer it belongs to.
    pub customer_pk: i64,
    /// Its place among the customer's phones.
    pub position: i64,
    /// The number as typed.
    pub number: String,
}

/// A follow-up with something still to do, as a change of time zone or
/// reminder time moves it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ScheduledFollowUp {
    /// The follow-up's entry.
    pub entry_pk: i64,
    /// It has no time of day of its own (due at the reminder time).
    pub all_day: bool,
    /// The occurrence still to do.
    pub occurrence_at: Millis,
    /// When that is due (later than the occurrence when snoozed).
    pub due_at: Millis,
}

/// How many customers the notebook holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CustomerCounts {
    /// Every customer, in Trash or not.
    pub all: u32,
    /// Those in Trash.
    pub trashed: u32,
}

/// Operations for notebook-wide rows. Implemented by every store.
pub(crate) trait NotebookRows {
    /// The value of the setting `key`, if it was ever set.
    fn setting(&mut self, key: &str) -> Result<Option<String>>;
    /// Sets `key` to `value`, replacing what it held.
    fn set_setting(&mut self, key: &str, value: &str) -> Result<()>;
    /// Forgets the setting `key`; with `only_if`, only while it holds that
    /// value. Returns whether a setting was removed.
    fn clear_setting(&mut self, key: &str, only_if: Option<&str>) -> Result<bool>;

    /// How many customers there are, and how many of them are in Trash;
    /// one read of the indexes, not of every customer.
    fn customer_counts(&mut self) -> Result<CustomerCounts>;
    /// Whether the notebook was ever used: it holds a customer (even in
    /// Trash) or anyone on the staff list (even removed).
    fn notebook_used(&mut self) -> Result<bool>;

    /// Every phone number kept as typed (no E.164 form), of every customer.
    fn phones_as_typed(&mut self) -> Result<Vec<PhoneAsTyped>>;
    /// Gives the phone at `position` of customer `customer_pk` its E.164
    /// form and the reversed digits the lookup probes.
    fn set_phone_e164(
        &mut self,
        customer_pk: i64,
        position: i64,
        e164: &str,
        digits_rev: &str,
    ) -> Result<()>;

    /// Every follow-up with something still to do (a due time).
    fn scheduled_follow_ups(&mut self) -> Result<Vec<ScheduledFollowUp>>;
    /// Moves follow-up `entry_pk` to the occurrence `occurrence_at`, due at
    /// `due_at`. A due time already reminded about stays reminded where it
    /// moves to: moving is not snoozing.
    fn move_follow_up(
        &mut self,
        entry_pk: i64,
        occurrence_at: Millis,
        due_at: Millis,
    ) -> Result<()>;

    /// Who this handle is signed in as on a team notebook (the login, its
    /// name from the team's logins, whether it may manage logins); `None`
    /// on a notebook kept on this computer, where nobody signs in.
    fn signed_in(&mut self) -> Result<Option<SignedIn>>;

    /// The people on the staff list (not removed), by name, ignoring case.
    fn staff(&mut self) -> Result<Vec<StaffMember>>;
    /// Puts a new person on the staff list.
    fn insert_staff(&mut self, member: &StaffMember, now: Millis) -> Result<()>;
    /// Takes the person `id` off the list at `now`; false when no one on
    /// the list has that id.
    fn remove_staff(&mut self, id: &str, now: Millis) -> Result<bool>;
    /// The name of staff member `id`, whether on the list or taken off it;
    /// `None` when there is no such person.
    fn staff_name(&mut self, id: &str) -> Result<Option<String>>;
    /// Whether anything still names the staff member `name`: who spoke,
    /// handled, promised, does or added a follow-up, looks after a
    /// customer, merged, or leads, looks after or told anyone in a
    /// situation.
    fn staff_named(&mut self, name: &str) -> Result<bool>;
    /// Erases the staff member `id` for good (not merely taken off the
    /// list): only for someone nothing names.
    fn delete_staff(&mut self, id: &str) -> Result<()>;

    /// How many customers belong to the sample (in Trash too).
    fn sample_count(&mut self) -> Result<u32>;
    /// The primary keys of the sample's customers.
    fn sample_customer_pks(&mut self) -> Result<Vec<i64>>;
    /// Marks customer `customer_pk` as one of the sample's.
    fn add_to_sample(&mut self, customer_pk: i64) -> Result<()>;
    /// Marks every follow-up of the sample's customers due at or before
    /// `now` as reminded already: nobody is to be reminded of what fell due
    /// before the sample existed.
    fn settle_sample_reminders(&mut self, now: Millis) -> Result<()>;
}
