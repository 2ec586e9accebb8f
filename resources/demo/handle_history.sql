-- Demo data, step 2 of 3 (scripts/demo): the desks' work on 30 days of simulated contacts. The contacts came in
-- through vardinkorg-feed like live ones (deadlines from the C++ rules); this closes the ones received before
-- :'cutoff' the way the desk actions would have: claimed, called (callback_attempts) or answered (an outgoing
-- 1177 message), eftermärkt with a code and closed, with the access-log rows those actions write. About 80 % are
-- handled before their deadline (the same-day share regions report), the rest the next morning; a contact whose
-- handling time lies in the future stays open. Run as the admin; deterministic for a given set of contacts.
\set ON_ERROR_STOP on
BEGIN;
SELECT setseed(0.2026);

CREATE TEMP TABLE h ON COMMIT DROP AS
SELECT c.id, c.channel, c.unit_id, c.patient_id, c.received_at, c.due_at, c.reason,
       random() AS r_outcome, random() AS r_code, random() AS r_time, random() AS r_misc,
       (SELECT m.staff_id FROM region.unit_members m WHERE m.unit_id = c.unit_id
         ORDER BY md5(m.staff_id::text || c.id::text) LIMIT 1) AS staff_id,
       -- The earliest a nurse works on it: on arrival, or when the unit opens on the day it is due.
       greatest(c.received_at,
                ((c.due_at AT TIME ZONE 'Europe/Stockholm')::date + coalesce(u.phone_open, time '08:00'))
                    AT TIME ZONE 'Europe/Stockholm') AS start_at
  FROM region.contacts c
  JOIN region.units u ON u.id = c.unit_id
 WHERE c.status = 'new' AND c.received_at < :'cutoff'::timestamptz
 ORDER BY c.received_at, c.id;

ALTER TABLE h ADD COLUMN status text, ADD COLUMN handled_at timestamptz, ADD COLUMN code text;

UPDATE h SET status = CASE WHEN r_outcome < 0.03 THEN 'cancelled'
                           WHEN channel <> 'eservice' AND r_outcome < 0.08 THEN 'not_reached'
                           ELSE 'completed' END,
             handled_at = CASE WHEN r_time < 0.8 AND start_at < due_at
                               THEN start_at + (due_at - start_at) * (0.05 + 0.9 * r_misc)
                               ELSE due_at + interval '15 hours' + interval '3 hours' * r_misc END;
DELETE FROM h WHERE staff_id IS NULL OR handled_at >= now();

UPDATE h SET code = CASE
    WHEN status <> 'completed' THEN NULL
    WHEN channel = 'callback' AND reason = 'Rådgivning' THEN
        CASE WHEN r_code < .50 THEN 'RAD' WHEN r_code < .62 THEN 'BLB' WHEN r_code < .70 THEN 'BSB'
             WHEN r_code < .77 THEN 'LMF' WHEN r_code < .85 THEN 'PRV' WHEN r_code < .90 THEN 'HAN'
             WHEN r_code < .94 THEN 'PSY' WHEN r_code < .97 THEN 'SJK' ELSE 'OVR' END
    WHEN reason IN ('Recept', 'Receptförnyelse', 'Förnya recept') THEN CASE WHEN r_code < .8 THEN 'REC' ELSE 'LMF' END
    WHEN reason = 'BVC' THEN CASE WHEN r_code < .75 THEN 'BVC' ELSE 'VAC' END
    WHEN reason = 'Fysioterapi' THEN CASE WHEN r_code < .9 THEN 'REH' ELSE 'OVR' END
    WHEN reason = 'Kontaktsjuksköterska' THEN
        CASE WHEN r_code < .4 THEN 'RAD' WHEN r_code < .7 THEN 'SAM' WHEN r_code < .9 THEN 'PRV' ELSE 'LMF' END
    WHEN reason IN ('Tidsbokning', 'Av-/ombokning', 'Av-/omboka tid') THEN CASE WHEN r_code < .7 THEN 'OMB' ELSE 'BLB' END
    WHEN reason = 'Kontakta mig' THEN
        CASE WHEN r_code < .5 THEN 'RAD' WHEN r_code < .75 THEN 'PRV' WHEN r_code < .9 THEN 'BLB' ELSE 'ADM' END
    WHEN reason = 'Rådgivning' THEN CASE WHEN r_code < .7 THEN 'RAD' WHEN r_code < .85 THEN 'BSB' ELSE 'HAN' END
    WHEN reason = 'Begär intyg' THEN CASE WHEN r_code < .6 THEN 'INT' ELSE 'SJK' END
    WHEN reason = 'Beställ journalkopia' THEN 'JRN'
    WHEN reason = 'Boka tid' THEN CASE WHEN r_code < .4 THEN 'BLB' WHEN r_code < .7 THEN 'BSB' ELSE 'BTV' END
    WHEN reason = 'Förnya diabeteshjälpmedel' THEN 'HJM'
    ELSE 'OVR' END;

