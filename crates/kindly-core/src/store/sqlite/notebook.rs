//! [`NotebookRows`] for SQLite.

use rusqlite::{params, OptionalExtension, Row};

use crate::error::Result;
use crate::rules::history_model::StaffMember;
use crate::rules::model::Millis;
use crate::store::sqlite::tx::SqliteTx;
use crate::store::NotebookRows;

impl NotebookRows for SqliteTx<'_> {
    fn setting(&mut self, key: &str) -> Result<Option<String>> {
        Ok(self
            .prepare_cached("SELECT value FROM settings WHERE key = ?1")?
            .query_row([key], |r| r.get(0))
            .optional()?)
    }

    fn set_setting(&mut self, key: &str, value: &str) -> Result<()> {
        self.prepare_cached(
            "INSERT INTO settings(key, value) VALUES (?1, ?2)
             ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        )?
        .execute([key, value])?;
        Ok(())
    }

    fn clear_setting(&mut self, key: &str, only_if: Option<&str>) -> Result<bool> {
        let removed = match only_if {
            None => self.execute("DELETE FROM settings WHERE key = ?1", [key])?,
            Some(value) => self.execute(
                "DELETE FROM settings WHERE key = ?1 AND value = ?2",
                [key, value],
            )?,
        };
        Ok(removed > 0)
    }

    fn staff(&mut self) -> Result<Vec<StaffMember>> {
        Ok(self
            .prepare_cached(
                "SELECT id, name, initials FROM staff WHERE removed_at IS NULL
                 ORDER BY name COLLATE NOCASE",
            )?
            .query_map([], staff_member)?
            .collect::<rusqlite::Result<_>>()?)
    }

    fn insert_staff(&mut self, member: &StaffMember, now: Millis) -> Result<()> {
        self.execute(
            "INSERT INTO staff(id, name, initials, created_at) VALUES (?1, ?2, ?3, ?4)",
            params![member.id, member.name, member.initials, now],
        )?;
        Ok(())
    }

    fn remove_staff(&mut self, id: &str, now: Millis) -> Result<bool> {
        let changed = self.execute(
            "UPDATE staff SET removed_at = ?2 WHERE id = ?1 AND removed_at IS NULL",
            params![id, now],
        )?;
        Ok(changed > 0)
    }
}

/// A `staff` row read as `id, name, initials`.
fn staff_member(r: &Row) -> rusqlite::Result<StaffMember> {
    Ok(StaffMember {
        id: r.get("id")?,
        name: r.get("name")?,
        initials: r.get("initials")?,
    })
}
