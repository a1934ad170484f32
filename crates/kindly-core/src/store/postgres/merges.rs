//! [`MergeRows`] for PostgreSQL: the same guarantees as on SQLite
//! (`store/sqlite/merges.rs`), one statement per call (SQLite's loops over
//! entries and situations are single statements over arrays here).
//!
//! A merge's record keeps the profiles and the moved keys as the same JSON
//! text as on SQLite (`text` columns, not `jsonb`, which would rewrite key
//! order and spacing): what a merge wrote reads back byte for byte.
//!
//! Moving entries and unlinking issues are updates of entries: they raise
//! the entries' `version` and record the login; trashing or restoring the
//! merged customer raises theirs.

use postgres::Row;

use crate::error::{Error, Result};
use crate::rules::merge_model::MergeRecord;
use crate::rules::model::{CustomerInput, Millis};
use crate::store::postgres::can_name_a_row;
use crate::store::postgres::tx::PgTx;
use crate::store::{CustomerRows, MergeRows};
use crate::store::{LikelyPair, NewMerge, RecordedMerge};

/// Likely pairs, each reason's query limited to `$1` rows before the pairs
/// are told apart, as on SQLite: the work stays bounded however many
/// customers share one number. Text compares as SQLite's `lower()` and
/// `=` do: ASCII letters folded, then byte by byte (`COLLATE "C"`).
const LIKELY_PAIRS: &str = r#"
WITH found AS (
    (SELECT 1 AS reason, a.customer_pk AS a, b.customer_pk AS b,
        'Same phone number ' || a.number AS why
     FROM customer_phones a JOIN customer_phones b
       ON b.e164 = a.e164 AND b.customer_pk > a.customer_pk
     JOIN customers ca ON ca.pk = a.customer_pk JOIN customers cb ON cb.pk = b.customer_pk
     WHERE a.e164 <> '' AND ca.deleted_at IS NULL AND cb.deleted_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM not_duplicates n
                       WHERE n.a_pk = a.customer_pk AND n.b_pk = b.customer_pk)
     LIMIT $1)
    UNION ALL
    -- Numbers kept as typed ("check the country") pair by their digits.
    (SELECT 2, a.customer_pk, b.customer_pk, 'Same phone number ' || a.number
     FROM customer_phones a JOIN customer_phones b
       ON b.digits_rev = a.digits_rev AND b.customer_pk > a.customer_pk
     JOIN customers ca ON ca.pk = a.customer_pk JOIN customers cb ON cb.pk = b.customer_pk
     WHERE a.e164 = '' AND b.e164 = '' AND ca.deleted_at IS NULL AND cb.deleted_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM not_duplicates n
                       WHERE n.a_pk = a.customer_pk AND n.b_pk = b.customer_pk)
     LIMIT $1)
    UNION ALL
    (SELECT 3, a.customer_pk, b.customer_pk, 'Same email ' || a.address
     FROM customer_emails a JOIN customer_emails b
       ON lower(b.address COLLATE "C") = lower(a.address COLLATE "C")
          AND b.customer_pk > a.customer_pk
     JOIN customers ca ON ca.pk = a.customer_pk JOIN customers cb ON cb.pk = b.customer_pk
     WHERE ca.deleted_at IS NULL AND cb.deleted_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM not_duplicates n
                       WHERE n.a_pk = a.customer_pk AND n.b_pk = b.customer_pk)
     LIMIT $1)
    UNION ALL
    (SELECT 4, a.pk, b.pk, 'Same name and ' || CASE
         WHEN a.company <> '' AND lower(a.company COLLATE "C") = lower(b.company COLLATE "C")
             THEN 'company'
         WHEN a.address <> '' AND lower(a.address COLLATE "C") = lower(b.address COLLATE "C")
             THEN 'address'
         ELSE 'birthday' END
     FROM customers a JOIN customers b ON b.full_key = a.full_key AND b.pk > a.pk
     WHERE a.deleted_at IS NULL AND b.deleted_at IS NULL
       AND ((a.company <> '' AND lower(a.company COLLATE "C") = lower(b.company COLLATE "C"))
         OR (a.address <> '' AND lower(a.address COLLATE "C") = lower(b.address COLLATE "C"))
         OR (a.birthday_month = b.birthday_month AND a.birthday_day = b.birthday_day))
       AND NOT EXISTS (SELECT 1 FROM not_duplicates n WHERE n.a_pk = a.pk AND n.b_pk = b.pk)
     LIMIT $1)
),
-- Each pair once, with its first reason.
first AS (
    SELECT DISTINCT ON (a, b) reason, a, b, why FROM found ORDER BY a, b, reason
)
SELECT a, b, why FROM first ORDER BY reason, a, b LIMIT $1"#;

