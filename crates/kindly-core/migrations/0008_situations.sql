-- Version 8: situations. When one problem touches many customers (a late
-- delivery, a broken machine, a price change): who is affected, who looks
-- after each of them (a group's concierge, or one of their own), the
-- updates posted, and who has been told about the latest one.

CREATE TABLE situations (
    pk            INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    title         TEXT NOT NULL,
    what_happened TEXT NOT NULL DEFAULT '',
    what_we_do    TEXT NOT NULL DEFAULT '',
    -- When we expect it fixed, if we know.
    expected_fix  INTEGER,
    lead          TEXT NOT NULL DEFAULT '',
    -- The number of updates posted; a member is told about the latest
    -- when their told_seq equals it (0 = the first news).
    latest_seq    INTEGER NOT NULL DEFAULT 0,
    -- The search last used to add customers (JSON of SituationFilter).
    saved_filter  TEXT,
    created_by    TEXT NOT NULL DEFAULT '',
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    closed_at     INTEGER
);
CREATE INDEX situations_open ON situations(created_at) WHERE closed_at IS NULL;

CREATE TABLE situation_groups (
    pk           INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    situation_pk INTEGER NOT NULL REFERENCES situations(pk) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    concierge    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX situation_groups_situation ON situation_groups(situation_pk);

-- A bulk change that can be undone in one step: adding many customers,
-- putting many in a group, closing with follow-ups. `undo` is what the
-- undo needs (JSON); undone_at is set once it was undone.
CREATE TABLE situation_actions (
    pk           INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    situation_pk INTEGER NOT NULL REFERENCES situations(pk) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('add', 'group', 'close')),
    count        INTEGER NOT NULL,
    undo         TEXT NOT NULL DEFAULT '[]',
    staff        TEXT NOT NULL DEFAULT '',
    at           INTEGER NOT NULL,
    undone_at    INTEGER
);
CREATE INDEX situation_actions_situation ON situation_actions(situation_pk, pk);

CREATE TABLE situation_members (
    situation_pk INTEGER NOT NULL REFERENCES situations(pk) ON DELETE CASCADE,
    customer_pk  INTEGER NOT NULL REFERENCES customers(pk) ON DELETE CASCADE,
    group_pk     INTEGER REFERENCES situation_groups(pk) ON DELETE SET NULL,
    -- A concierge of their own, over their group's.
    concierge    TEXT NOT NULL DEFAULT '',
    -- The action that added them (undoing it removes them).
    action_pk    INTEGER REFERENCES situation_actions(pk) ON DELETE SET NULL,
    added_at     INTEGER NOT NULL,
    -- The last update they were told about (NULL: not told anything yet),
    -- when, by whom, how, and how they took it.
    told_seq     INTEGER,
    told_at      INTEGER,
    told_by      TEXT NOT NULL DEFAULT '',
    told_how     TEXT,
    mood         TEXT,
    PRIMARY KEY (situation_pk, customer_pk)
) WITHOUT ROWID;
CREATE INDEX situation_members_customer ON situation_members(customer_pk);
CREATE INDEX situation_members_action ON situation_members(action_pk) WHERE action_pk IS NOT NULL;

CREATE TABLE situation_updates (
    pk           INTEGER PRIMARY KEY,
    situation_pk INTEGER NOT NULL REFERENCES situations(pk) ON DELETE CASCADE,
    seq          INTEGER NOT NULL,
    text         TEXT NOT NULL,
    expected_fix INTEGER,
    staff        TEXT NOT NULL DEFAULT '',
    at           INTEGER NOT NULL,
    UNIQUE (situation_pk, seq)
);

-- Every time someone was told, never edited; the conversation it logged on
-- their timeline.
CREATE TABLE situation_told (
    pk           INTEGER PRIMARY KEY,
    situation_pk INTEGER NOT NULL REFERENCES situations(pk) ON DELETE CASCADE,
    customer_pk  INTEGER NOT NULL REFERENCES customers(pk) ON DELETE CASCADE,
    seq          INTEGER NOT NULL,
    entry_pk     INTEGER REFERENCES entries(pk) ON DELETE SET NULL,
    at           INTEGER NOT NULL,
    staff        TEXT NOT NULL DEFAULT '',
    how          TEXT NOT NULL,
    mood         TEXT
);
CREATE INDEX situation_told_member ON situation_told(situation_pk, customer_pk);

-- Finding everyone with a tag ("wedding-cakes"), whatever its case.
CREATE INDEX customer_tags_key ON customer_tags(lower(tag));
