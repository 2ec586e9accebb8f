-- region.ingest(event jsonb): the feed's only entry point (role vardinkorg_feed). Events are validated by the C++
-- feed tool first; this checks again and raises SQLSTATE 22023 (invalid_parameter_value) with a message naming
-- the field, never its value, so the feed can put the line in its reject file with the reason.
-- Idempotent by external_id: a repeated event returns {"status":"duplicate","id":…} and changes nothing.

CREATE FUNCTION region.ingest_fail(p_message text) RETURNS void
    LANGUAGE plpgsql
AS $$
BEGIN
    RAISE EXCEPTION 'invalid event: %', p_message USING ERRCODE = 'invalid_parameter_value';
END
$$;

-- A required text field: present, a string, clean and within max_length characters.
CREATE FUNCTION region.ingest_text(p_event jsonb, p_field text, p_max_length int, p_required boolean DEFAULT true)
    RETURNS text
    LANGUAGE plpgsql
AS $$
DECLARE
    v text;
BEGIN
    IF p_event -> p_field IS NULL OR jsonb_typeof(p_event -> p_field) = 'null' THEN
        IF p_required THEN
            PERFORM region.ingest_fail(format('%s is missing', p_field));
        END IF;
        RETURN NULL;
    END IF;
    IF jsonb_typeof(p_event -> p_field) <> 'string' THEN
        PERFORM region.ingest_fail(format('%s must be a string', p_field));
    END IF;
    v := p_event ->> p_field;
    IF length(v) = 0 AND p_required THEN
        PERFORM region.ingest_fail(format('%s is empty', p_field));
    END IF;
    IF length(v) > p_max_length THEN
        PERFORM region.ingest_fail(format('%s is longer than %s characters', p_field, p_max_length));
    END IF;
    IF NOT region.is_clean_text(v) THEN
        PERFORM region.ingest_fail(format('%s contains control characters', p_field));
    END IF;
    RETURN v;
END
$$;

CREATE FUNCTION region.ingest_time(p_event jsonb, p_field text, p_required boolean DEFAULT true) RETURNS timestamptz
    LANGUAGE plpgsql
AS $$
DECLARE
    v text := region.ingest_text(p_event, p_field, 40, p_required);
BEGIN
    IF v IS NULL THEN
        RETURN NULL;
    END IF;
    -- An offset is required: a bare local time would silently take the server's zone.
    IF v !~ '^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)$' THEN
        PERFORM region.ingest_fail(format('%s is not an ISO-8601 time with offset', p_field));
    END IF;
    RETURN v::timestamptz;
EXCEPTION WHEN datetime_field_overflow OR invalid_datetime_format THEN
    PERFORM region.ingest_fail(format('%s is not a valid time', p_field));
    RETURN NULL;
END
$$;

CREATE FUNCTION region.ingest_phone(p_event jsonb, p_field text, p_required boolean) RETURNS text
    LANGUAGE plpgsql
AS $$
DECLARE
    v text := region.ingest_text(p_event, p_field, 32, p_required);
BEGIN
    IF v IS NOT NULL AND v !~ '^[0-9+() -]{3,32}$' THEN
        PERFORM region.ingest_fail(format('%s is not a phone number', p_field));
    END IF;
    RETURN v;
END
$$;

-- Upserts the patient of an event by (id_type, id_value); a name given fills or updates the stored one.
CREATE FUNCTION region.ingest_patient(p_patient jsonb, p_phone text) RETURNS uuid
    LANGUAGE plpgsql
AS $$
DECLARE
    v_type text;
    v_value text;
    v_name text;
    v_id uuid;
