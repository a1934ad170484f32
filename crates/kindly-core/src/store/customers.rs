//! The store's operations for customer profiles: the customers table with
//! its phones, emails, tags and lists, Trash, last contact, and erasing a
//! customer for good.

use std::collections::HashMap;

use uuid::Uuid;

use crate::error::{Error, Result};
use crate::rules::changes::FieldChange;
use crate::rules::history_model::Conversation;
use crate::rules::model::{ChangesCursor, Customer, CustomerChange, Millis, TrashedCustomer};
use crate::rules::validate::ValidCustomer;

/// The newest changes to a customer since a moment, and how many there
/// are in all (at least `items.len()`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct RecentChanges {
    /// Newest first, at most the limit asked for.
    pub(crate) items: Vec<CustomerChange>,
    /// How many changes were saved since then, shown or not.
    pub(crate) total: u32,
}

/// Which customers a lookup by id may return.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scope {
    /// Customers not in Trash.
    Live,
    /// Customers in Trash.
    Trashed,
    /// Either.
    Any,
}

/// Operations for customer profiles. Implemented by every store.
pub(crate) trait CustomerRows {
    /// The key of the customer `id` in `scope`; [`Error::NotFound`]
    /// otherwise, including for text that is not an id at all.
    fn customer_pk(&mut self, id: &str, scope: Scope) -> Result<i64> {
        let not_found = || Error::NotFound { id: id.to_owned() };
        if Uuid::parse_str(id).is_err() {
            return Err(not_found());
        }
        match (self.customer_key(id)?, scope) {
            (Some(key), Scope::Any) => Ok(key.pk),
            (Some(key), Scope::Live) if !key.trashed => Ok(key.pk),
            (Some(key), Scope::Trashed) if key.trashed => Ok(key.pk),
            _ => Err(not_found()),
        }
    }

    /// The key of the customer `id` and whether they are in Trash; `None`
    /// when no customer has this id.
    fn customer_key(&mut self, id: &str) -> Result<Option<CustomerKey>>;

    /// The whole profile of the customer `pk` (live or in Trash), its
    /// lists in their stored order.
    fn customer_by_pk(&mut self, pk: i64) -> Result<Customer>;

    /// The whole profiles of the customers `pks` (live or in Trash), by
    /// key, their lists in their stored order; a key no customer has is
    /// left out. A fixed number of statements, however many keys.
    fn customers_by_pk(&mut self, pks: &[i64]) -> Result<HashMap<i64, Customer>>;

    /// Stores a new customer with the id `id` and every field of `valid`
    /// with its derived columns (name keys, phone digits for the lookup,
    /// when the stay-in-touch gap runs out, counted from `now`); returns
    /// its key. Neither the full-text rows nor the birthday reminder are
    /// written here.
    fn insert_customer(&mut self, id: &str, valid: &ValidCustomer, now: Millis) -> Result<i64>;

    /// Replaces every profile field of the customer `pk` with `valid`
    /// (updated at `now`; the last contact stays, the gap after it follows
    /// the new rhythm). With `before`, the profile as read earlier in this
    /// transaction, list rows that already hold what would be written are
    /// left as they are. Neither the full-text rows nor the birthday
    /// reminder are written here.
    fn rewrite_customer(
        &mut self,
        pk: i64,
        valid: &ValidCustomer,
        before: Option<&Customer>,
        now: Millis,
    ) -> Result<()>;

    /// Adds to the change history: each `(customer key, change)` of
    /// `changes`, saved at `at` by `who` (the person at the desk; on a
    /// store with logins the login is recorded too). One call for a whole
    /// batch of customers; nothing for an empty batch.
    fn record_changes(
        &mut self,
        at: Millis,
        who: &str,
        changes: &[(i64, FieldChange)],
    ) -> Result<()>;

    /// The change history of the customer `pk`, newest first (the changes
    /// saved at one time in the order recorded), strictly after `after` in
    /// that order (from the newest when `None`), at most `limit` entries;
    /// `changed_by` named as the team knows them. One statement.
    fn changes_of(
        &mut self,
        pk: i64,
        after: Option<ChangesCursor>,
        limit: u32,
    ) -> Result<Vec<CustomerChange>>;

    /// The changes to the customer `pk` saved strictly after `since`,
    /// newest first as [`CustomerRows::changes_of`], at most `limit` of
    /// them, and how many there are in all. One statement.
    fn changes_since(&mut self, pk: i64, since: Millis, limit: u32) -> Result<RecentChanges>;

    /// Moves the customer `pk` to Trash at `now`.
    fn put_in_trash(&mut self, pk: i64, now: Millis) -> Result<()>;
    /// Takes the customer `pk` out of Trash, exactly as they were.
    fn take_out_of_trash(&mut self, pk: i64) -> Result<()>;
    /// Customers in Trash, most recently deleted first.
    fn trashed_customers(&mut self) -> Result<Vec<TrashedCustomer>>;
    /// Deletes for good every customer in Trash with all their history
    /// (and its lookup rows), and every trashed conversation, issue,
    /// promise and follow-up; returns how many customers.
    fn empty_trash(&mut self) -> Result<u32>;

