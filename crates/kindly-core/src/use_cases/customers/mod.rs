//! Creating, reading, saving, trashing and restoring customer profiles.

pub(crate) mod record;
pub(crate) mod search;
pub(crate) mod touch;

use rusqlite::{params, Connection, OptionalExtension, Row};
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::rules::fold::fold;
use crate::rules::model::{
    Birthday, ContactChannel, Customer, CustomerInput, EmailInput, Phone, StayInTouch,
    TrashedCustomer,
};
use crate::rules::phone;
use crate::rules::validate::{self, ValidCustomer};
use crate::store::sqlite::index;
use crate::use_cases::follow_ups;
use crate::use_cases::notebook::Notebook;

/// Which customers a lookup by id may return.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scope {
    Live,
    Trashed,
    Any,
}

impl Notebook {
    /// Validates and saves a new customer; returns it as stored.
    pub fn create_customer(&mut self, input: &CustomerInput) -> Result<Customer> {
        let valid = validate::customer(input, &self.phone_region()?)?;
        let now = self.now();
        let tx = self.conn.transaction()?;
        let (id, _) = insert_customer(&tx, &valid, now, Words::Now)?;
        tx.commit()?;
        self.customer(&id)
    }

    /// Validates and saves many new customers in one transaction: either all
    /// are saved or, if any is invalid, none is. Returns their ids in order.
    /// A validation error's field is prefixed with the row, e.g. `3.full_name`.
    pub fn create_customers(&mut self, inputs: &[CustomerInput]) -> Result<Vec<String>> {
        let region = self.phone_region()?;
        let valid = inputs
            .iter()
            .enumerate()
            .map(|(row, input)| {
                validate::customer(input, &region).map_err(|err| match err {
                    Error::Invalid { field, message } => {
                        Error::invalid(format!("{row}.{field}"), message)
                    }
                    other => other,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let now = self.now();
        let tx = self.conn.transaction()?;
        let mut ids = Vec::with_capacity(valid.len());
        let mut pks = Vec::with_capacity(valid.len());
        for customer in &valid {
            let (id, pk) = insert_customer(&tx, customer, now, Words::Later)?;
            ids.push(id);
            pks.push(pk);
        }
        for (pk, customer) in pks.into_iter().zip(&valid) {
            index::insert_words(&tx, pk, &customer.input)?;
        }
        tx.commit()?;
        Ok(ids)
    }

    /// Validates and saves changes to a live customer; returns it as stored.
    pub fn update_customer(&mut self, id: &str, input: &CustomerInput) -> Result<Customer> {
        let valid = validate::customer(input, &self.phone_region()?)?;
        let now = self.now();
        let tx = self.conn.transaction()?;
        let pk = pk_of(&tx, id, Scope::Live)?;
        replace_profile(&tx, pk, &valid, now, Words::Now)?;
        tx.commit()?;
        self.customer(id)
    }

    /// The customer with this id, live or in Trash.
    pub fn customer(&self, id: &str) -> Result<Customer> {
        let pk = pk_of(&self.conn, id, Scope::Any)?;
        read_customer(&self.conn, pk)
    }

    /// Moves a live customer to Trash. They disappear from lookup but keep
    /// every detail until Trash is emptied.
    pub fn trash_customer(&mut self, id: &str) -> Result<()> {
        let now = self.now();
        let tx = self.conn.transaction()?;
        let pk = pk_of(&tx, id, Scope::Live)?;
        tx.execute(
            "UPDATE customers SET deleted_at = ?2 WHERE pk = ?1",
            params![pk, now],
        )?;
        index::remove_words(&tx, pk)?;
        tx.commit()?;
        Ok(())
    }

    /// Brings a customer back from Trash, exactly as they were.
    pub fn restore_customer(&mut self, id: &str) -> Result<()> {
        let tx = self.conn.transaction()?;
        let pk = pk_of(&tx, id, Scope::Trashed)?;
        tx.execute("UPDATE customers SET deleted_at = NULL WHERE pk = ?1", [pk])?;
        index::reindex_customer(&tx, pk)?;
        tx.commit()?;
        Ok(())
    }

    /// Customers in Trash, most recently deleted first.
    pub fn trash(&self) -> Result<Vec<TrashedCustomer>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, full_name, preferred_name, company, deleted_at FROM customers
             WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, pk DESC",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(TrashedCustomer {
                id: r.get(0)?,
                full_name: r.get(1)?,
                preferred_name: r.get(2)?,
                company: r.get(3)?,
                deleted_at: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Deletes everything in Trash for good (customers with all their
    /// history, and trashed conversations, issues and promises); returns how
    /// many customers.
    /// The UI asks for confirmation first: this cannot be undone.
    pub fn empty_trash(&mut self) -> Result<u32> {
        let tx = self.conn.transaction()?;
        // Live entries of trashed customers are still in the entry index;
        // their rows must go before the entries do.
        tx.execute(
            "DELETE FROM search_entries WHERE rowid IN (
                SELECT e.pk FROM entries e JOIN customers c ON c.pk = e.customer_pk WHERE c.deleted_at IS NOT NULL)",
            [],
        )?;
        let removed = tx.execute("DELETE FROM customers WHERE deleted_at IS NOT NULL", [])?;
        tx.execute("DELETE FROM entries WHERE deleted_at IS NOT NULL", [])?;
        tx.commit()?;
        Ok(removed as u32)
    }
}

/// The primary key of the customer `id` in `scope`; `NotFound` otherwise,
/// including for text that is not an id at all.
pub(crate) fn pk_of(conn: &Connection, id: &str, scope: Scope) -> Result<i64> {
    let not_found = || Error::NotFound { id: id.to_owned() };
    if Uuid::parse_str(id).is_err() {
        return Err(not_found());
    }
    let found: Option<(i64, bool)> = conn
        .prepare_cached("SELECT pk, deleted_at IS NOT NULL FROM customers WHERE id = ?1")?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    match (found, scope) {
        (Some((pk, false)), Scope::Live | Scope::Any)
        | (Some((pk, true)), Scope::Trashed | Scope::Any) => Ok(pk),
        _ => Err(not_found()),
    }
}

/// When a write refreshes the customer's full-text rows.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Words {
    /// As part of the write.
    Now,
    /// Later in the same transaction, by the caller, with
    /// [`index::insert_words`] (see there for why a bulk write does all of
    /// them last).
    Later,
}

/// Replaces every profile field of the customer `pk` with `valid`.
pub(crate) fn replace_profile(
    conn: &Connection,
    pk: i64,
    valid: &ValidCustomer,
    now: i64,
    words: Words,
) -> Result<()> {
    rewrite_profile(conn, pk, valid, Kept::NOTHING, now)?;
    if words == Words::Now {
        index::remove_words(conn, pk)?;
        index::insert_words(conn, pk, &valid.input)?;
    }
    Ok(())
}

/// [`replace_profile`] with [`Words::Later`] for a customer the caller read
/// as `before` in the same transaction: phone, email, list and tag rows
/// that already hold what would be written are left as they are (an
/// import mostly appends to these lists).
pub(crate) fn replace_profile_from(
    conn: &Connection,
    pk: i64,
    before: &Customer,
    valid: &ValidCustomer,
    now: i64,
) -> Result<()> {
    rewrite_profile(conn, pk, valid, Kept::between(before, valid), now)
}

fn rewrite_profile(
    conn: &Connection,
    pk: i64,
    valid: &ValidCustomer,
    kept: Kept,
    now: i64,
) -> Result<()> {
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
            conn.prepare_cached(sql)?.execute(params![pk, tail.from])?;
        }
    }
    for (kind, tail) in ITEM_KINDS.into_iter().zip(kept.items) {
        if tail.delete {
            conn.prepare_cached(
                "DELETE FROM customer_items WHERE customer_pk = ?1 AND kind = ?2 AND position >= ?3",
            )?
            .execute(params![pk, kind, tail.from])?;
        }
    }
    write_profile(conn, Target::Existing(pk), valid, kept, now)?;
    Ok(())
}

/// The month and day a birthday reminder follows.
fn day_of(birthday: Option<Birthday>) -> Option<(u8, u8)> {
    birthday.map(|b| (b.month, b.day))
}

/// The `kind` of each list of `customer_items`, in the order of [`Kept::items`].
const ITEM_KINDS: [&str; 3] = ["dont", "preference", "remember"];

/// The stored rows of one child list of a customer (phones, emails, one
/// kind of item, tags) from position `from` on are to be written; the ones
/// before it already hold what would be written. `delete`: some stored rows
/// from `from` on must go first.
#[derive(Clone, Copy)]
struct Tail {
    from: usize,
    delete: bool,
}

impl Tail {
    /// Every row is written, after every stored one is deleted.
    const ALL: Tail = Tail {
        from: 0,
        delete: true,
    };

