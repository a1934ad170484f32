//! Row versions on the team notebook: reading a row's version under a row
//! lock, and naming the login that made it as the team knows them.

use crate::error::Result;
use crate::store::postgres::tx::PgTx;
use crate::store::versions::{RowVersion, VersionRows, Versioned};

impl VersionRows for PgTx<'_> {
    fn hold_version(&mut self, what: Versioned, pk: i64) -> Result<Option<RowVersion>> {
        // FOR NO KEY UPDATE: the lock the write that follows takes anyway;
        // a second writer waits here and then reads the version the first
        // one committed. `changed_by` is a login: shown as the person's
        // name when it is one of the team's.
        let sql = match what {
            Versioned::Customer => {
                "SELECT r.version, coalesce(l.display_name, r.changed_by) AS changed_by, r.updated_at
                 FROM customers r LEFT JOIN staff_logins l ON l.login = r.changed_by
                 WHERE r.pk = $1 FOR NO KEY UPDATE OF r"
            }
            Versioned::Entry => {
                "SELECT r.version, coalesce(l.display_name, r.changed_by) AS changed_by, r.updated_at
                 FROM entries r LEFT JOIN staff_logins l ON l.login = r.changed_by
                 WHERE r.pk = $1 FOR NO KEY UPDATE OF r"
            }
            Versioned::FollowUp => {
                "SELECT r.version, coalesce(l.display_name, r.changed_by) AS changed_by, e.updated_at
                 FROM follow_ups r JOIN entries e ON e.pk = r.entry_pk
                 LEFT JOIN staff_logins l ON l.login = r.changed_by
                 WHERE r.entry_pk = $1 FOR NO KEY UPDATE OF r"
            }
            Versioned::Situation => {
                "SELECT r.version, coalesce(l.display_name, r.changed_by) AS changed_by, r.updated_at
                 FROM situations r LEFT JOIN staff_logins l ON l.login = r.changed_by
                 WHERE r.pk = $1 FOR NO KEY UPDATE OF r"
            }
            Versioned::SavedList => {
                "SELECT r.version, coalesce(l.display_name, r.changed_by) AS changed_by, r.updated_at
                 FROM saved_lists r LEFT JOIN staff_logins l ON l.login = r.changed_by
                 WHERE r.pk = $1 FOR NO KEY UPDATE OF r"
            }
        };
        let Some(r) = self.query_opt(sql, &[&pk])? else {
            return Ok(None);
        };
        Ok(Some(RowVersion {
            version: r.try_get("version")?,
            by: r.try_get("changed_by")?,
            at: r.try_get("updated_at")?,
        }))
    }
}
