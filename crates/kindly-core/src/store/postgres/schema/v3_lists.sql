-- Version 3: the Customers list, as the SQLite migration 0015: saved
-- lists, the record of imports, and the indexes the list's sorts read
-- pages from.

CREATE TABLE saved_lists (
    pk         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id         text NOT NULL UNIQUE,
    name       text NOT NULL,
    name_key   text NOT NULL,
    -- The filter and the sort as JSON text (rules::list_model).
    filter     text NOT NULL,
    sort       text NOT NULL,
    version    bigint NOT NULL DEFAULT 1,
    changed_by text NOT NULL DEFAULT session_user,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL,
    deleted_at bigint
);
CREATE UNIQUE INDEX saved_lists_name ON saved_lists(name_key) WHERE deleted_at IS NULL;

CREATE TABLE imports (
    pk        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id        text NOT NULL UNIQUE,
    file_name text NOT NULL,
    at        bigint NOT NULL,
    added     bigint NOT NULL
);

ALTER TABLE customers ADD COLUMN import_pk bigint REFERENCES imports(pk) ON DELETE SET NULL;
CREATE INDEX customers_import ON customers(import_pk) WHERE import_pk IS NOT NULL;

CREATE INDEX customers_last_contact ON customers(last_contact_at, pk) WHERE deleted_at IS NULL;
CREATE INDEX customers_name_sort ON customers(
    (CASE WHEN preferred_key <> '' THEN preferred_key ELSE full_key END), pk) WHERE deleted_at IS NULL;
CREATE INDEX customers_added ON customers(created_at, pk) WHERE deleted_at IS NULL;
CREATE INDEX customers_company_sort ON customers(lower(company), pk) WHERE deleted_at IS NULL;

-- Another desk sees a saved list appear, change or go.
DO $$
DECLARE
    op text;
BEGIN
    FOREACH op IN ARRAY ARRAY['INSERT', 'UPDATE', 'DELETE'] LOOP
        EXECUTE format(
            'CREATE OR REPLACE TRIGGER %I AFTER %s ON saved_lists
             REFERENCING %s TABLE AS changed
             FOR EACH STATEMENT EXECUTE FUNCTION kindly_live_changed(%L, %L)',
            'kindly_live_' || lower(op), op,
            CASE op WHEN 'DELETE' THEN 'OLD' ELSE 'NEW' END,
            'lists', 'none');
    END LOOP;
END;
$$;
