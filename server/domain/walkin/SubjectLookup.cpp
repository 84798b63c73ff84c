#include "domain/walkin/SubjectLookup.h"

#include "domain/DomainError.h"
#include "domain/Sql.h"

namespace cp::server {
namespace {

QSet<QString> csvSet(const QString& csv)
{
    const QStringList parts = csv.split(QLatin1Char(','), Qt::SkipEmptyParts);
    return QSet<QString>(parts.cbegin(), parts.cend());
}

} // namespace

std::optional<qint64> findSubjectId(QSqlDatabase& db, const QString& idNumber)
{
    auto q = sql::run(db, QStringLiteral("SELECT id FROM subjects WHERE id_number = ?"), {idNumber});
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

protocol::SubjectSummary subjectSummary(QSqlDatabase& db, qint64 subjectId)
{
    auto q = sql::run(
        db,
        QStringLiteral("SELECT s.id, s.kind, s.id_number, s.name, s.legal_representative, s.region_code, "
                       "COALESCE(r.name, '') FROM subjects s LEFT JOIN regions r ON r.code = s.region_code "
                       "WHERE s.id = ?"),
        {subjectId});
    if (!q.next())
        throw DomainError(protocol::ErrorCode::NotFound, QStringLiteral("主体不存在。"));
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(),   q.value(5).toString(), q.value(6).toString()};
}

walkin::Letter loadLetter(QSqlDatabase& db, qint64 letterId)
{
    auto q = sql::run(
        db,
        QStringLiteral(
            "SELECT authorized_name, authorized_id_type, authorized_id_number, valid_from, "
            "valid_until, classes, categories, certification FROM authorization_letters WHERE id = ?"),
        {letterId});
    if (!q.next())
        throw DomainError(protocol::ErrorCode::NotFound, QStringLiteral("授权委托书不存在。"));
    return {q.value(0).toString(),         q.value(1).toString(), q.value(2).toString(),
            sql::date(q.value(3)),         sql::date(q.value(4)), csvSet(q.value(5).toString()),
            csvSet(q.value(6).toString()), q.value(7).toString()};
}

const QString kRecordColumns = QStringLiteral(
    "r.id, r.category_code, c.name_zh, r.title, r.content, r.provider_department, r.document_number, "
    "r.decision_date, r.valid_until, r.open_class, r.applicant_mark_reason, r.applicant_mark_until, "
    "r.dispute_state");

protocol::ReportRecord readRecord(const QSqlQuery& q, const QDate& today)
{
    protocol::ReportRecord r;
    r.id = q.value(0).toLongLong();
    r.categoryCode = q.value(1).toString();
    r.categoryName = q.value(2).toString();
    r.decisionDate = sql::date(q.value(7));
    r.openClass = q.value(9).toString();
    if (q.value(12).toString() == QLatin1String("in_progress")) {
        // seed 003 附件2: suspended while the dispute is handled; content withheld.
        r.suspended = true;
        r.title = QStringLiteral("暂停使用（异议处理中）");
        return r;
    }
    r.title = q.value(3).toString();
    r.content = q.value(4).toString();
    r.providerDepartment = q.value(5).toString();
    r.documentNumber = q.value(6).toString();
    r.validUntil = sql::date(q.value(8));
    const QDate markUntil = sql::date(q.value(11));
    if (!q.value(10).isNull() && markUntil.isValid() && markUntil >= today) {
        r.applicantMarkReason = q.value(10).toString();
        r.applicantMarkUntil = markUntil;
    }
    return r;
}

QList<protocol::ReportRecord> reportRecords(QSqlDatabase& db, qint64 subjectId, const QSet<QString>& classes,
                                            const QSet<QString>& categories, const QDate& today)
{
    // Class C (政府内部应用) is never selected, whatever the caller passes; suspended
    // records are not selected at all (never usable in a report).
    const bool a = classes.contains(QStringLiteral("A"));
    const bool b = classes.contains(QStringLiteral("B"));
    auto q = sql::run(
        db,
        QStringLiteral("SELECT %1 FROM credit_records r JOIN credit_categories c ON c.code = r.category_code "
                       "WHERE r.subject_id = ? AND r.status = 'active' AND r.dispute_state = 'none' "
                       "AND ((r.open_class = 'A' AND ? = 1) OR (r.open_class = 'B' AND ? = 1)) "
                       "ORDER BY c.sort_order, r.decision_date DESC, r.id")
            .arg(kRecordColumns),
        {subjectId, a ? 1 : 0, b ? 1 : 0});
    QList<protocol::ReportRecord> out;
    while (q.next()) {
        auto r = readRecord(q, today);
        if (categories.isEmpty() || categories.contains(r.categoryCode))
            out.append(r);
    }
    return out;
}

} // namespace cp::server
