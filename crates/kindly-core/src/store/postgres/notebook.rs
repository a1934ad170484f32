//! [`NotebookRows`] for PostgreSQL: the same guarantees as on SQLite
//! (`store/sqlite/notebook.rs`), one statement per call.
//!
//! Lists SQLite returns in its table's order without saying so (phones as
//! typed, follow-ups, the sample) are ordered by key here: PostgreSQL keeps
//! no order of its own.

use postgres::Row;

use crate::error::{Error, Result};
use crate::rules::history_model::StaffMember;
use crate::rules::model::Millis;
use crate::rules::team_model::SignedIn;
use crate::store::notebook::{CustomerCounts, PhoneAsTyped, ScheduledFollowUp};
use crate::store::postgres::tx::PgTx;
use crate::store::postgres::{can_name_a_row, int};
use crate::store::NotebookRows;

impl NotebookRows for PgTx<'_> {
    fn setting(&mut self, key: &str) -> Result<Option<String>> {
        self.query_opt("SELECT value FROM settings WHERE key = $1", &[&key])?
            .map(|r| Ok(r.try_get("value")?))
            .transpose()
    }

    fn set_setting(&mut self, key: &str, value: &str) -> Result<()> {
        self.execute(
            "INSERT INTO settings(key, value) VALUES ($1, $2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            &[&key, &value],
        )?;
        Ok(())
    }

    fn clear_setting(&mut self, key: &str, only_if: Option<&str>) -> Result<bool> {
        let removed = self.execute(
            "DELETE FROM settings WHERE key = $1 AND ($2::text IS NULL OR value = $2)",
            &[&key, &only_if],
        )?;
        Ok(removed > 0)
    }

    fn customer_counts(&mut self) -> Result<CustomerCounts> {
        // Trashed customers are counted from the partial index of them.
        let r = self.query_one(
            "SELECT (SELECT count(*) FROM customers) AS all_customers,
                (SELECT count(*) FROM customers WHERE deleted_at IS NOT NULL) AS trashed",
            &[],
        )?;
        Ok(CustomerCounts {
            all: count(&r, "all_customers")?,
            trashed: count(&r, "trashed")?,
        })
    }

    fn notebook_used(&mut self) -> Result<bool> {
        Ok(self
            .query_one(
                "SELECT EXISTS(SELECT 1 FROM customers) OR EXISTS(SELECT 1 FROM staff) AS used",
                &[],
            )?
            .try_get("used")?)
    }

    fn phones_as_typed(&mut self) -> Result<Vec<PhoneAsTyped>> {
        self.query(
            "SELECT customer_pk, position, number FROM customer_phones WHERE e164 = ''
             ORDER BY customer_pk, position",
            &[],
        )?
        .iter()
        .map(|r| {
            Ok(PhoneAsTyped {
                customer_pk: r.try_get("customer_pk")?,
                position: i64::from(r.try_get::<_, i32>("position")?),
                number: r.try_get("number")?,
            })
        })
        .collect()
    }

    fn set_phone_e164(
        &mut self,
        customer_pk: i64,
        position: i64,
        e164: &str,
        digits_rev: &str,
    ) -> Result<()> {
        // The number the customer has is unchanged (only its derived form
        // is filled in): the profile's version stays, as on a profile read.
        self.execute(
            "UPDATE customer_phones SET e164 = $3, digits_rev = $4
             WHERE customer_pk = $1 AND position = $2",
            &[&customer_pk, &int(position)?, &e164, &digits_rev],
        )?;
        Ok(())
    }

    fn scheduled_follow_ups(&mut self) -> Result<Vec<ScheduledFollowUp>> {
        self.query(
            "SELECT entry_pk, start_time IS NULL AS all_day, occurrence_at, due_at
             FROM follow_ups WHERE due_at IS NOT NULL ORDER BY entry_pk",
            &[],
        )?
        .iter()
        .map(|r| {
            Ok(ScheduledFollowUp {
                entry_pk: r.try_get("entry_pk")?,
                all_day: r.try_get("all_day")?,
                // Set whenever due_at is (follow_ups.sql).
                occurrence_at: r
                    .try_get::<_, Option<Millis>>("occurrence_at")?
                    .ok_or_else(|| Error::storage("a due follow-up has no occurrence"))?,
                due_at: r.try_get("due_at")?,
            })
        })
        .collect()
    }

    fn move_follow_up(
        &mut self,
        entry_pk: i64,
        occurrence_at: Millis,
        due_at: Millis,
    ) -> Result<()> {
        // The right-hand side of `reminded_due` reads the old row.
        self.execute(
            "UPDATE follow_ups SET occurrence_at = $2, due_at = $3,
                reminded_due = CASE WHEN reminded_due = due_at THEN $3 ELSE reminded_due END,
                version = version + 1, changed_by = session_user
             WHERE entry_pk = $1",
            &[&entry_pk, &occurrence_at, &due_at],
        )?;
        Ok(())
    }

    fn signed_in(&mut self) -> Result<Option<SignedIn>> {
        // session_user: the login that signed in, whatever role a
        // statement runs as.
        let row = self.query_one(
            "SELECT session_user::text AS login,
                    coalesce((SELECT display_name FROM staff_logins WHERE login = session_user),
                             session_user::text) AS display_name,
                    coalesce((SELECT rolcreaterole OR rolsuper FROM pg_catalog.pg_roles
                              WHERE rolname = session_user), false) AS owner",
            &[],
        )?;
        Ok(Some(SignedIn {
            login: row.try_get("login")?,
            display_name: row.try_get("display_name")?,
            owner: row.try_get("owner")?,
        }))
    }

    fn staff(&mut self) -> Result<Vec<StaffMember>> {
        // lower() under "C" folds ASCII letters only and compares bytes:
        // SQLite's NOCASE.
        self.query(
            "SELECT id, name, initials FROM staff WHERE removed_at IS NULL
             ORDER BY lower(name COLLATE \"C\"), pk",
            &[],
        )?
        .iter()
        .map(staff_member)
        .collect()
    }

    fn insert_staff(&mut self, member: &StaffMember, now: Millis) -> Result<()> {
        self.execute(
            "INSERT INTO staff(id, name, initials, created_at) VALUES ($1, $2, $3, $4)",
            &[&member.id, &member.name, &member.initials, &now],
        )?;
        Ok(())
    }

    fn remove_staff(&mut self, id: &str, now: Millis) -> Result<bool> {
        if !can_name_a_row(id) {
            return Ok(false);
        }
        let changed = self.execute(
            "UPDATE staff SET removed_at = $2 WHERE id = $1 AND removed_at IS NULL",
            &[&id, &now],
        )?;
        Ok(changed > 0)
    }

    fn staff_name(&mut self, id: &str) -> Result<Option<String>> {
        if !can_name_a_row(id) {
            return Ok(None);
        }
        self.query_opt("SELECT name FROM staff WHERE id = $1", &[&id])?
            .map(|r| Ok(r.try_get("name")?))
            .transpose()
    }

    fn staff_named(&mut self, name: &str) -> Result<bool> {
        Ok(self
            .query_one(
                "SELECT EXISTS(SELECT 1 FROM customers WHERE looked_after_by = $1)
                     OR EXISTS(SELECT 1 FROM conversations WHERE staff = $1)
                     OR EXISTS(SELECT 1 FROM issues WHERE handler = $1)
                     OR EXISTS(SELECT 1 FROM promises WHERE promised_by = $1)
                     OR EXISTS(SELECT 1 FROM events WHERE staff = $1)
                     OR EXISTS(SELECT 1 FROM follow_ups WHERE assignee = $1 OR created_by = $1)
                     OR EXISTS(SELECT 1 FROM merges WHERE staff = $1)
                     OR EXISTS(SELECT 1 FROM situations WHERE lead = $1 OR created_by = $1)
                     OR EXISTS(SELECT 1 FROM situation_groups WHERE concierge = $1)
                     OR EXISTS(SELECT 1 FROM situation_actions WHERE staff = $1)
                     OR EXISTS(SELECT 1 FROM situation_members WHERE concierge = $1 OR told_by = $1)
                     OR EXISTS(SELECT 1 FROM situation_updates WHERE staff = $1)
                     OR EXISTS(SELECT 1 FROM situation_told WHERE staff = $1) AS named",
                &[&name],
            )?
            .try_get("named")?)
    }

    fn delete_staff(&mut self, id: &str) -> Result<()> {
        self.execute("DELETE FROM staff WHERE id = $1", &[&id])?;
        Ok(())
    }

    fn sample_count(&mut self) -> Result<u32> {
        let r = self.query_one("SELECT count(*) AS sample FROM sample_customers", &[])?;
        count(&r, "sample")
    }

    fn sample_customer_pks(&mut self) -> Result<Vec<i64>> {
        self.query(
            "SELECT customer_pk FROM sample_customers ORDER BY customer_pk",
            &[],
        )?
        .iter()
        .map(|r| Ok(r.try_get("customer_pk")?))
        .collect()
    }

    fn add_to_sample(&mut self, customer_pk: i64) -> Result<()> {
        self.execute(
            "INSERT INTO sample_customers(customer_pk) VALUES ($1)",
            &[&customer_pk],
        )?;
        Ok(())
    }

    fn settle_sample_reminders(&mut self, now: Millis) -> Result<()> {
        // Reminder bookkeeping, not an edit of the follow-up: its version
        // stays (as when a reminder is claimed).
        self.execute(
            "UPDATE follow_ups f SET reminded_due = f.due_at
             FROM entries e JOIN sample_customers s ON s.customer_pk = e.customer_pk
             WHERE f.entry_pk = e.pk AND f.due_at IS NOT NULL AND f.due_at <= $1",
            &[&now],
        )?;
        Ok(())
    }
}

