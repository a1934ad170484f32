//! Duplicate customers: finding likely pairs, merging two into one, and
//! undoing a merge.
//!
//! Invariants:
//! - A merge keeps every phone, email, list item, tag and note of both
//!   profiles (see [`crate::rules::combine::absorb`]) and moves every
//!   conversation, issue, promise and follow-up of the merged customer to
//!   the kept one, with their timelines, and their place in every situation
//!   the kept one is not in yet. The merged customer goes to Trash.
//!   The birthday reminder is the one exception: the kept customer has one
//!   reminder for their birthday, so the merged one's stays behind.
//! - [`Notebook::undo_merge`] puts both back: the kept profile without what
//!   the merge added to it, the moved entries back to the merged customer
//!   (from the kept one, or from whoever the kept one was merged into
//!   since), who leaves Trash. Whatever the kept customer got since the
//!   merge stays with them: entries, list items, and any field edited since.
//! - Each of these is one transaction.

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::rules::combine::absorb;
use crate::rules::model::{Customer, CustomerInput, CustomerSummary, Millis};
use crate::rules::validate;
use crate::store::sqlite::index;
use crate::use_cases::customers::search::summary;
use crate::use_cases::customers::touch;
use crate::use_cases::customers::{pk_of, read_customer, replace_profile, Scope, Words};
use crate::use_cases::follow_ups;
use crate::use_cases::notebook::Notebook;

/// The most pairs [`Notebook::likely_duplicates`] lists.
pub const DUPLICATES_LIMIT: usize = 100;
/// The most merges [`Notebook::recent_merges`] lists.
pub const RECENT_MERGES: usize = 20;

/// Two customers who look like the same person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DuplicatePair {
    /// The one created first.
    pub a: CustomerSummary,
    /// The one created later.
    pub b: CustomerSummary,
    /// In words, e.g. "Same phone number 07700 900123".
    pub reason: String,
}

/// A merge that can still be undone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MergeRecord {
    /// The merge's id, to undo it.
    pub id: String,
    /// The customer who was kept.
    pub kept_id: String,
    /// Their name at the time of the merge.
    pub kept_name: String,
    /// The customer who was folded in and put in Trash.
    pub merged_id: String,
    /// Their name at the time of the merge.
    pub merged_name: String,
    /// When the merge was made.
    #[ts(type = "number")]
    pub at: Millis,
}

/// What [`Notebook::merge_customers`] did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MergeOutcome {
    /// The merge, as it can be undone.
    pub merge: MergeRecord,
    /// The kept customer as they are now.
    pub kept: Customer,
    /// What did not fit within the limits and is only in the merged
    /// customer (in Trash), one sentence each.
    pub left_out: Vec<String>,
}

