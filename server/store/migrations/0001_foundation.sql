-- Foundation: accounts, roles, certificates, sessions, settings, audit chain.
-- SQL kept to what SQLite 3.15 (SQLCipher 3.4.1) and PostgreSQL both run;
-- times are ISO 8601 UTC text with milliseconds, so they sort as text.

CREATE TABLE regions (
    code        TEXT PRIMARY KEY,         -- 6-digit administrative division code
    name        TEXT NOT NULL,
    parent_code TEXT REFERENCES regions(code),
    level       TEXT NOT NULL CHECK (level IN ('province', 'city', 'county'))
);

CREATE TABLE roles (
    code    TEXT PRIMARY KEY,
    name_zh TEXT NOT NULL
);

INSERT INTO roles (code, name_zh) VALUES ('clerk', '窗口受理员');
INSERT INTO roles (code, name_zh) VALUES ('department', '部门查询用户');
INSERT INTO roles (code, name_zh) VALUES ('officer', '信用中心核查员');
INSERT INTO roles (code, name_zh) VALUES ('archivist', '档案管理员');
INSERT INTO roles (code, name_zh) VALUES ('approver', '审批领导');
INSERT INTO roles (code, name_zh) VALUES ('sysadmin', '系统管理员');
INSERT INTO roles (code, name_zh) VALUES ('secadmin', '安全管理员');
INSERT INTO roles (code, name_zh) VALUES ('auditor', '安全审计员');

-- One real-name account per person (seed 004 §19): id_number is unique.
CREATE TABLE accounts (
    id                   INTEGER PRIMARY KEY,
    login                TEXT NOT NULL UNIQUE,
    full_name            TEXT NOT NULL,
    id_number            TEXT UNIQUE,
    unit                 TEXT NOT NULL DEFAULT '',
    position             TEXT NOT NULL DEFAULT '',
    phone                TEXT NOT NULL DEFAULT '',
    region_code          TEXT NOT NULL,
    status               TEXT NOT NULL DEFAULT 'active'
                         CHECK (status IN ('active', 'disabled', 'deregistered')),
    password_hash        TEXT NOT NULL,
    password_changed_at  TEXT NOT NULL,
    must_change_password INTEGER NOT NULL DEFAULT 1,
    failed_attempts      INTEGER NOT NULL DEFAULT 0,
    locked_until         TEXT,
    last_login_at        TEXT,
    created_at           TEXT NOT NULL
);

CREATE TABLE account_roles (
    account_id INTEGER NOT NULL REFERENCES accounts(id),
    role_code  TEXT NOT NULL REFERENCES roles(code),
    granted_at TEXT NOT NULL,
    PRIMARY KEY (account_id, role_code)
);

-- A client certificate is bound to exactly one account.
CREATE TABLE certificates (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER NOT NULL REFERENCES accounts(id),
    fingerprint TEXT NOT NULL UNIQUE,  -- SHA-256 of the DER encoding, lowercase hex
    serial      TEXT NOT NULL,
    issuer      TEXT NOT NULL,
    subject     TEXT NOT NULL,
    not_before  TEXT NOT NULL,
    not_after   TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'revoked')),
    bound_at    TEXT NOT NULL,
    revoked_at  TEXT
);
CREATE INDEX certificates_account ON certificates (account_id);

-- Session tokens are stored hashed and bound to the certificate that made them.
CREATE TABLE sessions (
    id               INTEGER PRIMARY KEY,
    token_hash       TEXT NOT NULL UNIQUE,
    account_id       INTEGER NOT NULL REFERENCES accounts(id),
    cert_fingerprint TEXT NOT NULL,
    workstation      TEXT NOT NULL DEFAULT '',
    peer_address     TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    last_seen_at     TEXT NOT NULL,
    ended_at         TEXT,
    end_reason       TEXT
);
CREATE INDEX sessions_account ON sessions (account_id);

CREATE TABLE settings (
    name       TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Append-only, hash-chained audit log (SPEC §4). No code path updates or
-- deletes a row; verify-audit recomputes the chain.
CREATE TABLE audit_log (
    seq           INTEGER PRIMARY KEY,
    at            TEXT NOT NULL,
    account_id    INTEGER,
    account_login TEXT NOT NULL DEFAULT '',
    cert_serial   TEXT NOT NULL DEFAULT '',
    workstation   TEXT NOT NULL DEFAULT '',
    action        TEXT NOT NULL,
    target        TEXT NOT NULL DEFAULT '',
    outcome       TEXT NOT NULL,
    detail        TEXT NOT NULL DEFAULT '',
    prev_hash     TEXT NOT NULL,
    hash          TEXT NOT NULL
);
CREATE INDEX audit_log_account ON audit_log (account_id, at);
CREATE INDEX audit_log_action ON audit_log (action, at);

-- Defence in depth on SQLite: the database itself refuses to edit or delete audit rows.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
