-- Version 4: follow-ups, their reminders, and staying in touch.
--
-- A follow-up is an entry (so Trash, the timeline and per-customer lists
-- treat it like the others). SQLite cannot widen a CHECK constraint, so
-- `entries` is rebuilt; this step runs with foreign keys off and checks
-- them before committing (see migrations.rs).

CREATE TABLE entries_v4 (
    pk          INTEGER PRIMARY KEY AUTOINCREMENT,
    id          TEXT NOT NULL UNIQUE,
    customer_pk INTEGER NOT NULL REFERENCES customers(pk) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('conversation', 'issue', 'promise', 'follow_up')),
    issue_pk    INTEGER REFERENCES entries(pk) ON DELETE SET NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    deleted_at  INTEGER
);
INSERT INTO entries_v4(pk, id, customer_pk, kind, issue_pk, created_at, updated_at, deleted_at)
    SELECT pk, id, customer_pk, kind, issue_pk, created_at, updated_at, deleted_at FROM entries;
-- Keep "a deleted entry's pk is never reused" across the rebuild.
DELETE FROM sqlite_sequence WHERE name = 'entries_v4';
INSERT INTO sqlite_sequence(name, seq) SELECT 'entries_v4', seq FROM sqlite_sequence WHERE name = 'entries';
DROP TABLE entries;
ALTER TABLE entries_v4 RENAME TO entries;
CREATE INDEX entries_customer ON entries(customer_pk, kind);
CREATE INDEX entries_issue ON entries(issue_pk) WHERE issue_pk IS NOT NULL;
CREATE INDEX entries_deleted ON entries(deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TABLE follow_ups (
    entry_pk      INTEGER PRIMARY KEY REFERENCES entries(pk) ON DELETE CASCADE,
    action        TEXT NOT NULL,
    -- The issue or promise it is about.
    about_pk      INTEGER REFERENCES entries(pk) ON DELETE SET NULL,
    -- The schedule, in the notebook's time zone: first day, optional time
    -- of day (NULL = at the reminder time) and an optional RRULE body.
    start_date    TEXT NOT NULL,
    start_time    TEXT,
    rrule         TEXT,
    assignee      TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT '',
    created_by    TEXT NOT NULL DEFAULT '',
    -- The occurrence still to do and when it is due (later if snoozed);
    -- both NULL once there is nothing left to do.
    occurrence_at INTEGER,
    due_at        INTEGER,
    -- The due_at a reminder was last claimed for (see reminders).
    reminded_due  INTEGER
);
CREATE INDEX follow_ups_due ON follow_ups(due_at) WHERE due_at IS NOT NULL;
CREATE INDEX follow_ups_unreminded ON follow_ups(due_at)
    WHERE due_at IS NOT NULL AND reminded_due IS NOT due_at;
CREATE INDEX follow_ups_about ON follow_ups(about_pk) WHERE about_pk IS NOT NULL;

-- One row per reminder decided on, written in the transaction that decides
-- it; shown_at is set once the notification was handed to the system.
CREATE TABLE reminders (
    pk         INTEGER PRIMARY KEY,
    entry_pk   INTEGER NOT NULL REFERENCES entries(pk) ON DELETE CASCADE,
    due_at     INTEGER NOT NULL,
    claimed_at INTEGER NOT NULL,
    missed     INTEGER NOT NULL,
    shown_at   INTEGER,
    UNIQUE (entry_pk, due_at)
);
CREATE INDEX reminders_unshown ON reminders(pk) WHERE shown_at IS NULL;

-- Stay in touch: the rhythm, the last contact (kept by the core whenever a
-- conversation changes) and when the ideal gap runs out, for the Today list.
ALTER TABLE customers ADD COLUMN touch_ideal_days INTEGER;
ALTER TABLE customers ADD COLUMN touch_longest_days INTEGER;
ALTER TABLE customers ADD COLUMN last_contact_at INTEGER;
ALTER TABLE customers ADD COLUMN touch_amber_at INTEGER;
CREATE INDEX customers_touch ON customers(touch_amber_at) WHERE touch_amber_at IS NOT NULL;
CREATE INDEX customers_birthday ON customers(birthday_month, birthday_day) WHERE birthday_month IS NOT NULL;
