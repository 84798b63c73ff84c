#include "domain/archives/ArchiveDocuments.h"

#include "domain/LocalDate.h"
#include "domain/archives/ArchiveRules.h"
#include "domain/documents/ReportService.h"

namespace cp::server {
namespace {

QString zhDate(const QDate& d)
{
    return d.isValid() ? d.toString(QStringLiteral("yyyy年M月d日")) : QStringLiteral("—");
}

QString sourceZh(const QString& kind)
{
    if (kind == QLatin1String("walkin"))
        return QStringLiteral("现场查询申请材料");
    if (kind == QLatin1String("dispute"))
        return QStringLiteral("异议申请材料");
    return QStringLiteral("销毁清册");
}

protocol::ReportRecord line(const protocol::ArchiveItem& i)
{
    protocol::ReportRecord r;
    r.id = i.id;
    r.categoryCode = QStringLiteral("archive_") + i.sourceKind;
    r.categoryName = sourceZh(i.sourceKind);
    r.title = i.title;
    r.content = QStringLiteral("卷 %1｜%2 室 %3 柜 %4 架｜材料 %5 份")
                    .arg(i.volumeNumber, i.location.room, i.location.cabinet, i.location.shelf)
                    .arg(i.materialCount);
    r.providerDepartment = QStringLiteral("档案室");
    r.documentNumber = i.sourceNumber;
    r.decisionDate = i.filedAt.isValid() ? chinaDate(i.filedAt) : QDate();
    r.validUntil = i.retentionUntil;
    return r;
}

} // namespace

bool ArchiveDocuments::isArchiveDocument(const QString& kind)
{
    return kind == documentKind::kLoanSlip || kind == documentKind::kDestructionList;
}

protocol::Report ArchiveDocuments::issue(protocol::Report r, const QString& kind)
{
    r.workstation = m_op.workstation;
    r.clerkName = m_op.fullName;
    return ReportService(m_db, m_clock).issue(r, std::nullopt, std::nullopt, m_op.accountId, kind);
}

protocol::Report ArchiveDocuments::loanSlip(const protocol::ArchiveLoan& loan,
                                            const QList<protocol::ArchiveItem>& items)
{
    protocol::Report r;
    r.applicantName = loan.borrowerName;
    // seed 004 §29: no re-lending, not taken to public places, returned on time.
    r.purpose =
        QStringLiteral("档案借阅登记单｜借阅单号 %1｜借阅人 %2｜方式：%3｜用途：%4｜应还日期 %5｜批准人 %6｜"
                       "借出期间不得转借他人，不得带入公共场所")
            .arg(loan.number, loan.borrowerName, archives::modeZh(loan.mode), loan.purpose,
                 zhDate(loan.dueDate),
                 loan.approverName.isEmpty() ? QStringLiteral("（现场查阅）") : loan.approverName);
    for (const auto& i : items)
        r.records.append(line(i));
    return issue(r, documentKind::kLoanSlip);
}

protocol::Report ArchiveDocuments::destructionList(const protocol::Destruction& d)
{
    protocol::Report r;
    r.applicantName = d.checkerName;
    // seed 004 §30: counted, checked, listed; time, place, method and problems recorded.
    r.purpose =
        QStringLiteral("档案销毁清册｜清册编号 %1｜销毁原因：%2｜清点核对人 %3（清点 %4 件）｜批准人 %5｜"
                       "销毁地点：%6｜销毁方式：%7｜销毁人员：%8｜存在问题：%9")
            .arg(d.number, d.reason, d.checkerName)
            .arg(d.counted)
            .arg(d.approverName, d.place, d.method, d.performers,
                 d.problems.isEmpty() ? QStringLiteral("无") : d.problems);
    for (const auto& i : d.items)
        r.records.append(line(i));
    return issue(r, documentKind::kDestructionList);
}

} // namespace cp::server
