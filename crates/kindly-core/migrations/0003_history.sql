-- Version 3: each customer's story. Conversations, issues and promises are
-- "entries"; everything dated that happens to them is an "event". Events are
-- only ever inserted (a conversation's own event moves with its time when
-- the conversation is edited): state history cannot be rewritten.

CREATE TABLE staff (
    pk         INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    initials   TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    removed_at INTEGER
);

-- AUTOINCREMENT: an entry's pk is also its search_entries rowid, so a
-- deleted entry's pk is never handed to a new one.
CREATE TABLE entries (
    pk          INTEGER PRIMARY KEY AUTOINCREMENT,
    id          TEXT NOT NULL UNIQUE,
    customer_pk INTEGER NOT NULL REFERENCES customers(pk) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('conversation', 'issue', 'promise')),
    -- The issue a conversation or promise belongs to.
    issue_pk    INTEGER REFERENCES entries(pk) ON DELETE SET NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    deleted_at  INTEGER
);
CREATE INDEX entries_customer ON entries(customer_pk, kind);
CREATE INDEX entries_issue ON entries(issue_pk) WHERE issue_pk IS NOT NULL;
CREATE INDEX entries_deleted ON entries(deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TABLE conversations (
    entry_pk    INTEGER PRIMARY KEY REFERENCES entries(pk) ON DELETE CASCADE,
    channel     TEXT NOT NULL,
    happened_at INTEGER NOT NULL,
    staff       TEXT NOT NULL DEFAULT '',
    summary     TEXT NOT NULL,
    mood        TEXT
);

CREATE TABLE issues (
    entry_pk      INTEGER PRIMARY KEY REFERENCES entries(pk) ON DELETE CASCADE,
    title         TEXT NOT NULL,
    own_words     TEXT NOT NULL DEFAULT '',
    root_cause    TEXT NOT NULL DEFAULT '',
    handler       TEXT NOT NULL DEFAULT '',
    mood_at_start TEXT,
    state         TEXT NOT NULL,
    waiting_on    TEXT,
    opened_at     INTEGER NOT NULL
);

CREATE TABLE issue_categories (
    issue_pk     INTEGER NOT NULL REFERENCES entries(pk) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    category     TEXT NOT NULL,
    category_key TEXT NOT NULL,
    PRIMARY KEY (issue_pk, position)
);
CREATE INDEX issue_categories_key ON issue_categories(category_key);

CREATE TABLE promises (
    entry_pk    INTEGER PRIMARY KEY REFERENCES entries(pk) ON DELETE CASCADE,
    what        TEXT NOT NULL,
    due_at      INTEGER NOT NULL,
    promised_by TEXT NOT NULL DEFAULT '',
    state       TEXT NOT NULL,
    made_at     INTEGER NOT NULL
);
CREATE INDEX promises_open_due ON promises(due_at) WHERE state = 'open';

CREATE TABLE events (
    pk          INTEGER PRIMARY KEY,
    entry_pk    INTEGER NOT NULL REFERENCES entries(pk) ON DELETE CASCADE,
    customer_pk INTEGER NOT NULL REFERENCES customers(pk) ON DELETE CASCADE,
    at          INTEGER NOT NULL,
    type        TEXT NOT NULL,
    staff       TEXT NOT NULL DEFAULT '',
    from_state  TEXT,
    to_state    TEXT,
    note        TEXT NOT NULL DEFAULT '',
    waiting_on  TEXT,
    mood        TEXT,
    old_due     INTEGER,
    new_due     INTEGER
);
CREATE INDEX events_timeline ON events(customer_pk, at DESC, pk DESC);
CREATE INDEX events_entry ON events(entry_pk);

-- Words of conversations and issues, folded; rowid = entries.pk.
CREATE VIRTUAL TABLE search_entries USING fts5(
    text,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3 4 5 6'
);
