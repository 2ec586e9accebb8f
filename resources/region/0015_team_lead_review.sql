-- Team lead queue review (issue 8): the live overview, the vårdgaranti figures and the eftermärkning statistics
-- are computed here, over the units where the caller is team lead. Every function is SECURITY DEFINER (it reads
-- across RLS, which filters per unit but not per role) and refuses a caller who leads no unit, so a nurse's direct
-- SQL gets insufficient_privilege however the desk hides the page.
--
-- Days are local days in Europe/Stockholm. Measures (README "Team lead review"):
-- - Kontakt samma dag (phone: callbacks and voicemails): counted on the local day of due_at. The feed sets due_at
--   with DeadlinePolicy (one implementation of the rules): the end of telefontid of the day the promise is for, so
--   a call after closing time, on a weekend, a holiday or a closed day counts on the next working day; a booked
--   callback is due at the end of its slot. Met when the first answered call (first_contact_at) is within the
--   window; a booked callback answered before its slot is "early", a miss like a late one. Cancelled contacts are
--   not contacts, a forwarded one counts in the unit it went to.
-- - E-service: counted on the local day of due_at (the unit's target); met when answered (reply or answered
--   call) by due_at.
-- - Medical assessment within 3 days: contacts completed with the flag, counted on the completion day; met when
--   completed no later than the third calendar day after arrival.
-- - Turned-away callers ("dolda köer"): queue_rejections.caller_count on the local day they were reported.

CREATE FUNCTION region.local_zone() RETURNS text
    LANGUAGE sql IMMUTABLE
    RETURN 'Europe/Stockholm';

CREATE FUNCTION region.local_day(p_at timestamptz) RETURNS date
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN (p_at AT TIME ZONE 'Europe/Stockholm')::date;

-- The first instant of a local day (a DST day has 23 or 25 hours, so never "start + 24 h").
CREATE FUNCTION region.local_day_start(p_day date) RETURNS timestamptz
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN (p_day::timestamp AT TIME ZONE 'Europe/Stockholm');

-- The units the connected login leads; refuses everyone who leads none.
CREATE FUNCTION region.lead_unit_ids() RETURNS uuid[]
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = region, pg_temp
AS $$
DECLARE
    v uuid[];
BEGIN
    SELECT coalesce(array_agg(m.unit_id ORDER BY m.unit_id), '{}') INTO v
      FROM region.unit_members m JOIN region.staff s ON s.id = m.staff_id
     WHERE s.login = session_user AND m.role = 'team_lead';
    IF cardinality(v) = 0 THEN
        RAISE EXCEPTION 'only a team lead may read queue figures' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN v;
END
$$;

CREATE FUNCTION region.lead_check_period(p_from date, p_to date) RETURNS void
    LANGUAGE plpgsql IMMUTABLE
AS $$
BEGIN
    IF p_from IS NULL OR p_to IS NULL OR p_to < p_from OR p_to - p_from > 3700 THEN
        RAISE EXCEPTION 'the period must run forwards and span at most ten years' USING ERRCODE = 'invalid_parameter_value';
    END IF;
END
$$;

-- Open contacts per unit and channel (every channel row present, zero or not).
CREATE INDEX contacts_open_by_unit ON region.contacts (unit_id, channel)
    INCLUDE (status, due_at, received_at, lease_until) WHERE status IN ('new', 'claimed');
-- Statistics by completion time and by deadline day; the INCLUDE columns let large periods run index-only.
CREATE INDEX contacts_closed_by_unit ON region.contacts (unit_id, completed_at)
    INCLUDE (channel, status, code, completed_by, received_at, medical_assessment) WHERE completed_at IS NOT NULL;
CREATE INDEX contacts_due_figures ON region.contacts (unit_id, due_at)
    INCLUDE (channel, status, first_contact_at);
CREATE INDEX callback_requests_booked ON region.callback_requests (contact_id) INCLUDE (booked_slot)
    WHERE booked_slot IS NOT NULL;
CREATE INDEX access_log_contact ON region.access_log (contact_id, staff_id, at) WHERE contact_id IS NOT NULL;

