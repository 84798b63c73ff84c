-- Keyed audit chain (attack review, issue 11, finding 4).
-- Each entry records how its link was made: "sha256" for the plain SHA-256
-- links of entries made before this migration (they still verify, sealed by
-- the first keyed entry), "hmac-sha256" or "hmac-sm3" for links keyed with the
-- audit key, which lives in its own file and never in this database.
ALTER TABLE audit_log ADD COLUMN alg TEXT NOT NULL DEFAULT 'sha256';

-- The chain head at each backup, MACed with a key derived from the audit key,
-- so verification can compare the chain with it (a cut-off end shows).
ALTER TABLE backups ADD COLUMN audit_head_link TEXT NOT NULL DEFAULT '';
ALTER TABLE backups ADD COLUMN audit_head_mac TEXT NOT NULL DEFAULT '';

-- Exports from now on also sign the chain head at export time (signature
-- version 2, keyed from the audit key); version 1 rows keep their old signature.
ALTER TABLE audit_exports ADD COLUMN head_seq INTEGER NOT NULL DEFAULT 0;
ALTER TABLE audit_exports ADD COLUMN head_link TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_exports ADD COLUMN signature_version INTEGER NOT NULL DEFAULT 1;
