//! Append-only, versioned schema migrations, tracked in SQLite's
//! `user_version`. Never edit a released migration: add a new one.

use rusqlite::Connection;

use crate::error::{Error, Result};
use crate::index;

/// One schema step: SQL, then optional Rust that fills derived data.
struct Migration {
    sql: &'static str,
    then: Option<fn(&Connection) -> Result<()>>,
}

const MIGRATIONS: &[Migration] = &[
    Migration {
        sql: include_str!("../migrations/0001_customers.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("../migrations/0002_search.sql"),
        then: Some(index::reindex_all),
    },
    Migration {
        sql: include_str!("../migrations/0003_history.sql"),
        then: None,
    },
];

/// The schema version this build writes.
pub const LATEST: i64 = MIGRATIONS.len() as i64;

/// The schema version stored in the file.
pub fn version(conn: &Connection) -> Result<i64> {
    Ok(conn.pragma_query_value(None, "user_version", |r| r.get(0))?)
}

/// Refuses a notebook written by a newer Kindly, without writing to it.
pub fn ensure_not_newer(conn: &Connection) -> Result<()> {
    let found = version(conn)?;
    if found > LATEST {
        return Err(Error::NewerNotebook {
            found,
            supported: LATEST,
        });
    }
    Ok(())
}

/// Brings the schema to [`LATEST`], one transaction per step.
pub fn migrate(conn: &mut Connection) -> Result<()> {
    migrate_to(conn, LATEST)
}

/// Brings the schema to `target`. Public for upgrade tests, which write a
/// notebook at an older version and then open it with the current code.
#[doc(hidden)]
pub fn migrate_to(conn: &mut Connection, target: i64) -> Result<()> {
    ensure_not_newer(conn)?;
    let current = version(conn)?;
    for (done, step) in (current..target).zip(MIGRATIONS.iter().skip(current as usize)) {
        let tx = conn.transaction()?;
        tx.execute_batch(step.sql)?;
        if let Some(then) = step.then {
            then(&tx)?;
        }
        tx.pragma_update(None, "user_version", done + 1)?;
        tx.commit()?;
    }
    Ok(())
}
