-- A team lead's release (act_release_any) also ends a pre-offer (migration 0017). Releasing is how a lead says
-- "anyone may take this now": for a contact that nobody holds but that waits for the patient's named contact, the
-- release is exactly that decision, and before this migration it changed nothing while colleagues stayed refused.
-- The guard trigger of 0017 only ends an offer on a claim or a close, so the release clears it itself.
CREATE OR REPLACE FUNCTION region.act_release_any(p jsonb, p_me uuid) RETURNS jsonb
    LANGUAGE plpgsql
AS $$
DECLARE
    c region.contacts := region.lead_contact(p);
BEGIN
    UPDATE region.contacts SET claimed_by = NULL, claimed_at = NULL, lease_until = NULL, status = 'new',
                               offered_to = NULL, offered_until = NULL, version = version + 1
     WHERE id = c.id RETURNING * INTO c;
    PERFORM region.emit_contact(c);
    PERFORM region.log_access_row(p_me, c.unit_id, c.patient_id, c.id, 'release_any');
    RETURN region.applied(jsonb_build_object('version', c.version));
END
$$;
