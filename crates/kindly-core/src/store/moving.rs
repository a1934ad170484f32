//! Moving a whole notebook from one store to the other (a notebook file
//! into a team notebook, and a team notebook out to a file): the tables
//! that move, in the order their rows can be written, with the columns
//! both stores have; rows as plain values neither store's driver names;
//! and [`MovingRows`], what each store does for a move.
//!
//! Keys move as they are: a customer that was pk 7 in the file is pk 7 on
//! the server, so every reference between rows holds without a mapping.
//! What is derived from the moved rows (the full-text lookup tables) is
//! not moved: the receiving store writes it again, its own way
//! ([`MovingRows::finish_moving_in`]). Settings move one by one through
//! [`crate::store::NotebookRows`], as the use case decides per key.

use crate::error::Result;

/// How many rows are read, and written, at a time: a move of a million
/// conversations never holds more than this many in memory.
pub(crate) const CHUNK: usize = 2000;

/// One value of a moved row, as both stores can hold it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Cell {
    /// No value (SQL NULL).
    Null,
    /// A whole number: keys, times, counts, and flags (0 or 1).
    Int(i64),
    /// A floating-point number (no moved column holds one today).
    Real(f64),
    /// Text.
    Text(String),
    /// Bytes (no moved column holds them today).
    Blob(Vec<u8>),
}

/// One moved row: a [`Cell`] per column of its [`Table`], in that order.
pub(crate) type Cells = Vec<Cell>;

/// A table that moves, and how.
#[derive(Debug)]
pub(crate) struct Table {
    /// Its name (the same in both schemas).
    pub(crate) name: &'static str,
    /// The columns that move, named as in both schemas; the first
    /// [`Table::key`] of them are the primary key, which the rows are read
    /// and written in the order of.
    pub(crate) columns: &'static [&'static str],
    /// How many of the first columns make the primary key.
    pub(crate) key: usize,
    /// The column each store numbers by itself for a new row (PostgreSQL's
    /// identity, SQLite's rowid): a move writes it as it is, then sets the
    /// numbering to go on after the highest.
    pub(crate) numbered: Option<&'static str>,
    /// On SQLite, [`Table::numbered`] is the table's rowid under this
    /// name rather than a column of its own.
    pub(crate) sqlite_rowid: bool,
    /// A key of this table is never given again once used, even after its
    /// row is deleted (SQLite's AUTOINCREMENT): the highest ever given
    /// moves with the rows.
    pub(crate) never_reused: bool,
    /// A column naming another row of this same table that may come later
    /// in key order (a conversation linked to an issue opened after it):
    /// written empty with its row, and filled in once every row is in.
    pub(crate) points_ahead: Option<&'static str>,
}

