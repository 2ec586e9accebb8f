-- The mutation entry points: region.run_action dispatches a kind to its act_ function inside a subtransaction,
-- region.<kind>(payload) exposes each kind directly, region.apply_mutation adds idempotency by mutation id.

CREATE FUNCTION region.run_action(p_kind text, p_payload jsonb) RETURNS jsonb
    LANGUAGE plpgsql
AS $$
DECLARE
    v_me uuid := region.current_staff_id();
    v_reason text;
    v_message text;
    v_extra text;
BEGIN
    IF v_me IS NULL THEN
        RETURN region.rejected('not_allowed', 'Your login is not registered as staff in the region store.');
    END IF;
    IF p_payload IS NULL OR jsonb_typeof(p_payload) <> 'object' THEN
        RETURN region.rejected('invalid', 'The payload must be a JSON object.');
    END IF;
    BEGIN
        RETURN CASE p_kind
            WHEN 'claim' THEN region.act_claim(p_payload, v_me)
            WHEN 'renew' THEN region.act_renew(p_payload, v_me)
            WHEN 'release' THEN region.act_release(p_payload, v_me)
            WHEN 'log_attempt' THEN region.act_log_attempt(p_payload, v_me)
            WHEN 'rebook' THEN region.act_rebook(p_payload, v_me)
            WHEN 'reply' THEN region.act_reply(p_payload, v_me)
            WHEN 'forward' THEN region.act_forward(p_payload, v_me)
            WHEN 'cancel' THEN region.act_cancel(p_payload, v_me)
            WHEN 'verify_identity' THEN region.act_verify_identity(p_payload, v_me)
            WHEN 'complete' THEN region.act_complete(p_payload, v_me)
            WHEN 'assign_care_contact' THEN region.act_assign_care_contact(p_payload, v_me)
            WHEN 'end_care_contact' THEN region.act_end_care_contact(p_payload, v_me)
            WHEN 'sip_create' THEN region.act_sip_create(p_payload, v_me)
            WHEN 'sip_update' THEN region.act_sip_update(p_payload, v_me)
            WHEN 'sip_add_note' THEN region.act_sip_add_note(p_payload, v_me)
            WHEN 'sip_add_meeting' THEN region.act_sip_add_meeting(p_payload, v_me)
            WHEN 'log_access' THEN region.act_log_access(p_payload, v_me)
            WHEN 'reassign' THEN region.act_reassign(p_payload, v_me)
            WHEN 'release_any' THEN region.act_release_any(p_payload, v_me)
            ELSE region.rejected('invalid', 'Unknown mutation kind.')
        END;
    EXCEPTION
        WHEN SQLSTATE 'VK001' THEN
            GET STACKED DIAGNOSTICS v_reason = MESSAGE_TEXT, v_message = PG_EXCEPTION_DETAIL,
                                    v_extra = PG_EXCEPTION_HINT;
            RETURN region.rejected(v_reason, v_message, coalesce(nullif(v_extra, '')::jsonb, '{}'));
        -- Bad values the checks above did not name (a constraint, a cast): the server's own message may quote the
        -- value, so the desk gets the constraint class only.
        WHEN data_exception OR integrity_constraint_violation THEN
            GET STACKED DIAGNOSTICS v_reason = RETURNED_SQLSTATE, v_extra = CONSTRAINT_NAME;
            RETURN region.rejected('invalid', 'The region store rejected a value of the request.',
                                   jsonb_build_object('sqlstate', v_reason, 'constraint', nullif(v_extra, '')));
    END;
END
$$;

-- Idempotent entry point of the sync push. The advisory lock on the mutation id serialises a replay that races
-- the original (two desks' retries, a timeout and a resend): the second waits, then finds the stored result.
CREATE FUNCTION region.apply_mutation(mutation_id uuid, kind text, payload jsonb) RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = region, pg_temp
AS $$
DECLARE
    v_me uuid := region.current_staff_id();
    v_stored region.applied_mutations;
    v_result jsonb;
BEGIN
    IF v_me IS NULL THEN
        RETURN region.rejected('not_allowed', 'Your login is not registered as staff in the region store.');
    END IF;
    IF mutation_id IS NULL OR kind IS NULL THEN
        RETURN region.rejected('invalid', 'A mutation needs an id and a kind.');
    END IF;
    PERFORM pg_advisory_xact_lock(hashtextextended('vardinkorg.mutation.' || mutation_id::text, 0));
    SELECT * INTO v_stored FROM region.applied_mutations m WHERE m.mutation_id = apply_mutation.mutation_id;
    IF FOUND THEN
        IF v_stored.staff_id <> v_me THEN
            RETURN region.rejected('not_allowed', 'This mutation id belongs to someone else.');
        END IF;
        RETURN v_stored.result;
    END IF;
    v_result := region.run_action(kind, payload);
    INSERT INTO region.applied_mutations (mutation_id, staff_id, kind, result)
    VALUES (apply_mutation.mutation_id, v_me, left(kind, 40), v_result);
    RETURN v_result;
END
$$;

DO $wrappers$
DECLARE
    k text;
BEGIN
    FOREACH k IN ARRAY ARRAY['claim', 'renew', 'release', 'log_attempt', 'rebook', 'reply', 'forward', 'cancel',
                             'verify_identity', 'complete', 'assign_care_contact', 'end_care_contact', 'sip_create',
                             'sip_update', 'sip_add_note', 'sip_add_meeting', 'log_access', 'reassign',
                             'release_any'] LOOP
        EXECUTE format($f$
            CREATE FUNCTION region.%I(payload jsonb) RETURNS jsonb
                LANGUAGE sql SECURITY DEFINER SET search_path = region, pg_temp
                RETURN region.run_action(%L, payload)$f$, k, k);
        EXECUTE format('COMMENT ON FUNCTION region.%I(jsonb) IS %L', k,
                       format('Desk action %s (not idempotent; the sync engine uses apply_mutation).', k));
    END LOOP;
END
$wrappers$;

SELECT region.seal_functions();
GRANT EXECUTE ON FUNCTION region.apply_mutation(uuid, text, jsonb) TO vardinkorg_staff;
DO $grants$
DECLARE
    k text;
BEGIN
    FOREACH k IN ARRAY ARRAY['claim', 'renew', 'release', 'log_attempt', 'rebook', 'reply', 'forward', 'cancel',
                             'verify_identity', 'complete', 'assign_care_contact', 'end_care_contact', 'sip_create',
                             'sip_update', 'sip_add_note', 'sip_add_meeting', 'log_access', 'reassign',
                             'release_any'] LOOP
        EXECUTE format('GRANT EXECUTE ON FUNCTION region.%I(jsonb) TO vardinkorg_staff', k);
    END LOOP;
END
$grants$;
