-- What vardinkorg-feed needs beyond region.ingest: region.feed_units() gives the deadline rules' inputs
-- (telefontid, e-service target, extra closed days) without opening the units table to the feed role, and
-- region.feed_ingest() wraps region.ingest so a refused event costs one round trip instead of a savepoint dance.
-- Units may close extra days (a planning day, a klämdag): region.unit_closed_days.

CREATE TABLE region.unit_closed_days (
    unit_id uuid NOT NULL REFERENCES region.units (id),
    day date NOT NULL,
    note text NOT NULL DEFAULT '' CHECK (length(note) <= 200 AND region.is_clean_text(note) AND note !~ '[\n\t]'),
    PRIMARY KEY (unit_id, day)
);

GRANT SELECT, INSERT, UPDATE, DELETE ON region.unit_closed_days TO vardinkorg_definer;
GRANT SELECT ON region.unit_closed_days TO vardinkorg_staff;
ALTER TABLE region.unit_closed_days ENABLE ROW LEVEL SECURITY;
ALTER TABLE region.unit_closed_days FORCE ROW LEVEL SECURITY;
-- Like the units themselves, opening days are a directory without patient data.
CREATE POLICY staff_read ON region.unit_closed_days FOR SELECT TO vardinkorg_staff USING (true);

CREATE FUNCTION region.feed_units()
    RETURNS TABLE (hsa_id text, kind text, phone_open time, phone_close time, eservice_target_hours int,
                   eservice_target_working_days int, closed_days date[])
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = region, pg_temp
AS $$
    SELECT u.hsa_id, u.kind, u.phone_open, u.phone_close, u.eservice_target_hours, u.eservice_target_working_days,
           coalesce(array_agg(d.day ORDER BY d.day) FILTER (WHERE d.day IS NOT NULL), '{}')
      FROM region.units u
      LEFT JOIN region.unit_closed_days d ON d.unit_id = u.id AND d.day >= current_date - 31
     GROUP BY u.id
$$;

-- region.ingest for a batch transaction: a refused event comes back as {"status":"rejected","reason":…} (the
-- exception block rolls back just this event), so one transaction can carry many events.
CREATE FUNCTION region.feed_ingest(event jsonb) RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = region, pg_temp
AS $$
BEGIN
    RETURN region.ingest(event);
EXCEPTION WHEN invalid_parameter_value THEN
    RETURN jsonb_build_object('status', 'rejected', 'reason', regexp_replace(SQLERRM, '^invalid event: ', ''));
END
$$;

SELECT region.seal_functions();
GRANT EXECUTE ON FUNCTION region.feed_units(), region.feed_ingest(jsonb) TO vardinkorg_feed;
