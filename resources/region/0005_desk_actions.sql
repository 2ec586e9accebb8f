-- Desk actions. Every action is `region.<kind>(payload jsonb) RETURNS jsonb` (SECURITY DEFINER, callable by
-- vardinkorg_staff) and is also reachable through region.apply_mutation(mutation_id, kind, payload), which adds
-- idempotency. An action either applies ({"status":"applied","txid":…}) or is rejected ({"status":"rejected",
-- "reason_code":…,"message":…}); a rejection undoes every write the action made (it runs in a subtransaction).
-- The caller is always session_user's staff row: no payload field can act on behalf of someone else.

-- Raises a business rejection; region.run_action turns it into the result jsonb.
CREATE FUNCTION region.reject(p_reason text, p_message text, p_extra jsonb DEFAULT '{}') RETURNS void
    LANGUAGE plpgsql
AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = 'VK001', MESSAGE = p_reason, DETAIL = p_message, HINT = p_extra::text;
END
$$;

-- Payload accessors: a missing required field or a wrong type is an 'invalid' rejection naming the field.
CREATE FUNCTION region.p_text(p jsonb, p_key text, p_max int, p_required boolean DEFAULT true) RETURNS text
    LANGUAGE plpgsql
AS $$
DECLARE
    v text;
BEGIN
    IF p -> p_key IS NULL OR jsonb_typeof(p -> p_key) = 'null' THEN
        IF p_required THEN
            PERFORM region.reject('invalid', format('The field %s is missing.', p_key));
        END IF;
        RETURN NULL;
    END IF;
    IF jsonb_typeof(p -> p_key) <> 'string' THEN
        PERFORM region.reject('invalid', format('The field %s must be text.', p_key));
    END IF;
    v := p ->> p_key;
    IF p_required AND length(v) = 0 THEN
        PERFORM region.reject('invalid', format('The field %s is empty.', p_key));
    END IF;
    IF length(v) > p_max OR (p_max = 65536 AND octet_length(v) > 65536) THEN
        PERFORM region.reject('invalid', format('The field %s is too long.', p_key));
    END IF;
    IF NOT region.is_clean_text(v) THEN
        PERFORM region.reject('invalid', format('The field %s contains control characters.', p_key));
    END IF;
    RETURN v;
END
$$;

CREATE FUNCTION region.p_uuid(p jsonb, p_key text, p_required boolean DEFAULT true) RETURNS uuid
    LANGUAGE plpgsql
AS $$
DECLARE
    v text := region.p_text(p, p_key, 40, p_required);
BEGIN
    IF v IS NULL THEN
        RETURN NULL;
    END IF;
    IF v !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN
        PERFORM region.reject('invalid', format('The field %s is not a UUID.', p_key));
    END IF;
    RETURN v::uuid;
END
$$;

CREATE FUNCTION region.p_time(p jsonb, p_key text, p_required boolean DEFAULT true) RETURNS timestamptz
    LANGUAGE plpgsql
AS $$
DECLARE
    v text := region.p_text(p, p_key, 40, p_required);
BEGIN
    IF v IS NULL THEN
        RETURN NULL;
    END IF;
    IF v !~ '^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)$' THEN
        PERFORM region.reject('invalid', format('The field %s is not an ISO-8601 time with offset.', p_key));
    END IF;
    RETURN v::timestamptz;
EXCEPTION WHEN datetime_field_overflow OR invalid_datetime_format THEN
    PERFORM region.reject('invalid', format('The field %s is not a valid time.', p_key));
    RETURN NULL;
END
$$;

CREATE FUNCTION region.p_date(p jsonb, p_key text, p_required boolean DEFAULT true) RETURNS date
    LANGUAGE plpgsql
AS $$
DECLARE
    v text := region.p_text(p, p_key, 10, p_required);
BEGIN
    IF v IS NULL THEN
        RETURN NULL;
    END IF;
    IF v !~ '^\d{4}-\d{2}-\d{2}$' THEN
        PERFORM region.reject('invalid', format('The field %s is not a date (YYYY-MM-DD).', p_key));
    END IF;
    RETURN v::date;
