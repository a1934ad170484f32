//! [`Pool`]: the connections one team notebook keeps open, and [`Conn`],
//! one connection with the statements it has prepared.
//!
//! A pool of our own rather than `r2d2_postgres`: r2d2 starts a thread of
//! its own per pool and checks connections with a query on every checkout,
//! and its `postgres` adapter has not been released since 2021. What the
//! store needs is this much: reuse an idle connection, never hand back
//! one that is closed or mid-transaction (see [`crate::store::postgres::tx`]),
//! and keep a bounded number idle.

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};

use postgres::types::ToSql;
use postgres::{Client, Row, Statement};

use crate::error::Result;
use crate::store::postgres::address::Address;

/// At most this many idle connections are kept; more are closed when
/// returned. A notebook window runs one transaction at a time, plus the
/// odd background read (reminders, backups).
const MAX_IDLE: usize = 4;

/// Prepared statements kept per connection; past this the cache starts
/// over (SQL is static text, so this is only reached by SQL built with
/// varying shapes, which should use `= ANY($1)` instead).
const MAX_STATEMENTS: usize = 256;

#[cfg(test)]
thread_local! {
    /// Statements run on this thread (each a round trip), for tests that
    /// check a read costs a fixed number of them.
    pub(crate) static STATEMENTS_RUN: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// The connections of one team notebook: taken for one transaction, given
/// back when it ended cleanly.
pub(crate) struct Pool {
    address: Address,
    idle: Mutex<Vec<Conn>>,
}

impl Pool {
    /// A pool for `address`, holding `first` (a connection already made,
    /// if any).
    pub(crate) fn new(address: Address, first: Option<Conn>) -> Pool {
        Pool {
            address,
            idle: Mutex::new(first.into_iter().collect()),
        }
    }

    /// The address the pool connects to.
    pub(crate) fn address(&self) -> &Address {
        &self.address
    }

    /// An idle connection that is still open, else a new one.
    pub(crate) fn take(&self) -> Result<Conn> {
        loop {
            let idle = self
                .idle
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .pop();
            match idle {
                Some(conn) if conn.client.is_closed() => continue,
                Some(conn) => return Ok(conn),
                None => return self.connect(),
            }
        }
    }

    /// A new connection, whatever is idle.
    pub(crate) fn connect(&self) -> Result<Conn> {
        Ok(Conn::new(self.address.connect()?))
    }

    /// Keeps `conn` for the next transaction. The caller guarantees it is
    /// idle (no transaction open); a closed one, or one past [`MAX_IDLE`],
    /// is closed instead.
    pub(crate) fn give_back(&self, conn: Conn) {
        if conn.client.is_closed() {
            return;
        }
        let mut idle = self.idle.lock().unwrap_or_else(PoisonError::into_inner);
        if idle.len() < MAX_IDLE {
            idle.push(conn);
        }
    }
}

/// One connection to the server, and the statements prepared on it (each
/// SQL text is parsed by the server once per connection).
pub(crate) struct Conn {
    pub(crate) client: Client,
    statements: HashMap<String, Statement>,
}

impl Conn {
    /// `client`, with nothing prepared yet.
    pub(crate) fn new(client: Client) -> Conn {
        Conn {
            client,
            statements: HashMap::new(),
        }
    }

    /// `sql` prepared on this connection (once; then from the cache).
    pub(crate) fn prepared(&mut self, sql: &str) -> Result<Statement> {
        // Every query, query_opt, query_one and execute comes through here once.
        #[cfg(test)]
        STATEMENTS_RUN.with(|n| n.set(n.get() + 1));
        if let Some(statement) = self.statements.get(sql) {
            return Ok(statement.clone());
        }
        let statement = self.client.prepare(sql)?;
        if self.statements.len() >= MAX_STATEMENTS {
            self.statements.clear();
        }
        self.statements.insert(sql.to_owned(), statement.clone());
        Ok(statement)
    }

    /// Every row `sql` returns for `params`.
    pub(crate) fn query(&mut self, sql: &str, params: &[&(dyn ToSql + Sync)]) -> Result<Vec<Row>> {
        let statement = self.prepared(sql)?;
        Ok(self.client.query(&statement, params)?)
    }

    /// The one row `sql` returns, or `None`; more than one is an error.
    pub(crate) fn query_opt(
        &mut self,
        sql: &str,
        params: &[&(dyn ToSql + Sync)],
    ) -> Result<Option<Row>> {
        let statement = self.prepared(sql)?;
        Ok(self.client.query_opt(&statement, params)?)
    }

    /// The one row `sql` returns; none or more than one is an error.
    pub(crate) fn query_one(&mut self, sql: &str, params: &[&(dyn ToSql + Sync)]) -> Result<Row> {
        let statement = self.prepared(sql)?;
        Ok(self.client.query_one(&statement, params)?)
    }

    /// Runs `sql` for `params`; returns how many rows it changed.
    pub(crate) fn execute(&mut self, sql: &str, params: &[&(dyn ToSql + Sync)]) -> Result<u64> {
        let statement = self.prepared(sql)?;
        Ok(self.client.execute(&statement, params)?)
    }

    /// Runs `sql` (one or more statements, no parameters, unprepared).
    pub(crate) fn batch_execute(&mut self, sql: &str) -> Result<()> {
        Ok(self.client.batch_execute(sql)?)
    }
}
