-- Attack review (issue 11) finding 3: the system administrator could take over the
-- security administrator and the auditor.
--
-- Two-person control: a password reset or a certificate binding of an administrator's
-- account is only a request until another administrator (of another of the three posts,
-- neither the requester nor the account's holder) confirms it (seed 004 附件2 §3, §10, §15:
-- request, approval by the one responsible, then the change, all recorded).
CREATE TABLE admin_requests (
    id                INTEGER PRIMARY KEY,
    kind              TEXT NOT NULL CHECK (kind IN ('password_reset', 'certificate_bind')),
    target_account_id INTEGER NOT NULL REFERENCES accounts(id),
    requested_by      INTEGER NOT NULL REFERENCES accounts(id),
    requested_at      TEXT NOT NULL,
    expires_at        TEXT NOT NULL,
    certificate_file  TEXT,               -- certificate_bind: base64 of the uploaded file (public part only)
    status            TEXT NOT NULL DEFAULT 'pending'
                      CHECK (status IN ('pending', 'confirmed', 'rejected')),
    decided_by        INTEGER REFERENCES accounts(id),
    decided_at        TEXT,
    decision_note     TEXT
);
CREATE INDEX admin_requests_target ON admin_requests (target_account_id, status);

-- A password reset creates no password anyone sees: the holder chooses the new one at the
-- next login, from a certificate bound to the account, until pending_until.
CREATE TABLE password_resets (
    account_id    INTEGER PRIMARY KEY REFERENCES accounts(id),
    reset_at      TEXT NOT NULL,
    pending_until TEXT NOT NULL
);
