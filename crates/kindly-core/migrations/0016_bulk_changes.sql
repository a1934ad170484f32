-- Version 16: changes to many customers at once (a tag added, who looks
-- after them, a follow-up each, a situation, Trash) and tidying tags
-- (rename, merge, delete), each with what its Undo needs per customer.
--
-- `kind` is the change as JSON (ChangeMade); `changed` how many customers
-- it changed; `undone_at` set once undone (a second Undo is refused);
-- `lists` the saved lists a tag's rename or merge changed, each with its
-- filter before and after, as JSON, so Undo puts back those still as the
-- change left them.
CREATE TABLE bulk_changes (
    pk        INTEGER PRIMARY KEY,
    id        TEXT NOT NULL UNIQUE,
    kind      TEXT NOT NULL,
    changed   INTEGER NOT NULL DEFAULT 0,
    at        INTEGER NOT NULL,
    by        TEXT NOT NULL DEFAULT '',
    undone_at INTEGER,
    lists     TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX bulk_changes_at ON bulk_changes(at);

-- One row per customer a change changed: what they held before (and what
-- the change left), as JSON, so Undo restores exactly that and leaves
-- alone what someone changed since.
CREATE TABLE bulk_change_rows (
    pk          INTEGER PRIMARY KEY,
    change_pk   INTEGER NOT NULL REFERENCES bulk_changes(pk) ON DELETE CASCADE,
    customer_pk INTEGER NOT NULL REFERENCES customers(pk) ON DELETE CASCADE,
    before      TEXT NOT NULL
);
CREATE INDEX bulk_change_rows_change ON bulk_change_rows(change_pk);
CREATE INDEX bulk_change_rows_customer ON bulk_change_rows(customer_pk);
