#include "domain/disputes/DisputeService.h"

#include "Validators.h"
#include "domain/DomainError.h"
#include "domain/LocalDate.h"
#include "domain/SeparationOfDuties.h"
#include "domain/UnitOfWork.h"
#include "domain/archives/ArchiveStore.h"
#include "domain/calendar/CalendarStore.h"
#include "domain/disputes/DisputeDocuments.h"
#include "domain/disputes/DisputeViews.h"
#include "domain/documents/ReportService.h"
#include "domain/subjects/SubjectStore.h"

#include <QJsonArray>
#include <QSet>

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

QJsonArray recordIds(const QList<protocol::DisputedRecord>& records)
{
    QJsonArray ids;
    for (const auto& r : records)
        ids.append(r.recordId);
    return ids;
}

/// How a refusal before the case exists names a record: by its title only when it is
/// public (class A); B and C titles are not the window's to read (finding 9, SPEC §2).
QString windowLabel(const protocol::DisputedRecord& r)
{
    return r.openClass == QLatin1String("A") ? QStringLiteral("“%1”").arg(r.title)
                                             : QStringLiteral("第 %1 号").arg(r.recordId);
}

const QStringList kFilters{QStringLiteral("open"),
                           QStringLiteral("all"),
                           kAccepted,
                           kVerified,
                           kResultSubmitted,
                           kApproved,
                           kDelivered};

EarlierPart verifierOf(const CaseRow& row)
{
    return {row.verifiedBy, QStringLiteral("verifier"), QStringLiteral("核查人")};
}

EarlierPart resultAuthorOf(const CaseRow& row)
{
    return {row.resultBy, QStringLiteral("result_author"), QStringLiteral("处理结果撰写人")};
}

} // namespace

QDate DisputeService::today() const
{
    return chinaDate(m_clock.now());
}

const WorkingDayCalendar& DisputeService::calendar()
{
    if (!m_calendar)
        m_calendar = CalendarStore(m_db).load();
    return *m_calendar;
}

protocol::DisputeCase DisputeService::view(const CaseRow& row)
{
    return caseView(m_db, row, today(), calendar());
}

QString DisputeService::target(const CaseRow& row)
{
    return QStringLiteral("dispute:%1").arg(row.dispute.id);
}

QJsonObject DisputeService::detailOf(const CaseRow& row, QJsonObject detail)
{
    // seed 003 附件2.八(一): subject, date, marks and reasons, kept for good in the chain.
    const auto subject = SubjectStore(m_db).summary(row.subjectId);
    detail.insert(QStringLiteral("case"), row.dispute.number);
    detail.insert(QStringLiteral("subject"), QJsonObject{{QStringLiteral("id"), row.subjectId},
                                                         {QStringLiteral("idNumber"), subject.idNumber},
                                                         {QStringLiteral("name"), subject.name}});
    detail.insert(QStringLiteral("workstation"), m_op.workstation);
    return detail;
}

protocol::DisputeStep DisputeService::step(qint64 id, CaseStep s, const Act& act)
{
    UnitOfWork work(m_db, m_clock, m_op);
    const CaseRow row = m_store.loadCase(id);
    if (!stepAllowed(s, row.dispute.state))
        throw wrongState(row.dispute.number, row.dispute.state, s);
    const auto document = act(work, row);
    work.commit();
    return {get(id), document};
}

// --- the window: lookup and acceptance -------------------------------------------

protocol::DisputableRecords DisputeService::disputable(const QString& rawIdNumber)
{
    const QString idNumber = normaliseIdNumber(rawIdNumber);
    if (!isValidCitizenId(idNumber) && !isValidCreditCode(idNumber))
        throw DomainError::invalid(QStringLiteral("idNumber"),
                                   QStringLiteral("请输入校验位正确的 18 位身份证号码或统一社会信用代码。"));
    const auto subjectId = SubjectStore(m_db).findId(idNumber);
    if (!subjectId) {
        UnitOfWork work(m_db, m_clock, m_op);
        work.audit(QStringLiteral("dispute.lookup"), QStringLiteral("subject-number:%1").arg(idNumber),
                   QStringLiteral("not_found"));
        work.commit();
        throw DomainError(ErrorCode::SubjectUnknown);
    }