EXCEPTION WHEN datetime_field_overflow OR invalid_datetime_format THEN
    PERFORM region.reject('invalid', format('The field %s is not a valid date.', p_key));
    RETURN NULL;
END
$$;

CREATE FUNCTION region.p_bool(p jsonb, p_key text, p_default boolean) RETURNS boolean
    LANGUAGE plpgsql
AS $$
BEGIN
    IF p -> p_key IS NULL OR jsonb_typeof(p -> p_key) = 'null' THEN
        RETURN p_default;
    END IF;
    IF jsonb_typeof(p -> p_key) <> 'boolean' THEN
        PERFORM region.reject('invalid', format('The field %s must be true or false.', p_key));
    END IF;
    RETURN (p ->> p_key)::boolean;
END
$$;

CREATE FUNCTION region.p_enum(p jsonb, p_key text, p_allowed text[], p_required boolean DEFAULT true) RETURNS text
    LANGUAGE plpgsql
AS $$
DECLARE
    v text := region.p_text(p, p_key, 40, p_required);
BEGIN
    IF v IS NOT NULL AND NOT v = ANY (p_allowed) THEN
        PERFORM region.reject('invalid', format('The field %s must be one of: %s.', p_key, array_to_string(p_allowed, ', ')));
    END IF;
    RETURN v;
END
$$;

CREATE FUNCTION region.lease_interval() RETURNS interval
    LANGUAGE sql IMMUTABLE
    RETURN interval '30 minutes';

CREATE FUNCTION region.is_closed(p_status text) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    RETURN p_status IN ('not_reached', 'completed', 'cancelled', 'forwarded');

-- A contact of one of the caller's units, locked for the rest of the transaction; anything else is not_allowed
-- (an id of a foreign unit and an unknown id look the same, so ids cannot be probed).
CREATE FUNCTION region.lock_contact(p_contact_id uuid) RETURNS region.contacts
    LANGUAGE plpgsql
AS $$
DECLARE
    c region.contacts;
BEGIN
    SELECT * INTO c FROM region.contacts WHERE id = p_contact_id FOR UPDATE;
    IF NOT FOUND OR region.my_role_in(c.unit_id) IS NULL THEN
        PERFORM region.reject('not_allowed', 'The contact does not exist or belongs to a unit you are not a member of.');
    END IF;
    RETURN c;
END
$$;

CREATE FUNCTION region.reject_claimed(c region.contacts) RETURNS void
    LANGUAGE plpgsql
AS $$
BEGIN
    PERFORM region.reject('claimed_by_other', 'Another staff member holds this contact.',
                          jsonb_build_object('holder_name', (SELECT s.name FROM region.staff s WHERE s.id = c.claimed_by),
                                             'holder_id', c.claimed_by, 'holder_at', c.claimed_at,
                                             'lease_until', c.lease_until));
END
$$;

-- For actions that handle a contact: it must be open and held by the caller. A free contact (or one whose lease
-- ran out) is claimed on the way, so an offline desk's queued actions still apply in order.
CREATE FUNCTION region.hold_contact(p_contact_id uuid, p_me uuid, p_allow_not_reached boolean DEFAULT false)
    RETURNS region.contacts
    LANGUAGE plpgsql
AS $$
DECLARE
    c region.contacts := region.lock_contact(p_contact_id);
BEGIN
    IF region.is_closed(c.status) AND NOT (p_allow_not_reached AND c.status = 'not_reached') THEN
        PERFORM region.reject('already_closed', 'The contact is already closed.', jsonb_build_object('contact_status', c.status));
    END IF;
    IF c.claimed_by IS NOT NULL AND c.claimed_by <> p_me AND c.lease_until >= now() THEN
        PERFORM region.reject_claimed(c);
    END IF;
    IF c.status <> 'not_reached' AND c.claimed_by IS DISTINCT FROM p_me THEN
        UPDATE region.contacts
           SET claimed_by = p_me, claimed_at = now(), lease_until = now() + region.lease_interval(), status = 'claimed'
         WHERE id = c.id
        RETURNING * INTO c;
    END IF;
    RETURN c;
