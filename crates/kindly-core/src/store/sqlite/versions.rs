//! Row versions on SQLite (migration 0013): what each change a person makes
//! to a versioned row sets, and reading the version back.

use rusqlite::OptionalExtension;

use crate::error::Result;
use crate::store::sqlite::tx::SqliteTx;
use crate::store::versions::{RowVersion, VersionRows, Versioned};

/// The columns every change a person makes to a versioned row sets, in the
/// statement that makes it (`concat!("UPDATE t SET a = ?2, ", edited!(),
/// " WHERE pk = ?1")`): one version more, made by the person at the desk
/// (empty when nobody is chosen or they left the staff list).
macro_rules! edited {
    () => {
        "version = version + 1, changed_by = coalesce((SELECT s.name FROM settings t \
         JOIN staff s ON s.id = t.value WHERE t.key = 'at_desk'), '')"
    };
}
pub(super) use edited;

impl VersionRows for SqliteTx<'_> {
    fn hold_version(&mut self, what: Versioned, pk: i64) -> Result<Option<RowVersion>> {
        let sql = match what {
            Versioned::Customer => {
                "SELECT version, changed_by, updated_at FROM customers WHERE pk = ?1"
            }
            Versioned::Entry => "SELECT version, changed_by, updated_at FROM entries WHERE pk = ?1",
            Versioned::FollowUp => {
                "SELECT f.version, f.changed_by, e.updated_at
                 FROM follow_ups f JOIN entries e ON e.pk = f.entry_pk WHERE f.entry_pk = ?1"
            }
            Versioned::Situation => {
                "SELECT version, changed_by, updated_at FROM situations WHERE pk = ?1"
            }
            Versioned::SavedList => {
                "SELECT version, changed_by, updated_at FROM saved_lists WHERE pk = ?1"
            }
        };
        Ok(self
            .prepare_cached(sql)?
            .query_row([pk], |r| {
                Ok(RowVersion {
                    version: r.get("version")?,
                    by: r.get("changed_by")?,
                    at: r.get("updated_at")?,
                })
            })
            .optional()?)
    }
}
