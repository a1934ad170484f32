-- Version 15: the Customers list. Saved lists (a filter kept with a name),
-- the record of imports (so a list can show who an import added), and the
-- indexes the list's sorts read pages from. The team notebook's schema
-- has the same (its version 3).

-- A deleted list is kept aside (deleted_at) so it can be brought back;
-- names are unique among the lists not deleted, case and accents aside.
CREATE TABLE saved_lists (
    pk         INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    name_key   TEXT NOT NULL,
    -- The filter and the sort as JSON (rules::list_model).
    filter     TEXT NOT NULL,
    sort       TEXT NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1,
    changed_by TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted_at INTEGER
);
CREATE UNIQUE INDEX saved_lists_name ON saved_lists(name_key) WHERE deleted_at IS NULL;

-- One row per import, written in the import's transaction.
CREATE TABLE imports (
    pk        INTEGER PRIMARY KEY,
    id        TEXT NOT NULL UNIQUE,
    file_name TEXT NOT NULL,
    at        INTEGER NOT NULL,
    -- Customers it added (not those it merged into).
    added     INTEGER NOT NULL
);

-- The import that added the customer (NULL: added otherwise, or before
-- imports were recorded). Merged-into customers keep theirs.
ALTER TABLE customers ADD COLUMN import_pk INTEGER REFERENCES imports(pk) ON DELETE SET NULL;
CREATE INDEX customers_import ON customers(import_pk) WHERE import_pk IS NOT NULL;

-- The list's sorts, each read a page at a time in either direction
-- (the key is in every SQLite index: ties come out by key).
CREATE INDEX customers_last_contact ON customers(last_contact_at) WHERE deleted_at IS NULL;
CREATE INDEX customers_name_sort ON customers(
    (CASE WHEN preferred_key <> '' THEN preferred_key ELSE full_key END)) WHERE deleted_at IS NULL;
CREATE INDEX customers_added ON customers(created_at) WHERE deleted_at IS NULL;
CREATE INDEX customers_company_sort ON customers(lower(company)) WHERE deleted_at IS NULL;
-- "Drifting" and "out of touch" (the list names it with INDEXED BY): every
-- column their filter and the last-contact sort read, so a page and a
-- count read no customer row but the page's own (deleted_at, always NULL
-- here, makes it covering: SQLite does not drop the WHERE's term itself).
CREATE INDEX customers_drifting ON customers(touch_amber_at, last_contact_at, deleted_at)
    WHERE deleted_at IS NULL AND touch_amber_at IS NOT NULL;
