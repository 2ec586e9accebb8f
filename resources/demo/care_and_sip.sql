-- Demo data, step 3 of 3 (scripts/demo): fast vårdkontakter, kontaktsjuksköterskor and SIP plans for the
-- patients the simulated history made regulars, then a fresh change log so desks pull everything seeded here.
-- Run as the admin after handle_history.sql; deterministic for a given region.
\set ON_ERROR_STOP on
BEGIN;
SELECT setseed(0.1947);

-- Each patient's most used unit and how often they were in contact with it.
CREATE TEMP TABLE regulars ON COMMIT DROP AS
SELECT DISTINCT ON (c.patient_id) c.patient_id, c.unit_id, u.kind, count(*) AS contacts
  FROM region.contacts c JOIN region.units u ON u.id = c.unit_id
 WHERE c.patient_id IS NOT NULL
 GROUP BY c.patient_id, c.unit_id, u.kind
 ORDER BY c.patient_id, count(*) DESC, c.unit_id;

CREATE TEMP TABLE lead_of ON COMMIT DROP AS
SELECT DISTINCT ON (m.unit_id) m.unit_id, m.staff_id
  FROM region.unit_members m WHERE m.role = 'team_lead' ORDER BY m.unit_id, m.staff_id;

-- Fast vårdkontakt at the hälsocentraler (Patientlagen 6 kap. 2 §) and kontaktsjuksköterska at the clinic for
-- the most frequent patients; some declined, some assignments ended and replaced.
CREATE TEMP TABLE chosen ON COMMIT DROP AS
SELECT r.*, row_number() OVER (PARTITION BY r.unit_id ORDER BY r.contacts DESC, r.patient_id) AS rank,
       (SELECT m.staff_id FROM region.unit_members m WHERE m.unit_id = r.unit_id AND m.role = 'nurse'
         ORDER BY md5(m.staff_id::text || r.patient_id::text) LIMIT 1) AS nurse,
       random() AS r
  FROM regulars r;
DELETE FROM chosen WHERE rank > CASE WHEN kind = 'specialist' THEN 25 ELSE 30 END OR nurse IS NULL;

INSERT INTO region.care_contacts (patient_id, staff_id, unit_id, role, valid_from, valid_to, appointed_by, declined, note)
SELECT c.patient_id, c.nurse, c.unit_id,
       CASE WHEN c.kind = 'specialist' THEN 'kontaktsjukskoterska' ELSE 'fast_vardkontakt' END,
       current_date - (20 + (c.r * 600)::int), NULL, l.staff_id, c.r < 0.05,
       CASE WHEN c.kind = 'specialist' THEN 'Kontaktsjuksköterska under behandlingen.'
            WHEN c.r < 0.05 THEN 'Patienten avböjde en fast vårdkontakt.'
            ELSE 'Flera diagnoser och många kontakter: behov av kontinuitet och samordning.' END
  FROM chosen c JOIN lead_of l ON l.unit_id = c.unit_id;

-- A few earlier assignments that ended when the nurse changed.
INSERT INTO region.care_contacts (patient_id, staff_id, unit_id, role, valid_from, valid_to, appointed_by, declined, note)
SELECT cc.patient_id, l.staff_id, cc.unit_id, cc.role, cc.valid_from - 400, cc.valid_from - 1, l.staff_id, false,
       'Avslutad när ansvarig sjuksköterska bytte enhet.'
  FROM region.care_contacts cc JOIN lead_of l ON l.unit_id = cc.unit_id
 WHERE NOT cc.declined AND md5(cc.id::text) < '2';

-- SIP plans (HSL 16 kap. 4 §) for older patients with a fast vårdkontakt: the person's consent, insatser per
-- huvudman, other actors, meetings and notes written over time. Some plans are still unfinished, so the desk
-- has something to flag: no kommun insats (n % 4 = 2), no overall responsibility (n % 4 = 3), no åtgärder by
-- others (n % 6 = 5); the rest state all four required elements.
CREATE TEMP TABLE sip ON COMMIT DROP AS
SELECT gen_random_uuid() AS id, cc.patient_id, cc.unit_id, cc.staff_id, p.name AS patient_name,
       row_number() OVER (ORDER BY cc.patient_id) AS n
  FROM region.care_contacts cc JOIN region.patients p ON p.id = cc.patient_id
 WHERE cc.role = 'fast_vardkontakt' AND NOT cc.declined AND cc.valid_to IS NULL
   AND p.id_type = 'personnummer' AND left(p.id_value, 4)::int < extract(year FROM current_date) - 70
 ORDER BY cc.patient_id LIMIT 12;

INSERT INTO region.sip_plans (id, patient_id, unit_id, consent_given_by, consent_date, consent_how,
                              overall_responsible, start_date, next_follow_up)
