-- Team lead statistics over a whole region's history within the budget (issue 8: 1 million contacts in <= 1 s).
-- Computing every figure from the contacts at each request costs a time-zone conversion and a deadline verdict
-- per row (13 s at 1M). The figures of a (unit, local day) that has ended hardly ever change afterwards, so they
-- are kept in roll-up tables and only the days still open, changed since, or never rolled up are computed from
-- the contacts. The rules of each figure are those of 0015; they live once, in the lead_*_live functions below,
-- which both fill the roll-up and compute the live days, so a stored and a live day always agree.
--
-- Change tracking: statement triggers on contacts and callback_requests add a dirty mark per (unit, day,
-- transaction). The transaction id in the key means a desk never conflicts with another desk's mark (no row lock,
-- no wait on the claim/close path) and never finds its change "already marked" by a mark that a concurrent
-- refresh is about to delete. A refresh deletes, in the same statement (one snapshot) as it recomputes, only the
-- marks that snapshot sees; a change committed after it keeps its mark and its day is computed live.

CREATE TABLE region.lead_rollup_days (
    unit_id uuid NOT NULL,
    day date NOT NULL,
    phone_total bigint NOT NULL,
    phone_met bigint NOT NULL,
    phone_early bigint NOT NULL,
    phone_missed bigint NOT NULL,
    eservice_total bigint NOT NULL,
    eservice_met bigint NOT NULL,
    eservice_missed bigint NOT NULL,
    assessment_total bigint NOT NULL,
    assessment_met bigint NOT NULL,
    PRIMARY KEY (unit_id, day)
);
-- Completed contacts per completion day, channel and code; no key, so a refresh replaces a day's rows by a
-- delete and an insert in one statement.
CREATE TABLE region.lead_rollup_codes (
    unit_id uuid NOT NULL,
    day date NOT NULL,
    channel text NOT NULL,
    code text NOT NULL,
    contacts bigint NOT NULL
);
CREATE INDEX lead_rollup_codes_day ON region.lead_rollup_codes (unit_id, day) INCLUDE (channel, code, contacts);
CREATE TABLE region.lead_rollup_staff (
    unit_id uuid NOT NULL,
    day date NOT NULL,
    staff_id uuid NOT NULL,
    completed bigint NOT NULL,
    closed_other bigint NOT NULL
);
CREATE INDEX lead_rollup_staff_day ON region.lead_rollup_staff (unit_id, day) INCLUDE (staff_id, completed, closed_other);
-- No foreign keys here: a key check would share-lock the unit's row on every desk action.
CREATE TABLE region.lead_rollup_dirty (
    unit_id uuid NOT NULL,
    day date NOT NULL,
    xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    PRIMARY KEY (unit_id, day, xid)
);
-- Only the definer's functions read or write these; staff get no grant (the figures cross RLS).
GRANT SELECT, INSERT, UPDATE, DELETE ON region.lead_rollup_days, region.lead_rollup_codes, region.lead_rollup_staff,
    region.lead_rollup_dirty TO vardinkorg_definer;

