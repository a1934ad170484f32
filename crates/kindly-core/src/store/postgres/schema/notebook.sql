-- The notebook as a whole: its settings and its staff (SQLite migrations
-- 0001 and 0003). The schema version (`kindly_schema`) is kept by
-- migrations.rs itself, which must read it before anything here runs.

CREATE TABLE settings (
    key   text PRIMARY KEY,
    value text NOT NULL
);

CREATE TABLE staff (
    pk         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id         text NOT NULL UNIQUE,
    name       text NOT NULL,
    initials   text NOT NULL,
    created_at bigint NOT NULL,
    removed_at bigint
);
