-- cp:foreign_keys=off
-- Archives 档案 (SPEC §6; seed 003 附件1.七, 附件2.八; seed 004 §25–31): the
-- items the window files the same day, volumes and their places, loans with
-- approval, check-out, renewal and return, the destruction register, and the
-- append-only history of every step. Two tables are rebuilt (SQLite 3.15 has
-- no DROP/ALTER COLUMN): archive_items gains its filing columns and the kind
-- "destruction" (the destruction list is itself archived, 004 §30), and
-- reports.subject_id becomes nullable (loan slips and destruction lists are
-- numbered, signed documents about no credit subject).

-- Retention per category (附件1.七(二), 附件2.八(二): five years); NULL = permanent.
CREATE TABLE archive_retention (
    source_kind TEXT PRIMARY KEY,
    years       INTEGER CHECK (years IS NULL OR years BETWEEN 1 AND 100),
    note        TEXT NOT NULL DEFAULT ''
);
INSERT INTO archive_retention (source_kind, years, note) VALUES ('walkin', 5, '现场查询申请材料，保管期限五年（附件1.七(二)）');
INSERT INTO archive_retention (source_kind, years, note) VALUES ('dispute', 5, '异议申请材料，保管期限5年（附件2.八(二)）');
INSERT INTO archive_retention (source_kind, years, note) VALUES ('destruction', NULL, '销毁清册与销毁记录一并存档（第三十条）');

-- 卷: a volume at its place in the dedicated cabinet (附件1.七(三)).
CREATE TABLE archive_volumes (
    id         INTEGER PRIMARY KEY,
    number     TEXT NOT NULL UNIQUE,
    room       TEXT NOT NULL,
    cabinet    TEXT NOT NULL,
    shelf      TEXT NOT NULL,
    created_by INTEGER NOT NULL REFERENCES accounts(id),
    created_at TEXT NOT NULL
);

-- The destruction register 销毁清册 (004 §30): proposed → checked → approved → destroyed,
-- or rejected. Kept for good: never deleted, never changed once destroyed.
CREATE TABLE archive_destructions (
    id            INTEGER PRIMARY KEY,
    number        TEXT NOT NULL UNIQUE,                 -- "XH20311201-0001"
    state         TEXT NOT NULL CHECK (state IN ('proposed', 'checked', 'approved', 'rejected', 'destroyed')),
    reason        TEXT NOT NULL,
    proposed_by   INTEGER NOT NULL REFERENCES accounts(id),
    proposed_at   TEXT NOT NULL,
    checker_id    INTEGER NOT NULL REFERENCES accounts(id), -- the named person who counts and checks
    checked_at    TEXT,
    counted       INTEGER,
    check_note    TEXT,
    approver_id   INTEGER REFERENCES accounts(id),
    decided_at    TEXT,
    decision_note TEXT,
    executed_by   INTEGER REFERENCES accounts(id),
    executed_at   TEXT,
    place         TEXT,
    method        TEXT,
    performers    TEXT,
    problems      TEXT,
    list_number   TEXT                                  -- reports.number of the signed 销毁清册
);
CREATE INDEX archive_destructions_state ON archive_destructions (state, proposed_at);
CREATE TRIGGER archive_destructions_no_delete BEFORE DELETE ON archive_destructions
BEGIN
    SELECT RAISE(ABORT, 'archive_destructions is kept permanently');
END;
CREATE TRIGGER archive_destructions_final BEFORE UPDATE ON archive_destructions
WHEN OLD.state IN ('destroyed', 'rejected')
BEGIN
    SELECT RAISE(ABORT, 'a closed destruction register is not changed');
END;

CREATE TABLE archive_items_rebuilt (
    id              INTEGER PRIMARY KEY,
    source_kind     TEXT NOT NULL CHECK (source_kind IN ('walkin', 'dispute', 'destruction')),
    source_id       INTEGER NOT NULL,
    title           TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'unfiled' CHECK (status IN ('unfiled', 'filed', 'destroyed')),
    volume_id       INTEGER REFERENCES archive_volumes(id),
    filed_by        INTEGER REFERENCES accounts(id),
    filed_at        TEXT,
    retention_until TEXT,                                  -- NULL while unfiled or kept permanently
    destruction_id  INTEGER REFERENCES archive_destructions(id),
    destroyed_at    TEXT
);
INSERT INTO archive_items_rebuilt (id, source_kind, source_id, title, created_at, status)
    SELECT id, source_kind, source_id, title, created_at, status FROM archive_items;
DROP TABLE archive_items;
ALTER TABLE archive_items_rebuilt RENAME TO archive_items;
CREATE UNIQUE INDEX archive_items_source ON archive_items (source_kind, source_id);
CREATE INDEX archive_items_status ON archive_items (status, created_at);
CREATE INDEX archive_items_retention ON archive_items (status, retention_until);

