//! One write transaction with SQLite's foreign-key checks off, for a bulk
//! insert whose every key was just read from its parent table.

use rusqlite::Connection;

use crate::error::Result;
use crate::store::sqlite::tx::SqliteTx;
use crate::store::Tx;

/// Runs `work` as one transaction on `conn` with SQLite's foreign-key
/// checks off, and commits it when `work` succeeds (otherwise nothing it
/// did is kept). The checks are on again afterwards, whatever happened.
///
/// Only for writes whose keys were all read from their parent tables in
/// the same transaction: checking thousands of them again one at a time
/// costs more than the insert itself.
pub(crate) fn write_without_key_checks<T>(
    conn: &Connection,
    work: impl FnOnce(&mut dyn Tx) -> Result<T>,
) -> Result<T> {
    // Declared before the transaction so the transaction ends first: the
    // setting cannot change while one is open.
    let _unchecked = KeyChecksOff::new(conn)?;
    let tx = conn.unchecked_transaction()?;
    let out = work(&mut SqliteTx::on(&tx))?;
    tx.commit()?;
    Ok(out)
}

/// SQLite's foreign-key checks, off from `new` until dropped.
struct KeyChecksOff<'c>(&'c Connection);

impl<'c> KeyChecksOff<'c> {
    fn new(conn: &'c Connection) -> Result<Self> {
        conn.pragma_update(None, "foreign_keys", false)?;
        Ok(Self(conn))
    }
}

impl Drop for KeyChecksOff<'_> {
    fn drop(&mut self) {
        // Only fails inside a transaction, which the declaration order rules out.
        let _ = self.0.pragma_update(None, "foreign_keys", true);
    }
}
