#include "domain/archives/LoanService.h"

#include "domain/DomainError.h"
#include "domain/LocalDate.h"
#include "domain/SeparationOfDuties.h"
#include "domain/UnitOfWork.h"
#include "domain/archives/ArchiveDocuments.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cp::server {

using namespace archives;
using protocol::ErrorCode;

QDate LoanService::today() const
{
    return chinaDate(m_clock.now());
}

namespace {

// seed 004 §29, 附件2 §15: the leader who decides on a loan neither registered it nor borrows it.
void requireOtherDecider(const LoanRow& row, qint64 actor, const QString& stepZh)
{
    requireAnotherPerson(actor, stepZh,
                         {{row.requestedBy, QStringLiteral("requester"), QStringLiteral("借阅登记人")},
                          {row.loan.borrowerId, QStringLiteral("borrower"), QStringLiteral("借阅人")}});
}

// seed 004 §29 "由档案管理人员履行登记手续": the archive staff hand out and take back; a
// borrower does not register their own check-out or certify the condition of their own return.
void requireOtherHandler(const LoanRow& row, qint64 actor, const QString& stepZh)
{
    requireAnotherPerson(actor, stepZh,
                         {{row.loan.borrowerId, QStringLiteral("borrower"), QStringLiteral("借阅人")}});
}

} // namespace

void LoanService::auditStep(UnitOfWork& work, const QString& action, const LoanRow& row, QJsonObject detail)
{
    QJsonArray items;
    for (const auto& i : row.loan.items)
        items.append(i.itemId);
    detail.insert(QStringLiteral("loan"), row.loan.number);
    detail.insert(QStringLiteral("borrower"), QJsonObject{{QStringLiteral("id"), row.loan.borrowerId},
                                                          {QStringLiteral("name"), row.loan.borrowerName}});
    detail.insert(QStringLiteral("mode"), row.loan.mode);
    detail.insert(QStringLiteral("items"), items);
    detail.insert(QStringLiteral("workstation"), m_caller.op.workstation);
    work.audit(action, QStringLiteral("archive-loan:%1").arg(row.loan.id), QStringLiteral("ok"), detail);
}

void LoanService::eventForItems(const LoanRow& row, const QString& action, const QString& detail)
{
    for (const auto& i : row.loan.items)
        m_store.event({i.itemId, row.loan.id, 0, action, m_caller.op.accountId, row.loan.borrowerId, detail},
                      m_clock.now());
}

QList<protocol::ArchiveLoan> LoanService::list(const QString& filter, qint64 borrowerId)
{
    static const QStringList kFilters{QStringLiteral("open"),
                                      QStringLiteral("overdue"),
                                      QStringLiteral("all"),
                                      kRequested,
                                      kApproved,
                                      kRejected,
                                      kCancelled,
                                      kCheckedOut,
                                      kReturned};
    if (!filter.isEmpty() && !kFilters.contains(filter))
        throw DomainError::invalid(QStringLiteral("state"), QStringLiteral("借阅单状态筛选条件无效。"));
    return m_store.loans(filter, borrowerId, today());
}

protocol::ArchiveLoan LoanService::get(qint64 id)
{
    return m_store.loadLoan(id, today()).loan;
}

protocol::LoanStep LoanService::request(const protocol::LoanRequestInput& raw)
{
    protocol::LoanRequestInput in = raw;
    if (in.mode != kOnSite && in.mode != kTakeOut)
        throw DomainError::invalid(QStringLiteral("mode"), QStringLiteral("请选择现场查阅或借出。"));
    in.purpose = requiredText(QStringLiteral("purpose"), in.purpose, 200, QStringLiteral("借阅用途"));
    if (in.itemIds.isEmpty())
        throw DomainError::invalid(QStringLiteral("itemIds"), QStringLiteral("请选择要借阅的档案。"));
    if (in.itemIds.size() > kMaxItemsPerLoan)
        throw DomainError::invalid(QStringLiteral("itemIds"),
                                   QStringLiteral("一次最多借阅 %1 件档案。").arg(kMaxItemsPerLoan));
    const QDate day = today();
    if (!in.requestedReturn.isValid())
        throw DomainError::invalid(QStringLiteral("requestedReturn"),
                                   QStringLiteral("请填写归还日期（yyyy-MM-dd）。"));
    if (in.mode == kOnSite && in.requestedReturn != day)
        throw DomainError::invalid(
            QStringLiteral("requestedReturn"),
            QStringLiteral("现场查阅须当日归还，归还日期应为 %1。").arg(day.toString(Qt::ISODate)));
    if (in.mode == kTakeOut &&
        (in.requestedReturn < day || in.requestedReturn > day.addDays(kMaxTakeOutDays)))
        throw DomainError::invalid(QStringLiteral("requestedReturn"),
                                   QStringLiteral("借出归还日期应在今天至 %1 天之内。").arg(kMaxTakeOutDays));

