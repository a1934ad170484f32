-- Merging duplicate customers, and undoing a merge (SQLite migrations 0006
-- and 0011). A merge keeps one customer (`kept_pk`), moves the other's
-- entries to it and puts the other in Trash; everything needed to undo it
-- is kept here.

CREATE TABLE merges (
    pk               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id               text NOT NULL UNIQUE,
    kept_pk          bigint NOT NULL REFERENCES customers(pk) ON DELETE CASCADE,
    merged_pk        bigint NOT NULL REFERENCES customers(pk) ON DELETE CASCADE,
    -- The kept profile as it was (JSON of the profile form).
    kept_before      text NOT NULL,
    -- Which entries moved (JSON).
    moved            text NOT NULL,
    staff            text NOT NULL DEFAULT '',
    at               bigint NOT NULL,
    undone_at        bigint,
    -- The kept profile as the merge left it (JSON): undoing takes back only
    -- what the merge added.
    kept_after       text,
    -- The situations whose membership moved (JSON list of keys).
    moved_situations text
);
CREATE INDEX merges_open ON merges(at) WHERE undone_at IS NULL;
-- PostgreSQL does not index a foreign key by itself: erasing a customer
-- (the cascades) and following merge chains look these up.
CREATE INDEX merges_kept ON merges(kept_pk);
CREATE INDEX merges_merged ON merges(merged_pk);

-- Pairs the user said are different people, never listed again.
CREATE TABLE not_duplicates (
    a_pk bigint NOT NULL REFERENCES customers(pk) ON DELETE CASCADE,
    b_pk bigint NOT NULL REFERENCES customers(pk) ON DELETE CASCADE,
    PRIMARY KEY (a_pk, b_pk)
);
CREATE INDEX not_duplicates_b ON not_duplicates(b_pk);
