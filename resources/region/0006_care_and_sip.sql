-- Care-contact assignments (fast vårdkontakt, fast läkarkontakt, kontaktsjuksköterska), SIP plans and the PDL
-- access log written by desks. Same conventions as 0005: `region.act_<kind>(payload, me)`, rejections raised.

-- The caller must belong to the unit.
CREATE FUNCTION region.require_member(p_unit_id uuid) RETURNS text
    LANGUAGE plpgsql
AS $$
DECLARE
    v_role text := region.my_role_in(p_unit_id);
BEGIN
    IF p_unit_id IS NULL OR v_role IS NULL THEN
        PERFORM region.reject('not_allowed', 'You are not a member of that unit.');
    END IF;
    RETURN v_role;
END
$$;

-- A patient the caller may work with: linked to one of the caller's units.
CREATE FUNCTION region.require_visible_patient(p_patient_id uuid) RETURNS void
    LANGUAGE plpgsql
AS $$
BEGIN
    IF p_patient_id IS NULL OR NOT EXISTS (
        SELECT 1 FROM unnest(region.my_unit_ids()) AS u(id) WHERE region.patient_in_unit(p_patient_id, u.id)) THEN
        PERFORM region.reject('not_allowed', 'The patient does not exist or has no contact with your units.');
    END IF;
END
$$;

CREATE FUNCTION region.act_assign_care_contact(p jsonb, p_me uuid) RETURNS jsonb
    LANGUAGE plpgsql
AS $$
DECLARE
    v_id uuid := coalesce(region.p_uuid(p, 'id', false), gen_random_uuid());
    v_unit uuid := region.p_uuid(p, 'unit_id');
    v_patient uuid := region.p_uuid(p, 'patient_id');
    v_staff uuid := region.p_uuid(p, 'staff_id');
    v_existing region.care_contacts;
    cc region.care_contacts;
BEGIN
    PERFORM region.require_member(v_unit);
    PERFORM region.require_visible_patient(v_patient);
    IF NOT EXISTS (SELECT 1 FROM region.unit_members WHERE unit_id = v_unit AND staff_id = v_staff) THEN
        PERFORM region.reject('invalid', 'The named staff member does not work at that unit.');
    END IF;
    SELECT * INTO v_existing FROM region.care_contacts WHERE id = v_id FOR UPDATE;
    IF FOUND AND (v_existing.unit_id <> v_unit OR v_existing.patient_id <> v_patient) THEN
        PERFORM region.reject('invalid', 'An assignment with this id exists for another patient or unit.');
    END IF;
    INSERT INTO region.care_contacts AS t (id, patient_id, staff_id, unit_id, role, valid_from, valid_to,
                                           appointed_by, declined, note)
    VALUES (v_id, v_patient, v_staff, v_unit,
            region.p_enum(p, 'role', ARRAY['fast_vardkontakt', 'fast_lakarkontakt', 'kontaktsjukskoterska']),
            coalesce(region.p_date(p, 'valid_from', false), current_date), region.p_date(p, 'valid_to', false),
            p_me, region.p_bool(p, 'declined', false), region.p_text(p, 'note', 4000, false))
    ON CONFLICT (id) DO UPDATE
        SET staff_id = excluded.staff_id, role = excluded.role, valid_from = excluded.valid_from,
            valid_to = excluded.valid_to, declined = excluded.declined, note = excluded.note,
            version = t.version + 1
    RETURNING * INTO cc;
    IF cc.valid_to IS NOT NULL AND cc.valid_to < cc.valid_from THEN
        PERFORM region.reject('invalid', 'valid_to lies before valid_from.');
    END IF;
    PERFORM region.log_patient(v_patient, v_unit);
    PERFORM region.log_change('care_contacts', cc.id::text, cc.unit_id, cc.patient_id, 'upsert', to_jsonb(cc));
    PERFORM region.log_access_row(p_me, cc.unit_id, cc.patient_id, NULL, 'assign_care_contact');
    RETURN region.applied(jsonb_build_object('version', cc.version));
END
$$;

CREATE FUNCTION region.act_end_care_contact(p jsonb, p_me uuid) RETURNS jsonb
    LANGUAGE plpgsql
AS $$
DECLARE
    cc region.care_contacts;
    v_to date := region.p_date(p, 'valid_to');
