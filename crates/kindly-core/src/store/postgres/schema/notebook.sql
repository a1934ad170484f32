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

-- The team's logins (`kindly team add-staff`): one PostgreSQL role per
-- person, with the name they go by. A removed login stays listed (its
-- role stays too, unable to sign in), so the `changed_by` it left on rows
-- still names someone. Written only by the owner: the staff role reads it.
CREATE TABLE staff_logins (
    login        text PRIMARY KEY,
    display_name text NOT NULL,
    added_at     bigint NOT NULL,
    removed_at   bigint
);
