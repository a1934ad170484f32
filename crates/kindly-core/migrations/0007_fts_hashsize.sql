-- Version 7: the full-text indexes keep up to 16 MB of new rows in memory
-- within one transaction (FTS5's default is 1 MB) before writing them out.
-- A big import then writes a few large index segments instead of many
-- small ones that must be merged again; ordinary edits are unaffected.
INSERT INTO search_names(search_names, rank) VALUES ('hashsize', 16777216);
INSERT INTO search_words(search_words, rank) VALUES ('hashsize', 16777216);
INSERT INTO search_trigrams(search_trigrams, rank) VALUES ('hashsize', 16777216);
INSERT INTO search_entries(search_entries, rank) VALUES ('hashsize', 16777216);
