//! [`CustomerRows`] for PostgreSQL: the same guarantees as on SQLite
//! (`store/sqlite/customers.rs`), in a fixed number of statements per call
//! (each is a round trip to the server): a whole profile is read in one
//! statement, its lists as arrays, and each list is written in one, from
//! arrays.
//!
//! Every update of a customer row (a profile rewrite, Trash) raises its
//! `version` and records the login in `changed_by`; recomputing the last
//! contact does not (it follows a conversation, not an edit of the
//! profile, and must not make an open edit of it look stale).

use std::collections::HashMap;

use postgres::Row;

use crate::error::Result;
use crate::rules::changes::FieldChange;
use crate::rules::fold::fold;
use crate::rules::history_model::Conversation;
use crate::rules::model::{
    Birthday, ChangesCursor, ContactChannel, Customer, CustomerChange, EmailInput, Millis, Phone,
    StayInTouch, TrashedCustomer,
};
use crate::rules::phone;
use crate::rules::validate::ValidCustomer;
use crate::store::customers::{
    CustomerKey, DeleteMode, EntriesOnRecord, Kept, LastContact, Tail, DAY_MS, ITEM_KINDS,
};
use crate::store::postgres::changes;
use crate::store::postgres::history::{conversation_row, CONVERSATION_SELECT};
use crate::store::postgres::pool::Conn;
use crate::store::postgres::tx::PgTx;
use crate::store::postgres::{int, small};
use crate::store::{CustomerRows, RecentChanges};

