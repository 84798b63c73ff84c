// The walk-in domain's SQL: applications, their materials, authorization
// letters. WalkInService holds the rules, the unit of work and audit.
#pragma once

#include "WalkInProtocol.h"
#include "domain/Sql.h"
#include "domain/walkin/WalkInRules.h"

#include <QSqlDatabase>
#include <optional>

namespace cp::server {

/// An application as stored, with what the protocol type does not carry.
struct WalkInRow
{
    protocol::WalkInApplication app; // without subject summary and materials
    std::optional<qint64> subjectId;
    std::optional<qint64> letterId;
    QString applicantIdType;
    QString workstation;
    qint64 clerkId = 0;    // who registered it
    qint64 deferredBy = 0; // who deferred it (0: not deferred)
};

class WalkInStore
{
  public:
    explicit WalkInStore(QSqlDatabase db) : m_db(std::move(db)) {}

    /// "WQ20261202-0001": the day's next application number.
    QString nextNumber(const QString& stem);
    qint64 insertLetter(const protocol::WalkInApplicationInput& in, std::optional<qint64> subjectId,
                        qint64 recordedBy, const QDateTime& at);
    qint64 insertApplication(const protocol::WalkInApplicationInput& in, const QString& number,
                             std::optional<qint64> subjectId, std::optional<qint64> letterId,
                             const QString& workstation, qint64 clerkId, const QDateTime& at);
    std::optional<WalkInRow> application(qint64 id);
    QList<qint64> pendingIds();
    void setDecision(qint64 id, const QString& status, const QString& code, const QString& note,
                     const QDateTime& at);
    void setPending(qint64 id, const QDate& due, qint64 deferredBy);
    void setExtension(qint64 id, const QDate& extended, const QString& reason, qint64 approvedBy);

    QList<protocol::MaterialInfo> materials(qint64 applicationId);
    /// The material's description and, when content is given, its bytes.
    std::optional<protocol::MaterialInfo> material(qint64 applicationId, qint64 materialId,
                                                   QByteArray* content = nullptr);
    bool hasMaterial(qint64 applicationId, const QString& kind);
    qint64 insertMaterial(qint64 applicationId, const QString& kind, const QString& fileName,
                          const QString& mimeType, const QByteArray& content, const QString& sha256,
                          qint64 uploadedBy, const QDateTime& at);

    walkin::Letter letter(qint64 letterId);

  private:
    QSqlDatabase m_db;
};

} // namespace cp::server
