#include "backup/BackupApi.h"

#include "net/ApiClient.h"

namespace cp::client {

using namespace cp::protocol;

template <class T>
void BackupApi::call(QByteArray method, const QString& path, const QJsonObject& body, const QObject* context,
                     Done<T> done, std::function<T(const QJsonObject&)> parse)
{
    m_api.request(std::move(method), path, body, context,
                  [done = std::move(done), parse = std::move(parse)](const ApiResult& r) {
                      if (done)
                          done(r, r.ok() ? parse(r.body) : T{});
                  });
}

void BackupApi::overview(const QObject* context, Done<BackupOverview> done)
{
    call<BackupOverview>("GET", QStringLiteral("/backups"), {}, context, std::move(done),
                         &BackupOverview::fromJson);
}

void BackupApi::backupNow(const QObject* context, Done<BackupInfo> done)
{
    call<BackupInfo>("POST", QStringLiteral("/backups"), QJsonObject{}, context, std::move(done),
                     &BackupInfo::fromJson);
}

void BackupApi::verify(qint64 id, const QObject* context, Done<BackupInfo> done)
{
    call<BackupInfo>("POST", QStringLiteral("/backups/%1/verify").arg(id), QJsonObject{}, context,
                     std::move(done), &BackupInfo::fromJson);
}

void BackupApi::restore(qint64 id, const QString& targetName, const QObject* context,
                        Done<RestoreResult> done)
{
    call<RestoreResult>("POST", QStringLiteral("/backups/%1/restore").arg(id),
                        {{QStringLiteral("target"), targetName}}, context, std::move(done),
                        &RestoreResult::fromJson);
}

} // namespace cp::client
