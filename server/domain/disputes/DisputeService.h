// Dispute cases 异议处理 (SPEC §5; seed 003 附件2): the window accepts an
// application and issues a receipt; the disputed records are suspended the same
// day; the credit centre verifies with the providing department and writes the
// result; an approver approves it (corrections take effect then) or returns it;
// the window delivers it, which lifts the suspension. Deadline 30 days,
// extendable once by ≤ 15 working days with approval. Every step is in the
// tamper-evident audit chain, which is the permanent dispute log (附件2.八(一)).
//
// Each step: load the case in a transaction → check the state allows the step
// (the route has checked the role) → validate → act → audit → commit → answer
// with the case as it now stands and any document issued.
#pragma once

#include "DisputeProtocol.h"
#include "WorkingDayCalendar.h"
#include "domain/Clock.h"
#include "domain/Operator.h"
#include "domain/UnitOfWork.h"
#include "domain/disputes/DisputeRules.h"
#include "domain/disputes/DisputeStore.h"

#include <QSqlDatabase>
#include <functional>

namespace cp::server {

class DisputeService
{
  public:
    DisputeService(QSqlDatabase db, const Clock& clock, Operator op)
        : m_db(std::move(db)), m_clock(clock), m_op(std::move(op)), m_store(m_db)
    {
    }

    /// The subject's records as the window sees them, each with whether a dispute may be accepted.
    protocol::DisputableRecords disputable(const QString& idNumber);
    /// 受理 (clerk): refuses a record already in an open case or already answered (附件2.四(二)).
    protocol::DisputeStep accept(const protocol::DisputeAcceptInput& in);
    /// filter: open (default) | all | one state; earliest effective due date first.
    QList<protocol::DisputeCase> list(const QString& filter);
    protocol::DisputeCase get(qint64 id);
    /// The stored bytes; the viewing is audited.
    QByteArray materialContent(qint64 caseId, qint64 materialId, protocol::MaterialInfo* info);

    /// Officer: verification with the providing department (附件2.五(二)).
    protocol::DisputeStep verify(qint64 id, const QString& department, const QString& note,
                                 const QDate& date);
    /// Officer: one outcome per disputed record, and the result report's wording.
    protocol::DisputeStep submitResult(qint64 id, const protocol::DisputeResultInput& in);
    /// Approver, neither the verifier nor the author (SAME_PERSON): corrections and deletions
    /// take effect; the result report is issued.
    protocol::DisputeStep approve(qint64 id, const QString& note);
    /// Approver (as approve): sends the result back to the officer.
    protocol::DisputeStep returnResult(qint64 id, const QString& reason);
    /// Approver, not the acceptor, verifier or author: once, by 1–15 working days from the
    /// 30-day due date.
    protocol::DisputeStep extend(qint64 id, int workingDays, const QString& reason);
    /// Clerk: the applicant received the result; "异议正在处理" is lifted (附件2.六(二)).
    protocol::DisputeStep deliver(qint64 id, const QString& receivedBy);
    /// Clerk: the one free reprint after a correction (附件2.五(五)).
    protocol::DisputeStep reprint(qint64 id);

  private:
    struct Conflict
    {
        QString reason; // CASE_OPEN | ALREADY_ANSWERED
        QString caseNumber;
        protocol::DisputedRecord record;
    };
    using Act = std::function<std::optional<protocol::Report>(UnitOfWork&, const CaseRow&)>;

    protocol::DisputeStep step(qint64 id, disputes::CaseStep s, const Act& act);
    QList<protocol::DisputedRecord> checkedRecords(qint64 subjectId, const QList<qint64>& ids);
    std::optional<Conflict> findConflict(const QList<protocol::DisputedRecord>& records);
    /// Audits the refusal in the caller's unit, commits it, throws CONFLICT.
    [[noreturn]] void refuseRepeated(UnitOfWork& work, const protocol::SubjectSummary& subject,
                                     const Conflict& c);
    QList<protocol::DisputeOutcomeInput> checkedOutcomes(qint64 caseId,
                                                         const QList<protocol::DisputeOutcomeInput>& in);
    static QString target(const CaseRow& row);
    /// The entry's detail with what 附件2.八(一) keeps for good: case, subject, workstation.
    QJsonObject detailOf(const CaseRow& row, QJsonObject detail);
    protocol::DisputeCase view(const CaseRow& row);
    const WorkingDayCalendar& calendar();
    QDate today() const;

    QSqlDatabase m_db;
    const Clock& m_clock;
    Operator m_op;
    DisputeStore m_store;
    std::optional<WorkingDayCalendar> m_calendar;
};

} // namespace cp::server