    UnitOfWork work(m_db, m_clock, m_caller.op);
    QSet<Role> borrowerRoles;
    const auto borrower = staffMember(m_db, in.borrowerId, QStringLiteral("borrowerId"), &borrowerRoles);
    if (!mayBorrow(borrowerRoles))
        throw DomainError(ErrorCode::Forbidden,
                          QStringLiteral("%1 不是可借阅档案的在岗人员（第二十七条：不得泄露给无关人员）。")
                              .arg(borrower.fullName),
                          {{QStringLiteral("field"), QStringLiteral("borrowerId")},
                           {QStringLiteral("reason"), QStringLiteral("BORROWER_NOT_ENTITLED")}});
    QList<qint64> unique;
    for (qint64 id : in.itemIds) {
        if (unique.contains(id))
            continue;
        unique.append(id);
        const auto row = m_store.loadItem(id, day);
        if (row.item.status != kFiled)
            throw DomainError(ErrorCode::InvalidState,
                              QStringLiteral("档案“%1”当前状态为“%2”，不能借阅。")
                                  .arg(row.item.title, itemStatusZh(row.item.status)),
                              {{QStringLiteral("state"), row.item.status}, {QStringLiteral("itemId"), id}});
        // seed 004 §29 "不许转借他人": one open loan per item, so it never passes to another person.
        if (const auto other = m_store.openLoanFor(id))
            throw DomainError(ErrorCode::Conflict,
                              QStringLiteral("档案“%1”已在借阅单 %2 中，归还前不能再借给他人。")
                                  .arg(row.item.title, *other),
                              {{QStringLiteral("reason"), QStringLiteral("ITEM_ON_LOAN")},
                               {QStringLiteral("itemId"), id},
                               {QStringLiteral("loan"), *other}});
        if (const auto list = m_store.openDestructionFor(id))
            throw DomainError(ErrorCode::Conflict,
                              QStringLiteral("档案“%1”已列入销毁清册 %2。").arg(row.item.title, *list),
                              {{QStringLiteral("reason"), QStringLiteral("ITEM_LISTED_FOR_DESTRUCTION")},
                               {QStringLiteral("itemId"), id}});
    }
    in.itemIds = unique;
    const QDateTime now = m_clock.now();
    const QString number = m_store.nextNumber(QStringLiteral("archive_loans"), QStringLiteral("JY"), day);
    // 004 §29: reading on site needs no leader; taking out waits for one.
    const QString state = in.mode == kOnSite ? kApproved : kRequested;
    const qint64 id = m_store.insertLoan(in, number, state, m_caller.op.accountId, now);
    const LoanRow row = m_store.loadLoan(id, day);
    eventForItems(row, QStringLiteral("loan_requested"), row.loan.purpose);
    auditStep(work, QStringLiteral("archive.loan_request"), row,
              {{QStringLiteral("purpose"), row.loan.purpose},
               {QStringLiteral("requestedReturn"), row.loan.requestedReturn.toString(Qt::ISODate)}});
    work.commit();
    return {m_store.loadLoan(id, day).loan, std::nullopt};
}

protocol::LoanStep LoanService::step(qint64 id, archives::LoanStep s, const Act& act)
{
    UnitOfWork work(m_db, m_clock, m_caller.op);
    const LoanRow row = m_store.loadLoan(id, today());
    if (!loanStepAllowed(s, row.loan.state))
        throw wrongLoanState(row.loan.number, row.loan.state, s);
    auto document = act(work, row);
    work.commit();
    return {m_store.loadLoan(id, today()).loan, document};
}

