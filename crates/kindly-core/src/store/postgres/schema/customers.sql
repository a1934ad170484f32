-- Customer profiles: the customers table with its phones, emails, list
-- items and tags, the sample mark, and the change history of profiles.
-- Translated from the SQLite migrations 0001, 0002, 0004, 0009 and 0010 as
-- they stand after all of them.
--
-- `version` goes up by one on every update of the row and `changed_by`
-- names the login that made it: a write that read version N and finds
-- another one was made meanwhile is refused (no lost update).

CREATE TABLE customers (
    pk                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id                 text NOT NULL UNIQUE,
    full_name          text NOT NULL,
    preferred_name     text NOT NULL DEFAULT '',
    pronunciation      text NOT NULL DEFAULT '',
    pronouns           text NOT NULL DEFAULT '',
    company            text NOT NULL DEFAULT '',
    address            text NOT NULL DEFAULT '',
    birthday_year      integer,
    birthday_month     integer,
    birthday_day       integer,
    contact_channel    text NOT NULL DEFAULT 'no_preference',
    best_time          text NOT NULL DEFAULT '',
    notes              text NOT NULL DEFAULT '',
    looked_after_by    text NOT NULL DEFAULT '',
    created_at         bigint NOT NULL,
    updated_at         bigint NOT NULL,
    deleted_at         bigint,
    -- Folded names, for exact and whole-name-prefix matches (B-tree scans).
    -- COLLATE "C": compared byte by byte, as SQLite does, so a prefix is
    -- the range `>= prefix AND < upper bound` (lookup.rs's
    -- prefix_upper_bound) whatever the database's collation, and a
    -- prepared statement's generic plan still uses the index.
    full_key           text COLLATE "C" NOT NULL DEFAULT '',
    preferred_key      text COLLATE "C" NOT NULL DEFAULT '',
    -- Stay in touch: the rhythm, the last contact (kept by the core whenever
    -- a conversation changes) and when the ideal gap runs out.
    touch_ideal_days   integer,
    touch_longest_days integer,
    last_contact_at    bigint,
    touch_amber_at     bigint,
    version            bigint NOT NULL DEFAULT 1,
    changed_by         text NOT NULL DEFAULT session_user
);
-- With the key: a name's customers come out in key order (as from
-- SQLite's index, whose rowid is the key), so the lookup reads the first
-- page of them from the index alone and stops.
CREATE INDEX customers_full_key ON customers(full_key, pk) WHERE deleted_at IS NULL;
CREATE INDEX customers_preferred_key ON customers(preferred_key, pk) WHERE deleted_at IS NULL;
CREATE INDEX customers_deleted ON customers(deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX customers_touch ON customers(touch_amber_at) WHERE touch_amber_at IS NOT NULL;
CREATE INDEX customers_birthday ON customers(birthday_month, birthday_day) WHERE birthday_month IS NOT NULL;

CREATE TABLE customer_phones (
    customer_pk bigint NOT NULL REFERENCES customers(pk) ON DELETE CASCADE,
    position    integer NOT NULL,
    label       text NOT NULL DEFAULT '',
    number      text NOT NULL,
    -- Empty when the number has no E.164 form.
    e164        text NOT NULL,
    is_primary  boolean NOT NULL DEFAULT false,
    -- Phone digits reversed: "ends with 4477" is a prefix scan on '7744'
    -- (a range, byte by byte: see full_key).
    digits_rev  text COLLATE "C" NOT NULL DEFAULT '',
    -- The order rows were written in (SQLite's rowid): phones with the
    -- same digits are looked up in this order on both stores.
    seq         bigint GENERATED ALWAYS AS IDENTITY,
    PRIMARY KEY (customer_pk, position)
);
CREATE INDEX customer_phones_digits_rev ON customer_phones(digits_rev, seq);
CREATE INDEX customer_phones_e164 ON customer_phones(e164, seq);

CREATE TABLE customer_emails (
    customer_pk bigint NOT NULL REFERENCES customers(pk) ON DELETE CASCADE,
    position    integer NOT NULL,
    label       text NOT NULL DEFAULT '',
    address     text NOT NULL,
    is_primary  boolean NOT NULL DEFAULT false,
    PRIMARY KEY (customer_pk, position)
);
-- Finding people by email address when importing or looking for duplicates.
CREATE INDEX customer_emails_address ON customer_emails(lower(address));

-- Short list items: "please don't" notes, preferences, always-remember facts.
CREATE TABLE customer_items (
    customer_pk bigint NOT NULL REFERENCES customers(pk) ON DELETE CASCADE,
    kind        text NOT NULL CHECK (kind IN ('dont', 'preference', 'remember')),
    position    integer NOT NULL,
    text        text NOT NULL,
    PRIMARY KEY (customer_pk, kind, position)
);

CREATE TABLE customer_tags (
    customer_pk bigint NOT NULL REFERENCES customers(pk) ON DELETE CASCADE,
    position    integer NOT NULL,
    tag         text NOT NULL,
    PRIMARY KEY (customer_pk, position)
);
-- Finding everyone with a tag, whatever its case, from the index alone.
CREATE INDEX customer_tags_key ON customer_tags(lower(tag), customer_pk);

-- Customers written by "Look around with a sample notebook".
CREATE TABLE sample_customers (
    customer_pk bigint PRIMARY KEY REFERENCES customers(pk) ON DELETE CASCADE
);

-- Who changed which field of a profile, when, from what to what (one row
-- per field changed, or per event: created, moved to Trash, restored,
-- merged), as text. `changed_by` is the login; `at_desk` the person the
-- computer it was saved from had at the desk (empty when none). Only ever
-- inserted; erasing a customer erases theirs.
CREATE TABLE customer_changes (
    pk          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_pk bigint NOT NULL REFERENCES customers(pk) ON DELETE CASCADE,
    changed_at  bigint NOT NULL,
    changed_by  text NOT NULL DEFAULT session_user,
    at_desk     text NOT NULL DEFAULT '',
    field       text NOT NULL,
    before      text NOT NULL DEFAULT '',
    after       text NOT NULL DEFAULT ''
);
CREATE INDEX customer_changes_customer ON customer_changes(customer_pk, changed_at DESC, pk);
