//! [`PgTx`]: one transaction on a pooled connection to the team notebook.

use std::ops::{Deref, DerefMut};

use crate::error::{Error, Result};
use crate::store::postgres::pool::{Conn, Pool};
use crate::store::Tx;

/// One transaction on a connection of its own, begun with plain SQL so the
/// handle owns its connection (no borrow of it). Nothing it changes is kept
/// unless [`PgTx::commit`] succeeds; dropping it rolls back and gives the
/// connection back to the pool, unless the rollback failed (the connection
/// is then closed, never reused mid-transaction).
///
/// The table groups' operations are implemented on it one trait at a time
/// (`impl CustomerRows for PgTx`); it derefs to its [`Conn`] for their SQL.
///
/// Unlike SQLite, a statement that fails ends the transaction's use: every
/// later statement fails too (SQLSTATE 25P02) until it is dropped. An
/// operation that expects a statement may fail and carries on (a unique
/// key already taken, say) wraps it in a `SAVEPOINT` or avoids the
/// failure in SQL (`ON CONFLICT DO NOTHING`).
pub(crate) struct PgTx<'p> {
    pool: &'p Pool,
    /// `Some` until the transaction ended (commit, or drop).
    conn: Option<Conn>,
}

impl<'p> PgTx<'p> {
    /// A read of the notebook as it is: read only, read committed (each
    /// statement sees what was committed before it began).
    pub(crate) fn read(pool: &'p Pool) -> Result<Self> {
        Self::begin(pool, "BEGIN ISOLATION LEVEL READ COMMITTED READ ONLY")
    }

    /// A read of one moment: read only, repeatable read (every statement
    /// sees the notebook as the first one did).
    pub(crate) fn snapshot(pool: &'p Pool) -> Result<Self> {
        Self::begin(pool, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
    }

    /// A write transaction, read committed; lost updates are stopped by
    /// the rows' versions, not by the isolation level.
    pub(crate) fn write(pool: &'p Pool) -> Result<Self> {
        Self::begin(pool, "BEGIN ISOLATION LEVEL READ COMMITTED")
    }

    fn begin(pool: &'p Pool, begin: &str) -> Result<Self> {
        let mut conn = pool.take()?;
        if let Err(err) = conn.batch_execute(begin) {
            // An idle connection the server (or the network) dropped
            // meanwhile: once, on a new one.
            if !matches!(err, Error::ConnectionLost) {
                return Err(err);
            }
            conn = pool.connect()?;
            conn.batch_execute(begin)?;
        }
        Ok(PgTx {
            pool,
            conn: Some(conn),
        })
    }

    /// Makes every change of this transaction permanent, at once. On an
    /// error nothing was kept, except after [`Error::ConnectionLost`]
    /// (the server may have committed before the connection broke).
    pub(crate) fn commit(mut self) -> Result<()> {
        if let Some(mut conn) = self.conn.take() {
            conn.batch_execute("COMMIT")?;
            self.pool.give_back(conn);
        }
        Ok(())
    }
}

impl Tx for PgTx<'_> {
    fn commit(self: Box<Self>) -> Result<()> {
        PgTx::commit(*self)
    }
}

impl Deref for PgTx<'_> {
    type Target = Conn;

    fn deref(&self) -> &Conn {
        self.conn
            .as_ref()
            .expect("a PgTx holds its connection until commit or drop")
    }
}

impl DerefMut for PgTx<'_> {
    fn deref_mut(&mut self) -> &mut Conn {
        self.conn
            .as_mut()
            .expect("a PgTx holds its connection until commit or drop")
    }
}

impl Drop for PgTx<'_> {
    fn drop(&mut self) {
        if let Some(mut conn) = self.conn.take() {
            if conn.batch_execute("ROLLBACK").is_ok() {
                self.pool.give_back(conn);
            }
        }
    }
}
