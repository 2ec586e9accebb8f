-- The pull side of sync (epoch, gap-free change feed) and the administrator's functions used by
-- vardinkorg-admin (not granted to anyone: only the admin, a superuser or owner, can run them).

CREATE FUNCTION region.current_epoch() RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = region, pg_temp
    RETURN (SELECT value::uuid FROM region.region_meta WHERE key = 'epoch');

-- Change rows after the cursor (after_txid, after_seq), in (txid, seq) order, only from transactions that have
-- ended (txid below the xmin of the current snapshot), only for the caller's units (plus unit-less directory rows).
-- Every row carries the server epoch and the horizon (that xmin). When nothing is new, or the epoch differs from
-- the caller's, one marker row comes back with entity NULL.
-- Cursor rule for the client: fewer rows than max_rows ⇒ everything below the horizon was seen, the next cursor
-- is (horizon, 0); otherwise it is the last row's (txid, seq). A different epoch ⇒ re-send unacknowledged
-- mutations and re-pull from (0, 0).
-- STABLE and read-only: calling it takes no transaction id, so a pulling desk never holds the horizon back.
CREATE FUNCTION region.pull_changes(epoch uuid, after_txid xid8, after_seq bigint, max_rows int)
    RETURNS TABLE (server_epoch uuid, horizon xid8, txid xid8, seq bigint, entity text, entity_id text, unit_id uuid,
                   patient_id uuid, op text, "row" jsonb)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = region, pg_temp
AS $$
DECLARE
    v_epoch uuid := region.current_epoch();
    v_horizon xid8 := pg_snapshot_xmin(pg_current_snapshot());
    v_units uuid[] := region.my_unit_ids();
    v_limit int := greatest(1, least(coalesce(max_rows, 1000), 100000));
BEGIN
    IF pull_changes.epoch IS DISTINCT FROM v_epoch THEN
        RETURN QUERY SELECT v_epoch, v_horizon, NULL::xid8, NULL::bigint, NULL::text, NULL::text, NULL::uuid,
                            NULL::uuid, NULL::text, NULL::jsonb;
        RETURN;
    END IF;
    RETURN QUERY
        SELECT v_epoch, v_horizon, c.txid, c.seq, c.entity, c.entity_id, c.unit_id, c.patient_id, c.op, c."row"
          FROM region.change_log c
         WHERE (c.txid, c.seq) > (coalesce(after_txid, '0'::xid8), coalesce(after_seq, 0))
           AND c.txid < v_horizon
           AND (c.unit_id IS NULL OR c.unit_id = ANY (v_units))
         ORDER BY c.txid, c.seq
         LIMIT v_limit;
    IF NOT FOUND THEN
        RETURN QUERY SELECT v_epoch, v_horizon, NULL::xid8, NULL::bigint, NULL::text, NULL::text, NULL::uuid,
                            NULL::uuid, NULL::text, NULL::jsonb;
    END IF;
END
$$;

-- Rebuilds the change log as one upsert per current row (what a desk needs for a full pull under a new epoch).
CREATE FUNCTION region.reset_change_log() RETURNS bigint
    LANGUAGE plpgsql
AS $$
DECLARE
    n bigint;