protocol::LoanStep LoanService::approve(qint64 id, const QString& note)
{
    return step(
        id, archives::LoanStep::Approve,
        [&](UnitOfWork& work, const LoanRow& row) -> std::optional<protocol::Report> {
            requireOtherDecider(row, m_caller.op.accountId, QStringLiteral("审批该借阅"));
            m_store.decideLoan(row.loan.id, kApproved, m_caller.op.accountId, note, m_clock.now());
            eventForItems(row, QStringLiteral("loan_approved"), note);
            auditStep(work, QStringLiteral("archive.loan_approve"), row, {{QStringLiteral("note"), note}});
            return std::nullopt;
        });
}

protocol::LoanStep LoanService::reject(qint64 id, const QString& reason)
{
    return step(
        id, archives::LoanStep::Reject,
        [&](UnitOfWork& work, const LoanRow& row) -> std::optional<protocol::Report> {
            requireOtherDecider(row, m_caller.op.accountId, QStringLiteral("驳回该借阅"));
            m_store.decideLoan(row.loan.id, kRejected, m_caller.op.accountId, reason, m_clock.now());
            eventForItems(row, QStringLiteral("loan_rejected"), reason);
            auditStep(work, QStringLiteral("archive.loan_reject"), row, {{QStringLiteral("reason"), reason}});
            return std::nullopt;
        });
}

protocol::LoanStep LoanService::cancel(qint64 id, const QString& reason)
{
    return step(
        id, archives::LoanStep::Cancel,
        [&](UnitOfWork& work, const LoanRow& row) -> std::optional<protocol::Report> {
            m_store.cancelLoan(row.loan.id, reason, m_clock.now());
            eventForItems(row, QStringLiteral("loan_cancelled"), reason);
            auditStep(work, QStringLiteral("archive.loan_cancel"), row, {{QStringLiteral("reason"), reason}});
            return std::nullopt;
        });
}

protocol::LoanStep LoanService::checkOut(qint64 id)
{
    return step(
        id, archives::LoanStep::CheckOut,
        [&](UnitOfWork& work, const LoanRow& row) -> std::optional<protocol::Report> {
            // The approval is part of the state machine; check it again where it matters most.
            if (row.loan.mode == kTakeOut && !row.loan.approverId)
                throw DomainError(ErrorCode::InvalidState,
                                  QStringLiteral("借出档案须经分管领导批准后方可出借。"),
                                  {{QStringLiteral("state"), row.loan.state},
                                   {QStringLiteral("reason"), QStringLiteral("APPROVAL_REQUIRED")}});
            requireOtherHandler(row, m_caller.op.accountId, QStringLiteral("办理出借登记"));
            const QDate day = today();
            QList<protocol::ArchiveItem> items;
            for (const auto& li : row.loan.items) {
                const auto item = m_store.loadItem(li.itemId, day);
                if (item.item.status != kFiled || !item.item.loanNumber.isEmpty())
                    throw DomainError(ErrorCode::Conflict,
                                      QStringLiteral("档案“%1”不在库，不能出借。").arg(item.item.title),
                                      {{QStringLiteral("reason"), QStringLiteral("ITEM_NOT_AVAILABLE")},
                                       {QStringLiteral("itemId"), li.itemId}});
                items.append(item.item);
            }
            // On-site reading is due back the same day; a take-out loan on the approved date.
            const QDate due = row.loan.mode == kOnSite ? day : std::max(day, row.loan.requestedReturn);
            auto loan = row.loan;
            loan.dueDate = due;
            loan.checkedOutAt = m_clock.now();
            const auto slip = ArchiveDocuments(m_db, m_clock, m_caller.op).loanSlip(loan, items);
            m_store.checkOut(row.loan.id, m_caller.op.accountId, m_clock.now(), due, slip.number);
            eventForItems(
                row, QStringLiteral("checked_out"),
                QStringLiteral("应还 %1｜借阅登记单 %2").arg(due.toString(Qt::ISODate), slip.number));
            auditStep(work, QStringLiteral("archive.loan_checkout"), row,
                      {{QStringLiteral("dueDate"), due.toString(Qt::ISODate)},
                       {QStringLiteral("slip"), slip.number}});
            return slip;
        });
}