impl CustomerRows for PgTx<'_> {
    fn customer_key(&mut self, id: &str) -> Result<Option<CustomerKey>> {
        self.query_opt(
            "SELECT pk, deleted_at IS NOT NULL AS trashed FROM customers WHERE id = $1",
            &[&id],
        )?
        .map(|r| {
            Ok(CustomerKey {
                pk: r.try_get("pk")?,
                trashed: r.try_get("trashed")?,
            })
        })
        .transpose()
    }

    fn customer_by_pk(&mut self, pk: i64) -> Result<Customer> {
        let row = self.query_one(CUSTOMER_SELECT, &[&[pk].as_slice()])?;
        customer_row(&row)
    }

    fn customers_by_pk(&mut self, pks: &[i64]) -> Result<HashMap<i64, Customer>> {
        let rows = self.query(CUSTOMER_SELECT, &[&pks])?;
        rows.iter()
            .map(|r| Ok((r.try_get("pk")?, customer_row(r)?)))
            .collect()
    }

    fn insert_customer(&mut self, id: &str, valid: &ValidCustomer, now: Millis) -> Result<i64> {
        write_profile(self, Target::New(id), valid, Kept::NOTHING, now)
    }

    fn rewrite_customer(
        &mut self,
        pk: i64,
        valid: &ValidCustomer,
        before: Option<&Customer>,
        now: Millis,
    ) -> Result<()> {
        let kept = Kept::between(before, valid);
        let tails = [
            kept.phones,
            kept.emails,
            kept.tags,
            kept.items[0],
            kept.items[1],
            kept.items[2],
        ];
        if tails.iter().any(|t| t.delete) {
            // One round trip for every list: a list with nothing to delete
            // deletes from a position no row has.
            let from = tails.map(|t| if t.delete { int(t.from) } else { Ok(i32::MAX) });
            let [phones, emails, tags, dont, preference, remember] = from;
            self.execute(
                "WITH phones AS (DELETE FROM customer_phones WHERE customer_pk = $1 AND position >= $2),
                      emails AS (DELETE FROM customer_emails WHERE customer_pk = $1 AND position >= $3),
                      tags AS (DELETE FROM customer_tags WHERE customer_pk = $1 AND position >= $4)
                 DELETE FROM customer_items WHERE customer_pk = $1
                    AND position >= CASE kind WHEN 'dont' THEN $5::integer
                        WHEN 'preference' THEN $6::integer ELSE $7::integer END",
                &[&pk, &phones?, &emails?, &tags?, &dont?, &preference?, &remember?],
            )?;
        }
        write_profile(self, Target::Existing(pk), valid, kept, now)?;
        Ok(())
    }

    fn record_changes(
        &mut self,
        at: Millis,
        who: &str,
        changes: &[(i64, FieldChange)],
    ) -> Result<()> {
        changes::record(self, at, who, changes)
    }

    fn changes_of(
        &mut self,
        pk: i64,
        after: Option<ChangesCursor>,
        limit: u32,
    ) -> Result<Vec<CustomerChange>> {
        changes::of(self, pk, after, limit)
    }

    fn changes_since(&mut self, pk: i64, since: Millis, limit: u32) -> Result<RecentChanges> {
        changes::since(self, pk, since, limit)
    }

    fn put_in_trash(&mut self, pk: i64, now: Millis) -> Result<()> {
        self.execute(
            "UPDATE customers SET deleted_at = $2, version = version + 1, changed_by = session_user
             WHERE pk = $1",
            &[&pk, &now],
        )?;
        Ok(())
    }

    fn take_out_of_trash(&mut self, pk: i64) -> Result<()> {
        self.execute(
            "UPDATE customers SET deleted_at = NULL, version = version + 1, changed_by = session_user
             WHERE pk = $1",
            &[&pk],
        )?;
        Ok(())
    }

    fn trashed_customers(&mut self) -> Result<Vec<TrashedCustomer>> {
        self.query(
            "SELECT id, full_name, preferred_name, company, deleted_at FROM customers
             WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, pk DESC",
            &[],
        )?
        .iter()
        .map(trashed_row)
        .collect()
    }

    fn empty_trash(&mut self) -> Result<u32> {
        // The lookup rows of the customers' entries go with the entries
        // (ON DELETE CASCADE), unlike SQLite's contentless FTS5 rows.
        let removed = self.execute("DELETE FROM customers WHERE deleted_at IS NOT NULL", &[])?;
        self.execute("DELETE FROM entries WHERE deleted_at IS NOT NULL", &[])?;
        Ok(u32::try_from(removed).unwrap_or(u32::MAX))
    }

    fn refresh_last_contact(&mut self, pk: i64) -> Result<()> {
        self.execute(
            "UPDATE customers SET last_contact_at = lc.at,
                touch_amber_at = CASE WHEN touch_ideal_days IS NULL THEN NULL
                    ELSE coalesce(lc.at, created_at) + touch_ideal_days * $2::bigint END
             FROM (SELECT max(c.happened_at) AS at FROM entries e
                   JOIN conversations c ON c.entry_pk = e.pk
                   WHERE e.customer_pk = $1 AND e.kind = 'conversation' AND e.deleted_at IS NULL) lc
             WHERE pk = $1",
            &[&pk, &DAY_MS],
        )?;
        Ok(())
    }

    fn last_contact(&mut self, pk: i64) -> Result<Option<LastContact>> {
        self.query_opt(
            "SELECT touch_ideal_days, touch_longest_days,
                coalesce(last_contact_at, created_at) AS since
             FROM customers WHERE pk = $1",
            &[&pk],
        )?
        .map(|r| {
            Ok(LastContact {
                ideal_days: days(&r, "touch_ideal_days")?,
                longest_days: days(&r, "touch_longest_days")?,
                since: r.try_get("since")?,
            })
        })
        .transpose()
    }

    fn entries_on_record(&mut self, pk: i64) -> Result<EntriesOnRecord> {
        let mut on_record = EntriesOnRecord::default();
        for r in self.query(
            "SELECT pk, id, kind, deleted_at IS NOT NULL AS trashed FROM entries
             WHERE customer_pk = $1 ORDER BY created_at, pk",
            &[&pk],
        )? {
            let entry: i64 = r.try_get("pk")?;
            match r.try_get::<_, &str>("kind")? {
                "issue" => on_record.issues.push(entry),
                "promise" => on_record.promises.push(entry),
                "follow_up" => on_record.follow_ups.push(entry),
                _ => {}
            }
            if r.try_get("trashed")? {
                on_record.in_trash.push(r.try_get("id")?);
            }
        }
        Ok(on_record)
    }

    fn conversations_on_record(&mut self, pk: i64) -> Result<Vec<Conversation>> {
        self.query(
            &format!("{CONVERSATION_SELECT} WHERE e.customer_pk = $1 ORDER BY c.happened_at, e.pk"),
            &[&pk],
        )?
        .iter()
        .map(conversation_row)
        .collect()
    }

    fn trashed_duplicates_of(&mut self, pk: i64) -> Result<Vec<i64>> {
        self.query(
            "WITH RECURSIVE merged(pk) AS (
                 SELECT $1::bigint
                 UNION
                 SELECT m.merged_pk FROM merges m
                 JOIN merged ON m.kept_pk = merged.pk
                 JOIN customers c ON c.pk = m.merged_pk
                 WHERE m.undone_at IS NULL AND c.deleted_at IS NOT NULL
             )
             SELECT pk FROM merged WHERE pk <> $1",
            &[&pk],
        )?
        .iter()
        .map(|r| Ok(r.try_get("pk")?))
        .collect()
    }

    fn delete_customer(&mut self, pk: i64) -> Result<()> {
        // Every other table refers to customers or entries with ON DELETE
        // CASCADE (or SET NULL): this one delete takes the entries, their
        // detail rows, events, reminders, lookup rows and change history,
        // and the profile's phones, emails, items and tags.
        self.execute("DELETE FROM customers WHERE pk = $1", &[&pk])?;
        Ok(())
    }

    fn start_erasing(&mut self) -> Result<DeleteMode> {
        // PostgreSQL has no overwriting delete: a deleted row stays in its
        // page until vacuum reclaims the space and a later write reuses
        // it. There is no setting of the connection to change.
        Ok(DeleteMode(0))
    }

    fn end_erasing(&mut self, _before: DeleteMode) -> Result<()> {
        Ok(())
    }

    fn rebuild_file(&mut self) {
        // Nothing the app can do: VACUUM cannot run inside a transaction,
        // and only the tables' owner may run it. The server's autovacuum
        // reclaims the dead rows; the server's disk is its owner's to wipe.
    }
}

