#include "domain/admin/AdminRequestStore.h"

#include "domain/Sql.h"

namespace cp::server {
namespace {

const QString kColumns =
    QStringLiteral("id, kind, target_account_id, requested_by, requested_at, expires_at, "
                   "certificate_file, status, decided_by, decided_at, decision_note");

AdminRequestRecord read(const QSqlQuery& q)
{
    AdminRequestRecord r;
    r.id = q.value(0).toLongLong();
    r.kind = q.value(1).toString();
    r.targetAccountId = q.value(2).toLongLong();
    r.requestedBy = q.value(3).toLongLong();
    r.requestedAt = sql::time(q.value(4));
    r.expiresAt = sql::time(q.value(5));
    r.certificateFile = q.value(6).toString();
    r.status = q.value(7).toString();
    r.decidedBy = q.value(8).toLongLong();
    r.decidedAt = sql::time(q.value(9));
    r.decisionNote = q.value(10).toString();
    return r;
}

} // namespace

QString AdminRequestRecord::shownStatus(const QDateTime& now) const
{
    if (status == QLatin1String("pending") && expiresAt < now)
        return QStringLiteral("expired");
    return status;
}

QList<AdminRequestRecord> AdminRequestStore::select(const QString& where,
                                                    std::initializer_list<QVariant> values)
{
    auto q = sql::run(m_db, QStringLiteral("SELECT %1 FROM admin_requests %2").arg(kColumns, where), values);
    QList<AdminRequestRecord> out;
    while (q.next())
        out.append(read(q));
    return out;
}

qint64 AdminRequestStore::insert(const AdminRequestRecord& r)
{
    auto q = sql::run(
        m_db,
        QStringLiteral("INSERT INTO admin_requests (kind, target_account_id, requested_by, requested_at, "
                       "expires_at, certificate_file, status) VALUES (?, ?, ?, ?, ?, ?, 'pending')"),
        {r.kind, r.targetAccountId, r.requestedBy, sql::time(r.requestedAt), sql::time(r.expiresAt),
         sql::nullableText(r.certificateFile)});
    return q.lastInsertId().toLongLong();
}

std::optional<AdminRequestRecord> AdminRequestStore::byId(qint64 id)
{
    const auto found = select(QStringLiteral("WHERE id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<AdminRequestRecord> AdminRequestStore::openFor(const QString& kind, qint64 targetAccountId,
                                                             const QDateTime& now)
{
    const auto found =
        select(QStringLiteral("WHERE kind = ? AND target_account_id = ? AND status = 'pending' "
                              "AND expires_at >= ? ORDER BY id"),
               {kind, targetAccountId, sql::time(now)});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<AdminRequestRecord> AdminRequestStore::list(const QString& status, const QDateTime& now, int limit)
{
    const QVariant at = sql::time(now);
    if (status == QLatin1String("pending"))
        return select(QStringLiteral("WHERE status = 'pending' AND expires_at >= ? ORDER BY id DESC LIMIT ?"),
                      {at, limit});
    if (status == QLatin1String("expired"))
        return select(QStringLiteral("WHERE status = 'pending' AND expires_at < ? ORDER BY id DESC LIMIT ?"),
                      {at, limit});
    if (!status.isEmpty())
        return select(QStringLiteral("WHERE status = ? ORDER BY id DESC LIMIT ?"), {status, limit});
    return select(QStringLiteral("ORDER BY id DESC LIMIT ?"), {limit});
}

bool AdminRequestStore::decide(qint64 id, const QString& status, qint64 decidedBy, const QDateTime& at,
                               const QString& note)
{
    auto q = sql::run(m_db,
                      QStringLiteral("UPDATE admin_requests SET status = ?, decided_by = ?, decided_at = ?, "
                                     "decision_note = ? WHERE id = ? AND status = 'pending'"),
                      {status, decidedBy, sql::time(at), sql::nullableText(note), id});
    return q.numRowsAffected() == 1;
}

} // namespace cp::server
