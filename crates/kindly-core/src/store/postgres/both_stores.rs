//! Test support for parity tests: the same rows written by plain SQL on
//! the SQLite store and on a team notebook, for the tables whose own
//! trait is not on the server yet (entries, follow-ups, situations).

use std::fmt::Debug;

use postgres::types::ToSql;
use rusqlite::params_from_iter;

use crate::rules::model::{CustomerInput, Millis};
use crate::rules::validate;
use crate::store::postgres::server::PgStore;
use crate::store::postgres::testing;
use crate::store::postgres::tx::PgTx;
use crate::store::sqlite::file::SqliteStore;
use crate::store::sqlite::tx::SqliteTx;
use crate::store::{CustomerRows, MergeRows, NotebookRows};

/// 2026-11-22 09:00 UTC.
pub(crate) const NOW: Millis = 1_795_338_000_000;

/// Either store's transaction, for the groups tested here.
pub(crate) trait Both: CustomerRows + NotebookRows + MergeRows + Raw {
    /// A customer written from `input` (under the phone region GB); its key.
    fn add_customer(&mut self, id: &str, input: &CustomerInput) -> i64 {
        let valid = validate::customer(input, "GB").expect("a valid profile");
        self.insert_customer(id, &valid, NOW)
            .expect("the customer is written")
    }
}

impl<T: CustomerRows + NotebookRows + MergeRows + Raw> Both for T {}

/// Does `work` in a write transaction of a new SQLite notebook and of a new
/// team notebook (committed there), checks both returned the same, and
/// hands back the result with the team notebook for what only the server
/// has.
pub(crate) fn on_both<R: PartialEq + Debug>(work: impl Fn(&mut dyn Both) -> R) -> (R, PgStore) {
    let mut sqlite = SqliteStore::open_in_memory(NOW).expect("a SQLite notebook");
    let expected = {
        let mut tx = SqliteTx::write(&mut sqlite.conn).expect("a SQLite transaction");
        work(&mut tx)
    };
    let store = testing::fresh_store();
    let mut tx = store.write().expect("a transaction on the server");
    let got = work(&mut tx);
    tx.commit().expect("the transaction commits");
    assert_eq!(got, expected, "the team notebook reads back as SQLite does");
    (got, store)
}

/// Plain SQL on either store, for fixtures and raw reads.
pub(crate) trait Raw {
    /// Runs `sql` with `params` bound to `$1`, `$2`, ... (each first used
    /// in that order; every one a bigint) and returns the first column of
    /// its first row, if it returns any and that is not NULL.
    fn raw(&mut self, sql: &str, params: &[i64]) -> Option<i64>;

    /// The text in the first column of the first row of `sql`.
    fn raw_text(&mut self, sql: &str, params: &[i64]) -> String;

    /// An entry of `kind` for the customer `customer_pk`; its key.
    fn entry(&mut self, id: &str, kind: &str, customer_pk: i64, at: i64) -> i64 {
        self.raw(
            &format!(
                "INSERT INTO entries(id, customer_pk, kind, created_at, updated_at)
                 VALUES ('{id}', $1, '{kind}', $2, $2) RETURNING pk"
            ),
            &[customer_pk, at],
        )
        .expect("an entry row")
    }

    /// An event of the entry `entry_pk` on the customer's timeline.
    fn event(&mut self, entry_pk: i64, customer_pk: i64, at: i64) {
        self.raw(
            "INSERT INTO events(entry_pk, customer_pk, at, type) VALUES ($1, $2, $3, 'created')",
            &[entry_pk, customer_pk, at],
        );
    }

    /// A follow-up (`action`) of the customer: its entry, the follow-up
    /// due at `due_at` (`None`: done), reminded of `reminded_due`.
    fn follow_up(
        &mut self,
        id: &str,
        action: &str,
        customer_pk: i64,
        all_day: bool,
        due_at: Option<i64>,
        reminded_due: Option<i64>,
    ) -> i64 {
        let pk = self.entry(id, "follow_up", customer_pk, 1);
        let time = if all_day { "NULL" } else { "'09:30'" };
        // NULLs as -1 travel as bigints, then read back as NULL.
        self.raw(
            &format!(
                "INSERT INTO follow_ups(entry_pk, action, start_date, start_time, occurrence_at,
                    due_at, reminded_due)
                 VALUES ($1, '{action}', '2026-11-22', {time}, nullif(CAST($2 AS bigint), -1),
                    nullif(CAST($2 AS bigint), -1), nullif(CAST($3 AS bigint), -1))"
            ),
            &[pk, due_at.unwrap_or(-1), reminded_due.unwrap_or(-1)],
        );
        pk
    }

    /// A situation; its key.
    fn situation(&mut self, id: &str, at: i64) -> i64 {
        self.raw(
            &format!(
                "INSERT INTO situations(id, title, created_at, updated_at)
                 VALUES ('{id}', 'Oven broke', $1, $1) RETURNING pk"
            ),
            &[at],
        )
        .expect("a situation row")
    }

    /// The customer in the situation, told once about it.
    fn member(&mut self, situation_pk: i64, customer_pk: i64, at: i64) {
        self.raw(
            "INSERT INTO situation_members(situation_pk, customer_pk, added_at, told_seq, told_at,
                told_by) VALUES ($1, $2, $3, 0, $3, 'Sam')",
            &[situation_pk, customer_pk, at],
        );
        self.raw(
            "INSERT INTO situation_told(situation_pk, customer_pk, seq, at, staff, how)
             VALUES ($1, $2, 0, $3, 'Sam', 'phone')",
            &[situation_pk, customer_pk, at],
        );
    }
}

impl Raw for SqliteTx<'_> {
    fn raw(&mut self, sql: &str, params: &[i64]) -> Option<i64> {
        let mut stmt = self.prepare(sql).expect("the SQL prepares on SQLite");
        let mut rows = stmt
            .query(params_from_iter(params))
            .expect("the SQL runs on SQLite");
        rows.next()
            .expect("a row reads")
            .and_then(|r| r.get(0).expect("a bigint or NULL"))
    }

    fn raw_text(&mut self, sql: &str, params: &[i64]) -> String {
        self.query_row(sql, params_from_iter(params), |r| r.get(0))
            .expect("a text reads on SQLite")
    }
}

impl Raw for PgTx<'_> {
    fn raw(&mut self, sql: &str, params: &[i64]) -> Option<i64> {
        let params: Vec<&(dyn ToSql + Sync)> =
            params.iter().map(|p| p as &(dyn ToSql + Sync)).collect();
        self.query(sql, &params)
            .expect("the SQL runs on the server")
            .first()
            .and_then(|r| r.get(0))
    }

    fn raw_text(&mut self, sql: &str, params: &[i64]) -> String {
        let params: Vec<&(dyn ToSql + Sync)> =
            params.iter().map(|p| p as &(dyn ToSql + Sync)).collect();
        self.query_one(sql, &params)
            .expect("a text reads on the server")
            .get(0)
    }
}
