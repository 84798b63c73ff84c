// The tamper-evident audit chain (SPEC §4, seed 003 附件1.七(一)): every
// security-relevant event and every data query is one row whose hash covers
// the previous row's hash and a canonical encoding of its own fields, so any
// edit, deletion or reordering breaks the chain from that row on.
#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace cp::server {

/// Who acted, from where: filled from the request's session and certificate.
struct AuditActor {
    std::optional<qint64> accountId;
    QString login;       // "" for an unknown certificate; "cli" for local commands
    QString certSerial;
    QString workstation; // peer address, plus the workstation name the client gave
};

struct AuditEvent {
    AuditActor actor;
    QString action;  // stable dotted code, e.g. "auth.login", "auth.password_change"
    QString target;  // what was acted on, e.g. "account:12"
    QString outcome; // "ok", "denied", "failed", ...
    QString detail;  // short JSON or text; never secrets
};

struct AuditEntry {
    qint64 seq = 0;
    QDateTime at;
    AuditEvent event;
    QString prevHash;
    QString hash;
};

struct AuditVerification {
    bool ok = true;
    qint64 entries = 0;
    qint64 firstBrokenSeq = 0; // 0 when ok
    QString reason;            // why that entry is broken
    QString headHash;          // hash of the last entry checked
};

class AuditLog {
public:
    static constexpr auto kGenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    /// Appends inside the caller's transaction (begun with BEGIN IMMEDIATE, so
    /// appends are serialised by the database). Returns the new entry's seq.
    static qint64 append(QSqlDatabase& db, const QDateTime& at, const AuditEvent& event);

    /// Recomputes the whole chain; reports the first entry that does not match.
    static AuditVerification verify(QSqlDatabase& db);

    /// The canonical encoding that is hashed (exposed for tests and auditors).
    static QByteArray canonical(const AuditEntry& e);
    static QString computeHash(const AuditEntry& e);
};

} // namespace cp::server
