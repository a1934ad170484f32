-- Version 5: what the Reports screen reads by, as the SQLite migration
-- 0017 (benches/reports.rs times reports() on both stores).
CREATE INDEX events_issue_moves ON events(at) WHERE type = 'issue_state';
CREATE INDEX customers_rhythm ON customers(pk, touch_ideal_days, created_at, id)
    WHERE touch_ideal_days IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX entries_live_talks ON entries(customer_pk, pk)
    WHERE kind = 'conversation' AND deleted_at IS NULL;
CREATE INDEX conversations_when ON conversations(entry_pk, happened_at);
CREATE INDEX conversations_upset ON conversations(entry_pk, happened_at) WHERE mood = 'upset';
