-- Version 14: the language a customer prefers (a BCP 47 tag such as "fr"
-- or "pt-BR"; empty when not said), for the messages Kindly drafts for
-- them. The team notebook's schema has the same column (its version 2).
ALTER TABLE customers ADD COLUMN language TEXT NOT NULL DEFAULT '';
