#include "BackupProtocol.h"

#include "JsonFields.h"

#include <QJsonArray>

namespace cp::protocol {
using namespace json;

namespace {

QString wire(const QDateTime& t)
{
    return t.isValid() ? toWireTime(t) : QString();
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
    b.id = integer(o, "id");
    b.fileName = str(o, "fileName");
    b.kind = str(o, "kind");
    b.status = str(o, "status");
    b.startedAt = time(o, "startedAt");
    b.finishedAt = time(o, "finishedAt");
    b.sizeBytes = integer(o, "sizeBytes");
    b.sha256 = str(o, "sha256");
    b.auditHeadSeq = integer(o, "auditHeadSeq");
    b.requestedBy = str(o, "requestedBy");
    b.verifiedAt = time(o, "verifiedAt");
    b.verifyResult = str(o, "verifyResult");
    b.verifyDetail = str(o, "verifyDetail");
    b.error = str(o, "error");
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
    v.directory = str(o, "directory");
    v.intervalSeconds = integer(o, "intervalSeconds");
    v.retention = int(integer(o, "retention"));
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
    r.backupId = integer(o, "backupId");
    r.target = str(o, "target");
    r.sha256 = str(o, "sha256");
    r.auditOk = o.value(QStringLiteral("auditOk")).toBool();
    r.auditEntries = integer(o, "auditEntries");
    r.tables = integer(o, "tables");
    r.restoredAt = time(o, "restoredAt");
    return r;
}

} // namespace cp::protocol