/// Where a profile is written.
#[derive(Clone, Copy)]
enum Target<'a> {
    /// A new row with this id.
    New(&'a str),
    /// The existing row `pk`, whose child rows are empty except those the
    /// write keeps (see [`Kept`]).
    Existing(i64),
}

/// Writes every field of a validated profile with its derived columns
/// (name keys, reversed phone digits, when the stay-in-touch gap runs out)
/// to `row`; returns its key. One statement for the profile and one per
/// child list that has rows to write.
fn write_profile(
    conn: &mut Conn,
    row: Target<'_>,
    valid: &ValidCustomer,
    kept: Kept,
    now: Millis,
) -> Result<i64> {
    let c = &valid.input;
    let year = c.birthday.and_then(|b| b.year);
    let month = c.birthday.map(|b| i32::from(b.month));
    let day = c.birthday.map(|b| i32::from(b.day));
    let ideal = c.stay_in_touch.map(|s| int(s.ideal_days)).transpose()?;
    let longest = c.stay_in_touch.map(|s| int(s.longest_days)).transpose()?;
    let (full_key, preferred_key) = (fold(&c.full_name), fold(&c.preferred_name));
    let fields: [&(dyn postgres::types::ToSql + Sync); 20] = [
        &c.full_name,
        &c.preferred_name,
        &c.pronunciation,
        &c.pronouns,
        &c.company,
        &c.address,
        &year,
        &month,
        &day,
        &c.contact_channel.as_str(),
        &c.best_time,
        &c.notes,
        &c.looked_after_by,
        &now,
        &ideal,
        &longest,
        &full_key,
        &preferred_key,
        &DAY_MS,
        &c.language,
    ];
    // Profile edits never move the last contact, only the ideal gap after
    // it (see `refresh_last_contact` for the same rule).
    let pk = match row {
        Target::New(id) => {
            let mut params = vec![&id as &(dyn postgres::types::ToSql + Sync)];
            params.extend(fields);
            conn.query_one(
                "INSERT INTO customers(id, full_name, preferred_name, pronunciation, pronouns, company,
                    address, birthday_year, birthday_month, birthday_day, contact_channel, best_time,
                    notes, looked_after_by, updated_at, touch_ideal_days, touch_longest_days, full_key,
                    preferred_key, touch_amber_at, created_at, language)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15::bigint,
                    $16::integer, $17, $18, $19,
                    CASE WHEN $16::integer IS NULL THEN NULL ELSE $15::bigint + $16::integer * $20::bigint END,
                    $15::bigint, $21)
                 RETURNING pk",
                &params,
            )?
            .try_get("pk")?
        }
        Target::Existing(pk) => {
            let mut params = vec![&pk as &(dyn postgres::types::ToSql + Sync)];
            params.extend(fields);
            conn.execute(
                "UPDATE customers SET full_name = $2, preferred_name = $3, pronunciation = $4,
                    pronouns = $5, company = $6, address = $7, birthday_year = $8,
                    birthday_month = $9, birthday_day = $10, contact_channel = $11, best_time = $12,
                    notes = $13, looked_after_by = $14, updated_at = $15::bigint,
                    touch_ideal_days = $16::integer, touch_longest_days = $17, full_key = $18,
                    preferred_key = $19,
                    touch_amber_at = CASE WHEN $16::integer IS NULL THEN NULL
                        ELSE coalesce(last_contact_at, created_at) + $16::integer * $20::bigint END,
                    language = $21, version = version + 1, changed_by = session_user
                 WHERE pk = $1",
                &params,
            )?;
            pk
        }
    };
    write_lists(conn, pk, valid, kept)?;
    Ok(pk)
}