BEGIN
    SELECT * INTO cc FROM region.care_contacts WHERE id = region.p_uuid(p, 'id') FOR UPDATE;
    IF NOT FOUND OR region.my_role_in(cc.unit_id) IS NULL THEN
        PERFORM region.reject('not_allowed', 'The assignment does not exist or belongs to another unit.');
    END IF;
    IF v_to < cc.valid_from THEN
        PERFORM region.reject('invalid', 'valid_to lies before valid_from.');
    END IF;
    UPDATE region.care_contacts SET valid_to = v_to, version = version + 1 WHERE id = cc.id RETURNING * INTO cc;
    PERFORM region.log_change('care_contacts', cc.id::text, cc.unit_id, cc.patient_id, 'upsert', to_jsonb(cc));
    PERFORM region.log_access_row(p_me, cc.unit_id, cc.patient_id, NULL, 'end_care_contact');
    RETURN region.applied(jsonb_build_object('version', cc.version));
END
$$;

-- Replaces a plan's participants, insatser and other åtgärder with the arrays given (absent keys: unchanged).
CREATE FUNCTION region.sip_replace_lists(p jsonb, sp region.sip_plans) RETURNS void
    LANGUAGE plpgsql
AS $$
DECLARE
    item jsonb;
    r record;
BEGIN
    IF p ? 'participants' THEN
        IF jsonb_typeof(p -> 'participants') <> 'array' THEN
            PERFORM region.reject('invalid', 'participants must be a list.');
        END IF;
        FOR r IN DELETE FROM region.sip_participants WHERE plan_id = sp.id RETURNING id LOOP
            PERFORM region.log_change('sip_participants', r.id::text, sp.unit_id, sp.patient_id, 'delete', NULL);
        END LOOP;
        FOR item IN SELECT * FROM jsonb_array_elements(p -> 'participants') LOOP
            INSERT INTO region.sip_participants (id, plan_id, huvudman, name, role)
            VALUES (coalesce(region.p_uuid(item, 'id', false), gen_random_uuid()), sp.id,
                    region.p_enum(item, 'huvudman', ARRAY['region', 'kommun', 'other']),
                    region.p_text(item, 'name', 200), region.p_text(item, 'role', 200, false))
            RETURNING * INTO r;
            PERFORM region.log_change('sip_participants', r.id::text, sp.unit_id, sp.patient_id, 'upsert', to_jsonb(r));
        END LOOP;
    END IF;
    IF p ? 'insatser' THEN
        IF jsonb_typeof(p -> 'insatser') <> 'array' THEN
            PERFORM region.reject('invalid', 'insatser must be a list.');
        END IF;
        FOR r IN DELETE FROM region.sip_insatser WHERE plan_id = sp.id RETURNING id LOOP
            PERFORM region.log_change('sip_insatser', r.id::text, sp.unit_id, sp.patient_id, 'delete', NULL);
        END LOOP;
        FOR item IN SELECT * FROM jsonb_array_elements(p -> 'insatser') LOOP
            INSERT INTO region.sip_insatser (id, plan_id, description, huvudman)
            VALUES (coalesce(region.p_uuid(item, 'id', false), gen_random_uuid()), sp.id,
                    region.p_text(item, 'description', 4000), region.p_enum(item, 'huvudman', ARRAY['region', 'kommun']))
            RETURNING * INTO r;
            PERFORM region.log_change('sip_insatser', r.id::text, sp.unit_id, sp.patient_id, 'upsert', to_jsonb(r));
        END LOOP;
    END IF;
    IF p ? 'other_actions' THEN
        IF jsonb_typeof(p -> 'other_actions') <> 'array' THEN
            PERFORM region.reject('invalid', 'other_actions must be a list.');
        END IF;
        FOR r IN DELETE FROM region.sip_other_actions WHERE plan_id = sp.id RETURNING id LOOP
            PERFORM region.log_change('sip_other_actions', r.id::text, sp.unit_id, sp.patient_id, 'delete', NULL);
        END LOOP;
        FOR item IN SELECT * FROM jsonb_array_elements(p -> 'other_actions') LOOP
            INSERT INTO region.sip_other_actions (id, plan_id, actor, description)
            VALUES (coalesce(region.p_uuid(item, 'id', false), gen_random_uuid()), sp.id,
                    region.p_text(item, 'actor', 200), region.p_text(item, 'description', 4000))
            RETURNING * INTO r;
            PERFORM region.log_change('sip_other_actions', r.id::text, sp.unit_id, sp.patient_id, 'upsert', to_jsonb(r));
        END LOOP;
    END IF;
END
$$;

