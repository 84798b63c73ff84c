// Typed calls of the backup endpoints (/api/v1/backups, shared/BackupProtocol.h).
#pragma once

#include "BackupProtocol.h"
#include "common/DeskApiCall.h"

#include <QObject>

namespace cp::client {

class BackupApi : public DeskApi
{
  public:
    using DeskApi::DeskApi;

    void overview(const QObject* context, Done<cp::protocol::BackupOverview> done);
    void backupNow(const QObject* context, Done<cp::protocol::BackupInfo> done);
    void verify(qint64 id, const QObject* context, Done<cp::protocol::BackupInfo> done);
    void restore(qint64 id, const QString& targetName, const QObject* context,
                 Done<cp::protocol::RestoreResult> done);
};

} // namespace cp::client
