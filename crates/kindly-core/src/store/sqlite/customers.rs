//! [`CustomerRows`] for SQLite.

use std::collections::HashMap;

use rusqlite::{params, OptionalExtension, Row};

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
    CustomerKey, DeleteMode, EntriesOnRecord, Kept, LastContact, DAY_MS, ITEM_KINDS,
};
use crate::store::sqlite::changes;
use crate::store::sqlite::history::{conversation_row, CONVERSATION_SELECT};
use crate::store::sqlite::lookup::pk_list;
use crate::store::sqlite::tx::SqliteTx;
use crate::store::sqlite::versions::edited;
use crate::store::{CustomerRows, RecentChanges};

impl CustomerRows for SqliteTx<'_> {
    fn customer_key(&mut self, id: &str) -> Result<Option<CustomerKey>> {
        Ok(self
            .prepare_cached(
                "SELECT pk, deleted_at IS NOT NULL AS trashed FROM customers WHERE id = ?1",
            )?
            .query_row([id], |r| {
                Ok(CustomerKey {
                    pk: r.get("pk")?,
                    trashed: r.get("trashed")?,
                })
            })
            .optional()?)
    }

    fn customer_by_pk(&mut self, pk: i64) -> Result<Customer> {
        self.customers_by_pk(&[pk])?
            .remove(&pk)
            .ok_or_else(|| rusqlite::Error::QueryReturnedNoRows.into())
    }

    fn customers_by_pk(&mut self, pks: &[i64]) -> Result<HashMap<i64, Customer>> {
        let list = pk_list(pks);
        let mut customers = HashMap::with_capacity(pks.len());
        let mut stmt = self.prepare_cached(&format!(
            "SELECT {CUSTOMER_COLUMNS}, pk FROM customers WHERE pk IN (SELECT value FROM json_each(?1))"
        ))?;
        let mut rows = stmt.query([&list])?;
        while let Some(r) = rows.next()? {
            customers.insert(r.get::<_, i64>(CUSTOMER_PK)?, customer_row(r)?);
        }
        // Each list in one statement for all of them, in stored order.
        let mut stmt = self.prepare_cached(
            "SELECT customer_pk, label, number, e164, is_primary FROM customer_phones
             WHERE customer_pk IN (SELECT value FROM json_each(?1)) ORDER BY customer_pk, position",
        )?;
        let mut rows = stmt.query([&list])?;
        while let Some(r) = rows.next()? {
            if let Some(c) = customers.get_mut(&r.get::<_, i64>(0)?) {
                c.phones.push(phone_row(r)?);
            }
        }
        let mut stmt = self.prepare_cached(
            "SELECT customer_pk, label, address, is_primary FROM customer_emails
             WHERE customer_pk IN (SELECT value FROM json_each(?1)) ORDER BY customer_pk, position",
        )?;
        let mut rows = stmt.query([&list])?;
        while let Some(r) = rows.next()? {
            if let Some(c) = customers.get_mut(&r.get::<_, i64>(0)?) {
                c.emails.push(email_row(r)?);
            }
        }
        let mut stmt = self.prepare_cached(
            "SELECT customer_pk, kind, text FROM customer_items
             WHERE customer_pk IN (SELECT value FROM json_each(?1)) ORDER BY customer_pk, kind, position",
        )?;
        let mut rows = stmt.query([&list])?;
        while let Some(r) = rows.next()? {
            if let Some(c) = customers.get_mut(&r.get::<_, i64>(0)?) {
                let text: String = r.get(2)?;
                match r.get_ref(1)?.as_str().map_err(rusqlite::Error::from)? {
                    "dont" => c.dont.push(text),
                    "preference" => c.preferences.push(text),
                    _ => c.remember.push(text),
                }
            }
        }
        let mut stmt = self.prepare_cached(
            "SELECT customer_pk, tag FROM customer_tags
             WHERE customer_pk IN (SELECT value FROM json_each(?1)) ORDER BY customer_pk, position",
        )?;
        let mut rows = stmt.query([&list])?;
        while let Some(r) = rows.next()? {
            if let Some(c) = customers.get_mut(&r.get::<_, i64>(0)?) {
                c.tags.push(r.get(1)?);
            }
        }
        Ok(customers)
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
        for (sql, tail) in [
            (
                "DELETE FROM customer_phones WHERE customer_pk = ?1 AND position >= ?2",
                kept.phones,
            ),
            (
                "DELETE FROM customer_emails WHERE customer_pk = ?1 AND position >= ?2",
                kept.emails,
            ),
            (
                "DELETE FROM customer_tags WHERE customer_pk = ?1 AND position >= ?2",
                kept.tags,
            ),
        ] {
            if tail.delete {
                self.prepare_cached(sql)?.execute(params![pk, tail.from])?;
            }
        }
        for (kind, tail) in ITEM_KINDS.into_iter().zip(kept.items) {
            if tail.delete {
                self.prepare_cached(
                    "DELETE FROM customer_items WHERE customer_pk = ?1 AND kind = ?2 AND position >= ?3",
                )?
                .execute(params![pk, kind, tail.from])?;
            }
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
            concat!(
                "UPDATE customers SET deleted_at = ?2, ",
                edited!(),
                " WHERE pk = ?1"
            ),
            params![pk, now],
        )?;
        Ok(())
    }

    fn take_out_of_trash(&mut self, pk: i64) -> Result<()> {
        self.execute(
            concat!(
                "UPDATE customers SET deleted_at = NULL, ",
                edited!(),
                " WHERE pk = ?1"
            ),
            [pk],
        )?;
        Ok(())
    }

    fn trashed_customers(&mut self) -> Result<Vec<TrashedCustomer>> {
        Ok(self
            .prepare(
                "SELECT id, full_name, preferred_name, company, deleted_at FROM customers
                 WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, pk DESC",
            )?
            .query_map([], trashed_row)?
            .collect::<rusqlite::Result<_>>()?)
    }

    fn empty_trash(&mut self) -> Result<u32> {
        // Live entries of trashed customers are still in the entry index;
        // their rows must go before the entries do.
        self.execute(
            "DELETE FROM search_entries WHERE rowid IN (
                SELECT e.pk FROM entries e JOIN customers c ON c.pk = e.customer_pk WHERE c.deleted_at IS NOT NULL)",
            [],
        )?;
        let removed = self.execute("DELETE FROM customers WHERE deleted_at IS NOT NULL", [])?;
        self.execute("DELETE FROM entries WHERE deleted_at IS NOT NULL", [])?;
        Ok(removed as u32)
    }

    fn refresh_last_contact(&mut self, pk: i64) -> Result<()> {
        self.prepare_cached(
            "UPDATE customers SET last_contact_at = (
                SELECT max(c.happened_at) FROM entries e JOIN conversations c ON c.entry_pk = e.pk
                WHERE e.customer_pk = ?1 AND e.kind = 'conversation' AND e.deleted_at IS NULL)
             WHERE pk = ?1",
        )?
        .execute([pk])?;
        self.prepare_cached(
            "UPDATE customers SET touch_amber_at = CASE WHEN touch_ideal_days IS NULL THEN NULL
                ELSE coalesce(last_contact_at, created_at) + touch_ideal_days * ?2 END
             WHERE pk = ?1",
        )?
        .execute(params![pk, DAY_MS])?;
        Ok(())
    }

    fn last_contact(&mut self, pk: i64) -> Result<Option<LastContact>> {
        Ok(self
            .prepare_cached(
                "SELECT touch_ideal_days, touch_longest_days,
                    coalesce(last_contact_at, created_at) AS since
                 FROM customers WHERE pk = ?1",
            )?
            .query_row([pk], |r| {
                Ok(LastContact {
                    ideal_days: r.get("touch_ideal_days")?,
                    longest_days: r.get("touch_longest_days")?,
                    since: r.get("since")?,
                })
            })
            .optional()?)
    }

    fn entries_on_record(&mut self, pk: i64) -> Result<EntriesOnRecord> {
        let mut on_record = EntriesOnRecord::default();
        let mut stmt = self.prepare_cached(
            "SELECT pk, id, kind, deleted_at IS NOT NULL AS trashed FROM entries
             WHERE customer_pk = ?1 ORDER BY created_at, pk",
        )?;
        let mut rows = stmt.query([pk])?;
        while let Some(r) = rows.next()? {
            let entry: i64 = r.get("pk")?;
            match r.get::<_, String>("kind")?.as_str() {
                "issue" => on_record.issues.push(entry),
                "promise" => on_record.promises.push(entry),
                "follow_up" => on_record.follow_ups.push(entry),
                _ => {}
            }
            if r.get("trashed")? {
                on_record.in_trash.push(r.get("id")?);
            }
        }
        Ok(on_record)
    }

    fn conversations_on_record(&mut self, pk: i64) -> Result<Vec<Conversation>> {
        Ok(self
            .prepare_cached(&format!(
                "{CONVERSATION_SELECT} WHERE e.customer_pk = ?1 ORDER BY c.happened_at, e.pk"
            ))?
            .query_map([pk], conversation_row)?
            .collect::<rusqlite::Result<_>>()?)
    }

    fn trashed_duplicates_of(&mut self, pk: i64) -> Result<Vec<i64>> {
        Ok(self
            .prepare(
                "WITH RECURSIVE merged(pk) AS (
                     SELECT ?1
                     UNION
                     SELECT m.merged_pk FROM merges m
                     JOIN merged ON m.kept_pk = merged.pk
                     JOIN customers c ON c.pk = m.merged_pk
                     WHERE m.undone_at IS NULL AND c.deleted_at IS NOT NULL
                 )
                 SELECT pk FROM merged WHERE pk != ?1",
            )?
            .query_map([pk], |r| r.get("pk"))?
            .collect::<rusqlite::Result<_>>()?)
    }

    fn delete_customer(&mut self, pk: i64) -> Result<()> {
        // Every other table refers to customers or entries with ON DELETE
        // CASCADE (or SET NULL), and foreign keys are on: this one delete
        // takes the entries, their detail rows, events and reminders, and
        // the profile's phones, emails, items and tags.
        self.execute("DELETE FROM customers WHERE pk = ?1", [pk])?;
        Ok(())
    }

    fn start_erasing(&mut self) -> Result<DeleteMode> {
        // SQLite normally only marks deleted rows as free space;
        // `secure_delete` overwrites them with zeros (a setting of the
        // connection, so it is put back after).
        let before: i64 = self.pragma_query_value(None, "secure_delete", |r| r.get(0))?;
        self.pragma_update(None, "secure_delete", 1)?;
        Ok(DeleteMode(before))
    }

    fn end_erasing(&mut self, before: DeleteMode) -> Result<()> {
        self.pragma_update(None, "secure_delete", before.0)?;
        Ok(())
    }

    fn rebuild_file(&mut self) {
        // Best effort: the customer is already forgotten.
        let _ = self.execute_batch("VACUUM");
        // Earlier versions of the pages also sit in the write-ahead log
        // until it is checkpointed and emptied.
        let _ = self.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
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
/// to `row`; returns its key.
fn write_profile(
    conn: &rusqlite::Connection,
    row: Target<'_>,
    valid: &ValidCustomer,
    kept: Kept,
    now: Millis,
) -> Result<i64> {
    let c = &valid.input;
    // Profile edits never move the last contact, only the ideal gap after
    // it (see `refresh_last_contact` for the same rule).
    if let (Target::Existing(pk), true) = (row, kept.same_keys) {
        // Only the columns no index covers: SQLite rewrites an index's
        // entries whenever a column it covers is set, even to its value.
        conn.prepare_cached(concat!(
            "UPDATE customers SET pronunciation = ?2, pronouns = ?3, company = ?4, address = ?5,
                    contact_channel = ?6, best_time = ?7, notes = ?8, looked_after_by = ?9,
                    updated_at = ?10, language = ?11, ",
            edited!(),
            " WHERE pk = ?1"
        ))?
        .execute(params![
            pk,
            c.pronunciation,
            c.pronouns,
            c.company,
            c.address,
            c.contact_channel.as_str(),
            c.best_time,
            c.notes,
            c.looked_after_by,
            now,
            c.language,
        ])?;
        return write_lists(conn, pk, valid, kept);
    }
    let (sql, key) = match row {
        Target::New(id) => (
            "INSERT INTO customers(id, full_name, preferred_name, pronunciation, pronouns, company,
                address, birthday_year, birthday_month, birthday_day, contact_channel, best_time, notes,
                looked_after_by, updated_at, touch_ideal_days, touch_longest_days, full_key,
                preferred_key, touch_amber_at, created_at, language)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,
                ?19, CASE WHEN ?16 IS NULL THEN NULL ELSE ?15 + ?16 * ?20 END, ?15, ?21)",
            rusqlite::types::Value::Text(id.to_owned()),
        ),
        Target::Existing(pk) => (
            concat!(
                "UPDATE customers SET full_name = ?2, preferred_name = ?3, pronunciation = ?4, pronouns = ?5,
                    company = ?6, address = ?7, birthday_year = ?8, birthday_month = ?9, birthday_day = ?10,
                    contact_channel = ?11, best_time = ?12, notes = ?13, looked_after_by = ?14, updated_at = ?15,
                    touch_ideal_days = ?16, touch_longest_days = ?17, full_key = ?18, preferred_key = ?19,
                    touch_amber_at = CASE WHEN ?16 IS NULL THEN NULL
                        ELSE coalesce(last_contact_at, created_at) + ?16 * ?20 END, language = ?21, ",
                edited!(),
                " WHERE pk = ?1"
            ),
            rusqlite::types::Value::Integer(pk),
        ),
    };
    conn.prepare_cached(sql)?.execute(params![
        key,
        c.full_name,
        c.preferred_name,
        c.pronunciation,
        c.pronouns,
        c.company,
        c.address,
        c.birthday.and_then(|b| b.year),
        c.birthday.map(|b| b.month),
        c.birthday.map(|b| b.day),
        c.contact_channel.as_str(),
        c.best_time,
        c.notes,
        c.looked_after_by,
        now,
        c.stay_in_touch.map(|s| s.ideal_days),
        c.stay_in_touch.map(|s| s.longest_days),
        fold(&c.full_name),
        fold(&c.preferred_name),
        DAY_MS,
        c.language,
    ])?;
    let pk = match row {
        Target::New(_) => conn.last_insert_rowid(),
        Target::Existing(pk) => pk,
    };
    write_lists(conn, pk, valid, kept)
}

