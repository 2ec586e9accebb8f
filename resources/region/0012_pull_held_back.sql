-- pull_changes also tells whether committed rows for the caller wait at or above the horizon: a transaction that
-- began earlier is still open somewhere in the cluster (any database: the horizon is cluster-wide), so rows that
-- committed after it started cannot be handed out yet without risking a gap. A desk woken by NOTIFY for exactly
-- such a row would otherwise get nothing and wait for its periodic pull; with held_back it pulls again shortly.
DROP FUNCTION region.pull_changes(uuid, xid8, bigint, int);

CREATE FUNCTION region.pull_changes(epoch uuid, after_txid xid8, after_seq bigint, max_rows int)
    RETURNS TABLE (server_epoch uuid, horizon xid8, txid xid8, seq bigint, entity text, entity_id text, unit_id uuid,
                   patient_id uuid, op text, "row" jsonb, held_back boolean)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = region, pg_temp
AS $$
DECLARE
    v_epoch uuid := region.current_epoch();
    v_horizon xid8 := pg_snapshot_xmin(pg_current_snapshot());
    v_units uuid[] := region.my_unit_ids();
    v_limit int := greatest(1, least(coalesce(max_rows, 1000), 100000));
    v_held boolean;
BEGIN
    -- Rows of transactions still in flight are invisible here; what is visible at or above the horizon is
    -- committed and held back.
    v_held := EXISTS (SELECT 1 FROM region.change_log c
                       WHERE c.txid >= v_horizon AND (c.unit_id IS NULL OR c.unit_id = ANY (v_units)));
    IF pull_changes.epoch IS DISTINCT FROM v_epoch THEN
        RETURN QUERY SELECT v_epoch, v_horizon, NULL::xid8, NULL::bigint, NULL::text, NULL::text, NULL::uuid,
                            NULL::uuid, NULL::text, NULL::jsonb, v_held;
        RETURN;
    END IF;
    RETURN QUERY
        SELECT v_epoch, v_horizon, c.txid, c.seq, c.entity, c.entity_id, c.unit_id, c.patient_id, c.op, c."row", v_held
          FROM region.change_log c
         WHERE (c.txid, c.seq) > (coalesce(after_txid, '0'::xid8), coalesce(after_seq, 0))
           AND c.txid < v_horizon
           AND (c.unit_id IS NULL OR c.unit_id = ANY (v_units))
         ORDER BY c.txid, c.seq
         LIMIT v_limit;
    IF NOT FOUND THEN
        RETURN QUERY SELECT v_epoch, v_horizon, NULL::xid8, NULL::bigint, NULL::text, NULL::text, NULL::uuid,
                            NULL::uuid, NULL::text, NULL::jsonb, v_held;
    END IF;
END
$$;

SELECT region.seal_functions();
GRANT EXECUTE ON FUNCTION region.pull_changes(uuid, xid8, bigint, int) TO vardinkorg_staff;
