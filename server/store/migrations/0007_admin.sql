-- Admin console (SPEC §1, §8; seed 004 附件2, 附件3; seed 000 §9–10): why an
-- account was disabled or deregistered, and why a certificate was revoked.
-- Deregistered accounts keep their row, login and ID number (history; nothing
-- is freed for reuse). ADD COLUMN runs on SQLite 3.15 and PostgreSQL.
ALTER TABLE accounts ADD COLUMN status_reason TEXT;
ALTER TABLE accounts ADD COLUMN status_changed_at TEXT;
ALTER TABLE certificates ADD COLUMN revoke_reason TEXT;
CREATE INDEX certificates_not_after ON certificates (not_after);
