// ArchiveStore, second half: the SQL of loans (archive_loans, archive_loan_items).
#include "domain/archives/ArchiveStore.h"

#include "domain/DomainError.h"
#include "domain/Sql.h"
#include "domain/archives/ArchiveRules.h"

namespace cp::server {

using namespace archives;
using protocol::ErrorCode;

namespace {

const QString kLoanSelect = QStringLiteral(
    "SELECT l.id, l.number, l.borrower_id, b.full_name, l.mode, l.purpose, l.requested_return, l.state, "
    "rq.full_name, l.requested_at, l.approver_id, ap.full_name, l.decided_at, l.decision_note, co.full_name, "
    "l.checked_out_at, l.due_date, l.renewals, rt.full_name, l.returned_at, l.return_note, l.slip_number, "
    "l.requested_by "
    "FROM archive_loans l JOIN accounts b ON b.id = l.borrower_id JOIN accounts rq ON rq.id = l.requested_by "
    "LEFT JOIN accounts ap ON ap.id = l.approver_id LEFT JOIN accounts co ON co.id = l.checked_out_by "
    "LEFT JOIN accounts rt ON rt.id = l.returned_by ");

LoanRow loanFrom(const QSqlQuery& q, const QDate& today)
{
    LoanRow r;
    auto& l = r.loan;
    l.id = q.value(0).toLongLong();
    l.number = q.value(1).toString();
    l.borrowerId = q.value(2).toLongLong();
    l.borrowerName = q.value(3).toString();
    l.mode = q.value(4).toString();
    l.purpose = q.value(5).toString();
    l.requestedReturn = sql::date(q.value(6));
    l.state = q.value(7).toString();
    l.requestedByName = q.value(8).toString();
    l.requestedAt = sql::time(q.value(9));
    l.approverId = q.value(10).toLongLong();
    l.approverName = q.value(11).toString();
    l.decidedAt = sql::time(q.value(12));
    l.decisionNote = q.value(13).toString();
    l.checkedOutByName = q.value(14).toString();
    l.checkedOutAt = sql::time(q.value(15));
    l.dueDate = sql::date(q.value(16));
    l.renewals = q.value(17).toInt();
    l.returnedByName = q.value(18).toString();
    l.returnedAt = sql::time(q.value(19));
    l.returnNote = q.value(20).toString();
    l.slipNumber = q.value(21).toString();
    r.requestedBy = q.value(22).toLongLong();
    l.overdueDays = overdueDays(l.state, l.dueDate, today);
    return r;
}

} // namespace

// --- loans -----------------------------------------------------------------------------

QList<protocol::LoanItem> ArchiveStore::loanItems(qint64 loanId)
{
    auto q = sql::run(
        m_db,
        QStringLiteral(
            "SELECT li.item_id, i.title, v.number, li.return_condition, li.condition_note "
            "FROM archive_loan_items li JOIN archive_items i ON i.id = li.item_id "
            "LEFT JOIN archive_volumes v ON v.id = i.volume_id WHERE li.loan_id = ? ORDER BY li.item_id"),
        {loanId});
    QList<protocol::LoanItem> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString()});
    return out;
}