    protocol::DisputableRecords out;
    out.subject = SubjectStore(m_db).summary(*subjectId);
    QJsonArray shown, withheld;
    for (const auto& row : m_store.subjectRecords(*subjectId, today())) {
        if (row.record.openClass == QLatin1String("C"))
            continue; // never shown to the public, so never disputed at the window
        protocol::DisputableRecord d;
        d.record = row.record;
        // Attack review (issue 11) finding 9. Before a case exists nobody has shown the
        // window who is asking: B is open only to the subject or with its authorization
        // (SPEC §2; seed 003 附件1.一), and the window's part is to check the applicant's
        // identity and materials (附件2.四(二)). So the lookup names a B record by category,
        // provider, document number and dates (as on the applicant's own report) without
        // its title or content; the registered case, whose applicant the server checked
        // (the subject itself or its agent, 附件2.四(一)), shows them.
        if (d.record.openClass != QLatin1String("A")) {
            d.record.title.clear();
            d.record.content.clear();
            d.record.newTitle.clear();
            d.record.newContent.clear();
            d.record.applicantMarkReason.clear();
            d.contentWithheld = true;
            withheld.append(d.record.recordId);
        }
        shown.append(d.record.recordId);
        if (const auto open = m_store.openCaseFor(row.record.recordId)) {
            d.blockingCase = *open;
            d.blockedReason = QStringLiteral("正在异议案件 %1 中处理。").arg(*open);
        } else if (row.disputeState == QLatin1String("in_progress")) {
            d.blockedReason = QStringLiteral("已标注“异议正在处理”。");
        } else if (const auto answered = m_store.answeredCaseFor(row.record.recordId)) {
            d.blockingCase = *answered;
            d.blockedReason = QStringLiteral("已由异议案件 %1 作出答复，不再受理重复异议。").arg(*answered);
        } else if (row.record.validUntil.isValid() && row.record.validUntil < today()) {
            d.blockedReason = QStringLiteral("已过有效期（%1）。").arg(day(row.record.validUntil));
        }
        d.disputable = d.blockedReason.isEmpty();
        out.records.append(d);
    }
    UnitOfWork work(m_db, m_clock, m_op);
    work.audit(
        QStringLiteral("dispute.lookup"), QStringLiteral("subject:%1").arg(*subjectId), QStringLiteral("ok"),
        QJsonObject{{QStringLiteral("records"), shown}, {QStringLiteral("contentWithheld"), withheld}});
    work.commit();
    return out;
}

QList<protocol::DisputedRecord> DisputeService::checkedRecords(qint64 subjectId, const QList<qint64>& ids)
{
    const QString field = QStringLiteral("recordIds");
    if (ids.isEmpty())
        throw DomainError::invalid(field, QStringLiteral("请选择有异议的信用信息。"));
    if (ids.size() > kMaxRecordsPerCase)
        throw DomainError::invalid(field,
                                   QStringLiteral("一次最多对 %1 条信息提出异议。").arg(kMaxRecordsPerCase));
    QList<protocol::DisputedRecord> out;
    QSet<qint64> seen;
    for (qint64 id : ids) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        const auto row = m_store.record(id, today());
        if (!row || row->subjectId != subjectId)
            throw DomainError::invalid(field, QStringLiteral("信用信息 %1 不属于该信息主体。").arg(id));
        const auto& r = row->record;
        if (r.status != QLatin1String("active"))
            throw DomainError::invalid(field, QStringLiteral("信用信息%1已删除。").arg(windowLabel(r)));
        if (r.openClass == QLatin1String("C"))
            throw DomainError::invalid(
                field,
                QStringLiteral("信用信息%1属政府内部应用信息，不在窗口受理异议。").arg(windowLabel(r)));
        // seed 003 附件2.一: a dispute is raised while the information is valid.
        if (r.validUntil.isValid() && r.validUntil < today())
            throw DomainError::invalid(field, QStringLiteral("信用信息%1已于 %2 过有效期，不能再提出异议。")
                                                  .arg(windowLabel(r), zhDate(r.validUntil)));
        out.append(r);
    }
    return out;
}

