-- Live changes: every change a person would see on another desk (a
-- customer, an entry of their story, a follow-up, a situation) sends a
-- notification on the channel `kindly_changes` (LISTEN/NOTIFY) when its
-- transaction commits. The payload names what changed by kind and ids
-- only, never a customer's text (rules/live.rs reads it):
--   {"k":"customers","c":["<customer id>",...],"s":["<situation id>",...]}
--   {"k":"story","all":true}   (this kind, too many ids to name)
--   {"all":true}               (everything: too many statements to name)
--
-- One statement-level trigger per table and operation (transition tables
-- allow one operation each), so a statement that changes a thousand rows
-- sends one notification, not a thousand. A transaction sends at most
-- `kindly_live_budget` notifications, then one "everything" (which the
-- server folds with its duplicates): an import of 10,000 customers, one
-- INSERT each, costs each statement a function call that returns at once.
--
-- The functions run with the rights of whoever changes the rows (the
-- staff's logins): they read only the rows just changed and the keys of
-- customers and situations, which the staff may read, and anyone may
-- call pg_notify.

-- Sends `payload`, or "everything" once the transaction has sent its
-- budget (a transaction-local setting counts).
CREATE FUNCTION kindly_live_send(payload text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    sent integer := coalesce(nullif(current_setting('kindly.live_sent', true), ''), '0')::integer;
BEGIN
    IF sent > 16 THEN
        RETURN;
    END IF;
    PERFORM set_config('kindly.live_sent', (sent + 1)::text, true);
    IF sent = 16 THEN
        PERFORM pg_notify('kindly_changes', '{"all":true}');
    ELSE
        PERFORM pg_notify('kindly_changes', payload);
    END IF;
END;
$$;

-- The trigger: TG_ARGV[0] is the kind, TG_ARGV[1] how the changed rows
-- (the transition table `changed`) name their customers and situations.
-- A payload past 7,900 bytes (the server's limit is 8,000) becomes "all
-- of this kind".
CREATE FUNCTION kindly_live_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    kind text := TG_ARGV[0];
    shape text := TG_ARGV[1];
    customer_ids text[];
    situation_ids text[];
    payload text;
BEGIN
    IF coalesce(nullif(current_setting('kindly.live_sent', true), ''), '0')::integer > 16 THEN
        RETURN NULL;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM changed) THEN
        RETURN NULL;
    END IF;
    IF shape = 'customer' THEN
        SELECT array_agg(DISTINCT id) INTO customer_ids FROM changed;
    ELSIF shape = 'customer_pk' THEN
        SELECT array_agg(DISTINCT c.id) INTO customer_ids
        FROM customers c WHERE c.pk IN (SELECT customer_pk FROM changed);
    ELSIF shape = 'entry_pk' THEN
        SELECT array_agg(DISTINCT c.id) INTO customer_ids
        FROM entries e JOIN customers c ON c.pk = e.customer_pk
        WHERE e.pk IN (SELECT entry_pk FROM changed);
    ELSIF shape = 'situation' THEN
        SELECT array_agg(DISTINCT id) INTO situation_ids FROM changed;
    ELSIF shape = 'situation_pk' THEN
        SELECT array_agg(DISTINCT s.id) INTO situation_ids
        FROM situations s WHERE s.pk IN (SELECT situation_pk FROM changed);
    ELSIF shape = 'member' THEN
        SELECT array_agg(DISTINCT s.id) INTO situation_ids
        FROM situations s WHERE s.pk IN (SELECT situation_pk FROM changed);
        SELECT array_agg(DISTINCT c.id) INTO customer_ids
        FROM customers c WHERE c.pk IN (SELECT customer_pk FROM changed);
    END IF;
    payload := json_build_object('k', kind,
                                 'c', coalesce(customer_ids, '{}'),
                                 's', coalesce(situation_ids, '{}'))::text;
    IF octet_length(payload) > 7900 THEN
        payload := json_build_object('k', kind, 'all', true)::text;
    END IF;
    PERFORM kindly_live_send(payload);
    RETURN NULL;
END;
$$;

-- Which tables notify, as what kind, and how their rows name customers
-- and situations. The detail rows of entries notify on their own too:
-- an edit that changes only them (a conversation's outcome) still shows.
DO $$
DECLARE
    watched CONSTANT text[][] := ARRAY[
        -- table, kind, shape, operations
        ['customers', 'customers', 'customer', 'INSERT UPDATE DELETE'],
        ['entries', 'story', 'customer_pk', 'INSERT UPDATE DELETE'],
        ['events', 'story', 'customer_pk', 'INSERT'],
        ['conversations', 'story', 'entry_pk', 'UPDATE'],
        ['issues', 'story', 'entry_pk', 'UPDATE'],
        ['promises', 'story', 'entry_pk', 'UPDATE'],
        ['follow_ups', 'follow_ups', 'entry_pk', 'INSERT UPDATE DELETE'],
        ['situations', 'situations', 'situation', 'INSERT UPDATE DELETE'],
        ['situation_groups', 'situations', 'situation_pk', 'INSERT UPDATE DELETE'],
        ['situation_members', 'situations', 'member', 'INSERT UPDATE DELETE'],
        ['situation_updates', 'situations', 'situation_pk', 'INSERT'],
        ['situation_told', 'situations', 'member', 'INSERT']
    ];
    w text[];
    op text;
BEGIN
    FOREACH w SLICE 1 IN ARRAY watched LOOP
        FOREACH op IN ARRAY string_to_array(w[4], ' ') LOOP
            EXECUTE format(
                'CREATE OR REPLACE TRIGGER %I AFTER %s ON %I
                 REFERENCING %s TABLE AS changed
                 FOR EACH STATEMENT EXECUTE FUNCTION kindly_live_changed(%L, %L)',
                'kindly_live_' || lower(op), op, w[1],
                CASE op WHEN 'DELETE' THEN 'OLD' ELSE 'NEW' END,
                w[2], w[3]);
        END LOOP;
    END LOOP;
END;
$$;