/// Writes the child rows of the profile `pk` that `kept` does not keep,
/// one statement per list (the rows travel as arrays).
fn write_lists(conn: &mut Conn, pk: i64, valid: &ValidCustomer, kept: Kept) -> Result<()> {
    let c = &valid.input;
    let phones = &valid.phones[kept.phones.from.min(valid.phones.len())..];
    if !phones.is_empty() {
        let digits_rev: Vec<String> = phones
            .iter()
            .map(|p| phone::reversed(&phone::index_digits(&p.number, p.e164.as_deref())))
            .collect();
        conn.execute(
            "INSERT INTO customer_phones(customer_pk, position, label, number, e164, is_primary, digits_rev)
             SELECT $1, * FROM unnest($2::integer[], $3::text[], $4::text[], $5::text[], $6::boolean[], $7::text[])",
            &[
                &pk,
                &positions(kept.phones, phones.len())?,
                &phones.iter().map(|p| p.label.as_str()).collect::<Vec<_>>(),
                &phones.iter().map(|p| p.number.as_str()).collect::<Vec<_>>(),
                // Stored empty when the number has no E.164 form.
                &phones.iter().map(|p| p.e164.as_deref().unwrap_or("")).collect::<Vec<_>>(),
                &phones.iter().map(|p| p.primary).collect::<Vec<_>>(),
                &digits_rev,
            ],
        )?;
    }
    let emails = &c.emails[kept.emails.from.min(c.emails.len())..];
    if !emails.is_empty() {
        conn.execute(
            "INSERT INTO customer_emails(customer_pk, position, label, address, is_primary)
             SELECT $1, * FROM unnest($2::integer[], $3::text[], $4::text[], $5::boolean[])",
            &[
                &pk,
                &positions(kept.emails, emails.len())?,
                &emails.iter().map(|e| e.label.as_str()).collect::<Vec<_>>(),
                &emails
                    .iter()
                    .map(|e| e.address.as_str())
                    .collect::<Vec<_>>(),
                &emails.iter().map(|e| e.primary).collect::<Vec<_>>(),
            ],
        )?;
    }
    let (mut kinds, mut at, mut texts) = (Vec::new(), Vec::new(), Vec::<&str>::new());
    let lists = [&c.dont, &c.preferences, &c.remember];
    for ((kind, items), tail) in ITEM_KINDS.into_iter().zip(lists).zip(kept.items) {
        let written = &items[tail.from.min(items.len())..];
        kinds.extend(std::iter::repeat_n(kind, written.len()));
        at.extend(positions(tail, written.len())?);
        texts.extend(written.iter().map(String::as_str));
    }
    if !texts.is_empty() {
        conn.execute(
            "INSERT INTO customer_items(customer_pk, kind, position, text)
             SELECT $1, * FROM unnest($2::text[], $3::integer[], $4::text[])",
            &[&pk, &kinds, &at, &texts],
        )?;
    }
    let tags = &c.tags[kept.tags.from.min(c.tags.len())..];
    if !tags.is_empty() {
        conn.execute(
            "INSERT INTO customer_tags(customer_pk, position, tag)
             SELECT $1, * FROM unnest($2::integer[], $3::text[])",
            &[&pk, &positions(kept.tags, tags.len())?, &tags],
        )?;
    }
    Ok(())
}

/// The positions of the `count` rows written from `tail.from` on.
fn positions(tail: Tail, count: usize) -> Result<Vec<i32>> {
    (tail.from..tail.from + count).map(int).collect()
}

/// The whole profile of the customer `$1`, its lists as arrays in their
/// stored order: one round trip (the SQLite store reads each list apart).
const CUSTOMER_SELECT: &str = "SELECT c.pk, id, full_name, preferred_name, pronunciation, pronouns,
        company, address, birthday_year, birthday_month, birthday_day, contact_channel, best_time,
        c.language, notes, looked_after_by, created_at, updated_at, deleted_at, touch_ideal_days,
        touch_longest_days, c.version, p.*, e.*, i.*, t.*
     FROM customers c
     CROSS JOIN LATERAL (SELECT coalesce(array_agg(label ORDER BY position), '{}') AS phone_labels,
            coalesce(array_agg(number ORDER BY position), '{}') AS phone_numbers,
            coalesce(array_agg(e164 ORDER BY position), '{}') AS phone_e164s,
            coalesce(array_agg(is_primary ORDER BY position), '{}') AS phone_primaries
        FROM customer_phones WHERE customer_pk = c.pk) p
     CROSS JOIN LATERAL (SELECT coalesce(array_agg(label ORDER BY position), '{}') AS email_labels,
            coalesce(array_agg(address ORDER BY position), '{}') AS email_addresses,
            coalesce(array_agg(is_primary ORDER BY position), '{}') AS email_primaries
        FROM customer_emails WHERE customer_pk = c.pk) e
     CROSS JOIN LATERAL (SELECT
            coalesce(array_agg(text ORDER BY position) FILTER (WHERE kind = 'dont'), '{}') AS dont,
            coalesce(array_agg(text ORDER BY position) FILTER (WHERE kind = 'preference'), '{}')
                AS preferences,
            coalesce(array_agg(text ORDER BY position) FILTER (WHERE kind = 'remember'), '{}')
                AS remember
        FROM customer_items WHERE customer_pk = c.pk) i
     CROSS JOIN LATERAL (SELECT coalesce(array_agg(tag ORDER BY position), '{}') AS tags
        FROM customer_tags WHERE customer_pk = c.pk) t
     WHERE c.pk = ANY($1)";