-- What the figures read of a contact's status: new and claimed are the same (open), so claims, releases and
-- lease renewals mark nothing.
CREATE FUNCTION region.lead_figure_status(p_status text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE WHEN p_status IN ('new', 'claimed') THEN 'open' ELSE p_status END;

CREATE FUNCTION region.lead_mark_contacts() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = region, pg_temp
AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO region.lead_rollup_dirty (unit_id, day)
        SELECT DISTINCT n.unit_id, v.d
          FROM new_rows n, LATERAL (VALUES (region.local_day(n.due_at)), (region.local_day(n.completed_at))) AS v(d)
         WHERE v.d IS NOT NULL
        ON CONFLICT DO NOTHING;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO region.lead_rollup_dirty (unit_id, day)
        SELECT DISTINCT o.unit_id, v.d
          FROM old_rows o, LATERAL (VALUES (region.local_day(o.due_at)), (region.local_day(o.completed_at))) AS v(d)
         WHERE v.d IS NOT NULL
        ON CONFLICT DO NOTHING;
    ELSE
        -- Both the old and the new days of every row whose figures may have changed.
        INSERT INTO region.lead_rollup_dirty (unit_id, day)
        SELECT DISTINCT v.uid, v.d
          FROM old_rows o JOIN new_rows n ON n.id = o.id,
               LATERAL (VALUES (o.unit_id, region.local_day(o.due_at)), (o.unit_id, region.local_day(o.completed_at)),
                               (n.unit_id, region.local_day(n.due_at)), (n.unit_id, region.local_day(n.completed_at)))
                   AS v(uid, d)
         WHERE v.d IS NOT NULL
           AND (o.unit_id, o.channel, o.received_at, o.due_at, region.lead_figure_status(o.status),
                o.first_contact_at, o.completed_at, o.completed_by, o.code, o.medical_assessment)
               IS DISTINCT FROM
               (n.unit_id, n.channel, n.received_at, n.due_at, region.lead_figure_status(n.status),
                n.first_contact_at, n.completed_at, n.completed_by, n.code, n.medical_assessment)
        ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END
$$;

-- A booked slot decides "early": a change marks the contact's deadline day.
CREATE FUNCTION region.lead_mark_callbacks() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = region, pg_temp
AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO region.lead_rollup_dirty (unit_id, day)
        SELECT DISTINCT c.unit_id, region.local_day(c.due_at)
          FROM new_rows n JOIN region.contacts c ON c.id = n.contact_id
         WHERE n.booked_slot IS NOT NULL
        ON CONFLICT DO NOTHING;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO region.lead_rollup_dirty (unit_id, day)
        SELECT DISTINCT c.unit_id, region.local_day(c.due_at)
          FROM old_rows o JOIN region.contacts c ON c.id = o.contact_id
         WHERE o.booked_slot IS NOT NULL
        ON CONFLICT DO NOTHING;
    ELSE
        INSERT INTO region.lead_rollup_dirty (unit_id, day)
        SELECT DISTINCT c.unit_id, region.local_day(c.due_at)
          FROM old_rows o JOIN new_rows n ON n.contact_id = o.contact_id
          JOIN region.contacts c ON c.id = n.contact_id
         WHERE o.booked_slot IS DISTINCT FROM n.booked_slot
        ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END
$$;

-- Statement triggers with transition tables: one insert per statement, also for a feed's bulk ingest.
CREATE TRIGGER lead_mark_insert AFTER INSERT ON region.contacts
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION region.lead_mark_contacts();
CREATE TRIGGER lead_mark_update AFTER UPDATE ON region.contacts
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION region.lead_mark_contacts();
CREATE TRIGGER lead_mark_delete AFTER DELETE ON region.contacts
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION region.lead_mark_contacts();
CREATE TRIGGER lead_mark_insert AFTER INSERT ON region.callback_requests
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION region.lead_mark_callbacks();
CREATE TRIGGER lead_mark_update AFTER UPDATE ON region.callback_requests
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION region.lead_mark_callbacks();
CREATE TRIGGER lead_mark_delete AFTER DELETE ON region.callback_requests
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION region.lead_mark_callbacks();

-- The (unit, day) pairs of p_units over local days [p_from, p_to].
CREATE FUNCTION region.lead_unit_days(p_units uuid[], p_from date, p_to date)
    RETURNS TABLE (unit_id uuid, day date)
    LANGUAGE sql IMMUTABLE
AS $$
    SELECT u.id, d::date FROM unnest(p_units) AS u(id), generate_series(p_from, p_to, interval '1 day') AS d
$$;

-- The pairs of p_units over [p_from, p_to] whose figures must be computed from the contacts: never rolled up,
-- marked since, or (for figures that depend on the time asked for) not ended at p_now. Usually only today, so
-- ROWS 10, which the planner only takes from a function it does not inline (hence the SET): with its own guess
-- of thousands of pairs it scans whole tables where it should probe their indexes.
CREATE FUNCTION region.lead_stale_days(p_units uuid[], p_from date, p_to date, p_now timestamptz)
    RETURNS TABLE (unit_id uuid, day date)
    LANGUAGE sql STABLE ROWS 10 SET search_path = region, pg_temp
AS $$
    SELECT p.unit_id, p.day
      FROM region.lead_unit_days(p_units, p_from, p_to) AS p
     WHERE region.local_day_start(p.day + 1) > p_now
        OR NOT EXISTS (SELECT 1 FROM region.lead_rollup_days r WHERE r.unit_id = p.unit_id AND r.day = p.day)
        OR EXISTS (SELECT 1 FROM region.lead_rollup_dirty m WHERE m.unit_id = p.unit_id AND m.day = p.day)
$$;

-- The per-contact rules of 0015's header for the stale days (above) of p_units over [p_from, p_to]: the deadline
-- figures counted on the day of due_at with unanswered contacts due before p_now missed, the medical assessment
-- figures on the completion day. A day without any contact gives no row. STABLE SQL: it reads with the
-- snapshot of the statement that calls it, which the refresh relies on.
-- Each pair reads its own index range (the OFFSET 0 keeps the sub-select from being flattened into a join,
-- which the planner, not knowing how few pairs there are, would run as a scan of every contact).
CREATE FUNCTION region.lead_day_figures_live(p_units uuid[], p_from date, p_to date, p_now timestamptz)
    RETURNS TABLE (unit_id uuid, day date, phone_total bigint, phone_met bigint, phone_early bigint,
                   phone_missed bigint, phone_pending bigint, eservice_total bigint, eservice_met bigint,
                   eservice_missed bigint, eservice_pending bigint, assessment_total bigint, assessment_met bigint)
    LANGUAGE sql STABLE
AS $$
    WITH pairs AS (
        SELECT p.unit_id AS uid, p.day AS d, region.local_day_start(p.day) AS from_at,
               region.local_day_start(p.day + 1) AS to_at
          FROM region.lead_stale_days(p_units, p_from, p_to, p_now) AS p),
    deadlines AS (
        SELECT p.uid, p.d, c.channel <> 'eservice' AS phone,
               CASE WHEN c.first_contact_at IS NULL THEN
                        CASE WHEN c.due_at < p_now OR region.is_closed(c.status) THEN 'missed' ELSE 'pending' END
                    WHEN b.booked_slot IS NOT NULL AND c.first_contact_at < b.booked_slot THEN 'early'
                    WHEN c.first_contact_at <= c.due_at THEN 'met'
                    ELSE 'missed' END AS verdict
          FROM pairs p
         CROSS JOIN LATERAL (
               SELECT c.* FROM region.contacts c
                WHERE c.unit_id = p.uid AND c.due_at >= p.from_at AND c.due_at < p.to_at
                  AND c.status NOT IN ('cancelled', 'forwarded')
               OFFSET 0) AS c
          -- All booked slots at once (OFFSET 0: hashed, not looked up once per contact).
          LEFT JOIN (SELECT x.contact_id, x.booked_slot FROM region.callback_requests x
                      WHERE x.booked_slot IS NOT NULL OFFSET 0) AS b ON b.contact_id = c.id),
    by_deadline AS (
        SELECT uid, d,
               count(*) FILTER (WHERE phone) AS phone_total,
               count(*) FILTER (WHERE phone AND verdict = 'met') AS phone_met,
               count(*) FILTER (WHERE phone AND verdict = 'early') AS phone_early,
               count(*) FILTER (WHERE phone AND verdict = 'missed') AS phone_missed,
               count(*) FILTER (WHERE phone AND verdict = 'pending') AS phone_pending,
               count(*) FILTER (WHERE NOT phone) AS eservice_total,
               count(*) FILTER (WHERE NOT phone AND verdict = 'met') AS eservice_met,
               count(*) FILTER (WHERE NOT phone AND verdict IN ('missed', 'early')) AS eservice_missed,
               count(*) FILTER (WHERE NOT phone AND verdict = 'pending') AS eservice_pending
          FROM deadlines GROUP BY uid, d),
    assessments AS (
        SELECT p.uid, p.d, count(*) AS total,
               count(*) FILTER (WHERE p.d <= region.local_day(c.received_at) + 3) AS met
          FROM pairs p
         CROSS JOIN LATERAL (
               SELECT c.received_at FROM region.contacts c
                WHERE c.unit_id = p.uid AND c.completed_at >= p.from_at AND c.completed_at < p.to_at
                  AND c.status = 'completed' AND c.medical_assessment
               OFFSET 0) AS c
         GROUP BY p.uid, p.d)
    SELECT coalesce(f.uid, a.uid), coalesce(f.d, a.d),
           coalesce(f.phone_total, 0), coalesce(f.phone_met, 0), coalesce(f.phone_early, 0),
           coalesce(f.phone_missed, 0), coalesce(f.phone_pending, 0), coalesce(f.eservice_total, 0),
           coalesce(f.eservice_met, 0), coalesce(f.eservice_missed, 0), coalesce(f.eservice_pending, 0),
           coalesce(a.total, 0), coalesce(a.met, 0)
      FROM by_deadline f FULL JOIN assessments a ON a.uid = f.uid AND a.d = f.d
$$;

-- Completed contacts per stale day, channel and code (the eftermärkning distribution).
CREATE FUNCTION region.lead_codes_live(p_units uuid[], p_from date, p_to date)
    RETURNS TABLE (unit_id uuid, day date, channel text, code text, contacts bigint)
    LANGUAGE sql STABLE
AS $$
    SELECT p.uid, p.d, c.channel, c.code, count(*)
      FROM region.lead_stale_days(p_units, p_from, p_to, 'infinity') AS p(uid, d)
     CROSS JOIN LATERAL (
           SELECT c.channel, c.code FROM region.contacts c
            WHERE c.unit_id = p.uid AND c.completed_at >= region.local_day_start(p.d)
              AND c.completed_at < region.local_day_start(p.d + 1) AND c.status = 'completed'
               OFFSET 0) AS c
     GROUP BY 1, 2, 3, 4
$$;

-- Closed contacts per stale day and the staff member who closed them: completed with a code, and closed
-- otherwise.
CREATE FUNCTION region.lead_staff_live(p_units uuid[], p_from date, p_to date)
    RETURNS TABLE (unit_id uuid, day date, staff_id uuid, completed bigint, closed_other bigint)
    LANGUAGE sql STABLE
AS $$
    SELECT p.uid, p.d, c.completed_by, count(*) FILTER (WHERE c.status = 'completed'),
           count(*) FILTER (WHERE c.status <> 'completed')
      FROM region.lead_stale_days(p_units, p_from, p_to, 'infinity') AS p(uid, d)
     CROSS JOIN LATERAL (
           SELECT c.status, c.completed_by FROM region.contacts c
            WHERE c.unit_id = p.uid AND c.completed_at >= region.local_day_start(p.d)
              AND c.completed_at < region.local_day_start(p.d + 1) AND c.completed_by IS NOT NULL
               OFFSET 0) AS c
     GROUP BY 1, 2, 3
$$;

-- Rolls up the ended days of p_units over [p_from, p_to] that are missing or marked. Skipped (the caller then
-- computes those days live, which is correct, only slower) in a read-only or snapshot transaction, where it may
-- not write or would recompute from an old snapshot, and while another refresh runs, so team leads never queue
-- behind each other's refresh.
CREATE FUNCTION region.lead_rollup_refresh(p_units uuid[], p_from date, p_to date) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = region, pg_temp
AS $$
DECLARE
    v_last date := least(p_to, region.local_day(now()) - 1);
    v_ignored bigint;
BEGIN
    IF v_last < p_from OR current_setting('transaction_read_only')::boolean
       OR current_setting('transaction_isolation') <> 'read committed'
       OR NOT EXISTS (SELECT 1 FROM region.lead_stale_days(p_units, p_from, v_last, 'infinity'))
       OR NOT pg_try_advisory_xact_lock(hashtext('region.lead_rollup_refresh')) THEN
        RETURN;
    END IF;
    -- One statement, so one snapshot: the marks deleted are exactly those whose changes the new figures include.
    WITH todo AS (SELECT s.unit_id AS uid, s.day AS d FROM region.lead_stale_days(p_units, p_from, v_last, 'infinity') AS s),
    cleared AS (DELETE FROM region.lead_rollup_dirty m USING todo WHERE m.unit_id = todo.uid AND m.day = todo.d
                RETURNING 1),
    old_codes AS (DELETE FROM region.lead_rollup_codes x USING todo WHERE x.unit_id = todo.uid AND x.day = todo.d
                  RETURNING 1),
    old_staff AS (DELETE FROM region.lead_rollup_staff x USING todo WHERE x.unit_id = todo.uid AND x.day = todo.d
                  RETURNING 1),
    new_codes AS (INSERT INTO region.lead_rollup_codes (unit_id, day, channel, code, contacts)
                  SELECT f.* FROM region.lead_codes_live(p_units, p_from, v_last) AS f
                  RETURNING 1),
    new_staff AS (INSERT INTO region.lead_rollup_staff (unit_id, day, staff_id, completed, closed_other)
                  SELECT f.* FROM region.lead_staff_live(p_units, p_from, v_last) AS f
                  RETURNING 1),
    -- An ended day has passed every deadline on it: computed at 'infinity', it holds for any later p_now.
    new_days AS (INSERT INTO region.lead_rollup_days AS r
                 SELECT t.uid, t.d, coalesce(f.phone_total, 0), coalesce(f.phone_met, 0), coalesce(f.phone_early, 0),
                        coalesce(f.phone_missed, 0), coalesce(f.eservice_total, 0), coalesce(f.eservice_met, 0),
                        coalesce(f.eservice_missed, 0), coalesce(f.assessment_total, 0),
                        coalesce(f.assessment_met, 0)
                   FROM todo t
                   LEFT JOIN region.lead_day_figures_live(p_units, p_from, v_last, 'infinity') AS f
                          ON f.unit_id = t.uid AND f.day = t.d
                 ON CONFLICT (unit_id, day) DO UPDATE
                    SET phone_total = EXCLUDED.phone_total, phone_met = EXCLUDED.phone_met,
                        phone_early = EXCLUDED.phone_early, phone_missed = EXCLUDED.phone_missed,
                        eservice_total = EXCLUDED.eservice_total, eservice_met = EXCLUDED.eservice_met,
                        eservice_missed = EXCLUDED.eservice_missed, assessment_total = EXCLUDED.assessment_total,
                        assessment_met = EXCLUDED.assessment_met
                 RETURNING 1)
    SELECT (SELECT count(*) FROM cleared) + (SELECT count(*) FROM old_codes) + (SELECT count(*) FROM old_staff)
           + (SELECT count(*) FROM new_codes) + (SELECT count(*) FROM new_staff) + (SELECT count(*) FROM new_days)
      INTO v_ignored;
END
$$;

-- 0015's statistics functions, now reading the current stored days and computing the rest live; signatures,
-- rules, rows and order unchanged. VOLATILE because they may refresh the roll-up first. No JIT: compiling
-- costs more than these small aggregates take; work_mem holds a year of stored rows in memory.
CREATE OR REPLACE FUNCTION region.lead_daily_figures(p_from date, p_to date, p_now timestamptz DEFAULT now())
    RETURNS TABLE (unit_id uuid, unit_name text, day date, phone_total bigint, phone_met bigint,
                   phone_early bigint, phone_missed bigint, phone_pending bigint, eservice_total bigint,
                   eservice_met bigint, eservice_missed bigint, eservice_pending bigint, assessment_total bigint,
                   assessment_met bigint, turned_away bigint)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = region, pg_temp SET jit = off
    SET work_mem = '32MB'
AS $$
DECLARE
    v_units uuid[] := region.lead_unit_ids();
BEGIN
    PERFORM region.lead_check_period(p_from, p_to);
    PERFORM region.lead_rollup_refresh(v_units, p_from, p_to);
    RETURN QUERY
    WITH live AS (
        -- A stored day counts its unanswered contacts as missed: only right once p_now is past the day.
        SELECT s.unit_id AS uid, s.day AS d FROM region.lead_stale_days(v_units, p_from, p_to, p_now) AS s),
    figures AS (
        SELECT r.unit_id AS uid, r.day AS d, r.phone_total AS pt, r.phone_met AS pm, r.phone_early AS pe,
               r.phone_missed AS px, 0::bigint AS pp, r.eservice_total AS et, r.eservice_met AS em,
               r.eservice_missed AS ex, 0::bigint AS ep, r.assessment_total AS at, r.assessment_met AS am
          FROM region.lead_rollup_days r
         WHERE r.unit_id = ANY (v_units) AND r.day BETWEEN p_from AND p_to
           AND r.phone_total + r.eservice_total + r.assessment_total > 0
           AND NOT EXISTS (SELECT 1 FROM live l WHERE l.uid = r.unit_id AND l.d = r.day)
        UNION ALL
        SELECT f.* FROM region.lead_day_figures_live(v_units, p_from, p_to, p_now) AS f),
    rejections AS (
        SELECT q.unit_id AS uid, region.local_day(q.occurred_at) AS d, sum(q.caller_count)::bigint AS callers
          FROM region.queue_rejections q
         WHERE q.unit_id = ANY (v_units) AND q.occurred_at >= region.local_day_start(p_from)
           AND q.occurred_at < region.local_day_start(p_to + 1)
         GROUP BY 1, 2),
    keys AS (SELECT f.uid, f.d FROM figures f UNION SELECT r.uid, r.d FROM rejections r)
    SELECT k.uid, u.name, k.d,
           coalesce(f.pt, 0), coalesce(f.pm, 0), coalesce(f.pe, 0), coalesce(f.px, 0), coalesce(f.pp, 0),
           coalesce(f.et, 0), coalesce(f.em, 0), coalesce(f.ex, 0), coalesce(f.ep, 0),
           coalesce(f.at, 0), coalesce(f.am, 0), coalesce(r.callers, 0)
      FROM keys k
      JOIN region.units u ON u.id = k.uid
      LEFT JOIN figures f ON f.uid = k.uid AND f.d = k.d
      LEFT JOIN rejections r ON r.uid = k.uid AND r.d = k.d
     ORDER BY k.d, u.name, k.uid;
END
$$;

CREATE OR REPLACE FUNCTION region.lead_code_distribution(p_from date, p_to date)
    RETURNS TABLE (unit_id uuid, unit_name text, channel text, code text, label_sv text, label_en text,
                   contacts bigint)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = region, pg_temp SET jit = off
    SET work_mem = '32MB'
AS $$
DECLARE
    v_units uuid[] := region.lead_unit_ids();
BEGIN
    PERFORM region.lead_check_period(p_from, p_to);
    PERFORM region.lead_rollup_refresh(v_units, p_from, p_to);
    RETURN QUERY
    WITH live AS (
        SELECT s.unit_id AS uid, s.day AS d FROM region.lead_stale_days(v_units, p_from, p_to, 'infinity') AS s),
    counted AS (
        SELECT x.unit_id AS uid, x.channel AS ch, x.code AS k, x.contacts AS n
          FROM region.lead_rollup_codes x
         WHERE x.unit_id = ANY (v_units) AND x.day BETWEEN p_from AND p_to
           AND NOT EXISTS (SELECT 1 FROM live l WHERE l.uid = x.unit_id AND l.d = x.day)
        UNION ALL
        SELECT f.unit_id, f.channel, f.code, f.contacts
          FROM region.lead_codes_live(v_units, p_from, p_to) AS f),
    t AS (SELECT c.uid, c.ch, c.k, sum(c.n)::bigint AS n FROM counted c GROUP BY 1, 2, 3)
    SELECT t.uid, u.name, t.ch, t.k, k.label_sv, k.label_en, t.n
      FROM t
      JOIN region.units u ON u.id = t.uid
      JOIN region.codes k ON k.code = t.k
     ORDER BY u.name, t.uid, array_position(ARRAY['callback', 'voicemail', 'eservice'], t.ch), k.sort_order, t.k;
END
$$;

CREATE OR REPLACE FUNCTION region.lead_handled_by_staff(p_from date, p_to date)
    RETURNS TABLE (staff_id uuid, staff_name text, completed bigint, closed_other bigint)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = region, pg_temp SET jit = off
    SET work_mem = '32MB'
AS $$
DECLARE
    v_units uuid[] := region.lead_unit_ids();
BEGIN
    PERFORM region.lead_check_period(p_from, p_to);
    PERFORM region.lead_rollup_refresh(v_units, p_from, p_to);
    RETURN QUERY
    WITH live AS (
        SELECT s.unit_id AS uid, s.day AS d FROM region.lead_stale_days(v_units, p_from, p_to, 'infinity') AS s),
    counted AS (
        SELECT x.staff_id AS sid, x.completed AS done, x.closed_other AS other
          FROM region.lead_rollup_staff x
         WHERE x.unit_id = ANY (v_units) AND x.day BETWEEN p_from AND p_to
           AND NOT EXISTS (SELECT 1 FROM live l WHERE l.uid = x.unit_id AND l.d = x.day)
        UNION ALL
        SELECT f.staff_id, f.completed, f.closed_other
          FROM region.lead_staff_live(v_units, p_from, p_to) AS f),
    t AS (SELECT c.sid, sum(c.done)::bigint AS done, sum(c.other)::bigint AS other FROM counted c GROUP BY 1)
    SELECT s.id, s.name, t.done, t.other
      FROM t
      JOIN region.staff s ON s.id = t.sid
     ORDER BY t.done DESC, s.name, s.id;
END
$$;

SELECT region.seal_functions();
