// The audit review's SQL: filtered pages of the chain, one entry, the export
// register. Appending to the chain is AuditLog's alone (through UnitOfWork).
#pragma once

#include "AuditProtocol.h"

#include <QSqlDatabase>
#include <optional>

namespace cp::server {

/// One stored entry as read back, with what its hash covers exactly as stored.
struct StoredAuditEntry
{
    protocol::AuditEntryView view;
    QString atText; // the stored time text (the hash covers it, not the parsed time)
    QString alg;
};

/// What an export's verification compares against.
struct AuditExportSeal
{
    QString sha256;
    QString signature;
    int signatureVersion = 0;
    qint64 headSeq = 0;
    QString headLink;
};

class AuditStore
{
  public:
    explicit AuditStore(QSqlDatabase db) : m_db(std::move(db)) {}

    QList<protocol::AuditEntryView> entries(const protocol::AuditFilter& filter, bool newestFirst, int limit,
                                            qint64 offset);
    qint64 count(const protocol::AuditFilter& filter);
    qint64 headSeq();
    std::optional<StoredAuditEntry> entry(qint64 seq);
    /// The stored hash of entry seq; empty if there is none.
    QString hashOf(qint64 seq);

    QString nextExportNumber(const QString& stem);
    void insertExport(const protocol::AuditExport& e, qint64 exportedBy, const QString& filterJson);
    std::optional<AuditExportSeal> exportSeal(const QString& number);
    /// A settings row's value.
    std::optional<QString> setting(const QString& name);

  private:
    QSqlDatabase m_db;
};

} // namespace cp::server