CREATE TABLE archive_destruction_items (
    destruction_id INTEGER NOT NULL REFERENCES archive_destructions(id),
    item_id        INTEGER NOT NULL REFERENCES archive_items(id),
    PRIMARY KEY (destruction_id, item_id)
);
CREATE INDEX archive_destruction_items_item ON archive_destruction_items (item_id);

-- Loans 借阅 (004 §28–29): requested → approved → checked_out → returned; a take-out
-- loan waits for an approver; rejected and cancelled close a loan that never left.
CREATE TABLE archive_loans (
    id               INTEGER PRIMARY KEY,
    number           TEXT NOT NULL UNIQUE,              -- "JY20261201-0001"
    borrower_id      INTEGER NOT NULL REFERENCES accounts(id),
    mode             TEXT NOT NULL CHECK (mode IN ('on_site', 'take_out')),
    purpose          TEXT NOT NULL,
    requested_return TEXT NOT NULL,
    state            TEXT NOT NULL CHECK (state IN ('requested', 'approved', 'rejected', 'cancelled', 'checked_out', 'returned')),
    requested_by     INTEGER NOT NULL REFERENCES accounts(id),
    requested_at     TEXT NOT NULL,
    approver_id      INTEGER REFERENCES accounts(id),
    decided_at       TEXT,
    decision_note    TEXT,
    checked_out_by   INTEGER REFERENCES accounts(id),
    checked_out_at   TEXT,
    due_date         TEXT,
    renewals         INTEGER NOT NULL DEFAULT 0,
    returned_by      INTEGER REFERENCES accounts(id),
    returned_at      TEXT,
    return_note      TEXT,
    slip_number      TEXT                               -- reports.number of the signed 借阅登记单
);
CREATE INDEX archive_loans_state ON archive_loans (state, due_date);
CREATE INDEX archive_loans_borrower ON archive_loans (borrower_id, requested_at);

CREATE TABLE archive_loan_items (
    loan_id          INTEGER NOT NULL REFERENCES archive_loans(id),
    item_id          INTEGER NOT NULL REFERENCES archive_items(id),
    return_condition TEXT CHECK (return_condition IN ('intact', 'damaged', 'incomplete')),
    condition_note   TEXT,
    PRIMARY KEY (loan_id, item_id)
);
CREATE INDEX archive_loan_items_item ON archive_loan_items (item_id);

-- Every step on an item, in order: the per-item and per-person history screens.
CREATE TABLE archive_events (
    id             INTEGER PRIMARY KEY,
    item_id        INTEGER REFERENCES archive_items(id),
    loan_id        INTEGER REFERENCES archive_loans(id),
    destruction_id INTEGER REFERENCES archive_destructions(id),
    action         TEXT NOT NULL,
    actor_id       INTEGER NOT NULL REFERENCES accounts(id),
    person_id      INTEGER REFERENCES accounts(id),   -- the borrower or checker concerned, if any
    at             TEXT NOT NULL,
    detail         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX archive_events_item ON archive_events (item_id, id);
CREATE INDEX archive_events_actor ON archive_events (actor_id, id);
CREATE INDEX archive_events_person ON archive_events (person_id, id);
CREATE TRIGGER archive_events_no_update BEFORE UPDATE ON archive_events
BEGIN
    SELECT RAISE(ABORT, 'archive_events is append-only');
END;
CREATE TRIGGER archive_events_no_delete BEFORE DELETE ON archive_events
BEGIN
    SELECT RAISE(ABORT, 'archive_events is append-only');
END;

-- Destroyed items keep their metadata; the stored bytes are erased (content NULL).
ALTER TABLE application_materials ADD COLUMN erased_at TEXT;
ALTER TABLE dispute_materials ADD COLUMN erased_at TEXT;

CREATE TABLE reports_rebuilt (
    id                INTEGER PRIMARY KEY,
    number            TEXT NOT NULL UNIQUE,
    application_id    INTEGER REFERENCES walkin_applications(id),
    subject_id        INTEGER REFERENCES subjects(id),     -- NULL for archive documents
    issued_at         TEXT NOT NULL,
    issued_by         INTEGER NOT NULL REFERENCES accounts(id),
    workstation       TEXT NOT NULL DEFAULT '',
    content_json      TEXT NOT NULL,
    content_hash      TEXT NOT NULL,
    verification_code TEXT NOT NULL,
    handed_to         TEXT,
    handed_at         TEXT,
    handover_by       INTEGER REFERENCES accounts(id),
    kind              TEXT NOT NULL DEFAULT 'walkin'
);
INSERT INTO reports_rebuilt (id, number, application_id, subject_id, issued_at, issued_by, workstation, content_json,
                             content_hash, verification_code, handed_to, handed_at, handover_by, kind)
    SELECT id, number, application_id, subject_id, issued_at, issued_by, workstation, content_json,
           content_hash, verification_code, handed_to, handed_at, handover_by, kind FROM reports;
DROP TABLE reports;
ALTER TABLE reports_rebuilt RENAME TO reports;
CREATE INDEX reports_subject ON reports (subject_id);
