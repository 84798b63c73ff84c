// The audit chain as the tests see it: entries written the way the server
// writes them, and what is stored, read through any connection.
#pragma once

#include "domain/audit/AuditLog.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

namespace cp::test {

class TestServer;

/// Appends one entry in its own transaction, as the server does; its seq.
qint64 appendAudit(TestServer& s, const QDateTime& at, const cp::server::AuditEvent& event);
qint64 appendAudit(QSqlDatabase db, const QDateTime& at, const cp::server::AuditEvent& event);

/// The seq of the last entry (0 for an empty chain).
qint64 lastAuditSeq(TestServer& s);

/// Entries of one action with that outcome.
int auditCount(TestServer& s, const QString& action, const QString& outcome = QStringLiteral("ok"));

/// The entries of one action, oldest first: each its detail JSON, plus
/// "_outcome", "_target" and "_who" (the account login).
QList<QJsonObject> auditEntries(TestServer& s, const QString& action);

/// The stored columns of audit_log, in the order storedAuditEntries reads them.
QString auditEntrySelect();

/// Every stored entry as it is stored, by seq (the attacker's view: any connection).
QList<cp::server::AuditEntry> storedAuditEntries(QSqlDatabase db);

} // namespace cp::test
