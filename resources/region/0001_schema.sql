-- Region store schema: tables, constraints and indexes (data contract in HELPERS-COMMON / DESIGN.md).
-- Every migration runs in one transaction under RegionMigrator; cluster-global roles are created idempotently
-- because many databases (one per test suite) share one cluster.

DO $roles$
DECLARE
    wanted text[][] := ARRAY[
        -- name, attributes
        ARRAY['vardinkorg_staff', 'NOLOGIN'],
        ARRAY['vardinkorg_feed', 'NOLOGIN'],
        -- Owns every SECURITY DEFINER function: may bypass RLS, holds only the DML it needs, is no superuser.
        ARRAY['vardinkorg_definer', 'NOLOGIN BYPASSRLS']];
    i int;
BEGIN
    FOR i IN 1 .. array_length(wanted, 1) LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = wanted[i][1]) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I %s', wanted[i][1], wanted[i][2]);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL; -- another database's migration created it at the same moment
            END;
        END IF;
    END LOOP;
END
$roles$;

CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public; -- gen_random_uuid() is core in 13+, kept for digest()
CREATE SCHEMA IF NOT EXISTS region;
REVOKE ALL ON SCHEMA region FROM PUBLIC;
ALTER DEFAULT PRIVILEGES IN SCHEMA region REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

-- Free text: no control characters except newline and tab (C0, DEL and C1 ranges).
CREATE FUNCTION region.is_clean_text(t text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN t IS NULL OR t !~ '[\x01-\x08\x0b-\x1f\x7f-\x9f]';

-- Personnummer / samordningsnummer in the 12-digit register form YYYYMMDDNNNC: a real date (day + 60 for a
-- samordningsnummer) and the Luhn check digit over YYMMDDNNN. Reservnummer: letters, digits and '-' only.
CREATE FUNCTION region.is_valid_person_id(id_type text, id_value text) RETURNS boolean
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
AS $$
DECLARE
    day int;
    digits text;
    total int := 0;
    d int;
    i int;
BEGIN
    IF id_type = 'reservnummer' THEN
        RETURN id_value ~ '^[A-Za-z0-9-]{1,32}$';
    END IF;
    IF id_type NOT IN ('personnummer', 'samordningsnummer') OR id_value !~ '^[0-9]{12}$' THEN
        RETURN false;
    END IF;
    day := substr(id_value, 7, 2)::int;
    IF id_type = 'samordningsnummer' THEN
        IF day < 61 OR day > 91 THEN
            RETURN false;
        END IF;
        day := day - 60;
    END IF;
    BEGIN
        PERFORM make_date(substr(id_value, 1, 4)::int, substr(id_value, 5, 2)::int, day);
    EXCEPTION WHEN datetime_field_overflow OR invalid_datetime_format OR numeric_value_out_of_range THEN
        RETURN false;
    END;
    digits := substr(id_value, 3, 9);
    FOR i IN 1 .. 9 LOOP
        d := substr(digits, i, 1)::int * CASE WHEN i % 2 = 1 THEN 2 ELSE 1 END;
        total := total + d / 10 + d % 10;
    END LOOP;
    RETURN (10 - total % 10) % 10 = substr(id_value, 12, 1)::int;
END
$$;

CREATE TABLE region.region_meta (
    key text PRIMARY KEY,
    value text NOT NULL
);
INSERT INTO region.region_meta (key, value) VALUES ('epoch', gen_random_uuid()::text);

CREATE TABLE region.units (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    hsa_id text NOT NULL UNIQUE CHECK (hsa_id ~ '^[A-Za-z0-9][A-Za-z0-9-]{0,63}$'),
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200 AND region.is_clean_text(name) AND name !~ '[\n\t]'),
    kind text NOT NULL DEFAULT 'halsocentral' CHECK (kind IN ('halsocentral', 'specialist')),
    phone_open time,
    phone_close time,
    eservice_target_hours int NOT NULL DEFAULT 24 CHECK (eservice_target_hours BETWEEN 1 AND 720),
    eservice_target_working_days int CHECK (eservice_target_working_days BETWEEN 1 AND 30),
    max_callback_attempts int NOT NULL DEFAULT 3 CHECK (max_callback_attempts BETWEEN 1 AND 20),
    preoffer_named_contact boolean NOT NULL DEFAULT false,
    version bigint NOT NULL DEFAULT 1,
    CHECK ((phone_open IS NULL) = (phone_close IS NULL) AND (phone_open IS NULL OR phone_open < phone_close))
);

