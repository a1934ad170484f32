-- Version 2: the language a customer prefers (a BCP 47 tag such as "fr"
-- or "pt-BR"; empty when not said), as the SQLite migration 0014.
ALTER TABLE customers ADD COLUMN language text NOT NULL DEFAULT '';
