// The department domain's SQL: subject search, the records a jurisdiction sees,
// query purposes and B-class authorizations. DepartmentService holds the rules.
#pragma once

#include "DepartmentProtocol.h"
#include "WalkInProtocol.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <optional>

namespace cp::server {

/// A B-class authorization as stored, with who asked and about whom.
struct BAuthorizationRow
{
    protocol::BAuthorization authorization; // without the subject summary
    qint64 subjectId = 0;
    qint64 requesterId = 0;
};

class DepartmentStore
{
  public:
    explicit DepartmentStore(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Active purposes as [{code, name}] in their order.
    QJsonArray purposes();
    /// The purpose's name for a listed code.
    std::optional<QString> purposeName(const QString& code);

    /// Subject ids whose name starts with prefix (an index range scan), in name order.
    QList<qint64> subjectsNamed(const QString& prefix, int limit, qint64 offset);
    /// Subject ids whose name contains text (a scan bounded by the page), in id order.
    QList<qint64> subjectsContaining(const QString& text, int limit, qint64 offset);

    /// Active records of a subject in regions starting with jurisdiction; B only when bAllowed.
    QList<protocol::ReportRecord> records(qint64 subjectId, const QString& jurisdiction, bool bAllowed,
                                          const QDate& today);

    /// The requester's approved authorization for the subject valid on day, latest ending first.
    std::optional<qint64> validAuthorization(qint64 subjectId, qint64 requesterId, const QDate& day);
    std::optional<BAuthorizationRow> authorization(qint64 id);
    qint64 insertAuthorization(qint64 subjectId, qint64 requesterId, const QString& purpose,
                               const QString& legalBasis, const QDate& from, const QDate& until,
                               const QDateTime& at);
    /// Up to 500 ids, newest first. requesterId: only that account's (nullopt: all);
    /// status "pending", "rejected", "approved", "expired" (an approval ended before today) or "" for all.
    QList<qint64> authorizationIds(std::optional<qint64> requesterId, const QString& status,
                                   const QDate& today);
    void decideAuthorization(qint64 id, bool approve, qint64 decidedBy, const QDateTime& at,
                             const QString& reason);

  private:
    QSqlDatabase m_db;
};

} // namespace cp::server