-- A SIP is drawn up only with the person's consent: who gave it and when are required.
CREATE FUNCTION region.act_sip_create(p jsonb, p_me uuid) RETURNS jsonb
    LANGUAGE plpgsql
AS $$
DECLARE
    v_unit uuid := region.p_uuid(p, 'unit_id');
    v_patient uuid := region.p_uuid(p, 'patient_id');
    sp region.sip_plans;
BEGIN
    PERFORM region.require_member(v_unit);
    PERFORM region.require_visible_patient(v_patient);
    INSERT INTO region.sip_plans (id, patient_id, unit_id, consent_given_by, consent_date, consent_how,
                                  overall_responsible, start_date, next_follow_up)
    VALUES (coalesce(region.p_uuid(p, 'id', false), gen_random_uuid()), v_patient, v_unit,
            region.p_text(p, 'consent_given_by', 200), region.p_date(p, 'consent_date'),
            region.p_text(p, 'consent_how', 500, false),
            region.p_enum(p, 'overall_responsible', ARRAY['region', 'kommun'], false),
            region.p_date(p, 'start_date', false), region.p_date(p, 'next_follow_up', false))
    RETURNING * INTO sp;
    PERFORM region.log_patient(v_patient, v_unit);
    PERFORM region.log_change('sip_plans', sp.id::text, sp.unit_id, sp.patient_id, 'upsert', to_jsonb(sp));
    PERFORM region.sip_replace_lists(p, sp);
    PERFORM region.log_access_row(p_me, sp.unit_id, sp.patient_id, NULL, 'sip_create');
    RETURN region.applied(jsonb_build_object('version', sp.version));
END
$$;

CREATE FUNCTION region.lock_plan(p_plan_id uuid) RETURNS region.sip_plans
    LANGUAGE plpgsql
AS $$
DECLARE
    sp region.sip_plans;
BEGIN
    SELECT * INTO sp FROM region.sip_plans WHERE id = p_plan_id FOR UPDATE;
    IF NOT FOUND OR region.my_role_in(sp.unit_id) IS NULL THEN
        PERFORM region.reject('not_allowed', 'The SIP does not exist or belongs to a unit you are not a member of.');
    END IF;
    RETURN sp;
END
$$;

-- Optimistic concurrency: the desk sends the version it edited; anything newer is a version_conflict.
CREATE FUNCTION region.act_sip_update(p jsonb, p_me uuid) RETURNS jsonb
    LANGUAGE plpgsql
AS $$
DECLARE
    sp region.sip_plans := region.lock_plan(region.p_uuid(p, 'id'));
BEGIN
    IF jsonb_typeof(p -> 'expected_version') IS DISTINCT FROM 'number' THEN
        PERFORM region.reject('invalid', 'The field expected_version is missing.');
    END IF;
    IF (p ->> 'expected_version')::bigint <> sp.version THEN
        PERFORM region.reject('version_conflict', 'Someone else changed the SIP in the meantime.',
                              jsonb_build_object('current_version', sp.version));
    END IF;
    UPDATE region.sip_plans
       SET consent_given_by = CASE WHEN p ? 'consent_given_by' THEN region.p_text(p, 'consent_given_by', 200)
                                   ELSE consent_given_by END,
           consent_date = CASE WHEN p ? 'consent_date' THEN region.p_date(p, 'consent_date') ELSE consent_date END,
           consent_how = CASE WHEN p ? 'consent_how' THEN region.p_text(p, 'consent_how', 500, false)
                              ELSE consent_how END,
           overall_responsible = CASE WHEN p ? 'overall_responsible'
                                      THEN region.p_enum(p, 'overall_responsible', ARRAY['region', 'kommun'], false)
                                      ELSE overall_responsible END,
           start_date = CASE WHEN p ? 'start_date' THEN region.p_date(p, 'start_date', false) ELSE start_date END,
           next_follow_up = CASE WHEN p ? 'next_follow_up' THEN region.p_date(p, 'next_follow_up', false)
                                 ELSE next_follow_up END,
           version = version + 1
     WHERE id = sp.id
    RETURNING * INTO sp;
    PERFORM region.log_change('sip_plans', sp.id::text, sp.unit_id, sp.patient_id, 'upsert', to_jsonb(sp));
    PERFORM region.sip_replace_lists(p, sp);
    PERFORM region.log_access_row(p_me, sp.unit_id, sp.patient_id, NULL, 'sip_update');
    RETURN region.applied(jsonb_build_object('version', sp.version));
END
$$;

