-- Disputes 异议处理 (SPEC §5; seed 003 附件2): cases and their disputed records,
-- the materials handed in at the window, the "申请人存疑" marks and their
-- revocations, and the permanent history of corrected or deleted records.
-- The dispute log itself is the audit chain (附件2.八(一)).

-- One dispute application, accepted at the window (附件2.四).
-- state: accepted → verified → result_submitted → approved → delivered;
-- an approver may return a submitted result to verified.
CREATE TABLE dispute_cases (
    id                      INTEGER PRIMARY KEY,
    number                  TEXT NOT NULL UNIQUE,              -- "YY20260924-0001"
    subject_id              INTEGER NOT NULL REFERENCES subjects(id),
    state                   TEXT NOT NULL CHECK (state IN ('accepted', 'verified', 'result_submitted', 'approved', 'delivered')),
    reason                  TEXT NOT NULL,
    applicant_name          TEXT NOT NULL,
    applicant_id_type       TEXT NOT NULL,
    applicant_id_number     TEXT NOT NULL,
    applicant_phone         TEXT NOT NULL DEFAULT '',
    workstation             TEXT NOT NULL DEFAULT '',
    accepted_by             INTEGER NOT NULL REFERENCES accounts(id),
    accepted_at             TEXT NOT NULL,
    due_date                TEXT NOT NULL,                     -- acceptance date + 30 calendar days (附件2.三)
    extended_due_date       TEXT,                              -- + at most 15 working days, once
    extension_reason        TEXT,
    extension_approved_by   INTEGER REFERENCES accounts(id),
    verification_department TEXT,
    verification_note       TEXT,
    verification_date       TEXT,
    verified_by             INTEGER REFERENCES accounts(id),
    verified_at             TEXT,
    result_text             TEXT,
    result_by               INTEGER REFERENCES accounts(id),
    result_at               TEXT,
    return_reason           TEXT,                              -- last time an approver sent the result back
    approved_by             INTEGER REFERENCES accounts(id),
    approved_at             TEXT,
    approval_note           TEXT,
    delivered_to            TEXT,
    delivered_by            INTEGER REFERENCES accounts(id),
    delivered_at            TEXT,
    free_reprint            TEXT NOT NULL DEFAULT 'none' CHECK (free_reprint IN ('none', 'available', 'used')),
    receipt_number          TEXT,                              -- reports.number of the 受理回执
    result_report_number    TEXT,                              -- reports.number of the 异议处理结果报告
    reprint_report_number   TEXT
);
CREATE INDEX dispute_cases_state ON dispute_cases (state, due_date);
CREATE INDEX dispute_cases_subject ON dispute_cases (subject_id);

-- The records a case disputes, and the outcome decided for each.
CREATE TABLE dispute_records (
    case_id     INTEGER NOT NULL REFERENCES dispute_cases(id),
    record_id   INTEGER NOT NULL REFERENCES credit_records(id),
    outcome     TEXT CHECK (outcome IN ('corrected', 'deleted', 'upheld')),  -- NULL until the result is written
    new_title   TEXT,
    new_content TEXT,
    PRIMARY KEY (case_id, record_id)
);
CREATE INDEX dispute_records_record ON dispute_records (record_id);

-- "申请人存疑" (附件2.六(三)–(五)) and its revocation (附件2.七), one record each.
-- state: accepted → set → revocation_accepted → revoked; a set mark expires by
-- itself at mark_until (shown as "expired", never stored).
CREATE TABLE dispute_marks (
    id                         INTEGER PRIMARY KEY,
    number                     TEXT NOT NULL UNIQUE,           -- "BZ20261013-0001"
    case_id                    INTEGER NOT NULL REFERENCES dispute_cases(id),
    record_id                  INTEGER NOT NULL REFERENCES credit_records(id),
    state                      TEXT NOT NULL CHECK (state IN ('accepted', 'set', 'revocation_accepted', 'revoked')),
    reason                     TEXT NOT NULL,
    applicant_name             TEXT NOT NULL,
    applicant_id_type          TEXT NOT NULL,
    applicant_id_number        TEXT NOT NULL,
    accepted_by                INTEGER NOT NULL REFERENCES accounts(id),
    accepted_at                TEXT NOT NULL,
    due_date                   TEXT NOT NULL,                  -- 7 working days (附件2.三)
    receipt_number             TEXT,
    set_by                     INTEGER REFERENCES accounts(id),
    set_at                     TEXT,
    mark_until                 TEXT,                           -- set date + 30 days (附件2.六(五))
    revocation_reason          TEXT,
    revocation_applicant_name  TEXT,
    revocation_accepted_by     INTEGER REFERENCES accounts(id),
    revocation_accepted_at     TEXT,
    revocation_due_date        TEXT,                           -- 5 working days (附件2.七(三))
    revocation_receipt_number  TEXT,
    revoked_by                 INTEGER REFERENCES accounts(id),
    revoked_at                 TEXT
);
CREATE INDEX dispute_marks_case ON dispute_marks (case_id);
CREATE INDEX dispute_marks_record ON dispute_marks (record_id, state);
CREATE INDEX dispute_marks_state ON dispute_marks (state, due_date);

-- Identity documents, application forms and evidence; stored whole or not at all.
CREATE TABLE dispute_materials (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES dispute_cases(id),
    mark_id     INTEGER REFERENCES dispute_marks(id),
    stage       TEXT NOT NULL CHECK (stage IN ('dispute', 'mark', 'revocation')),
    kind        TEXT NOT NULL CHECK (kind IN ('id_copy', 'org_code_copy', 'agency_letter', 'application_form', 'evidence')),
    file_name   TEXT NOT NULL,
    mime_type   TEXT NOT NULL CHECK (mime_type IN ('image/jpeg', 'image/png', 'application/pdf')),
    size_bytes  INTEGER NOT NULL,
    sha256      TEXT NOT NULL,
    content     BLOB,
    uploaded_by INTEGER NOT NULL REFERENCES accounts(id),
    uploaded_at TEXT NOT NULL
);
CREATE INDEX dispute_materials_case ON dispute_materials (case_id);

-- The version of a record before a dispute corrected or deleted it (附件2.五(二)).
CREATE TABLE credit_record_history (
    id                  INTEGER PRIMARY KEY,
    record_id           INTEGER NOT NULL REFERENCES credit_records(id),
    case_id             INTEGER REFERENCES dispute_cases(id),
    change_kind         TEXT NOT NULL CHECK (change_kind IN ('corrected', 'deleted')),
    title               TEXT NOT NULL,
    content             TEXT NOT NULL,
    provider_department TEXT NOT NULL,
    document_number     TEXT NOT NULL,
    decision_date       TEXT NOT NULL,
    valid_until         TEXT,
    open_class          TEXT NOT NULL,
    status              TEXT NOT NULL,
    changed_by          INTEGER NOT NULL REFERENCES accounts(id),
    changed_at          TEXT NOT NULL
);
CREATE INDEX credit_record_history_record ON credit_record_history (record_id, changed_at);

-- Defence in depth on SQLite, as for audit_log: old versions are never edited.
CREATE TRIGGER credit_record_history_no_update BEFORE UPDATE ON credit_record_history
BEGIN
    SELECT RAISE(ABORT, 'credit_record_history is append-only');
END;
CREATE TRIGGER credit_record_history_no_delete BEFORE DELETE ON credit_record_history
BEGIN
    SELECT RAISE(ABORT, 'credit_record_history is append-only');
END;