impl Table {
    const fn new(name: &'static str, columns: &'static [&'static str], key: usize) -> Table {
        Table {
            name,
            columns,
            key,
            numbered: None,
            sqlite_rowid: false,
            never_reused: false,
            points_ahead: None,
        }
    }

    /// The same table whose first column the stores number themselves.
    const fn numbered(mut self) -> Table {
        self.numbered = Some(self.columns[0]);
        self
    }

    /// Where `column` is among [`Table::columns`].
    pub(crate) fn position(&self, column: &str) -> Option<usize> {
        self.columns.iter().position(|c| *c == column)
    }
}

/// Every table that moves, parents before the rows that name them.
///
/// Not here, on purpose: `settings` (moved key by key, see the use case),
/// the full-text lookup tables (`search_*`, derived), and what only one
/// store has: SQLite's `sqlite_sequence` (carried as
/// [`Table::never_reused`]); on the server `staff_logins` (the server's
/// own logins), `customer_changes.at_desk` (a laptop's change history
/// names the person at the desk in `changed_by`), and
/// `reminders.claimed_in` (which server transaction claimed it).
///
/// A row's `version` and `changed_by` move as they are: the laptop's
/// `changed_by` names the person at the desk, the server's a login (shown
/// as the person's name when it is one of the team's), both as text, so
/// either reads on the other as who saved it.
pub(crate) const TABLES: &[Table] = &[
    Table::new(
        "staff",
        &["pk", "id", "name", "initials", "created_at", "removed_at"],
        1,
    )
    .numbered(),
    Table::new("imports", &["pk", "id", "file_name", "at", "added"], 1).numbered(),
    Table::new(
        "customers",
        &[
            "pk",
            "id",
            "full_name",
            "preferred_name",
            "pronunciation",
            "pronouns",
            "company",
            "address",
            "birthday_year",
            "birthday_month",
            "birthday_day",
            "contact_channel",
            "best_time",
            "language",
            "notes",
            "looked_after_by",
            "created_at",
            "updated_at",
            "deleted_at",
            "full_key",
            "preferred_key",
            "touch_ideal_days",
            "touch_longest_days",
            "last_contact_at",
            "touch_amber_at",
            "version",
            "changed_by",
            "import_pk",
        ],
        1,
    )
    .numbered(),
    Table {
        numbered: Some("seq"),
        sqlite_rowid: true,
        ..Table::new(
            "customer_phones",
            &[
                "customer_pk",
                "position",
                "label",
                "number",
                "e164",
                "is_primary",
                "digits_rev",
                "seq",
            ],
            2,
        )
    },
    Table::new(
        "customer_emails",
        &["customer_pk", "position", "label", "address", "is_primary"],
        2,
    ),
    Table::new(
        "customer_items",
        &["customer_pk", "kind", "position", "text"],
        3,
    ),
    Table::new("customer_tags", &["customer_pk", "position", "tag"], 2),
    Table::new("sample_customers", &["customer_pk"], 1),
    Table::new(
        "customer_changes",
        &[
            "pk",
            "customer_pk",
            "changed_at",
            "changed_by",
            "field",
            "before",
            "after",
        ],
        1,
    )
    .numbered(),
    Table {
        never_reused: true,
        points_ahead: Some("issue_pk"),
        ..Table::new(
            "entries",
            &[
                "pk",
                "id",
                "customer_pk",
                "kind",
                "issue_pk",
                "created_at",
                "updated_at",
                "deleted_at",
                "version",
                "changed_by",
            ],
            1,
        )
        .numbered()
    },
    Table::new(
        "conversations",
        &[
            "entry_pk",
            "channel",
            "happened_at",
            "staff",
            "summary",
            "mood",
            "outcome",
        ],
        1,
    ),
    Table::new(
        "issues",
        &[
            "entry_pk",
            "title",
            "own_words",
            "root_cause",
            "handler",
            "mood_at_start",
            "state",
            "waiting_on",
            "opened_at",
        ],
        1,
    ),
    Table::new(
        "issue_categories",
        &["issue_pk", "position", "category", "category_key"],
        2,
    ),
    Table::new(
        "promises",
        &[
            "entry_pk",
            "what",
            "due_at",
            "promised_by",
            "state",
            "made_at",
        ],
        1,
    ),
    Table::new(
        "events",
        &[
            "pk",
            "entry_pk",
            "customer_pk",
            "at",
            "type",
            "staff",
            "from_state",
            "to_state",
            "note",
            "waiting_on",
            "mood",
            "old_due",
            "new_due",
        ],
        1,
    )
    .numbered(),
    Table::new(
        "follow_ups",
        &[
            "entry_pk",
            "action",
            "about_pk",
            "start_date",
            "start_time",
            "rrule",
            "assignee",
            "note",
            "created_by",
            "occurrence_at",
            "due_at",
            "reminded_due",
            "version",
            "changed_by",
        ],
        1,
    ),
    Table::new(
        "reminders",
        &[
            "pk",
            "entry_pk",
            "due_at",
            "claimed_at",
            "missed",
            "shown_at",
        ],
        1,
    )
    .numbered(),
    Table::new(
        "situations",
        &[
            "pk",
            "id",
            "title",
            "what_happened",
            "what_we_do",
            "expected_fix",
            "lead",
            "latest_seq",
            "saved_filter",
            "created_by",
            "created_at",
            "updated_at",
            "closed_at",
            "version",
            "changed_by",
        ],
        1,
    )
    .numbered(),
    Table::new(
        "situation_groups",
        &["pk", "id", "situation_pk", "name", "concierge"],
        1,
    )
    .numbered(),
    Table::new(
        "situation_actions",
        &[
            "pk",
            "id",
            "situation_pk",
            "kind",
            "count",
            "undo",
            "staff",
            "at",
            "undone_at",
        ],
        1,
    )
    .numbered(),
    Table::new(
        "situation_members",
        &[
            "situation_pk",
            "customer_pk",
            "group_pk",
            "concierge",
            "action_pk",
            "added_at",
            "told_seq",
            "told_at",
            "told_by",
            "told_how",
            "mood",
        ],
        2,
    ),
    Table::new(
        "situation_updates",
        &[
            "pk",
            "situation_pk",
            "seq",
            "text",
            "expected_fix",
            "staff",
            "at",
        ],
        1,
    )
    .numbered(),
    Table::new(
        "situation_told",
        &[
            "pk",
            "situation_pk",
            "customer_pk",
            "seq",
            "entry_pk",
            "at",
            "staff",
            "how",
            "mood",
        ],
        1,
    )
    .numbered(),
    Table::new(
        "merges",
        &[
            "pk",
            "id",
            "kept_pk",
            "merged_pk",
            "kept_before",
            "moved",
            "staff",
            "at",
            "undone_at",
            "kept_after",
            "moved_situations",
        ],
        1,
    )
    .numbered(),
    Table::new("not_duplicates", &["a_pk", "b_pk"], 2),
    Table::new(
        "saved_lists",
        &[
            "pk",
            "id",
            "name",
            "name_key",
            "filter",
            "sort",
            "version",
            "changed_by",
            "created_at",
            "updated_at",
            "deleted_at",
        ],
        1,
    )
    .numbered(),
    Table::new(
        "bulk_changes",
        &[
            "pk",
            "id",
            "kind",
            "changed",
            "at",
            "by",
            "undone_at",
            "lists",
        ],
        1,
    )
    .numbered(),
    Table::new(
        "bulk_change_rows",
        &["pk", "change_pk", "customer_pk", "before"],
        1,
    )
    .numbered(),
];

#[cfg(test)]
/// The table called `name` in [`TABLES`].
pub(crate) fn table(name: &str) -> Option<&'static Table> {
    TABLES.iter().find(|t| t.name == name)
}

