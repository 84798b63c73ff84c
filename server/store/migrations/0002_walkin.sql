-- Walk-in queries (SPEC §2–4; seed 003 附件1): regions, subjects, credit
-- records, authorization letters, applications and their materials, reports,
-- archive entries, and the working-day calendar.

INSERT INTO regions (code, name, parent_code, level) VALUES ('360000', '江西省', NULL, 'province');
INSERT INTO regions (code, name, parent_code, level) VALUES ('360200', '景德镇市', '360000', 'city');
INSERT INTO regions (code, name, parent_code, level) VALUES ('360202', '昌江区', '360200', 'county');
INSERT INTO regions (code, name, parent_code, level) VALUES ('360203', '珠山区', '360200', 'county');
INSERT INTO regions (code, name, parent_code, level) VALUES ('360222', '浮梁县', '360200', 'county');
INSERT INTO regions (code, name, parent_code, level) VALUES ('360281', '乐平市', '360200', 'county');

-- Natural persons (citizen ID) and legal persons / organisations (USCC).
-- No religion, genes, blood type or illness field exists anywhere (seed 000 §27).
CREATE TABLE subjects (
    id                   INTEGER PRIMARY KEY,
    kind                 TEXT NOT NULL CHECK (kind IN ('natural', 'legal')),
    id_number            TEXT NOT NULL UNIQUE,
    name                 TEXT NOT NULL,
    legal_representative TEXT NOT NULL DEFAULT '',
    region_code          TEXT NOT NULL REFERENCES regions(code),
    created_at           TEXT NOT NULL
);
CREATE INDEX subjects_name ON subjects (name);
CREATE INDEX subjects_region ON subjects (region_code);

-- Reference table, not an enum in code: the credit centre adds categories.
CREATE TABLE credit_categories (
    code       TEXT PRIMARY KEY,
    name_zh    TEXT NOT NULL,
    sort_order INTEGER NOT NULL
);
INSERT INTO credit_categories (code, name_zh, sort_order) VALUES ('admin_license', '行政许可', 10);
INSERT INTO credit_categories (code, name_zh, sort_order) VALUES ('admin_penalty', '行政处罚', 20);
INSERT INTO credit_categories (code, name_zh, sort_order) VALUES ('red_list', '红名单', 30);
INSERT INTO credit_categories (code, name_zh, sort_order) VALUES ('black_list', '黑名单/严重失信', 40);
INSERT INTO credit_categories (code, name_zh, sort_order) VALUES ('court_enforcement', '被执行人', 50);
INSERT INTO credit_categories (code, name_zh, sort_order) VALUES ('tax_arrears', '欠税', 60);
INSERT INTO credit_categories (code, name_zh, sort_order) VALUES ('honor', '荣誉表彰', 70);
INSERT INTO credit_categories (code, name_zh, sort_order) VALUES ('social_security', '社会保险缴费', 80);

-- open_class: A 社会开放, B 授权查询, C 政府内部应用 (seed 003 附件1.一).
-- dispute_state 'in_progress' = "异议正在处理": suspended, never usable in a report.
-- applicant_mark_*: "申请人存疑" with its reason, shown until applicant_mark_until.
CREATE TABLE credit_records (
    id                    INTEGER PRIMARY KEY,
    subject_id            INTEGER NOT NULL REFERENCES subjects(id),
    category_code         TEXT NOT NULL REFERENCES credit_categories(code),
    title                 TEXT NOT NULL,
    content               TEXT NOT NULL,
    provider_department   TEXT NOT NULL,
    document_number       TEXT NOT NULL DEFAULT '',
    decision_date         TEXT NOT NULL,
    valid_until           TEXT,
    open_class            TEXT NOT NULL CHECK (open_class IN ('A', 'B', 'C')),
    region_code           TEXT NOT NULL REFERENCES regions(code),
    status                TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'deleted')),
    dispute_state         TEXT NOT NULL DEFAULT 'none' CHECK (dispute_state IN ('none', 'in_progress')),
    applicant_mark_reason TEXT,
    applicant_mark_until  TEXT,
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL
);
CREATE INDEX credit_records_subject ON credit_records (subject_id, open_class);
CREATE INDEX credit_records_region ON credit_records (region_code, open_class);

