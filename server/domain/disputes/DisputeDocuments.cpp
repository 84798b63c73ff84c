#include "domain/disputes/DisputeDocuments.h"

#include "domain/LocalDate.h"
#include "domain/disputes/DisputeRules.h"
#include "domain/documents/ReportService.h"
#include "domain/subjects/SubjectStore.h"

#include <QSet>

namespace cp::server {
namespace {

QString zhDate(const QDate& d)
{
    return d.toString(QStringLiteral("yyyy年M月d日"));
}

protocol::ReportRecord printed(const protocol::DisputedRecord& d)
{
    protocol::ReportRecord r;
    r.id = d.recordId;
    r.categoryCode = d.categoryCode;
    r.categoryName = d.categoryName;
    r.title = d.title;
    r.content = d.content;
    r.providerDepartment = d.providerDepartment;
    r.documentNumber = d.documentNumber;
    r.decisionDate = d.decisionDate;
    r.validUntil = d.validUntil;
    r.openClass = d.openClass;
    r.applicantMarkReason = d.applicantMarkReason;
    r.applicantMarkUntil = d.applicantMarkUntil;
    return r;
}

QStringList classesOf(const QList<protocol::ReportRecord>& records)
{
    QSet<QString> set;
    for (const auto& r : records)
        set.insert(r.openClass);
    QStringList out(set.cbegin(), set.cend());
    out.sort();
    return out;
}

} // namespace

protocol::Report DisputeDocuments::base(const protocol::DisputeCase& c, const QString& applicantName) const
{
    protocol::Report r;
    r.workstation = m_op.workstation;
    r.clerkName = m_op.fullName;
    r.subject = c.subject;
    r.applicantName = applicantName;
    return r;
}

protocol::Report DisputeDocuments::issue(protocol::Report r, qint64 subjectId, const QString& kind)
{
    if (r.classes.isEmpty())
        r.classes = classesOf(r.records);
    return ReportService(m_db, m_clock).issue(r, std::nullopt, subjectId, m_op.accountId, kind);
}

protocol::Report DisputeDocuments::caseReceipt(const protocol::DisputeCase& c, qint64 subjectId,
                                               const QList<protocol::DisputedRecord>& records)
{
    auto r = base(c, c.applicant.name);
    r.purpose = QStringLiteral("异议申请受理回执｜案件编号 %1｜异议理由：%2｜受理日期 %3，应于 %4 前办结")
                    .arg(c.number, c.reason, zhDate(chinaDate(c.acceptedAt)), zhDate(c.dueDate));
    for (const auto& d : records)
        r.records.append(printed(d));
    return issue(r, subjectId, documentKind::kCaseReceipt);
}

protocol::Report DisputeDocuments::resultReport(const protocol::DisputeCase& c, qint64 subjectId,
                                                const QList<protocol::DisputedRecord>& records)
{
    auto r = base(c, c.applicant.name);
    r.purpose = QStringLiteral("异议处理结果报告｜案件编号 %1｜核查单位：%2｜处理结果：%3")
                    .arg(c.number, c.verificationDepartment, c.resultText);
    for (const auto& d : records) {
        auto p = printed(d);
        // Each record says what was decided; a correction shows the corrected version.
        if (d.outcome == QLatin1String("corrected")) {
            p.title = d.newTitle;
            p.content = d.newContent;
        }
        p.title = QStringLiteral("〔%1〕%2").arg(disputes::outcomeZh(d.outcome), p.title);
        r.records.append(p);
    }
    return issue(r, subjectId, documentKind::kResultReport);
}

protocol::Report DisputeDocuments::markReceipt(const protocol::DisputeCase& c, qint64 subjectId,
                                               const protocol::ApplicantMark& m,
                                               const protocol::DisputedRecord& record)
{
    auto r = base(c, m.applicantName);
    r.purpose = QStringLiteral("异议标注申请受理回执｜编号 %1｜异议案件 %2｜标注原因：%3｜应于 %4 前办理")
                    .arg(m.number, c.number, m.reason, zhDate(m.dueDate));
    r.records.append(printed(record));
    return issue(r, subjectId, documentKind::kMarkReceipt);
}

protocol::Report DisputeDocuments::revocationReceipt(const protocol::DisputeCase& c, qint64 subjectId,
                                                     const protocol::ApplicantMark& m,
                                                     const protocol::DisputedRecord& record,
                                                     const QString& applicantName)
{
    auto r = base(c, applicantName);
    r.purpose = QStringLiteral("撤销异议标注申请受理回执｜编号 %1｜异议案件 %2｜撤销理由：%3｜应于 %4 前办理")
                    .arg(m.number, c.number, m.revocationReason, zhDate(m.revocationDueDate));
    r.records.append(printed(record));
    return issue(r, subjectId, documentKind::kRevocationReceipt);
}

protocol::Report DisputeDocuments::reprint(const protocol::DisputeCase& c, qint64 subjectId)
{
    auto r = base(c, c.applicant.name);
    r.purpose = QStringLiteral("异议信息修正后免费打印（异议案件 %1）").arg(c.number);
    r.classes = {QStringLiteral("A"), QStringLiteral("B")};
    r.records = SubjectStore(m_db).reportRecords(subjectId, {QStringLiteral("A"), QStringLiteral("B")}, {},
                                                 chinaDate(m_clock.now()));
    return issue(r, subjectId, documentKind::kReprint);
}

} // namespace cp::server
