#include "domain/audit/AuditLog.h"

#include "Protocol.h"
#include "domain/Sql.h"
#include "domain/audit/AuditKey.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace cp::server {
namespace {

// Length-prefixed fields: no separator inside a value can shift a boundary.
void field(QByteArray& out, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    out += QByteArray::number(utf8.size());
    out += ':';
    out += utf8;
    out += ';';
}

QString optionalId(const std::optional<qint64>& id)
{
    return id ? QString::number(*id) : QString();
}

[[noreturn]] void fail(const QSqlQuery& q, const char* what)
{
    throw store::StoreError(
        QStringLiteral("audit log: %1: %2").arg(QLatin1String(what), q.lastError().text()));
}

/// "hmac-sha256" → Sha256, "hmac-sm3" → Sm3; nullopt for anything else (the unkeyed "sha256" too).
std::optional<AuditHash> keyedHash(const QString& alg)
{
    if (!alg.startsWith(QLatin1String("hmac-")))
        return std::nullopt;
    return auditHashFromCode(alg.mid(5));
}

/// False for a database file of an earlier version not migrated (e.g. an old backup being checked).
bool hasAlgColumn(QSqlDatabase& db)
{
    auto q = sql::select(db, QStringLiteral("PRAGMA table_info(audit_log)"));
    while (q.next())
        if (q.text("name") == QLatin1String("alg"))
            return true;
    return false;
}

} // namespace

QByteArray AuditLog::canonical(const AuditEntry& e)
{
    const bool keyed = e.alg != QLatin1String(kLegacyAlg);
    QByteArray out = keyed ? "cp-audit-v2;" : "cp-audit-v1;";
    if (keyed)
        field(out, e.alg); // a keyed entry cannot be relabelled as another algorithm
    field(out, QString::number(e.seq));
    field(out, protocol::toWireTime(e.at));
    field(out, optionalId(e.event.actor.accountId));
    field(out, e.event.actor.login);
    field(out, e.event.actor.certSerial);
    field(out, e.event.actor.workstation);
    field(out, e.event.action);
    field(out, e.event.target);
    field(out, e.event.outcome);
    field(out, e.event.detail);
    field(out, e.prevHash);
    return out;
}

QString AuditLog::computeHash(const AuditEntry& e)
{
    AuditEntry legacy = e;
    legacy.alg = QString::fromLatin1(kLegacyAlg);
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical(legacy), QCryptographicHash::Sha256).toHex());
}

std::optional<QString> AuditLog::linkOf(const AuditEntry& e)
{
    return linkWith(auditTrust().key.get(), e);
}

std::optional<QString> AuditLog::linkWith(const AuditKey* key, const AuditEntry& e)
{
    if (e.alg == QLatin1String(kLegacyAlg))
        return computeHash(e);
    const auto hash = keyedHash(e.alg);
    if (!hash || !key)
        return std::nullopt;
    return key->chainMac(*hash, canonical(e));
}

