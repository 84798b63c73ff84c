#include "domain/disputes/MarkService.h"

#include "domain/DomainError.h"
#include "domain/LocalDate.h"
#include "domain/UnitOfWork.h"
#include "domain/calendar/CalendarStore.h"
#include "domain/disputes/DisputeDocuments.h"
#include "domain/disputes/DisputeRules.h"
#include "domain/disputes/DisputeStore.h"
#include "domain/disputes/DisputeViews.h"
#include "domain/subjects/SubjectStore.h"

namespace cp::server {

using namespace disputes;
using protocol::ErrorCode;

namespace {

QString day(const QDate& d)
{
    return d.toString(Qt::ISODate);
}
QString zhDate(const QDate& d)
{
    return d.toString(QStringLiteral("yyyy年M月d日"));
}

const QStringList kFilters{QStringLiteral("open"), QStringLiteral("active"), QStringLiteral("all")};

protocol::DisputedRecord recordOf(const QList<protocol::DisputedRecord>& records, qint64 recordId)
{
    for (const auto& r : records)
        if (r.recordId == recordId)
            return r;
    throw DomainError::invalid(QStringLiteral("recordId"),
                               QStringLiteral("信用信息 %1 不在本异议案件中。").arg(recordId));
}

} // namespace

QDate MarkService::today() const
{
    return chinaDate(m_clock.now());
}

const WorkingDayCalendar& MarkService::calendar()
{
    if (!m_calendar)
        m_calendar = CalendarStore(m_db).load();
    return *m_calendar;
}

MarkRow MarkService::load(qint64 caseId, qint64 markId)
{
    const auto row = m_store.find(markId);
    if (!row || row->mark.caseId != caseId)
        throw DomainError(ErrorCode::NotFound,
                          QStringLiteral("异议案件 %1 中没有标注申请 %2。").arg(caseId).arg(markId));
    return *row;
}

void MarkService::wrongState(const protocol::ApplicantMark& m, const QString& step)
{
    const auto shown = markView({m, 0}, today());
    throw DomainError(
        ErrorCode::InvalidState,
        QStringLiteral("标注申请 %1 当前状态为“%2”，不能%3。").arg(m.number, shown.stateName, step),
        {{QStringLiteral("state"), shown.state}});
}

QString MarkService::target(const MarkRow& row)
{
    return QStringLiteral("mark:%1").arg(row.mark.id);
}

QJsonObject MarkService::detailOf(const MarkRow& row, QJsonObject detail)
{
    // seed 003 附件2.八(一): subject, date, the mark and its reason, for good.
    const auto subject = SubjectStore(m_db).summary(row.subjectId);
    detail.insert(QStringLiteral("markNumber"), row.mark.number);
    detail.insert(QStringLiteral("case"), row.mark.caseNumber);
    detail.insert(QStringLiteral("record"), row.mark.recordId);
    detail.insert(QStringLiteral("subject"), QJsonObject{{QStringLiteral("id"), row.subjectId},
                                                         {QStringLiteral("idNumber"), subject.idNumber},
                                                         {QStringLiteral("name"), subject.name}});
    detail.insert(QStringLiteral("workstation"), m_op.workstation);
    return detail;
}

protocol::MarkStep MarkService::answer(qint64 markId, std::optional<protocol::Report> document)
{
    return {markView(*m_store.find(markId), today()), std::move(document)};
}

protocol::MarkStep MarkService::apply(qint64 caseId, const protocol::MarkApplicationInput& in)
{
    UnitOfWork work(m_db, m_clock, m_op);
    DisputeStore cases(m_db);
    const CaseRow row = cases.loadCase(caseId);
    if (!stepAllowed(CaseStep::ApplyMark, row.dispute.state))
        throw disputes::wrongState(row.dispute.number, row.dispute.state, CaseStep::ApplyMark);
    // seed 003 附件2.六(三): within 5 working days after collecting the result report.
    const QDate delivered = chinaDate(row.dispute.deliveredAt);
    const QDate deadline = markApplicationDeadline(calendar(), delivered);
    if (today() > deadline)
        throw DomainError(
            ErrorCode::DeadlinePassed,
            QStringLiteral("异议处理结果已于 %1 送达，申请异议标注的期限（5 个工作日）已于 %2 届满。")
                .arg(zhDate(delivered), zhDate(deadline)),
            {{QStringLiteral("deadline"), day(deadline)}});
    const QString reason = requiredText(QStringLiteral("reason"), in.reason, 500, QStringLiteral("标注原因"));
    const auto record = recordOf(cases.caseRecords(caseId, today()), in.recordId);
    if (record.outcome == QLatin1String("deleted"))
        throw DomainError::invalid(QStringLiteral("recordId"),
                                   QStringLiteral("信用信息“%1”已删除，无需标注。").arg(record.title));
    const auto subject = SubjectStore(m_db).summary(row.subjectId);
    const auto applicant = checkedApplicant(in.applicant, subject);
    checkMaterials(in.materials, QStringLiteral("mark"), subject.kind);
    if (const auto live = m_store.liveMarkFor(record.recordId, today()))
        throw DomainError(ErrorCode::Conflict,
                          QStringLiteral("信用信息“%1”已有异议标注申请 %2。").arg(record.title, *live),
                          {{QStringLiteral("reason"), QStringLiteral("MARK_EXISTS")},
                           {QStringLiteral("markNumber"), *live}});