SELECT id, patient_id, unit_id, patient_name, current_date - (40 + n * 9)::int,
       CASE WHEN n % 3 = 0 THEN 'Skriftligt samtycke vid SIP-mötet' ELSE 'Muntligt vid hembesök, antecknat i journalen' END,
       CASE WHEN n % 4 = 3 THEN NULL WHEN n % 2 = 0 THEN 'kommun' ELSE 'region' END,
       current_date - (30 + n * 9)::int, current_date + (7 + n * 5)::int
  FROM sip;

INSERT INTO region.sip_participants (plan_id, huvudman, name, role)
SELECT s.id, 'region', st.name, 'Fast vårdkontakt' FROM sip s JOIN region.staff st ON st.id = s.staff_id
UNION ALL
SELECT id, 'kommun', (ARRAY['Helena Ek', 'Jonas Wiklund', 'Mona Sandberg'])[1 + n % 3], 'Biståndshandläggare' FROM sip
UNION ALL
SELECT id, 'kommun', (ARRAY['Petra Lund', 'Ali Hassan'])[1 + n % 2], 'Sjuksköterska i kommunens hemsjukvård' FROM sip
UNION ALL
SELECT id, 'other', (ARRAY['Karin', 'Lars', 'Eva', 'Per'])[1 + n % 4] || ' ' || split_part(patient_name, ' ', 2),
       CASE WHEN n % 2 = 0 THEN 'Dotter' ELSE 'Son' END FROM sip;

INSERT INTO region.sip_insatser (plan_id, description, huvudman)
SELECT id, 'Läkemedelsgenomgång var tredje månad', 'region' FROM sip
UNION ALL
SELECT id, 'Hembesök av distriktssköterska varannan vecka för såromläggning', 'region' FROM sip WHERE n % 2 = 1
UNION ALL
SELECT id, 'Hemtjänst morgon och kväll', 'kommun' FROM sip WHERE n % 4 <> 2
UNION ALL
SELECT id, 'Trygghetslarm', 'kommun' FROM sip WHERE n % 3 <> 0 AND n % 4 <> 2;

INSERT INTO region.sip_other_actions (plan_id, actor, description)
SELECT id, CASE WHEN n % 2 = 0 THEN 'Dottern' ELSE 'Sonen' END, 'Följer med på läkarbesök och hämtar ut läkemedel'
  FROM sip WHERE n % 6 <> 5
UNION ALL
SELECT id, 'Frivilligorganisation', 'Besöksvän en gång i veckan' FROM sip WHERE n % 3 = 1 AND n % 6 <> 5;

INSERT INTO region.sip_meetings (plan_id, held_on, attendees)
SELECT id, current_date - (30 + n * 9)::int,
       'Patienten, fast vårdkontakt, biståndshandläggare, kommunens sjuksköterska och närstående' FROM sip
UNION ALL
SELECT id, current_date - (5 + n)::int, 'Patienten, fast vårdkontakt och närstående (uppföljning)' FROM sip WHERE n % 2 = 0;

INSERT INTO region.sip_notes (plan_id, author_id, written_at, body, action, action_responsible, action_due)
SELECT id, staff_id, (current_date - (30 + n * 9)::int) + time '14:00',
       'SIP upprättad. Patienten vill bo kvar hemma; oro för fall nattetid. Hemtjänsten utökas.',
       'Ansöka om trygghetslarm', 'Biståndshandläggare', current_date - (20 + n * 9)::int
  FROM sip
UNION ALL
SELECT id, staff_id, (current_date - (10 + n)::int) + time '10:30',
       'Uppföljning per telefon med dottern: sömnen bättre efter ändrad kvällsmedicin.', NULL, NULL, NULL
  FROM sip;

-- A correction: a new note that points at the note it corrects (notes are never edited).
INSERT INTO region.sip_notes (plan_id, author_id, written_at, body, corrects_note_id)
SELECT sn.plan_id, sn.author_id, sn.written_at + interval '1 day',
       'Rättelse: uppföljningen gjordes med sonen, inte dottern.', sn.id
  FROM region.sip_notes sn JOIN sip s ON s.id = sn.plan_id
 WHERE s.n % 4 = 1 AND sn.body LIKE 'Uppföljning%';

INSERT INTO region.access_log (at, staff_id, unit_id, patient_id, contact_id, action)
SELECT (current_date - (30 + n * 9)::int) + time '14:00', staff_id, unit_id, patient_id, NULL::uuid, 'sip_create' FROM sip
UNION ALL
SELECT cc.valid_from + time '09:00', cc.appointed_by, cc.unit_id, cc.patient_id, NULL, 'assign_care_contact'
  FROM region.care_contacts cc WHERE cc.appointed_by IS NOT NULL;

-- Everything above went in behind the change log's back: rebuild it from the rows, like after a restore.
SELECT region.reset_change_log() AS change_log_rows;
COMMIT;
