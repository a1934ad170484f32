//! Reading a customer's story: the timeline in pages, and the whole
//! customer page in one call.

use crate::error::Result;
use crate::rules::history_model::*;
use crate::store::Scope;
use crate::store::Tx;
use crate::use_cases::notebook::Notebook;

/// Timeline rows on the first page of a customer's page.
pub const FIRST_PAGE: u32 = 30;
/// The most timeline rows one call returns.
pub const MAX_PAGE: u32 = 200;

/// One page of the timeline of customer `customer_pk`, newest first,
/// starting after `before`, limited to `kinds` (empty = all); `limit` is
/// kept between 1 and [`MAX_PAGE`]. `next` is set only when more rows follow.
fn timeline(
    tx: &mut dyn Tx,
    customer_pk: i64,
    kinds: &[EntryKind],
    before: Option<TimelineCursor>,
    limit: u32,
) -> Result<TimelinePage> {
    let limit = limit.clamp(1, MAX_PAGE);
    // One row more than the page tells whether another page follows.
    let mut items = tx.timeline(customer_pk, kinds, before, limit + 1)?;
    let next = if items.len() > limit as usize {
        items.truncate(limit as usize);
        items.last().map(|last| TimelineCursor {
            at: last.at,
            seq: last.seq,
        })
    } else {
        None
    };
    Ok(TimelinePage { items, next })
}

impl Notebook {
    /// A page of customer `customer_id`'s timeline (live or trashed
    /// customer), newest first.
    pub fn timeline(
        &self,
        customer_id: &str,
        kinds: &[EntryKind],
        before: Option<TimelineCursor>,
        limit: u32,
    ) -> Result<TimelinePage> {
        let mut tx = self.read()?;
        let pk = tx.customer_pk(customer_id, Scope::Any)?;
        timeline(&mut *tx, pk, kinds, before, limit)
    }

    /// Everything the customer's page shows, in one call: the profile,
    /// active issues, open promises, the first timeline page, repeat
    /// patterns and who spoke to them last.
    pub fn customer_page(&self, id: &str, kinds: &[EntryKind]) -> Result<CustomerPage> {
        let customer = self.customer(id)?;
        let mut tx = self.read()?;
        let pk = tx.customer_pk(id, Scope::Any)?;
        let now = self.now();
        let open_issues = tx.open_issues_of(pk)?;
        let open_promises = tx.open_promises_of(pk, now)?;
        Ok(CustomerPage {
            customer,
            sample: tx.is_sample_customer(pk)?,
            open_issues,
            open_promises,
            timeline: timeline(&mut *tx, pk, kinds, None, FIRST_PAGE)?,
            patterns: tx.patterns_of(pk)?,
            last_contact: tx.last_contact_of(pk)?,
            follow_ups: tx.dated_follow_ups_of(pk)?,
            touch: crate::use_cases::customers::touch::status_in(&mut *tx, pk, now)?,
            situations: crate::use_cases::situations::of_customer_in(&mut *tx, pk, false)?,
        })
    }
}