    const QDateTime now = work.now();
    NewMark n;
    n.number = cases.nextNumber(QStringLiteral("dispute_marks"), QStringLiteral("BZ"), chinaDate(now));
    n.caseId = caseId;
    n.recordId = record.recordId;
    n.reason = reason;
    n.applicant = applicant;
    n.acceptedBy = m_op.accountId;
    n.acceptedAt = now;
    n.dueDate = markSetDueDate(calendar(), chinaDate(now)); // 附件2.三: 7 working days
    const qint64 markId = m_store.insert(n);
    cases.addMaterials(caseId, markId, QStringLiteral("mark"), in.materials, m_op.accountId, now);
    const MarkRow mark = *m_store.find(markId);
    auto c = row.dispute;
    c.subject = subject;
    const auto receipt =
        DisputeDocuments(m_db, m_clock, m_op).markReceipt(c, row.subjectId, mark.mark, record);
    m_store.setReceipt(markId, receipt.number);
    work.audit(QStringLiteral("mark.accept"), target(mark), QStringLiteral("ok"),
               detailOf(mark, {{QStringLiteral("reason"), reason},
                               {QStringLiteral("applicant"), applicant.toJson()},
                               {QStringLiteral("acceptedOn"), day(chinaDate(now))},
                               {QStringLiteral("dueDate"), day(n.dueDate)},
                               {QStringLiteral("applicationDeadline"), day(deadline)},
                               {QStringLiteral("receipt"), receipt.number}}));
    work.commit();
    return answer(markId, receipt);
}

protocol::MarkStep MarkService::set(qint64 caseId, qint64 markId)
{
    UnitOfWork work(m_db, m_clock, m_op);
    const MarkRow row = load(caseId, markId);
    if (row.mark.state != kMarkAccepted)
        wrongState(row.mark, QStringLiteral("作出“申请人存疑”标注"));
    // seed 003 附件2.六(五): the reason as stated, kept 30 days; the record stays usable.
    const QDate until = markUntil(today());
    m_store.recordSet(markId, m_op.accountId, work.now(), until);
    work.audit(QStringLiteral("mark.set"), target(row), QStringLiteral("ok"),
               detailOf(row, {{QStringLiteral("mark"), QStringLiteral("申请人存疑")},
                              {QStringLiteral("reason"), row.mark.reason},
                              {QStringLiteral("setOn"), day(today())},
                              {QStringLiteral("until"), day(until)},
                              {QStringLiteral("dueDate"), day(row.mark.dueDate)}}));
    work.commit();
    return answer(markId, std::nullopt);
}

protocol::MarkStep MarkService::acceptRevocation(qint64 caseId, qint64 markId,
                                                 const protocol::MarkApplicationInput& in)
{
    UnitOfWork work(m_db, m_clock, m_op);
    const MarkRow row = load(caseId, markId);
    if (markView(row, today()).state != kMarkSet) // accepted, expired, revoked, already requested
        wrongState(row.mark, QStringLiteral("受理撤销申请"));
    const QString reason = requiredText(QStringLiteral("reason"), in.reason, 500, QStringLiteral("撤销理由"));
    const auto subject = SubjectStore(m_db).summary(row.subjectId);
    const auto applicant = checkedApplicant(in.applicant, subject);
    checkMaterials(in.materials, QStringLiteral("revocation"), subject.kind);

    const QDateTime now = work.now();
    const QDate due = revocationDueDate(calendar(), chinaDate(now)); // 附件2.七(三): 5 working days
    m_store.recordRevocationAccepted(markId, reason, applicant.name, m_op.accountId, now, due);
    DisputeStore cases(m_db);
    cases.addMaterials(caseId, markId, QStringLiteral("revocation"), in.materials, m_op.accountId, now);
    const MarkRow mark = *m_store.find(markId);
    const CaseRow caseRow = cases.loadCase(caseId);
    auto c = caseRow.dispute;
    c.subject = subject;
    const auto record = recordOf(cases.caseRecords(caseId, today()), row.mark.recordId);
    const auto receipt = DisputeDocuments(m_db, m_clock, m_op)
                             .revocationReceipt(c, row.subjectId, mark.mark, record, applicant.name);
    m_store.setRevocationReceipt(markId, receipt.number);
    work.audit(QStringLiteral("mark.revocation_accept"), target(mark), QStringLiteral("ok"),
               detailOf(mark, {{QStringLiteral("reason"), reason},
                               {QStringLiteral("applicant"), applicant.toJson()},
                               {QStringLiteral("acceptedOn"), day(chinaDate(now))},
                               {QStringLiteral("dueDate"), day(due)},
                               {QStringLiteral("receipt"), receipt.number}}));
    work.commit();
    return answer(markId, receipt);
}

protocol::MarkStep MarkService::revoke(qint64 caseId, qint64 markId)
{
    UnitOfWork work(m_db, m_clock, m_op);
    const MarkRow row = load(caseId, markId);
    if (row.mark.state != kMarkRevocationAccepted)
        wrongState(row.mark, QStringLiteral("撤销标注"));
    m_store.recordRevoked(markId, m_op.accountId, work.now());
    work.audit(QStringLiteral("mark.revoke"), target(row), QStringLiteral("ok"),
               detailOf(row, {{QStringLiteral("mark"), QStringLiteral("申请人存疑")},
                              {QStringLiteral("reason"), row.mark.revocationReason},
                              {QStringLiteral("revokedOn"), day(today())},
                              {QStringLiteral("dueDate"), day(row.mark.revocationDueDate)}}));
    work.commit();
    return answer(markId, std::nullopt);
}

QList<protocol::ApplicantMark> MarkService::list(const QString& rawFilter)
{
    const QString filter = rawFilter.isEmpty() ? QStringLiteral("open") : rawFilter;
    if (!kFilters.contains(filter))
        throw DomainError::invalid(QStringLiteral("state"), QStringLiteral("状态应为 open、active 或 all。"));
    QList<protocol::ApplicantMark> out;
    for (const auto& row : m_store.list(filter, today()))
        out.append(markView(row, today()));
    return out;
}

} // namespace cp::server
