// SQL of the requests that wait for a second administrator (table admin_requests,
// migration 0010; attack review, issue 11 finding 3). Callers own the transaction.
#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace cp::server {

struct AdminRequestRecord
{
    qint64 id = 0;
    QString kind; // password_reset | certificate_bind
    qint64 targetAccountId = 0;
    qint64 requestedBy = 0;
    QDateTime requestedAt;
    QDateTime expiresAt;
    QString certificateFile; // certificate_bind: base64 of the uploaded file
    QString status;          // pending | confirmed | rejected (expired = pending past expiresAt)
    qint64 decidedBy = 0;    // 0 = not decided
    QDateTime decidedAt;
    QString decisionNote;

    /// The status as shown: a pending request past its expiry is "expired".
    QString shownStatus(const QDateTime& now) const;
};

class AdminRequestStore
{
  public:
    explicit AdminRequestStore(QSqlDatabase db) : m_db(std::move(db)) {}

    qint64 insert(const AdminRequestRecord& r);
    std::optional<AdminRequestRecord> byId(qint64 id);
    /// A pending, unexpired request of this kind for the account, if any.
    std::optional<AdminRequestRecord> openFor(const QString& kind, qint64 targetAccountId,
                                              const QDateTime& now);
    /// Newest first; status "" = all, "pending" = open ones, "expired", "confirmed", "rejected".
    QList<AdminRequestRecord> list(const QString& status, const QDateTime& now, int limit = 200);
    /// pending → confirmed | rejected; false if it was no longer pending (decided meanwhile).
    bool decide(qint64 id, const QString& status, qint64 decidedBy, const QDateTime& at, const QString& note);

  private:
    QList<AdminRequestRecord> select(const QString& where, std::initializer_list<QVariant> values);
    QSqlDatabase m_db;
};

} // namespace cp::server
