-- Roles, row-level security and the helpers every server function uses.
--
-- Model: every desk login is a member of vardinkorg_staff and reads tables directly (SELECT only), filtered by RLS
-- to the units it belongs to. Nobody but the admin writes tables directly: writes go through SECURITY DEFINER
-- functions owned by vardinkorg_definer (BYPASSRLS, no superuser, only the DML it needs), which check membership
-- and role themselves. The caller is identified by session_user: inside a definer function current_user is the
-- owner, and a login cannot change its session_user.

-- The staff row of the connected login, or NULL.
CREATE FUNCTION region.current_staff_id() RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = region, pg_temp
    RETURN (SELECT s.id FROM region.staff s WHERE s.login = session_user);

-- Units the connected login belongs to (any role).
CREATE FUNCTION region.my_unit_ids() RETURNS uuid[]
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = region, pg_temp
    RETURN (SELECT coalesce(array_agg(m.unit_id), '{}')
              FROM region.unit_members m JOIN region.staff s ON s.id = m.staff_id
             WHERE s.login = session_user);

-- The connected login's role in a unit ('nurse', 'team_lead') or NULL when not a member.
CREATE FUNCTION region.my_role_in(p_unit_id uuid) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = region, pg_temp
    RETURN (SELECT m.role FROM region.unit_members m JOIN region.staff s ON s.id = m.staff_id
             WHERE s.login = session_user AND m.unit_id = p_unit_id);

