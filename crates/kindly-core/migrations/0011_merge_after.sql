-- Version 11: a merge also keeps the kept profile as the merge left it, so
-- undoing it takes back only what the merge added and keeps every edit
-- made to that customer since. NULL for merges made before this version.
ALTER TABLE merges ADD COLUMN kept_after TEXT;