/// Writes the phone, email, list and tag rows of the customer `pk` that
/// `kept` does not keep; returns `pk`.
fn write_lists(
    conn: &rusqlite::Connection,
    pk: i64,
    valid: &ValidCustomer,
    kept: Kept,
) -> Result<i64> {
    let c = &valid.input;
    // Each statement is only looked up when it has rows to write.
    if valid.phones.len() > kept.phones.from {
        let mut phone = conn.prepare_cached(
            "INSERT INTO customer_phones(customer_pk, position, label, number, e164, is_primary, digits_rev)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?;
        for (i, p) in valid.phones.iter().enumerate().skip(kept.phones.from) {
            let digits_rev = phone::reversed(&phone::index_digits(&p.number, p.e164.as_deref()));
            phone.execute(params![
                pk,
                i,
                p.label,
                p.number,
                // The column predates numbers without an E.164 form.
                p.e164.as_deref().unwrap_or(""),
                p.primary,
                digits_rev
            ])?;
        }
    }
    if c.emails.len() > kept.emails.from {
        let mut email = conn.prepare_cached(
            "INSERT INTO customer_emails(customer_pk, position, label, address, is_primary)
             VALUES (?1, ?2, ?3, ?4, ?5)",
        )?;
        for (i, e) in c.emails.iter().enumerate().skip(kept.emails.from) {
            email.execute(params![pk, i, e.label, e.address, e.primary])?;
        }
    }
    let lists = [&c.dont, &c.preferences, &c.remember];
    for ((kind, items), tail) in ITEM_KINDS.into_iter().zip(lists).zip(kept.items) {
        if items.len() > tail.from {
            let mut item = conn.prepare_cached(
                "INSERT INTO customer_items(customer_pk, kind, position, text) VALUES (?1, ?2, ?3, ?4)",
            )?;
            for (i, text) in items.iter().enumerate().skip(tail.from) {
                item.execute(params![pk, kind, i, text])?;
            }
        }
    }
    if c.tags.len() > kept.tags.from {
        let mut tag = conn.prepare_cached(
            "INSERT INTO customer_tags(customer_pk, position, tag) VALUES (?1, ?2, ?3)",
        )?;
        for (i, t) in c.tags.iter().enumerate().skip(kept.tags.from) {
            tag.execute(params![pk, i, t])?;
        }
    }
    Ok(pk)
}

/// The columns [`customer_row`] reads, in its order. Read by position: an
/// import reads one profile per contact it updates.
const CUSTOMER_COLUMNS: &str = "id, full_name, preferred_name, pronunciation, pronouns, company,
    address, birthday_year, birthday_month, birthday_day, contact_channel, best_time, notes,
    looked_after_by, created_at, updated_at, deleted_at, touch_ideal_days, touch_longest_days,
    version, language";

/// The position of `pk` when it follows [`CUSTOMER_COLUMNS`].
const CUSTOMER_PK: usize = 21;

/// A `customers` row read as [`CUSTOMER_COLUMNS`], its lists empty.
fn customer_row(r: &Row<'_>) -> rusqlite::Result<Customer> {
    let month: Option<u8> = r.get(8)?;
    let day: Option<u8> = r.get(9)?;
    Ok(Customer {
        id: r.get(0)?,
        full_name: r.get(1)?,
        preferred_name: r.get(2)?,
        pronunciation: r.get(3)?,
        pronouns: r.get(4)?,
        company: r.get(5)?,
        address: r.get(6)?,
        birthday: month.zip(day).map(|(month, day)| Birthday {
            year: r.get(7).ok().flatten(),
            month,
            day,
        }),
        contact_channel: ContactChannel::parse(&r.get::<_, String>(10)?),
        best_time: r.get(11)?,
        language: r.get(20)?,
        notes: r.get(12)?,
        looked_after_by: r.get(13)?,
        created_at: r.get(14)?,
        updated_at: r.get(15)?,
        deleted_at: r.get(16)?,
        version: r.get(19)?,
        stay_in_touch: r
            .get::<_, Option<u32>>(17)?
            .zip(r.get::<_, Option<u32>>(18)?)
            .map(|(ideal_days, longest_days)| StayInTouch {
                ideal_days,
                longest_days,
            }),
        phones: Vec::new(),
        emails: Vec::new(),
        dont: Vec::new(),
        preferences: Vec::new(),
        remember: Vec::new(),
        tags: Vec::new(),
    })
}

/// A `customer_phones` row read as `customer_pk, label, number, e164,
/// is_primary`.
fn phone_row(r: &Row<'_>) -> rusqlite::Result<Phone> {
    Ok(Phone {
        label: r.get(1)?,
        number: r.get(2)?,
        // Stored empty when the number has no E.164 form.
        e164: Some(r.get::<_, String>(3)?).filter(|e| !e.is_empty()),
        primary: r.get(4)?,
    })
}

/// A `customer_emails` row read as `customer_pk, label, address, is_primary`.
fn email_row(r: &Row<'_>) -> rusqlite::Result<EmailInput> {
    Ok(EmailInput {
        label: r.get(1)?,
        address: r.get(2)?,
        primary: r.get(3)?,
    })
}

/// A `customers` row in Trash read as `id, full_name, preferred_name,
/// company, deleted_at`.
fn trashed_row(r: &Row<'_>) -> rusqlite::Result<TrashedCustomer> {
    Ok(TrashedCustomer {
        id: r.get("id")?,
        full_name: r.get("full_name")?,
        preferred_name: r.get("preferred_name")?,
        company: r.get("company")?,
        deleted_at: r.get("deleted_at")?,
    })
}
