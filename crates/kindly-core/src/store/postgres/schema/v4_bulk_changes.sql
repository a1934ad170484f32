-- Version 4: changes to many customers at once and tidying tags, each
-- with what its Undo needs per customer, as the SQLite migration 0016.
CREATE TABLE bulk_changes (
    pk        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id        text NOT NULL UNIQUE,
    kind      text NOT NULL,
    changed   integer NOT NULL DEFAULT 0,
    at        bigint NOT NULL,
    by        text NOT NULL DEFAULT '',
    undone_at bigint,
    lists     text NOT NULL DEFAULT '[]'
);
CREATE INDEX bulk_changes_at ON bulk_changes(at);

CREATE TABLE bulk_change_rows (
    pk          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    change_pk   bigint NOT NULL REFERENCES bulk_changes(pk) ON DELETE CASCADE,
    customer_pk bigint NOT NULL REFERENCES customers(pk) ON DELETE CASCADE,
    before      text NOT NULL
);
CREATE INDEX bulk_change_rows_change ON bulk_change_rows(change_pk);
CREATE INDEX bulk_change_rows_customer ON bulk_change_rows(customer_pk);
