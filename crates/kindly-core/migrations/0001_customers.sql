-- Version 1: customer profiles and settings.
CREATE TABLE customers (
    pk              INTEGER PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,
    full_name       TEXT NOT NULL,
    preferred_name  TEXT NOT NULL DEFAULT '',
    pronunciation   TEXT NOT NULL DEFAULT '',
    pronouns        TEXT NOT NULL DEFAULT '',
    company         TEXT NOT NULL DEFAULT '',
    address         TEXT NOT NULL DEFAULT '',
    birthday_year   INTEGER,
    birthday_month  INTEGER,
    birthday_day    INTEGER,
    contact_channel TEXT NOT NULL DEFAULT 'no_preference',
    best_time       TEXT NOT NULL DEFAULT '',
    notes           TEXT NOT NULL DEFAULT '',
    looked_after_by TEXT NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    deleted_at      INTEGER
);

CREATE TABLE customer_phones (
    customer_pk INTEGER NOT NULL REFERENCES customers(pk) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    label       TEXT NOT NULL DEFAULT '',
    number      TEXT NOT NULL,
    e164        TEXT NOT NULL,
    is_primary  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (customer_pk, position)
);

CREATE TABLE customer_emails (
    customer_pk INTEGER NOT NULL REFERENCES customers(pk) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    label       TEXT NOT NULL DEFAULT '',
    address     TEXT NOT NULL,
    is_primary  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (customer_pk, position)
);

-- Short list items: "please don't" notes, preferences, always-remember facts.
CREATE TABLE customer_items (
    customer_pk INTEGER NOT NULL REFERENCES customers(pk) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('dont', 'preference', 'remember')),
    position    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    PRIMARY KEY (customer_pk, kind, position)
);

CREATE TABLE customer_tags (
    customer_pk INTEGER NOT NULL REFERENCES customers(pk) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    tag         TEXT NOT NULL,
    PRIMARY KEY (customer_pk, position)
);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