/// Who reads a team notebook: see [`MovingRows::reading_as`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ReadingAs {
    /// The login (PostgreSQL's `session_user`).
    pub(crate) login: String,
    /// Its name on the team's list of logins; empty when not listed.
    pub(crate) name: String,
}

/// What each store does for a move: read every row of a table, write rows
/// as they are, and set itself up for new rows once they are all in.
/// Implemented by every store; a move reads through a snapshot of one and
/// writes through one write transaction of the other.
pub(crate) trait MovingRows {
    /// Readies this write transaction to receive a whole notebook:
    /// waits for any other move into the same notebook to end, and
    /// refuses (nothing written) a login that could not finish the move.
    fn start_moving_in(&mut self) -> Result<()>;

    /// Whether `table` holds any row.
    fn holds_rows(&mut self, table: &Table) -> Result<bool>;

    /// How many rows `table` holds.
    fn count_rows(&mut self, table: &Table) -> Result<u64>;

    /// Every row of `table` (its [`Table::columns`], in order), in
    /// primary-key order, handed to `each` at most [`CHUNK`] at a time.
    fn rows_of(
        &mut self,
        table: &Table,
        each: &mut dyn FnMut(Vec<Cells>) -> Result<()>,
    ) -> Result<()>;

    /// Writes `rows` (as [`MovingRows::rows_of`] reads them) into
    /// `table`, keys and numbered columns as given. A row whose key is
    /// taken, or that names a row not there, fails the transaction.
    fn insert_rows(&mut self, table: &Table, rows: &[Cells]) -> Result<()>;

    /// Sets `column` of the rows of `table` whose first key is the first
    /// of each pair to the second (the links [`Table::points_ahead`] left
    /// empty).
    fn link_rows(&mut self, table: &Table, column: &str, links: &[(i64, i64)]) -> Result<()>;

    /// The highest key `table` ever gave (a [`Table::never_reused`]
    /// table: its rows' keys, and those of rows deleted since); 0 when
    /// none.
    fn highest_key_given(&mut self, table: &Table) -> Result<i64>;

    /// The login this handle reads the notebook as, and the name the team
    /// knows it by (empty when it is not one of the team's logins: an
    /// administrator's); `None` on a notebook file, which has no logins.
    /// An offline copy records it as the one who took it.
    fn reading_as(&mut self) -> Result<Option<ReadingAs>>;

    /// Once every row is in: new rows of each numbered table take keys
    /// after the highest moved one (and, for a table in `given`, after the
    /// highest the notebook moved from ever gave), and the lookup tables
    /// hold every moved customer and entry.
    fn finish_moving_in(&mut self, given: &[(&Table, i64)]) -> Result<()>;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_moves_once_with_its_key_first_and_its_marks_on_its_columns() {
        let mut names: Vec<&str> = TABLES.iter().map(|t| t.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), TABLES.len(), "no table twice");
        for t in TABLES {
            assert!(t.key >= 1 && t.key <= t.columns.len(), "{}", t.name);
            for marked in [t.numbered, t.points_ahead].into_iter().flatten() {
                assert!(t.position(marked).is_some(), "{}.{marked}", t.name);
            }
            if t.points_ahead.is_some() || t.never_reused {
                assert_eq!(t.key, 1, "{}: one key column, a number", t.name);
            }
        }
    }
}