std::optional<DisputeService::Conflict>
DisputeService::findConflict(const QList<protocol::DisputedRecord>& records)
{
    for (const auto& r : records) {
        if (const auto open = m_store.openCaseFor(r.recordId))
            return Conflict{QStringLiteral("CASE_OPEN"), *open, r};
        if (r.suspended)
            return Conflict{QStringLiteral("CASE_OPEN"), QString(), r};
        if (const auto answered = m_store.answeredCaseFor(r.recordId))
            return Conflict{QStringLiteral("ALREADY_ANSWERED"), *answered, r};
    }
    return std::nullopt;
}

void DisputeService::refuseRepeated(UnitOfWork& work, const protocol::SubjectSummary& subject,
                                    const Conflict& c)
{
    const QString message =
        c.reason == QLatin1String("ALREADY_ANSWERED")
            ? QStringLiteral(
                  "信用信息%1已由异议案件 %2 作出明确答复，相同信息的重复异议不予受理（附件2.四(二)）。")
                  .arg(windowLabel(c.record), c.caseNumber)
            : QStringLiteral("信用信息%1正在异议案件 %2 中处理，不能重复受理。")
                  .arg(windowLabel(c.record), c.caseNumber);
    // The refusal is part of the dispute log too.
    work.audit(QStringLiteral("dispute.accept"), QStringLiteral("subject:%1").arg(subject.id),
               QStringLiteral("refused"),
               QJsonObject{{QStringLiteral("reason"), c.reason},
                           {QStringLiteral("earlierCase"), c.caseNumber},
                           {QStringLiteral("record"), c.record.recordId},
                           {QStringLiteral("subjectIdNumber"), subject.idNumber}});
    work.commit();
    throw DomainError(ErrorCode::Conflict, message,
                      {{QStringLiteral("reason"), c.reason},
                       {QStringLiteral("caseNumber"), c.caseNumber},
                       {QStringLiteral("recordId"), c.record.recordId}});
}

protocol::DisputeStep DisputeService::accept(const protocol::DisputeAcceptInput& in)
{
    const QString idNumber = normaliseIdNumber(in.subjectIdNumber);
    if (!isValidCitizenId(idNumber) && !isValidCreditCode(idNumber))
        throw DomainError::invalid(QStringLiteral("subjectIdNumber"),
                                   QStringLiteral("请输入校验位正确的 18 位身份证号码或统一社会信用代码。"));
    const auto subjectId = SubjectStore(m_db).findId(idNumber);
    if (!subjectId)
        throw DomainError(ErrorCode::SubjectUnknown);
    const auto subject = SubjectStore(m_db).summary(*subjectId);
    const QString reason =
        requiredText(QStringLiteral("reason"), in.reason, 1000, QStringLiteral("异议理由"));
    const auto records = checkedRecords(*subjectId, in.recordIds);
    const auto applicant = checkedApplicant(in.applicant, subject);
    checkMaterials(in.materials, QStringLiteral("dispute"), subject.kind);

    UnitOfWork work(m_db, m_clock, m_op);
    if (const auto conflict = findConflict(records))
        refuseRepeated(work, subject, *conflict); // nothing written yet: the refusal alone is committed
    const QDateTime now = work.now();
    NewCase n;
    n.number = m_store.nextNumber(QStringLiteral("dispute_cases"), QStringLiteral("YY"), chinaDate(now));
    n.subjectId = *subjectId;
    n.reason = reason;
    n.applicant = applicant;
    n.workstation = m_op.workstation;
    n.acceptedBy = m_op.accountId;
    n.acceptedAt = now;
    n.dueDate = caseDueDate(chinaDate(now));
    const qint64 id = m_store.insertCase(n);
    for (const auto& r : records)
        m_store.addCaseRecord(id, r.recordId);
    m_store.addMaterials(id, std::nullopt, QStringLiteral("dispute"), in.materials, m_op.accountId, now);
    // seed 003 附件2.六(一): "异议正在处理" the day the application is received; suspended from use.
    m_store.setDisputeState(id, QStringLiteral("in_progress"), now);
    m_store.fileArchiveItem(id, QStringLiteral("异议申请 %1（%2）").arg(n.number, applicant.name), now);

