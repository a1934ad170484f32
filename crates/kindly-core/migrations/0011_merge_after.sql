-- Version 11: a merge keeps more of what its undo needs.
-- `kept_after`: the kept profile as the merge left it, so undoing it takes
-- back only what the merge added and keeps every edit made since (NULL for
-- merges made before this version).
-- `moved_situations`: the situations whose membership (told status,
-- concierge, told history) moved from the merged customer to the kept one
-- (a JSON list of situation keys; NULL before this version: none moved).
ALTER TABLE merges ADD COLUMN kept_after TEXT;
ALTER TABLE merges ADD COLUMN moved_situations TEXT;