END
$$;

-- Change-log row of a contact (the patient row travels along when the contact links a patient into its unit).
CREATE FUNCTION region.emit_contact(c region.contacts) RETURNS void
    LANGUAGE sql
    BEGIN ATOMIC
        SELECT region.log_change('contacts', c.id::text, c.unit_id, c.patient_id, 'upsert', to_jsonb(c));
    END;

-- Closes a contact: releases the claim and stamps who and when.
CREATE FUNCTION region.close_contact(p_id uuid, p_me uuid, p_status text) RETURNS region.contacts
    LANGUAGE sql
    BEGIN ATOMIC
        UPDATE region.contacts
           SET status = p_status, claimed_by = NULL, claimed_at = NULL, lease_until = NULL,
               completed_at = now(), completed_by = p_me, version = version + 1
         WHERE id = p_id
        RETURNING *;
    END;

------------------------------------------------------------------------------------------------------------------
-- Contact actions

CREATE FUNCTION region.act_claim(p jsonb, p_me uuid) RETURNS jsonb
    LANGUAGE plpgsql
AS $$
DECLARE
    v_id uuid := region.p_uuid(p, 'contact_id');
    c region.contacts;
    attempt int;
BEGIN
    c := region.lock_contact_unlocked(v_id);
    FOR attempt IN 1 .. 3 LOOP
        -- Exactly one of any number of racing claims matches: the others re-check the committed row and miss.
        UPDATE region.contacts
           SET claimed_by = p_me, claimed_at = CASE WHEN claimed_by = p_me THEN claimed_at ELSE now() END,
               lease_until = now() + region.lease_interval(), status = 'claimed', version = version + 1
         WHERE id = v_id AND status IN ('new', 'claimed')
           AND (claimed_by IS NULL OR lease_until < now() OR claimed_by = p_me)
        RETURNING * INTO c;
        IF FOUND THEN
            PERFORM region.emit_contact(c);
            PERFORM region.log_access_row(p_me, c.unit_id, c.patient_id, c.id, 'claim');
            RETURN region.applied(jsonb_build_object('lease_until', c.lease_until, 'version', c.version));
        END IF;
        SELECT * INTO c FROM region.contacts WHERE id = v_id;
        IF region.is_closed(c.status) THEN
            PERFORM region.reject('already_closed', 'The contact is already closed.', jsonb_build_object('contact_status', c.status));
        END IF;
        IF c.claimed_by IS NOT NULL THEN
            PERFORM region.reject_claimed(c);
        END IF;
        -- Released between our update and our read: try again.
    END LOOP;
    PERFORM region.reject('busy', 'The contact changed hands several times; try again.');
    RETURN NULL;
END
$$;

