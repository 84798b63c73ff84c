#include "backup/BackupApi.h"

#include "net/ApiClient.h"

namespace cp::client {

using namespace cp::protocol;

void BackupApi::overview(const QObject* context, Done<BackupOverview> done)
{
    m_api.call<BackupOverview>("GET", QStringLiteral("/backups"), {}, context, std::move(done),
                               &BackupOverview::fromJson);
}

void BackupApi::backupNow(const QObject* context, Done<BackupInfo> done)
{
    m_api.call<BackupInfo>("POST", QStringLiteral("/backups"), QJsonObject{}, context, std::move(done),
                           &BackupInfo::fromJson);
}

void BackupApi::verify(qint64 id, const QObject* context, Done<BackupInfo> done)
{
    m_api.call<BackupInfo>("POST", QStringLiteral("/backups/%1/verify").arg(id), QJsonObject{}, context,
                           std::move(done), &BackupInfo::fromJson);
}

void BackupApi::restore(qint64 id, const QString& targetName, const QObject* context,
                        Done<RestoreResult> done)
{
    m_api.call<RestoreResult>("POST", QStringLiteral("/backups/%1/restore").arg(id),
                              {{QStringLiteral("target"), targetName}}, context, std::move(done),
                              &RestoreResult::fromJson);
}

} // namespace cp::client
