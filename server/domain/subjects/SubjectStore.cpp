#include "domain/subjects/SubjectStore.h"

#include "domain/DomainError.h"

namespace cp::server {

std::optional<qint64> SubjectStore::findId(const QString& idNumber)
{
    auto q = sql::select(m_db, QStringLiteral("SELECT id FROM subjects WHERE id_number = ?"), {idNumber});
    if (!q.next())
        return std::nullopt;
    return q.integer("id");
}

protocol::SubjectSummary SubjectStore::summary(qint64 subjectId)
{
    auto q = sql::select(
        m_db,
        QStringLiteral("SELECT s.id, s.kind, s.id_number, s.name, s.legal_representative, s.region_code, "
                       "COALESCE(r.name, '') AS region_name FROM subjects s "
                       "LEFT JOIN regions r ON r.code = s.region_code WHERE s.id = ?"),
        {subjectId});
    if (!q.next())
        throw DomainError(protocol::ErrorCode::NotFound, QStringLiteral("主体不存在。"));
    return {q.integer("id"),
            q.text("kind"),
            q.text("id_number"),
            q.text("name"),
            q.text("legal_representative"),
            q.text("region_code"),
            q.text("region_name")};
}

const sql::Columns& SubjectStore::recordColumns()
{
    static const sql::Columns columns(
        QStringLiteral("r"),
        {QStringLiteral("id"), QStringLiteral("category_code"), QStringLiteral("title"),
         QStringLiteral("content"), QStringLiteral("provider_department"), QStringLiteral("document_number"),
         QStringLiteral("decision_date"), QStringLiteral("valid_until"), QStringLiteral("open_class"),
         QStringLiteral("applicant_mark_reason"), QStringLiteral("applicant_mark_until"),
         QStringLiteral("dispute_state")});
    return columns;
}

QString SubjectStore::recordSelect()
{
    return recordColumns().list() + QStringLiteral(", c.name_zh AS category_name");
}

protocol::ReportRecord SubjectStore::readRecord(const sql::Rows& q, const QDate& today)
{
    protocol::ReportRecord r;
    r.id = q.integer("id");
    r.categoryCode = q.text("category_code");
    r.categoryName = q.text("category_name");
    r.decisionDate = q.date("decision_date");
    r.openClass = q.text("open_class");
    if (q.text("dispute_state") == QLatin1String("in_progress")) {
        // seed 003 附件2: suspended while the dispute is handled; content withheld.
        r.suspended = true;
        r.title = QStringLiteral("暂停使用（异议处理中）");
        return r;
    }
    r.title = q.text("title");
    r.content = q.text("content");
    r.providerDepartment = q.text("provider_department");
    r.documentNumber = q.text("document_number");
    r.validUntil = q.date("valid_until");
    const QDate markUntil = q.date("applicant_mark_until");
    if (!q.isNull("applicant_mark_reason") && markUntil.isValid() && markUntil >= today) {
        r.applicantMarkReason = q.text("applicant_mark_reason");
        r.applicantMarkUntil = markUntil;
    }
    return r;
}

QList<protocol::ReportRecord> SubjectStore::reportRecords(qint64 subjectId, const QSet<QString>& classes,
                                                          const QSet<QString>& categories, const QDate& today)
{
    // Class C (政府内部应用) is never selected, whatever the caller passes; suspended
    // records are not selected at all (never usable in a report).
    const bool a = classes.contains(QStringLiteral("A"));
    const bool b = classes.contains(QStringLiteral("B"));
    auto q = sql::select(
        m_db,
        QStringLiteral("SELECT %1 FROM credit_records r JOIN credit_categories c ON c.code = r.category_code "
                       "WHERE r.subject_id = ? AND r.status = 'active' AND r.dispute_state = 'none' "
                       "AND ((r.open_class = 'A' AND ? = 1) OR (r.open_class = 'B' AND ? = 1)) "
                       "ORDER BY c.sort_order, r.decision_date DESC, r.id")
            .arg(recordSelect()),
        {subjectId, a ? 1 : 0, b ? 1 : 0});
    QList<protocol::ReportRecord> out;
    while (q.next()) {
        auto r = readRecord(q, today);
        if (categories.isEmpty() || categories.contains(r.categoryCode))
            out.append(r);
    }
    return out;
}

qint64 SubjectStore::addSubject(const NewSubject& s)
{
    return sql::run(m_db,
                    QStringLiteral("INSERT INTO subjects (kind, id_number, name, legal_representative, "
                                   "region_code, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                    {s.kind, s.idNumber, s.name, s.legalRepresentative, s.regionCode, sql::time(s.createdAt)})
        .lastInsertId()
        .toLongLong();
}

qint64 SubjectStore::addRecord(const NewRecord& r)
{
    const QVariant at = sql::time(r.createdAt);
    return sql::run(m_db,
                    QStringLiteral("INSERT INTO credit_records (subject_id, category_code, title, content, "
                                   "provider_department, document_number, decision_date, valid_until, "
                                   "open_class, region_code, status, dispute_state, applicant_mark_reason, "
                                   "applicant_mark_until, created_at, updated_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {r.subjectId, r.categoryCode, r.title, r.content, r.providerDepartment, r.documentNumber,
                     sql::date(r.decisionDate), sql::date(r.validUntil), r.openClass, r.regionCode, r.status,
                     r.disputeState, sql::nullableText(r.applicantMarkReason),
                     sql::date(r.applicantMarkUntil), at, at})
        .lastInsertId()
        .toLongLong();
}

} // namespace cp::server
