//! Append-only, versioned schema migrations, tracked in SQLite's
//! `user_version`. Never edit a released migration: add a new one.

use rusqlite::config::DbConfig;
use rusqlite::Connection;

use crate::error::{Error, Result};
use crate::rules::model::Millis;

// The data steps, each frozen as it was written: they copy what they need
// rather than call the live domain or index code, which moves on.
mod v2_search;
mod v4_follow_ups;

/// One schema step: SQL, then optional Rust that fills derived data (given
/// the time of the upgrade).
struct Migration {
    sql: &'static str,
    then: Option<fn(&Connection, Millis) -> Result<()>>,
    /// The step rebuilds a table that others reference, so it runs with
    /// foreign keys off and checks them all before committing.
    rebuilds: bool,
}

const MIGRATIONS: &[Migration] = &[
    Migration {
        sql: include_str!("../../../migrations/0001_customers.sql"),
        then: None,
        rebuilds: false,
    },
    Migration {
        sql: include_str!("../../../migrations/0002_search.sql"),
        then: Some(|conn, _| v2_search::index_every_customer(conn)),
        rebuilds: false,
    },
    Migration {
        sql: include_str!("../../../migrations/0003_history.sql"),
        then: None,
        rebuilds: false,
    },
    Migration {
        sql: include_str!("../../../migrations/0004_follow_ups.sql"),
        then: Some(v4_follow_ups::follow_ups_from_history),
        rebuilds: true,
    },
    Migration {
        sql: include_str!("../../../migrations/0005_calls.sql"),
        then: None,
        rebuilds: false,
    },
    Migration {
        sql: include_str!("../../../migrations/0006_merges.sql"),
        then: None,
        rebuilds: false,
    },
    Migration {
        sql: include_str!("../../../migrations/0007_fts_hashsize.sql"),
        then: None,
        rebuilds: false,
    },
    Migration {
        sql: include_str!("../../../migrations/0008_situations.sql"),
        then: None,
        rebuilds: false,
    },
    Migration {
        sql: include_str!("../../../migrations/0009_sample.sql"),
        then: None,
        rebuilds: false,
    },
    Migration {
        sql: include_str!("../../../migrations/0010_tag_lookup.sql"),
        then: None,
        rebuilds: false,
    },
    Migration {
        sql: include_str!("../../../migrations/0011_merge_after.sql"),
        then: None,
        rebuilds: false,
    },
    Migration {
        sql: include_str!("../../../migrations/0012_customer_changes.sql"),
        then: None,
        rebuilds: false,
    },
    Migration {
        sql: include_str!("../../../migrations/0013_versions.sql"),
        then: None,
        rebuilds: false,
    },
    Migration {
        sql: include_str!("../../../migrations/0014_customer_language.sql"),
        then: None,
        rebuilds: false,
    },
    Migration {
        sql: include_str!("../../../migrations/0015_lists.sql"),
        then: None,
        rebuilds: false,
    },
    Migration {
        sql: include_str!("../../../migrations/0016_bulk_changes.sql"),
        then: None,
        rebuilds: false,
    },
    Migration {
        sql: include_str!("../../../migrations/0017_reports.sql"),
        then: None,
        rebuilds: false,
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

/// Brings the schema to [`LATEST`], one transaction per step; `now` is the
/// time of the upgrade.
pub fn migrate(conn: &mut Connection, now: Millis) -> Result<()> {
    migrate_to(conn, LATEST, now)
}

/// Brings the schema to `target`. Public for upgrade tests, which write a
/// notebook at an older version and then open it with the current code.
#[doc(hidden)]
pub fn migrate_to(conn: &mut Connection, target: i64, now: Millis) -> Result<()> {
    ensure_not_newer(conn)?;
    let current = version(conn)?;
    for (done, step) in (current..target).zip(MIGRATIONS.iter().skip(current as usize)) {
        // Only settable outside a transaction; see SQLite's "Making Other
        // Kinds Of Table Schema Changes".
        let keys_on: bool = conn.pragma_query_value(None, "foreign_keys", |r| r.get(0))?;
        if step.rebuilds {
            conn.pragma_update(None, "foreign_keys", false)?;
        }
        let result = run_step(conn, step, done + 1, now);
        if step.rebuilds {
            conn.pragma_update(None, "foreign_keys", keys_on)?;
        }
        result?;
    }
    Ok(())
}

fn run_step(conn: &mut Connection, step: &Migration, version: i64, now: Millis) -> Result<()> {
    let tx = conn.transaction()?;
    tx.execute_batch(step.sql)?;
    if let Some(then) = step.then {
        then(&tx, now)?;
    }
    if step.rebuilds {
        let broken: Option<String> = tx
            .prepare("PRAGMA foreign_key_check")?
            .query_map([], |r| r.get(0))?
            .next()
            .transpose()?;
        if let Some(table) = broken {
            return Err(Error::storage(format!(
                "migration {version} left a broken reference in {table}"
            )));
        }
    }
    tx.pragma_update(None, "user_version", version)?;
    tx.commit()?;
    Ok(())
}

/// One object of a schema: its type, name and SQL.
type SchemaObject = (String, String, String);

fn schema_objects(conn: &Connection) -> Result<std::collections::BTreeSet<SchemaObject>> {
    Ok(conn
        .prepare("SELECT type, name, coalesce(sql, '') FROM main.sqlite_schema")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?)
}

/// How a notebook file's schema differs from the one the migrations build
/// at its version: the objects it has that they do not make (a trigger, a
/// view, a table, an index, or one of theirs with other SQL), as
/// `"type name"`, and whether it lacks any of theirs.
pub(crate) fn schema_differences(conn: &Connection) -> Result<(Vec<String>, bool)> {
    let found = schema_objects(conn)?;
    let mut reference = Connection::open_in_memory()?;
    // Hardened as every connection Kindly opens is (see `protection`):
    // defensive, and no trust in the file's schema.
    reference.set_db_config(DbConfig::SQLITE_DBCONFIG_DEFENSIVE, true)?;
    reference.set_db_config(DbConfig::SQLITE_DBCONFIG_TRUSTED_SCHEMA, false)?;
    migrate_to(&mut reference, version(conn)?, 0)?;
    let expected = schema_objects(&reference)?;
    let extra = found
        .difference(&expected)
        .map(|(kind, name, _)| format!("{kind} {name}"))
        .collect();
    Ok((extra, !expected.is_subset(&found)))
}