-- 授权委托书: first-class records (seed 003 附件1.五(二)).
CREATE TABLE authorization_letters (
    id                   INTEGER PRIMARY KEY,
    subject_kind         TEXT NOT NULL CHECK (subject_kind IN ('natural', 'legal')),
    subject_id_number    TEXT NOT NULL,                     -- the authorizer (queried subject)
    subject_id           INTEGER REFERENCES subjects(id),   -- NULL when the subject is unknown
    authorized_name      TEXT NOT NULL,
    authorized_id_type   TEXT NOT NULL CHECK (authorized_id_type IN ('citizen_id', 'passport', 'hk_macao_permit', 'taiwan_permit', 'foreign_permanent')),
    authorized_id_number TEXT NOT NULL,
    matters              TEXT NOT NULL,
    valid_from           TEXT NOT NULL,  -- date, inclusive
    valid_until          TEXT NOT NULL,  -- date, inclusive
    classes              TEXT NOT NULL,  -- e.g. 'A,B'
    categories           TEXT NOT NULL DEFAULT '',  -- '' = all categories
    purpose              TEXT NOT NULL,
    certification        TEXT NOT NULL CHECK (certification IN ('notarized', 'sealed')),
    certification_detail TEXT NOT NULL,
    recorded_by          INTEGER NOT NULL REFERENCES accounts(id),
    recorded_at          TEXT NOT NULL
);
CREATE INDEX authorization_letters_subject ON authorization_letters (subject_id);

CREATE TABLE walkin_applications (
    id                    INTEGER PRIMARY KEY,
    number                TEXT NOT NULL UNIQUE,
    kind                  TEXT NOT NULL CHECK (kind IN ('self', 'other')),
    subject_kind          TEXT NOT NULL CHECK (subject_kind IN ('natural', 'legal')),
    subject_id_number     TEXT NOT NULL,
    subject_id            INTEGER REFERENCES subjects(id),
    applicant_name        TEXT NOT NULL,
    applicant_id_type     TEXT NOT NULL,
    applicant_id_number   TEXT NOT NULL,
    applicant_phone       TEXT NOT NULL DEFAULT '',
    letter_id             INTEGER REFERENCES authorization_letters(id),
    purpose               TEXT NOT NULL,
    requested_classes     TEXT NOT NULL,
    oral                  INTEGER NOT NULL DEFAULT 0,
    workstation           TEXT NOT NULL DEFAULT '',
    clerk_id              INTEGER NOT NULL REFERENCES accounts(id),
    status                TEXT NOT NULL CHECK (status IN ('registered', 'answered', 'refused', 'pending')),
    refusal_code          TEXT,
    refusal_note          TEXT,
    due_date              TEXT,
    extended_due_date     TEXT,
    extension_reason      TEXT,
    extension_approved_by INTEGER REFERENCES accounts(id),
    created_at            TEXT NOT NULL,
    decided_at            TEXT
);
CREATE INDEX walkin_applications_status ON walkin_applications (status, due_date);
CREATE INDEX walkin_applications_subject ON walkin_applications (subject_id);

-- Scanned materials; the database file is encrypted, so are they.
CREATE TABLE application_materials (
    id             INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES walkin_applications(id),
    kind           TEXT NOT NULL CHECK (kind IN ('id_copy', 'org_code_copy', 'agency_letter', 'authorization_letter', 'other')),
    file_name      TEXT NOT NULL,
    mime_type      TEXT NOT NULL CHECK (mime_type IN ('image/jpeg', 'image/png', 'application/pdf')),
    size_bytes     INTEGER NOT NULL,
    sha256         TEXT NOT NULL,
    content        BLOB,
    uploaded_by    INTEGER NOT NULL REFERENCES accounts(id),
    uploaded_at    TEXT NOT NULL
);
CREATE INDEX application_materials_application ON application_materials (application_id);

CREATE TABLE reports (
    id                INTEGER PRIMARY KEY,
    number            TEXT NOT NULL UNIQUE,
    application_id    INTEGER REFERENCES walkin_applications(id),
    subject_id        INTEGER NOT NULL REFERENCES subjects(id),
    issued_at         TEXT NOT NULL,
    issued_by         INTEGER NOT NULL REFERENCES accounts(id),
    workstation       TEXT NOT NULL DEFAULT '',
    content_json      TEXT NOT NULL,
    content_hash      TEXT NOT NULL,
    verification_code TEXT NOT NULL,
    handed_to         TEXT,
    handed_at         TEXT,
    handover_by       INTEGER REFERENCES accounts(id)
);
CREATE INDEX reports_subject ON reports (subject_id);

-- Same-day archive entries (seed 003 附件1.七); the archive room builds on them.
CREATE TABLE archive_items (
    id          INTEGER PRIMARY KEY,
    source_kind TEXT NOT NULL CHECK (source_kind IN ('walkin', 'dispute')),
    source_id   INTEGER NOT NULL,
    title       TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'unfiled'
);
CREATE UNIQUE INDEX archive_items_source ON archive_items (source_kind, source_id);

-- Holidays and adjusted working days (调休); official years are loaded from
-- the shared calendar at start-up, an admin edits future years.
CREATE TABLE calendar_days (
    day    TEXT PRIMARY KEY,  -- yyyy-MM-dd
    kind   TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
    source TEXT NOT NULL CHECK (source IN ('official', 'admin'))
);

CREATE INDEX audit_log_target ON audit_log (target, at);
