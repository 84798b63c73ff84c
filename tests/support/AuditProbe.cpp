#include "AuditProbe.h"

#include "TestDb.h"
#include "TestServer.h"
#include "domain/Sql.h"
#include "store/Database.h"

#include <QJsonDocument>

namespace cp::test {

using cp::server::AuditEntry;
using cp::server::AuditLog;

qint64 appendAudit(TestServer& s, const QDateTime& at, const cp::server::AuditEvent& event)
{
    return appendAudit(databaseOf(s), at, event);
}

qint64 appendAudit(QSqlDatabase db, const QDateTime& at, const cp::server::AuditEvent& event)
{
    cp::store::Transaction tx(db);
    const qint64 seq = AuditLog::append(db, at, event);
    tx.commit();
    return seq;
}

qint64 lastAuditSeq(TestServer& s)
{
    QSqlDatabase db = databaseOf(s);
    return AuditLog::head(db).seq;
}

int auditCount(TestServer& s, const QString& action, const QString& outcome)
{
    return scalar(s, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ? AND outcome = ?"),
                  {action, outcome})
        .toInt();
}

QList<QJsonObject> auditEntries(TestServer& s, const QString& action)
{
    QSqlDatabase db = databaseOf(s);
    auto q = cp::server::sql::select(
        db,
        QStringLiteral(
            "SELECT outcome, detail, target, account_login FROM audit_log WHERE action = ? ORDER BY seq"),
        {action});
    QList<QJsonObject> out;
    while (q.next()) {
        QJsonObject o = QJsonDocument::fromJson(q.text("detail").toUtf8()).object();
        o.insert(QStringLiteral("_outcome"), q.text("outcome"));
        o.insert(QStringLiteral("_target"), q.text("target"));
        o.insert(QStringLiteral("_who"), q.text("account_login"));
        out << o;
    }
    return out;
}

QString auditEntrySelect()
{
    return QStringLiteral("SELECT seq, at, account_id, account_login, cert_serial, workstation, action, "
                          "target, outcome, detail, alg, prev_hash, hash FROM audit_log ");
}

QList<AuditEntry> storedAuditEntries(QSqlDatabase db)
{
    auto q = cp::server::sql::select(db, auditEntrySelect() + QStringLiteral("ORDER BY seq"));
    QList<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.seq = q.integer("seq");
        e.at = cp::protocol::fromWireTime(q.text("at"));
        e.event.actor.accountId = q.optionalInteger("account_id");
        e.event.actor.login = q.text("account_login");
        e.event.actor.certSerial = q.text("cert_serial");
        e.event.actor.workstation = q.text("workstation");
        e.event.action = q.text("action");
        e.event.target = q.text("target");
        e.event.outcome = q.text("outcome");
        e.event.detail = q.text("detail");
        e.alg = q.text("alg");
        e.prevHash = q.text("prev_hash");
        e.hash = q.text("hash");
        out << e;
    }
    return out;
}

} // namespace cp::test
