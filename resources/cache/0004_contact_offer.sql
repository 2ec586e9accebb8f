-- Schema 4: a new contact pre-offered to the patient's named contact (region migration 0017). Pulled like every
-- other contact column; the desk shows the offer and refuses a claim of someone else's offer before sending it.
ALTER TABLE contacts ADD COLUMN offered_to TEXT;
ALTER TABLE contacts ADD COLUMN offered_until TEXT;
