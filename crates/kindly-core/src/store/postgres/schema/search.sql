-- The lookup tables (SQLite's FTS5 tables of migrations 0002 and 0003).
-- Every row here is derived from the customer and entry tables and
-- rewritten by the SearchIndex operations; the core writes the texts
-- already folded (rules::fold), and kindly_unaccent folds accents again so
-- text written by anything else still matches.
--
-- What is looked up (store/search.rs): whole words and word prefixes of
-- names alone (search_names), of names and everything else (search_words),
-- of conversations and issues (search_entries), and substrings of names
-- ("ller" in Müller: a trigram index on search_names.name). Exact names,
-- whole-name prefixes and phone digits are looked up on customers and
-- customer_phones (customers.sql).
--
-- A trashed customer's rows are removed from every search_ table, as on
-- SQLite. Rows go with their customer or entry (ON DELETE CASCADE).
--
-- The probes (search/lookup.rs) fold the query with kindly_unaccent too,
-- match words with to_tsquery('simple', ...) (`:*` for a prefix) and
-- substrings with LIKE, newest first (ORDER BY the key DESC, as FTS5's
-- rowid): each reads its GIN index, also in a generic plan (tested).

-- unaccent() is only STABLE (its dictionary could change), so it cannot be
-- used in an index or a generated column; with the dictionary named the
-- result is fixed, which this IMMUTABLE wrapper declares.
CREATE FUNCTION kindly_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN public.unaccent('public.unaccent'::regdictionary, $1);

-- Words of names alone: a name probe never walks the long lists of common
-- words from notes. 'simple': no stemming and no stop words, like FTS5's
-- unicode61 (a name is not English).
CREATE TABLE search_names (
    customer_pk bigint PRIMARY KEY REFERENCES customers(pk) ON DELETE CASCADE,
    name        text NOT NULL,
    words       tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, kindly_unaccent(name))) STORED
);
CREATE INDEX search_names_words ON search_names USING gin (words);
-- Matches inside a word (`kindly_unaccent(name) LIKE '%ller%'`).
CREATE INDEX search_names_trigrams ON search_names USING gin (kindly_unaccent(name) gin_trgm_ops);

-- Words of names and of everything else (company, notes, lists, ...).
CREATE TABLE search_words (
    customer_pk bigint PRIMARY KEY REFERENCES customers(pk) ON DELETE CASCADE,
    name        text NOT NULL,
    other       text NOT NULL,
    words       tsvector GENERATED ALWAYS AS (
        to_tsvector('simple'::regconfig, kindly_unaccent(name) || ' ' || kindly_unaccent(other))) STORED
);
CREATE INDEX search_words_words ON search_words USING gin (words);

-- Words of conversations and issues; one row per live entry.
CREATE TABLE search_entries (
    entry_pk bigint PRIMARY KEY REFERENCES entries(pk) ON DELETE CASCADE,
    text     text NOT NULL,
    words    tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, kindly_unaccent(text))) STORED
);
CREATE INDEX search_entries_words ON search_entries USING gin (words);