impl MergeRows for PgTx<'_> {
    fn likely_pairs(&mut self, limit: usize) -> Result<Vec<LikelyPair>> {
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        self.query(LIKELY_PAIRS, &[&limit])?
            .iter()
            .map(|r| {
                Ok(LikelyPair {
                    a_pk: r.try_get("a")?,
                    b_pk: r.try_get("b")?,
                    reason: r.try_get("why")?,
                })
            })
            .collect()
    }

    fn remember_not_duplicates(&mut self, a_pk: i64, b_pk: i64) -> Result<()> {
        self.execute(
            "INSERT INTO not_duplicates(a_pk, b_pk) VALUES ($1, $2) ON CONFLICT DO NOTHING",
            &[&a_pk.min(b_pk), &a_pk.max(b_pk)],
        )?;
        Ok(())
    }

    fn entries_to_move(&mut self, pk: i64) -> Result<Vec<i64>> {
        self.query(
            "SELECT e.pk FROM entries e LEFT JOIN follow_ups f ON f.entry_pk = e.pk
             WHERE e.customer_pk = $1 AND f.action IS DISTINCT FROM 'birthday' ORDER BY e.pk",
            &[&pk],
        )?
        .iter()
        .map(|r| Ok(r.try_get("pk")?))
        .collect()
    }

    fn move_entries(&mut self, pks: &[i64], customer_pk: i64) -> Result<()> {
        if pks.is_empty() {
            return Ok(());
        }
        self.execute(
            "WITH moved AS (
                 UPDATE entries SET customer_pk = $2, version = version + 1,
                     changed_by = session_user
                 WHERE pk = ANY($1))
             UPDATE events SET customer_pk = $2 WHERE entry_pk = ANY($1)",
            &[&pks, &customer_pk],
        )?;
        Ok(())
    }

    fn situations_only_of(&mut self, from: i64, to: i64) -> Result<Vec<i64>> {
        // SQLite's EXCEPT hands them back in ascending order.
        self.query(
            "SELECT situation_pk FROM situation_members WHERE customer_pk = $1
             EXCEPT SELECT situation_pk FROM situation_members WHERE customer_pk = $2
             ORDER BY situation_pk",
            &[&from, &to],
        )?
        .iter()
        .map(|r| Ok(r.try_get("situation_pk")?))
        .collect()
    }

    fn move_memberships(&mut self, situations: &[i64], from: i64, to: i64) -> Result<()> {
        if situations.is_empty() {
            return Ok(());
        }
        self.execute(
            "WITH members AS (
                 UPDATE situation_members SET customer_pk = $3
                 WHERE situation_pk = ANY($1) AND customer_pk = $2)
             UPDATE situation_told SET customer_pk = $3
             WHERE situation_pk = ANY($1) AND customer_pk = $2",
            &[&situations, &from, &to],
        )?;
        Ok(())
    }

    fn trash_merged(&mut self, pk: i64, now: Millis) -> Result<()> {
        // The same update as Trash from the profile (version, login).
        self.put_in_trash(pk, now)
    }

    fn insert_merge(&mut self, m: &NewMerge) -> Result<()> {
        self.execute(
            "INSERT INTO merges(id, kept_pk, merged_pk, kept_before, kept_after, moved,
                moved_situations, at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            &[
                &m.id,
                &m.kept_pk,
                &m.merged_pk,
                &json(m.before)?,
                &json(m.after)?,
                &json(m.moved)?,
                &json(m.situations)?,
                &m.at,
            ],
        )?;
        Ok(())
    }

    fn open_merge(&mut self, id: &str) -> Result<Option<RecordedMerge>> {
        if !can_name_a_row(id) {
            return Ok(None);
        }
        self.query_opt(
            "SELECT m.pk, m.kept_pk, m.merged_pk, m.kept_before, m.kept_after, m.moved,
                m.moved_situations, k.deleted_at IS NOT NULL AS kept_trashed
             FROM merges m JOIN customers k ON k.pk = m.kept_pk
             WHERE m.id = $1 AND m.undone_at IS NULL",
            &[&id],
        )?
        .map(|r| recorded_merge(&r))
        .transpose()
    }

    fn still_carried(&mut self, moved: &[i64], kept_pk: i64) -> Result<Vec<i64>> {
        self.query(
            "WITH RECURSIVE carriers(pk) AS (
                 SELECT $2::bigint
                 UNION
                 SELECT m.kept_pk FROM merges m JOIN carriers c ON m.merged_pk = c.pk
                 WHERE m.undone_at IS NULL)
             SELECT e.pk FROM unnest($1::bigint[]) WITH ORDINALITY AS x(pk, at)
             JOIN entries e ON e.pk = x.pk
             WHERE e.customer_pk IN (SELECT pk FROM carriers)
             ORDER BY x.at",
            &[&moved, &kept_pk],
        )?
        .iter()
        .map(|r| Ok(r.try_get("pk")?))
        .collect()
    }

    fn unlink_issues_across(&mut self, a: i64, b: i64) -> Result<()> {
        self.execute(
            "UPDATE entries e SET issue_pk = NULL, version = e.version + 1,
                changed_by = session_user
             FROM entries i
             WHERE i.pk = e.issue_pk AND i.customer_pk <> e.customer_pk
               AND e.customer_pk IN ($1, $2)",
            &[&a, &b],
        )?;
        Ok(())
    }

    fn restore_merged(&mut self, pk: i64) -> Result<()> {
        self.take_out_of_trash(pk)
    }

    fn mark_merge_undone(&mut self, pk: i64, now: Millis) -> Result<()> {
        self.execute(
            "UPDATE merges SET undone_at = $2 WHERE pk = $1",
            &[&pk, &now],
        )?;
        Ok(())
    }

    fn recent_merges(&mut self, limit: usize) -> Result<Vec<MergeRecord>> {
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        self.query(
            "SELECT m.id, k.id AS kept_id, k.full_name AS kept_name, o.id AS merged_id,
                o.full_name AS merged_name, m.at
             FROM merges m JOIN customers k ON k.pk = m.kept_pk
             JOIN customers o ON o.pk = m.merged_pk
             WHERE m.undone_at IS NULL AND k.deleted_at IS NULL
             ORDER BY m.at DESC, m.pk DESC LIMIT $1",
            &[&limit],
        )?
        .iter()
        .map(|r| {
            Ok(MergeRecord {
                id: r.try_get("id")?,
                kept_id: r.try_get("kept_id")?,
                kept_name: r.try_get("kept_name")?,
                merged_id: r.try_get("merged_id")?,
                merged_name: r.try_get("merged_name")?,
                at: r.try_get("at")?,
            })
        })
        .collect()
    }
}