    /// For a list stored as `before` that is to hold `after`.
    fn between<T: PartialEq>(before: &[T], after: &[T]) -> Tail {
        let from = before.iter().zip(after).take_while(|(b, a)| b == a).count();
        Tail {
            from,
            delete: before.len() > from,
        }
    }
}

/// What a profile write leaves of each child list (see [`Tail`]).
#[derive(Clone, Copy)]
struct Kept {
    phones: Tail,
    emails: Tail,
    /// In the order of [`ITEM_KINDS`].
    items: [Tail; 3],
    tags: Tail,
    /// The birthday is the one stored, so its reminder is already in step.
    birthday: bool,
}

impl Kept {
    /// A new customer, or one whose stored rows are not known.
    const NOTHING: Kept = Kept {
        phones: Tail::ALL,
        emails: Tail::ALL,
        items: [Tail::ALL; 3],
        tags: Tail::ALL,
        birthday: false,
    };

    fn between(before: &Customer, valid: &ValidCustomer) -> Kept {
        let c = &valid.input;
        Kept {
            // The stored E.164 form is compared too: it was computed under
            // the region of its day, a rewrite computes it under today's.
            phones: Tail::between(&before.phones, &valid.phones),
            emails: Tail::between(&before.emails, &c.emails),
            items: [
                Tail::between(&before.dont, &c.dont),
                Tail::between(&before.preferences, &c.preferences),
                Tail::between(&before.remember, &c.remember),
            ],
            tags: Tail::between(&before.tags, &c.tags),
            birthday: day_of(before.birthday) == day_of(c.birthday),
        }
    }
}

/// Inserts a new customer with a fresh UUID v7; returns its id and key.
pub(crate) fn insert_customer(
    conn: &Connection,
    valid: &ValidCustomer,
    now: i64,
    words: Words,
) -> Result<(String, i64)> {
    let id = Uuid::now_v7().to_string();
    let pk = write_profile(conn, Target::New(&id), valid, Kept::NOTHING, now)?;
    if words == Words::Now {
        index::insert_words(conn, pk, &valid.input)?;
    }
    Ok((id, pk))
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
/// to `row`; returns its key. The full-text rows are the caller's (see
/// [`Words`]).
fn write_profile(
    conn: &Connection,
    row: Target<'_>,
    valid: &ValidCustomer,
    kept: Kept,
    now: i64,
) -> Result<i64> {
    let c = &valid.input;
    // Profile edits never move the last contact, only the ideal gap after
    // it (see touch::refresh for the same rule).
    let (sql, key) = match row {
        Target::New(id) => (
            "INSERT INTO customers(id, full_name, preferred_name, pronunciation, pronouns, company,
                address, birthday_year, birthday_month, birthday_day, contact_channel, best_time, notes,
                looked_after_by, updated_at, touch_ideal_days, touch_longest_days, full_key,
                preferred_key, touch_amber_at, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,
                ?19, CASE WHEN ?16 IS NULL THEN NULL ELSE ?15 + ?16 * ?20 END, ?15)",
            rusqlite::types::Value::Text(id.to_owned()),
        ),
        Target::Existing(pk) => (
            "UPDATE customers SET full_name = ?2, preferred_name = ?3, pronunciation = ?4, pronouns = ?5,
                company = ?6, address = ?7, birthday_year = ?8, birthday_month = ?9, birthday_day = ?10,
                contact_channel = ?11, best_time = ?12, notes = ?13, looked_after_by = ?14, updated_at = ?15,
                touch_ideal_days = ?16, touch_longest_days = ?17, full_key = ?18, preferred_key = ?19,
                touch_amber_at = CASE WHEN ?16 IS NULL THEN NULL
                    ELSE coalesce(last_contact_at, created_at) + ?16 * ?20 END
             WHERE pk = ?1",
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
        touch::DAY_MS,
    ])?;
    let (pk, new) = match row {
        Target::New(_) => (conn.last_insert_rowid(), true),
        Target::Existing(pk) => (pk, false),
    };
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
    // A new customer has no birthday reminder yet; one whose birthday
    // stays the same has one in step already.
    match (new, day_of(c.birthday)) {
        (true, Some(day)) => follow_ups::add_birthday(conn, pk, day, now)?,
        (true, None) => {}
        (false, day) if !kept.birthday => follow_ups::sync_birthday_to(conn, pk, day, now)?,
        (false, _) => {}
    }
    Ok(pk)
}

pub(crate) fn read_customer(conn: &Connection, pk: i64) -> Result<Customer> {
    let mut customer = conn
        .prepare_cached(
            "SELECT id, full_name, preferred_name, pronunciation, pronouns, company, address,
                birthday_year, birthday_month, birthday_day, contact_channel, best_time, notes,
                looked_after_by, created_at, updated_at, deleted_at, touch_ideal_days, touch_longest_days
             FROM customers WHERE pk = ?1",
        )?
        .query_row([pk], customer_from_row)?;
    customer.phones = conn
        .prepare_cached(
            "SELECT label, number, e164, is_primary FROM customer_phones WHERE customer_pk = ?1 ORDER BY position",
        )?
        .query_map([pk], |r| {
            Ok(Phone {
                label: r.get(0)?,
                number: r.get(1)?,
                e164: Some(r.get::<_, String>(2)?).filter(|e| !e.is_empty()),
                primary: r.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    customer.emails = conn
        .prepare_cached(
            "SELECT label, address, is_primary FROM customer_emails WHERE customer_pk = ?1 ORDER BY position",
        )?
        .query_map([pk], |r| {
            Ok(EmailInput {
                label: r.get(0)?,
                address: r.get(1)?,
                primary: r.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut items = conn.prepare_cached(
        "SELECT kind, text FROM customer_items WHERE customer_pk = ?1 ORDER BY kind, position",
    )?;
    let rows = items.query_map([pk], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
    })?;
    for row in rows {
        let (kind, text) = row?;
        match kind.as_str() {
            "dont" => customer.dont.push(text),
            "preference" => customer.preferences.push(text),
            _ => customer.remember.push(text),
        }
    }
    customer.tags = conn
        .prepare_cached("SELECT tag FROM customer_tags WHERE customer_pk = ?1 ORDER BY position")?
        .query_map([pk], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(customer)
}

fn customer_from_row(r: &Row<'_>) -> rusqlite::Result<Customer> {
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
        notes: r.get(12)?,
        looked_after_by: r.get(13)?,
        created_at: r.get(14)?,
        updated_at: r.get(15)?,
        deleted_at: r.get(16)?,
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
