-- Each customer's story (SQLite migrations 0003, 0004 and 0005 as they
-- stand after all of them). Conversations, issues, promises and follow-ups
-- are "entries"; everything dated that happens to them is an "event".
-- Events are only ever inserted (a conversation's own event moves with its
-- time when the conversation is edited).
--
-- An entry's pk is an identity: a deleted entry's pk is never handed to a
-- new one. `version`/`changed_by` as on customers (no lost update): an
-- issue, promise or conversation is one entry row with its detail row, and
-- every change to the detail row bumps its entry's version.

CREATE TABLE entries (
    pk          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id          text NOT NULL UNIQUE,
    customer_pk bigint NOT NULL REFERENCES customers(pk) ON DELETE CASCADE,
    kind        text NOT NULL CHECK (kind IN ('conversation', 'issue', 'promise', 'follow_up')),
    -- The issue a conversation or promise belongs to.
    issue_pk    bigint REFERENCES entries(pk) ON DELETE SET NULL,
    created_at  bigint NOT NULL,
    updated_at  bigint NOT NULL,
    deleted_at  bigint,
    version     bigint NOT NULL DEFAULT 1,
    changed_by  text NOT NULL DEFAULT session_user
);
CREATE INDEX entries_customer ON entries(customer_pk, kind);
CREATE INDEX entries_issue ON entries(issue_pk) WHERE issue_pk IS NOT NULL;
CREATE INDEX entries_deleted ON entries(deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TABLE conversations (
    entry_pk    bigint PRIMARY KEY REFERENCES entries(pk) ON DELETE CASCADE,
    channel     text NOT NULL,
    happened_at bigint NOT NULL,
    staff       text NOT NULL DEFAULT '',
    summary     text NOT NULL,
    mood        text,
    -- How a call went (spoke, left a message, no answer).
    outcome     text
);

CREATE TABLE issues (
    entry_pk      bigint PRIMARY KEY REFERENCES entries(pk) ON DELETE CASCADE,
    title         text NOT NULL,
    own_words     text NOT NULL DEFAULT '',
    root_cause    text NOT NULL DEFAULT '',
    handler       text NOT NULL DEFAULT '',
    mood_at_start text,
    state         text NOT NULL,
    waiting_on    text,
    opened_at     bigint NOT NULL
);

CREATE TABLE issue_categories (
    issue_pk     bigint NOT NULL REFERENCES entries(pk) ON DELETE CASCADE,
    position     integer NOT NULL,
    category     text NOT NULL,
    category_key text NOT NULL,
    PRIMARY KEY (issue_pk, position)
);
CREATE INDEX issue_categories_key ON issue_categories(category_key);

CREATE TABLE promises (
    entry_pk    bigint PRIMARY KEY REFERENCES entries(pk) ON DELETE CASCADE,
    what        text NOT NULL,
    due_at      bigint NOT NULL,
    promised_by text NOT NULL DEFAULT '',
    state       text NOT NULL,
    made_at     bigint NOT NULL
);
CREATE INDEX promises_open_due ON promises(due_at) WHERE state = 'open';

CREATE TABLE events (
    pk          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entry_pk    bigint NOT NULL REFERENCES entries(pk) ON DELETE CASCADE,
    customer_pk bigint NOT NULL REFERENCES customers(pk) ON DELETE CASCADE,
    at          bigint NOT NULL,
    type        text NOT NULL,
    staff       text NOT NULL DEFAULT '',
    from_state  text,
    to_state    text,
    note        text NOT NULL DEFAULT '',
    waiting_on  text,
    mood        text,
    old_due     bigint,
    new_due     bigint
);
CREATE INDEX events_timeline ON events(customer_pk, at DESC, pk DESC);
CREATE INDEX events_entry ON events(entry_pk);
