-- Version 5: how a call went (spoke, left a message, no answer), logged
-- from the callback brief.
ALTER TABLE conversations ADD COLUMN outcome TEXT;