/// A whole profile read as [`CUSTOMER_SELECT`].
fn customer_row(r: &Row) -> Result<Customer> {
    let month: Option<i32> = r.try_get("birthday_month")?;
    let day: Option<i32> = r.try_get("birthday_day")?;
    let birthday = match month.zip(day) {
        Some((month, day)) => Some(Birthday {
            year: r.try_get("birthday_year")?,
            month: small(month, "birthday_month")?,
            day: small(day, "birthday_day")?,
        }),
        None => None,
    };
    let phones = r
        .try_get::<_, Vec<String>>("phone_labels")?
        .into_iter()
        .zip(r.try_get::<_, Vec<String>>("phone_numbers")?)
        .zip(r.try_get::<_, Vec<String>>("phone_e164s")?)
        .zip(r.try_get::<_, Vec<bool>>("phone_primaries")?)
        .map(|(((label, number), e164), primary)| Phone {
            label,
            number,
            // Stored empty when the number has no E.164 form.
            e164: Some(e164).filter(|e| !e.is_empty()),
            primary,
        })
        .collect();
    let emails = r
        .try_get::<_, Vec<String>>("email_labels")?
        .into_iter()
        .zip(r.try_get::<_, Vec<String>>("email_addresses")?)
        .zip(r.try_get::<_, Vec<bool>>("email_primaries")?)
        .map(|((label, address), primary)| EmailInput {
            label,
            address,
            primary,
        })
        .collect();
    Ok(Customer {
        id: r.try_get("id")?,
        full_name: r.try_get("full_name")?,
        preferred_name: r.try_get("preferred_name")?,
        pronunciation: r.try_get("pronunciation")?,
        pronouns: r.try_get("pronouns")?,
        company: r.try_get("company")?,
        address: r.try_get("address")?,
        birthday,
        contact_channel: ContactChannel::parse(r.try_get("contact_channel")?),
        best_time: r.try_get("best_time")?,
        language: r.try_get("language")?,
        notes: r.try_get("notes")?,
        looked_after_by: r.try_get("looked_after_by")?,
        version: r.try_get("version")?,
        created_at: r.try_get("created_at")?,
        updated_at: r.try_get("updated_at")?,
        deleted_at: r.try_get("deleted_at")?,
        stay_in_touch: days(r, "touch_ideal_days")?
            .zip(days(r, "touch_longest_days")?)
            .map(|(ideal_days, longest_days)| StayInTouch {
                ideal_days,
                longest_days,
            }),
        phones,
        emails,
        dont: r.try_get("dont")?,
        preferences: r.try_get("preferences")?,
        remember: r.try_get("remember")?,
        tags: r.try_get("tags")?,
    })
}

/// A number of days from the `integer` column `column`, when set.
fn days(r: &Row, column: &str) -> Result<Option<u32>> {
    r.try_get::<_, Option<i32>>(column)?
        .map(|d| small(d, column))
        .transpose()
}

/// A `customers` row in Trash read as `id, full_name, preferred_name,
/// company, deleted_at`.
fn trashed_row(r: &Row) -> Result<TrashedCustomer> {
    Ok(TrashedCustomer {
        id: r.try_get("id")?,
        full_name: r.try_get("full_name")?,
        preferred_name: r.try_get("preferred_name")?,
        company: r.try_get("company")?,
        deleted_at: r.try_get("deleted_at")?,
    })
}

#[cfg(test)]
mod tests {
    use uuid::Uuid;

    use super::*;
    use crate::rules::model::{CustomerInput, PhoneInput};
    use crate::rules::validate;
    use crate::store::postgres::testing;
    use crate::store::sqlite::file::SqliteStore;
    use crate::store::{Scope, Store};

    /// 2026-11-22 09:00 UTC.
    const NOW: Millis = 1_795_338_000_000;

