//! Creating, reading, saving, trashing and restoring customer profiles.

pub(crate) mod changes;
pub(crate) mod record;
pub(crate) mod search;
pub(crate) mod touch;

use uuid::Uuid;

use crate::error::{Error, Result};
use crate::rules::changes::{FieldChange, CREATED, TRASH};
use crate::rules::model::{Birthday, Customer, CustomerInput, TrashedCustomer};
use crate::rules::validate::{self, ValidCustomer};
use crate::store::{Rows, Scope, Texts, Tx, Versioned};
use crate::use_cases::follow_ups;
use crate::use_cases::notebook::Notebook;
use crate::use_cases::versions;

impl Notebook {
    /// Validates and saves a new customer; returns it as stored.
    pub fn create_customer(&mut self, input: &CustomerInput) -> Result<Customer> {
        let valid = validate::customer(input, &self.phone_region()?)?;
        let now = self.now();
        let mut tx = self.write()?;
        let (id, pk) = insert(&mut *tx, &valid, now, Words::Now)?;
        let created = FieldChange::event(CREATED, "", &valid.input.full_name);
        changes::record(&mut *tx, &[(pk, created)], now)?;
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
        let mut tx = self.write()?;
        let mut ids = Vec::with_capacity(valid.len());
        let mut pks = Vec::with_capacity(valid.len());
        for customer in &valid {
            let (id, pk) = insert(&mut *tx, customer, now, Words::Later)?;
            ids.push(id);
            pks.push(pk);
        }
        for (pk, customer) in pks.into_iter().zip(&valid) {
            tx.insert_search_rows(pk, &Texts::of(&customer.input), Rows::All)?;
        }
        tx.commit()?;
        Ok(ids)
    }

    /// Validates and saves changes to a live customer, made to the profile
    /// as it was at `version`; returns it as stored. [`Error::Conflict`]
    /// when someone saved it since.
    pub fn update_customer(
        &mut self,
        id: &str,
        version: i64,
        input: &CustomerInput,
    ) -> Result<Customer> {
        let valid = validate::customer(input, &self.phone_region()?)?;
        let now = self.now();
        let mut tx = self.write()?;
        let pk = tx.customer_pk(id, Scope::Live)?;
        versions::expect(&mut *tx, Versioned::Customer, "customer", pk, version)?;
        let before = tx.customer_by_pk(pk)?;
        rewrite(&mut *tx, pk, None, &valid, now, Words::Now)?;
        changes::record_profile(&mut *tx, pk, &before, &valid.input, now)?;
        tx.commit()?;
        self.customer(id)
    }

    /// The customer with this id, live or in Trash.
    pub fn customer(&self, id: &str) -> Result<Customer> {
        let mut tx = self.read()?;
        let pk = tx.customer_pk(id, Scope::Any)?;
        tx.customer_by_pk(pk)
    }

    /// Moves a live customer to Trash. They disappear from lookup but keep
    /// every detail until Trash is emptied.
    pub fn trash_customer(&mut self, id: &str) -> Result<()> {
        let now = self.now();
        let mut tx = self.write()?;
        let pk = tx.customer_pk(id, Scope::Live)?;
        tx.put_in_trash(pk, now)?;
        tx.remove_search_rows(pk, Rows::All)?;
        let trashed = FieldChange::event(TRASH, "", "moved to Trash");
        changes::record(&mut *tx, &[(pk, trashed)], now)?;
        tx.commit()?;
        Ok(())
    }

    /// Brings a customer back from Trash, exactly as they were.
    pub fn restore_customer(&mut self, id: &str) -> Result<()> {
        let now = self.now();
        let mut tx = self.write()?;
        let pk = tx.customer_pk(id, Scope::Trashed)?;
        tx.take_out_of_trash(pk)?;
        tx.reindex_customer(pk)?;
        let restored = FieldChange::event(TRASH, "in Trash", "restored");
        changes::record(&mut *tx, &[(pk, restored)], now)?;
        tx.commit()?;
        Ok(())
    }

    /// Customers in Trash, most recently deleted first.
    pub fn trash(&self) -> Result<Vec<TrashedCustomer>> {
        self.read()?.trashed_customers()
    }

    /// Deletes everything in Trash for good (customers with all their
    /// history, and trashed conversations, issues and promises); returns how
    /// many customers.
    /// The UI asks for confirmation first: this cannot be undone.
    pub fn empty_trash(&mut self) -> Result<u32> {
        let mut tx = self.write()?;
        let removed = tx.empty_trash()?;
        tx.commit()?;
        Ok(removed)
    }
}

/// When a write refreshes the customer's full-text rows.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Words {
    /// As part of the write.
    Now,
    /// Later in the same transaction, by the caller, with
    /// [`crate::store::SearchIndex::insert_search_rows`] (see there for
    /// why a bulk write does all of them last).
    Later,
}

/// Inserts a new customer with a fresh UUID v7, with their birthday
/// reminder; returns its id and key.
pub(crate) fn insert(
    tx: &mut dyn Tx,
    valid: &ValidCustomer,
    now: i64,
    words: Words,
) -> Result<(String, i64)> {
    let id = Uuid::now_v7().to_string();
    let pk = tx.insert_customer(&id, valid, now)?;
    // A new customer has no birthday reminder yet.
    if let Some(day) = day_of(valid.input.birthday) {
        follow_ups::start_birthday(tx, pk, day, now)?;
    }
    if words == Words::Now {
        tx.insert_search_rows(pk, &Texts::of(&valid.input), Rows::All)?;
    }
    Ok((id, pk))
}

/// Replaces every profile field of the customer `pk` with `valid`, and
/// keeps their birthday reminder in step. With `before`, the customer as
/// read earlier in the same transaction, rows that already hold what
/// would be written are left as they are (an import mostly appends).
pub(crate) fn rewrite(
    tx: &mut dyn Tx,
    pk: i64,
    before: Option<&Customer>,
    valid: &ValidCustomer,
    now: i64,
    words: Words,
) -> Result<()> {
    tx.rewrite_customer(pk, valid, before, now)?;
    // One whose birthday stays the same has a reminder in step already.
    let day = day_of(valid.input.birthday);
    if before.is_none_or(|b| day_of(b.birthday) != day) {
        follow_ups::keep_birthday_as(tx, pk, day, now)?;
    }
    if words == Words::Now {
        tx.remove_search_rows(pk, Rows::All)?;
        tx.insert_search_rows(pk, &Texts::of(&valid.input), Rows::All)?;
    }
    Ok(())
}

/// The month and day a birthday reminder follows.
fn day_of(birthday: Option<Birthday>) -> Option<(u8, u8)> {
    birthday.map(|b| (b.month, b.day))
}

// Transitional shims (#21): the old functions, for other groups' code that
// still holds a `&Connection`. Each delegates to the code above.
