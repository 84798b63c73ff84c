#include "domain/audit/AuditLog.h"

#include "Protocol.h"
#include "domain/Sql.h"
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

QString optionalId(const std::optional<qint64>& id) { return id ? QString::number(*id) : QString(); }

[[noreturn]] void fail(const QSqlQuery& q, const char* what)
{
    throw store::StoreError(QStringLiteral("audit log: %1: %2").arg(QLatin1String(what), q.lastError().text()));
}

} // namespace

QByteArray AuditLog::canonical(const AuditEntry& e)
{
    QByteArray out = "cp-audit-v1;";
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
    return QString::fromLatin1(QCryptographicHash::hash(canonical(e), QCryptographicHash::Sha256).toHex());
}

qint64 AuditLog::append(QSqlDatabase& db, const QDateTime& at, const AuditEvent& event)
{
    QSqlQuery last(db);
    if (!last.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")))
        fail(last, "read chain head");
    AuditEntry e;
    e.seq = 1;
    e.prevHash = QString::fromLatin1(kGenesisHash);
    if (last.next()) {
        e.seq = last.value(0).toLongLong() + 1;
        e.prevHash = last.value(1).toString();
    }
    // Millisecond precision is what is stored; hash exactly what is stored.
    e.at = protocol::fromWireTime(protocol::toWireTime(at));
    e.event = event;
    e.hash = computeHash(e);

    sql::run(db,
             QStringLiteral("INSERT INTO audit_log (seq, at, account_id, account_login, cert_serial, workstation, "
                            "action, target, outcome, detail, prev_hash, hash) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {e.seq, protocol::toWireTime(e.at),
              event.actor.accountId ? QVariant(*event.actor.accountId) : QVariant(QMetaType(QMetaType::LongLong)),
              event.actor.login, event.actor.certSerial, event.actor.workstation, event.action, event.target,
              event.outcome, event.detail, e.prevHash, e.hash});
    return e.seq;
}

AuditVerification AuditLog::verify(QSqlDatabase& db)
{
    AuditVerification result;
    result.headHash = QString::fromLatin1(kGenesisHash);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT seq, at, account_id, account_login, cert_serial, workstation, action, "
                               "target, outcome, detail, prev_hash, hash FROM audit_log ORDER BY seq")))
        fail(q, "read");
    qint64 expectedSeq = 1;
    QString expectedPrev = result.headHash;
    auto broken = [&](qint64 seq, const QString& why) {
        result.ok = false;
        result.firstBrokenSeq = seq;
        result.reason = why;
        return result;
    };
    while (q.next()) {
        AuditEntry e;
        e.seq = q.value(0).toLongLong();
        e.at = protocol::fromWireTime(q.value(1).toString());
        if (!q.value(2).isNull())
            e.event.actor.accountId = q.value(2).toLongLong();
        e.event.actor.login = q.value(3).toString();
        e.event.actor.certSerial = q.value(4).toString();
        e.event.actor.workstation = q.value(5).toString();
        e.event.action = q.value(6).toString();
        e.event.target = q.value(7).toString();
        e.event.outcome = q.value(8).toString();
        e.event.detail = q.value(9).toString();
        e.prevHash = q.value(10).toString();
        e.hash = q.value(11).toString();

        if (e.seq != expectedSeq)
            return broken(expectedSeq, QStringLiteral("entry %1 is missing (next present is %2)")
                                           .arg(expectedSeq)
                                           .arg(e.seq));
        if (e.prevHash != expectedPrev)
            return broken(e.seq, QStringLiteral("previous-hash link does not match entry %1").arg(e.seq - 1));
        if (protocol::toWireTime(e.at) != q.value(1).toString() || computeHash(e) != e.hash)
            return broken(e.seq, QStringLiteral("content does not match its hash"));
        expectedPrev = e.hash;
        ++expectedSeq;
        ++result.entries;
    }
    result.headHash = expectedPrev;
    return result;
}

} // namespace cp::server
