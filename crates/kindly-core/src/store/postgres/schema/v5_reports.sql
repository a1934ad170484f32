-- Version 5: what the Reports screen reads by, as the SQLite migration
-- 0017 (benches/reports.rs times reports() on both stores).
CREATE INDEX events_issue_moves ON events(at) WHERE type = 'issue_state';
CREATE INDEX customers_rhythm ON customers(pk, touch_ideal_days, created_at, id)
    WHERE touch_ideal_days IS NOT NULL AND deleted_at IS NULL;
-- By key, unlike SQLite's: the conversations are read whole, and two
-- index-only scans in key order (this and conversations_when) merge
-- without hashing 300,000 entries.
CREATE INDEX entries_live_talks ON entries(pk, customer_pk)
    WHERE kind = 'conversation' AND deleted_at IS NULL;
-- Live customers' ids without their wide rows (promises, issue moves).
CREATE INDEX customers_live_ids ON customers(pk, id) WHERE deleted_at IS NULL;
CREATE INDEX conversations_when ON conversations(entry_pk, happened_at, mood);
CREATE INDEX events_follow_ups_done ON events(customer_pk, at, entry_pk)
    WHERE type = 'follow_up_done';
