//! Bringing parsed contacts into the notebook: matching each one against
//! the customers already there (and the ones before it in the same file),
//! showing what will happen, then writing it all in one transaction.
//!
//! Parsing is [`crate::rules::import`]'s job, matching is [`crate::rules::matching`]'s,
//! combining two profiles is [`crate::rules::combine`]'s; this module decides and
//! writes.
//!
//! Invariants:
//! - [`Notebook::preview_import`] writes nothing.
//! - [`Notebook::import_contacts`] plans again inside its transaction, so
//!   what it writes is exactly what a preview taken at that moment shows,
//!   and it writes all of it or nothing.
//! - A contact that matches a customer and adds nothing is skipped; so
//!   importing the same file twice changes nothing the second time.
//! - Nothing a customer already holds is overwritten (see
//!   [`crate::rules::combine::absorb`]).
//! - Progress is reported as [`Stage::Matching`], [`Stage::Saving`],
//!   [`Stage::Indexing`] and [`Stage::Finishing`] (see
//!   [`crate::rules::progress`]); a cancel noticed before
//!   [`Stage::Finishing`] ends the import with [`Error::Cancelled`] and its
//!   transaction rolled back: nothing was written.

use kindly_words::{args, say_with};
use std::collections::HashMap;
use std::path::Path;

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::rules::changes::FieldChange;
use crate::rules::combine::absorb;
use crate::rules::fold::same_ignoring_case;
use crate::rules::import::{ColumnMap, ImportedContact, Parsed, RowProblem};
use crate::rules::list_model::ImportRecord;
use crate::rules::matching::{Found, Keys, Matcher, Reason};
use crate::rules::model::{Customer, CustomerInput, Millis, Phone};
use crate::rules::parallel;
use crate::rules::progress::{self, NoProgress, Progress, Stage, Steps};
use crate::rules::validate::{self, ValidCustomer, MAX_CONTACTS};
use crate::store::{rows_to_change, Rows, Texts, Tx};
use crate::use_cases::customers::{self, Words};
use crate::use_cases::notebook::Notebook;

/// The most contact rows an [`ImportPreview`] lists (counts are always
/// complete).
pub const PREVIEW_LIMIT: usize = 500;

/// What importing a contact will do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ImportAction {
    /// A new customer.
    Create,
    /// Added to a customer who is already there (or to one created from an
    /// earlier line of the same file).
    Merge,
    /// Already there, nothing new.
    Skip,
}

/// One contact of the file and what will happen to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ImportRow {
    /// The 1-based line where the contact starts in the file.
    pub line: u32,
    /// The contact's name.
    pub name: String,
    /// What the import will do with it.
    pub action: ImportAction,
    /// For a merge or skip: who it matched, e.g. "Rosa Diaz" or "the new
    /// customer from line 4".
    pub matched: Option<String>,
    /// The matched customer's id, when they are already in the notebook.
    pub matched_id: Option<String>,
    /// Why it matched, e.g. "same phone number 07700 900123".
    pub reason: Option<String>,
    /// What a merge adds, e.g. "adds rosa@example.com".
    pub changes: Vec<String>,
    /// What was shortened or left out of this contact.
    pub problems: Vec<String>,
}

/// Everything an import will do, before it is done.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ImportPreview {
    /// Contacts that will become new customers (all of them, not only the rows shown).
    pub create_count: u32,
    /// Contacts that will add something to a customer already there.
    pub merge_count: u32,
    /// Contacts that add nothing new.
    pub skip_count: u32,
    /// The first [`PREVIEW_LIMIT`] contacts, in file order.
    pub rows: Vec<ImportRow>,
    /// Records that cannot be imported at all, with their line numbers.
    pub problems: Vec<RowProblem>,
    /// Remarks about the whole file (e.g. its text encoding).
    pub notes: Vec<String>,
}

/// What an import did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ImportSummary {
    /// New customers made.
    pub created: u32,
    /// Customers something was added to.
    pub merged: u32,
    /// Contacts that added nothing new.
    pub skipped: u32,
    /// Records left out because they could not be read.
    pub left_out: u32,
}

/// Where a contact goes: a customer already in the notebook, or the n-th
/// customer to be created.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Target {
    Existing(i64),
    New(usize),
}