-- Membership check without a row lock (the claim's UPDATE takes the lock itself).
CREATE FUNCTION region.lock_contact_unlocked(p_contact_id uuid) RETURNS region.contacts
    LANGUAGE plpgsql
AS $$
DECLARE
    c region.contacts;
BEGIN
    SELECT * INTO c FROM region.contacts WHERE id = p_contact_id;
    IF NOT FOUND OR region.my_role_in(c.unit_id) IS NULL THEN
        PERFORM region.reject('not_allowed', 'The contact does not exist or belongs to a unit you are not a member of.');
    END IF;
    RETURN c;
END
$$;

CREATE FUNCTION region.act_renew(p jsonb, p_me uuid) RETURNS jsonb
    LANGUAGE plpgsql
AS $$
DECLARE
    c region.contacts := region.lock_contact(region.p_uuid(p, 'contact_id'));
BEGIN
    IF region.is_closed(c.status) THEN
        PERFORM region.reject('already_closed', 'The contact is already closed.', jsonb_build_object('contact_status', c.status));
    END IF;
    IF c.claimed_by IS DISTINCT FROM p_me THEN
        IF c.claimed_by IS NOT NULL THEN
            PERFORM region.reject_claimed(c);
        END IF;
        PERFORM region.reject('not_claimed', 'You do not hold this contact; claim it first.');
    END IF;
    UPDATE region.contacts SET lease_until = now() + region.lease_interval(), version = version + 1
     WHERE id = c.id RETURNING * INTO c;
    PERFORM region.emit_contact(c);
    RETURN region.applied(jsonb_build_object('lease_until', c.lease_until, 'version', c.version));
END
$$;

CREATE FUNCTION region.act_release(p jsonb, p_me uuid) RETURNS jsonb
    LANGUAGE plpgsql
AS $$
DECLARE
    c region.contacts := region.lock_contact(region.p_uuid(p, 'contact_id'));
BEGIN
    IF c.claimed_by IS NULL OR region.is_closed(c.status) THEN
        RETURN region.applied(jsonb_build_object('version', c.version)); -- nothing held: nothing to release
    END IF;
    IF c.claimed_by <> p_me THEN
        PERFORM region.reject_claimed(c);
    END IF;
    UPDATE region.contacts SET claimed_by = NULL, claimed_at = NULL, lease_until = NULL, status = 'new',
                               version = version + 1
     WHERE id = c.id RETURNING * INTO c;
    PERFORM region.emit_contact(c);
    PERFORM region.log_access_row(p_me, c.unit_id, c.patient_id, c.id, 'release');
    RETURN region.applied(jsonb_build_object('version', c.version));
END
$$;

CREATE FUNCTION region.act_log_attempt(p jsonb, p_me uuid) RETURNS jsonb
    LANGUAGE plpgsql
AS $$
DECLARE
    c region.contacts := region.hold_contact(region.p_uuid(p, 'contact_id'), p_me);
    a region.callback_attempts;
    v_at timestamptz := coalesce(region.p_time(p, 'attempted_at', false), now());
    v_failed int;
    v_max int;
BEGIN
    IF c.channel NOT IN ('callback', 'voicemail') THEN
        PERFORM region.reject('invalid', 'Call attempts belong to callbacks and voicemails only.');
    END IF;
    IF v_at > now() + interval '5 minutes' THEN
        PERFORM region.reject('invalid', 'The field attempted_at lies in the future.');
    END IF;
    INSERT INTO region.callback_attempts (id, contact_id, staff_id, attempted_at, outcome, note)
    VALUES (coalesce(region.p_uuid(p, 'attempt_id', false), gen_random_uuid()), c.id, p_me, v_at,
            region.p_enum(p, 'outcome', ARRAY['answered', 'no_answer', 'busy', 'wrong_number', 'voicemail']),
            region.p_text(p, 'note', 4000, false))
    RETURNING * INTO a;
    PERFORM region.log_change('callback_attempts', a.id::text, c.unit_id, c.patient_id, 'upsert', to_jsonb(a));

    IF a.outcome = 'answered' THEN
        UPDATE region.contacts SET first_contact_at = coalesce(first_contact_at, a.attempted_at),
                                   version = version + 1
         WHERE id = c.id RETURNING * INTO c;
    ELSE
        SELECT count(*) INTO v_failed FROM region.callback_attempts WHERE contact_id = c.id AND outcome <> 'answered';
        SELECT u.max_callback_attempts INTO v_max FROM region.units u WHERE u.id = c.unit_id;
        IF v_failed >= v_max THEN
            c := region.close_contact(c.id, p_me, 'not_reached');
        ELSE
            UPDATE region.contacts SET version = version + 1 WHERE id = c.id RETURNING * INTO c;
        END IF;
    END IF;
    PERFORM region.emit_contact(c);
    PERFORM region.log_access_row(p_me, c.unit_id, c.patient_id, c.id, 'log_attempt');
    RETURN region.applied(jsonb_build_object('contact_status', c.status, 'version', c.version));
END
$$;

CREATE FUNCTION region.act_rebook(p jsonb, p_me uuid) RETURNS jsonb
    LANGUAGE plpgsql
AS $$
DECLARE
    c region.contacts := region.hold_contact(region.p_uuid(p, 'contact_id'), p_me);
    v_slot timestamptz := region.p_time(p, 'booked_slot');
    r region.callback_requests;
BEGIN
    IF c.channel <> 'callback' THEN
        PERFORM region.reject('invalid', 'Only a callback can be rebooked.');
    END IF;
    IF v_slot < now() - interval '1 hour' THEN
        PERFORM region.reject('invalid', 'The new slot lies in the past.');
    END IF;
    UPDATE region.callback_requests SET booked_slot = v_slot WHERE contact_id = c.id RETURNING * INTO r;
    PERFORM region.log_change('callback_requests', c.id::text, c.unit_id, c.patient_id, 'upsert', to_jsonb(r));
    -- A tidsbokad callback is due at its slot: calling early counts as badly as calling late.
    UPDATE region.contacts SET due_at = v_slot, version = version + 1 WHERE id = c.id RETURNING * INTO c;
    PERFORM region.emit_contact(c);
    PERFORM region.log_access_row(p_me, c.unit_id, c.patient_id, c.id, 'rebook');
    RETURN region.applied(jsonb_build_object('version', c.version));
END
$$;

CREATE FUNCTION region.act_reply(p jsonb, p_me uuid) RETURNS jsonb
    LANGUAGE plpgsql
AS $$
DECLARE
    c region.contacts := region.hold_contact(region.p_uuid(p, 'contact_id'), p_me);
    m region.eservice_messages;
BEGIN
    IF c.channel <> 'eservice' THEN
        PERFORM region.reject('invalid', 'Only an e-service ärende can be answered with a message.');
    END IF;
    INSERT INTO region.eservice_messages (id, contact_id, direction, author_staff_id, body, sent_at)
    VALUES (coalesce(region.p_uuid(p, 'message_id', false), gen_random_uuid()), c.id, 'out', p_me,
            region.p_text(p, 'body', 65536), now())
    RETURNING * INTO m;
    PERFORM region.log_change('eservice_messages', m.id::text, c.unit_id, c.patient_id, 'upsert', to_jsonb(m));
    UPDATE region.contacts SET first_contact_at = coalesce(first_contact_at, m.sent_at), version = version + 1
     WHERE id = c.id RETURNING * INTO c;
    PERFORM region.emit_contact(c);
    PERFORM region.log_access_row(p_me, c.unit_id, c.patient_id, c.id, 'reply');
    RETURN region.applied(jsonb_build_object('version', c.version, 'sent_at', m.sent_at));
END
$$;

-- Forwarding closes the contact here and opens a copy (with its channel details) in the receiving unit, whose
-- staff cannot see this unit's rows.
CREATE FUNCTION region.act_forward(p jsonb, p_me uuid) RETURNS jsonb
    LANGUAGE plpgsql
AS $$
DECLARE
    c region.contacts := region.hold_contact(region.p_uuid(p, 'contact_id'), p_me);
    v_to uuid := region.p_uuid(p, 'to_unit_id');
    v_note text := region.p_text(p, 'note', 8000, false);
    n region.contacts;
    r record;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM region.units WHERE id = v_to) OR v_to = c.unit_id THEN
        PERFORM region.reject('invalid', 'The receiving unit is unknown or the contact''s own unit.');
    END IF;
    UPDATE region.contacts SET forwarded_to = v_to, outcome = v_note WHERE id = c.id;
    c := region.close_contact(c.id, p_me, 'forwarded');
    PERFORM region.emit_contact(c);

    INSERT INTO region.contacts (channel, unit_id, patient_id, received_at, due_at, reason, subject,
                                 identity_verified, forwarded_from)
    VALUES (c.channel, v_to, c.patient_id, c.received_at, c.due_at, c.reason, c.subject, c.identity_verified, c.id)
    RETURNING * INTO n;
    IF n.patient_id IS NOT NULL THEN
        PERFORM region.log_patient(n.patient_id, v_to);
    END IF;
    PERFORM region.emit_contact(n);
    FOR r IN INSERT INTO region.callback_requests (contact_id, phone, booked_slot, requested_time)
             SELECT n.id, phone, booked_slot, requested_time FROM region.callback_requests WHERE contact_id = c.id
             RETURNING * LOOP
        PERFORM region.log_change('callback_requests', n.id::text, v_to, n.patient_id, 'upsert', to_jsonb(r));
    END LOOP;
    FOR r IN INSERT INTO region.voicemails (contact_id, mailbox, caller_phone, duration_ms, audio, audio_mime)
             SELECT n.id, mailbox, caller_phone, duration_ms, audio, audio_mime FROM region.voicemails
              WHERE contact_id = c.id
             RETURNING * LOOP
        PERFORM region.log_change('voicemails', n.id::text, v_to, n.patient_id, 'upsert', to_jsonb(r));
    END LOOP;
    FOR r IN INSERT INTO region.eservice_errands (contact_id, errand_type, ombud, ombud_name)
             SELECT n.id, errand_type, ombud, ombud_name FROM region.eservice_errands WHERE contact_id = c.id
             RETURNING * LOOP
        PERFORM region.log_change('eservice_errands', n.id::text, v_to, n.patient_id, 'upsert', to_jsonb(r));
    END LOOP;
    FOR r IN INSERT INTO region.eservice_messages (contact_id, direction, author_staff_id, body, sent_at)
             SELECT n.id, direction, author_staff_id, body, sent_at FROM region.eservice_messages
              WHERE contact_id = c.id
             RETURNING * LOOP
        PERFORM region.log_change('eservice_messages', r.id::text, v_to, n.patient_id, 'upsert', to_jsonb(r));
    END LOOP;
    PERFORM region.log_access_row(p_me, c.unit_id, c.patient_id, c.id, 'forward');
    RETURN region.applied(jsonb_build_object('version', c.version, 'new_contact_id', n.id));