CREATE TABLE region.staff (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    hsa_id text NOT NULL UNIQUE CHECK (hsa_id ~ '^[A-Za-z0-9][A-Za-z0-9-]{0,63}$'),
    login text NOT NULL UNIQUE CHECK (login ~ '^[a-z_][a-z0-9_]{0,62}$'),
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200 AND region.is_clean_text(name) AND name !~ '[\n\t]'),
    title text NOT NULL DEFAULT '' CHECK (length(title) <= 200 AND region.is_clean_text(title) AND title !~ '[\n\t]'),
    version bigint NOT NULL DEFAULT 1
);

CREATE TABLE region.unit_members (
    unit_id uuid NOT NULL REFERENCES region.units (id),
    staff_id uuid NOT NULL REFERENCES region.staff (id),
    role text NOT NULL CHECK (role IN ('nurse', 'team_lead')),
    PRIMARY KEY (unit_id, staff_id)
);
CREATE INDEX unit_members_staff ON region.unit_members (staff_id);

CREATE TABLE region.patients (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    id_type text NOT NULL CHECK (id_type IN ('personnummer', 'samordningsnummer', 'reservnummer')),
    id_value text NOT NULL CHECK (region.is_valid_person_id(id_type, id_value)),
    name text CHECK (length(name) BETWEEN 1 AND 200 AND region.is_clean_text(name) AND name !~ '[\n\t]'),
    phone text CHECK (phone ~ '^[0-9+() -]{3,32}$'),
    version bigint NOT NULL DEFAULT 1,
    UNIQUE (id_type, id_value)
);

CREATE TABLE region.codes (
    code text PRIMARY KEY CHECK (code ~ '^[A-Z0-9_]{1,16}$'),
    label_sv text NOT NULL CHECK (length(label_sv) BETWEEN 1 AND 200 AND region.is_clean_text(label_sv)),
    label_en text NOT NULL CHECK (length(label_en) BETWEEN 1 AND 200 AND region.is_clean_text(label_en)),
    sort_order int NOT NULL DEFAULT 0,
    active boolean NOT NULL DEFAULT true
);