/// A customer the import writes: created, or changed.
struct Draft {
    /// The customer's key and profile as read from the notebook.
    existing: Option<(i64, Customer)>,
    /// Holds only the name of a customer of the notebook, not read yet
    /// (see [`named_draft_for`]); never written.
    unread: bool,
    input: CustomerInput,
    /// When `input` passed validation while planning: its phones as
    /// [`validate::customer`] returned them with it.
    valid_phones: Option<Vec<Phone>>,
    changed: bool,
    /// The line that created it (for new ones).
    line: u32,
}

/// The whole decision for a file.
struct Plan {
    drafts: Vec<Draft>,
    preview: ImportPreview,
}

impl Notebook {
    /// Reads the contacts file at `path` (vCard or CSV, told apart by its
    /// content) under the notebook's phone region; `columns` applies to
    /// CSV files and `None` guesses them.
    pub fn read_contacts_file(&self, path: &Path, columns: Option<ColumnMap>) -> Result<Parsed> {
        crate::rules::import::parse_file(path, columns, &self.phone_region()?)
    }

    /// What importing `parsed` would do now. Writes nothing.
    pub fn preview_import(&self, parsed: &Parsed) -> Result<ImportPreview> {
        self.preview_import_with(parsed, &NoProgress)
    }

    /// [`Notebook::preview_import`], reporting its matching to `progress`;
    /// [`Error::Cancelled`] when `progress` says to stop. Writes nothing.
    pub fn preview_import_with(
        &self,
        parsed: &Parsed,
        progress: &dyn Progress,
    ) -> Result<ImportPreview> {
        let region = self.phone_region()?;
        Ok(plan(&mut *self.read()?, parsed, &region, progress)?.preview)
    }

    /// Imports `parsed` in one transaction: new customers are created and
    /// matching ones receive what they lack; all or nothing.
    pub fn import_contacts(&mut self, parsed: &Parsed) -> Result<ImportSummary> {
        self.import_contacts_with(parsed, &NoProgress)
    }

    /// [`Notebook::import_contacts`], reporting its stages to `progress`.
    /// When `progress` says to stop before [`Stage::Finishing`], the
    /// import ends with [`Error::Cancelled`] and its transaction is rolled
    /// back: the notebook is exactly as it was.
    pub fn import_contacts_with(
        &mut self,
        parsed: &Parsed,
        progress: &dyn Progress,
    ) -> Result<ImportSummary> {
        let region = self.phone_region()?;
        let now = self.now();
        let mut tx = self.write()?;
        let Plan { drafts, preview } = plan(&mut *tx, parsed, &region, progress)?;
        let added = write(&mut *tx, drafts, &region, now, progress)?;
        let record = ImportRecord {
            id: Uuid::now_v7().to_string(),
            file_name: parsed.file_name.clone(),
            at: now,
            added: u32::try_from(added.len()).unwrap_or(u32::MAX),
        };
        tx.record_import(&record, &added)?;
        // The last chance to stop: past it, the import is saved whole.
        progress::check(progress)?;
        progress.stage(Stage::Finishing);
        tx.commit()?;
        let p = &preview;
        Ok(ImportSummary {
            created: p.create_count,
            merged: p.merge_count,
            skipped: p.skip_count,
            left_out: p.problems.len() as u32,
        })
    }
}

