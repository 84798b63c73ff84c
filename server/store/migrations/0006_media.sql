-- Storage-media register 存储介质登记 (SPEC §7; seed 004 §10–14, seed 000 §25,
-- seed 003 附件3.五(四)): every medium is registered with a classification level
-- and stored by level (分级存放) in a location allowed for that level, has one
-- custodian (专人管理), and every issue, return, replacement, wipe, repair,
-- destruction and carry-out is an event with operator, counter-signer and time.
-- There is no lend / sell / give-away transition (seed 004 §12).

-- Classification levels, lowest rank first. two_person_carry: carrying such a
-- medium outside needs a second person (seed 004 §13 "必要时实行双人外出制").
CREATE TABLE media_levels (
    code             TEXT PRIMARY KEY,
    name_zh          TEXT NOT NULL,
    level_rank       INTEGER NOT NULL UNIQUE,
    two_person_carry INTEGER NOT NULL DEFAULT 0 CHECK (two_person_carry IN (0, 1))
);
INSERT INTO media_levels (code, name_zh, level_rank, two_person_carry) VALUES ('general', '一般', 1, 0);
INSERT INTO media_levels (code, name_zh, level_rank, two_person_carry) VALUES ('internal', '内部', 2, 0);
INSERT INTO media_levels (code, name_zh, level_rank, two_person_carry) VALUES ('sensitive', '敏感', 3, 1);
INSERT INTO media_levels (code, name_zh, level_rank, two_person_carry) VALUES ('classified', '涉密', 4, 1);

-- Storage locations and the levels each may hold; the archivist manages them.
CREATE TABLE media_locations (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at  TEXT NOT NULL
);
CREATE TABLE media_location_levels (
    location_id INTEGER NOT NULL REFERENCES media_locations(id),
    level_code  TEXT NOT NULL REFERENCES media_levels(code),
    PRIMARY KEY (location_id, level_code)
);

INSERT INTO media_locations (id, code, name, description, created_at)
VALUES (1, 'ARCH-CAB', '档案室普通介质柜', '档案室内上锁的铁皮柜，存放一般及内部介质', '2026-01-01T00:00:00.000Z');
INSERT INTO media_locations (id, code, name, description, created_at)
VALUES (2, 'ARCH-SAFE', '档案室保密柜', '档案室内密码保密柜，存放内部及敏感介质', '2026-01-01T00:00:00.000Z');
INSERT INTO media_locations (id, code, name, description, created_at)
VALUES (3, 'SEC-SAFE', '机要室双锁保密柜', '机要室内双人双锁保密柜，存放敏感及涉密介质', '2026-01-01T00:00:00.000Z');
INSERT INTO media_locations (id, code, name, description, created_at)
VALUES (4, 'DC-CAB', '机房介质柜', '机房内上锁介质柜，存放备份磁带等一般及内部介质', '2026-01-01T00:00:00.000Z');
INSERT INTO media_location_levels (location_id, level_code) VALUES (1, 'general');
INSERT INTO media_location_levels (location_id, level_code) VALUES (1, 'internal');
INSERT INTO media_location_levels (location_id, level_code) VALUES (2, 'internal');
INSERT INTO media_location_levels (location_id, level_code) VALUES (2, 'sensitive');
INSERT INTO media_location_levels (location_id, level_code) VALUES (3, 'sensitive');
INSERT INTO media_location_levels (location_id, level_code) VALUES (3, 'classified');
INSERT INTO media_location_levels (location_id, level_code) VALUES (4, 'general');
INSERT INTO media_location_levels (location_id, level_code) VALUES (4, 'internal');