std::optional<LoanRow> ArchiveStore::findLoan(qint64 id, const QDate& today)
{
    auto q = sql::run(m_db, kLoanSelect + QStringLiteral("WHERE l.id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    LoanRow r = loanFrom(q, today);
    r.loan.items = loanItems(id);
    return r;
}

LoanRow ArchiveStore::loadLoan(qint64 id, const QDate& today)
{
    auto row = findLoan(id, today);
    if (!row)
        throw DomainError(ErrorCode::NotFound, QStringLiteral("借阅单 %1 不存在。").arg(id));
    return *row;
}

QList<protocol::ArchiveLoan> ArchiveStore::loansWhere(const QString& where, const QVariantList& values,
                                                      const QDate& today)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(kLoanSelect + where);
    for (const auto& v : values)
        q.addBindValue(v);
    if (!q.exec())
        throw DomainError(ErrorCode::Internal);
    QList<protocol::ArchiveLoan> out;
    while (q.next())
        out.append(loanFrom(q, today).loan);
    for (auto& l : out)
        l.items = loanItems(l.id);
    return out;
}

QList<protocol::ArchiveLoan> ArchiveStore::loans(const QString& filter, qint64 borrowerId, const QDate& today)
{
    QString where = QStringLiteral("WHERE (? = 0 OR l.borrower_id = ?) ");
    QVariantList values{borrowerId, borrowerId};
    if (filter == QLatin1String("overdue")) {
        where += QStringLiteral("AND l.state = 'checked_out' AND l.due_date < ? ORDER BY l.due_date, l.id");
        values << sql::date(today);
    } else if (filter == QLatin1String("all")) {
        where += QStringLiteral("ORDER BY l.id DESC");
    } else if (filter.isEmpty() || filter == QLatin1String("open")) {
        where += QStringLiteral("AND l.state IN ('requested', 'approved', 'checked_out') ORDER BY l.id");
    } else {
        where += QStringLiteral("AND l.state = ? ORDER BY l.id");
        values << filter;
    }
    return loansWhere(where, values, today);
}

QList<protocol::ArchiveLoan> ArchiveStore::overdueFor(qint64 accountId, const QDate& today)
{
    return loansWhere(
        QStringLiteral("WHERE l.state = 'checked_out' AND l.due_date < ? "
                       "AND (? = 0 OR l.borrower_id = ? OR l.approver_id = ?) ORDER BY l.due_date, l.id"),
        {sql::date(today), accountId, accountId, accountId}, today);
}

qint64 ArchiveStore::insertLoan(const protocol::LoanRequestInput& in, const QString& number,
                                const QString& state, qint64 requestedBy, const QDateTime& now)
{
    auto q = sql::run(
        m_db,
        QStringLiteral(
            "INSERT INTO archive_loans (number, borrower_id, mode, purpose, requested_return, state, "
            "requested_by, requested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {number, in.borrowerId, in.mode, in.purpose, sql::date(in.requestedReturn), state, requestedBy,
         sql::time(now)});
    const qint64 id = q.lastInsertId().toLongLong();
    for (qint64 item : in.itemIds)
        sql::run(m_db, QStringLiteral("INSERT INTO archive_loan_items (loan_id, item_id) VALUES (?, ?)"),
                 {id, item});
    return id;
}

void ArchiveStore::decideLoan(qint64 id, const QString& state, qint64 approverId, const QString& note,
                              const QDateTime& now)
{
    sql::run(m_db,
             QStringLiteral("UPDATE archive_loans SET state = ?, approver_id = ?, decided_at = ?, "
                            "decision_note = ? WHERE id = ?"),
             {state, approverId, sql::time(now), note, id});
}

void ArchiveStore::cancelLoan(qint64 id, const QString& note, const QDateTime& now)
{
    sql::run(
        m_db,
        QStringLiteral(
            "UPDATE archive_loans SET state = 'cancelled', return_note = ?, returned_at = ? WHERE id = ?"),
        {note, sql::time(now), id});
}

void ArchiveStore::checkOut(qint64 id, qint64 by, const QDateTime& now, const QDate& due,
                            const QString& slipNumber)
{
    sql::run(m_db,
             QStringLiteral(
                 "UPDATE archive_loans SET state = 'checked_out', checked_out_by = ?, checked_out_at = ?, "
                 "due_date = ?, slip_number = ? WHERE id = ?"),
             {by, sql::time(now), sql::date(due), slipNumber, id});
}

void ArchiveStore::renew(qint64 id, qint64 approverId, const QDate& due, const QString& note,
                         const QDateTime& now)
{
    sql::run(
        m_db,
        QStringLiteral("UPDATE archive_loans SET due_date = ?, renewals = renewals + 1, approver_id = ?, "
                       "decision_note = ?, decided_at = ? WHERE id = ?"),
        {sql::date(due), approverId, note, sql::time(now), id});
}

void ArchiveStore::returnLoan(qint64 id, qint64 by, const QDateTime& now, const protocol::LoanReturnInput& in)
{
    sql::run(
        m_db,
        QStringLiteral(
            "UPDATE archive_loans SET state = 'returned', returned_by = ?, returned_at = ?, return_note = ? "
            "WHERE id = ?"),
        {by, sql::time(now), in.note, id});
    for (const auto& item : in.items)
        sql::run(m_db,
                 QStringLiteral("UPDATE archive_loan_items SET return_condition = ?, condition_note = ? "
                                "WHERE loan_id = ? AND item_id = ?"),
                 {item.condition, item.conditionNote, id, item.itemId});
}

int ArchiveStore::count(const QString& statement)
{
    auto q = sql::run(m_db, statement);
    q.next();
    return q.value(0).toInt();
}

} // namespace cp::server