    const CaseRow row = m_store.loadCase(id);
    auto c = row.dispute;
    c.subject = subject;
    const auto receipt = DisputeDocuments(m_db, m_clock, m_op).caseReceipt(c, *subjectId, records);
    m_store.setReceipt(id, receipt.number);
    work.audit(QStringLiteral("dispute.accept"), target(row), QStringLiteral("ok"),
               detailOf(row, {{QStringLiteral("records"), recordIds(records)},
                              {QStringLiteral("reason"), reason},
                              {QStringLiteral("applicant"), applicant.toJson()},
                              {QStringLiteral("acceptedOn"), day(chinaDate(now))},
                              {QStringLiteral("dueDate"), day(n.dueDate)},
                              {QStringLiteral("mark"), QStringLiteral("异议正在处理")},
                              {QStringLiteral("materials"), int(in.materials.size())},
                              {QStringLiteral("receipt"), receipt.number}}));
    work.commit();
    return {get(id), receipt};
}

// --- reading -----------------------------------------------------------------------

QList<protocol::DisputeCase> DisputeService::list(const QString& rawFilter)
{
    const QString filter = rawFilter.isEmpty() ? QStringLiteral("open") : rawFilter;
    if (!kFilters.contains(filter))
        throw DomainError::invalid(QStringLiteral("state"),
                                   QStringLiteral("状态应为 open、all 或具体的案件状态。"));
    QList<protocol::DisputeCase> out;
    for (qint64 id : m_store.caseIds(filter))
        out.append(view(m_store.loadCase(id)));
    return out;
}

protocol::DisputeCase DisputeService::get(qint64 id)
{
    return view(m_store.loadCase(id));
}

QByteArray DisputeService::materialContent(qint64 caseId, qint64 materialId, protocol::MaterialInfo* info)
{
    const CaseRow row = m_store.loadCase(caseId);
    // seed 004 §27: a delivered case filed in the archive room is read there, not at the desk.
    const auto filed = ArchiveStore(m_db).itemStatusOf(QStringLiteral("dispute"), caseId);
    if (row.dispute.state == QLatin1String("delivered") && filed && *filed != QLatin1String("unfiled")) {
        UnitOfWork work(m_db, m_clock, m_op);
        work.audit(QStringLiteral("dispute.material_view"), target(row), QStringLiteral("denied"),
                   detailOf(row, {{QStringLiteral("material"), materialId},
                                  {QStringLiteral("reason"), QStringLiteral("archived")}}));
        work.commit();
        throw DomainError(ErrorCode::Forbidden, QStringLiteral("案件材料已归档，请向档案室申请查阅。"),
                          {{QStringLiteral("reason"), QStringLiteral("ARCHIVED")}});
    }
    const QByteArray content = m_store.materialContent(caseId, materialId, info);
    UnitOfWork work(m_db, m_clock, m_op);
    work.audit(
        QStringLiteral("dispute.material_view"), target(row), QStringLiteral("ok"),
        detailOf(row, {{QStringLiteral("material"), materialId}, {QStringLiteral("kind"), info->kind}}));
    work.commit();
    return content;
}

// --- the credit centre and the approver --------------------------------------------

