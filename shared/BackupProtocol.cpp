#include "BackupProtocol.h"

#include "Protocol.h"

#include <QJsonArray>

namespace cp::protocol {
namespace {

QString s(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}
qint64 n(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toInteger();
}
QString wire(const QDateTime& t)
{
    return t.isValid() ? toWireTime(t) : QString();
}
QDateTime time(const QJsonObject& o, const char* key)
{
    const QString v = s(o, key);
    return v.isEmpty() ? QDateTime() : fromWireTime(v);
}

} // namespace

QJsonObject BackupInfo::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("fileName"), fileName},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("status"), status},
            {QStringLiteral("startedAt"), wire(startedAt)},
            {QStringLiteral("finishedAt"), wire(finishedAt)},
            {QStringLiteral("sizeBytes"), sizeBytes},
            {QStringLiteral("sha256"), sha256},
            {QStringLiteral("auditHeadSeq"), auditHeadSeq},
            {QStringLiteral("requestedBy"), requestedBy},
            {QStringLiteral("verifiedAt"), wire(verifiedAt)},
            {QStringLiteral("verifyResult"), verifyResult},
            {QStringLiteral("verifyDetail"), verifyDetail},
            {QStringLiteral("error"), error}};
}

BackupInfo BackupInfo::fromJson(const QJsonObject& o)
{
    BackupInfo b;
    b.id = n(o, "id");
    b.fileName = s(o, "fileName");
    b.kind = s(o, "kind");
    b.status = s(o, "status");
    b.startedAt = time(o, "startedAt");
    b.finishedAt = time(o, "finishedAt");
    b.sizeBytes = n(o, "sizeBytes");
    b.sha256 = s(o, "sha256");
    b.auditHeadSeq = n(o, "auditHeadSeq");
    b.requestedBy = s(o, "requestedBy");
    b.verifiedAt = time(o, "verifiedAt");
    b.verifyResult = s(o, "verifyResult");
    b.verifyDetail = s(o, "verifyDetail");
    b.error = s(o, "error");
    return b;
}

QJsonObject BackupOverview::toJson() const
{
    QJsonArray list;
    for (const auto& b : backups)
        list.append(b.toJson());
    return {{QStringLiteral("backups"), list},
            {QStringLiteral("directory"), directory},
            {QStringLiteral("intervalSeconds"), intervalSeconds},
            {QStringLiteral("retention"), retention},
            {QStringLiteral("lastBackupAt"), wire(lastBackupAt)},
            {QStringLiteral("nextDueAt"), wire(nextDueAt)}};
}

BackupOverview BackupOverview::fromJson(const QJsonObject& o)
{
    BackupOverview v;
    for (const auto& b : o.value(QStringLiteral("backups")).toArray())
        v.backups.append(BackupInfo::fromJson(b.toObject()));
    v.directory = s(o, "directory");
    v.intervalSeconds = n(o, "intervalSeconds");
    v.retention = int(n(o, "retention"));
    v.lastBackupAt = time(o, "lastBackupAt");
    v.nextDueAt = time(o, "nextDueAt");
    return v;
}

QJsonObject RestoreResult::toJson() const
{
    return {{QStringLiteral("backupId"), backupId},
            {QStringLiteral("target"), target},
            {QStringLiteral("sha256"), sha256},
            {QStringLiteral("auditOk"), auditOk},
            {QStringLiteral("auditEntries"), auditEntries},
            {QStringLiteral("tables"), tables},
            {QStringLiteral("restoredAt"), wire(restoredAt)}};
}

RestoreResult RestoreResult::fromJson(const QJsonObject& o)
{
    RestoreResult r;
    r.backupId = n(o, "backupId");
    r.target = s(o, "target");
    r.sha256 = s(o, "sha256");
    r.auditOk = o.value(QStringLiteral("auditOk")).toBool();
    r.auditEntries = n(o, "auditEntries");
    r.tables = n(o, "tables");
    r.restoredAt = time(o, "restoredAt");
    return r;
}

} // namespace cp::protocol