protocol::LoanStep LoanService::renew(qint64 id, const QDate& dueDate, const QString& reason)
{
    return step(id, archives::LoanStep::Renew,
                [&](UnitOfWork& work, const LoanRow& row) -> std::optional<protocol::Report> {
                    if (row.loan.mode != kTakeOut)
                        throw DomainError(ErrorCode::InvalidState,
                                          QStringLiteral("现场查阅须当日归还，不能续借。"),
                                          {{QStringLiteral("state"), row.loan.state},
                                           {QStringLiteral("reason"), QStringLiteral("ON_SITE")}});
                    requireOtherDecider(row, m_caller.op.accountId, QStringLiteral("批准该借阅续借"));
                    if (row.loan.renewals >= kMaxRenewals)
                        throw DomainError(
                            ErrorCode::Conflict,
                            QStringLiteral("已续借 %1 次，不能再续借，请先归还。").arg(row.loan.renewals),
                            {{QStringLiteral("reason"), QStringLiteral("RENEWALS_EXHAUSTED")}});
                    const QDate day = today();
                    if (!dueDate.isValid() || dueDate <= row.loan.dueDate || dueDate < day ||
                        dueDate > day.addDays(kMaxTakeOutDays))
                        throw DomainError::invalid(
                            QStringLiteral("dueDate"),
                            QStringLiteral("续借后的归还日期应晚于原应还日期，且在今天起 %1 天之内。")
                                .arg(kMaxTakeOutDays));
                    m_store.renew(row.loan.id, m_caller.op.accountId, dueDate, reason, m_clock.now());
                    eventForItems(row, QStringLiteral("renewed"),
                                  QStringLiteral("应还 %1 → %2｜%3")
                                      .arg(row.loan.dueDate.toString(Qt::ISODate),
                                           dueDate.toString(Qt::ISODate), reason));
                    auditStep(work, QStringLiteral("archive.loan_renew"), row,
                              {{QStringLiteral("from"), row.loan.dueDate.toString(Qt::ISODate)},
                               {QStringLiteral("to"), dueDate.toString(Qt::ISODate)},
                               {QStringLiteral("reason"), reason}});
                    return std::nullopt;
                });
}

protocol::LoanStep LoanService::giveBack(qint64 id, const protocol::LoanReturnInput& raw)
{
    return step(
        id, archives::LoanStep::Return,
        [&](UnitOfWork& work, const LoanRow& row) -> std::optional<protocol::Report> {
            requireOtherHandler(row, m_caller.op.accountId, QStringLiteral("登记归还"));
            protocol::LoanReturnInput in;
            in.note = raw.note.left(1000);
            static const QStringList kConditions{QStringLiteral("intact"), QStringLiteral("damaged"),
                                                 QStringLiteral("incomplete")};
            for (int i = 0; i < row.loan.items.size(); ++i) {
                const auto& li = row.loan.items[i];
                const auto given =
                    std::find_if(raw.items.cbegin(), raw.items.cend(),
                                 [&](const protocol::LoanItem& x) { return x.itemId == li.itemId; });
                const QString field = QStringLiteral("items[%1].condition").arg(i);
                if (given == raw.items.cend() || !kConditions.contains(given->condition))
                    throw DomainError::invalid(
                        field,
                        QStringLiteral("请登记档案“%1”归还时的状况（完好、破损或缺页）。").arg(li.title));
                protocol::LoanItem out = *given;
                out.conditionNote = out.conditionNote.trimmed().left(500);
                if (out.condition != QLatin1String("intact") && out.conditionNote.isEmpty())
                    throw DomainError::invalid(
                        QStringLiteral("items[%1].conditionNote").arg(i),
                        QStringLiteral("档案“%1”%2，请写明情况。").arg(li.title, conditionZh(out.condition)));
                in.items.append(out);
            }
            m_store.returnLoan(row.loan.id, m_caller.op.accountId, m_clock.now(), in);
            QJsonArray conditions;
            for (const auto& item : in.items) {
                m_store.event(
                    {item.itemId, row.loan.id, 0, QStringLiteral("returned"), m_caller.op.accountId,
                     row.loan.borrowerId,
                     conditionZh(item.condition) + (item.conditionNote.isEmpty()
                                                        ? QString()
                                                        : QStringLiteral("｜") + item.conditionNote)},
                    m_clock.now());
                conditions.append(QJsonObject{{QStringLiteral("item"), item.itemId},
                                              {QStringLiteral("condition"), item.condition}});
            }
            auditStep(work, QStringLiteral("archive.loan_return"), row,
                      {{QStringLiteral("conditions"), conditions},
                       {QStringLiteral("overdueDays"), row.loan.overdueDays},
                       {QStringLiteral("note"), in.note}});
            return std::nullopt;
        });
}

} // namespace cp::server
