// "申请人存疑" marks (seed 003 附件2.六(三)–(五)) and their revocation (附件2.七).
// After the result is delivered the applicant has 5 working days to apply at
// the window for a mark on a record of the case; the credit centre sets it
// within 7 working days; it is kept 30 days and lapses by itself; the record
// stays usable and every report shows the mark and its reason. On the
// subject's request the window accepts a revocation and the credit centre
// revokes within 5 working days.
#pragma once

#include "DisputeProtocol.h"
#include "WorkingDayCalendar.h"
#include "domain/Clock.h"
#include "domain/Operator.h"
#include "domain/disputes/MarkStore.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace cp::server {

struct CaseRow;

class MarkService
{
  public:
    MarkService(QSqlDatabase db, const Clock& clock, Operator op)
        : m_db(std::move(db)), m_clock(clock), m_op(std::move(op)), m_store(m_db)
    {
    }

    /// Clerk: within 5 working days of delivery; issues the mark receipt.
    protocol::MarkStep apply(qint64 caseId, const protocol::MarkApplicationInput& in);
    /// Officer: writes the mark and its reason onto the record for 30 days.
    protocol::MarkStep set(qint64 caseId, qint64 markId);
    /// Clerk: the subject asks to revoke a mark in force; issues the revocation receipt.
    protocol::MarkStep acceptRevocation(qint64 caseId, qint64 markId,
                                        const protocol::MarkApplicationInput& in);
    /// Officer: clears the mark from the record.
    protocol::MarkStep revoke(qint64 caseId, qint64 markId);
    /// filter: open (a step is due; default) | active (in force) | all.
    QList<protocol::ApplicantMark> list(const QString& filter);

  private:
    MarkRow load(qint64 caseId, qint64 markId);
    [[noreturn]] void wrongState(const protocol::ApplicantMark& m, const QString& step);
    static QString target(const MarkRow& row);
    /// The entry's detail with what 附件2.八(一) keeps for good: mark, case, record, subject, workstation.
    QJsonObject detailOf(const MarkRow& row, QJsonObject detail);
    protocol::MarkStep answer(qint64 markId, std::optional<protocol::Report> document);
    const WorkingDayCalendar& calendar();
    QDate today() const;

    QSqlDatabase m_db;
    const Clock& m_clock;
    Operator m_op;
    MarkStore m_store;
    std::optional<WorkingDayCalendar> m_calendar;
};

} // namespace cp::server