protocol::DisputeStep DisputeService::verify(qint64 id, const QString& rawDepartment, const QString& rawNote,
                                             const QDate& date)
{
    const QString department =
        requiredText(QStringLiteral("department"), rawDepartment, 100, QStringLiteral("核查的信息提供部门"));
    const QString note = requiredText(QStringLiteral("note"), rawNote, 2000, QStringLiteral("核查情况"));
    return step(id, CaseStep::Verify,
                [&](UnitOfWork& work, const CaseRow& row) -> std::optional<protocol::Report> {
                    const QDate accepted = chinaDate(row.dispute.acceptedAt);
                    if (!date.isValid() || date < accepted || date > today())
                        throw DomainError::invalid(
                            QStringLiteral("date"),
                            QStringLiteral("核查日期应在受理日 %1 与今天之间。").arg(day(accepted)));
                    m_store.recordVerification(id, department, note, date, m_op.accountId, work.now());
                    work.audit(QStringLiteral("dispute.verify"), target(row), QStringLiteral("ok"),
                               detailOf(row, {{QStringLiteral("department"), department},
                                              {QStringLiteral("note"), note},
                                              {QStringLiteral("date"), day(date)}}));
                    return std::nullopt;
                });
}

QList<protocol::DisputeOutcomeInput>
DisputeService::checkedOutcomes(qint64 caseId, const QList<protocol::DisputeOutcomeInput>& in)
{
    const auto records = m_store.caseRecords(caseId, today());
    QHash<qint64, protocol::DisputedRecord> byId;
    for (const auto& r : records)
        byId.insert(r.recordId, r);
    QList<protocol::DisputeOutcomeInput> out;
    QSet<qint64> decided;
    for (int i = 0; i < in.size(); ++i) {
        auto o = in[i];
        const QString at = QStringLiteral("outcomes[%1].").arg(i);
        if (!byId.contains(o.recordId) || decided.contains(o.recordId))
            throw DomainError::invalid(
                at + QStringLiteral("recordId"),
                QStringLiteral("信用信息 %1 不在本案中，或重复给出了结果。").arg(o.recordId));
        decided.insert(o.recordId);
        if (o.outcome == QLatin1String("corrected")) {
            o.newTitle = requiredText(at + QStringLiteral("newTitle"), o.newTitle, 200,
                                      QStringLiteral("更正后的标题"));
            o.newContent = requiredText(at + QStringLiteral("newContent"), o.newContent, 4000,
                                        QStringLiteral("更正后的内容"));
            const auto& old = byId[o.recordId];
            if (o.newTitle == old.title && o.newContent == old.content)
                throw DomainError::invalid(
                    at + QStringLiteral("newContent"),
                    QStringLiteral("更正后的信息与原信息相同；如无需更正请选择“维持”。"));
        } else if (o.outcome == QLatin1String("deleted") || o.outcome == QLatin1String("upheld")) {
            o.newTitle.clear();
            o.newContent.clear();
        } else {
            throw DomainError::invalid(
                at + QStringLiteral("outcome"),
                QStringLiteral("处理结果应为更正（corrected）、删除（deleted）或维持（upheld）。"));
        }
        out.append(o);
    }
    if (decided.size() != byId.size())
        throw DomainError::invalid(QStringLiteral("outcomes"),
                                   QStringLiteral("请对本案的每一条异议信息给出处理结果。"));
    return out;
}

protocol::DisputeStep DisputeService::submitResult(qint64 id, const protocol::DisputeResultInput& in)
{
    const QString text = requiredText(QStringLiteral("text"), in.text, 4000, QStringLiteral("异议处理结果"));
    return step(id, CaseStep::SubmitResult,
                [&](UnitOfWork& work, const CaseRow& row) -> std::optional<protocol::Report> {
                    const protocol::DisputeResultInput result{text, checkedOutcomes(id, in.outcomes)};
                    m_store.recordResult(id, result, m_op.accountId, work.now());
                    QJsonArray outcomes;
                    for (const auto& o : result.outcomes)
                        outcomes.append(o.toJson());
                    work.audit(QStringLiteral("dispute.result"), target(row), QStringLiteral("ok"),
                               detailOf(row, {{QStringLiteral("text"), text},
                                              {QStringLiteral("outcomes"), outcomes}}));
                    return std::nullopt;
                });
}