    /// Recomputes the last contact of the customer `pk` (their latest live
    /// conversation) and when their ideal gap runs out after it.
    fn refresh_last_contact(&mut self, pk: i64) -> Result<()>;
    /// The stay-in-touch rhythm of the customer `pk` and when it counts
    /// from; `None` when there is no such customer.
    fn last_contact(&mut self, pk: i64) -> Result<Option<LastContact>>;

    /// What the complete record of the customer `pk` lists besides their
    /// profile and conversations: their entries' keys by kind and the ids
    /// of their entries in Trash, each oldest first.
    fn entries_on_record(&mut self, pk: i64) -> Result<EntriesOnRecord>;
    /// Every conversation of the customer `pk` (in Trash too), oldest first.
    fn conversations_on_record(&mut self, pk: i64) -> Result<Vec<Conversation>>;

    /// The customers merged into `pk` (directly or through one another)
    /// by merges not undone, that are still waiting in Trash; not `pk`.
    fn trashed_duplicates_of(&mut self, pk: i64) -> Result<Vec<i64>>;
    /// Deletes the customer `pk` and everything that refers to them (their
    /// lookup rows are the caller's: see [`crate::store::SearchIndex`]).
    fn delete_customer(&mut self, pk: i64) -> Result<()>;
    /// From now on, deletes on this handle overwrite the deleted content
    /// instead of only marking it free; returns how deletes were done
    /// before, for [`CustomerRows::end_erasing`].
    fn start_erasing(&mut self) -> Result<DeleteMode>;
    /// Deletes on this handle are done as `before` again.
    fn end_erasing(&mut self, before: DeleteMode) -> Result<()>;
    /// Rewrites the store's file from the rows that remain, so no copy of
    /// an erased row is left in unused space. Best effort: when it cannot
    /// run now, the next call catches up.
    fn rebuild_file(&mut self);
}

/// A customer's key, and whether they are in Trash.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CustomerKey {
    /// The customer's key in this store.
    pub(crate) pk: i64,
    /// They are in Trash.
    pub(crate) trashed: bool,
}

/// A customer's stay-in-touch rhythm, as stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct LastContact {
    /// The ideal gap between contacts, when they have a rhythm.
    pub(crate) ideal_days: Option<u32>,
    /// The longest gap, when they have a rhythm.
    pub(crate) longest_days: Option<u32>,
    /// Their last contact, or when they were added if there was none.
    pub(crate) since: Millis,
}

/// The entries a customer's complete record lists, oldest first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct EntriesOnRecord {
    /// The keys of their issues.
    pub(crate) issues: Vec<i64>,
    /// The keys of their promises.
    pub(crate) promises: Vec<i64>,
    /// The keys of their follow-ups.
    pub(crate) follow_ups: Vec<i64>,
    /// The ids of their entries (of every kind) in Trash.
    pub(crate) in_trash: Vec<String>,
}

/// How a store handle deletes content, as it was before erasing began.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct DeleteMode(pub(crate) i64);

/// The stored rows of one child list of a customer (phones, emails, one
/// kind of item, tags) from position `from` on are to be written; the ones
/// before it already hold what would be written. `delete`: some stored rows
/// from `from` on must go first.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tail {
    /// The first position written.
    pub(crate) from: usize,
    /// Stored rows from `from` on must be deleted first.
    pub(crate) delete: bool,
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

/// One day, for the stay-in-touch columns (`touch_amber_at`).
pub(crate) const DAY_MS: Millis = 24 * 60 * 60 * 1000;

/// The `kind` of each list of `customer_items`, in the order of
/// [`Kept::items`].
pub(crate) const ITEM_KINDS: [&str; 3] = ["dont", "preference", "remember"];

/// What a profile write leaves of each child list (see [`Tail`]); shared
/// by every store's [`CustomerRows::rewrite_customer`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct Kept {
    /// Phones.
    pub(crate) phones: Tail,
    /// Emails.
    pub(crate) emails: Tail,
    /// Don'ts, preferences and things to remember, in that order.
    pub(crate) items: [Tail; 3],
    /// Tags.
    pub(crate) tags: Tail,
    /// Whether the row's indexed columns (the names, the birthday, the
    /// stay-in-touch gap) already hold what would be written, so a store
    /// can leave its indexes on them alone.
    pub(crate) same_keys: bool,
}

impl Kept {
    /// A new customer, or one whose stored rows are not known.
    pub(crate) const NOTHING: Kept = Kept {
        phones: Tail::ALL,
        emails: Tail::ALL,
        items: [Tail::ALL; 3],
        tags: Tail::ALL,
        same_keys: false,
    };

    /// For a customer stored as `before` (when known) rewritten as `valid`.
    pub(crate) fn between(before: Option<&Customer>, valid: &ValidCustomer) -> Kept {
        let Some(before) = before else {
            return Kept::NOTHING;
        };
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
            same_keys: before.full_name == c.full_name
                && before.preferred_name == c.preferred_name
                && before.birthday == c.birthday
                && before.stay_in_touch == c.stay_in_touch,
        }
    }
}
