-- Version 2: the lookup indexes. Every row here is derived from the
-- customer tables and rebuilt by `index::reindex_customer`.

-- Folded names, for exact and whole-name-prefix matches (B-tree range scans).
ALTER TABLE customers ADD COLUMN full_key TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN preferred_key TEXT NOT NULL DEFAULT '';
CREATE INDEX customers_full_key ON customers(full_key) WHERE deleted_at IS NULL;
CREATE INDEX customers_preferred_key ON customers(preferred_key) WHERE deleted_at IS NULL;
CREATE INDEX customers_deleted ON customers(deleted_at) WHERE deleted_at IS NOT NULL;

-- Phone digits reversed: "ends with 4477" is a prefix scan on '7744'.
ALTER TABLE customer_phones ADD COLUMN digits_rev TEXT NOT NULL DEFAULT '';
CREATE INDEX customer_phones_digits_rev ON customer_phones(digits_rev);
CREATE INDEX customer_phones_e164 ON customer_phones(e164);

-- Words of names alone, folded; rowid = customers.pk. Kept apart from
-- search_words so a name probe never walks the long lists of common words
-- from notes. Trashed customers are removed from every search_ table.
CREATE VIRTUAL TABLE search_names USING fts5(
    name,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);

-- Words of names and of everything else, folded; rowid = customers.pk.
CREATE VIRTUAL TABLE search_words USING fts5(
    name, other,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3 4 5 6'
);

-- Folded names as trigrams, for matches inside a word ("ller" in Müller).
CREATE VIRTUAL TABLE search_trigrams USING fts5(
    name,
    content = '', contentless_delete = 1,
    tokenize = 'trigram'
);