    fn every_field() -> CustomerInput {
        CustomerInput {
            full_name: "Zoë Müller".into(),
            preferred_name: "Zoë".into(),
            pronunciation: "tsoh-eh".into(),
            pronouns: "she/her".into(),
            company: "Müller & Töchter".into(),
            phones: vec![
                PhoneInput {
                    label: "mobile".into(),
                    number: "07700 900123".into(),
                    primary: true,
                },
                PhoneInput {
                    label: "shop".into(),
                    number: "555 0143".into(),
                    primary: false,
                },
            ],
            emails: vec![EmailInput {
                label: "work".into(),
                address: "zoe@example.com".into(),
                primary: true,
            }],
            address: "1 High Street\nLeeds".into(),
            birthday: Some(Birthday {
                year: Some(1984),
                month: 2,
                day: 29,
            }),
            contact_channel: ContactChannel::Phone,
            best_time: "mornings".into(),
            language: "pt-BR".into(),
            dont: vec!["call after 6".into()],
            preferences: vec!["oat milk".into(), "window seat".into()],
            remember: vec!["two dogs".into()],
            tags: vec!["regular".into(), "Wedding-Cakes".into()],
            notes: "Prefers the blue van.".into(),
            looked_after_by: "Sam".into(),
            stay_in_touch: Some(StayInTouch {
                ideal_days: 30,
                longest_days: 45,
            }),
        }
    }

    fn valid(input: &CustomerInput) -> ValidCustomer {
        validate::customer(input, "GB").unwrap()
    }

    /// What the SQLite store reads back after the same writes: both stores
    /// keep the same guarantees.
    fn on_sqlite(write: impl FnOnce(&mut dyn CustomerRows) -> i64) -> (Customer, LastContact) {
        let mut store = SqliteStore::open_in_memory(NOW).unwrap();
        let mut tx = store.write().unwrap();
        let pk = write(&mut *tx);
        let customer = tx.customer_by_pk(pk).unwrap();
        (customer, tx.last_contact(pk).unwrap().unwrap())
    }

    fn version(tx: &mut PgTx<'_>, pk: i64) -> (i64, String) {
        let r = tx
            .query_one(
                "SELECT version, changed_by = session_user AS by_me FROM customers WHERE pk = $1",
                &[&pk],
            )
            .unwrap();
        let by_me: bool = r.get("by_me");
        (r.get("version"), by_me.to_string())
    }

    #[test]
    fn a_customer_reads_back_with_every_field_and_list_as_on_sqlite() {
        let store = testing::fresh_store();
        let id = Uuid::now_v7().to_string();
        let input = every_field();
        let mut tx = store.write().unwrap();
        let pk = tx.insert_customer(&id, &valid(&input), NOW).unwrap();
        tx.commit().unwrap();

        let mut tx = store.read().unwrap();
        let stored = tx.customer_by_pk(pk).unwrap();
        let (expected, expected_contact) =
            on_sqlite(|tx| tx.insert_customer(&id, &valid(&input), NOW).unwrap());
        assert_eq!(stored, expected);
        assert_eq!(stored.phones.len(), 2);
        assert_eq!(stored.preferences, input.preferences);
        assert_eq!(tx.last_contact(pk).unwrap(), Some(expected_contact));
        assert_eq!(tx.customer_pk(&id, Scope::Live).unwrap(), pk);
        assert!(tx.customer_pk(&id, Scope::Trashed).is_err());
        assert_eq!(tx.customer_key("not-an-id").unwrap(), None);
        let digits: String = tx
            .query_one(
                "SELECT digits_rev FROM customer_phones WHERE customer_pk = $1 AND position = 0",
                &[&pk],
            )
            .unwrap()
            .get(0);
        assert!(digits.starts_with("321009"), "{digits}");
    }

    #[test]
    fn many_customers_read_at_once_are_each_as_read_alone_on_both_stores() {
        let store = testing::fresh_store();
        let mut sqlite = SqliteStore::open_in_memory(NOW).unwrap();
        let mut sqlite_tx = sqlite.write().unwrap();
        let mut tx = store.write().unwrap();
        let mut plain = every_field();
        plain.phones.clear();
        plain.emails.clear();
        plain.tags.clear();
        plain.full_name = "Tom Baker".into();
        let mut pks = Vec::new();
        for input in [every_field(), plain] {
            let id = Uuid::now_v7().to_string();
            let pk = tx.insert_customer(&id, &valid(&input), NOW).unwrap();
            assert_eq!(
                sqlite_tx.insert_customer(&id, &valid(&input), NOW).unwrap(),
                pk
            );
            pks.push(pk);
        }
        let asked = [pks[1], pks[0], pks[1] + 1_000];
        let at_once = tx.customers_by_pk(&asked).unwrap();
        assert_eq!(at_once.len(), 2, "a key no customer has is left out");
        for pk in &pks {
            assert_eq!(at_once[pk], tx.customer_by_pk(*pk).unwrap());
        }
        assert_eq!(sqlite_tx.customers_by_pk(&asked).unwrap(), at_once);
        assert!(tx.customers_by_pk(&[]).unwrap().is_empty());
    }