fn plan(tx: &mut dyn Tx, parsed: &Parsed, region: &str, progress: &dyn Progress) -> Result<Plan> {
    let mut steps = Steps::start(progress, Stage::Matching, parsed.contacts.len() as u64)?;
    let mut matcher: Matcher<Target> = Matcher::new();
    // The file's keys are worked out while the notebook's are read.
    let (keys, existing) = parallel::beside(
        || {
            let of = |c: &ImportedContact| Keys::of(&c.customer, region);
            parsed.contacts.iter().map(of).collect::<Vec<Keys>>()
        },
        || tx.live_profiles(),
    );
    let existing = Matcher::<i64>::live_customers(existing?, region);
    let in_notebook: Vec<Found<i64>> = keys.iter().map(|k| existing.find(k)).collect();
    let mut loaded = Loaded {
        at: HashMap::new(),
        unread: read_candidates(tx, &in_notebook)?,
    };
    let mut drafts: Vec<Draft> = Vec::new();
    let mut preview = ImportPreview {
        problems: parsed.problems.clone(),
        notes: parsed.notes.clone(),
        ..ImportPreview::default()
    };

    progress::check(progress)?;
    let contacts = parsed.contacts.iter().zip(keys).zip(in_notebook);
    for (n, ((contact, keys), in_notebook)) in contacts.enumerate() {
        steps.at(n as u64)?;
        let in_file = matcher.find(&keys);
        // The stronger reason first; on a tie the file's own earlier
        // contacts, which already hold what they matched in the notebook.
        let mut candidates = in_file.candidates;
        for (pk, why) in in_notebook.candidates {
            if !candidates.iter().any(|(t, _)| *t == Target::Existing(pk)) {
                candidates.push((Target::Existing(pk), why));
            }
        }
        candidates.sort_by_key(|(_, why)| std::cmp::Reverse(why.strength()));
        candidates.truncate(MAX_CANDIDATES);
        let mut indexes = Vec::with_capacity(candidates.len());
        for (target, _) in &candidates {
            indexes.push(draft_for(tx, *target, &mut drafts, &mut loaded)?);
        }
        // One that holds everything the contact has already is the match,
        // so a file imported twice changes nothing the second time; else
        // the strongest (join tells the two apart when there is one).
        let holds_it = |i: &usize| {
            let kept = &drafts[*i].input;
            if adds_an_email(kept, &contact.customer) {
                return false;
            }
            let mut trial = kept.clone();
            !absorb(&mut trial, &contact.customer, region).changed()
        };
        let chosen = match indexes.len() {
            0 => None,
            1 => Some(0),
            _ => Some(indexes.iter().position(holds_it).unwrap_or(0)),
        };
        let row = match chosen {
            Some(at) => join(
                &mut drafts,
                indexes[at],
                contact,
                candidates.swap_remove(at).1,
                region,
                &mut matcher,
                &keys,
            ),
            None => None,
        };
        let shares = in_file.shares.or(in_notebook
            .shares
            .map(|(pk, what)| (Target::Existing(pk), what)));
        let row = match row {
            Some(row) => row,
            None => {
                let mut row = row_for(contact, ImportAction::Create);
                if let Some((target, what)) = shares {
                    let index = named_draft_for(tx, target, &mut drafts, &mut loaded, &existing)?;
                    row.reason = Some(say_with(
                        "import-shares",
                        &args! {
                            "what" => what,
                            "name" => drafts[index].input.full_name.as_str(),
                        },
                    ));
                }
                drafts.push(Draft {
                    existing: None,
                    unread: false,
                    input: contact.customer.clone(),
                    valid_phones: None,
                    changed: true,
                    line: contact.line,
                });
                matcher.insert(&keys, Target::New(drafts.len() - 1));
                row
            }
        };
        match row.action {
            ImportAction::Create => preview.create_count += 1,
            ImportAction::Merge => preview.merge_count += 1,
            ImportAction::Skip => preview.skip_count += 1,
        }
        if preview.rows.len() < PREVIEW_LIMIT {
            preview.rows.push(row);
        }
    }
    steps.finish()?;
    parallel::drop_aside((matcher, existing));
    Ok(Plan { drafts, preview })
}

/// The most customers one contact is compared with.
const MAX_CANDIDATES: usize = 8;

/// The customers of the notebook the plan has drafts of.
struct Loaded {
    /// Each customer's index in the drafts.
    at: HashMap<i64, usize>,
    /// Customers read ahead of their draft (see [`read_candidates`]).
    unread: HashMap<i64, Customer>,
}

/// Every customer of the notebook that may become one of a contact's
/// candidates, read in a few statements instead of one contact at a time
/// (the strongest [`MAX_CANDIDATES`] of each contact's matches in the
/// notebook: the file's own earlier contacts can only push some of them
/// out).
fn read_candidates(tx: &mut dyn Tx, found: &[Found<i64>]) -> Result<HashMap<i64, Customer>> {
    let mut pks: Vec<i64> = Vec::new();
    for f in found {
        let mut strongest: Vec<&(i64, Reason)> = f.candidates.iter().collect();
        strongest.sort_by_key(|(_, why)| std::cmp::Reverse(why.strength()));
        pks.extend(strongest.iter().take(MAX_CANDIDATES).map(|(pk, _)| *pk));
    }
    pks.sort_unstable();
    pks.dedup();
    let mut customers = HashMap::with_capacity(pks.len());
    for chunk in pks.chunks(READ_AHEAD) {
        customers.extend(tx.customers_by_pk(chunk)?);
    }
    Ok(customers)
}