BEGIN
    IF jsonb_typeof(p_patient) <> 'object' THEN
        PERFORM region.ingest_fail('patient must be an object');
    END IF;
    v_type := region.ingest_text(p_patient, 'id_type', 40);
    v_value := region.ingest_text(p_patient, 'id_value', 40);
    v_name := region.ingest_text(p_patient, 'name', 200, false);
    IF v_type NOT IN ('personnummer', 'samordningsnummer', 'reservnummer') THEN
        PERFORM region.ingest_fail('patient.id_type is unknown');
    END IF;
    IF NOT region.is_valid_person_id(v_type, v_value) THEN
        PERFORM region.ingest_fail(format('patient.id_value is not a valid %s', v_type));
    END IF;
    IF v_name IS NOT NULL AND (v_name = '' OR v_name ~ '[\n\t]') THEN
        PERFORM region.ingest_fail('patient.name is empty or has line breaks');
    END IF;
    INSERT INTO region.patients AS p (id_type, id_value, name, phone)
    VALUES (v_type, v_value, v_name, p_phone)
    ON CONFLICT (id_type, id_value) DO UPDATE
        SET name = coalesce(excluded.name, p.name),
            phone = coalesce(p.phone, excluded.phone),
            version = p.version + 1
        WHERE (excluded.name IS NOT NULL AND excluded.name IS DISTINCT FROM p.name)
           OR (p.phone IS NULL AND excluded.phone IS NOT NULL)
    RETURNING id INTO v_id;
    IF v_id IS NULL THEN -- unchanged existing patient
        SELECT id INTO v_id FROM region.patients WHERE id_type = v_type AND id_value = v_value;
    END IF;
    RETURN v_id;
END
$$;

CREATE FUNCTION region.ingest(event jsonb) RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = region, pg_temp
AS $$
DECLARE
    v_kind text;
    v_external_id text;
    v_unit region.units;
    v_received timestamptz;
    v_due timestamptz;
    v_patient_id uuid;
    v_phone text;
    v_contact region.contacts;
    v_id uuid;
    v_audio bytea;
    v_body text;
    v_duration bigint;
    v_message region.eservice_messages;
    v_errand region.contacts;
    v_rejection region.queue_rejections;
    v_callback region.callback_requests;
    v_voicemail region.voicemails;
    v_errand_row region.eservice_errands;
