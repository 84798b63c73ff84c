// Typed calls of the backup endpoints (/api/v1/backups, shared/BackupProtocol.h).
#pragma once

#include "BackupProtocol.h"
#include "net/ApiResult.h"

#include <QObject>
#include <functional>

namespace cp::client {

class ApiClient;

class BackupApi
{
  public:
    template <class T> using Done = std::function<void(const ApiResult&, const T&)>;

    explicit BackupApi(ApiClient& api) : m_api(api) {}

    void overview(const QObject* context, Done<cp::protocol::BackupOverview> done);
    void backupNow(const QObject* context, Done<cp::protocol::BackupInfo> done);
    void verify(qint64 id, const QObject* context, Done<cp::protocol::BackupInfo> done);
    void restore(qint64 id, const QString& targetName, const QObject* context,
                 Done<cp::protocol::RestoreResult> done);

  private:
    ApiClient& m_api;
};

} // namespace cp::client