UPDATE region.contacts c
   SET status = h.status,
       code = h.code,
       outcome = CASE h.code
           WHEN 'RAD' THEN 'Rådgivning given, egenvårdsråd. Hör av sig igen vid försämring.'
           WHEN 'BLB' THEN 'Läkartid bokad.'
           WHEN 'BSB' THEN 'Besök hos sjuksköterska bokat.'
           WHEN 'BTV' THEN 'Videobesök bokat.'
           WHEN 'OMB' THEN 'Tiden av- eller ombokad.'
           WHEN 'REC' THEN 'Recept förnyat efter kontroll med läkare.'
           WHEN 'LMF' THEN 'Läkemedelsfråga besvarad.'
           WHEN 'PRV' THEN 'Provsvar meddelade, inga ytterligare åtgärder.'
           WHEN 'HAN' THEN 'Hänvisad till närakuten.'
           WHEN 'PSY' THEN 'Tid hos kurator bokad.'
           WHEN 'SJK' THEN 'Sjukskrivning förlängd efter läkarbedömning.'
           WHEN 'BVC' THEN 'Råd från BVC-sjuksköterska.'
           WHEN 'VAC' THEN 'Vaccinationstid bokad.'
           WHEN 'REH' THEN 'Tid hos fysioterapeut bokad.'
           WHEN 'SAM' THEN 'Samordnat med kommunens hemsjukvård.'
           WHEN 'INT' THEN 'Intyg skrivet, skickas via 1177.'
           WHEN 'JRN' THEN 'Journalkopia beställd.'
           WHEN 'HJM' THEN 'Hjälpmedel förnyade.'
           WHEN 'ADM' THEN 'Administrativ fråga löst.'
           WHEN 'OVR' THEN 'Ärendet avslutat.'
       END,
       medical_assessment = coalesce(h.code IN ('RAD', 'LMF', 'PRV', 'HAN', 'PSY', 'SJK', 'BVC') AND h.r_misc < 0.85, false),
       cancel_reason = CASE WHEN h.status = 'cancelled' THEN
                           CASE WHEN h.r_misc < .5 THEN 'duplicate' WHEN h.r_misc < .85 THEN 'wrong_unit' ELSE 'spam' END
                       END,
       identity_verified = c.identity_verified OR (h.status = 'completed' AND c.patient_id IS NOT NULL),
       first_contact_at = CASE WHEN h.status = 'completed' THEN h.handled_at END,
       completed_at = h.handled_at,
       completed_by = h.staff_id,
       version = c.version + 2
  FROM h
 WHERE c.id = h.id;

-- Call attempts: one answered call, sometimes after a first try nobody answered; three failed tries for the
-- contacts that ended as not reached.
INSERT INTO region.callback_attempts (contact_id, staff_id, attempted_at, outcome, note)
SELECT id, staff_id, handled_at, 'answered', NULL
  FROM h WHERE status = 'completed' AND channel <> 'eservice'
