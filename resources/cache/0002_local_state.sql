-- Schema 2: state that exists only on this desk.
-- A claim or other change made offline is tentative until the region store settles it (DESIGN "Offline");
-- pulled rows do not carry the column, so it keeps its default when the sync engine applies them.
ALTER TABLE contacts ADD COLUMN tentative INTEGER NOT NULL DEFAULT 0;
-- "Mina kontakter": contacts held by one staff member, in deadline order.
CREATE INDEX contacts_by_claimer_due ON contacts (claimed_by, due_at) WHERE claimed_by IS NOT NULL;
-- "Mina patienter": the care contacts of one staff member.
CREATE INDEX care_contacts_by_staff ON care_contacts (staff_id, valid_to);