protocol::DisputeStep DisputeService::approve(qint64 id, const QString& note)
{
    return step(
        id, CaseStep::Approve, [&](UnitOfWork& work, const CaseRow& row) -> std::optional<protocol::Report> {
            // seed 003 附件2.五: the credit centre verifies and writes, the authority approves — the
            // approver is neither the officer who verified nor the one who wrote the result.
            requireAnotherPerson(m_op.accountId, QStringLiteral("核准该异议处理结果"),
                                 {verifierOf(row), resultAuthorOf(row)});
            const QDateTime now = work.now();
            const auto records = m_store.caseRecords(id, today());
            QJsonArray applied;
            // seed 003 附件2.五(二)–(三): errors are corrected once the result is approved.
            for (const auto& r : records) {
                if (r.outcome == QLatin1String("corrected"))
                    m_store.correctRecord(r.recordId, id, r.newTitle, r.newContent, m_op.accountId, now);
                else if (r.outcome == QLatin1String("deleted"))
                    m_store.deleteRecord(r.recordId, id, m_op.accountId, now);
                applied.append(QJsonObject{{QStringLiteral("record"), r.recordId},
                                           {QStringLiteral("outcome"), r.outcome}});
            }
            auto c = row.dispute;
            c.subject = SubjectStore(m_db).summary(row.subjectId);
            const auto report = DisputeDocuments(m_db, m_clock, m_op).resultReport(c, row.subjectId, records);
            m_store.recordApproval(id, note, report.number, m_op.accountId, now);
            work.audit(QStringLiteral("dispute.approve"), target(row), QStringLiteral("ok"),
                       detailOf(row, {{QStringLiteral("applied"), applied},
                                      {QStringLiteral("note"), note},
                                      {QStringLiteral("report"), report.number}}));
            return report;
        });
}

protocol::DisputeStep DisputeService::returnResult(qint64 id, const QString& rawReason)
{
    const QString reason =
        requiredText(QStringLiteral("reason"), rawReason, 1000, QStringLiteral("退回理由"));
    return step(id, CaseStep::Return,
                [&](UnitOfWork& work, const CaseRow& row) -> std::optional<protocol::Report> {
                    requireAnotherPerson(m_op.accountId, QStringLiteral("退回该异议处理结果"),
                                         {verifierOf(row), resultAuthorOf(row)});
                    m_store.recordReturn(id, reason);
                    work.audit(QStringLiteral("dispute.return"), target(row), QStringLiteral("ok"),
                               detailOf(row, {{QStringLiteral("reason"), reason}}));
                    return std::nullopt;
                });
}

protocol::DisputeStep DisputeService::extend(qint64 id, int workingDays, const QString& rawReason)
{
    if (workingDays < 1 || workingDays > kMaxExtensionWorkingDays)
        throw DomainError::invalid(
            QStringLiteral("workingDays"),
            QStringLiteral("延长期限应为 1–%1 个工作日。").arg(kMaxExtensionWorkingDays));
    const QString reason =
        requiredText(QStringLiteral("reason"), rawReason, 1000, QStringLiteral("延期理由"));
    return step(
        id, CaseStep::Extend, [&](UnitOfWork& work, const CaseRow& row) -> std::optional<protocol::Report> {
            if (row.dispute.extendedDueDate.isValid())
                throw DomainError(ErrorCode::InvalidState,
                                  QStringLiteral("异议案件 %1 已延期至 %2，只能延期一次。")
                                      .arg(row.dispute.number, zhDate(row.dispute.extendedDueDate)),
                                  {{QStringLiteral("state"), row.dispute.state}});
            // seed 003 附件2.三: complicated cases, with approval, at most 15 working days more —
            // approved by another person than the staff who accepted and handle the case.
            requireAnotherPerson(m_op.accountId, QStringLiteral("批准该案件延期"),
                                 {{row.acceptedBy, QStringLiteral("acceptor"), QStringLiteral("受理人")},
                                  verifierOf(row),
                                  resultAuthorOf(row)});
            const QDate extended = calendar().addWorkingDays(row.dispute.dueDate, workingDays);
            m_store.recordExtension(id, extended, reason, m_op.accountId);
            work.audit(QStringLiteral("dispute.extend"), target(row), QStringLiteral("ok"),
                       detailOf(row, {{QStringLiteral("workingDays"), workingDays},
                                      {QStringLiteral("dueDate"), day(row.dispute.dueDate)},
                                      {QStringLiteral("extendedDueDate"), day(extended)},
                                      {QStringLiteral("reason"), reason}}));
            return std::nullopt;
        });
}

