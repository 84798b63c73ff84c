#include "domain/department/DepartmentStore.h"

#include "domain/Sql.h"
#include "domain/subjects/SubjectStore.h"
#include "store/Database.h"

#include <QSqlError>

namespace cp::server {
namespace {

/// Smallest string greater than every string starting with prefix (for index range scans).
QString prefixUpperBound(const QString& prefix)
{
    QString upper = prefix;
    upper[upper.size() - 1] = QChar(upper.at(upper.size() - 1).unicode() + 1);
    return upper;
}

QString likeEscaped(QString s)
{
    s.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    s.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    s.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return s;
}

QList<qint64> ids(sql::Rows q)
{
    QList<qint64> out;
    while (q.next())
        out.append(q.integer("id"));
    return out;
}

} // namespace

QJsonArray DepartmentStore::purposes()
{
    QJsonArray out;
    auto q = sql::select(
        m_db,
        QStringLiteral("SELECT code, name_zh FROM query_purposes WHERE active = 1 ORDER BY sort_order"));
    while (q.next())
        out.append(QJsonObject{{QStringLiteral("code"), q.text("code")},
                               {QStringLiteral("name"), q.text("name_zh")}});
    return out;
}

std::optional<QString> DepartmentStore::purposeName(const QString& code)
{
    auto q = sql::select(m_db, QStringLiteral("SELECT name_zh FROM query_purposes WHERE code = ?"), {code});
    if (!q.next())
        return std::nullopt;
    return q.text("name_zh");
}

QList<qint64> DepartmentStore::subjectsNamed(const QString& prefix, int limit, qint64 offset)
{
    return ids(
        sql::select(m_db,
                    QStringLiteral("SELECT id FROM subjects WHERE name >= ? AND name < ? ORDER BY name, id "
                                   "LIMIT ? OFFSET ?"),
                    {prefix, prefixUpperBound(prefix), limit, offset}));
}

QList<qint64> DepartmentStore::subjectsContaining(const QString& text, int limit, qint64 offset)
{
    return ids(sql::select(m_db,
                           QStringLiteral("SELECT id FROM subjects WHERE name LIKE ? ESCAPE '\\' ORDER BY id "
                                          "LIMIT ? OFFSET ?"),
                           {QStringLiteral("%") + likeEscaped(text) + QStringLiteral("%"), limit, offset}));
}

QList<protocol::ReportRecord> DepartmentStore::records(qint64 subjectId, const QString& jurisdiction,
                                                       bool bAllowed, const QDate& today)
{
    auto q = sql::select(
        m_db,
        QStringLiteral("SELECT %1 FROM credit_records r JOIN credit_categories c ON c.code = r.category_code "
                       "WHERE r.subject_id = ? AND r.status = 'active' AND r.region_code LIKE ? "
                       "AND (r.open_class IN ('A', 'C') OR (r.open_class = 'B' AND ? = 1)) "
                       "ORDER BY c.sort_order, r.decision_date DESC, r.id")
            .arg(SubjectStore::recordSelect()),
        {subjectId, jurisdiction + QLatin1Char('%'), bAllowed ? 1 : 0});
    QList<protocol::ReportRecord> out;
    while (q.next())
        out.append(SubjectStore::readRecord(q, today));
    return out;
}

std::optional<qint64> DepartmentStore::validAuthorization(qint64 subjectId, qint64 requesterId,
                                                          const QDate& day)
{
    const QString d = day.toString(Qt::ISODate);
    auto q = sql::select(
        m_db,
        QStringLiteral("SELECT id FROM b_authorizations WHERE subject_id = ? AND requester_id = ? "
                       "AND status = 'approved' AND requested_from <= ? AND requested_until >= ? "
                       "ORDER BY requested_until DESC LIMIT 1"),
        {subjectId, requesterId, d, d});
    if (!q.next())
        return std::nullopt;
    return q.integer("id");
}

std::optional<BAuthorizationRow> DepartmentStore::authorization(qint64 id)
{
    auto q = sql::select(
        m_db,
        QStringLiteral(
            "SELECT b.id, b.subject_id, req.full_name AS requester_name, req.unit AS requester_unit, "
            "b.purpose, b.legal_basis, b.requested_from, b.requested_until, b.status, "
            "dec.full_name AS decided_by_name, b.decided_at, b.decision_reason, b.created_at, "
            "b.requester_id FROM b_authorizations b "
            "JOIN accounts req ON req.id = b.requester_id "
            "LEFT JOIN accounts dec ON dec.id = b.decided_by WHERE b.id = ?"),
        {id});
    if (!q.next())
        return std::nullopt;
    BAuthorizationRow row;
    auto& a = row.authorization;
    a.id = q.integer("id");
    row.subjectId = q.integer("subject_id");
    a.requesterName = q.text("requester_name");
    a.requesterUnit = q.text("requester_unit");
    a.purpose = q.text("purpose");
    a.legalBasis = q.text("legal_basis");
    a.requestedFrom = q.date("requested_from");
    a.requestedUntil = q.date("requested_until");
    a.status = q.text("status");
    a.decidedByName = q.text("decided_by_name");
    a.decidedAt = q.time("decided_at");
    a.decisionReason = q.text("decision_reason");
    a.createdAt = q.time("created_at");
    row.requesterId = q.integer("requester_id");
    return row;
}

qint64 DepartmentStore::insertAuthorization(qint64 subjectId, qint64 requesterId, const QString& purpose,
                                            const QString& legalBasis, const QDate& from, const QDate& until,
                                            const QDateTime& at)
{
    auto q = sql::run(
        m_db,
        QStringLiteral(
            "INSERT INTO b_authorizations (subject_id, requester_id, purpose, legal_basis, "
            "requested_from, requested_until, status, created_at) VALUES (?, ?, ?, ?, ?, ?, 'pending', ?)"),
        {subjectId, requesterId, purpose, legalBasis, from.toString(Qt::ISODate), until.toString(Qt::ISODate),
         sql::time(at)});
    return q.lastInsertId().toLongLong();
}

QList<qint64> DepartmentStore::authorizationIds(std::optional<qint64> requesterId, const QString& status,
                                                const QDate& today)
{
    QString where = requesterId ? QStringLiteral("requester_id = ?") : QStringLiteral("1 = 1");
    QVariantList binds;
    if (requesterId)
        binds.append(*requesterId);
    // "expired" is not stored: it is an approval whose requested period has ended.
    if (status == QLatin1String("pending") || status == QLatin1String("rejected")) {
        where += QStringLiteral(" AND status = ?");
        binds.append(status);
    } else if (status == QLatin1String("approved") || status == QLatin1String("expired")) {
        where += status == QLatin1String("approved")
                     ? QStringLiteral(" AND status = 'approved' AND requested_until >= ?")
                     : QStringLiteral(" AND status = 'approved' AND requested_until < ?");
        binds.append(today.toString(Qt::ISODate));
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id FROM b_authorizations WHERE %1 ORDER BY created_at DESC, id DESC LIMIT 500")
            .arg(where));
    for (const auto& b : binds)
        q.addBindValue(b);
    if (!q.exec())
        throw store::StoreError(QStringLiteral("authorizations: ") + q.lastError().text());
    return ids(sql::Rows(std::move(q)));
}

void DepartmentStore::decideAuthorization(qint64 id, bool approve, qint64 decidedBy, const QDateTime& at,
                                          const QString& reason)
{
    sql::run(
        m_db,
        QStringLiteral(
            "UPDATE b_authorizations SET status = ?, decided_by = ?, decided_at = ?, decision_reason = ? "
            "WHERE id = ? AND status = 'pending'"),
        {approve ? QStringLiteral("approved") : QStringLiteral("rejected"), decidedBy, sql::time(at),
         sql::nullableText(reason), id});
}

} // namespace cp::server
