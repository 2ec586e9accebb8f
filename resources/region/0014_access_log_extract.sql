-- The access-log extract a patient may ask for (PDL 4 kap. 3 §; HSLF-FS 2016:40 4 kap. 9 §): who read the
-- patient's data, from which unit, when, doing what. Staff cannot read region.access_log at all; this definer
-- function is the one way in, for team leads only.
--
-- Scope (product choice): a team lead sees the accesses made from the units she leads where the patient has a
-- contact, a care contact or a SIP plan. A region-wide extract across care providers is the log
-- administrator's task, not a desk's. Reading the extract is itself an access and is logged
-- (read_access_log); the desk logs a CSV export separately (export_access_log) through the outbox.
CREATE FUNCTION region.access_log_extract(p_patient_id uuid)
    RETURNS TABLE (at timestamptz, staff_name text, staff_hsa_id text, unit_name text, unit_hsa_id text,
                   action text)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = region, pg_temp
AS $$
DECLARE
    v_me uuid := region.current_staff_id();
    v_units uuid[];
BEGIN
    SELECT array_agg(m.unit_id ORDER BY m.unit_id) INTO v_units
      FROM region.unit_members m
     WHERE m.staff_id = v_me AND m.role = 'team_lead' AND region.patient_in_unit(p_patient_id, m.unit_id);
    IF v_me IS NULL OR p_patient_id IS NULL OR v_units IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = 'Only a team lead of a unit the patient has contact with may read the access log.';
    END IF;
    RETURN QUERY
        SELECT a.at, s.name, s.hsa_id, u.name, u.hsa_id, a.action
          FROM region.access_log a
          JOIN region.staff s ON s.id = a.staff_id
          JOIN region.units u ON u.id = a.unit_id
         WHERE a.patient_id = p_patient_id AND a.unit_id = ANY (v_units)
         ORDER BY a.at DESC, a.id DESC;
    -- Logged after the query, so the extract lists the accesses before this reading.
    PERFORM region.log_access_row(v_me, v_units[1], p_patient_id, NULL, 'read_access_log');
END
$$;

SELECT region.seal_functions();
GRANT EXECUTE ON FUNCTION region.access_log_extract(uuid) TO vardinkorg_staff;