CREATE FUNCTION region.lead_queue_overview(p_now timestamptz DEFAULT now())
    RETURNS TABLE (unit_id uuid, unit_name text, channel text, waiting bigint, unassigned bigint, at_risk bigint,
                   overdue bigint, oldest_received timestamptz, stale_claims bigint)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = region, pg_temp
AS $$
    SELECT u.id, u.name, ch.channel,
           count(c.due_at),
           count(c.due_at) FILTER (WHERE c.status = 'new'),
           -- DeadlinePolicy's default: at risk from 30 minutes before the deadline.
           count(c.due_at) FILTER (WHERE c.due_at >= p_now AND c.due_at <= p_now + interval '30 minutes'),
           count(c.due_at) FILTER (WHERE c.due_at < p_now),
           min(c.received_at),
           count(c.due_at) FILTER (WHERE c.status = 'claimed' AND c.lease_until < p_now)
      FROM unnest(region.lead_unit_ids()) AS l(id)
      JOIN region.units u ON u.id = l.id
     CROSS JOIN (VALUES ('callback'), ('voicemail'), ('eservice')) AS ch(channel)
      LEFT JOIN region.contacts c ON c.unit_id = u.id AND c.channel = ch.channel AND c.status IN ('new', 'claimed')
     GROUP BY u.id, u.name, ch.channel
     ORDER BY u.name, u.id, array_position(ARRAY['callback', 'voicemail', 'eservice'], ch.channel)
$$;

-- Per staff member of the led units: contacts held now (live lease), completed today, and the median handling
-- time of today's completions (from the member's first action on the contact — opening or claiming it, as the
-- access log records — to completion).
CREATE FUNCTION region.lead_staff_load(p_now timestamptz DEFAULT now())
    RETURNS TABLE (staff_id uuid, staff_name text, holding bigint, completed_today bigint,
                   median_handling_seconds double precision)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = region, pg_temp
AS $$
    WITH lead AS (SELECT region.lead_unit_ids() AS ids),
    today AS (SELECT region.local_day_start(region.local_day(p_now)) AS from_at,
                     region.local_day_start(region.local_day(p_now) + 1) AS to_at),
    members AS (SELECT DISTINCT s.id, s.name
                  FROM region.unit_members m JOIN region.staff s ON s.id = m.staff_id, lead
                 WHERE m.unit_id = ANY (lead.ids)),
    held AS (SELECT c.claimed_by AS id, count(*) AS n
               FROM region.contacts c, lead
              WHERE c.unit_id = ANY (lead.ids) AND c.status = 'claimed' AND c.lease_until >= p_now
              GROUP BY c.claimed_by),
    done AS (SELECT c.completed_by AS id, count(*) AS n,
                    percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM c.completed_at - coalesce(
                        (SELECT min(a.at) FROM region.access_log a
                          WHERE a.contact_id = c.id AND a.staff_id = c.completed_by AND a.at <= c.completed_at),
                        c.completed_at))) AS median_seconds
               FROM region.contacts c, lead, today
              WHERE c.unit_id = ANY (lead.ids) AND c.status = 'completed'
                AND c.completed_at >= today.from_at AND c.completed_at < today.to_at
              GROUP BY c.completed_by)
    SELECT m.id, m.name, coalesce(held.n, 0), coalesce(done.n, 0), done.median_seconds
      FROM members m LEFT JOIN held ON held.id = m.id LEFT JOIN done ON done.id = m.id
     ORDER BY m.name, m.id
$$;

