//! The people who work here, and who is at the desk on this computer.

use rusqlite::{params, OptionalExtension};
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::rules::fold::fold;
use crate::rules::history_model::{StaffMember, StaffRoster};
use crate::rules::validate::one_line;
use crate::use_cases::notebook::Notebook;

const AT_DESK: &str = "at_desk";

/// Initials from a name: the first letter of up to three words.
fn initials_of(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .take(3)
        .flat_map(char::to_uppercase)
        .collect()
}

impl Notebook {
    /// The staff list (by name) and who is at the desk.
    pub fn staff_roster(&self) -> Result<StaffRoster> {
        let staff: Vec<StaffMember> = self
            .conn
            .prepare_cached("SELECT id, name, initials FROM staff WHERE removed_at IS NULL ORDER BY name COLLATE NOCASE")?
            .query_map([], |r| Ok(StaffMember { id: r.get(0)?, name: r.get(1)?, initials: r.get(2)? }))?
            .collect::<rusqlite::Result<_>>()?;
        let at_desk: Option<String> = self
            .conn
            .prepare_cached("SELECT value FROM settings WHERE key = ?1")?
            .query_row([AT_DESK], |r| r.get(0))
            .optional()?;
        let at_desk = at_desk.filter(|id| staff.iter().any(|s| &s.id == id));
        Ok(StaffRoster { staff, at_desk })
    }

    /// Adds a person; initials default to the first letters of their name.
    pub fn add_staff(&mut self, name: &str, initials: &str) -> Result<StaffRoster> {
        let name = one_line("name", "The name", name, 100)?;
        if name.is_empty() {
            return Err(Error::invalid("name", "Enter the person's name."));
        }
        let mut initials = one_line("initials", "Initials", initials, 4)?;
        if initials.is_empty() {
            initials = initials_of(&name);
        }
        if self
            .staff_roster()?
            .staff
            .iter()
            .any(|s| fold(&s.name) == fold(&name))
        {
            return Err(Error::invalid(
                "name",
                format!("{name} is already on the staff list."),
            ));
        }
        self.conn.execute(
            "INSERT INTO staff(id, name, initials, created_at) VALUES (?1, ?2, ?3, ?4)",
            params![Uuid::now_v7().to_string(), name, initials, self.now()],
        )?;
        self.staff_roster()
    }

    /// Takes a person off the list. Their name stays on everything they did.
    pub fn remove_staff(&mut self, id: &str) -> Result<StaffRoster> {
        let now = self.now();
        let tx = self.conn.transaction()?;
        let changed = tx.execute(
            "UPDATE staff SET removed_at = ?2 WHERE id = ?1 AND removed_at IS NULL",
            params![id, now],
        )?;
        if changed == 0 {
            return Err(Error::NotFound { id: id.to_owned() });
        }
        tx.execute(
            "DELETE FROM settings WHERE key = ?1 AND value = ?2",
            params![AT_DESK, id],
        )?;
        tx.commit()?;
        self.staff_roster()
    }

    /// Chooses who is at the desk (`None`: nobody in particular).
    pub fn set_at_desk(&mut self, id: Option<&str>) -> Result<StaffRoster> {
        match id.filter(|s| !s.is_empty()) {
            None => {
                self.conn
                    .execute("DELETE FROM settings WHERE key = ?1", [AT_DESK])?;
            }
            Some(id) => {
                if !self.staff_roster()?.staff.iter().any(|s| s.id == id) {
                    return Err(Error::invalid(
                        "at_desk",
                        "Choose someone from the staff list.",
                    ));
                }
                self.conn.execute(
                    "INSERT INTO settings(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    [AT_DESK, id],
                )?;
            }
        }
        self.staff_roster()
    }
}
