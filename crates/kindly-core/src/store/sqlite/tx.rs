//! [`SqliteTx`]: one transaction (or one read) on a notebook file.

use std::ops::Deref;

use rusqlite::{Connection, Transaction, TransactionBehavior};

use crate::error::Result;
use crate::store::Tx;

/// A transaction on the notebook's SQLite connection, or, for a read, the
/// connection itself (each statement then sees the file as it is, as
/// SQLite's autocommit reads always have).
pub(crate) struct SqliteTx<'c>(Handle<'c>);

enum Handle<'c> {
    Read(&'c Connection),
    Write(Transaction<'c>),
}

impl<'c> SqliteTx<'c> {
    /// Statements on `conn` as it stands: no transaction of its own is
    /// opened, so a read sees the file as it is and, inside a transaction
    /// the caller already holds, writes become part of it.
    pub(crate) fn on(conn: &'c Connection) -> Self {
        SqliteTx(Handle::Read(conn))
    }

    /// A read of one moment of the file: a deferred transaction on `conn`
    /// (nothing is written through it; dropping it ends it), so every
    /// statement sees the file as the first one did, whatever another
    /// program writes meanwhile.
    pub(crate) fn snapshot(conn: &'c Connection) -> Result<Self> {
        Ok(SqliteTx(Handle::Write(conn.unchecked_transaction()?)))
    }

    /// A deferred write transaction: rolled back unless committed.
    pub(crate) fn write(conn: &'c mut Connection) -> Result<Self> {
        Ok(SqliteTx(Handle::Write(Transaction::new(
            conn,
            TransactionBehavior::Deferred,
        )?)))
    }
}

impl Deref for SqliteTx<'_> {
    type Target = Connection;

    fn deref(&self) -> &Connection {
        match &self.0 {
            Handle::Read(conn) => conn,
            Handle::Write(tx) => tx,
        }
    }
}

impl Tx for SqliteTx<'_> {
    fn commit(self: Box<Self>) -> Result<()> {
        match self.0 {
            Handle::Read(_) => Ok(()),
            Handle::Write(tx) => Ok(tx.commit()?),
        }
    }
}