BEGIN
    DELETE FROM region.change_log;
    INSERT INTO region.change_log (entity, entity_id, unit_id, patient_id, op, row)
    SELECT 'units', u.id::text, NULL::uuid, NULL::uuid, 'upsert', to_jsonb(u) FROM region.units u
    UNION ALL
    SELECT 'codes', k.code, NULL, NULL, 'upsert', to_jsonb(k) FROM region.codes k
    UNION ALL
    SELECT 'staff', s.id::text, m.unit_id, NULL, 'upsert', to_jsonb(s)
      FROM region.staff s JOIN region.unit_members m ON m.staff_id = s.id
    UNION ALL
    SELECT 'unit_members', m.unit_id || ':' || m.staff_id, m.unit_id, NULL, 'upsert', to_jsonb(m)
      FROM region.unit_members m;
    INSERT INTO region.change_log (entity, entity_id, unit_id, patient_id, op, row)
    SELECT 'patients', p.id::text, u.id, p.id, 'upsert', to_jsonb(p)
      FROM region.patients p CROSS JOIN LATERAL unnest(region.patient_unit_ids(p.id)) AS u(id);
    INSERT INTO region.change_log (entity, entity_id, unit_id, patient_id, op, row)
    SELECT 'contacts', c.id::text, c.unit_id, c.patient_id, 'upsert', to_jsonb(c) FROM region.contacts c
    UNION ALL
    SELECT 'callback_requests', x.contact_id::text, c.unit_id, c.patient_id, 'upsert', to_jsonb(x)
      FROM region.callback_requests x JOIN region.contacts c ON c.id = x.contact_id
    UNION ALL
    SELECT 'callback_attempts', x.id::text, c.unit_id, c.patient_id, 'upsert', to_jsonb(x)
      FROM region.callback_attempts x JOIN region.contacts c ON c.id = x.contact_id
    UNION ALL
    SELECT 'voicemails', x.contact_id::text, c.unit_id, c.patient_id, 'upsert', to_jsonb(x)
      FROM region.voicemails x JOIN region.contacts c ON c.id = x.contact_id
    UNION ALL
    SELECT 'eservice_errands', x.contact_id::text, c.unit_id, c.patient_id, 'upsert', to_jsonb(x)
      FROM region.eservice_errands x JOIN region.contacts c ON c.id = x.contact_id
    UNION ALL
    SELECT 'eservice_messages', x.id::text, c.unit_id, c.patient_id, 'upsert', to_jsonb(x)
      FROM region.eservice_messages x JOIN region.contacts c ON c.id = x.contact_id
    UNION ALL
    SELECT 'care_contacts', x.id::text, x.unit_id, x.patient_id, 'upsert', to_jsonb(x) FROM region.care_contacts x
    UNION ALL
    SELECT 'sip_plans', x.id::text, x.unit_id, x.patient_id, 'upsert', to_jsonb(x) FROM region.sip_plans x
    UNION ALL
    SELECT 'sip_participants', x.id::text, sp.unit_id, sp.patient_id, 'upsert', to_jsonb(x)
      FROM region.sip_participants x JOIN region.sip_plans sp ON sp.id = x.plan_id
    UNION ALL
    SELECT 'sip_insatser', x.id::text, sp.unit_id, sp.patient_id, 'upsert', to_jsonb(x)
      FROM region.sip_insatser x JOIN region.sip_plans sp ON sp.id = x.plan_id
    UNION ALL
    SELECT 'sip_other_actions', x.id::text, sp.unit_id, sp.patient_id, 'upsert', to_jsonb(x)
      FROM region.sip_other_actions x JOIN region.sip_plans sp ON sp.id = x.plan_id
    UNION ALL
    SELECT 'sip_meetings', x.id::text, sp.unit_id, sp.patient_id, 'upsert', to_jsonb(x)
      FROM region.sip_meetings x JOIN region.sip_plans sp ON sp.id = x.plan_id
    UNION ALL
    SELECT 'sip_notes', x.id::text, sp.unit_id, sp.patient_id, 'upsert', to_jsonb(x)
      FROM region.sip_notes x JOIN region.sip_plans sp ON sp.id = x.plan_id;
    SELECT count(*) INTO n FROM region.change_log;
    RETURN n;
END
$$;

-- The last step of a restore: a new epoch tells every desk that its cursor and its acknowledged mutations may
-- no longer hold; the change log restarts from the current rows.
CREATE FUNCTION region.bump_epoch() RETURNS uuid
    LANGUAGE plpgsql
AS $$
DECLARE
    v_epoch uuid := gen_random_uuid();
BEGIN
    LOCK TABLE region.change_log IN EXCLUSIVE MODE; -- no write sneaks in between the reset and the new epoch
    UPDATE region.region_meta SET value = v_epoch::text WHERE key = 'epoch';
    PERFORM region.reset_change_log();
    PERFORM pg_notify('vardinkorg_changes', '*');
    RETURN v_epoch;
END
$$;