protocol::DisputeStep DisputeService::deliver(qint64 id, const QString& rawReceivedBy)
{
    const QString receivedBy =
        requiredText(QStringLiteral("receivedBy"), rawReceivedBy, 64, QStringLiteral("领取人姓名"));
    return step(id, CaseStep::Deliver,
                [&](UnitOfWork& work, const CaseRow& row) -> std::optional<protocol::Report> {
                    const QDateTime now = work.now();
                    bool changed = false;
                    for (const auto& r : m_store.caseRecords(id, today()))
                        changed = changed || r.outcome == QLatin1String("corrected") ||
                                  r.outcome == QLatin1String("deleted");
                    // seed 003 附件2.六(二): the "in progress" mark is lifted once the applicant has the
                    // result.
                    m_store.setDisputeState(id, QStringLiteral("none"), now);
                    m_store.recordDelivery(id, receivedBy, changed, m_op.accountId, now);
                    ReportService(m_db, m_clock)
                        .recordHandover(row.dispute.resultReportNumber, receivedBy, m_op.accountId);
                    work.audit(QStringLiteral("dispute.deliver"), target(row), QStringLiteral("ok"),
                               detailOf(row, {{QStringLiteral("receivedBy"), receivedBy},
                                              {QStringLiteral("report"), row.dispute.resultReportNumber},
                                              {QStringLiteral("markRemoved"), QStringLiteral("异议正在处理")},
                                              {QStringLiteral("markApplicationDeadline"),
                                               day(markApplicationDeadline(calendar(), chinaDate(now)))},
                                              {QStringLiteral("freeReprint"), changed}}));
                    return std::nullopt;
                });
}

protocol::DisputeStep DisputeService::reprint(qint64 id)
{
    return step(
        id, CaseStep::Reprint, [&](UnitOfWork& work, const CaseRow& row) -> std::optional<protocol::Report> {
            if (row.dispute.freeReprint == QLatin1String("used"))
                throw DomainError(ErrorCode::InvalidState,
                                  QStringLiteral("异议案件 %1 的免费打印已使用（报告 %2），不能重复打印。")
                                      .arg(row.dispute.number, row.dispute.reprintReportNumber),
                                  {{QStringLiteral("state"), row.dispute.state}});
            if (row.dispute.freeReprint != QLatin1String("available"))
                throw DomainError(
                    ErrorCode::InvalidState,
                    QStringLiteral("异议案件 %1 没有信息被更正或删除，不提供免费打印（附件2.五(五)）。")
                        .arg(row.dispute.number),
                    {{QStringLiteral("state"), row.dispute.state}});
            auto c = row.dispute;
            c.subject = SubjectStore(m_db).summary(row.subjectId);
            const auto report = DisputeDocuments(m_db, m_clock, m_op).reprint(c, row.subjectId);
            m_store.recordReprint(id, report.number);
            QJsonArray ids;
            for (const auto& r : report.records)
                ids.append(r.id);
            // A query of the subject's information: logged with its scope like a walk-in query.
            work.audit(QStringLiteral("dispute.reprint"), target(row), QStringLiteral("ok"),
                       detailOf(row, {{QStringLiteral("report"), report.number},
                                      {QStringLiteral("purpose"), report.purpose},
                                      {QStringLiteral("classes"), QJsonArray::fromStringList(report.classes)},
                                      {QStringLiteral("records"), ids},
                                      {QStringLiteral("applicant"), row.dispute.applicant.toJson()}}));
            return report;
        });
}

} // namespace cp::server