CREATE TABLE region.contacts (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    channel text NOT NULL CHECK (channel IN ('callback', 'voicemail', 'eservice')),
    unit_id uuid NOT NULL REFERENCES region.units (id),
    patient_id uuid REFERENCES region.patients (id),
    external_id text CHECK (length(external_id) BETWEEN 1 AND 200 AND region.is_clean_text(external_id)),
    received_at timestamptz NOT NULL,
    due_at timestamptz NOT NULL,
    status text NOT NULL DEFAULT 'new'
        CHECK (status IN ('new', 'claimed', 'not_reached', 'completed', 'cancelled', 'forwarded')),
    reason text CHECK (length(reason) <= 200 AND region.is_clean_text(reason)),
    subject text CHECK (length(subject) <= 500 AND region.is_clean_text(subject)),
    claimed_by uuid REFERENCES region.staff (id),
    claimed_at timestamptz,
    lease_until timestamptz,
    identity_verified boolean NOT NULL DEFAULT false,
    code text REFERENCES region.codes (code),
    outcome text CHECK (length(outcome) <= 8000 AND region.is_clean_text(outcome)),
    medical_assessment boolean NOT NULL DEFAULT false,
    cancel_reason text CHECK (cancel_reason IN ('duplicate', 'wrong_unit', 'spam')),
    forwarded_to uuid REFERENCES region.units (id),
    forwarded_from uuid REFERENCES region.contacts (id),
    first_contact_at timestamptz,
    completed_at timestamptz,
    completed_by uuid REFERENCES region.staff (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    version bigint NOT NULL DEFAULT 1,
    CHECK ((claimed_by IS NULL) = (lease_until IS NULL) AND (claimed_by IS NULL) = (claimed_at IS NULL)),
    CHECK (status <> 'claimed' OR claimed_by IS NOT NULL),
    CHECK (status NOT IN ('completed', 'cancelled', 'forwarded', 'not_reached') OR
           (claimed_by IS NULL AND completed_at IS NOT NULL)),
    CHECK (status <> 'completed' OR code IS NOT NULL),
    CHECK (status <> 'cancelled' OR cancel_reason IS NOT NULL),
    CHECK (status <> 'forwarded' OR forwarded_to IS NOT NULL)
);
CREATE UNIQUE INDEX contacts_external_id ON region.contacts (channel, external_id) WHERE external_id IS NOT NULL;
CREATE INDEX contacts_unit_due ON region.contacts (unit_id, due_at);
CREATE INDEX contacts_patient ON region.contacts (patient_id) WHERE patient_id IS NOT NULL;
CREATE INDEX contacts_claimed_by ON region.contacts (claimed_by) WHERE claimed_by IS NOT NULL;

CREATE TABLE region.callback_requests (
    contact_id uuid PRIMARY KEY REFERENCES region.contacts (id),
    phone text NOT NULL CHECK (phone ~ '^[0-9+() -]{3,32}$'),
    booked_slot timestamptz,
    requested_time timestamptz
);

CREATE TABLE region.callback_attempts (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    contact_id uuid NOT NULL REFERENCES region.contacts (id),
    staff_id uuid NOT NULL REFERENCES region.staff (id),
    attempted_at timestamptz NOT NULL,
    outcome text NOT NULL CHECK (outcome IN ('answered', 'no_answer', 'busy', 'wrong_number', 'voicemail')),
    note text CHECK (length(note) <= 4000 AND region.is_clean_text(note))
);
CREATE INDEX callback_attempts_contact ON region.callback_attempts (contact_id);

CREATE TABLE region.voicemails (
    contact_id uuid PRIMARY KEY REFERENCES region.contacts (id),
    mailbox text NOT NULL CHECK (length(mailbox) BETWEEN 1 AND 200 AND region.is_clean_text(mailbox)),
    caller_phone text CHECK (caller_phone ~ '^[0-9+() -]{3,32}$'),
    duration_ms int NOT NULL CHECK (duration_ms BETWEEN 0 AND 3600000),
    audio bytea NOT NULL CHECK (octet_length(audio) <= 16 * 1024 * 1024),
    audio_mime text NOT NULL CHECK (audio_mime ~ '^audio/[a-z0-9.+-]{1,40}$')
);

CREATE TABLE region.eservice_errands (
    contact_id uuid PRIMARY KEY REFERENCES region.contacts (id),
    errand_type text NOT NULL CHECK (length(errand_type) BETWEEN 1 AND 200 AND region.is_clean_text(errand_type)),
    ombud boolean NOT NULL DEFAULT false,
    ombud_name text CHECK (length(ombud_name) BETWEEN 1 AND 200 AND region.is_clean_text(ombud_name)),
    CHECK (ombud OR ombud_name IS NULL)
);

CREATE TABLE region.eservice_messages (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    contact_id uuid NOT NULL REFERENCES region.contacts (id),
    direction text NOT NULL CHECK (direction IN ('in', 'out')),
    author_staff_id uuid REFERENCES region.staff (id),
    body text NOT NULL CHECK (length(body) >= 1 AND octet_length(body) <= 65536 AND region.is_clean_text(body)),
    sent_at timestamptz NOT NULL,
    external_id text UNIQUE CHECK (length(external_id) BETWEEN 1 AND 200 AND region.is_clean_text(external_id)),
    CHECK (direction = 'in' OR author_staff_id IS NOT NULL)
);
CREATE INDEX eservice_messages_contact ON region.eservice_messages (contact_id, sent_at);

CREATE TABLE region.care_contacts (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    patient_id uuid NOT NULL REFERENCES region.patients (id),
    staff_id uuid NOT NULL REFERENCES region.staff (id),
    unit_id uuid NOT NULL REFERENCES region.units (id),
    role text NOT NULL CHECK (role IN ('fast_vardkontakt', 'fast_lakarkontakt', 'kontaktsjukskoterska')),
    valid_from date NOT NULL,
    valid_to date,
    appointed_by uuid REFERENCES region.staff (id),
    declined boolean NOT NULL DEFAULT false,
    note text CHECK (length(note) <= 4000 AND region.is_clean_text(note)),
    version bigint NOT NULL DEFAULT 1,
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX care_contacts_patient ON region.care_contacts (patient_id);
CREATE INDEX care_contacts_unit ON region.care_contacts (unit_id);

CREATE TABLE region.sip_plans (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    patient_id uuid NOT NULL REFERENCES region.patients (id),
    unit_id uuid NOT NULL REFERENCES region.units (id),
    consent_given_by text NOT NULL
        CHECK (length(consent_given_by) BETWEEN 1 AND 200 AND region.is_clean_text(consent_given_by)),
    consent_date date NOT NULL,
    consent_how text CHECK (length(consent_how) <= 500 AND region.is_clean_text(consent_how)),
    overall_responsible text CHECK (overall_responsible IN ('region', 'kommun')),
    start_date date,
    next_follow_up date,
    version bigint NOT NULL DEFAULT 1
);
CREATE INDEX sip_plans_patient ON region.sip_plans (patient_id);
CREATE INDEX sip_plans_unit ON region.sip_plans (unit_id);

CREATE TABLE region.sip_participants (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    plan_id uuid NOT NULL REFERENCES region.sip_plans (id),
    huvudman text NOT NULL CHECK (huvudman IN ('region', 'kommun', 'other')),
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200 AND region.is_clean_text(name)),
    role text CHECK (length(role) <= 200 AND region.is_clean_text(role))
);
CREATE INDEX sip_participants_plan ON region.sip_participants (plan_id);

CREATE TABLE region.sip_insatser (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    plan_id uuid NOT NULL REFERENCES region.sip_plans (id),
    description text NOT NULL CHECK (length(description) BETWEEN 1 AND 4000 AND region.is_clean_text(description)),
    huvudman text NOT NULL CHECK (huvudman IN ('region', 'kommun'))
);
CREATE INDEX sip_insatser_plan ON region.sip_insatser (plan_id);

CREATE TABLE region.sip_other_actions (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    plan_id uuid NOT NULL REFERENCES region.sip_plans (id),
    actor text NOT NULL CHECK (length(actor) BETWEEN 1 AND 200 AND region.is_clean_text(actor)),
    description text NOT NULL CHECK (length(description) BETWEEN 1 AND 4000 AND region.is_clean_text(description))
);
CREATE INDEX sip_other_actions_plan ON region.sip_other_actions (plan_id);

CREATE TABLE region.sip_meetings (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    plan_id uuid NOT NULL REFERENCES region.sip_plans (id),
    held_on date NOT NULL,
    attendees text NOT NULL CHECK (length(attendees) BETWEEN 1 AND 4000 AND region.is_clean_text(attendees))
);
CREATE INDEX sip_meetings_plan ON region.sip_meetings (plan_id);

CREATE TABLE region.sip_notes (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    plan_id uuid NOT NULL REFERENCES region.sip_plans (id),
    author_id uuid NOT NULL REFERENCES region.staff (id),
    written_at timestamptz NOT NULL DEFAULT now(),
    body text NOT NULL CHECK (length(body) >= 1 AND octet_length(body) <= 65536 AND region.is_clean_text(body)),
    action text CHECK (length(action) <= 4000 AND region.is_clean_text(action)),
    action_responsible text CHECK (length(action_responsible) <= 200 AND region.is_clean_text(action_responsible)),
    action_due date,
    corrects_note_id uuid REFERENCES region.sip_notes (id)
);
CREATE INDEX sip_notes_plan ON region.sip_notes (plan_id, written_at);

CREATE TABLE region.queue_rejections (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    unit_id uuid NOT NULL REFERENCES region.units (id),
    queue text NOT NULL CHECK (length(queue) BETWEEN 1 AND 200 AND region.is_clean_text(queue)),
    occurred_at timestamptz NOT NULL,
    caller_count int NOT NULL CHECK (caller_count BETWEEN 0 AND 1000000),
    external_id text NOT NULL UNIQUE CHECK (length(external_id) BETWEEN 1 AND 200 AND region.is_clean_text(external_id))
);
CREATE INDEX queue_rejections_unit ON region.queue_rejections (unit_id, occurred_at);

-- Patientdatalagen 4 kap. 3 §: what was done, from which unit, when, by whom, to which patient. Append-only.
CREATE TABLE region.access_log (
    id bigserial PRIMARY KEY,
    at timestamptz NOT NULL,
    logged_at timestamptz NOT NULL DEFAULT now(),
    staff_id uuid NOT NULL REFERENCES region.staff (id),
    unit_id uuid NOT NULL REFERENCES region.units (id),
    patient_id uuid REFERENCES region.patients (id),
    contact_id uuid REFERENCES region.contacts (id),
    action text NOT NULL CHECK (action ~ '^[a-z_]{1,40}$')
);
CREATE INDEX access_log_patient ON region.access_log (patient_id, at);

CREATE TABLE region.applied_mutations (
    mutation_id uuid PRIMARY KEY,
    staff_id uuid NOT NULL REFERENCES region.staff (id),
    kind text NOT NULL,
    result jsonb NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
);

-- The gap-free change feed: readers take rows below pg_snapshot_xmin(pg_current_snapshot()), so a row of a
-- transaction still in flight is never skipped (DESIGN.md, "Pull").
CREATE TABLE region.change_log (
    txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    seq bigserial NOT NULL,
    entity text NOT NULL,
    entity_id text NOT NULL,
    unit_id uuid,
    patient_id uuid,
    op text NOT NULL CHECK (op IN ('upsert', 'delete')),
    row jsonb,
    PRIMARY KEY (txid, seq)
);

-- Append-only tables refuse UPDATE and DELETE for everyone, definer functions included.
CREATE FUNCTION region.refuse_change() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    RAISE EXCEPTION 'table %.% is append-only', TG_TABLE_SCHEMA, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER sip_notes_append_only BEFORE UPDATE OR DELETE ON region.sip_notes
    FOR EACH ROW EXECUTE FUNCTION region.refuse_change();
CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON region.access_log
    FOR EACH ROW EXECUTE FUNCTION region.refuse_change();
