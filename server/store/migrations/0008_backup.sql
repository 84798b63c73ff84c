-- Backups 备份 (seed 002 §18: full backup at least weekly, restorable, tested)
-- and signed audit exports 审计报告 (SPEC §4; seed 004 附件3).

-- One row per backup run. The file lives in the configured backup directory;
-- its SHA-256 is recorded so a later verification or restore can detect a
-- changed or damaged file. Rows stay when retention removes the file.
CREATE TABLE backups (
    id             INTEGER PRIMARY KEY,
    file_name      TEXT NOT NULL UNIQUE,
    kind           TEXT NOT NULL CHECK (kind IN ('manual', 'scheduled')),
    status         TEXT NOT NULL CHECK (status IN ('ok', 'failed', 'pruned')),
    started_at     TEXT NOT NULL,
    finished_at    TEXT NOT NULL,
    size_bytes     INTEGER NOT NULL DEFAULT 0,
    sha256         TEXT NOT NULL DEFAULT '',
    audit_head_seq INTEGER NOT NULL DEFAULT 0,
    requested_by   TEXT NOT NULL,
    verified_at    TEXT,
    verify_result  TEXT NOT NULL DEFAULT '',
    verify_detail  TEXT NOT NULL DEFAULT '',
    error          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX backups_started ON backups (started_at);

-- Each audit export: numbered, its CSV hashed and signed (HMAC-SHA256 with a
-- server key), so a copy handed to an inspector can be checked later.
CREATE TABLE audit_exports (
    id           INTEGER PRIMARY KEY,
    number       TEXT NOT NULL UNIQUE,
    exported_at  TEXT NOT NULL,
    exported_by  INTEGER NOT NULL REFERENCES accounts(id),
    filter_json  TEXT NOT NULL,
    entries      INTEGER NOT NULL,
    first_seq    INTEGER NOT NULL,
    last_seq     INTEGER NOT NULL,
    chain_ok     INTEGER NOT NULL,
    sha256       TEXT NOT NULL,
    signature    TEXT NOT NULL
);
