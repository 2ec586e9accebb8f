-- The default codes of migration 2 were written before the change log existed, so no desk ever received them
-- through a pull (a new desk could not complete anything until an admin touched the list). Publish the current
-- list once; later edits go through region.admin_import_codes, which logs its own changes.
INSERT INTO region.change_log (entity, entity_id, unit_id, patient_id, op, row)
SELECT 'codes', k.code, NULL, NULL, 'upsert', to_jsonb(k)
  FROM region.codes k
 WHERE NOT EXISTS (SELECT 1 FROM region.change_log c WHERE c.entity = 'codes' AND c.entity_id = k.code);