impl Notebook {
    /// Pairs of live customers who share a phone number, an email address,
    /// or a name together with a company, address or birthday; at most
    /// [`DUPLICATES_LIMIT`], excluding pairs marked as different people.
    pub fn likely_duplicates(&self) -> Result<Vec<DuplicatePair>> {
        let conn = &self.conn;
        let mut pairs: Vec<(i64, i64, String)> = Vec::new();
        for sql in [
            "SELECT a.customer_pk AS a, b.customer_pk AS b, 'Same phone number ' || a.number AS why
             FROM customer_phones a JOIN customer_phones b
               ON b.e164 = a.e164 AND b.customer_pk > a.customer_pk
             WHERE a.e164 <> ''",
            // Numbers kept as typed ("check the country") pair by their digits.
            "SELECT a.customer_pk AS a, b.customer_pk AS b, 'Same phone number ' || a.number AS why
             FROM customer_phones a JOIN customer_phones b
               ON b.digits_rev = a.digits_rev AND b.customer_pk > a.customer_pk
             WHERE a.e164 = '' AND b.e164 = ''",
            "SELECT a.customer_pk AS a, b.customer_pk AS b, 'Same email ' || a.address AS why
             FROM customer_emails a JOIN customer_emails b
               ON lower(b.address) = lower(a.address) AND b.customer_pk > a.customer_pk",
            "SELECT a.pk AS a, b.pk AS b, 'Same name and ' || CASE
                 WHEN a.company <> '' AND lower(a.company) = lower(b.company) THEN 'company'
                 WHEN a.address <> '' AND lower(a.address) = lower(b.address) THEN 'address'
                 ELSE 'birthday' END AS why
             FROM customers a JOIN customers b ON b.full_key = a.full_key AND b.pk > a.pk
             WHERE a.deleted_at IS NULL AND b.deleted_at IS NULL
               AND ((a.company <> '' AND lower(a.company) = lower(b.company))
                 OR (a.address <> '' AND lower(a.address) = lower(b.address))
                 OR (a.birthday_month = b.birthday_month AND a.birthday_day = b.birthday_day))",
        ] {
            let sql = format!(
                "SELECT x.a, x.b, x.why FROM ({sql}) x
                 JOIN customers ca ON ca.pk = x.a JOIN customers cb ON cb.pk = x.b
                 WHERE ca.deleted_at IS NULL AND cb.deleted_at IS NULL
                   AND NOT EXISTS (SELECT 1 FROM not_duplicates n WHERE n.a_pk = x.a AND n.b_pk = x.b)
                 LIMIT ?1"
            );
            let mut stmt = conn.prepare(&sql)?;
            let rows = stmt.query_map([DUPLICATES_LIMIT as i64], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })?;
            for row in rows {
                let (a, b, reason): (i64, i64, String) = row?;
                if !pairs.iter().any(|(x, y, _)| (*x, *y) == (a, b)) {
                    pairs.push((a, b, reason));
                }
            }
        }
        pairs.truncate(DUPLICATES_LIMIT);
        pairs
            .into_iter()
            .map(|(a, b, reason)| {
                Ok(DuplicatePair {
                    a: summary(conn, a)?,
                    b: summary(conn, b)?,
                    reason,
                })
            })
            .collect()
    }

    /// Remembers that two customers are different people, so they are not
    /// listed as likely duplicates again.
    pub fn not_duplicates(&mut self, a_id: &str, b_id: &str) -> Result<()> {
        if a_id == b_id {
            return Err(Error::invalid("b_id", "Choose two different customers."));
        }
        let tx = self.conn.transaction()?;
        let a = pk_of(&tx, a_id, Scope::Any)?;
        let b = pk_of(&tx, b_id, Scope::Any)?;
        tx.execute(
            "INSERT OR IGNORE INTO not_duplicates(a_pk, b_pk) VALUES (?1, ?2)",
            params![a.min(b), a.max(b)],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Merges `merged_id` into `kept_id` (see the module invariants).
    pub fn merge_customers(&mut self, kept_id: &str, merged_id: &str) -> Result<MergeOutcome> {
        if kept_id == merged_id {
            return Err(Error::invalid(
                "merged_id",
                "Choose two different customers to merge.",
            ));
        }
        let region = self.phone_region()?;
        let now = self.now();
        let tx = self.conn.transaction()?;
        let kept_pk = pk_of(&tx, kept_id, Scope::Live)?;
        let merged_pk = pk_of(&tx, merged_id, Scope::Live)?;
        let kept = read_customer(&tx, kept_pk)?;
        let merged = read_customer(&tx, merged_pk)?;

        let before = kept.to_input();
        let mut combined = before.clone();
        let absorbed = absorb(&mut combined, &merged.to_input(), &region);
        let valid = validate::customer(&combined, &region)?;
        replace_profile(&tx, kept_pk, &valid, now, Words::Now)?;

        let moved: Vec<i64> = tx
            .prepare(
                "SELECT e.pk FROM entries e LEFT JOIN follow_ups f ON f.entry_pk = e.pk
                 WHERE e.customer_pk = ?1 AND f.action IS NOT 'birthday' ORDER BY e.pk",
            )?
            .query_map([merged_pk], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        move_entries(&tx, &moved, kept_pk)?;
        let situations: Vec<i64> = tx
            .prepare(
                "SELECT situation_pk FROM situation_members WHERE customer_pk = ?1
                 EXCEPT SELECT situation_pk FROM situation_members WHERE customer_pk = ?2",
            )?
            .query_map(params![merged_pk, kept_pk], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        move_memberships(&tx, &situations, merged_pk, kept_pk)?;
        tx.execute(
            "UPDATE customers SET deleted_at = ?2 WHERE pk = ?1",
            params![merged_pk, now],
        )?;
        index::remove_words(&tx, merged_pk)?;
        touch::refresh(&tx, kept_pk)?;
        touch::refresh(&tx, merged_pk)?;

        let id = Uuid::now_v7().to_string();
        tx.execute(
            "INSERT INTO merges(id, kept_pk, merged_pk, kept_before, kept_after, moved,
                moved_situations, at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                id,
                kept_pk,
                merged_pk,
                serde_json::to_string(&before).map_err(storage)?,
                serde_json::to_string(&valid.input).map_err(storage)?,
                serde_json::to_string(&moved).map_err(storage)?,
                serde_json::to_string(&situations).map_err(storage)?,
                now
            ],
        )?;
        let kept = read_customer(&tx, kept_pk)?;
        tx.commit()?;
        Ok(MergeOutcome {
            merge: MergeRecord {
                id,
                kept_id: kept.id.clone(),
                kept_name: kept.full_name.clone(),
                merged_id: merged.id,
                merged_name: merged.full_name,
                at: now,
            },
            kept,
            left_out: absorbed.left_out,
        })
    }

    /// Undoes a merge (see the module invariants). The kept customer must
    /// not be in Trash.
    pub fn undo_merge(&mut self, merge_id: &str) -> Result<()> {
        let region = self.phone_region()?;
        let now = self.now();
        let tx = self.conn.transaction()?;
        let row = tx
            .query_row(
                "SELECT m.pk, m.kept_pk, m.merged_pk, m.kept_before, m.kept_after, m.moved,
                    m.moved_situations, k.deleted_at IS NOT NULL
                 FROM merges m JOIN customers k ON k.pk = m.kept_pk
                 WHERE m.id = ?1 AND m.undone_at IS NULL",
                [merge_id],
                |r| {
                    Ok(Recorded {
                        pk: r.get(0)?,
                        kept_pk: r.get(1)?,
                        merged_pk: r.get(2)?,
                        before: r.get(3)?,
                        after: r.get(4)?,
                        moved: r.get(5)?,
                        situations: r.get(6)?,
                        kept_trashed: r.get(7)?,
                    })
                },
            )
            .optional()?;
        let Some(Recorded {
            pk,
            kept_pk,
            merged_pk,
            before,
            after,
            moved,
            situations,
            kept_trashed,
        }) = row
        else {
            return Err(Error::invalid(
                "merge",
                "This merge has already been undone, or one of the customers was forgotten.",
            ));
        };
        if kept_trashed {
            return Err(Error::invalid(
                "merge",
                "The customer this merge kept is in Trash. Restore them first, then undo the merge.",
            ));
        }
        let before: CustomerInput = serde_json::from_str(&before).map_err(storage)?;
        let after: CustomerInput = match after {
            Some(after) => serde_json::from_str(&after).map_err(storage)?,
            // A merge from before version 11: what it added, worked out again.
            None => {
                let mut after = before.clone();
                absorb(
                    &mut after,
                    &read_customer(&tx, merged_pk)?.to_input(),
                    &region,
                );
                after
            }
        };
        let moved: Vec<i64> = serde_json::from_str(&moved).map_err(storage)?;
        let current = read_customer(&tx, kept_pk)?.to_input();
        let valid = validate::customer(&take_back(&current, &before, &after), &region)?;
        replace_profile(&tx, kept_pk, &valid, now, Words::Now)?;
        let carriers = carried_on_to(&tx, kept_pk)?;
        let mut holder = tx.prepare_cached("SELECT customer_pk FROM entries WHERE pk = ?1")?;
        let mut still_carried = Vec::with_capacity(moved.len());
        for entry in moved {
            let held_by: Option<i64> = holder.query_row([entry], |r| r.get(0)).optional()?;
            if held_by.is_some_and(|h| carriers.contains(&h)) {
                still_carried.push(entry);
            }
        }
        drop(holder);
        move_entries(&tx, &still_carried, merged_pk)?;
        // A conversation or promise linked since the merge to an issue that
        // now goes back to the other customer keeps its text, not the link:
        // an entry never points at another customer's issue.
        tx.execute(
            "UPDATE entries SET issue_pk = NULL
             WHERE customer_pk IN (?1, ?2) AND issue_pk IN (
                 SELECT pk FROM entries i WHERE i.customer_pk != entries.customer_pk)",
            params![kept_pk, merged_pk],
        )?;
        let situations: Vec<i64> = match situations {
            Some(s) => serde_json::from_str(&s).map_err(storage)?,
            None => Vec::new(),
        };
        move_memberships(&tx, &situations, kept_pk, merged_pk)?;
        tx.execute(
            "UPDATE customers SET deleted_at = NULL WHERE pk = ?1",
            [merged_pk],
        )?;
        index::reindex_customer(&tx, merged_pk)?;
        for customer in [kept_pk, merged_pk] {
            touch::refresh(&tx, customer)?;
            follow_ups::sync_birthday(&tx, customer, now)?;
        }
        tx.execute(
            "UPDATE merges SET undone_at = ?2 WHERE pk = ?1",
            params![pk, now],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Merges that can still be undone, newest first, at most
    /// [`RECENT_MERGES`].
    pub fn recent_merges(&self) -> Result<Vec<MergeRecord>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT m.id, k.id, k.full_name, o.id, o.full_name, m.at
             FROM merges m JOIN customers k ON k.pk = m.kept_pk JOIN customers o ON o.pk = m.merged_pk
             WHERE m.undone_at IS NULL AND k.deleted_at IS NULL
             ORDER BY m.at DESC, m.pk DESC LIMIT ?1",
        )?;
        let rows = stmt.query_map([RECENT_MERGES as i64], |r| {
            Ok(MergeRecord {
                id: r.get(0)?,
                kept_id: r.get(1)?,
                kept_name: r.get(2)?,
                merged_id: r.get(3)?,
                merged_name: r.get(4)?,
                at: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// A merge as the `merges` table holds it (the JSON still to be read).
struct Recorded {
    pk: i64,
    kept_pk: i64,
    merged_pk: i64,
    before: String,
    /// `None` for merges made before schema version 11.
    after: Option<String>,
    moved: String,
    /// `None` for merges made before schema version 11.
    situations: Option<String>,
    kept_trashed: bool,
}

/// The kept profile once a merge is undone: `current` without what the merge
/// added (what `after`, the profile as the merge left it, has beyond
/// `before`). A field edited since the merge keeps its edit, and list items
/// added since stay: undoing a merge never loses later work.
fn take_back(
    current: &CustomerInput,
    before: &CustomerInput,
    after: &CustomerInput,
) -> CustomerInput {
    fn field<T: PartialEq + Clone>(current: &T, before: &T, after: &T) -> T {
        if current == after { before } else { current }.clone()
    }
    fn list<T: PartialEq + Clone>(current: &[T], before: &[T], after: &[T]) -> Vec<T> {
        let added_by_merge = |x: &T| after.contains(x) && !before.contains(x);
        current
            .iter()
            .filter(|x| !added_by_merge(x))
            .cloned()
            .collect()
    }
    // Each field from the three profiles, by `field` or `list`.
    macro_rules! each {
        ($($name:ident: $how:ident),* $(,)?) => {
            CustomerInput {
                $($name: $how(&current.$name, &before.$name, &after.$name)),*
            }
        };
    }
    each! {
        full_name: field,
        preferred_name: field,
        pronunciation: field,
        pronouns: field,
        company: field,
        phones: list,
        emails: list,
        address: field,
        birthday: field,
        contact_channel: field,
        best_time: field,
        dont: list,
        preferences: list,
        remember: list,
        tags: list,
        notes: field,
        looked_after_by: field,
        stay_in_touch: field,
    }
}

/// `kept_pk` and every customer it was merged into since, merge after
/// merge (merges not undone): where the entries a merge into `kept_pk`
/// moved can be now, unless a person moved them elsewhere.
fn carried_on_to(conn: &Connection, kept_pk: i64) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached(
        "WITH RECURSIVE carriers(pk) AS (
             SELECT ?1
             UNION
             SELECT m.kept_pk FROM merges m JOIN carriers c ON m.merged_pk = c.pk
             WHERE m.undone_at IS NULL)
         SELECT pk FROM carriers",
    )?;
    let pks = stmt
        .query_map([kept_pk], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<i64>>>()?;
    Ok(pks)
}

/// Gives `from`'s place in the situations `situations` (told status,
/// concierge, group, and every time they were told) to `to`, who is in none
/// of them.
fn move_memberships(conn: &Connection, situations: &[i64], from: i64, to: i64) -> Result<()> {
    for table in ["situation_members", "situation_told"] {
        let mut stmt = conn.prepare_cached(&format!(
            "UPDATE {table} SET customer_pk = ?3 WHERE situation_pk = ?1 AND customer_pk = ?2"
        ))?;
        for situation in situations {
            stmt.execute(params![situation, from, to])?;
        }
    }
    Ok(())
}

/// Gives the entries `pks` (and their timeline events) to `customer_pk`.
fn move_entries(conn: &Connection, pks: &[i64], customer_pk: i64) -> Result<()> {
    let mut entry = conn.prepare_cached("UPDATE entries SET customer_pk = ?2 WHERE pk = ?1")?;
    let mut events =
        conn.prepare_cached("UPDATE events SET customer_pk = ?2 WHERE entry_pk = ?1")?;
    for pk in pks {
        entry.execute(params![pk, customer_pk])?;
        events.execute(params![pk, customer_pk])?;
    }
    Ok(())
}

/// A record kept for an undo that does not read back is a damaged notebook.
pub(crate) fn storage(err: serde_json::Error) -> Error {
    Error::Storage(crate::error::StorageFailure::from_source(err))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::model::{EmailInput, PhoneInput};

    fn rosa(name: &str, number: &str, email: &str) -> CustomerInput {
        CustomerInput {
            full_name: name.into(),
            phones: vec![PhoneInput {
                label: "mobile".into(),
                number: number.into(),
                primary: true,
            }],
            emails: vec![EmailInput {
                label: "home".into(),
                address: email.into(),
                primary: true,
            }],
            ..CustomerInput::default()
        }
    }

    #[test]
    fn a_merge_from_before_version_11_is_undone_by_working_out_what_it_added() {
        let mut nb = Notebook::open_in_memory().expect("notebook");
        let a = nb
            .create_customer(&rosa("Rosa Diaz", "555-010-4477", "rosa@example.com"))
            .expect("a");
        let b = nb
            .create_customer(&rosa("Rosa Díaz", "555-010-9000", "rosa@bakery.example"))
            .expect("b");
        let merge = nb.merge_customers(&a.id, &b.id).expect("merge").merge;
        // As version 10 wrote it: no profile after the merge.
        nb.conn
            .execute("UPDATE merges SET kept_after = NULL", [])
            .expect("an old merge");
        let mut edited = nb.customer(&a.id).expect("a").to_input();
        edited.tags.push("Regular".into());
        nb.update_customer(&a.id, &edited).expect("edit since");

        nb.undo_merge(&merge.id).expect("undo");

        let a_now = nb.customer(&a.id).expect("a").to_input();
        assert_eq!(a_now.phones, a.to_input().phones);
        assert_eq!(a_now.emails, a.to_input().emails);
        assert_eq!(a_now.tags, ["Regular"], "the edit made since stays");
        assert_eq!(nb.customer(&b.id).expect("b").to_input(), b.to_input());
    }
}