-- One registered medium (登记造册).
-- state: in_store → issued → in_store; in_store → carried_out → in_store;
-- in_store → in_repair → in_store (after a wipe); in_store|issued → retired
-- (replaced); in_store|retired → destroyed (after a wipe). No other moves.
CREATE TABLE media (
    id             INTEGER PRIMARY KEY,
    serial         TEXT NOT NULL UNIQUE,
    type           TEXT NOT NULL CHECK (type IN ('hard_disk', 'floppy_disk', 'usb_drive', 'optical_disc', 'tape', 'microfilm')),
    model          TEXT NOT NULL DEFAULT '',
    capacity       TEXT NOT NULL,
    level_code     TEXT NOT NULL REFERENCES media_levels(code),
    custodian_id   INTEGER NOT NULL REFERENCES accounts(id),
    location_id    INTEGER NOT NULL REFERENCES media_locations(id),
    state          TEXT NOT NULL CHECK (state IN ('in_store', 'issued', 'carried_out', 'in_repair', 'retired', 'destroyed')),
    holder_id      INTEGER REFERENCES accounts(id),   -- who has it while issued or carried out
    whereabouts    TEXT NOT NULL DEFAULT '',          -- destination / repairer while away
    due_back       TEXT,                              -- expected return of an approved carry-out
    wiped_event_id INTEGER,                           -- the wipe that proves it empty, until next use
    note           TEXT NOT NULL DEFAULT '',
    registered_by  INTEGER NOT NULL REFERENCES accounts(id),
    registered_at  TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX media_state ON media (state, level_code);
CREATE INDEX media_custodian ON media (custodian_id);

-- Carry-out applications, approved by a unit leader (seed 004 §13).
-- state: pending → approved → used | pending → rejected.
CREATE TABLE media_carry_requests (
    id               INTEGER PRIMARY KEY,
    medium_id        INTEGER NOT NULL REFERENCES media(id),
    state            TEXT NOT NULL CHECK (state IN ('pending', 'approved', 'rejected', 'used')),
    purpose          TEXT NOT NULL,
    destination      TEXT NOT NULL,
    carrier_id       INTEGER NOT NULL REFERENCES accounts(id),
    second_person_id INTEGER REFERENCES accounts(id),
    expected_return  TEXT NOT NULL,
    requested_by     INTEGER NOT NULL REFERENCES accounts(id),
    requested_at     TEXT NOT NULL,
    decided_by       INTEGER REFERENCES accounts(id),
    decided_at       TEXT,
    decision_note    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX media_carry_requests_medium ON media_carry_requests (medium_id, state);

-- The chain of custody: every event of a medium, in order, never changed.
CREATE TABLE media_events (
    id                INTEGER PRIMARY KEY,
    medium_id         INTEGER NOT NULL REFERENCES media(id),
    kind              TEXT NOT NULL CHECK (kind IN ('register', 'edit', 'issue', 'return', 'replace', 'wipe', 'repair',
                                                    'repair_return', 'destroy', 'carry_out', 'carry_back')),
    at                TEXT NOT NULL,
    state_before      TEXT NOT NULL DEFAULT '',
    state_after       TEXT NOT NULL,
    operator_id       INTEGER NOT NULL REFERENCES accounts(id),
    counter_signer_id INTEGER REFERENCES accounts(id),  -- NULL only for register / edit
    holder_id         INTEGER REFERENCES accounts(id),  -- issue: recipient; carry_out: carrier
    second_person_id  INTEGER REFERENCES accounts(id),  -- carry_out
    verifier_id       INTEGER REFERENCES accounts(id),  -- wipe
    witness1_id       INTEGER REFERENCES accounts(id),  -- destroy
    witness2_id       INTEGER REFERENCES accounts(id),
    request_id        INTEGER REFERENCES media_carry_requests(id),
    related_medium_id INTEGER REFERENCES media(id),     -- replace: the replacement / the one replaced
    method            TEXT NOT NULL DEFAULT '',         -- wipe / destruction method
    tool              TEXT NOT NULL DEFAULT '',
    place             TEXT NOT NULL DEFAULT '',         -- repairer, destination, place of destruction
    detail            TEXT NOT NULL DEFAULT '',         -- what changed (edit), free note
    workstation       TEXT NOT NULL DEFAULT '',
    audit_seq         INTEGER NOT NULL                  -- its entry in the audit chain
);
CREATE INDEX media_events_medium ON media_events (medium_id, id);