AuditLog::Head AuditLog::head(QSqlDatabase& db)
{
    auto last = sql::select(db, QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    Head h;
    if (last.next()) {
        h.seq = last.integer("seq");
        h.link = last.text("hash");
    }
    return h;
}

std::optional<QString> AuditLog::storedLink(QSqlDatabase& db, qint64 seq)
{
    auto q = sql::select(db, QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"), {seq});
    if (!q.next())
        return std::nullopt;
    return q.text("hash");
}

qint64 AuditLog::append(QSqlDatabase& db, const QDateTime& at, const AuditEvent& event)
{
    const auto key = auditTrust().key;
    if (!key) // deny by default: never an unkeyed entry after 0011
        throw store::StoreError(QStringLiteral("audit log: no audit key is configured (audit.keyFile)"));
    const Head last = head(db);
    AuditEntry e;
    e.seq = last.seq + 1;
    e.prevHash = last.link;
    // Millisecond precision is what is stored; hash exactly what is stored.
    e.at = protocol::fromWireTime(protocol::toWireTime(at));
    e.event = event;
    e.alg = QStringLiteral("hmac-") + toCode(key->hashForNewEntries());
    e.hash = key->chainMac(key->hashForNewEntries(), canonical(e));

    sql::run(
        db,
        QStringLiteral("INSERT INTO audit_log (seq, at, account_id, account_login, cert_serial, workstation, "
                       "action, target, outcome, detail, alg, prev_hash, hash) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {e.seq, protocol::toWireTime(e.at),
         event.actor.accountId ? QVariant(*event.actor.accountId) : QVariant(QMetaType(QMetaType::LongLong)),
         event.actor.login, event.actor.certSerial, event.actor.workstation, event.action, event.target,
         event.outcome, event.detail, e.alg, e.prevHash, e.hash});
    return e.seq;
}

AuditVerification AuditLog::verify(QSqlDatabase& db)
{
    AuditVerification result;
    result.headHash = QString::fromLatin1(kGenesisHash);
    const auto key = auditTrust().key; // once: not a lock per entry
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString alg = hasAlgColumn(db) ? QStringLiteral("alg") : QStringLiteral("'sha256'");
    if (!q.exec(
            QStringLiteral("SELECT seq, at, account_id, account_login, cert_serial, workstation, action, "
                           "target, outcome, detail, %1 AS alg, prev_hash, hash FROM audit_log ORDER BY seq")
                .arg(alg)))
        fail(q, "read");
    qint64 expectedSeq = 1;
    QString expectedPrev = result.headHash;
    auto broken = [&](qint64 seq, const QString& why) {
        result.ok = false;
        result.status = QStringLiteral("broken");
        result.firstBrokenSeq = seq;
        result.reason = why;
        return result;
    };
    sql::Rows rows(std::move(q));
    while (rows.next()) {
        AuditEntry e;
        const QString atText = rows.text("at");
        e.seq = rows.integer("seq");
        e.at = protocol::fromWireTime(atText);
        if (const auto account = rows.optionalInteger("account_id"))
            e.event.actor.accountId = *account;
        e.event.actor.login = rows.text("account_login");
        e.event.actor.certSerial = rows.text("cert_serial");
        e.event.actor.workstation = rows.text("workstation");
        e.event.action = rows.text("action");
        e.event.target = rows.text("target");
        e.event.outcome = rows.text("outcome");
        e.event.detail = rows.text("detail");
        e.alg = rows.text("alg");
        e.prevHash = rows.text("prev_hash");
        e.hash = rows.text("hash");

        if (e.seq != expectedSeq)
            return broken(
                expectedSeq,
                QStringLiteral("entry %1 is missing (next present is %2)").arg(expectedSeq).arg(e.seq));
        if (e.prevHash != expectedPrev)
            return broken(e.seq, QStringLiteral("previous-hash link does not match entry %1").arg(e.seq - 1));
        const bool legacy = e.alg == QLatin1String(kLegacyAlg);
        if (legacy && result.keyedFromSeq > 0)
            return broken(e.seq, QStringLiteral("unkeyed entry after the chain became keyed at entry %1")
                                     .arg(result.keyedFromSeq));
        const auto link = linkWith(key.get(), e);
        if (!link)
            return broken(e.seq,
                          keyedHash(e.alg)
                              ? QStringLiteral("keyed entry (%1) but no audit key is configured").arg(e.alg)
                              : QStringLiteral("unknown link algorithm \"%1\"").arg(e.alg));
        if (protocol::toWireTime(e.at) != atText || *link != e.hash)
            return broken(e.seq, QStringLiteral("content does not match its hash"));
        if (legacy)
            ++result.legacyEntries;
        else if (result.keyedFromSeq == 0)
            result.keyedFromSeq = e.seq;
        expectedPrev = e.hash;
        ++expectedSeq;
        ++result.entries;
    }
    result.headHash = expectedPrev;
    return result;
}

} // namespace cp::server