-- The vårdgaranti figures per led unit and local day over [p_from, p_to] (see the header for the rules). Days
-- without any figure are left out. "Pending" counts contacts whose deadline has not passed at p_now.
CREATE FUNCTION region.lead_daily_figures(p_from date, p_to date, p_now timestamptz DEFAULT now())
    RETURNS TABLE (unit_id uuid, unit_name text, day date, phone_total bigint, phone_met bigint,
                   phone_early bigint, phone_missed bigint, phone_pending bigint, eservice_total bigint,
                   eservice_met bigint, eservice_missed bigint, eservice_pending bigint, assessment_total bigint,
                   assessment_met bigint, turned_away bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = region, pg_temp
AS $$
DECLARE
    v_units uuid[] := region.lead_unit_ids();
    v_from timestamptz := region.local_day_start(p_from);
    v_to timestamptz := region.local_day_start(p_to + 1);
BEGIN
    PERFORM region.lead_check_period(p_from, p_to);
    RETURN QUERY
    WITH deadlines AS (
        SELECT c.unit_id AS uid, region.local_day(c.due_at) AS d,
               c.channel <> 'eservice' AS phone,
               CASE WHEN c.first_contact_at IS NULL THEN
                        CASE WHEN c.due_at < p_now OR region.is_closed(c.status) THEN 'missed' ELSE 'pending' END
                    WHEN b.booked_slot IS NOT NULL AND c.first_contact_at < b.booked_slot THEN 'early'
                    WHEN c.first_contact_at <= c.due_at THEN 'met'
                    ELSE 'missed' END AS verdict
          FROM region.contacts c
          LEFT JOIN region.callback_requests b ON b.contact_id = c.id AND b.booked_slot IS NOT NULL
         WHERE c.unit_id = ANY (v_units) AND c.due_at >= v_from AND c.due_at < v_to
           AND c.status NOT IN ('cancelled', 'forwarded')),
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
        SELECT c.unit_id AS uid, region.local_day(c.completed_at) AS d, count(*) AS total,
               count(*) FILTER (WHERE region.local_day(c.completed_at) <= region.local_day(c.received_at) + 3) AS met
          FROM region.contacts c
         WHERE c.unit_id = ANY (v_units) AND c.completed_at >= v_from AND c.completed_at < v_to
           AND c.status = 'completed' AND c.medical_assessment
         GROUP BY 1, 2),
    rejections AS (
        SELECT q.unit_id AS uid, region.local_day(q.occurred_at) AS d, sum(q.caller_count)::bigint AS callers
          FROM region.queue_rejections q
         WHERE q.unit_id = ANY (v_units) AND q.occurred_at >= v_from AND q.occurred_at < v_to
         GROUP BY 1, 2),
    keys AS (SELECT uid, d FROM by_deadline UNION SELECT uid, d FROM assessments UNION SELECT uid, d FROM rejections)
    SELECT k.uid, u.name, k.d,
           coalesce(f.phone_total, 0), coalesce(f.phone_met, 0), coalesce(f.phone_early, 0),
           coalesce(f.phone_missed, 0), coalesce(f.phone_pending, 0), coalesce(f.eservice_total, 0),
           coalesce(f.eservice_met, 0), coalesce(f.eservice_missed, 0), coalesce(f.eservice_pending, 0),
           coalesce(a.total, 0), coalesce(a.met, 0), coalesce(r.callers, 0)
      FROM keys k
      JOIN region.units u ON u.id = k.uid
      LEFT JOIN by_deadline f ON f.uid = k.uid AND f.d = k.d
      LEFT JOIN assessments a ON a.uid = k.uid AND a.d = k.d
      LEFT JOIN rejections r ON r.uid = k.uid AND r.d = k.d
     ORDER BY k.d, u.name, k.uid;
END
$$;