    #[test]
    fn a_rewrite_keeps_what_is_unchanged_and_raises_the_version() {
        let store = testing::fresh_store();
        let id = Uuid::now_v7().to_string();
        let first = every_field();
        let mut second = every_field();
        second.full_name = "Zoe Miller".into();
        second.phones.truncate(1);
        second.preferences.push("no nuts".into());
        second.tags = vec!["regular".into()];
        second.birthday = None;
        second.stay_in_touch = None;

        let mut tx = store.write().unwrap();
        let pk = tx.insert_customer(&id, &valid(&first), NOW).unwrap();
        assert_eq!(version(&mut tx, pk), (1, "true".into()));
        let before = tx.customer_by_pk(pk).unwrap();
        tx.rewrite_customer(pk, &valid(&second), Some(&before), NOW + 1000)
            .unwrap();
        assert_eq!(version(&mut tx, pk), (2, "true".into()));
        tx.rewrite_customer(pk, &valid(&first), None, NOW + 2000)
            .unwrap();
        assert_eq!(version(&mut tx, pk).0, 3);
        tx.rewrite_customer(pk, &valid(&second), None, NOW + 3000)
            .unwrap();
        let stored = tx.customer_by_pk(pk).unwrap();
        tx.commit().unwrap();

        let (expected, _) = on_sqlite(|tx| {
            let pk = tx.insert_customer(&id, &valid(&first), NOW).unwrap();
            let before = tx.customer_by_pk(pk).unwrap();
            tx.rewrite_customer(pk, &valid(&second), Some(&before), NOW + 1000)
                .unwrap();
            tx.rewrite_customer(pk, &valid(&first), None, NOW + 2000)
                .unwrap();
            tx.rewrite_customer(pk, &valid(&second), None, NOW + 3000)
                .unwrap();
            pk
        });
        assert_eq!(stored, expected);
        assert_eq!(stored.full_name, "Zoe Miller");
        assert_eq!(stored.stay_in_touch, None);
    }

    #[test]
    fn trash_restore_and_emptying_trash() {
        let store = testing::fresh_store();
        let (kept, binned) = (Uuid::now_v7().to_string(), Uuid::now_v7().to_string());
        let mut tx = store.write().unwrap();
        let kept_pk = tx
            .insert_customer(&kept, &valid(&every_field()), NOW)
            .unwrap();
        let binned_pk = tx
            .insert_customer(&binned, &valid(&every_field()), NOW)
            .unwrap();
        tx.put_in_trash(kept_pk, NOW + 1).unwrap();
        tx.put_in_trash(binned_pk, NOW + 2).unwrap();
        let trashed = tx.trashed_customers().unwrap();
        assert_eq!(
            trashed.iter().map(|t| t.id.as_str()).collect::<Vec<_>>(),
            [binned.as_str(), kept.as_str()],
            "most recently deleted first"
        );
        assert_eq!(trashed[0].deleted_at, NOW + 2);
        assert_eq!(
            tx.customer_key(&kept).unwrap(),
            Some(CustomerKey {
                pk: kept_pk,
                trashed: true
            })
        );
        let before = tx.customer_by_pk(kept_pk).unwrap();
        tx.take_out_of_trash(kept_pk).unwrap();
        let after = tx.customer_by_pk(kept_pk).unwrap();
        assert_eq!(after.deleted_at, None);
        assert_eq!(
            Customer {
                deleted_at: None,
                version: before.version + 1,
                ..before
            },
            after,
            "exactly as they were, one change later"
        );
        assert_eq!(version(&mut tx, kept_pk).0, 3);

        assert_eq!(tx.empty_trash().unwrap(), 1);
        assert_eq!(tx.customer_key(&binned).unwrap(), None);
        assert_eq!(tx.customer_pk(&kept, Scope::Live).unwrap(), kept_pk);
        let phones: i64 = tx
            .query_one(
                "SELECT count(*) FROM customer_phones WHERE customer_pk = $1",
                &[&binned_pk],
            )
            .unwrap()
            .get(0);
        assert_eq!(phones, 0, "their rows went with them");
        tx.commit().unwrap();
    }

