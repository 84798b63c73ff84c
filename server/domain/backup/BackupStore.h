// The backup register's SQL (table backups). BackupService makes and checks the
// files and holds the unit of work and audit.
#pragma once

#include "BackupProtocol.h"

#include <QSqlDatabase>
#include <optional>

namespace cp::server {

class BackupStore
{
  public:
    explicit BackupStore(QSqlDatabase db) : m_db(std::move(db)) {}

    std::optional<protocol::BackupInfo> info(qint64 id);
    /// Newest first, at most limit.
    QList<protocol::BackupInfo> latest(int limit);
    /// A register row of that file name exists (a failed run leaves one, without a file).
    bool nameTaken(const QString& fileName);
    /// A successful, verified backup; headLink and headMac anchor its audit head ("" when unsigned).
    qint64 insertMade(const protocol::BackupInfo& b, const QString& headLink, const QString& headMac);
    qint64 insertFailed(const QString& fileName, const QString& kind, const QDateTime& startedAt,
                        const QDateTime& finishedAt, const QString& requestedBy, const QString& error);
    /// Successful backups beyond the newest `keep`: (id, file name).
    QList<std::pair<qint64, QString>> beyondRetention(int keep);
    void markPruned(qint64 id);
    void recordVerification(qint64 id, const QDateTime& at, const QString& result, const QString& detail);
    /// Start of the latest backup that succeeded (kept or pruned since).
    std::optional<QDateTime> lastMadeAt();
    /// Start of the latest failed scheduled run.
    std::optional<QDateTime> lastScheduledFailureAt();

  private:
    QSqlDatabase m_db;
};

} // namespace cp::server
