#include "BackupProtocol.h"

#include "JsonCodec.h"

namespace cp::protocol {
using json::Codec;
using json::Presence;

namespace {

const Codec<BackupInfo>& backupCodec()
{
    using S = BackupInfo;
    static const auto c = Codec<S>()
                              .field("id", &S::id)
                              .field("fileName", &S::fileName)
                              .field("kind", &S::kind)
                              .field("status", &S::status)
                              .field("startedAt", &S::startedAt)
                              .field("finishedAt", &S::finishedAt)
                              .field("sizeBytes", &S::sizeBytes)
                              .field("sha256", &S::sha256)
                              .field("auditHeadSeq", &S::auditHeadSeq)
                              .field("requestedBy", &S::requestedBy)
                              .field("verifiedAt", &S::verifiedAt)
                              .field("verifyResult", &S::verifyResult)
                              .field("verifyDetail", &S::verifyDetail)
                              .field("error", &S::error);
    return c;
}

const Codec<BackupOverview>& overviewCodec()
{
    using S = BackupOverview;
    static const auto c = Codec<S>()
                              .field("backups", &S::backups)
                              .field("directory", &S::directory)
                              .field("intervalSeconds", &S::intervalSeconds)
                              .field("retention", &S::retention)
                              .field("lastBackupAt", &S::lastBackupAt)
                              .field("nextDueAt", &S::nextDueAt);
    return c;
}

const Codec<RestoreResult>& restoreCodec()
{
    using S = RestoreResult;
    static const auto c = Codec<S>()
                              .field("backupId", &S::backupId)
                              .field("target", &S::target)
                              .field("sha256", &S::sha256)
                              .field("auditOk", &S::auditOk)
                              .field("auditEntries", &S::auditEntries)
                              .field("tables", &S::tables)
                              .field("restoredAt", &S::restoredAt);
    return c;
}

} // namespace

QJsonObject BackupInfo::toJson() const
{
    return backupCodec().write(*this);
}
BackupInfo BackupInfo::fromJson(const QJsonObject& o)
{
    return backupCodec().read(o);
}

QJsonObject BackupOverview::toJson() const
{
    return overviewCodec().write(*this);
}
BackupOverview BackupOverview::fromJson(const QJsonObject& o)
{
    return overviewCodec().read(o);
}

QJsonObject RestoreResult::toJson() const
{
    return restoreCodec().write(*this);
}
RestoreResult RestoreResult::fromJson(const QJsonObject& o)
{
    return restoreCodec().read(o);
}
} // namespace cp::protocol