/// How many customers [`read_candidates`] asks the store for at once.
const READ_AHEAD: usize = 5_000;

/// The index in `drafts` of `target`, reading an existing customer into a
/// draft the first time.
fn draft_for(
    tx: &mut dyn Tx,
    target: Target,
    drafts: &mut Vec<Draft>,
    loaded: &mut Loaded,
) -> Result<usize> {
    match target {
        Target::New(i) => Ok(i),
        Target::Existing(pk) => {
            if let Some(&i) = loaded.at.get(&pk) {
                if drafts[i].unread {
                    drafts[i] = read_draft(tx, pk, loaded)?;
                }
                return Ok(i);
            }
            drafts.push(read_draft(tx, pk, loaded)?);
            loaded.at.insert(pk, drafts.len() - 1);
            Ok(drafts.len() - 1)
        }
    }
}

/// An unchanged draft of the customer `pk` as the notebook holds them.
fn read_draft(tx: &mut dyn Tx, pk: i64, loaded: &mut Loaded) -> Result<Draft> {
    let customer = match loaded.unread.remove(&pk) {
        Some(customer) => customer,
        None => tx.customer_by_pk(pk)?,
    };
    Ok(Draft {
        input: customer.to_input(),
        existing: Some((pk, customer)),
        unread: false,
        valid_phones: None,
        changed: false,
        line: 0,
    })
}

/// Like [`draft_for`], for naming `target` only: a customer not read yet
/// gets a draft holding just their name (from `existing`), in the place
/// their full draft would take, so what is written, and in what order,
/// does not change; [`draft_for`] reads them in full there when they
/// become a candidate.
fn named_draft_for(
    tx: &mut dyn Tx,
    target: Target,
    drafts: &mut Vec<Draft>,
    loaded: &mut Loaded,
    existing: &Matcher<i64>,
) -> Result<usize> {
    if let Target::Existing(pk) = target {
        if let (false, Some(name)) = (loaded.at.contains_key(&pk), existing.name_of(pk)) {
            drafts.push(Draft {
                existing: None,
                unread: true,
                input: CustomerInput {
                    full_name: name.to_owned(),
                    ..CustomerInput::default()
                },
                valid_phones: None,
                changed: false,
                line: 0,
            });
            loaded.at.insert(pk, drafts.len() - 1);
            return Ok(drafts.len() - 1);
        }
    }
    draft_for(tx, target, drafts, loaded)
}

/// Adds `contact` to the draft at `index`; `None` when it should be a new
/// customer instead (a shared name alone, and it would add something).
fn join(
    drafts: &mut [Draft],
    index: usize,
    contact: &ImportedContact,
    reason: Reason,
    region: &str,
    matcher: &mut Matcher<Target>,
    keys: &Keys,
) -> Option<ImportRow> {
    let draft = &mut drafts[index];
    if reason == Reason::NameOnly && adds_an_email(&draft.input, &contact.customer) {
        return None;
    }
    let mut trial = draft.input.clone();
    let absorbed = absorb(&mut trial, &contact.customer, region);
    let mut row = row_for(contact, ImportAction::Skip);
    if absorbed.changed() {
        if reason == Reason::NameOnly {
            return None;
        }
        match validate::customer(&trial, region) {
            Ok(valid) => {
                draft.input = valid.input;
                draft.valid_phones = Some(valid.phones);
                draft.changed = true;
                row.action = ImportAction::Merge;
                row.changes = absorbed.changes;
            }
            Err(err) => row.problems.push(say_with(
                "import-nothing-added",
                &args! { "reason" => err.to_string() },
            )),
        }
    }
    row.problems.extend(absorbed.left_out);
    row.reason = Some(reason.describe());
    match &draft.existing {
        Some((_, customer)) => {
            row.matched = Some(draft.input.full_name.clone());
            row.matched_id = Some(customer.id.clone());
        }
        None => {
            row.matched = Some(say_with(
                "import-new-customer-from-line",
                &args! { "line" => draft.line },
            ))
        }
    }
    let target = match &draft.existing {
        Some((pk, _)) => Target::Existing(*pk),
        None => Target::New(index),
    };
    matcher.insert(keys, target);
    Some(row)
}