-- Notes are appended, never edited: a correction is a new note pointing at the note it corrects.
CREATE FUNCTION region.act_sip_add_note(p jsonb, p_me uuid) RETURNS jsonb
    LANGUAGE plpgsql
AS $$
DECLARE
    sp region.sip_plans := region.lock_plan(region.p_uuid(p, 'plan_id'));
    v_corrects uuid := region.p_uuid(p, 'corrects_note_id', false);
    n region.sip_notes;
BEGIN
    IF v_corrects IS NOT NULL AND NOT EXISTS (SELECT 1 FROM region.sip_notes WHERE id = v_corrects AND plan_id = sp.id) THEN
        PERFORM region.reject('invalid', 'The corrected note does not belong to this SIP.');
    END IF;
    INSERT INTO region.sip_notes (id, plan_id, author_id, written_at, body, action, action_responsible, action_due,
                                  corrects_note_id)
    VALUES (coalesce(region.p_uuid(p, 'id', false), gen_random_uuid()), sp.id, p_me, now(),
            region.p_text(p, 'body', 65536), region.p_text(p, 'action', 4000, false),
            region.p_text(p, 'action_responsible', 200, false), region.p_date(p, 'action_due', false), v_corrects)
    RETURNING * INTO n;
    PERFORM region.log_change('sip_notes', n.id::text, sp.unit_id, sp.patient_id, 'upsert', to_jsonb(n));
    PERFORM region.log_access_row(p_me, sp.unit_id, sp.patient_id, NULL, 'sip_add_note');
    RETURN region.applied(jsonb_build_object('written_at', n.written_at));
END
$$;

CREATE FUNCTION region.act_sip_add_meeting(p jsonb, p_me uuid) RETURNS jsonb
    LANGUAGE plpgsql
AS $$
DECLARE
    sp region.sip_plans := region.lock_plan(region.p_uuid(p, 'plan_id'));
    m region.sip_meetings;
BEGIN
    INSERT INTO region.sip_meetings (id, plan_id, held_on, attendees)
    VALUES (coalesce(region.p_uuid(p, 'id', false), gen_random_uuid()), sp.id, region.p_date(p, 'held_on'),
            region.p_text(p, 'attendees', 4000))
    RETURNING * INTO m;
    PERFORM region.log_change('sip_meetings', m.id::text, sp.unit_id, sp.patient_id, 'upsert', to_jsonb(m));
    PERFORM region.log_access_row(p_me, sp.unit_id, sp.patient_id, NULL, 'sip_add_meeting');
    RETURN region.applied();
END
$$;

-- A read the desk did locally (opened a contact, a patient panel, an export…), reported for the PDL log.
CREATE FUNCTION region.act_log_access(p jsonb, p_me uuid) RETURNS jsonb
    LANGUAGE plpgsql
AS $$
DECLARE
    v_unit uuid := region.p_uuid(p, 'unit_id');
    v_patient uuid := region.p_uuid(p, 'patient_id', false);
    v_contact uuid := region.p_uuid(p, 'contact_id', false);
    v_action text := region.p_text(p, 'action', 40);
    v_at timestamptz := coalesce(region.p_time(p, 'at', false), now());
BEGIN
    PERFORM region.require_member(v_unit);
    IF v_action !~ '^[a-z_]{1,40}$' THEN
        PERFORM region.reject('invalid', 'The action must be a lower-case word.');
    END IF;
    IF v_at > now() + interval '5 minutes' THEN
        PERFORM region.reject('invalid', 'The access time lies in the future.');
    END IF;
    IF v_contact IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM region.contacts c WHERE c.id = v_contact AND c.unit_id = v_unit
           AND c.patient_id IS NOT DISTINCT FROM coalesce(v_patient, c.patient_id)) THEN
        PERFORM region.reject('not_allowed', 'The contact does not belong to that unit and patient.');
    END IF;
    IF v_patient IS NOT NULL AND NOT region.patient_in_unit(v_patient, v_unit) THEN
        PERFORM region.reject('not_allowed', 'The patient has no contact with that unit.');
    END IF;
    IF v_patient IS NULL AND v_contact IS NULL THEN
        PERFORM region.reject('invalid', 'An access names a patient or a contact.');
    END IF;
    PERFORM region.log_access_row(p_me, v_unit, coalesce(v_patient, (SELECT patient_id FROM region.contacts WHERE id = v_contact)),
                                  v_contact, v_action, v_at);
    RETURN region.applied();
END
$$;
