-- The default eftermärkning list (DOMAIN.md): 21 codes. Codes are never deleted, only deactivated;
-- `vardinkorg-admin import-codes` replaces the list from CSV.
INSERT INTO region.codes (code, label_sv, label_en, sort_order, active) VALUES
    ('RAD', 'Rådgivning sjuksköterska', 'Nurse advice', 10, true),
    ('OMB', 'Av- och ombokning', 'Cancel or rebook appointment', 20, true),
    ('BLB', 'Boka läkarbesök', 'Book doctor''s appointment', 30, true),
    ('BSB', 'Boka sjuksköterskebesök', 'Book nurse appointment', 40, true),
    ('BTV', 'Boka telefon- eller videobesök', 'Book phone or video appointment', 50, true),
    ('VAC', 'Vaccination', 'Vaccination', 60, true),
    ('REC', 'Recepthandläggning', 'Prescription handling', 70, true),
    ('LMF', 'Läkemedelsfråga', 'Medication question', 80, true),
    ('PRV', 'Provsvar', 'Test results', 90, true),
    ('REM', 'Remiss', 'Referral', 100, true),
    ('INT', 'Intyg', 'Certificate', 110, true),
    ('SJK', 'Sjukskrivning', 'Sick leave', 120, true),
    ('HJM', 'Hjälpmedel', 'Medical aids', 130, true),
    ('JRN', 'Journalkopia', 'Copy of medical record', 140, true),
    ('BVC', 'Barnhälsovård', 'Child health services', 150, true),
    ('REH', 'Fysioterapi och rehabilitering', 'Physiotherapy and rehabilitation', 160, true),
    ('PSY', 'Psykisk ohälsa', 'Mental health', 170, true),
    ('SAM', 'Samordning och SIP', 'Care coordination and SIP', 180, true),
    ('HAN', 'Hänvisning till annan vårdnivå', 'Referred to another level of care', 190, true),
    ('ADM', 'Administrativ fråga', 'Administrative question', 200, true),
    ('OVR', 'Övrigt', 'Other', 210, true)
ON CONFLICT (code) DO NOTHING;