-- Eftermärkning distribution: completed contacts per led unit, channel and code over local days [p_from, p_to].
CREATE FUNCTION region.lead_code_distribution(p_from date, p_to date)
    RETURNS TABLE (unit_id uuid, unit_name text, channel text, code text, label_sv text, label_en text,
                   contacts bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = region, pg_temp
AS $$
DECLARE
    v_units uuid[] := region.lead_unit_ids();
BEGIN
    PERFORM region.lead_check_period(p_from, p_to);
    RETURN QUERY
    SELECT t.unit_id, u.name, t.channel, t.code, k.label_sv, k.label_en, t.n
      FROM (SELECT c.unit_id, c.channel, c.code, count(*) AS n
              FROM region.contacts c
             WHERE c.unit_id = ANY (v_units) AND c.status = 'completed'
               AND c.completed_at >= region.local_day_start(p_from)
               AND c.completed_at < region.local_day_start(p_to + 1)
             GROUP BY 1, 2, 3) AS t
      JOIN region.units u ON u.id = t.unit_id
      JOIN region.codes k ON k.code = t.code
     ORDER BY u.name, t.unit_id, array_position(ARRAY['callback', 'voicemail', 'eservice'], t.channel), k.sort_order,
              t.code;
END
$$;

-- Handled per staff member over local days [p_from, p_to]: completed with a code, and closed otherwise (not
-- reached after the unit's attempts, forwarded, cancelled).
CREATE FUNCTION region.lead_handled_by_staff(p_from date, p_to date)
    RETURNS TABLE (staff_id uuid, staff_name text, completed bigint, closed_other bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = region, pg_temp
AS $$
DECLARE
    v_units uuid[] := region.lead_unit_ids();
BEGIN
    PERFORM region.lead_check_period(p_from, p_to);
    RETURN QUERY
    SELECT s.id, s.name, t.completed, t.other
      FROM (SELECT c.completed_by, count(*) FILTER (WHERE c.status = 'completed') AS completed,
                   count(*) FILTER (WHERE c.status <> 'completed') AS other
              FROM region.contacts c
             WHERE c.unit_id = ANY (v_units)
               AND c.completed_at >= region.local_day_start(p_from)
               AND c.completed_at < region.local_day_start(p_to + 1)
             GROUP BY 1) AS t
      JOIN region.staff s ON s.id = t.completed_by
     ORDER BY t.completed DESC, s.name, s.id;
END
$$;

-- One row per contact of the led units that arrived in [p_from, p_to], for regional follow-up. Patient identity
-- only when asked for, and then every exported contact with a patient is an access (PDL 4 kap. 3 §), logged here
-- in the same transaction as the read.
CREATE FUNCTION region.lead_export_contacts(p_from date, p_to date, p_with_identity boolean DEFAULT false)
    RETURNS TABLE (contact_id uuid, unit_hsa_id text, unit_name text, channel text, reason text,
                   received_at timestamptz, due_at timestamptz, first_contact_at timestamptz,
                   completed_at timestamptz, status text, code text, handled_by text, medical_assessment boolean,
                   id_type text, id_value text, patient_name text)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = region, pg_temp
AS $$
DECLARE
    v_units uuid[] := region.lead_unit_ids();
    v_me uuid := region.current_staff_id();
BEGIN
    PERFORM region.lead_check_period(p_from, p_to);
    IF p_with_identity THEN
        INSERT INTO region.access_log (at, staff_id, unit_id, patient_id, contact_id, action)
        SELECT now(), v_me, c.unit_id, c.patient_id, c.id, 'export'
          FROM region.contacts c
         WHERE c.unit_id = ANY (v_units) AND c.patient_id IS NOT NULL
           AND c.received_at >= region.local_day_start(p_from) AND c.received_at < region.local_day_start(p_to + 1);
    END IF;
    RETURN QUERY
    SELECT c.id, u.hsa_id, u.name, c.channel, c.reason, c.received_at, c.due_at, c.first_contact_at,
           c.completed_at, c.status, c.code, s.name, c.medical_assessment,
           CASE WHEN p_with_identity THEN p.id_type END, CASE WHEN p_with_identity THEN p.id_value END,
           CASE WHEN p_with_identity THEN p.name END
      FROM region.contacts c
      JOIN region.units u ON u.id = c.unit_id
      LEFT JOIN region.staff s ON s.id = c.completed_by
      LEFT JOIN region.patients p ON p.id = c.patient_id AND p_with_identity
     WHERE c.unit_id = ANY (v_units)
       AND c.received_at >= region.local_day_start(p_from) AND c.received_at < region.local_day_start(p_to + 1)
     ORDER BY c.received_at, c.id;
END
$$;

SELECT region.seal_functions();
GRANT EXECUTE ON FUNCTION region.lead_queue_overview(timestamptz), region.lead_staff_load(timestamptz),
    region.lead_daily_figures(date, date, timestamptz), region.lead_code_distribution(date, date),
    region.lead_handled_by_staff(date, date), region.lead_export_contacts(date, date, boolean)
    TO vardinkorg_staff;