-- Whether a patient is linked to a unit through a contact, a care contact or a SIP plan.
CREATE FUNCTION region.patient_in_unit(p_patient_id uuid, p_unit_id uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = region, pg_temp
    RETURN EXISTS (SELECT 1 FROM region.contacts c WHERE c.patient_id = p_patient_id AND c.unit_id = p_unit_id)
        OR EXISTS (SELECT 1 FROM region.care_contacts cc WHERE cc.patient_id = p_patient_id AND cc.unit_id = p_unit_id)
        OR EXISTS (SELECT 1 FROM region.sip_plans sp WHERE sp.patient_id = p_patient_id AND sp.unit_id = p_unit_id);

-- Every unit a patient is linked to (change-log fan-out of a patient row).
CREATE FUNCTION region.patient_unit_ids(p_patient_id uuid) RETURNS uuid[]
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = region, pg_temp
    RETURN (SELECT coalesce(array_agg(DISTINCT u), '{}') FROM (
                SELECT c.unit_id FROM region.contacts c WHERE c.patient_id = p_patient_id
                UNION SELECT cc.unit_id FROM region.care_contacts cc WHERE cc.patient_id = p_patient_id
                UNION SELECT sp.unit_id FROM region.sip_plans sp WHERE sp.patient_id = p_patient_id) AS t(u));

-- Records one change for the pull feed and wakes listening desks (NOTIFY payload: the unit id, '*' for all).
-- Identical notifications within one transaction are folded into one by PostgreSQL.
CREATE FUNCTION region.log_change(p_entity text, p_entity_id text, p_unit_id uuid, p_patient_id uuid, p_op text,
                                  p_row jsonb) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = region, pg_temp
AS $$
BEGIN
    INSERT INTO region.change_log (entity, entity_id, unit_id, patient_id, op, row)
    VALUES (p_entity, p_entity_id, p_unit_id, p_patient_id, p_op, p_row);
    PERFORM pg_notify('vardinkorg_changes', coalesce(p_unit_id::text, '*'));
END
$$;

-- A patient row for every unit the patient is linked to (or only p_unit_id when given).
CREATE FUNCTION region.log_patient(p_patient_id uuid, p_unit_id uuid DEFAULT NULL) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = region, pg_temp
AS $$
DECLARE
    p region.patients;
    u uuid;
BEGIN
    SELECT * INTO p FROM region.patients WHERE id = p_patient_id;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    FOREACH u IN ARRAY CASE WHEN p_unit_id IS NULL THEN region.patient_unit_ids(p_patient_id)
                            ELSE ARRAY[p_unit_id] END LOOP
        PERFORM region.log_change('patients', p.id::text, u, p.id, 'upsert', to_jsonb(p));
    END LOOP;
END
$$;

-- A staff row for every unit the staff member belongs to.
CREATE FUNCTION region.log_staff(p_staff_id uuid) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = region, pg_temp
AS $$
DECLARE
    s region.staff;
    u uuid;
BEGIN
    SELECT * INTO s FROM region.staff WHERE id = p_staff_id;
    FOR u IN SELECT m.unit_id FROM region.unit_members m WHERE m.staff_id = p_staff_id LOOP
        PERFORM region.log_change('staff', s.id::text, u, NULL, 'upsert', to_jsonb(s));
    END LOOP;
END
$$;

-- Access log row (PDL): the caller's staff id is resolved here, never taken from input.
CREATE FUNCTION region.log_access_row(p_staff_id uuid, p_unit_id uuid, p_patient_id uuid, p_contact_id uuid,
                                      p_action text, p_at timestamptz DEFAULT now()) RETURNS void
    LANGUAGE sql SECURITY DEFINER SET search_path = region, pg_temp
    BEGIN ATOMIC
        INSERT INTO region.access_log (at, staff_id, unit_id, patient_id, contact_id, action)
        VALUES (p_at, p_staff_id, p_unit_id, p_patient_id, p_contact_id, p_action);
    END;

-- Result helpers: the jsonb shapes of the mutation contract.
CREATE FUNCTION region.rejected(p_reason text, p_message text, p_extra jsonb DEFAULT '{}') RETURNS jsonb
    LANGUAGE sql IMMUTABLE
    RETURN jsonb_build_object('status', 'rejected', 'reason_code', p_reason, 'message', p_message) || p_extra;

CREATE FUNCTION region.applied(p_extra jsonb DEFAULT '{}') RETURNS jsonb
    LANGUAGE sql VOLATILE
    RETURN jsonb_build_object('status', 'applied', 'txid', pg_current_xact_id()::text) || p_extra;

-- Hands every function of the schema to vardinkorg_definer and takes EXECUTE away from PUBLIC. Run at the end of
-- every migration that adds functions; grants to staff and feed are made explicitly afterwards.
CREATE FUNCTION region.seal_functions() RETURNS void
    LANGUAGE plpgsql
AS $$
DECLARE
    f record;
BEGIN
    FOR f IN SELECT p.oid::regprocedure AS signature, p.proname
               FROM pg_proc p WHERE p.pronamespace = 'region'::regnamespace LOOP
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', f.signature);
        IF f.proname NOT IN ('seal_functions', 'refuse_change') THEN
            EXECUTE format('ALTER FUNCTION %s OWNER TO vardinkorg_definer', f.signature);
        END IF;
    END LOOP;
END
$$;

-- Table privileges. The definer writes; append-only tables get no UPDATE/DELETE even there.
GRANT USAGE ON SCHEMA region TO vardinkorg_definer, vardinkorg_staff, vardinkorg_feed;
GRANT SELECT, INSERT, UPDATE, DELETE ON
    region.units, region.staff, region.unit_members, region.patients, region.codes, region.contacts,
    region.callback_requests, region.callback_attempts, region.voicemails, region.eservice_errands,
    region.eservice_messages, region.care_contacts, region.sip_plans, region.sip_participants, region.sip_insatser,
    region.sip_other_actions, region.sip_meetings, region.queue_rejections, region.applied_mutations,
    region.change_log, region.region_meta
    TO vardinkorg_definer;
GRANT SELECT, INSERT ON region.sip_notes, region.access_log TO vardinkorg_definer;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA region TO vardinkorg_definer;

-- What a desk may read (filtered by the policies below). No INSERT/UPDATE/DELETE anywhere.
GRANT SELECT ON
    region.units, region.staff, region.unit_members, region.patients, region.codes, region.contacts,
    region.callback_requests, region.callback_attempts, region.voicemails, region.eservice_errands,
    region.eservice_messages, region.care_contacts, region.sip_plans, region.sip_participants, region.sip_insatser,
    region.sip_other_actions, region.sip_meetings, region.sip_notes, region.queue_rejections
    TO vardinkorg_staff;

-- Row-level security on every table with patient or unit data. FORCE keeps a non-superuser table owner under the
-- policies too (the definer bypasses them by its BYPASSRLS attribute, deliberately and only inside functions).
DO $rls$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['units', 'staff', 'unit_members', 'patients', 'contacts', 'callback_requests',
                             'callback_attempts', 'voicemails', 'eservice_errands', 'eservice_messages',
                             'care_contacts', 'sip_plans', 'sip_participants', 'sip_insatser', 'sip_other_actions',
                             'sip_meetings', 'sip_notes', 'queue_rejections', 'access_log', 'applied_mutations',
                             'change_log'] LOOP
        EXECUTE format('ALTER TABLE region.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE region.%I FORCE ROW LEVEL SECURITY', t);
    END LOOP;
END
$rls$;

-- (SELECT region.my_unit_ids()) is an uncorrelated sub-select: evaluated once per query, not once per row.

-- Units are a directory (forwarding needs every unit's name); no patient data.
CREATE POLICY staff_read ON region.units FOR SELECT TO vardinkorg_staff USING (true);

-- Colleagues sharing a unit, and oneself.
CREATE POLICY staff_read ON region.staff FOR SELECT TO vardinkorg_staff
    USING (login = session_user
        OR EXISTS (SELECT 1 FROM region.unit_members m
                    WHERE m.staff_id = staff.id AND m.unit_id = ANY ((SELECT region.my_unit_ids())::uuid[])));

CREATE POLICY staff_read ON region.unit_members FOR SELECT TO vardinkorg_staff
    USING (unit_id = ANY ((SELECT region.my_unit_ids())::uuid[]));

-- A patient is visible when linked to one of my units by a contact, a care contact or a SIP plan.
CREATE POLICY staff_read ON region.patients FOR SELECT TO vardinkorg_staff
    USING (EXISTS (SELECT 1 FROM region.contacts c
                    WHERE c.patient_id = patients.id AND c.unit_id = ANY ((SELECT region.my_unit_ids())::uuid[]))
        OR EXISTS (SELECT 1 FROM region.care_contacts cc
                    WHERE cc.patient_id = patients.id AND cc.unit_id = ANY ((SELECT region.my_unit_ids())::uuid[]))
        OR EXISTS (SELECT 1 FROM region.sip_plans sp
                    WHERE sp.patient_id = patients.id AND sp.unit_id = ANY ((SELECT region.my_unit_ids())::uuid[])));

CREATE POLICY staff_read ON region.contacts FOR SELECT TO vardinkorg_staff
    USING (unit_id = ANY ((SELECT region.my_unit_ids())::uuid[]));

DO $children$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['callback_requests', 'callback_attempts', 'voicemails', 'eservice_errands',
                             'eservice_messages'] LOOP
        EXECUTE format('CREATE POLICY staff_read ON region.%I FOR SELECT TO vardinkorg_staff
            USING (EXISTS (SELECT 1 FROM region.contacts c
                            WHERE c.id = %I.contact_id AND c.unit_id = ANY ((SELECT region.my_unit_ids())::uuid[])))', t, t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['sip_participants', 'sip_insatser', 'sip_other_actions', 'sip_meetings',
                             'sip_notes'] LOOP
        EXECUTE format('CREATE POLICY staff_read ON region.%I FOR SELECT TO vardinkorg_staff
            USING (EXISTS (SELECT 1 FROM region.sip_plans p
                            WHERE p.id = %I.plan_id AND p.unit_id = ANY ((SELECT region.my_unit_ids())::uuid[])))', t, t);
    END LOOP;
END
$children$;

CREATE POLICY staff_read ON region.care_contacts FOR SELECT TO vardinkorg_staff
    USING (unit_id = ANY ((SELECT region.my_unit_ids())::uuid[]));
CREATE POLICY staff_read ON region.sip_plans FOR SELECT TO vardinkorg_staff
    USING (unit_id = ANY ((SELECT region.my_unit_ids())::uuid[]));
CREATE POLICY staff_read ON region.queue_rejections FOR SELECT TO vardinkorg_staff
    USING (unit_id = ANY ((SELECT region.my_unit_ids())::uuid[]));
-- access_log, applied_mutations, change_log: no policy for staff (and no grant): read through functions only.

SELECT region.seal_functions();
-- Policies call these as the querying staff member.
GRANT EXECUTE ON FUNCTION region.my_unit_ids(), region.current_staff_id() TO vardinkorg_staff;
GRANT EXECUTE ON FUNCTION region.is_clean_text(text), region.is_valid_person_id(text, text)
    TO vardinkorg_staff, vardinkorg_feed;