/// Whether `other` holds an email `kept` has not (ignoring case) while
/// `kept` has room for one: then [`absorb`] of `other` into `kept` surely
/// changes it (it adds that address). A cheap test that spares the copy and
/// the whole comparison for most contacts that are not the candidate's
/// (`false` says nothing).
fn adds_an_email(kept: &CustomerInput, other: &CustomerInput) -> bool {
    kept.emails.len() < MAX_CONTACTS
        && other.emails.iter().any(|e| {
            !kept
                .emails
                .iter()
                .any(|k| same_ignoring_case(&k.address, &e.address))
        })
}

fn row_for(contact: &ImportedContact, action: ImportAction) -> ImportRow {
    ImportRow {
        line: contact.line,
        name: contact.customer.full_name.clone(),
        action,
        matched: None,
        matched_id: None,
        reason: None,
        changes: Vec::new(),
        problems: contact.problems.clone(),
    }
}

/// A changed draft made ready for writing: validated, with the full-text
/// rows and history it brings (worked out beside the writes, see
/// [`write`]).
struct Ready {
    valid: Result<ValidCustomer>,
    existing: Option<(i64, Customer)>,
    /// For a merged customer: the full-text rows whose text changes.
    rows: Option<Rows>,
    texts: Texts,
    history: Vec<(i64, FieldChange)>,
}

/// Validates `draft` (unless planning did) and works out what writing it
/// changes besides its rows. Pure: runs beside SQLite's writes.
fn ready(draft: Draft, region: &str) -> Ready {
    let valid = match draft.valid_phones {
        // Validated when planned (see join).
        Some(phones) => Ok(ValidCustomer {
            input: draft.input,
            phones,
        }),
        // Parsed contacts pass validation (see crate::rules::import); this only
        // guards the invariant.
        None => validate::customer(&draft.input, region).map_err(|err| match err {
            Error::Invalid { message, .. } => Error::invalid(
                "file",
                say_with(
                    "import-could-not-import",
                    &args! {
                        "name" => draft.input.full_name.as_str(),
                        "message" => message,
                    },
                ),
            ),
            other => other,
        }),
    };
    let (rows, texts, history) = match (&valid, &draft.existing) {
        (Ok(valid), Some((pk, before))) => (
            // Rows whose text stays the same are left as they are.
            rows_to_change(before, &valid.input),
            Texts::of(&valid.input),
            customers::changes::of_profile(*pk, before, &valid.input),
        ),
        (Ok(valid), None) => (Some(Rows::All), Texts::of(&valid.input), Vec::new()),
        (Err(_), _) => (None, Texts::default(), Vec::new()),
    };
    Ready {
        valid,
        existing: draft.existing,
        rows,
        texts,
        history,
    }
}