CREATE FUNCTION region.admin_upsert_unit(p_hsa_id text, p_name text, p_kind text, p_phone_open time,
                                         p_phone_close time, p_eservice_target_hours int,
                                         p_eservice_target_working_days int, p_max_callback_attempts int,
                                         p_preoffer_named_contact boolean) RETURNS uuid
    LANGUAGE plpgsql
AS $$
DECLARE
    u region.units;
BEGIN
    INSERT INTO region.units AS t (hsa_id, name, kind, phone_open, phone_close, eservice_target_hours,
                                   eservice_target_working_days, max_callback_attempts, preoffer_named_contact)
    VALUES (p_hsa_id, p_name, coalesce(p_kind, 'halsocentral'), p_phone_open, p_phone_close,
            coalesce(p_eservice_target_hours, 24), p_eservice_target_working_days, coalesce(p_max_callback_attempts, 3),
            coalesce(p_preoffer_named_contact, false))
    ON CONFLICT (hsa_id) DO UPDATE
        SET name = excluded.name, kind = excluded.kind, phone_open = excluded.phone_open,
            phone_close = excluded.phone_close, eservice_target_hours = excluded.eservice_target_hours,
            eservice_target_working_days = excluded.eservice_target_working_days,
            max_callback_attempts = excluded.max_callback_attempts,
            preoffer_named_contact = excluded.preoffer_named_contact, version = t.version + 1
    RETURNING * INTO u;
    PERFORM region.log_change('units', u.id::text, NULL, NULL, 'upsert', to_jsonb(u));
    RETURN u.id;
END
$$;

-- Creates (or updates) a staff member, their own login role and their membership of one unit. The password
-- arrives as a SCRAM verifier computed by the client (PQencryptPasswordConn): no clear text reaches the server.
CREATE FUNCTION region.admin_add_staff(p_hsa_id text, p_name text, p_title text, p_login text, p_verifier text,
                                       p_unit_hsa_id text, p_role text) RETURNS uuid
    LANGUAGE plpgsql
AS $$
DECLARE
    s region.staff;
    m region.unit_members;
    v_unit uuid;
    v_role pg_roles;
BEGIN
    IF p_login !~ '^[a-z_][a-z0-9_]{0,62}$' OR p_login ~ '^(pg_|vardinkorg_)' THEN
        RAISE EXCEPTION 'login must be lower-case letters, digits and _ and must not start with pg_ or vardinkorg_'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_verifier IS NOT NULL AND p_verifier !~ '^SCRAM-SHA-256\$' THEN
        RAISE EXCEPTION 'the password must arrive as a SCRAM-SHA-256 verifier' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT id INTO v_unit FROM region.units WHERE hsa_id = p_unit_hsa_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no care unit has that HSA-id' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM region.staff WHERE login = p_login AND hsa_id <> p_hsa_id)
       OR EXISTS (SELECT 1 FROM region.staff WHERE hsa_id = p_hsa_id AND login <> p_login) THEN
        RAISE EXCEPTION 'that login or HSA-id already belongs to another staff member'
            USING ERRCODE = 'unique_violation';
    END IF;

    SELECT * INTO v_role FROM pg_roles WHERE rolname = p_login;
    IF NOT FOUND THEN
        IF p_verifier IS NULL THEN
            RAISE EXCEPTION 'a new login needs a password' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE vardinkorg_staff', p_login, p_verifier);
    ELSE
        IF v_role.rolsuper OR v_role.rolbypassrls OR v_role.rolcreaterole THEN
            RAISE EXCEPTION 'an existing privileged role cannot become a staff login'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF p_verifier IS NOT NULL THEN
            EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', p_login, p_verifier);
        END IF;
        EXECUTE format('GRANT vardinkorg_staff TO %I', p_login);
    END IF;

    INSERT INTO region.staff AS t (hsa_id, login, name, title)
    VALUES (p_hsa_id, p_login, p_name, coalesce(p_title, ''))
    ON CONFLICT (hsa_id) DO UPDATE SET name = excluded.name, title = excluded.title, version = t.version + 1
    RETURNING * INTO s;
    INSERT INTO region.unit_members AS t (unit_id, staff_id, role)
    VALUES (v_unit, s.id, p_role)
    ON CONFLICT (unit_id, staff_id) DO UPDATE SET role = excluded.role
    RETURNING * INTO m;
    PERFORM region.log_change('unit_members', m.unit_id || ':' || m.staff_id, m.unit_id, NULL, 'upsert', to_jsonb(m));
    PERFORM region.log_staff(s.id);
    RETURN s.id;
