//! The whole-notebook view: the Customers list and its counts (this
//! file), saved lists, bulk changes with Undo and tidying tags. Every
//! part reads "which customers" through one [`CustomerFilter`] and
//! [`Selection`], resolved here, so "all that match" means the same in
//! the list, its count, a bulk change and an export.

mod bulk;
mod export;
mod saved;
mod tags;

use chrono::Datelike;

use crate::error::{Error, Result};
use crate::rules::list_model::{CustomerFilter, CustomerListPage, ListCursor, ListSort, Selection};
use crate::rules::model::Millis;
use crate::store::{FilterAt, Tx};
use crate::use_cases::notebook::settings::time_ctx_in;
use crate::use_cases::notebook::Notebook;

/// The most customer ids one filter or selection may name.
pub const MAX_FILTER_IDS: usize = 100_000;

/// The most rows one page of the Customers list may hold.
pub const MAX_LIST_PAGE: u32 = 500;

impl Notebook {
    /// One page of the customers `filter` matches, in `sort`'s order,
    /// after `after` (the previous page's `next`). Never customers in
    /// Trash; one read.
    pub fn list_customers(
        &self,
        filter: &CustomerFilter,
        sort: ListSort,
        after: Option<&ListCursor>,
        limit: u32,
    ) -> Result<CustomerListPage> {
        check_ids(&filter.customer_ids)?;
        let limit = limit.clamp(1, MAX_LIST_PAGE);
        let mut tx = self.read()?;
        let at = filter_at(&mut *tx, filter, self.now())?;
        let mut rows = tx.list_page(at, sort, after, limit + 1)?;
        let more = rows.len() > limit as usize;
        rows.truncate(limit as usize);
        let next = if more {
            rows.last().map(|(_, cursor)| cursor.clone())
        } else {
            None
        };
        Ok(CustomerListPage {
            rows: rows.into_iter().map(|(row, _)| row).collect(),
            next,
        })
    }

    /// How many customers not in Trash `filter` matches now: the number
    /// "all that match" changes.
    pub fn count_customers(&self, filter: &CustomerFilter) -> Result<u32> {
        check_ids(&filter.customer_ids)?;
        let mut tx = self.read()?;
        let at = filter_at(&mut *tx, filter, self.now())?;
        tx.count_listed(at)
    }
}

/// The filter at `now`, with the notebook's current month read in `tx`.
pub(crate) fn filter_at<'f>(
    tx: &mut dyn Tx,
    filter: &'f CustomerFilter,
    now: Millis,
) -> Result<FilterAt<'f>> {
    let ctx = time_ctx_in(tx)?;
    Ok(FilterAt {
        filter,
        now,
        month: ctx.day(now).month(),
    })
}

/// The keys of the customers `selection` names at `now`, in key order,
/// none in Trash: the rows picked, or everyone the filter matches less
/// those unticked. Read inside the caller's transaction, so a bulk change
/// touches exactly the customers it counted.
pub(crate) fn selected_pks(
    tx: &mut dyn Tx,
    selection: &Selection,
    now: Millis,
) -> Result<Vec<i64>> {
    match selection {
        Selection::Picked { ids } => {
            check_ids(ids)?;
            tx.pks_of(ids)
        }
        Selection::AllMatching { filter, except } => {
            check_ids(&filter.customer_ids)?;
            check_ids(except)?;
            let at = filter_at(tx, filter, now)?;
            let all = tx.listed_pks(at)?;
            if except.is_empty() {
                return Ok(all);
            }
            let unticked: std::collections::HashSet<i64> = tx.pks_of(except)?.into_iter().collect();
            Ok(all
                .into_iter()
                .filter(|pk| !unticked.contains(pk))
                .collect())
        }
    }
}

fn check_ids(ids: &[String]) -> Result<()> {
    if ids.len() > MAX_FILTER_IDS {
        return Err(Error::invalid(
            "customer_ids",
            kindly_words::say_with(
                "validate-pick-at-most",
                &kindly_words::args! { "max" => MAX_FILTER_IDS },
            ),
        ));
    }
    Ok(())
}
