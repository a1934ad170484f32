-- Version 12: each customer's change history. One row per field a save
-- changed (or per event: created, moved to Trash, restored, merged), with
-- who saved it (the person at the desk; empty when nobody was chosen) and
-- what the field held before and after, as text. Only ever inserted;
-- erasing a customer erases theirs.
CREATE TABLE customer_changes (
    pk          INTEGER PRIMARY KEY,
    customer_pk INTEGER NOT NULL REFERENCES customers(pk) ON DELETE CASCADE,
    changed_at  INTEGER NOT NULL,
    changed_by  TEXT NOT NULL DEFAULT '',
    field       TEXT NOT NULL,
    before      TEXT NOT NULL DEFAULT '',
    after       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX customer_changes_customer ON customer_changes(customer_pk, changed_at DESC, pk);
