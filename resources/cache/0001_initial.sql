-- Vårdinkorg local cache, schema 1 (SQLCipher 3.4.1 = SQLite 3.15.2 dialect: no UPSERT, RETURNING, window functions
-- or JSON1). The [cache] tables mirror the region store with the same table and column names so the sync engine can
-- apply a pulled row generically. Storage forms: uuid -> TEXT lowercase canonical; timestamptz -> TEXT
-- "yyyy-MM-ddTHH:mm:ss.zzzZ" (UTC, sorts in time order); date -> TEXT "YYYY-MM-DD"; time -> TEXT "HH:MM:SS";
-- bool -> INTEGER 0/1; bytea -> BLOB; jsonb -> TEXT.
-- No CHECK constraints on enumerations and no foreign keys: the region store validates, rows arrive in change-log
-- order rather than dependency order, and a newer region may send values this build does not know yet.

CREATE TABLE cache_meta (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT
);

CREATE TABLE units (
    id TEXT PRIMARY KEY NOT NULL,
    hsa_id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    phone_open TEXT,
    phone_close TEXT,
    eservice_target_hours INTEGER NOT NULL DEFAULT 24,
    eservice_target_working_days INTEGER,
    max_callback_attempts INTEGER NOT NULL DEFAULT 3,
    preoffer_named_contact INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE staff (
    id TEXT PRIMARY KEY NOT NULL,
    hsa_id TEXT NOT NULL UNIQUE,
    login TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    title TEXT,
    version INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE unit_members (
    unit_id TEXT NOT NULL,
    staff_id TEXT NOT NULL,
    role TEXT NOT NULL,
    PRIMARY KEY (unit_id, staff_id)
);
CREATE INDEX unit_members_by_staff ON unit_members (staff_id);

CREATE TABLE patients (
    id TEXT PRIMARY KEY NOT NULL,
    id_type TEXT NOT NULL,
    id_value TEXT NOT NULL,
    name TEXT,
    phone TEXT,
    version INTEGER NOT NULL DEFAULT 0,
    UNIQUE (id_type, id_value)
);

CREATE TABLE contacts (
    id TEXT PRIMARY KEY NOT NULL,
    channel TEXT NOT NULL,
    unit_id TEXT NOT NULL,
    patient_id TEXT,
    external_id TEXT,
    received_at TEXT NOT NULL,
    due_at TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'new',
    reason TEXT,
    subject TEXT,
    claimed_by TEXT,
    lease_until TEXT,
    identity_verified INTEGER NOT NULL DEFAULT 0,
    code TEXT,
    outcome TEXT,
    medical_assessment INTEGER NOT NULL DEFAULT 0,
    cancel_reason TEXT,
    forwarded_to TEXT,
    first_contact_at TEXT,
    completed_at TEXT,
    completed_by TEXT,
    version INTEGER NOT NULL DEFAULT 0
);
-- The inbox: open contacts, earliest deadline first, paged by keyset (due_at, id). A partial index keeps it
-- small; queries must repeat the exact WHERE term, and name it (INDEXED BY contacts_open_by_due) because without
-- statistics SQLite prefers three lookups on contacts_by_status_due plus a sort of every open contact.
CREATE INDEX contacts_open_by_due ON contacts (due_at, id) WHERE status IN ('new', 'claimed', 'not_reached');
-- Filters by channel and status (and counts by status) in deadline order.
CREATE INDEX contacts_by_channel_status_due ON contacts (channel, status, due_at, id);
CREATE INDEX contacts_by_status_due ON contacts (status, due_at, id);
CREATE INDEX contacts_by_unit_status_due ON contacts (unit_id, status, due_at);
-- The patient panel: every contact of one patient, newest first.
CREATE INDEX contacts_by_patient ON contacts (patient_id, received_at);
-- Ingest duplicates and lookups by the source system's id.
CREATE INDEX contacts_by_external_id ON contacts (channel, external_id);

CREATE TABLE callback_requests (
    contact_id TEXT PRIMARY KEY NOT NULL,
    phone TEXT NOT NULL,
    booked_slot TEXT,
    requested_time TEXT
);

CREATE TABLE callback_attempts (
    id TEXT PRIMARY KEY NOT NULL,
    contact_id TEXT NOT NULL,
    staff_id TEXT NOT NULL,
    attempted_at TEXT NOT NULL,
    outcome TEXT NOT NULL,
    note TEXT
);
CREATE INDEX callback_attempts_by_contact ON callback_attempts (contact_id, attempted_at);

CREATE TABLE voicemails (
    contact_id TEXT PRIMARY KEY NOT NULL,
    mailbox TEXT NOT NULL,
    caller_phone TEXT,
    duration_ms INTEGER NOT NULL DEFAULT 0,
    audio BLOB,
    audio_mime TEXT
);

CREATE TABLE eservice_errands (
    contact_id TEXT PRIMARY KEY NOT NULL,
    errand_type TEXT NOT NULL,
    ombud INTEGER NOT NULL DEFAULT 0,
    ombud_name TEXT
);

CREATE TABLE eservice_messages (
    id TEXT PRIMARY KEY NOT NULL,
    contact_id TEXT NOT NULL,
    direction TEXT NOT NULL,
    author_staff_id TEXT,
    body TEXT NOT NULL,
    sent_at TEXT NOT NULL
);
CREATE INDEX eservice_messages_by_contact ON eservice_messages (contact_id, sent_at);

CREATE TABLE codes (
    code TEXT PRIMARY KEY NOT NULL,
    label_sv TEXT NOT NULL,
    label_en TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE care_contacts (
    id TEXT PRIMARY KEY NOT NULL,
    patient_id TEXT NOT NULL,
    staff_id TEXT NOT NULL,
    unit_id TEXT NOT NULL,
    role TEXT NOT NULL,
    valid_from TEXT NOT NULL,
    valid_to TEXT,
    appointed_by TEXT,
    declined INTEGER NOT NULL DEFAULT 0,
    note TEXT,
    version INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX care_contacts_by_patient ON care_contacts (patient_id, valid_from);

CREATE TABLE sip_plans (
    id TEXT PRIMARY KEY NOT NULL,
    patient_id TEXT NOT NULL,
    unit_id TEXT NOT NULL,
    consent_given_by TEXT,
    consent_date TEXT,
    consent_how TEXT,
    overall_responsible TEXT,
    start_date TEXT,
    next_follow_up TEXT,
    version INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sip_plans_by_patient ON sip_plans (patient_id);

CREATE TABLE sip_participants (
    id TEXT PRIMARY KEY NOT NULL,
    plan_id TEXT NOT NULL,
    huvudman TEXT NOT NULL,
    name TEXT NOT NULL,
    role TEXT
);
CREATE INDEX sip_participants_by_plan ON sip_participants (plan_id);

CREATE TABLE sip_insatser (
    id TEXT PRIMARY KEY NOT NULL,
    plan_id TEXT NOT NULL,
    description TEXT NOT NULL,
    huvudman TEXT NOT NULL
);
CREATE INDEX sip_insatser_by_plan ON sip_insatser (plan_id);

CREATE TABLE sip_other_actions (
    id TEXT PRIMARY KEY NOT NULL,
    plan_id TEXT NOT NULL,
    actor TEXT NOT NULL,
    description TEXT NOT NULL
);
CREATE INDEX sip_other_actions_by_plan ON sip_other_actions (plan_id);

CREATE TABLE sip_meetings (
    id TEXT PRIMARY KEY NOT NULL,
    plan_id TEXT NOT NULL,
    held_on TEXT NOT NULL,
    attendees TEXT
);
CREATE INDEX sip_meetings_by_plan ON sip_meetings (plan_id, held_on);

CREATE TABLE sip_notes (
    id TEXT PRIMARY KEY NOT NULL,
    plan_id TEXT NOT NULL,
    author_id TEXT NOT NULL,
    written_at TEXT NOT NULL,
    body TEXT NOT NULL,
    action TEXT,
    action_responsible TEXT,
    action_due TEXT,
    corrects_note_id TEXT
);
CREATE INDEX sip_notes_by_plan ON sip_notes (plan_id, written_at);

-- Cache only: user actions waiting to be pushed, in the order they were made.
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    mutation_id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    created_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT
);

CREATE TABLE sync_state (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT
);

CREATE TABLE conflicts (
    id INTEGER PRIMARY KEY,
    mutation_id TEXT NOT NULL,
    contact_id TEXT,
    reason_code TEXT NOT NULL,
    message TEXT,
    holder_name TEXT,
    occurred_at TEXT NOT NULL,
    seen INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX conflicts_unseen ON conflicts (seen, occurred_at);