BEGIN
    IF event IS NULL OR jsonb_typeof(event) <> 'object' THEN
        PERFORM region.ingest_fail('the event must be a JSON object');
    END IF;
    v_kind := region.ingest_text(event, 'kind', 40);
    IF v_kind NOT IN ('callback', 'voicemail', 'eservice', 'eservice_message', 'queue_rejection') THEN
        PERFORM region.ingest_fail('kind is unknown');
    END IF;
    v_external_id := region.ingest_text(event, 'external_id', 200);

    IF v_kind = 'eservice_message' THEN
        SELECT id INTO v_id FROM region.eservice_messages WHERE external_id = v_external_id;
        IF FOUND THEN
            RETURN jsonb_build_object('status', 'duplicate', 'id', v_id);
        END IF;
        SELECT * INTO v_errand FROM region.contacts
         WHERE channel = 'eservice' AND external_id = region.ingest_text(event, 'errand_external_id', 200);
        IF NOT FOUND THEN
            PERFORM region.ingest_fail('errand_external_id names no known ärende');
        END IF;
        IF event ? 'unit' AND NOT EXISTS (SELECT 1 FROM region.units u
                                           WHERE u.id = v_errand.unit_id AND u.hsa_id = event ->> 'unit') THEN
            PERFORM region.ingest_fail('unit does not match the ärende''s unit');
        END IF;
        v_body := region.ingest_text(event, 'body', 65536);
        IF octet_length(v_body) > 65536 THEN
            PERFORM region.ingest_fail('body is larger than 64 KiB');
        END IF;
        INSERT INTO region.eservice_messages (contact_id, direction, body, sent_at, external_id)
        VALUES (v_errand.id, 'in', v_body, region.ingest_time(event, 'sent_at'), v_external_id)
        ON CONFLICT (external_id) DO NOTHING
        RETURNING * INTO v_message;
        IF v_message.id IS NULL THEN -- a concurrent duplicate won
            SELECT id INTO v_id FROM region.eservice_messages WHERE external_id = v_external_id;
            RETURN jsonb_build_object('status', 'duplicate', 'id', v_id);
        END IF;
        PERFORM region.log_change('eservice_messages', v_message.id::text, v_errand.unit_id, v_errand.patient_id,
                                  'upsert', to_jsonb(v_message));
        RETURN jsonb_build_object('status', 'inserted', 'id', v_message.id);
    END IF;

    SELECT * INTO v_unit FROM region.units WHERE hsa_id = region.ingest_text(event, 'unit', 64);
    IF NOT FOUND THEN
        PERFORM region.ingest_fail('unit names no known care unit');
    END IF;

    IF v_kind = 'queue_rejection' THEN
        IF jsonb_typeof(event -> 'caller_count') IS DISTINCT FROM 'number'
           OR (event ->> 'caller_count')::numeric NOT BETWEEN 0 AND 1000000 THEN
            PERFORM region.ingest_fail('caller_count must be a number from 0 to 1000000');
        END IF;
        INSERT INTO region.queue_rejections (unit_id, queue, occurred_at, caller_count, external_id)
        VALUES (v_unit.id, region.ingest_text(event, 'queue', 200), region.ingest_time(event, 'occurred_at'),
                (event ->> 'caller_count')::numeric::int, v_external_id)
        ON CONFLICT (external_id) DO NOTHING
        RETURNING * INTO v_rejection;
        IF v_rejection.id IS NULL THEN
            SELECT id INTO v_id FROM region.queue_rejections WHERE external_id = v_external_id;
            RETURN jsonb_build_object('status', 'duplicate', 'id', v_id);
        END IF;
        RETURN jsonb_build_object('status', 'inserted', 'id', v_rejection.id);
    END IF;

    -- The three contact channels.
    SELECT id INTO v_id FROM region.contacts WHERE channel = v_kind AND external_id = v_external_id;
    IF FOUND THEN
        RETURN jsonb_build_object('status', 'duplicate', 'id', v_id);
    END IF;
    v_received := region.ingest_time(event, 'received_at');
    v_due := region.ingest_time(event, 'due_at');
    IF v_due < v_received THEN
        PERFORM region.ingest_fail('due_at is before received_at');
    END IF;

    IF v_kind = 'callback' THEN
        v_phone := region.ingest_phone(event, 'phone', true);
    ELSIF v_kind = 'voicemail' THEN
        v_phone := region.ingest_phone(event, 'caller_phone', false);
    END IF;
    IF event -> 'patient' IS NOT NULL AND jsonb_typeof(event -> 'patient') <> 'null' THEN
        v_patient_id := region.ingest_patient(event -> 'patient', v_phone);
    ELSIF v_kind = 'eservice' THEN
        PERFORM region.ingest_fail('patient is missing (an ärende is always BankID-identified)');
    END IF;

    INSERT INTO region.contacts AS c (channel, unit_id, patient_id, external_id, received_at, due_at, reason,
                                      subject, identity_verified)
    VALUES (v_kind, v_unit.id, v_patient_id, v_external_id, v_received, v_due,
            CASE v_kind WHEN 'callback' THEN region.ingest_text(event, 'queue', 200)
                        WHEN 'voicemail' THEN region.ingest_text(event, 'mailbox', 200)
                        ELSE region.ingest_text(event, 'errand_type', 200) END,
            CASE WHEN v_kind = 'eservice' THEN region.ingest_text(event, 'subject', 500, false) END,
            v_kind = 'eservice')
    ON CONFLICT (channel, external_id) WHERE external_id IS NOT NULL DO NOTHING
    RETURNING * INTO v_contact;
    IF v_contact.id IS NULL THEN -- a concurrent duplicate won the race
        SELECT id INTO v_id FROM region.contacts WHERE channel = v_kind AND external_id = v_external_id;
        RETURN jsonb_build_object('status', 'duplicate', 'id', v_id);
    END IF;

    IF v_patient_id IS NOT NULL THEN
        PERFORM region.log_patient(v_patient_id, v_unit.id);
    END IF;
    PERFORM region.log_change('contacts', v_contact.id::text, v_unit.id, v_patient_id, 'upsert', to_jsonb(v_contact));

    IF v_kind = 'callback' THEN
        INSERT INTO region.callback_requests (contact_id, phone, booked_slot, requested_time)
        VALUES (v_contact.id, v_phone, region.ingest_time(event, 'booked_slot', false),
                region.ingest_time(event, 'requested_time', false))
        RETURNING * INTO v_callback;
        PERFORM region.log_change('callback_requests', v_contact.id::text, v_unit.id, v_patient_id, 'upsert',
                                  to_jsonb(v_callback));
    ELSIF v_kind = 'voicemail' THEN
        BEGIN
            v_audio := decode(region.ingest_text(event, 'audio', 23 * 1024 * 1024), 'base64');
        EXCEPTION WHEN invalid_parameter_value OR data_exception THEN
            IF SQLERRM LIKE 'invalid event:%' THEN
                RAISE;
            END IF;
            PERFORM region.ingest_fail('audio is not valid base64');
        END;
        IF octet_length(v_audio) > 16 * 1024 * 1024 THEN
            PERFORM region.ingest_fail('audio is larger than 16 MiB');
        END IF;
        IF jsonb_typeof(event -> 'duration_ms') <> 'number' THEN
            PERFORM region.ingest_fail('duration_ms must be a number');
        END IF;
        v_duration := (event ->> 'duration_ms')::numeric::bigint;
        IF v_duration < 0 OR v_duration > 3600000 THEN
            PERFORM region.ingest_fail('duration_ms is out of range');
        END IF;
        IF coalesce(region.ingest_text(event, 'audio_mime', 60), '') !~ '^audio/[a-z0-9.+-]{1,40}$' THEN
            PERFORM region.ingest_fail('audio_mime is not an audio type');
        END IF;
        INSERT INTO region.voicemails (contact_id, mailbox, caller_phone, duration_ms, audio, audio_mime)
        VALUES (v_contact.id, v_contact.reason, v_phone, v_duration, v_audio, event ->> 'audio_mime')
        RETURNING * INTO v_voicemail;
        PERFORM region.log_change('voicemails', v_contact.id::text, v_unit.id, v_patient_id, 'upsert',
                                  to_jsonb(v_voicemail));
    ELSE -- eservice
        IF event ? 'ombud' AND jsonb_typeof(event -> 'ombud') <> 'boolean' THEN
            PERFORM region.ingest_fail('ombud must be true or false');
        END IF;
        IF coalesce((event ->> 'ombud')::boolean, false) = false AND region.ingest_text(event, 'ombud_name', 200, false) IS NOT NULL THEN
            PERFORM region.ingest_fail('ombud_name is given without ombud');
        END IF;
        INSERT INTO region.eservice_errands (contact_id, errand_type, ombud, ombud_name)
        VALUES (v_contact.id, v_contact.reason, coalesce((event ->> 'ombud')::boolean, false),
                region.ingest_text(event, 'ombud_name', 200, false))
        RETURNING * INTO v_errand_row;
        PERFORM region.log_change('eservice_errands', v_contact.id::text, v_unit.id, v_patient_id, 'upsert',
                                  to_jsonb(v_errand_row));
        v_body := region.ingest_text(event, 'body', 65536);
        IF octet_length(v_body) > 65536 THEN
            PERFORM region.ingest_fail('body is larger than 64 KiB');
        END IF;
        INSERT INTO region.eservice_messages (contact_id, direction, body, sent_at)
        VALUES (v_contact.id, 'in', v_body, v_received)
        RETURNING * INTO v_message;
        PERFORM region.log_change('eservice_messages', v_message.id::text, v_unit.id, v_patient_id, 'upsert',
                                  to_jsonb(v_message));
    END IF;
    RETURN jsonb_build_object('status', 'inserted', 'id', v_contact.id);
END
$$;

SELECT region.seal_functions();
GRANT EXECUTE ON FUNCTION region.ingest(jsonb) TO vardinkorg_feed;
