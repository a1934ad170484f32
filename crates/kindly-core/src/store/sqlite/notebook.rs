//! [`NotebookRows`] for SQLite.

use rusqlite::{params, OptionalExtension, Row};

use crate::error::Result;
use crate::rules::history_model::StaffMember;
use crate::rules::model::Millis;
use crate::rules::team_model::SignedIn;
use crate::store::notebook::{CustomerCounts, PhoneAsTyped, ScheduledFollowUp};
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

    fn customer_counts(&mut self) -> Result<CustomerCounts> {
        // Both counts come from indexes (the smallest one for all, the
        // partial one of trashed customers), not from reading every
        // customer's row: 1 ms instead of 15 ms at 100,000 customers, and
        // the window asks at start and after every change.
        Ok(self
            .prepare_cached(
                "SELECT (SELECT count(*) FROM customers) AS all_customers,
                    (SELECT count(*) FROM customers WHERE deleted_at IS NOT NULL) AS trashed",
            )?
            .query_row([], customer_counts)?)
    }

    fn notebook_used(&mut self) -> Result<bool> {
        Ok(self.query_row(
            "SELECT EXISTS(SELECT 1 FROM customers) OR EXISTS(SELECT 1 FROM staff)",
            [],
            |r| r.get(0),
        )?)
    }

    fn phones_as_typed(&mut self) -> Result<Vec<PhoneAsTyped>> {
        Ok(self
            .prepare("SELECT customer_pk, position, number FROM customer_phones WHERE e164 = ''")?
            .query_map([], phone_as_typed)?
            .collect::<rusqlite::Result<_>>()?)
    }

    fn set_phone_e164(
        &mut self,
        customer_pk: i64,
        position: i64,
        e164: &str,
        digits_rev: &str,
    ) -> Result<()> {
        self.prepare_cached(
            "UPDATE customer_phones SET e164 = ?3, digits_rev = ?4
             WHERE customer_pk = ?1 AND position = ?2",
        )?
        .execute(params![customer_pk, position, e164, digits_rev])?;
        Ok(())
    }

    fn scheduled_follow_ups(&mut self) -> Result<Vec<ScheduledFollowUp>> {
        Ok(self
            .prepare(
                "SELECT entry_pk, start_time IS NULL AS all_day, occurrence_at, due_at
                 FROM follow_ups WHERE due_at IS NOT NULL",
            )?
            .query_map([], scheduled_follow_up)?
            .collect::<rusqlite::Result<_>>()?)
    }

    fn move_follow_up(
        &mut self,
        entry_pk: i64,
        occurrence_at: Millis,
        due_at: Millis,
    ) -> Result<()> {
        // The right-hand side of `reminded_due` reads the old row.
        self.prepare_cached(
            "UPDATE follow_ups SET occurrence_at = ?2, due_at = ?3,
                reminded_due = CASE WHEN reminded_due = due_at THEN ?3 ELSE reminded_due END
             WHERE entry_pk = ?1",
        )?
        .execute(params![entry_pk, occurrence_at, due_at])?;
        Ok(())
    }

    fn signed_in(&mut self) -> Result<Option<SignedIn>> {
        // Nobody signs in to a notebook file. A team notebook's offline
        // copy records the login that took it (the settings
        // `use_cases/team/offline.rs` writes): read there, that person is
        // signed in, as on the server when the copy was taken.
        let Some(login) = self.setting("offline_copy_login")? else {
            return Ok(None);
        };
        let person = self.setting("offline_copy_person")?.unwrap_or_default();
        Ok(Some(SignedIn {
            display_name: if person.is_empty() {
                login.clone()
            } else {
                person
            },
            login,
            owner: false,
        }))
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

    fn staff_name(&mut self, id: &str) -> Result<Option<String>> {
        Ok(self
            .query_row("SELECT name FROM staff WHERE id = ?1", [id], |r| {
                r.get("name")
            })
            .optional()?)
    }

    fn staff_named(&mut self, name: &str) -> Result<bool> {
        Ok(self.query_row(
            "SELECT EXISTS(SELECT 1 FROM customers WHERE looked_after_by = ?1)
                 OR EXISTS(SELECT 1 FROM conversations WHERE staff = ?1)
                 OR EXISTS(SELECT 1 FROM issues WHERE handler = ?1)
                 OR EXISTS(SELECT 1 FROM promises WHERE promised_by = ?1)
                 OR EXISTS(SELECT 1 FROM events WHERE staff = ?1)
                 OR EXISTS(SELECT 1 FROM follow_ups WHERE assignee = ?1 OR created_by = ?1)
                 OR EXISTS(SELECT 1 FROM merges WHERE staff = ?1)
                 OR EXISTS(SELECT 1 FROM situations WHERE lead = ?1 OR created_by = ?1)
                 OR EXISTS(SELECT 1 FROM situation_groups WHERE concierge = ?1)
                 OR EXISTS(SELECT 1 FROM situation_actions WHERE staff = ?1)
                 OR EXISTS(SELECT 1 FROM situation_members WHERE concierge = ?1 OR told_by = ?1)
                 OR EXISTS(SELECT 1 FROM situation_updates WHERE staff = ?1)
                 OR EXISTS(SELECT 1 FROM situation_told WHERE staff = ?1)",
            [name],
            |r| r.get(0),
        )?)
    }

    fn delete_staff(&mut self, id: &str) -> Result<()> {
        self.execute("DELETE FROM staff WHERE id = ?1", [id])?;
        Ok(())
    }

    fn sample_count(&mut self) -> Result<u32> {
        Ok(self.query_row("SELECT count(*) FROM sample_customers", [], |r| r.get(0))?)
    }

    fn sample_customer_pks(&mut self) -> Result<Vec<i64>> {
        Ok(self
            .prepare("SELECT customer_pk FROM sample_customers")?
            .query_map([], |r| r.get("customer_pk"))?
            .collect::<rusqlite::Result<_>>()?)
    }

    fn add_to_sample(&mut self, customer_pk: i64) -> Result<()> {
        self.prepare_cached("INSERT INTO sample_customers(customer_pk) VALUES (?1)")?
            .execute([customer_pk])?;
        Ok(())
    }

    fn settle_sample_reminders(&mut self, now: Millis) -> Result<()> {
        self.execute(
            "UPDATE follow_ups SET reminded_due = due_at
             WHERE due_at IS NOT NULL AND due_at <= ?1 AND entry_pk IN (
                SELECT e.pk FROM entries e JOIN sample_customers s ON s.customer_pk = e.customer_pk)",
            [now],
        )?;
        Ok(())
    }
}

