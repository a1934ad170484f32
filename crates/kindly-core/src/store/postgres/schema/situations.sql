-- Situations (SQLite migration 0008): when one problem touches many
-- customers, who is affected, who looks after each of them, the updates
-- posted, and who has been told about the latest one. `version` and
-- `changed_by` on situations as on customers (no lost update).

CREATE TABLE situations (
    pk            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id            text NOT NULL UNIQUE,
    title         text NOT NULL,
    what_happened text NOT NULL DEFAULT '',
    what_we_do    text NOT NULL DEFAULT '',
    -- When we expect it fixed, if we know.
    expected_fix  bigint,
    lead          text NOT NULL DEFAULT '',
    -- The number of updates posted; a member is told about the latest when
    -- their told_seq equals it (0 = the first news).
    latest_seq    integer NOT NULL DEFAULT 0,
    -- The search last used to add customers (JSON of SituationFilter).
    saved_filter  text,
    created_by    text NOT NULL DEFAULT '',
    created_at    bigint NOT NULL,
    updated_at    bigint NOT NULL,
    closed_at     bigint,
    version       bigint NOT NULL DEFAULT 1,
    changed_by    text NOT NULL DEFAULT session_user
);
CREATE INDEX situations_open ON situations(created_at) WHERE closed_at IS NULL;

CREATE TABLE situation_groups (
    pk           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id           text NOT NULL UNIQUE,
    situation_pk bigint NOT NULL REFERENCES situations(pk) ON DELETE CASCADE,
    name         text NOT NULL,
    concierge    text NOT NULL DEFAULT ''
);
CREATE INDEX situation_groups_situation ON situation_groups(situation_pk);

-- A bulk change that can be undone in one step. `undo` is what the undo
-- needs (JSON); undone_at is set once it was undone.
CREATE TABLE situation_actions (
    pk           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id           text NOT NULL UNIQUE,
    situation_pk bigint NOT NULL REFERENCES situations(pk) ON DELETE CASCADE,
    kind         text NOT NULL CHECK (kind IN ('add', 'group', 'close')),
    count        integer NOT NULL,
    undo         text NOT NULL DEFAULT '[]',
    staff        text NOT NULL DEFAULT '',
    at           bigint NOT NULL,
    undone_at    bigint
);
CREATE INDEX situation_actions_situation ON situation_actions(situation_pk, pk);

CREATE TABLE situation_members (
    situation_pk bigint NOT NULL REFERENCES situations(pk) ON DELETE CASCADE,
    customer_pk  bigint NOT NULL REFERENCES customers(pk) ON DELETE CASCADE,
    group_pk     bigint REFERENCES situation_groups(pk) ON DELETE SET NULL,
    -- A concierge of their own, over their group's.
    concierge    text NOT NULL DEFAULT '',
    -- The action that added them (undoing it removes them).
    action_pk    bigint REFERENCES situation_actions(pk) ON DELETE SET NULL,
    added_at     bigint NOT NULL,
    -- The last update they were told about (NULL: not told anything yet),
    -- when, by whom, how, and how they took it.
    told_seq     integer,
    told_at      bigint,
    told_by      text NOT NULL DEFAULT '',
    told_how     text,
    mood         text,
    PRIMARY KEY (situation_pk, customer_pk)
);
CREATE INDEX situation_members_customer ON situation_members(customer_pk);
CREATE INDEX situation_members_action ON situation_members(action_pk) WHERE action_pk IS NOT NULL;
CREATE INDEX situation_members_group ON situation_members(group_pk) WHERE group_pk IS NOT NULL;

CREATE TABLE situation_updates (
    pk           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    situation_pk bigint NOT NULL REFERENCES situations(pk) ON DELETE CASCADE,
    seq          integer NOT NULL,
    text         text NOT NULL,
    expected_fix bigint,
    staff        text NOT NULL DEFAULT '',
    at           bigint NOT NULL,
    UNIQUE (situation_pk, seq)
);

-- Every time someone was told, never edited; the conversation it logged on
-- their timeline.
CREATE TABLE situation_told (
    pk           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    situation_pk bigint NOT NULL REFERENCES situations(pk) ON DELETE CASCADE,
    customer_pk  bigint NOT NULL REFERENCES customers(pk) ON DELETE CASCADE,
    seq          integer NOT NULL,
    entry_pk     bigint REFERENCES entries(pk) ON DELETE SET NULL,
    at           bigint NOT NULL,
    staff        text NOT NULL DEFAULT '',
    how          text NOT NULL,
    mood         text
);
CREATE INDEX situation_told_member ON situation_told(situation_pk, customer_pk);
-- PostgreSQL does not index a foreign key by itself: erasing a customer or
-- an entry looks these up.
CREATE INDEX situation_told_customer ON situation_told(customer_pk);
CREATE INDEX situation_told_entry ON situation_told(entry_pk) WHERE entry_pk IS NOT NULL;
