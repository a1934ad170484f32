//! Each customer's change history: every profile write records the fields
//! it changed (before and after), who saved it and when, in the same
//! transaction; read on request, never with the customer's page.

use crate::error::Result;
use crate::rules::changes::{profile_changes, FieldChange};
use crate::rules::model::{
    ChangesCursor, Customer, CustomerChange, CustomerChangesPage, CustomerInput, Millis,
};
use crate::store::{Scope, Tx};
use crate::use_cases::notebook::settings::time_ctx_in;
use crate::use_cases::notebook::staff;
use crate::use_cases::notebook::Notebook;
use kindly_words::{args, say, say_with};

/// Records on the customer `pk`, stored as `before`, the fields `after`
/// changes, saved at `now` by the person at the desk; nothing (and no
/// read) when it changes none.
pub(crate) fn record_profile(
    tx: &mut dyn Tx,
    pk: i64,
    before: &Customer,
    after: &CustomerInput,
    now: Millis,
) -> Result<()> {
    record(tx, &of_profile(pk, before, after), now)
}

/// The fields `after` changes on the customer `pk` stored as `before`,
/// each with the customer's key, for [`record`].
pub(crate) fn of_profile(
    pk: i64,
    before: &Customer,
    after: &CustomerInput,
) -> Vec<(i64, FieldChange)> {
    profile_changes(before, after)
        .into_iter()
        .map(|c| (pk, c))
        .collect()
}

/// Records `changes` (by customer key) in one call, saved at `now` by the
/// person at the desk; nothing (and no read) when there are none.
pub(crate) fn record(tx: &mut dyn Tx, changes: &[(i64, FieldChange)], now: Millis) -> Result<()> {
    if changes.is_empty() {
        return Ok(());
    }
    let who = staff::at_desk_name(tx)?;
    tx.record_changes(now, &who, changes)
}

/// The most change-history entries one page holds.
pub const MAX_CHANGES_PAGE: u32 = 200;

impl Notebook {
    /// The change history of the customer `id` (live or in Trash), newest
    /// first, at most `limit` entries.
    pub fn customer_changes(&self, id: &str, limit: u32) -> Result<Vec<CustomerChange>> {
        let mut tx = self.read()?;
        let pk = tx.customer_pk(id, Scope::Any)?;
        tx.changes_of(pk, None, limit)
    }

    /// A page of the change history of the customer `id` (live or in
    /// Trash), newest first, starting after `after` (the newest when
    /// `None`); `limit` kept between 1 and [`MAX_CHANGES_PAGE`]. `next`
    /// is set only when older entries follow; paging on from it lists
    /// every entry once, even while new ones are saved.
    pub fn customer_changes_page(
        &self,
        id: &str,
        after: Option<ChangesCursor>,
        limit: u32,
    ) -> Result<CustomerChangesPage> {
        let limit = limit.clamp(1, MAX_CHANGES_PAGE);
        let mut tx = self.read()?;
        let pk = tx.customer_pk(id, Scope::Any)?;
        // One entry more than the page tells whether another follows.
        let mut items = tx.changes_of(pk, after, limit + 1)?;
        let next = if items.len() > limit as usize {
            items.truncate(limit as usize);
            items.last().map(|last| ChangesCursor {
                at: last.changed_at,
                seq: last.seq,
            })
        } else {
            None
        };
        Ok(CustomerChangesPage { items, next })
    }

    /// The change history of the customer `id` as plain text, newest
    /// first, one line per change (line breaks in a value shown as " / "),
    /// times in the notebook's zone (for the command line).
    pub fn customer_changes_text(&self, id: &str, limit: u32) -> Result<String> {
        let customer = self.customer(id)?;
        let changes = self.customer_changes(id, limit)?;
        let ctx = time_ctx_in(&mut *self.read()?)?;
        let mut text = say_with(
            "cli-changes-title",
            &args! { "name" => customer.full_name.as_str() },
        ) + "\n";
        if changes.is_empty() {
            text.push_str(&say("cli-changes-none"));
            text.push('\n');
        }
        for c in &changes {
            let who = if c.changed_by.is_empty() {
                say("cli-changes-nobody")
            } else if c.at_desk.is_empty() || c.at_desk == c.changed_by {
                c.changed_by.clone()
            } else {
                say_with(
                    "cli-changes-by-at-desk",
                    &args! { "by" => c.changed_by.as_str(), "desk" => c.at_desk.as_str() },
                )
            };
            text.push_str(&format!(
                "{}  {who}  {}: \"{}\" -> \"{}\"\n",
                ctx.local(c.changed_at).format("%Y-%m-%d %H:%M"),
                c.field.replace('_', " "),
                c.before.replace('\n', " / "),
                c.after.replace('\n', " / "),
            ));
        }
        Ok(text)
    }
}