/// The row of [`NotebookRows::customer_counts`].
fn customer_counts(r: &Row) -> rusqlite::Result<CustomerCounts> {
    Ok(CustomerCounts {
        all: r.get("all_customers")?,
        trashed: r.get("trashed")?,
    })
}

/// A `customer_phones` row read as `customer_pk, position, number`.
fn phone_as_typed(r: &Row) -> rusqlite::Result<PhoneAsTyped> {
    Ok(PhoneAsTyped {
        customer_pk: r.get("customer_pk")?,
        position: r.get("position")?,
        number: r.get("number")?,
    })
}

/// A `follow_ups` row read as `entry_pk, all_day, occurrence_at, due_at`.
fn scheduled_follow_up(r: &Row) -> rusqlite::Result<ScheduledFollowUp> {
    Ok(ScheduledFollowUp {
        entry_pk: r.get("entry_pk")?,
        all_day: r.get("all_day")?,
        occurrence_at: r.get("occurrence_at")?,
        due_at: r.get("due_at")?,
    })
}

/// A `staff` row read as `id, name, initials`.
fn staff_member(r: &Row) -> rusqlite::Result<StaffMember> {
    Ok(StaffMember {
        id: r.get("id")?,
        name: r.get("name")?,
        initials: r.get("initials")?,
    })
}