/// A `merges` row with its kept customer, read as `pk, kept_pk,
/// merged_pk, kept_before, kept_after, moved, moved_situations,
/// kept_trashed`; JSON that does not read back is a damaged notebook.
fn recorded_merge(r: &Row) -> Result<RecordedMerge> {
    let after: Option<CustomerInput> = r
        .try_get::<_, Option<&str>>("kept_after")?
        .map(serde_json::from_str)
        .transpose()
        .map_err(Error::unreadable_record)?;
    let situations: Vec<i64> = match r.try_get::<_, Option<&str>>("moved_situations")? {
        Some(s) => serde_json::from_str(s).map_err(Error::unreadable_record)?,
        None => Vec::new(),
    };
    Ok(RecordedMerge {
        pk: r.try_get("pk")?,
        kept_pk: r.try_get("kept_pk")?,
        merged_pk: r.try_get("merged_pk")?,
        before: serde_json::from_str(r.try_get("kept_before")?)
            .map_err(Error::unreadable_record)?,
        after,
        moved: serde_json::from_str(r.try_get("moved")?).map_err(Error::unreadable_record)?,
        situations,
        kept_trashed: r.try_get("kept_trashed")?,
    })
}

/// `value` as the JSON text SQLite's store writes for it.
fn json<T: serde::Serialize + ?Sized>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(Error::unreadable_record)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::model::{Birthday, EmailInput, PhoneInput};
    use crate::store::postgres::both_stores::{on_both, Both, NOW};

    fn person(name: &str, phones: &[&str], emails: &[&str]) -> CustomerInput {
        CustomerInput {
            full_name: name.into(),
            phones: phones
                .iter()
                .map(|n| PhoneInput {
                    number: (*n).into(),
                    ..PhoneInput::default()
                })
                .collect(),
            emails: emails
                .iter()
                .map(|a| EmailInput {
                    address: (*a).into(),
                    ..EmailInput::default()
                })
                .collect(),
            ..CustomerInput::default()
        }
    }

    fn pairs(tx: &mut dyn Both, limit: usize) -> Vec<(i64, i64, String)> {
        tx.likely_pairs(limit)
            .unwrap()
            .into_iter()
            .map(|p| (p.a_pk, p.b_pk, p.reason))
            .collect()
    }

    #[test]
    fn likely_pairs_by_phone_then_email_then_name_as_on_sqlite() {
        let (found, _) = on_both(|tx| {
            let mobile = "07700 900123";
            let mut people = vec![
                person("Ann Lee", &[mobile], &["ann@example.com"]),
                person("Anna Lee", &[mobile], &[]),
                person("Bo", &[], &["Bo@Example.com"]),
                person("Bob", &[], &["bo@example.COM"]),
                person("Cy Dee", &[], &[]),
                person("Cy Dee", &[], &[]),
                person("Di", &["555 0143"], &["di@example.com"]),
                person("Dee", &["555-0143"], &["DI@example.com"]),
                // SQLite's lower() folds ASCII letters only.
                person("Ed", &[], &["émile@example.com"]),
                person("Eddie", &[], &["ÉMILE@example.com"]),
                person("Fay", &[mobile], &[]),
                person("Gus", &[], &["gus@example.com"]),
                person("Gustav", &[], &["gus@example.com"]),
                person("Hal Roe", &[], &[]),
                person("hal roe", &[], &[]),
            ];
            people[4].company = "Acme".into();
            people[5].company = "ACME".into();
            for hal in &mut people[13..15] {
                hal.birthday = Some(Birthday {
                    year: None,
                    month: 3,
                    day: 4,
                });
            }
            let pks: Vec<i64> = people
                .iter()
                .enumerate()
                .map(|(i, p)| tx.add_customer(&format!("c{i}"), p))
                .collect();
            tx.trash_merged(pks[10], NOW).unwrap();
            tx.remember_not_duplicates(pks[12], pks[11]).unwrap();
            tx.remember_not_duplicates(pks[11], pks[12]).unwrap();
            (pairs(tx, 100), pairs(tx, 2))
        });
        let all: Vec<(i64, i64)> = found.0.iter().map(|(a, b, _)| (*a, *b)).collect();
        assert_eq!(all, [(1, 2), (7, 8), (3, 4), (5, 6), (14, 15)]);
        assert_eq!(found.0[0].2, "Same phone number 07700 900123");
        assert_eq!(found.0[1].2, "Same phone number 555 0143");
        assert_eq!(found.0[2].2, "Same email Bo@Example.com");
        assert_eq!(found.0[3].2, "Same name and company");
        assert_eq!(found.0[4].2, "Same name and birthday");
        assert_eq!(found.1, found.0[..2]);
    }

    /// A merge's record as [`MergeRows::open_merge`] reads it.
    type Opened = (
        i64,
        i64,
        i64,
        CustomerInput,
        Option<CustomerInput>,
        Vec<i64>,
        Vec<i64>,
        bool,
    );

    fn open(tx: &mut dyn Both, id: &str) -> Option<Opened> {
        tx.open_merge(id).unwrap().map(|m| {
            (
                m.pk,
                m.kept_pk,
                m.merged_pk,
                m.before,
                m.after,
                m.moved,
                m.situations,
                m.kept_trashed,
            )
        })
    }

    fn recent(tx: &mut dyn Both) -> Vec<(String, String, String, String, String, Millis)> {
        tx.recent_merges(20)
            .unwrap()
            .into_iter()
            .map(|m| {
                (
                    m.id,
                    m.kept_id,
                    m.kept_name,
                    m.merged_id,
                    m.merged_name,
                    m.at,
                )
            })
            .collect()
    }

    #[test]
    fn a_merge_record_reads_back_byte_for_byte_as_on_sqlite() {
        let (_, store) = on_both(|tx| {
            let mut before = person("Zoë \"Zee\" Müller", &["07700 900123"], &["z@example.com"]);
            before.notes = "Line one\nLine two – with a dash, \u{1F370} and a tab\t".into();
            before.tags = vec!["Wedding-Cakes".into()];
            let mut after = before.clone();
            after.emails.push(EmailInput {
                address: "zoe@example.org".into(),
                ..EmailInput::default()
            });
            let kept = tx.add_customer("kept", &before);
            let merged = tx.add_customer("merged", &person("Zoe Muller", &[], &[]));
            let third = tx.add_customer("third", &person("Tom", &[], &[]));
            tx.trash_merged(merged, NOW).unwrap();
            tx.insert_merge(&NewMerge {
                id: "m1",
                kept_pk: kept,
                merged_pk: merged,
                before: &before,
                after: &after,
                moved: &[3, 1, 2],
                situations: &[2],
                at: NOW,
            })
            .unwrap();
            // Made before SQLite's schema version 11: no profile after, no
            // situations.
            let tom = json(&person("Tom", &[], &[])).unwrap();
            tx.raw(
                &format!(
                    "INSERT INTO merges(id, kept_pk, merged_pk, kept_before, moved, at)
                     VALUES ('m0', $1, $2, '{tom}', '[]', $3)"
                ),
                &[third, merged, NOW],
            );
            let texts = ["kept_before", "kept_after", "moved", "moved_situations"]
                .map(|c| tx.raw_text(&format!("SELECT {c} FROM merges WHERE id = 'm1'"), &[]));
            let opened = [open(tx, "m1"), open(tx, "m0"), open(tx, "nope")];
            let first = opened[0].clone().unwrap();
            assert_eq!((&first.3, first.4.as_ref()), (&before, Some(&after)));
            assert_eq!(first.5, [3, 1, 2]);
            assert_eq!(first.6, [2]);
            assert_eq!(opened[1].clone().unwrap().4, None);
            let listed = recent(tx);
            assert_eq!(listed.len(), 2);
            assert_eq!(listed[0].0, "m0", "same time: the later one first");
            tx.put_in_trash(kept, NOW + 1).unwrap();
            let kept_in_trash = (open(tx, "m1").unwrap().7, recent(tx).len());
            assert_eq!(kept_in_trash, (true, 1));
            tx.mark_merge_undone(first.0, NOW + 2).unwrap();
            (
                texts,
                opened,
                listed,
                kept_in_trash,
                open(tx, "m1"),
                recent(tx),
            )
        });
        let mut tx = store.read().unwrap();
        let column: String = tx
            .query_one(
                "SELECT data_type FROM information_schema.columns
                 WHERE table_name = 'merges' AND column_name = 'kept_before'",
                &[],
            )
            .unwrap()
            .get(0);
        assert_eq!(column, "text");
    }

    #[test]
    fn what_a_merge_moves_and_what_undoing_it_gives_back() {
        let (_, store) = on_both(|tx| {
            let [kept, merged, later] =
                ["kept", "merged", "later"].map(|id| tx.add_customer(id, &person(id, &[], &[])));
            let talk = tx.entry("e1", "conversation", merged, NOW);
            let issue = tx.entry("e2", "issue", merged, NOW);
            tx.follow_up("e3", "birthday", merged, true, Some(NOW), None);
            let call = tx.follow_up("e4", "call", merged, true, Some(NOW), None);
            for entry in [talk, issue] {
                tx.event(entry, merged, NOW);
            }
            let moved = tx.entries_to_move(merged).unwrap();
            assert_eq!(moved, [talk, issue, call], "not the birthday reminder");
            let [both, only, also] = ["s1", "s2", "s3"].map(|id| tx.situation(id, NOW));
            for (situation, customer) in [(both, kept), (both, merged), (only, merged)] {
                tx.member(situation, customer, NOW);
            }
            tx.member(also, merged, NOW);
            let situations = tx.situations_only_of(merged, kept).unwrap();
            assert_eq!(situations, [only, also]);

            tx.move_entries(&moved, kept).unwrap();
            tx.move_memberships(&situations, merged, kept).unwrap();
            tx.trash_merged(merged, NOW).unwrap();
            let holders = |tx: &mut dyn Both, sql: &str| -> Vec<Option<i64>> {
                [kept, merged].iter().map(|c| tx.raw(sql, &[*c])).collect()
            };
            let after_merge = [
                holders(tx, "SELECT count(*) FROM entries WHERE customer_pk = $1"),
                holders(tx, "SELECT count(*) FROM events WHERE customer_pk = $1"),
                holders(
                    tx,
                    "SELECT count(*) FROM situation_members WHERE customer_pk = $1",
                ),
                holders(
                    tx,
                    "SELECT count(*) FROM situation_told WHERE customer_pk = $1",
                ),
            ];
            assert_eq!(after_merge[0], [Some(3), Some(1)]);
            assert_eq!(after_merge[2], [Some(3), Some(1)]);

            // Since the merge: the kept customer was merged into `later`,
            // who got the conversation; a conversation of the kept one
            // links to the issue that goes back.
            tx.raw(
                "INSERT INTO merges(id, kept_pk, merged_pk, kept_before, moved, at)
                 VALUES ('m2', $1, $2, '{}', '[]', $3)",
                &[later, kept, NOW],
            );
            tx.move_entries(&[talk], later).unwrap();
            let linked = tx.entry("e5", "conversation", kept, NOW);
            let own_issue = tx.entry("e6", "issue", kept, NOW);
            let linked_own = tx.entry("e7", "promise", kept, NOW);
            tx.raw(
                "UPDATE entries SET issue_pk = $1 WHERE pk = $2",
                &[issue, linked],
            );
            tx.raw(
                "UPDATE entries SET issue_pk = $1 WHERE pk = $2",
                &[own_issue, linked_own],
            );
            let asked = [talk, issue, 9_999, call];
            let carried = tx.still_carried(&asked, kept).unwrap();
            assert_eq!(carried, [talk, issue, call], "through the later merge too");
            tx.raw("UPDATE merges SET undone_at = $1 WHERE id = 'm2'", &[NOW]);
            let carried_alone = tx.still_carried(&asked, kept).unwrap();
            assert_eq!(carried_alone, [issue, call]);

            tx.move_entries(&carried_alone, merged).unwrap();
            tx.unlink_issues_across(kept, merged).unwrap();
            tx.move_memberships(&situations, kept, merged).unwrap();
            tx.restore_merged(merged).unwrap();
            let links = [linked, linked_own]
                .map(|e| tx.raw("SELECT issue_pk FROM entries WHERE pk = $1", &[e]));
            assert_eq!(links, [None, Some(own_issue)]);
            let undone = [
                holders(tx, "SELECT count(*) FROM entries WHERE customer_pk = $1"),
                holders(
                    tx,
                    "SELECT count(*) FROM situation_told WHERE customer_pk = $1",
                ),
                holders(
                    tx,
                    "SELECT count(*) FROM customers WHERE pk = $1 AND deleted_at IS NULL",
                ),
            ];
            (
                moved,
                situations,
                after_merge,
                carried,
                carried_alone,
                links,
                undone,
            )
        });
        let mut tx = store.read().unwrap();
        let versions: Vec<(i64, bool)> = tx
            .query(
                "SELECT version, changed_by = session_user FROM entries WHERE id IN ('e1', 'e2', 'e3')
                 ORDER BY id",
                &[],
            )
            .unwrap()
            .iter()
            .map(|r| (r.get(0), r.get(1)))
            .collect();
        assert_eq!(versions, [(3, true), (3, true), (1, true)]);
        let merged_version: i64 = tx
            .query_one("SELECT version FROM customers WHERE id = 'merged'", &[])
            .unwrap()
            .get(0);
        assert_eq!(
            merged_version, 3,
            "trashed by the merge, restored by the undo"
        );
    }
}
