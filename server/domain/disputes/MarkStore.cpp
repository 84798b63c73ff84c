#include "domain/disputes/MarkStore.h"

#include "domain/DomainError.h"

namespace cp::server {

const sql::Columns& MarkStore::columns()
{
    static const sql::Columns columns(
        QStringLiteral("m"),
        {QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("case_id"),
         QStringLiteral("record_id"), QStringLiteral("state"), QStringLiteral("reason"),
         QStringLiteral("applicant_name"), QStringLiteral("accepted_at"), QStringLiteral("due_date"),
         QStringLiteral("receipt_number"), QStringLiteral("set_at"), QStringLiteral("mark_until"),
         QStringLiteral("revocation_reason"), QStringLiteral("revocation_accepted_at"),
         QStringLiteral("revocation_due_date"), QStringLiteral("revocation_receipt_number"),
         QStringLiteral("revoked_at")});
    return columns;
}

QList<MarkRow> MarkStore::select(const QString& whereAndOrder, std::initializer_list<QVariant> values)
{
    auto q = sql::select(
        m_db,
        QStringLiteral("SELECT %1, c.number AS case_number, r.title AS record_title, %2, %3, c.subject_id "
                       "FROM dispute_marks m JOIN dispute_cases c ON c.id = m.case_id "
                       "JOIN credit_records r ON r.id = m.record_id ")
                .arg(columns().list(), sql::accountName("m.set_by", "set_by_name"),
                     sql::accountName("m.revoked_by", "revoked_by_name")) +
            whereAndOrder,
        values);
    QList<MarkRow> out;
    while (q.next())
        out.append(readMark(q));
    return out;
}

MarkRow MarkStore::readMark(const sql::Rows& q)
{
    MarkRow row;
    auto& m = row.mark;
    m.id = q.integer("id");
    m.number = q.text("number");
    m.caseId = q.integer("case_id");
    m.caseNumber = q.text("case_number");
    m.recordId = q.integer("record_id");
    m.recordTitle = q.text("record_title");
    m.state = q.text("state");
    m.reason = q.text("reason");
    m.applicantName = q.text("applicant_name");
    m.acceptedAt = q.time("accepted_at");
    m.dueDate = q.date("due_date");
    m.receiptNumber = q.text("receipt_number");
    m.setAt = q.time("set_at");
    m.setByName = q.text("set_by_name");
    m.markUntil = q.date("mark_until");
    m.revocationReason = q.text("revocation_reason");
    m.revocationAcceptedAt = q.time("revocation_accepted_at");
    m.revocationDueDate = q.date("revocation_due_date");
    m.revocationReceiptNumber = q.text("revocation_receipt_number");
    m.revokedAt = q.time("revoked_at");
    m.revokedByName = q.text("revoked_by_name");
    row.subjectId = q.integer("subject_id");
    return row;
}

std::optional<MarkRow> MarkStore::find(qint64 markId)
{
    const auto rows = select(QStringLiteral("WHERE m.id = ?"), {markId});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

QList<MarkRow> MarkStore::ofCase(qint64 caseId)
{
    return select(QStringLiteral("WHERE m.case_id = ? ORDER BY m.id"), {caseId});
}

QList<MarkRow> MarkStore::list(const QString& filter, const QDate& today)
{
    if (filter == QLatin1String("open"))
        return select(QStringLiteral("WHERE m.state IN ('accepted', 'revocation_accepted') "
                                     "ORDER BY COALESCE(m.revocation_due_date, m.due_date), m.id"));
    if (filter == QLatin1String("active"))
        return select(QStringLiteral("WHERE m.state IN ('set', 'revocation_accepted') AND m.mark_until >= ? "
                                     "ORDER BY m.mark_until, m.id"),
                      {sql::date(today)});
    return select(QStringLiteral("ORDER BY m.id DESC LIMIT 500"));
}

std::optional<QString> MarkStore::liveMarkFor(qint64 recordId, const QDate& today)
{
    auto q = sql::select(
        m_db,
        QStringLiteral("SELECT number FROM dispute_marks WHERE record_id = ? AND (state = 'accepted' "
                       "OR (state IN ('set', 'revocation_accepted') AND mark_until >= ?)) ORDER BY id"),
        {recordId, sql::date(today)});
    if (!q.next())
        return std::nullopt;
    return q.text("number");
}

qint64 MarkStore::insert(const NewMark& m)
{
    auto q =
        sql::run(m_db,
                 QStringLiteral(
                     "INSERT INTO dispute_marks (number, case_id, record_id, state, reason, applicant_name, "
                     "applicant_id_type, applicant_id_number, accepted_by, accepted_at, due_date) "
                     "VALUES (?, ?, ?, 'accepted', ?, ?, ?, ?, ?, ?, ?)"),
                 {m.number, m.caseId, m.recordId, m.reason, m.applicant.name, m.applicant.idType,
                  m.applicant.idNumber, m.acceptedBy, sql::time(m.acceptedAt), sql::date(m.dueDate)});
    return q.lastInsertId().toLongLong();
}

void MarkStore::transition(qint64 markId, const QString& from, const QString& to)
{
    auto q = sql::run(m_db, QStringLiteral("UPDATE dispute_marks SET state = ? WHERE id = ? AND state = ?"),
                      {to, markId, from});
    if (q.numRowsAffected() != 1)
        throw DomainError(protocol::ErrorCode::Conflict,
                          QStringLiteral("标注状态已被他人更改，请刷新后重试。"));
}

void MarkStore::setReceipt(qint64 markId, const QString& number)
{
    sql::run(m_db, QStringLiteral("UPDATE dispute_marks SET receipt_number = ? WHERE id = ?"),
             {number, markId});
}

void MarkStore::recordSet(qint64 markId, qint64 by, const QDateTime& at, const QDate& until)
{
    transition(markId, QStringLiteral("accepted"), QStringLiteral("set"));
    sql::run(m_db,
             QStringLiteral("UPDATE dispute_marks SET set_by = ?, set_at = ?, mark_until = ? WHERE id = ?"),
             {by, sql::time(at), sql::date(until), markId});
    // seed 003 附件2.六(五): the record carries the mark and its reason; it stays usable.
    sql::run(m_db,
             QStringLiteral(
                 "UPDATE credit_records SET applicant_mark_reason = "
                 "(SELECT reason FROM dispute_marks WHERE id = ?), applicant_mark_until = ?, updated_at = ? "
                 "WHERE id = (SELECT record_id FROM dispute_marks WHERE id = ?)"),
             {markId, sql::date(until), sql::time(at), markId});
}

void MarkStore::recordRevocationAccepted(qint64 markId, const QString& reason, const QString& applicantName,
                                         qint64 by, const QDateTime& at, const QDate& due)
{
    transition(markId, QStringLiteral("set"), QStringLiteral("revocation_accepted"));
    sql::run(
        m_db,
        QStringLiteral(
            "UPDATE dispute_marks SET revocation_reason = ?, revocation_applicant_name = ?, "
            "revocation_accepted_by = ?, revocation_accepted_at = ?, revocation_due_date = ? WHERE id = ?"),
        {reason, applicantName, by, sql::time(at), sql::date(due), markId});
}

void MarkStore::setRevocationReceipt(qint64 markId, const QString& number)
{
    sql::run(m_db, QStringLiteral("UPDATE dispute_marks SET revocation_receipt_number = ? WHERE id = ?"),
             {number, markId});
}

void MarkStore::recordRevoked(qint64 markId, qint64 by, const QDateTime& at)
{
    transition(markId, QStringLiteral("revocation_accepted"), QStringLiteral("revoked"));
    sql::run(m_db, QStringLiteral("UPDATE dispute_marks SET revoked_by = ?, revoked_at = ? WHERE id = ?"),
             {by, sql::time(at), markId});
    // Only this mark's own values are cleared (seed 003 附件2.七(三)).
    sql::run(
        m_db,
        QStringLiteral("UPDATE credit_records SET applicant_mark_reason = NULL, applicant_mark_until = NULL, "
                       "updated_at = ? WHERE id = (SELECT record_id FROM dispute_marks WHERE id = ?) "
                       "AND applicant_mark_until = (SELECT mark_until FROM dispute_marks WHERE id = ?)"),
        {sql::time(at), markId, markId});
}

} // namespace cp::server
