#include "domain/disputes/MarkStore.h"

#include "domain/DomainError.h"
#include "domain/Sql.h"

namespace cp::server {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT m.id, m.number, m.case_id, c.number, m.record_id, r.title, m.state, m.reason, m.applicant_name, "
    "m.accepted_at, m.due_date, m.receipt_number, m.set_at, (SELECT full_name FROM accounts WHERE id = "
    "m.set_by), "
    "m.mark_until, m.revocation_reason, m.revocation_accepted_at, m.revocation_due_date, "
    "m.revocation_receipt_number, "
    "m.revoked_at, (SELECT full_name FROM accounts WHERE id = m.revoked_by), c.subject_id "
    "FROM dispute_marks m JOIN dispute_cases c ON c.id = m.case_id JOIN credit_records r ON r.id = "
    "m.record_id ");

} // namespace

QList<MarkRow> MarkStore::read(QSqlQuery& q)
{
    QList<MarkRow> out;
    while (q.next()) {
        MarkRow row;
        auto& m = row.mark;
        m.id = q.value(0).toLongLong();
        m.number = q.value(1).toString();
        m.caseId = q.value(2).toLongLong();
        m.caseNumber = q.value(3).toString();
        m.recordId = q.value(4).toLongLong();
        m.recordTitle = q.value(5).toString();
        m.state = q.value(6).toString();
        m.reason = q.value(7).toString();
        m.applicantName = q.value(8).toString();
        m.acceptedAt = sql::time(q.value(9));
        m.dueDate = sql::date(q.value(10));
        m.receiptNumber = q.value(11).toString();
        m.setAt = sql::time(q.value(12));
        m.setByName = q.value(13).toString();
        m.markUntil = sql::date(q.value(14));
        m.revocationReason = q.value(15).toString();
        m.revocationAcceptedAt = sql::time(q.value(16));
        m.revocationDueDate = sql::date(q.value(17));
        m.revocationReceiptNumber = q.value(18).toString();
        m.revokedAt = sql::time(q.value(19));
        m.revokedByName = q.value(20).toString();
        row.subjectId = q.value(21).toLongLong();
        out.append(row);
    }
    return out;
}

std::optional<MarkRow> MarkStore::find(qint64 markId)
{
    auto q = sql::run(m_db, kSelect + QStringLiteral("WHERE m.id = ?"), {markId});
    auto rows = read(q);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

QList<MarkRow> MarkStore::ofCase(qint64 caseId)
{
    auto q = sql::run(m_db, kSelect + QStringLiteral("WHERE m.case_id = ? ORDER BY m.id"), {caseId});
    return read(q);
}

QList<MarkRow> MarkStore::list(const QString& filter, const QDate& today)
{
    if (filter == QLatin1String("open")) {
        auto q = sql::run(
            m_db, kSelect + QStringLiteral("WHERE m.state IN ('accepted', 'revocation_accepted') "
                                           "ORDER BY COALESCE(m.revocation_due_date, m.due_date), m.id"));
        return read(q);
    }
    if (filter == QLatin1String("active")) {
        auto q = sql::run(
            m_db,
            kSelect + QStringLiteral("WHERE m.state IN ('set', 'revocation_accepted') AND m.mark_until >= ? "
                                     "ORDER BY m.mark_until, m.id"),
            {sql::date(today)});
        return read(q);
    }
    auto q = sql::run(m_db, kSelect + QStringLiteral("ORDER BY m.id DESC LIMIT 500"));
    return read(q);
}

std::optional<QString> MarkStore::liveMarkFor(qint64 recordId, const QDate& today)
{
    auto q = sql::run(
        m_db,
        QStringLiteral("SELECT number FROM dispute_marks WHERE record_id = ? AND (state = 'accepted' "
                       "OR (state IN ('set', 'revocation_accepted') AND mark_until >= ?)) ORDER BY id"),
        {recordId, sql::date(today)});
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
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
