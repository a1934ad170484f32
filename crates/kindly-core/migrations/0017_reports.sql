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
-- Every conversation, when it happened and whether it was upset, in one
-- narrow scan that reads no conversation's row (drifting, checked in after
-- a resolution, upset and waiting); each entry is then found by its key.
CREATE INDEX conversations_when ON conversations(entry_pk, happened_at, mood);
-- The follow-ups done (a twentieth of the events), without reading the rest.
CREATE INDEX events_follow_ups_done ON events(customer_pk, at, entry_pk)
    WHERE type = 'follow_up_done';
