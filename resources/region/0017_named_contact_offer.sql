-- Issue 7: a new contact from a patient with a named contact (fast vårdkontakt, kontaktsjuksköterska, fast
-- läkarkontakt) is pre-offered to that person while they are on duty, when their unit has turned the setting on
-- (units.preoffer_named_contact, which migration 0001 already carries).
--
-- - On duty: a desk whose sync engine runs keeps a presence row fresh (region.desk_on_duty, every sync round that
--   is a minute past the last one) and clears it when it stops (sign-out, auto-lock, quit). The row expires by
--   itself after presence_interval(), so a desk that crashed or lost its network stops counting soon. The desk
--   picks no unit at login, so a signed-in member of a unit is on duty there.
-- - The offer is decided when the contact row is inserted (a trigger), so every way a contact comes into being
--   gets the same rule: the feed's ingest, a forward into another unit, the demo seeding.
-- - While the offer holds, only the named contact may claim (or act on, which claims on the way); another
--   nurse's claim is refused with the name and the time the offer ends. Refusing rather than only showing the
--   offer is a patient-safety choice in both directions: the person who knows the patient gets the contact,
--   and two people do not call the same patient; the cost is bounded because the offer never reaches into the
--   contact's at-risk window (offered_until is at most 30 minutes and ends 30 minutes before the deadline, when
--   DeadlinePolicy's default "at risk" starts), a contact already at risk is never offered, and a team lead of
--   the unit may still claim or reassign (distributing work is the lead's call).
-- - The refusal lives in a BEFORE UPDATE trigger on contacts, where the row is already locked: it is as atomic as
--   the claim's own UPDATE, and every function that claims (act_claim, hold_contact, act_reassign) passes it.

ALTER TABLE region.contacts
    ADD COLUMN offered_to uuid REFERENCES region.staff (id),
    ADD COLUMN offered_until timestamptz,
    ADD CONSTRAINT contacts_offer_complete CHECK ((offered_to IS NULL) = (offered_until IS NULL));

-- close_contact's SQL-standard body expanded RETURNING * to the columns of 0005's time: re-created, it returns the
-- whole row again (its result type is the table's row type, which now has the offer columns).
CREATE OR REPLACE FUNCTION region.close_contact(p_id uuid, p_me uuid, p_status text) RETURNS region.contacts
    LANGUAGE sql
    BEGIN ATOMIC
        UPDATE region.contacts
           SET status = p_status, claimed_by = NULL, claimed_at = NULL, lease_until = NULL,
               completed_at = now(), completed_by = p_me, version = version + 1
         WHERE id = p_id
        RETURNING *;
    END;

-- Not readable by staff (no grant, no policy): who is signed in is nobody's business but the store's.
CREATE TABLE region.desk_presence (
    staff_id uuid PRIMARY KEY REFERENCES region.staff (id),
    on_duty_until timestamptz NOT NULL
);
ALTER TABLE region.desk_presence ENABLE ROW LEVEL SECURITY;
ALTER TABLE region.desk_presence FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, UPDATE, DELETE ON region.desk_presence TO vardinkorg_definer;

CREATE FUNCTION region.presence_interval() RETURNS interval
    LANGUAGE sql IMMUTABLE
    RETURN interval '15 minutes';

CREATE FUNCTION region.offer_interval() RETURNS interval
    LANGUAGE sql IMMUTABLE
    RETURN interval '30 minutes';

-- DeadlinePolicy's default at-risk window: an offer ends where it starts.
CREATE FUNCTION region.at_risk_interval() RETURNS interval
    LANGUAGE sql IMMUTABLE
    RETURN interval '30 minutes';

-- The desk is signed in: on duty for presence_interval() from now. Returns when that ends.
CREATE FUNCTION region.desk_on_duty() RETURNS timestamptz
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = region, pg_temp
AS $$
DECLARE
    v_me uuid := region.current_staff_id();
    v_until timestamptz := now() + region.presence_interval();
BEGIN
    IF v_me IS NULL THEN
        RAISE EXCEPTION 'only staff can be on duty' USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO region.desk_presence AS d (staff_id, on_duty_until) VALUES (v_me, v_until)
    ON CONFLICT (staff_id) DO UPDATE SET on_duty_until = excluded.on_duty_until;
    RETURN v_until;
END
$$;

-- The desk signed out or locked.
CREATE FUNCTION region.desk_off_duty() RETURNS void
    LANGUAGE sql SECURITY DEFINER SET search_path = region, pg_temp
    BEGIN ATOMIC
        DELETE FROM region.desk_presence WHERE staff_id = region.current_staff_id();
    END;

-- The named contact to offer a new contact of this patient and unit to: a current, not declined assignment at
-- the unit whose holder still belongs to it and is on duty. With several (a fast vårdkontakt and a
-- kontaktsjuksköterska, say) the fast vårdkontakt comes first, the one appointed last among equals: the nurse
-- desk's contacts are the fast vårdkontakt's to coordinate.
CREATE FUNCTION region.named_contact_on_duty(p_patient_id uuid, p_unit_id uuid) RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = region, pg_temp
    RETURN (SELECT cc.staff_id
              FROM region.care_contacts cc
              JOIN region.unit_members m ON m.unit_id = cc.unit_id AND m.staff_id = cc.staff_id
              JOIN region.desk_presence d ON d.staff_id = cc.staff_id AND d.on_duty_until > now()
             WHERE cc.patient_id = p_patient_id AND cc.unit_id = p_unit_id AND NOT cc.declined
               AND cc.valid_from <= region.local_day(now())
               AND (cc.valid_to IS NULL OR cc.valid_to >= region.local_day(now()))
             ORDER BY array_position(ARRAY['fast_vardkontakt', 'kontaktsjukskoterska', 'fast_lakarkontakt'], cc.role),
                      cc.valid_from DESC, cc.id
             LIMIT 1);

CREATE FUNCTION region.offer_new_contact() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = region, pg_temp
AS $$
DECLARE
    v_staff uuid;
    v_until timestamptz;
BEGIN
    IF NEW.offered_to IS NOT NULL
       OR NOT EXISTS (SELECT 1 FROM region.units u WHERE u.id = NEW.unit_id AND u.preoffer_named_contact) THEN
        RETURN NEW;
    END IF;
    v_until := least(now() + region.offer_interval(), NEW.due_at - region.at_risk_interval());
    IF v_until <= now() THEN
        RETURN NEW; -- already at risk: the whole desk should see it free
    END IF;
    v_staff := region.named_contact_on_duty(NEW.patient_id, NEW.unit_id);
    IF v_staff IS NOT NULL THEN
        NEW.offered_to := v_staff;
        NEW.offered_until := v_until;
    END IF;
    RETURN NEW;
END
$$;
-- The WHEN clause keeps bulk inserts of closed or anonymous contacts (history imports, benchmarks) from calling
-- the function at all.
CREATE TRIGGER contacts_offer_new BEFORE INSERT ON region.contacts
    FOR EACH ROW WHEN (NEW.patient_id IS NOT NULL AND NEW.status = 'new' AND NEW.claimed_by IS NULL)
    EXECUTE FUNCTION region.offer_new_contact();

-- A claim while the offer holds: only the named contact, or a team lead of the unit (reassigning, or taking it
-- herself). A claim that passes, or closing the contact, ends the offer.
CREATE FUNCTION region.guard_offer() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = region, pg_temp
AS $$
BEGIN
    IF NEW.claimed_by IS NOT NULL AND NEW.claimed_by IS DISTINCT FROM OLD.claimed_by THEN
        IF NEW.claimed_by <> NEW.offered_to AND NEW.offered_until > now()
           AND region.my_role_in(NEW.unit_id) IS DISTINCT FROM 'team_lead' THEN
            PERFORM region.reject('offered_to_other', 'The contact is offered to the patient''s named contact.',
                                  jsonb_build_object('offered_to', NEW.offered_to,
                                                     'offered_to_name', (SELECT s.name FROM region.staff s
                                                                          WHERE s.id = NEW.offered_to),
                                                     'offered_until', NEW.offered_until));
        END IF;
        NEW.offered_to := NULL;
        NEW.offered_until := NULL;
    ELSIF region.is_closed(NEW.status) THEN
        NEW.offered_to := NULL;
        NEW.offered_until := NULL;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER contacts_guard_offer BEFORE UPDATE ON region.contacts
    FOR EACH ROW WHEN (NEW.offered_to IS NOT NULL) EXECUTE FUNCTION region.guard_offer();

-- The unit setting, for a team lead of that unit only (insufficient_privilege for anyone else, like lead_*).
-- Every desk gets the unit row through the change feed.
CREATE FUNCTION region.lead_set_preoffer(p_unit_id uuid, p_on boolean) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = region, pg_temp
AS $$
DECLARE
    u region.units;
BEGIN
    IF p_unit_id IS NULL OR region.my_role_in(p_unit_id) IS DISTINCT FROM 'team_lead' THEN
        RAISE EXCEPTION 'only a team lead of the unit may change its settings' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_on IS NULL THEN
        RAISE EXCEPTION 'the setting must be on or off' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE region.units SET preoffer_named_contact = p_on, version = version + 1
     WHERE id = p_unit_id AND preoffer_named_contact IS DISTINCT FROM p_on
    RETURNING * INTO u;
    IF FOUND THEN
        PERFORM region.log_change('units', u.id::text, NULL, NULL, 'upsert', to_jsonb(u));
    END IF;
    RETURN p_on;
END
$$;

SELECT region.seal_functions();
GRANT EXECUTE ON FUNCTION region.desk_on_duty(), region.desk_off_duty(), region.lead_set_preoffer(uuid, boolean)
    TO vardinkorg_staff;
