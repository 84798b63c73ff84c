#include "domain/admin/AdminRequestStore.h"

#include "domain/Sql.h"

namespace cp::server {
namespace {

const sql::Columns& requestColumns()
{
    static const sql::Columns columns(
        QString(),
        {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("target_account_id"),
         QStringLiteral("requested_by"), QStringLiteral("requested_at"), QStringLiteral("expires_at"),
         QStringLiteral("certificate_file"), QStringLiteral("status"), QStringLiteral("decided_by"),
         QStringLiteral("decided_at"), QStringLiteral("decision_note")});
    return columns;
}

AdminRequestRecord read(const sql::Rows& q)
{
    AdminRequestRecord r;
    r.id = q.integer("id");
    r.kind = q.text("kind");
    r.targetAccountId = q.integer("target_account_id");
    r.requestedBy = q.integer("requested_by");
    r.requestedAt = q.time("requested_at");
    r.expiresAt = q.time("expires_at");
    r.certificateFile = q.text("certificate_file");
    r.status = q.text("status");
    r.decidedBy = q.integer("decided_by");
    r.decidedAt = q.time("decided_at");
    r.decisionNote = q.text("decision_note");
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
    auto q = sql::select(
        m_db, QStringLiteral("SELECT %1 FROM admin_requests %2").arg(requestColumns().list(), where), values);
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
