//! No lost update: a save names the version of the record it started from,
//! and is refused when someone saved the record in between.

use crate::error::{Error, Result};
use crate::store::{Tx, Versioned};

/// Refuses the change `tx` is about to make to the row `pk` of `what` (a
/// `thing` to the person, e.g. "issue") unless the row is still at the
/// version `seen`, the one the person started from: [`Error::Conflict`]
/// naming its version now and who made it. Called before the change's
/// first write; from here to the commit nobody else can change the row.
pub(crate) fn expect(
    tx: &mut dyn Tx,
    what: Versioned,
    thing: &'static str,
    pk: i64,
    seen: i64,
) -> Result<()> {
    match tx.hold_version(what, pk)? {
        Some(now) if now.version == seen => Ok(()),
        Some(now) => Err(Error::Conflict {
            thing,
            version: now.version,
            by: now.by,
            at: now.at,
        }),
        // Found by its id in this same transaction a moment ago: gone only
        // if the store is inconsistent.
        None => Err(Error::storage(format!(
            "the {thing} being saved has no row"
        ))),
    }
}

/// Waits until no other transaction is changing the row `pk` of `what`,
/// and keeps it so until `tx` ends, for a change that does not name a
/// version (a follow-up ticked done while logging a call): what it reads
/// next is what the last change committed.
pub(crate) fn hold(tx: &mut dyn Tx, what: Versioned, pk: i64) -> Result<()> {
    tx.hold_version(what, pk)?;
    Ok(())
}
