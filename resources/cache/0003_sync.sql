-- Schema 3: what the sync engine keeps beyond the outbox of schema 1.
-- The contact, plan or care contact a mutation changes: a pulled row for it is re-applied with the still-pending
-- local changes on top, so the server's older view never overwrites what the nurse just did.
ALTER TABLE outbox ADD COLUMN entity_id TEXT;
-- Acknowledged mutations stay for a while under the epoch that acknowledged them: if the region store is restored
-- from a backup (new epoch) they are sent again, and the store's idempotency makes that harmless.
ALTER TABLE outbox ADD COLUMN acked_epoch TEXT;
ALTER TABLE outbox ADD COLUMN acked_at TEXT;
ALTER TABLE outbox ADD COLUMN result TEXT;
CREATE INDEX outbox_pending ON outbox (acked_epoch, seq);
CREATE INDEX outbox_by_entity ON outbox (entity_id) WHERE acked_epoch IS NULL;