UNION ALL
SELECT id, staff_id, handled_at - interval '40 minutes', 'no_answer', 'Inget svar, försöker igen.'
  FROM h WHERE status = 'completed' AND channel <> 'eservice' AND r_misc > 0.75
           AND handled_at - interval '40 minutes' > received_at
UNION ALL
SELECT id, staff_id, greatest(received_at + interval '5 minutes', handled_at - interval '1 hour' * (2 - g)),
       (ARRAY['no_answer', 'busy', 'no_answer'])[g + 1], CASE WHEN g = 2 THEN 'Tredje försöket, avslutas.' END
  FROM h CROSS JOIN generate_series(0, 2) AS g
 WHERE status = 'not_reached';

-- A contact not reached after the unit's three tries waits in the inbox for its next step. In this history the
-- nurses closed the older ones with Övrigt and a note (units send a letter); the last two days' still wait.
UPDATE region.contacts c
   SET status = 'completed', code = 'OVR', outcome = 'Ej nådd efter tre försök; brev skickat.'
  FROM h
 WHERE c.id = h.id AND h.status = 'not_reached' AND h.handled_at < now() - interval '2 days';

-- The answer in the same ärende.
INSERT INTO region.eservice_messages (contact_id, direction, author_staff_id, body, sent_at)
SELECT h.id, 'out', h.staff_id,
       'Hej!' || E'\n' || CASE h.code
           WHEN 'REC' THEN 'Ditt recept är förnyat och finns på apoteket inom ett dygn.'
           WHEN 'OMB' THEN 'Vi har bokat om din tid. Du ser den nya tiden under Bokade tider på 1177.'
           WHEN 'BLB' THEN 'Vi har bokat en läkartid åt dig. Du ser tiden under Bokade tider på 1177.'
           WHEN 'BSB' THEN 'Du är välkommen till sjuksköterskemottagningen. Tiden finns under Bokade tider.'
           WHEN 'BTV' THEN 'Vi har bokat ett videobesök. Du får en länk i 1177 inför besöket.'
           WHEN 'INT' THEN 'Intyget är skrivet och skickas till dig inom en vecka.'
           WHEN 'SJK' THEN 'Läkaren har förlängt sjukskrivningen och skickat intyget till Försäkringskassan.'
           WHEN 'JRN' THEN 'Journalkopian är beställd och skickas hem till dig.'
           WHEN 'HJM' THEN 'Dina hjälpmedel är förnyade och kan hämtas ut på apoteket.'
           WHEN 'PRV' THEN 'Dina provsvar är normala och föranleder inga åtgärder.'
           WHEN 'HAN' THEN 'Utifrån dina besvär bör du söka närakuten i dag.'
           ELSE 'Tack för ditt meddelande. Ring oss gärna om besvären inte går över.'
       END || E'\n\n' || 'Vänliga hälsningar' || E'\n' || s.name,
       h.handled_at
  FROM h JOIN region.staff s ON s.id = h.staff_id
 WHERE h.channel = 'eservice' AND h.status = 'completed';

INSERT INTO region.access_log (at, staff_id, unit_id, patient_id, contact_id, action)
-- Handling takes 3 to 18 minutes (the outcome draw, spread): the team lead's median handling time varies by nurse.
SELECT handled_at - interval '1 minute' * (2 + 16 * r_outcome), staff_id, unit_id, patient_id, id, 'claim' FROM h
UNION ALL
SELECT handled_at, staff_id, unit_id, patient_id, id,
       CASE status WHEN 'completed' THEN 'complete' WHEN 'cancelled' THEN 'cancel' ELSE 'log_attempt' END
  FROM h;

SELECT count(*) AS handled_contacts FROM h;
COMMIT;
