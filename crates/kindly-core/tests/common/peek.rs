//! A second connection to what a notebook stores, beside the notebook's
//! own: its file through SQLite, or its team notebook's database through
//! PostgreSQL with the test server's administrator login. Tests read rows
//! through it so nothing the notebook caches can hide one.

use kindly_core::Notebook;

/// A second connection to `nb`'s rows.
pub enum Peek {
    File(rusqlite::Connection),
    Team(postgres::Client),
}

impl Peek {
    /// Connects to `nb`'s file or database. An in-memory notebook has no
    /// second connection: the test must store it in a file (see
    /// [`super::Place`]).
    pub fn open(nb: &Notebook) -> Peek {
        if nb.is_team() {
            Peek::Team(postgres::Client::connect(&team_url(nb), postgres::NoTls).unwrap())
        } else {
            assert_ne!(
                nb.path().as_os_str(),
                ":memory:",
                "an in-memory notebook cannot be read from outside"
            );
            Peek::File(rusqlite::Connection::open(nb.path()).unwrap())
        }
    }

    /// The first column of every row `sql` (no parameters, valid on both
    /// stores) gives, as text.
    pub fn strings(&mut self, sql: &str) -> Vec<String> {
        match self {
            Peek::File(conn) => conn
                .prepare(sql)
                .unwrap()
                .query_map([], |r| r.get::<_, String>(0))
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap(),
            Peek::Team(client) => client
                .query(sql, &[])
                .unwrap()
                .iter()
                .map(|r| r.get::<_, String>(0))
                .collect(),
        }
    }

    /// The one integer `sql` (no parameters, valid on both stores) gives.
    pub fn count(&mut self, sql: &str) -> i64 {
        match self {
            Peek::File(conn) => conn.query_row(sql, [], |r| r.get(0)).unwrap(),
            Peek::Team(client) => client.query_one(sql, &[]).unwrap().get(0),
        }
    }

    /// The names of the notebook's ordinary tables, sorted (SQLite's
    /// full-text tables and their shadows left out: they are derived).
    pub fn tables(&mut self) -> Vec<String> {
        let tables = self.strings(match self {
            Peek::File(_) => {
                "SELECT name FROM sqlite_master WHERE type = 'table'
                   AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
            }
            Peek::Team(_) => {
                "SELECT tablename::text FROM pg_catalog.pg_tables
                  WHERE schemaname = 'public' ORDER BY tablename COLLATE \"C\""
            }
        });
        assert!(tables.len() > 10, "read the real schema: {tables:?}");
        tables
    }

    /// Every row of `table` as text (each column's value, in order), in no
    /// particular order.
    pub fn rows(&mut self, table: &str) -> Vec<String> {
        match self {
            Peek::File(conn) => {
                let mut stmt = conn.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
                let columns = stmt.column_count();
                stmt.query_map([], |r| {
                    let mut row = String::new();
                    for i in 0..columns {
                        match r.get_ref(i)? {
                            // As it is, so a test can look for characters in it.
                            rusqlite::types::ValueRef::Text(text) => {
                                row.push_str(&format!("\"{}\"|", String::from_utf8_lossy(text)));
                            }
                            other => row.push_str(&format!("{other:?}|")),
                        }
                    }
                    Ok(row)
                })
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap()
            }
            Peek::Team(client) => client
                .query(&format!("SELECT t::text FROM \"{table}\" t"), &[])
                .unwrap()
                .iter()
                .map(|r| r.get::<_, String>(0))
                .collect(),
        }
    }

    /// Every ordinary table with every row of it (see [`Peek::rows`]); on
    /// a team notebook in one statement, as tests take this often.
    pub fn all_rows(&mut self) -> Vec<(String, Vec<String>)> {
        let tables = self.tables();
        match self {
            Peek::File(_) => tables
                .into_iter()
                .map(|table| {
                    let rows = self.rows(&table);
                    (table, rows)
                })
                .collect(),
            Peek::Team(client) => {
                let each: Vec<String> = tables
                    .iter()
                    .map(|table| format!("ARRAY(SELECT t::text FROM \"{table}\" t)"))
                    .collect();
                let row = client
                    .query_one(&format!("SELECT {}", each.join(", ")), &[])
                    .unwrap();
                tables
                    .into_iter()
                    .enumerate()
                    .map(|(i, table)| (table, row.get::<_, Vec<String>>(i)))
                    .collect()
            }
        }
    }

    /// Every row of every ordinary table, hashed (rows sorted within their
    /// table, so only what is stored counts, not where); the record of
    /// backups taken is left out (taking one is not a change to what the
    /// notebook holds).
    pub fn digest(&mut self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        for (table, mut rows) in self.all_rows() {
            table.hash(&mut h);
            if table == "settings" {
                rows.retain(|row| {
                    !["last_backup_at", "backups_taken", "plain_backups_wait"]
                        .iter()
                        .any(|key| row.contains(key))
                });
            }
            rows.sort();
            rows.hash(&mut h);
        }
        h.finish()
    }

    /// Every row of every ordinary table, as text: what a person reading
    /// the whole notebook with a database tool would see.
    pub fn everything(&mut self) -> String {
        let mut all = String::new();
        for (_, rows) in self.all_rows() {
            for row in rows {
                all.push_str(&row);
                all.push('\n');
            }
        }
        all
    }
}

/// The administrator's URL of `nb`'s database on the test server.
pub fn team_url(nb: &Notebook) -> String {
    let admin = std::env::var("KINDLY_TEST_POSTGRES").unwrap();
    let (base, _) = admin.rsplit_once('/').unwrap();
    let database = nb.path().file_name().unwrap().to_str().unwrap();
    format!("{base}/{database}")
}
