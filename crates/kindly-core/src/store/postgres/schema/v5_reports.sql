-- Version 5: what the Reports screen reads by, as the SQLite migration
-- 0017 (benches/reports.rs times reports() on both stores).
CREATE INDEX events_issue_moves ON events(at) WHERE type = 'issue_state';
CREATE INDEX customers_rhythm ON customers(pk, touch_ideal_days, created_at, id)
    WHERE touch_ideal_days IS NOT NULL AND deleted_at IS NULL;
-- The conversations by customer then time, from their own timeline
-- events (each conversation's one event moves with it): each customer's
-- latest, read backwards, and every one of the customers with a rhythm,
-- without joining the entries.
CREATE INDEX events_talks ON events(customer_pk, at, entry_pk, mood)
    WHERE type = 'conversation';
-- The live promises' customers, and when each promise was kept, without
-- reading the other entries and events (small index-only scans, hashed).
CREATE INDEX entries_live_promises ON entries(pk, customer_pk)
    WHERE kind = 'promise' AND deleted_at IS NULL;
CREATE INDEX events_promises_kept ON events(entry_pk, at) WHERE type = 'promise_kept';
CREATE INDEX events_follow_ups_done ON events(customer_pk, at, entry_pk)
    WHERE type = 'follow_up_done';
