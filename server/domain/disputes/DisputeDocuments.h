// The printable documents of the dispute workflow, each numbered, hashed and
// signed by ReportService like a credit report, so a printout can be checked
// later with POST /api/v1/reports/verify. Issued inside the caller's transaction.
#pragma once

#include "DisputeProtocol.h"
#include "domain/Clock.h"
#include "domain/Operator.h"

#include <QSqlDatabase>

namespace cp::server {

/// reports.kind of each document.
namespace documentKind {
// clang-format off
inline const QString kCaseReceipt = QStringLiteral("dispute_receipt");               // 异议申请受理回执
inline const QString kResultReport = QStringLiteral("dispute_result");               // 异议处理结果报告
inline const QString kMarkReceipt = QStringLiteral("mark_receipt");                  // 异议标注申请受理回执
inline const QString kRevocationReceipt = QStringLiteral("mark_revocation_receipt"); // 撤销异议标注受理回执
inline const QString kReprint = QStringLiteral("dispute_reprint");                   // 修正后免费打印
// clang-format on
} // namespace documentKind

class DisputeDocuments
{
  public:
    DisputeDocuments(QSqlDatabase db, const Clock& clock, const Operator& op)
        : m_db(std::move(db)), m_clock(clock), m_op(op)
    {
    }

    /// 受理回执: case number, reason, due date; records as they stood when disputed.
    protocol::Report caseReceipt(const protocol::DisputeCase& c, qint64 subjectId,
                                 const QList<protocol::DisputedRecord>& records);
    /// 异议处理结果报告: the approved wording and each record's outcome.
    protocol::Report resultReport(const protocol::DisputeCase& c, qint64 subjectId,
                                  const QList<protocol::DisputedRecord>& records);
    protocol::Report markReceipt(const protocol::DisputeCase& c, qint64 subjectId,
                                 const protocol::ApplicantMark& m, const protocol::DisputedRecord& record);
    protocol::Report revocationReceipt(const protocol::DisputeCase& c, qint64 subjectId,
                                       const protocol::ApplicantMark& m,
                                       const protocol::DisputedRecord& record, const QString& applicantName);
    /// The free reprint after a correction (附件2.五(五)): A and B records as a walk-in self-query shows
    /// them.
    protocol::Report reprint(const protocol::DisputeCase& c, qint64 subjectId);

  private:
    protocol::Report base(const protocol::DisputeCase& c, const QString& applicantName) const;
    protocol::Report issue(protocol::Report r, qint64 subjectId, const QString& kind);

    QSqlDatabase m_db;
    const Clock& m_clock;
    Operator m_op;
};

} // namespace cp::server
