// Archive loans 档案借阅 (seed 004 §28–29; 003 附件1.七(四)): the archivist registers
// a request naming the items, the borrower, the purpose, on-site reading or taking
// out, and the return date. On-site reading (the default, "尽量现场查阅") is due the
// same day and needs no leader; taking out waits for an approver (not the borrower)
// — no approval, no check-out. Nobody decides on a loan they registered or borrow,
// and nobody checks out or takes back their own loan (SeparationOfDuties.h). Check-out
// and return are registered with who and when; the items stay with that one borrower
// (no re-lending: an item in an open loan cannot be requested for anyone else);
// returns record each item's condition.
// Renewals of a take-out loan are approved again. Overdue loans are listed with days
// overdue against the injected clock.
#pragma once

#include "ArchiveProtocol.h"
#include "domain/Clock.h"
#include "domain/archives/ArchiveRules.h"
#include "domain/archives/ArchiveService.h"
#include "domain/archives/ArchiveStore.h"

#include <QSqlDatabase>
#include <functional>

namespace cp::server {

class UnitOfWork;

class LoanService
{
  public:
    LoanService(QSqlDatabase db, const Clock& clock, ArchiveCaller caller)
        : m_db(std::move(db)), m_clock(clock), m_caller(std::move(caller)), m_store(m_db)
    {
    }

    /// Archivist: on_site → approved at once; take_out → requested (awaits an approver).
    protocol::LoanStep request(const protocol::LoanRequestInput& in);
    /// filter: open | overdue | all | a state; borrowerId 0 = anyone.
    QList<protocol::ArchiveLoan> list(const QString& filter, qint64 borrowerId);
    protocol::ArchiveLoan get(qint64 id);

    /// Approver, neither the one who registered the loan nor its borrower (SAME_PERSON).
    protocol::LoanStep approve(qint64 id, const QString& note);
    protocol::LoanStep reject(qint64 id, const QString& reason); // as approve
    protocol::LoanStep cancel(qint64 id, const QString& reason); // archivist, before check-out
    /// Archivist other than the borrower: to the loan's own borrower only; issues the signed 借阅登记单.
    protocol::LoanStep checkOut(qint64 id);
    /// Approver (as approve): a take-out loan, at most kMaxRenewals times, each ≤ kMaxTakeOutDays past today.
    protocol::LoanStep renew(qint64 id, const QDate& dueDate, const QString& reason);
    /// Archivist other than the borrower: every item's condition (intact | damaged | incomplete; a note
    /// unless intact).
    protocol::LoanStep giveBack(qint64 id, const protocol::LoanReturnInput& in);

  private:
    using Act = std::function<std::optional<protocol::Report>(UnitOfWork&, const LoanRow&)>;
    protocol::LoanStep step(qint64 id, archives::LoanStep s, const Act& act);
    /// The step's audit entry, its detail naming the document, items and workstation.
    void auditStep(UnitOfWork& work, const QString& action, const LoanRow& row, QJsonObject detail);
    void eventForItems(const LoanRow& row, const QString& action, const QString& detail);
    QDate today() const;

    QSqlDatabase m_db;
    const Clock& m_clock;
    ArchiveCaller m_caller;
    ArchiveStore m_store;
};

} // namespace cp::server
