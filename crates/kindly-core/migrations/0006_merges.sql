-- Version 6: merging duplicate customers, and undoing a merge.
--
-- A merge keeps one customer (`kept_pk`), moves the other's entries to it
-- and puts the other in Trash. Everything needed to undo it is kept here:
-- the kept profile as it was (JSON of the profile form) and which entries
-- moved.
CREATE TABLE merges (
    pk          INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    kept_pk     INTEGER NOT NULL REFERENCES customers(pk) ON DELETE CASCADE,
    merged_pk   INTEGER NOT NULL REFERENCES customers(pk) ON DELETE CASCADE,
    kept_before TEXT NOT NULL,
    moved       TEXT NOT NULL,
    staff       TEXT NOT NULL DEFAULT '',
    at          INTEGER NOT NULL,
    undone_at   INTEGER
);
CREATE INDEX merges_open ON merges(at) WHERE undone_at IS NULL;

-- Pairs the user said are different people, never listed again.
CREATE TABLE not_duplicates (
    a_pk INTEGER NOT NULL REFERENCES customers(pk) ON DELETE CASCADE,
    b_pk INTEGER NOT NULL REFERENCES customers(pk) ON DELETE CASCADE,
    PRIMARY KEY (a_pk, b_pk)
) WITHOUT ROWID;

-- Finding people by email address when importing or looking for duplicates.
CREATE INDEX customer_emails_address ON customer_emails(lower(address));