/// A `count(*)` column as the trait's `u32`.
fn count(r: &Row, column: &str) -> Result<u32> {
    let n: i64 = r.try_get(column)?;
    u32::try_from(n)
        .map_err(|_| Error::storage(format!("the team notebook counts {n} in {column}")))
}

/// A `staff` row read as `id, name, initials`.
fn staff_member(r: &Row) -> Result<StaffMember> {
    Ok(StaffMember {
        id: r.try_get("id")?,
        name: r.try_get("name")?,
        initials: r.try_get("initials")?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::model::{CustomerInput, PhoneInput};
    use crate::store::postgres::both_stores::{on_both, NOW};

    fn named(name: &str) -> CustomerInput {
        CustomerInput {
            full_name: name.into(),
            looked_after_by: "Sam".into(),
            ..CustomerInput::default()
        }
    }

    fn member(id: &str, name: &str) -> StaffMember {
        StaffMember {
            id: id.into(),
            name: name.into(),
            initials: name.chars().take(1).collect(),
        }
    }

    #[test]
    fn settings_are_upserted_and_cleared_as_on_sqlite() {
        on_both(|tx| {
            let mut seen = vec![tx.setting("phone_region").unwrap()];
            tx.set_setting("phone_region", "GB").unwrap();
            tx.set_setting("phone_region", "IE").unwrap();
            tx.set_setting("at_desk", "staff-1").unwrap();
            seen.push(tx.setting("phone_region").unwrap());
            let cleared = [
                tx.clear_setting("at_desk", Some("staff-2")).unwrap(),
                tx.clear_setting("at_desk", Some("staff-1")).unwrap(),
                tx.clear_setting("at_desk", None).unwrap(),
                tx.clear_setting("phone_region", None).unwrap(),
            ];
            assert_eq!(cleared, [false, true, false, true]);
            seen.push(tx.setting("at_desk").unwrap());
            seen.push(tx.setting("phone_region").unwrap());
            assert_eq!(seen[1].as_deref(), Some("IE"), "the last value set");
            seen
        });
    }

    #[test]
    fn counts_and_whether_the_notebook_was_used() {
        on_both(|tx| {
            let mut seen = vec![(tx.notebook_used().unwrap(), tx.customer_counts().unwrap())];
            tx.insert_staff(&member("s1", "Sam"), NOW).unwrap();
            tx.remove_staff("s1", NOW).unwrap();
            seen.push((tx.notebook_used().unwrap(), tx.customer_counts().unwrap()));
            let pks: Vec<i64> = ["a", "b", "c"]
                .iter()
                .map(|id| tx.add_customer(id, &named("Ann")))
                .collect();
            tx.put_in_trash(pks[1], NOW).unwrap();
            seen.push((tx.notebook_used().unwrap(), tx.customer_counts().unwrap()));
            assert!(!seen[0].0);
            assert!(seen[1].0, "someone taken off the staff list counts");
            assert_eq!(seen[2].1, CustomerCounts { all: 3, trashed: 1 });
            seen
        });
    }

    #[test]
    fn phones_as_typed_get_their_e164_form() {
        let (_, store) = on_both(|tx| {
            let mut input = named("Ann");
            input.phones = ["07700 900123", "555 0143"]
                .map(|number| PhoneInput {
                    number: number.into(),
                    ..PhoneInput::default()
                })
                .to_vec();
            let pk = tx.add_customer("a", &input);
            let mut other = named("Bob");
            other.phones = input.phones[1..2].to_vec();
            tx.add_customer("b", &other);
            let before = tx.phones_as_typed().unwrap();
            assert_eq!(before.len(), 2, "{before:?}");
            tx.set_phone_e164(pk, 1, "+3535550143", "3410555353")
                .unwrap();
            (
                before,
                tx.phones_as_typed().unwrap(),
                tx.customer_by_pk(pk).unwrap(),
            )
        });
        let mut tx = store.read().unwrap();
        let digits: String = tx
            .query_one(
                "SELECT digits_rev FROM customer_phones WHERE customer_pk = 1 AND position = 1",
                &[],
            )
            .unwrap()
            .get(0);
        assert_eq!(digits, "3410555353");
    }

    #[test]
    fn follow_ups_move_and_stay_reminded_where_they_move_to() {
        let (_, store) = on_both(|tx| {
            let pk = tx.add_customer("a", &named("Ann"));
            let reminded = tx.follow_up("f1", "call", pk, true, Some(NOW), Some(NOW));
            let not_yet = tx.follow_up("f2", "call", pk, false, Some(NOW + 5), Some(NOW - 9));
            tx.follow_up("f3", "call", pk, false, None, None);
            let scheduled = tx.scheduled_follow_ups().unwrap();
            assert_eq!(scheduled.len(), 2, "nothing left to do on the third");
            assert!(scheduled[0].all_day && !scheduled[1].all_day);
            tx.move_follow_up(reminded, NOW + 60, NOW + 60).unwrap();
            tx.move_follow_up(not_yet, NOW + 70, NOW + 80).unwrap();
            let reminded_due = [reminded, not_yet].map(|f| {
                tx.raw(
                    "SELECT reminded_due FROM follow_ups WHERE entry_pk = $1",
                    &[f],
                )
            });
            assert_eq!(reminded_due, [Some(NOW + 60), Some(NOW - 9)]);
            (scheduled, tx.scheduled_follow_ups().unwrap(), reminded_due)
        });
        let mut tx = store.read().unwrap();
        let versions: Vec<i64> = tx
            .query("SELECT version FROM follow_ups ORDER BY entry_pk", &[])
            .unwrap()
            .iter()
            .map(|r| r.get(0))
            .collect();
        assert_eq!(versions, [2, 2, 1], "a move is a change of the follow-up");
    }

    #[test]
    fn staff_by_name_ignoring_ascii_case_and_who_is_still_named() {
        on_both(|tx| {
            for (id, name) in [
                ("s1", "bob"),
                ("s2", "Émile"),
                ("s3", "Alice"),
                ("s4", "ZED"),
            ] {
                tx.insert_staff(&member(id, name), NOW).unwrap();
            }
            tx.insert_staff(&member("s5", "Sam"), NOW).unwrap();
            let listed: Vec<String> = tx.staff().unwrap().into_iter().map(|m| m.name).collect();
            assert_eq!(listed, ["Alice", "bob", "Sam", "ZED", "Émile"]);
            let removed = [
                tx.remove_staff("s1", NOW + 1).unwrap(),
                tx.remove_staff("s1", NOW + 2).unwrap(),
                tx.remove_staff("nobody", NOW).unwrap(),
            ];
            assert_eq!(removed, [true, false, false]);
            let pk = tx.add_customer("a", &named("Ann"));
            let f = tx.follow_up("f1", "call", pk, true, None, None);
            tx.raw(
                "UPDATE follow_ups SET created_by = 'ZED' WHERE entry_pk = $1",
                &[f],
            );
            let named_now = ["Sam", "ZED", "bob", "Zed"].map(|n| tx.staff_named(n).unwrap());
            assert_eq!(named_now, [true, true, false, false]);
            let names = [
                tx.staff_name("s1").unwrap(),
                tx.staff_name("nobody").unwrap(),
            ];
            tx.delete_staff("s1").unwrap();
            (
                listed,
                tx.staff().unwrap(),
                names,
                tx.staff_name("s1").unwrap(),
                named_now,
            )
        });
    }

    #[test]
    fn the_sample_and_its_reminders_already_due() {
        on_both(|tx| {
            let sample = tx.add_customer("a", &named("Ann"));
            let other = tx.add_customer("b", &named("Bob"));
            tx.add_to_sample(sample).unwrap();
            let due = tx.follow_up("f1", "call", sample, true, Some(NOW - 1), None);
            let later = tx.follow_up("f2", "call", sample, true, Some(NOW + 1), None);
            let not_sample = tx.follow_up("f3", "call", other, true, Some(NOW - 1), None);
            tx.settle_sample_reminders(NOW).unwrap();
            let reminded = [due, later, not_sample].map(|f| {
                tx.raw(
                    "SELECT reminded_due FROM follow_ups WHERE entry_pk = $1",
                    &[f],
                )
            });
            assert_eq!(reminded, [Some(NOW - 1), None, None]);
            tx.put_in_trash(sample, NOW).unwrap();
            (
                tx.sample_count().unwrap(),
                tx.sample_customer_pks().unwrap(),
                reminded,
            )
        });
    }
}
