// The printable documents of the archive room, numbered, hashed and signed by
// ReportService like a credit report, so a printout can be checked later with
// POST /api/v1/reports/verify: the 借阅登记单 (loan slip, at check-out, 004 §29
// "履行登记手续") and the 销毁清册 (destruction list, 004 §30, itself archived).
// They concern no credit subject (reports.subject_id is NULL); each archive item
// is one line of the records table. Issued inside the caller's transaction.
#pragma once

#include "ArchiveProtocol.h"
#include "domain/Clock.h"
#include "domain/Operator.h"

#include <QSqlDatabase>

namespace cp::server {

namespace documentKind {
inline const QString kLoanSlip = QStringLiteral("archive_loan_slip");               // 档案借阅登记单
inline const QString kDestructionList = QStringLiteral("archive_destruction_list"); // 档案销毁清册
} // namespace documentKind

class ArchiveDocuments
{
  public:
    ArchiveDocuments(QSqlDatabase db, const Clock& clock, const Operator& op)
        : m_db(std::move(db)), m_clock(clock), m_op(op)
    {
    }

    protocol::Report loanSlip(const protocol::ArchiveLoan& loan, const QList<protocol::ArchiveItem>& items);
    protocol::Report destructionList(const protocol::Destruction& d);

    static bool isArchiveDocument(const QString& kind);

  private:
    protocol::Report issue(protocol::Report r, const QString& kind);

    QSqlDatabase m_db;
    const Clock& m_clock;
    Operator m_op;
};

} // namespace cp::server