END
$$;

CREATE FUNCTION region.act_cancel(p jsonb, p_me uuid) RETURNS jsonb
    LANGUAGE plpgsql
AS $$
DECLARE
    c region.contacts := region.hold_contact(region.p_uuid(p, 'contact_id'), p_me);
BEGIN
    UPDATE region.contacts
       SET cancel_reason = region.p_enum(p, 'reason', ARRAY['duplicate', 'wrong_unit', 'spam']),
           outcome = region.p_text(p, 'note', 8000, false)
     WHERE id = c.id;
    c := region.close_contact(c.id, p_me, 'cancelled');
    PERFORM region.emit_contact(c);
    PERFORM region.log_access_row(p_me, c.unit_id, c.patient_id, c.id, 'cancel');
    RETURN region.applied(jsonb_build_object('version', c.version));
END
$$;

CREATE FUNCTION region.act_verify_identity(p jsonb, p_me uuid) RETURNS jsonb
    LANGUAGE plpgsql
AS $$
DECLARE
    c region.contacts := region.hold_contact(region.p_uuid(p, 'contact_id'), p_me);
    v_type text := region.p_enum(p, 'id_type', ARRAY['personnummer', 'samordningsnummer', 'reservnummer']);
    v_value text := region.p_text(p, 'id_value', 32);
    v_name text := region.p_text(p, 'name', 200, false);
    v_phone text;
    v_patient uuid;
