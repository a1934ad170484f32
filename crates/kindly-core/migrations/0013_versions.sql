-- Version 13: no lost update. Every customer, entry (conversation, issue,
-- promise, follow-up), follow-up schedule and situation carries a version
-- that goes up by one whenever a person's change (or an import, merge or
-- Trash) rewrites it, and `changed_by`: the person at the desk who made
-- that change (empty when nobody was chosen). A save that started from
-- version N and finds another is refused, naming who saved in between.
-- Recomputing derived columns (last contact, reminders) is not a change.
-- The team notebook's schema has the same columns.
ALTER TABLE customers ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE customers ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE entries ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE entries ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE follow_ups ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE follow_ups ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE situations ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE situations ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
