// The documents' SQL: issued reports (table reports), the report signing key and
// failed look-ups. ReportService numbers and signs; ReportDisclosure decides who reads.
#pragma once

#include "WalkInProtocol.h"

#include <QSqlDatabase>
#include <optional>

namespace cp::server {

struct StoredReport;

class DocumentStore
{
  public:
    explicit DocumentStore(QSqlDatabase db) : m_db(std::move(db)) {}

    void insertReport(const protocol::Report& report, std::optional<qint64> applicationId,
                      std::optional<qint64> subjectId, qint64 issuedBy, const QString& contentHash,
                      const QString& kind);
    /// By the stored (normalised) number.
    std::optional<StoredReport> report(const QString& number);
    void recordHandover(const QString& number, const QString& receivedBy, const QDateTime& at,
                        qint64 recordedBy);

    std::optional<QString> setting(const QString& name);
    void insertSetting(const QString& name, const QString& value, const QDateTime& at);

    /// Failed look-ups of the account after `since`: how many and the oldest.
    std::pair<int, QDateTime> lookupFailuresSince(qint64 accountId, const QDateTime& since);
    /// Forgets the account's failures up to `before` and records one at `at`.
    void recordLookupFailure(qint64 accountId, const QDateTime& before, const QDateTime& at,
                             const QString& kind);

    /// The region of a credit record; empty if there is no such record.
    QString recordRegion(qint64 recordId);

  private:
    QSqlDatabase m_db;
};

} // namespace cp::server
