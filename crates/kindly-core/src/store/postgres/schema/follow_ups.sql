-- Follow-ups and their reminders (SQLite migration 0004). A follow-up is
-- an entry (kind 'follow_up'), so Trash, the timeline and per-customer
-- lists treat it like the others. `version`/`changed_by` as on customers.

CREATE TABLE follow_ups (
    entry_pk      bigint PRIMARY KEY REFERENCES entries(pk) ON DELETE CASCADE,
    action        text NOT NULL,
    -- The issue or promise it is about.
    about_pk      bigint REFERENCES entries(pk) ON DELETE SET NULL,
    -- The schedule, in the notebook's time zone: first day, optional time
    -- of day (NULL = at the reminder time) and an optional RRULE body.
    start_date    text NOT NULL,
    start_time    text,
    rrule         text,
    assignee      text NOT NULL DEFAULT '',
    note          text NOT NULL DEFAULT '',
    created_by    text NOT NULL DEFAULT '',
    -- The occurrence still to do and when it is due (later if snoozed);
    -- both NULL once there is nothing left to do.
    occurrence_at bigint,
    due_at        bigint,
    -- The due_at a reminder was last claimed for (see reminders).
    reminded_due  bigint,
    version       bigint NOT NULL DEFAULT 1,
    changed_by    text NOT NULL DEFAULT session_user
);
CREATE INDEX follow_ups_due ON follow_ups(due_at) WHERE due_at IS NOT NULL;
CREATE INDEX follow_ups_unreminded ON follow_ups(due_at)
    WHERE due_at IS NOT NULL AND reminded_due IS DISTINCT FROM due_at;
CREATE INDEX follow_ups_about ON follow_ups(about_pk) WHERE about_pk IS NOT NULL;

-- One row per reminder decided on, written in the transaction that decides
-- it; shown_at is set once the notification was handed to the system.
-- UNIQUE (entry_pk, due_at): two windows deciding the same reminder at once
-- claim it once.
-- claimed_in: the transaction that last claimed it. Every machine of the
-- team claims reminders, and each one is shown by the machine whose
-- transaction claimed it (and by another only once that claim is older
-- than the lease in store/postgres/follow_ups/reminders.rs, unshown).
CREATE TABLE reminders (
    pk         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entry_pk   bigint NOT NULL REFERENCES entries(pk) ON DELETE CASCADE,
    due_at     bigint NOT NULL,
    claimed_at bigint NOT NULL,
    missed     boolean NOT NULL,
    shown_at   bigint,
    claimed_in xid8 NOT NULL DEFAULT pg_current_xact_id(),
    UNIQUE (entry_pk, due_at)
);
CREATE INDEX reminders_unshown ON reminders(pk) WHERE shown_at IS NULL;
