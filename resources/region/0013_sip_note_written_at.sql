-- A coordination note keeps the time its author wrote it, also when the desk was offline and the note reached the
-- store later: the desk sends written_at, checked like a call attempt's attempted_at (not in the future); without
-- it the store's own time is used, as before. Otherwise the same function as in 0006.
CREATE OR REPLACE FUNCTION region.act_sip_add_note(p jsonb, p_me uuid) RETURNS jsonb
    LANGUAGE plpgsql
AS $$
DECLARE
    sp region.sip_plans := region.lock_plan(region.p_uuid(p, 'plan_id'));
    v_corrects uuid := region.p_uuid(p, 'corrects_note_id', false);
    v_at timestamptz := coalesce(region.p_time(p, 'written_at', false), now());
    n region.sip_notes;
BEGIN
    IF v_at > now() + interval '5 minutes' THEN
        PERFORM region.reject('invalid', 'The field written_at lies in the future.');
    END IF;
    IF v_corrects IS NOT NULL AND NOT EXISTS (SELECT 1 FROM region.sip_notes WHERE id = v_corrects AND plan_id = sp.id) THEN
        PERFORM region.reject('invalid', 'The corrected note does not belong to this SIP.');
    END IF;
    INSERT INTO region.sip_notes (id, plan_id, author_id, written_at, body, action, action_responsible, action_due,
                                  corrects_note_id)
    VALUES (coalesce(region.p_uuid(p, 'id', false), gen_random_uuid()), sp.id, p_me, v_at,
            region.p_text(p, 'body', 65536), region.p_text(p, 'action', 4000, false),
            region.p_text(p, 'action_responsible', 200, false), region.p_date(p, 'action_due', false), v_corrects)
    RETURNING * INTO n;
    PERFORM region.log_change('sip_notes', n.id::text, sp.unit_id, sp.patient_id, 'upsert', to_jsonb(n));
    PERFORM region.log_access_row(p_me, sp.unit_id, sp.patient_id, NULL, 'sip_add_note');
    RETURN region.applied(jsonb_build_object('written_at', n.written_at));
END
$$;