BEGIN
    IF NOT region.is_valid_person_id(v_type, v_value) THEN
        PERFORM region.reject('invalid', format('The identity number is not a valid %s.', v_type));
    END IF;
    IF v_name IS NOT NULL AND (v_name = '' OR v_name ~ '[\n\t]') THEN
        PERFORM region.reject('invalid', 'The name is empty or has line breaks.');
    END IF;
    SELECT coalesce(cb.phone, vm.caller_phone) INTO v_phone
      FROM region.contacts x
      LEFT JOIN region.callback_requests cb ON cb.contact_id = x.id
      LEFT JOIN region.voicemails vm ON vm.contact_id = x.id
     WHERE x.id = c.id;
    v_patient := region.ingest_patient(jsonb_build_object('id_type', v_type, 'id_value', v_value, 'name', v_name),
                                       v_phone);
    UPDATE region.contacts SET patient_id = v_patient, identity_verified = true, version = version + 1
     WHERE id = c.id RETURNING * INTO c;
    -- Every unit that sees this patient gets the (possibly renamed) row; this unit gets it in any case.
    PERFORM region.log_patient(v_patient);
    PERFORM region.emit_contact(c);
    PERFORM region.log_access_row(p_me, c.unit_id, v_patient, c.id, 'verify_identity');
    RETURN region.applied(jsonb_build_object('version', c.version, 'patient_id', v_patient));
