//! Staying in touch: each customer's last contact and when their ideal gap
//! runs out, kept up to date whenever their conversations or rhythm change,
//! so the Today screen finds drifting customers through an index.

use crate::error::Result;
use crate::rules::follow_up_model::TouchStatus;
use crate::rules::model::{Millis, StayInTouch};
use crate::rules::schedule::touch_status;
use crate::store::Tx;

/// Where one customer's rhythm stands at `now`, if they have one.
pub(crate) fn status_in(
    tx: &mut dyn Tx,
    customer_pk: i64,
    now: Millis,
) -> Result<Option<TouchStatus>> {
    Ok(tx.last_contact(customer_pk)?.and_then(|row| {
        let rhythm = StayInTouch {
            ideal_days: row.ideal_days?,
            longest_days: row.longest_days?,
        };
        Some(touch_status(row.since, rhythm, now))
    }))
}

// Transitional shims (#21): the old functions, for other groups' code that
// still holds a `&Connection`.