fn write(
    tx: &mut dyn Tx,
    drafts: Vec<Draft>,
    region: &str,
    now: Millis,
    progress: &dyn Progress,
) -> Result<Vec<i64>> {
    let changed = drafts.iter().filter(|d| d.changed).count();
    // The keys of the customers this import added (not those it merged
    // into), for the record of the import.
    let mut added: Vec<i64> = Vec::new();
    let mut steps = Steps::start(progress, Stage::Saving, changed as u64)?;
    let mut written = Vec::with_capacity(changed);
    // (key, existed, which rows, their text) of every full-text change.
    let mut indexed: Vec<(i64, bool, Rows, Texts)> = Vec::with_capacity(changed);
    // Every merged profile's changed fields, from the profile already read
    // for matching: recorded in one call after the loop.
    let mut history: Vec<(i64, FieldChange)> = Vec::new();
    let mut n = 0u64;
    // Checking each draft and building its full-text rows runs on another
    // core while SQLite writes the ones before it. Drafts read only for
    // comparing are freed there too: at this size freeing them one by one
    // would take a while.
    let prepare = |draft: Draft| draft.changed.then(|| ready(draft, region));
    parallel::pipelined(drafts, prepare, |ready| -> Result<()> {
        let Some(ready) = ready else {
            return Ok(());
        };
        steps.at(n)?;
        n += 1;
        let valid = ready.valid?;
        match &ready.existing {
            Some((pk, before)) => {
                customers::rewrite(tx, *pk, Some(before), &valid, now, Words::Later)?;
                history.extend(ready.history);
                if let Some(rows) = ready.rows {
                    indexed.push((*pk, true, rows, ready.texts));
                }
            }
            None => {
                let (_, pk) = customers::insert(tx, &valid, now, Words::Later)?;
                added.push(pk);
                indexed.push((pk, false, Rows::All, ready.texts));
            }
        }
        written.push((valid, ready.existing));
        Ok(())
    })?;
    steps.finish()?;
    parallel::drop_aside(written);
    customers::changes::record(tx, &history, now)?;
    parallel::drop_aside(history);
    // Full-text rows last, and every old row removed before any new one is
    // added: FTS5 flushes its pending rows at every statement savepoint, so
    // interleaving them with the profile writes would make one index
    // segment per customer. Merging-as-it-writes is paused meanwhile (inside
    // this transaction, so an error undoes that too).
    // Counted as one removal per merged customer and one insert each.
    let removals = indexed.iter().filter(|(_, existed, _, _)| *existed).count();
    let mut steps = Steps::start(progress, Stage::Indexing, (removals + indexed.len()) as u64)?;
    let mut n = 0u64;
    tx.set_index_merging(false)?;
    for (pk, existed, rows, _) in &indexed {
        if *existed {
            steps.at(n)?;
            tx.remove_search_rows(*pk, *rows)?;
            n += 1;
        }
    }
    for (pk, _, rows, texts) in &indexed {
        steps.at(n)?;
        tx.insert_search_rows(*pk, texts, *rows)?;
        n += 1;
    }
    steps.finish()?;
    parallel::drop_aside(indexed);
    tx.set_index_merging(true)?;
    Ok(added)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::model::EmailInput;

    fn with_emails(addresses: &[&str]) -> CustomerInput {
        CustomerInput {
            full_name: "Ann Lee".into(),
            emails: addresses
                .iter()
                .map(|a| EmailInput {
                    address: (*a).into(),
                    ..EmailInput::default()
                })
                .collect(),
            ..CustomerInput::default()
        }
    }

    /// The shortcut only ever answers for absorb: when it says an email is
    /// added, absorbing really changes the customer.
    #[test]
    fn a_new_email_is_a_change_absorb_agrees_with() {
        let full: Vec<String> = (0..MAX_CONTACTS).map(|i| format!("a{i}@x.org")).collect();
        let full: Vec<&str> = full.iter().map(String::as_str).collect();
        for (kept, other, adds) in [
            (&["ann@x.org"][..], &["ANN@x.org"][..], false),
            (&["ann@x.org"], &["ann@x.org", "lee@y.org"], true),
            (&[], &["ann@x.org"], true),
            (&["ann@x.org"], &[], false),
            (&full, &["new@x.org"], false),
        ] {
            let (kept, other) = (with_emails(kept), with_emails(other));
            assert_eq!(adds_an_email(&kept, &other), adds, "{other:?}");
            if adds {
                assert!(absorb(&mut kept.clone(), &other, "US").changed());
            }
        }
    }

    fn vcards(text: &str) -> Parsed {
        use crate::rules::import::{Importer, VcardImporter};
        VcardImporter.parse(text.as_bytes(), "US").expect("vcards")
    }

    /// A customer first named only in "shares a phone with" is read in
    /// full when a later contact of the file is theirs.
    #[test]
    fn a_customer_named_as_sharing_a_phone_still_takes_a_later_contact() {
        let mut nb = Notebook::open_in_memory().expect("notebook");
        let ann = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nTEL:(212) 555-0100\r\nEND:VCARD\r\n";
        nb.import_contacts(&vcards(ann)).expect("first import");
        let file = vcards(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob Lee\r\nTEL:212 555 0100\r\nEND:VCARD\r\n\
             BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nTEL:212-555-0100\r\n\
             EMAIL:ann@example.org\r\nEND:VCARD\r\n",
        );
        let preview = nb.preview_import(&file).expect("preview");
        let (bob, ann) = (&preview.rows[0], &preview.rows[1]);
        assert_eq!(bob.action, ImportAction::Create);
        let reason = bob.reason.as_deref().unwrap_or_default();
        assert!(reason.contains("shares a phone with Ann Lee"), "{reason}");
        assert_eq!(ann.action, ImportAction::Merge);
        assert_eq!(ann.changes, ["adds ann@example.org"]);
        let ann_id = ann.matched_id.clone().expect("Ann is in the notebook");
        nb.import_contacts(&file).expect("import");
        let emails: Vec<String> = nb
            .customer(&ann_id)
            .expect("Ann")
            .emails
            .into_iter()
            .map(|e| e.address)
            .collect();
        assert_eq!(emails, ["ann@example.org"]);
    }
}
