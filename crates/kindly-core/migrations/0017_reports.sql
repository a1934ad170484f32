-- Version 17: what the Reports screen reads by. benches/reports.rs
-- (100,000 customers, a year of history) times reports() with and without
-- these; the queries in store/sqlite/reports.rs name the ones the planner
-- would otherwise pass over.
-- The issue moves of a period: resolutions and reopenings by time.
CREATE INDEX events_issue_moves ON events(at) WHERE type = 'issue_state';
-- (Customers added in each month: customers_added, from the list's version.)
-- Customers with a stay-in-touch rhythm, without reading their rows.
CREATE INDEX customers_rhythm ON customers(pk, touch_ideal_days, created_at, id)
    WHERE touch_ideal_days IS NOT NULL AND deleted_at IS NULL;
-- Each customer's live conversations and when they happened, without
-- reading the conversations' rows (drifting, and who was spoken to after
-- an upset conversation).
CREATE INDEX entries_live_talks ON entries(customer_pk, pk)
    WHERE kind = 'conversation' AND deleted_at IS NULL;
CREATE INDEX conversations_when ON conversations(entry_pk, happened_at);
-- Upset conversations (a twentieth of them), without reading the rest.
CREATE INDEX conversations_upset ON conversations(entry_pk, happened_at) WHERE mood = 'upset';
