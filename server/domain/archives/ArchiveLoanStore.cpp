// ArchiveStore, second half: the SQL of loans (archive_loans, archive_loan_items).
#include "domain/archives/ArchiveStore.h"

#include "domain/DomainError.h"
#include "domain/Sql.h"
#include "domain/archives/ArchiveRules.h"

namespace cp::server {

using namespace archives;
using protocol::ErrorCode;

namespace {

const sql::Columns& loanColumns()
{
    static const sql::Columns columns(
        QStringLiteral("l"),
        {QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("borrower_id"),
         QStringLiteral("mode"), QStringLiteral("purpose"), QStringLiteral("requested_return"),
         QStringLiteral("state"), QStringLiteral("requested_at"), QStringLiteral("approver_id"),
         QStringLiteral("decided_at"), QStringLiteral("decision_note"), QStringLiteral("checked_out_at"),
         QStringLiteral("due_date"), QStringLiteral("renewals"), QStringLiteral("returned_at"),
         QStringLiteral("return_note"), QStringLiteral("slip_number"), QStringLiteral("requested_by")});
    return columns;
}

const QString& loanSelect()
{
    static const QString select =
        QStringLiteral("SELECT ") + loanColumns().list() +
        QStringLiteral(", b.full_name AS borrower_name, rq.full_name AS requested_by_name, "
                       "ap.full_name AS approver_name, co.full_name AS checked_out_by_name, "
                       "rt.full_name AS returned_by_name "
                       "FROM archive_loans l JOIN accounts b ON b.id = l.borrower_id "
                       "JOIN accounts rq ON rq.id = l.requested_by "
                       "LEFT JOIN accounts ap ON ap.id = l.approver_id "
                       "LEFT JOIN accounts co ON co.id = l.checked_out_by "
                       "LEFT JOIN accounts rt ON rt.id = l.returned_by ");
    return select;
}

LoanRow loanFrom(const sql::Rows& q, const QDate& today)
{
    LoanRow r;
    auto& l = r.loan;
    l.id = q.integer("id");
    l.number = q.text("number");
    l.borrowerId = q.integer("borrower_id");
    l.borrowerName = q.text("borrower_name");
    l.mode = q.text("mode");
    l.purpose = q.text("purpose");
    l.requestedReturn = q.date("requested_return");
    l.state = q.text("state");
    l.requestedByName = q.text("requested_by_name");
    l.requestedAt = q.time("requested_at");
    l.approverId = q.integer("approver_id");
    l.approverName = q.text("approver_name");
    l.decidedAt = q.time("decided_at");
    l.decisionNote = q.text("decision_note");
    l.checkedOutByName = q.text("checked_out_by_name");
    l.checkedOutAt = q.time("checked_out_at");
    l.dueDate = q.date("due_date");
    l.renewals = q.number("renewals");
    l.returnedByName = q.text("returned_by_name");
    l.returnedAt = q.time("returned_at");
    l.returnNote = q.text("return_note");
    l.slipNumber = q.text("slip_number");
    r.requestedBy = q.integer("requested_by");
    l.overdueDays = overdueDays(l.state, l.dueDate, today);
    return r;
}

} // namespace

// --- loans -----------------------------------------------------------------------------

QList<protocol::LoanItem> ArchiveStore::loanItems(qint64 loanId)
{
    auto q = sql::select(
        m_db,
        QStringLiteral(
            "SELECT li.item_id, i.title, v.number AS volume_number, li.return_condition, "
            "li.condition_note FROM archive_loan_items li JOIN archive_items i ON i.id = li.item_id "
            "LEFT JOIN archive_volumes v ON v.id = i.volume_id WHERE li.loan_id = ? ORDER BY li.item_id"),
        {loanId});
    QList<protocol::LoanItem> out;
    while (q.next())
        out.append({q.integer("item_id"), q.text("title"), q.text("volume_number"),
                    q.text("return_condition"), q.text("condition_note")});
    return out;
}

std::optional<LoanRow> ArchiveStore::findLoan(qint64 id, const QDate& today)
{
    auto q = sql::select(m_db, loanSelect() + QStringLiteral("WHERE l.id = ?"), {id});
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
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(loanSelect() + where);
    for (const auto& v : values)
        query.addBindValue(v);
    if (!query.exec())
        throw DomainError(ErrorCode::Internal);
    sql::Rows q(std::move(query));
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

std::optional<qint64> ArchiveStore::loanBorrower(const QString& number)
{
    auto q =
        sql::select(m_db, QStringLiteral("SELECT borrower_id FROM archive_loans WHERE number = ?"), {number});
    if (!q.next())
        return std::nullopt;
    return q.integer("borrower_id");
}

int ArchiveStore::pendingLoanRequests()
{
    auto q = sql::select(m_db,
                         QStringLiteral("SELECT count(*) AS n FROM archive_loans WHERE state = 'requested'"));
    q.next();
    return q.number("n");
}

} // namespace cp::server