END
$$;

CREATE FUNCTION region.act_complete(p jsonb, p_me uuid) RETURNS jsonb
    LANGUAGE plpgsql
AS $$
DECLARE
    c region.contacts := region.hold_contact(region.p_uuid(p, 'contact_id'), p_me, true);
    v_code text := region.p_text(p, 'code', 16);
BEGIN
    IF NOT EXISTS (SELECT 1 FROM region.codes WHERE code = v_code AND active) THEN
        PERFORM region.reject('invalid', 'The eftermärkning code is unknown or no longer active.');
    END IF;
    UPDATE region.contacts
       SET code = v_code, outcome = region.p_text(p, 'note', 8000, false),
           medical_assessment = region.p_bool(p, 'medical_assessment', false)
     WHERE id = c.id;
    c := region.close_contact(c.id, p_me, 'completed');
    PERFORM region.emit_contact(c);
    PERFORM region.log_access_row(p_me, c.unit_id, c.patient_id, c.id, 'complete');
    RETURN region.applied(jsonb_build_object('version', c.version));
END
$$;

------------------------------------------------------------------------------------------------------------------
-- Team lead actions

CREATE FUNCTION region.lead_contact(p jsonb) RETURNS region.contacts
    LANGUAGE plpgsql
AS $$
DECLARE
    c region.contacts := region.lock_contact(region.p_uuid(p, 'contact_id'));
BEGIN
    IF region.my_role_in(c.unit_id) IS DISTINCT FROM 'team_lead' THEN
        PERFORM region.reject('not_allowed', 'Only a team lead of the contact''s unit may do this.');
    END IF;
    IF region.is_closed(c.status) THEN
        PERFORM region.reject('already_closed', 'The contact is already closed.', jsonb_build_object('contact_status', c.status));
    END IF;
    RETURN c;
END
$$;

CREATE FUNCTION region.act_reassign(p jsonb, p_me uuid) RETURNS jsonb
    LANGUAGE plpgsql
AS $$
DECLARE
    c region.contacts := region.lead_contact(p);
    v_to uuid := region.p_uuid(p, 'to_staff_id');
BEGIN
    IF NOT EXISTS (SELECT 1 FROM region.unit_members WHERE unit_id = c.unit_id AND staff_id = v_to) THEN
        PERFORM region.reject('invalid', 'The receiving staff member is not a member of the contact''s unit.');
    END IF;
    UPDATE region.contacts
       SET claimed_by = v_to, claimed_at = now(), lease_until = now() + region.lease_interval(), status = 'claimed',
           version = version + 1
     WHERE id = c.id RETURNING * INTO c;
    PERFORM region.emit_contact(c);
    PERFORM region.log_access_row(p_me, c.unit_id, c.patient_id, c.id, 'reassign');
    RETURN region.applied(jsonb_build_object('version', c.version));
END
$$;

CREATE FUNCTION region.act_release_any(p jsonb, p_me uuid) RETURNS jsonb
    LANGUAGE plpgsql
AS $$
DECLARE
    c region.contacts := region.lead_contact(p);
BEGIN
    UPDATE region.contacts SET claimed_by = NULL, claimed_at = NULL, lease_until = NULL, status = 'new',
                               version = version + 1
     WHERE id = c.id RETURNING * INTO c;
    PERFORM region.emit_contact(c);
    PERFORM region.log_access_row(p_me, c.unit_id, c.patient_id, c.id, 'release_any');
    RETURN region.applied(jsonb_build_object('version', c.version));
END
$$;
