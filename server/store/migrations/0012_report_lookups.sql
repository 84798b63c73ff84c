-- Failed look-ups of numbered documents, one row each (attack review, issue 11,
-- finding 1): a verification with a wrong code or an unknown number, a read or
-- hand-over of an unknown number or of a document of another kind. Counted per
-- account over the last hour of the server clock (server/domain/ReportDisclosure);
-- kept in the database so the limit holds across worker threads and restarts.
-- Rows older than the hour are removed when the account fails again; the audit
-- chain keeps the permanent trail.
CREATE TABLE report_lookup_failures (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id),
    failed_at  TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('mismatch', 'unknown', 'forbidden'))
);
CREATE INDEX report_lookup_failures_account ON report_lookup_failures (account_id, failed_at);
