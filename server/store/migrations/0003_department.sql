-- Department queries (SPEC §1–2; seed 000 §16–18; seed 003 附件1.六): query
-- purposes, B-class authorization requests, and report kinds.

-- The purposes a department user picks from (or states in free text).
CREATE TABLE query_purposes (
    code       TEXT PRIMARY KEY,
    name_zh    TEXT NOT NULL,
    sort_order INTEGER NOT NULL,
    active     INTEGER NOT NULL DEFAULT 1
);
INSERT INTO query_purposes (code, name_zh, sort_order) VALUES ('licensing', '行政审批', 10);
INSERT INTO query_purposes (code, name_zh, sort_order) VALUES ('supervision', '日常监管', 20);
INSERT INTO query_purposes (code, name_zh, sort_order) VALUES ('procurement', '政府采购', 30);
INSERT INTO query_purposes (code, name_zh, sort_order) VALUES ('subsidy', '财政资金补助', 40);
INSERT INTO query_purposes (code, name_zh, sort_order) VALUES ('award', '评优评先', 50);
INSERT INTO query_purposes (code, name_zh, sort_order) VALUES ('recruitment', '招录聘用', 60);
INSERT INTO query_purposes (code, name_zh, sort_order) VALUES ('joint_sanction', '联合奖惩', 70);

-- B-class (授权查询) access for a department user to one subject (seed 000 §18).
CREATE TABLE b_authorizations (
    id                INTEGER PRIMARY KEY,
    subject_id        INTEGER NOT NULL REFERENCES subjects(id),
    requester_id      INTEGER NOT NULL REFERENCES accounts(id),
    purpose           TEXT NOT NULL,
    legal_basis       TEXT NOT NULL,
    requested_from    TEXT NOT NULL,
    requested_until   TEXT NOT NULL,
    status            TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
    decided_by        INTEGER REFERENCES accounts(id),
    decided_at        TEXT,
    decision_reason   TEXT,
    created_at        TEXT NOT NULL
);
CREATE INDEX b_authorizations_requester ON b_authorizations (requester_id, subject_id, status);
CREATE INDEX b_authorizations_status ON b_authorizations (status, created_at);

-- Reports are issued at the window and exported by departments alike.
ALTER TABLE reports ADD COLUMN kind TEXT NOT NULL DEFAULT 'walkin';