END
$$;

CREATE FUNCTION region.admin_add_feed_login(p_login text, p_verifier text) RETURNS void
    LANGUAGE plpgsql
AS $$
BEGIN
    IF p_login !~ '^[a-z_][a-z0-9_]{0,62}$' OR p_login ~ '^(pg_|vardinkorg_)' THEN
        RAISE EXCEPTION 'login must be lower-case letters, digits and _ and must not start with pg_ or vardinkorg_'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_verifier IS NOT NULL AND p_verifier !~ '^SCRAM-SHA-256\$' THEN
        RAISE EXCEPTION 'the password must arrive as a SCRAM-SHA-256 verifier' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM region.staff WHERE login = p_login) THEN
        RAISE EXCEPTION 'a staff login cannot be a feed login' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        IF p_verifier IS NULL THEN
            RAISE EXCEPTION 'a new login needs a password' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE vardinkorg_feed', p_login, p_verifier);
    ELSE
        IF p_verifier IS NOT NULL THEN
            EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', p_login, p_verifier);
        END IF;
        EXECUTE format('GRANT vardinkorg_feed TO %I', p_login);
    END IF;
END
$$;

-- Replaces the code list: codes in the list are inserted or updated (and activated unless marked inactive),
-- codes missing from it are deactivated, never deleted (closed contacts keep their meaning).
CREATE FUNCTION region.admin_import_codes(p_codes jsonb) RETURNS jsonb
    LANGUAGE plpgsql
AS $$
DECLARE
    k region.codes;
    v_inserted int := 0;
    v_updated int := 0;
    v_deactivated int := 0;
    item jsonb;
    v_codes text[] := '{}';
BEGIN
    IF jsonb_typeof(p_codes) <> 'array' OR jsonb_array_length(p_codes) = 0 THEN
        RAISE EXCEPTION 'the code list is empty' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    FOR item IN SELECT * FROM jsonb_array_elements(p_codes) LOOP
        IF (item ->> 'code') = ANY (v_codes) THEN
            RAISE EXCEPTION 'code % appears twice', item ->> 'code' USING ERRCODE = 'unique_violation';
        END IF;
        v_codes := v_codes || (item ->> 'code');
        IF EXISTS (SELECT 1 FROM region.codes WHERE code = item ->> 'code') THEN
            v_updated := v_updated + 1;
        ELSE
            v_inserted := v_inserted + 1;
        END IF;
        INSERT INTO region.codes AS t (code, label_sv, label_en, sort_order, active)
        VALUES (item ->> 'code', item ->> 'label_sv', item ->> 'label_en', (item ->> 'sort_order')::int,
                coalesce((item ->> 'active')::boolean, true))
        ON CONFLICT (code) DO UPDATE
            SET label_sv = excluded.label_sv, label_en = excluded.label_en, sort_order = excluded.sort_order,
                active = excluded.active
        RETURNING * INTO k;
        PERFORM region.log_change('codes', k.code, NULL, NULL, 'upsert', to_jsonb(k));
    END LOOP;
    FOR k IN UPDATE region.codes SET active = false WHERE active AND NOT code = ANY (v_codes) RETURNING * LOOP
        v_deactivated := v_deactivated + 1;
        PERFORM region.log_change('codes', k.code, NULL, NULL, 'upsert', to_jsonb(k));
    END LOOP;
    RETURN jsonb_build_object('inserted', v_inserted, 'updated', v_updated, 'deactivated', v_deactivated);
END
$$;

SELECT region.seal_functions();
GRANT EXECUTE ON FUNCTION region.current_epoch() TO vardinkorg_staff, vardinkorg_feed;
GRANT EXECUTE ON FUNCTION region.pull_changes(uuid, xid8, bigint, int) TO vardinkorg_staff;