    #[test]
    fn the_record_its_last_contact_and_merged_duplicates() {
        let store = testing::fresh_store();
        let mut tx = store.write().unwrap();
        let id = Uuid::now_v7().to_string();
        let pk = tx
            .insert_customer(&id, &valid(&every_field()), NOW)
            .unwrap();
        let other = tx
            .insert_customer(&Uuid::now_v7().to_string(), &valid(&every_field()), NOW)
            .unwrap();
        let entry = |tx: &mut PgTx<'_>, kind: &str, deleted: Option<Millis>| -> (i64, String) {
            let entry_id = Uuid::now_v7().to_string();
            let r = tx
                .query_one(
                    "INSERT INTO entries(id, customer_pk, kind, created_at, updated_at, deleted_at)
                     VALUES ($1, $2, $3, $4, $4, $5) RETURNING pk",
                    &[&entry_id, &pk, &kind, &NOW, &deleted],
                )
                .unwrap();
            (r.get(0), entry_id)
        };
        let (issue, _) = entry(&mut tx, "issue", None);
        let (_, gone) = entry(&mut tx, "promise", Some(NOW));
        let (talk, talk_id) = entry(&mut tx, "conversation", None);
        tx.execute(
            "INSERT INTO conversations(entry_pk, channel, happened_at, summary, mood, outcome)
             VALUES ($1, 'phone', $2, 'Asked about the van', 'happy', NULL)",
            &[&talk, &(NOW + 5000)],
        )
        .unwrap();
        tx.refresh_last_contact(pk).unwrap();

        let contact = tx.last_contact(pk).unwrap().unwrap();
        assert_eq!(contact.since, NOW + 5000);
        assert_eq!(
            (contact.ideal_days, contact.longest_days),
            (Some(30), Some(45))
        );
        let amber: Option<i64> = tx
            .query_one("SELECT touch_amber_at FROM customers WHERE pk = $1", &[&pk])
            .unwrap()
            .get(0);
        assert_eq!(amber, Some(NOW + 5000 + 30 * DAY_MS));
        let record = tx.entries_on_record(pk).unwrap();
        assert_eq!(record.issues, [issue]);
        assert_eq!(record.in_trash, [gone]);
        let talks = tx.conversations_on_record(pk).unwrap();
        assert_eq!(talks.len(), 1);
        assert_eq!(
            (talks[0].id.as_str(), talks[0].customer_id.as_str()),
            (talk_id.as_str(), id.as_str())
        );
        assert_eq!(talks[0].summary, "Asked about the van");

        tx.execute(
            "INSERT INTO merges(id, kept_pk, merged_pk, kept_before, moved, at)
             VALUES ($1, $2, $3, '{}', '[]', $4)",
            &[&Uuid::now_v7().to_string(), &pk, &other, &NOW],
        )
        .unwrap();
        assert!(
            tx.trashed_duplicates_of(pk).unwrap().is_empty(),
            "not in Trash"
        );
        tx.put_in_trash(other, NOW).unwrap();
        assert_eq!(tx.trashed_duplicates_of(pk).unwrap(), [other]);

        let before = tx.start_erasing().unwrap();
        tx.delete_customer(pk).unwrap();
        tx.end_erasing(before).unwrap();
        tx.rebuild_file();
        assert_eq!(tx.customer_key(&id).unwrap(), None);
        let left: i64 = tx
            .query_one(
                "SELECT count(*) FROM entries WHERE customer_pk = $1",
                &[&pk],
            )
            .unwrap()
            .get(0);
        assert_eq!(left, 0);
        tx.commit().unwrap();
    }

    #[test]
    fn a_staff_login_writes_customers_and_is_named_on_them_but_changes_no_table() {
        let (name, owner_url) = testing::fresh_database();
        crate::store::postgres::server::PgStore::init(&owner_url).unwrap();
        let login = format!("kindly_test_login_{}", Uuid::now_v7().simple());
        let role = crate::store::postgres::migrations::staff_role(&name).unwrap();
        testing::admin(&name)
            .batch_execute(&format!(
                "CREATE ROLE \"{login}\" LOGIN PASSWORD 'kindly-test-pw'; GRANT \"{role}\" TO \"{login}\""
            ))
            .unwrap();
        let store = crate::store::postgres::server::PgStore::open(&testing::url_for(
            &name,
            Some((&login, "kindly-test-pw")),
        ))
        .unwrap();

        let mut tx = store.write().unwrap();
        let pk = tx
            .insert_customer(&Uuid::now_v7().to_string(), &valid(&every_field()), NOW)
            .unwrap();
        let by: String = tx
            .query_one("SELECT changed_by FROM customers WHERE pk = $1", &[&pk])
            .unwrap()
            .get(0);
        assert_eq!(by, login);
        tx.commit().unwrap();

        let mut tx = store.write().unwrap();
        let err = tx
            .batch_execute("CREATE TABLE mine (x integer)")
            .expect_err("no DDL");
        assert!(matches!(err, crate::error::Error::Storage(_)), "{err:?}");
        drop(tx);
        let mut tx = store.write().unwrap();
        let err = tx
            .execute("UPDATE kindly_schema SET version = 2", &[])
            .expect_err("the version is the owner's");
        assert!(matches!(err, crate::error::Error::Storage(_)), "{err:?}");
    }
}
