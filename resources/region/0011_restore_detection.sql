-- Restores that nobody announced. The documented last step of a restore is `vardinkorg-admin bump-epoch`; when it
-- is forgotten, desks would keep cursors and acknowledgements the restored store never saw. Worse, a dump restored
-- into another cluster brings change-log rows whose txids belong to the old cluster's xid counter: far ahead of
-- the new one, so pull_changes (txid below the horizon) would hide them until the new counter caught up, and then
-- replay them over newer rows.
--
-- The store therefore records which physical database its change log belongs to: the cluster's system identifier,
-- the database's oid (a pg_restore always lands in a freshly created database) and the timeline (a point-in-time
-- recovery or a promoted standby starts a new one). When that identity no longer matches, or the change log holds
-- txids that this cluster has not handed out yet, the first desk that connects calls region.adopt_restore(), which
-- does what bump-epoch does. A plain reconnect finds everything in order and writes nothing.

CREATE FUNCTION region.store_identity() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = region, pg_temp
    RETURN (SELECT s.system_identifier::text FROM pg_control_system() s)
        || ':' || (SELECT d.oid::text FROM pg_database d WHERE d.datname = current_database())
        || ':' || (SELECT c.timeline_id::text FROM pg_control_checkpoint() c);

-- True when the change log or its identity shows that the store is not the one the log was written in.
CREATE FUNCTION region.restored_without_new_epoch() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = region, pg_temp
    RETURN (SELECT value FROM region.region_meta WHERE key = 'identity') IS DISTINCT FROM region.store_identity()
        OR EXISTS (SELECT 1 FROM region.change_log c WHERE c.txid >= pg_snapshot_xmax(pg_current_snapshot()));

INSERT INTO region.region_meta (key, value) VALUES ('identity', region.store_identity())
    ON CONFLICT (key) DO UPDATE SET value = excluded.value;

-- bump-epoch also records the identity it was run in.
CREATE OR REPLACE FUNCTION region.bump_epoch() RETURNS uuid
    LANGUAGE plpgsql
AS $$
DECLARE
    v_epoch uuid := gen_random_uuid();
BEGIN
    LOCK TABLE region.change_log IN EXCLUSIVE MODE; -- no write sneaks in between the reset and the new epoch
    UPDATE region.region_meta SET value = v_epoch::text WHERE key = 'epoch';
    INSERT INTO region.region_meta (key, value) VALUES ('identity', region.store_identity())
        ON CONFLICT (key) DO UPDATE SET value = excluded.value;
    PERFORM region.reset_change_log();
    PERFORM pg_notify('vardinkorg_changes', '*');
    RETURN v_epoch;
END
$$;

-- Called by every desk when it connects. Returns the current epoch; starts a new one first when the store was
-- restored without bump-epoch. Read-only (takes no transaction id) unless it has to act. On a hot standby it
-- cannot act and only reports.
CREATE FUNCTION region.adopt_restore() RETURNS uuid
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = region, pg_temp
AS $$
BEGIN
    IF region.current_staff_id() IS NULL THEN
        RAISE EXCEPTION 'not a staff login' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF pg_is_in_recovery() OR NOT region.restored_without_new_epoch() THEN
        RETURN region.current_epoch();
    END IF;
    -- Several desks may notice at once: the first one acts, the others find the identity recorded.
    LOCK TABLE region.region_meta IN EXCLUSIVE MODE;
    IF region.restored_without_new_epoch() THEN
        PERFORM region.bump_epoch();
    END IF;
    RETURN region.current_epoch();
END
$$;

SELECT region.seal_functions();
GRANT EXECUTE ON FUNCTION region.adopt_restore() TO vardinkorg_staff;
