//! Saved lists: a filter kept with a name, shown in the navigation with
//! its live count. Deleting one keeps it aside so Undo can bring it back.
//!
//! `saved_lists()` counts each list with one statement: the cost is one
//! count per list (see the list's count in `benches/lists.rs`).

use uuid::Uuid;

use crate::error::{Error, Result};
use crate::rules::fold::fold;
use crate::rules::list_model::{CustomerFilter, ImportRecord, ListSort, SavedList, SavedListInput};
use crate::store::{SavedListFields, SavedListRow, Tx, Versioned};
use crate::use_cases::lists::{check_ids, filter_at};
use crate::use_cases::notebook::Notebook;
use crate::use_cases::versions;

/// The longest name a saved list may have, in characters.
pub const MAX_LIST_NAME: usize = 100;

/// What the person calls a list ("list" in the conflict message).
const THING: &str = "list";

impl Notebook {
    /// Every saved list (not deleted), by name, each with how many
    /// customers match it now.
    pub fn saved_lists(&self) -> Result<Vec<SavedList>> {
        let now = self.now();
        let mut tx = self.read()?;
        let rows = tx.saved_list_rows()?;
        rows.into_iter()
            .map(|row| with_count(&mut *tx, row, now))
            .collect()
    }

    /// Saves a new list; a name another list has (case does not matter)
    /// is refused beside the name field.
    pub fn create_saved_list(&mut self, input: &SavedListInput) -> Result<SavedList> {
        let now = self.now();
        let (name, name_key) = checked_name(input)?;
        let (filter, sort) = as_json(input)?;
        let mut tx = self.write()?;
        refuse_taken(&mut *tx, &name_key, None)?;
        let id = Uuid::now_v7().to_string();
        let fields = SavedListFields {
            name: &name,
            name_key: &name_key,
            filter: &filter,
            sort: &sort,
        };
        tx.insert_saved_list(&id, fields, now)?;
        let list = saved(&mut *tx, &id, now)?;
        tx.commit()?;
        Ok(list)
    }

    /// Renames a list or changes its filter, from the `version` it was
    /// read at ([`crate::Error::Conflict`] when someone changed it first).
    pub fn update_saved_list(
        &mut self,
        id: &str,
        version: i64,
        input: &SavedListInput,
    ) -> Result<SavedList> {
        let now = self.now();
        let (name, name_key) = checked_name(input)?;
        let (filter, sort) = as_json(input)?;
        let mut tx = self.write()?;
        let row = live_row(&mut *tx, id)?;
        versions::expect(&mut *tx, Versioned::SavedList, THING, row.pk, version)?;
        refuse_taken(&mut *tx, &name_key, Some(id))?;
        let fields = SavedListFields {
            name: &name,
            name_key: &name_key,
            filter: &filter,
            sort: &sort,
        };
        tx.update_saved_list(row.pk, fields, now)?;
        let list = saved(&mut *tx, id, now)?;
        tx.commit()?;
        Ok(list)
    }

    /// Deletes a list (kept aside for [`Notebook::restore_saved_list`]).
    pub fn delete_saved_list(&mut self, id: &str, version: i64) -> Result<()> {
        let now = self.now();
        let mut tx = self.write()?;
        let row = live_row(&mut *tx, id)?;
        versions::expect(&mut *tx, Versioned::SavedList, THING, row.pk, version)?;
        tx.set_saved_list_deleted(row.pk, Some(now), now)?;
        tx.commit()
    }

    /// Brings a deleted list back, as it was. Refused beside the name when
    /// another list took its name meanwhile; a list not deleted is
    /// returned as it is.
    pub fn restore_saved_list(&mut self, id: &str) -> Result<SavedList> {
        let now = self.now();
        let mut tx = self.write()?;
        let row = tx
            .saved_list_by_id(id)?
            .ok_or_else(|| Error::NotFound { id: id.to_owned() })?;
        if row.deleted_at.is_some() {
            versions::hold(&mut *tx, Versioned::SavedList, row.pk)?;
            refuse_taken(&mut *tx, &fold(&row.name), Some(id))?;
            tx.set_saved_list_deleted(row.pk, None, now)?;
        }
        let list = saved(&mut *tx, id, now)?;
        tx.commit()?;
        Ok(list)
    }

    /// Every import that added customers, newest first (for the "from an
    /// import" filter).
    pub fn imports(&self) -> Result<Vec<ImportRecord>> {
        self.read()?.import_records()
    }
}

/// The trimmed name and its key; refused beside "name" when empty or too
/// long.
fn checked_name(input: &SavedListInput) -> Result<(String, String)> {
    let name = input.name.trim().to_owned();
    if name.is_empty() {
        return Err(Error::invalid(
            "name",
            kindly_words::say("lists-name-required"),
        ));
    }
    if name.chars().count() > MAX_LIST_NAME {
        return Err(Error::invalid(
            "name",
            kindly_words::say_with(
                "lists-name-too-long",
                &kindly_words::args! { "max" => MAX_LIST_NAME },
            ),
        ));
    }
    check_ids(&input.filter.customer_ids)?;
    // A name of punctuation alone folds to nothing: its key is itself.
    let key = match fold(&name) {
        k if k.is_empty() => name.to_lowercase(),
        k => k,
    };
    Ok((name, key))
}

/// The filter and sort as stored.
fn as_json(input: &SavedListInput) -> Result<(String, String)> {
    Ok((
        serde_json::to_string(&input.filter).map_err(Error::unreadable_record)?,
        serde_json::to_string(&input.sort).map_err(Error::unreadable_record)?,
    ))
}

/// Refuses `name_key` when a list other than `except` has it.
fn refuse_taken(tx: &mut dyn Tx, name_key: &str, except: Option<&str>) -> Result<()> {
    match tx.saved_list_named(name_key)? {
        Some(other) if Some(other.as_str()) != except => Err(Error::invalid(
            "name",
            kindly_words::say("lists-name-taken"),
        )),
        _ => Ok(()),
    }
}

/// The list `id`, not deleted.
fn live_row(tx: &mut dyn Tx, id: &str) -> Result<SavedListRow> {
    tx.saved_list_by_id(id)?
        .filter(|row| row.deleted_at.is_none())
        .ok_or_else(|| Error::NotFound { id: id.to_owned() })
}

/// The list `id` as it is now in `tx`, with its count.
fn saved(tx: &mut dyn Tx, id: &str, now: i64) -> Result<SavedList> {
    let row = tx
        .saved_list_by_id(id)?
        .ok_or_else(|| Error::NotFound { id: id.to_owned() })?;
    with_count(tx, row, now)
}

/// `row` read, with how many customers its filter matches at `now`.
fn with_count(tx: &mut dyn Tx, row: SavedListRow, now: i64) -> Result<SavedList> {
    let filter: CustomerFilter =
        serde_json::from_str(&row.filter).map_err(Error::unreadable_record)?;
    let sort: ListSort = serde_json::from_str(&row.sort).map_err(Error::unreadable_record)?;
    let at = filter_at(tx, &filter, now)?;
    let count = tx.count_listed(at)?;
    Ok(SavedList {
        id: row.id,
        name: row.name,
        filter,
        sort,
        count,
        version: row.version,
    })
}
