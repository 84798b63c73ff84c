#include "domain/documents/ReportDisclosure.h"

#include "Masking.h"
#include "domain/DomainError.h"
#include "domain/UnitOfWork.h"
#include "domain/archives/ArchiveDocuments.h"
#include "domain/department/DepartmentService.h"
#include "domain/disputes/DisputeDocuments.h"
#include "domain/documents/DocumentStore.h"
#include "domain/documents/ReportService.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cp::server {

using protocol::ErrorCode;

namespace {

constexpr qint64 kWindowSeconds = 3600;
constexpr int kMaxAuditedNumber = 40; // a typed number is audited, never an unbounded string

const QSet<QString>& disputeKinds()
{
    static const QSet<QString> kinds{documentKind::kCaseReceipt, documentKind::kResultReport,
                                     documentKind::kMarkReceipt, documentKind::kRevocationReceipt,
                                     documentKind::kReprint};
    return kinds;
}

QString kindZh(const QString& kind)
{
    if (kind == documentKind::kWalkInReport)
        return QStringLiteral("现场查询报告");
    if (kind == documentKind::kDepartmentExport)
        return QStringLiteral("部门查询导出");
    if (disputeKinds().contains(kind))
        return QStringLiteral("异议处理文书");
    if (ArchiveDocuments::isArchiveDocument(kind))
        return QStringLiteral("档案文书");
    return QStringLiteral("其他文书");
}

QString failureCode(int failure)
{
    static const char* const codes[] = {"mismatch", "unknown", "forbidden"};
    return QString::fromLatin1(codes[failure]);
}

QString targetOf(const QString& number)
{
    return QStringLiteral("report:") + number;
}

} // namespace

bool ReportDisclosure::mayRead(const QString& kind, qint64 issuedBy, const DocumentReader& reader)
{
    const auto any = [&](std::initializer_list<Role> roles) {
        for (Role r : roles)
            if (reader.roles.contains(r))
                return true;
        return false;
    };
    if (kind == documentKind::kWalkInReport)
        return any({Role::WindowClerk});
    // Cut to the exporting account's jurisdiction and B consents (seed 000 §16, §18):
    // a colleague of another county, or without the consent, may not reprint it.
    if (kind == documentKind::kDepartmentExport)
        return issuedBy == reader.accountId && any({Role::DepartmentUser, Role::CreditOfficer});
    if (disputeKinds().contains(kind))
        return any({Role::WindowClerk, Role::CreditOfficer, Role::Approver});
    if (ArchiveDocuments::isArchiveDocument(kind))
        return any({Role::Archivist, Role::Approver});
    return false; // deny by default: a kind nobody listed here is read by nobody
}

// --- failed look-ups ---------------------------------------------------------------

void ReportDisclosure::refuseIfThrottled(UnitOfWork& work, const QString& action, const QString& target)
{
    const QDateTime now = work.now();
    const auto [failures, oldest] =
        DocumentStore(m_db).lookupFailuresSince(m_reader.accountId, now.addSecs(-kWindowSeconds));
    if (failures < kMaxFailedLookupsPerHour)
        return;
    const qint64 retryAfter = qMax<qint64>(1, now.secsTo(oldest.addSecs(kWindowSeconds)));
    work.audit(action, target, QStringLiteral("rate_limited"),
               QStringLiteral("failures=%1 window=%2s").arg(failures).arg(kWindowSeconds));
    work.commit();
    throw DomainError(ErrorCode::RateLimited,
                      QStringLiteral("一小时内核验或查找文书失败已达 %1 次，请 %2 分钟后再试。")
                          .arg(kMaxFailedLookupsPerHour)
                          .arg((retryAfter + 59) / 60),
                      {{QStringLiteral("retryAfterSeconds"), retryAfter}});
}

void ReportDisclosure::countFailure(UnitOfWork& work, Failure failure)
{
    DocumentStore(m_db).recordLookupFailure(m_reader.accountId, work.now().addSecs(-kWindowSeconds),
                                            work.now(), failureCode(int(failure)));
}

// --- reading and hand-over ---------------------------------------------------------

StoredReport ReportDisclosure::readable(UnitOfWork& work, const QString& action, const QString& number,
                                        const QSet<QString>& onlyKinds)
{
    const QString target = targetOf(number);
    refuseIfThrottled(work, action, target);
    auto s = ReportService(m_db, m_clock).stored(number);
    if (!s) {
        countFailure(work, Failure::Unknown);
        work.audit(action, target, QStringLiteral("not_found"));
        work.commit();
        throw DomainError(ErrorCode::NotFound, QStringLiteral("报告编号 %1 不存在。").arg(number));
    }
    if (!mayRead(s->kind, s->issuedBy, m_reader) || (!onlyKinds.isEmpty() && !onlyKinds.contains(s->kind))) {
        countFailure(work, Failure::Forbidden);
        work.audit(action, target, QStringLiteral("denied"), QStringLiteral("kind=%1").arg(s->kind));
        work.commit();
        throw DomainError(
            ErrorCode::Forbidden,
            QStringLiteral("编号 %1 是%2，您的角色无权在此查看或办理。").arg(number, kindZh(s->kind)),
            {{QStringLiteral("kind"), s->kind}});
    }
    return *s;
}

protocol::Report ReportDisclosure::read(const QString& rawNumber)
{
    const QString number = ReportService::normaliseNumber(rawNumber).left(kMaxAuditedNumber);
    UnitOfWork work(m_db, m_clock, m_reader.actor);
    const auto s = readable(work, QStringLiteral("report.view"), number, {});
    work.audit(QStringLiteral("report.view"), targetOf(s.report.number), QStringLiteral("ok"));
    work.commit();
    return s.report;
}

protocol::Report ReportDisclosure::recordHandover(const QString& rawNumber, const QString& receivedBy)
{
    const QString number = ReportService::normaliseNumber(rawNumber).left(kMaxAuditedNumber);
    UnitOfWork work(m_db, m_clock, m_reader.actor);
    const auto s = readable(work, QStringLiteral("report.handover"), number, {documentKind::kWalkInReport});
    const auto r =
        ReportService(m_db, m_clock).recordHandover(s.report.number, receivedBy, m_reader.accountId);
    work.audit(QStringLiteral("report.handover"), targetOf(r.number), QStringLiteral("ok"),
               QStringLiteral("received by %1").arg(receivedBy));
    work.commit();
    return r;
}

// --- verification ------------------------------------------------------------------

protocol::ReportVerification ReportDisclosure::verify(const QString& rawNumber, const QString& code)
{
    const QString number = ReportService::normaliseNumber(rawNumber).left(kMaxAuditedNumber);
    const QString target = targetOf(number);
    UnitOfWork work(m_db, m_clock, m_reader.actor);
    refuseIfThrottled(work, QStringLiteral("report.verify"), target);
    ReportService reports(m_db, m_clock);
    const auto s = reports.stored(number);
    protocol::ReportVerification v;
    v.result = s ? reports.verdict(*s, code) : QStringLiteral("unknown");
    if (v.result != QLatin1String("genuine")) {
        // The verdict alone: a wrong code reveals nothing of the document.
        countFailure(work, s ? Failure::Mismatch : Failure::Unknown);
        work.audit(QStringLiteral("report.verify"), target, v.result);
        work.commit();
        return v;
    }
    v.report = summary(s->report, s->kind, &v.withheldRecords);
    work.audit(QStringLiteral("report.verify"), target, v.result,
               QStringLiteral("kind=%1 withheld=%2").arg(s->kind).arg(v.withheldRecords));
    work.commit();
    return v;
}

bool ReportDisclosure::holdsInJurisdiction(qint64 recordId)
{
    if (!has(Role::DepartmentUser) && !has(Role::CreditOfficer))
        return false;
    const QString region = DocumentStore(m_db).recordRegion(recordId);
    return !region.isEmpty() && region.startsWith(jurisdictionPrefix(m_reader.regionCode));
}

protocol::Report ReportDisclosure::summary(protocol::Report r, const QString& kind, int* withheld)
{
    // SPEC §2 / seed 000 §16: the window and the credit centre see whom a document is about.
    if (!has(Role::WindowClerk) && !has(Role::CreditOfficer)) {
        if (r.subject.kind == QLatin1String("natural")) {
            r.subject.name = mask::personName(r.subject.name);
            r.subject.idNumber = mask::idNumber(r.subject.idNumber);
        }
        r.subject.legalRepresentative = mask::personName(r.subject.legalRepresentative);
        if (kind != documentKind::kDepartmentExport) // there the "applicant" is the querying unit
            r.applicantName = mask::personName(r.applicantName);
    }
    // Dispute reasons, loan purposes and the recipient are the document's content.
    r.purpose.clear();
    r.handedTo.clear();
    r.handedAt = {};
    QList<protocol::ReportRecord> shown;
    bool cShown = false;
    for (auto rec : r.records) {
        const bool classA = rec.openClass == QLatin1String("A");
        const bool classC = rec.openClass == QLatin1String("C");
        if (classC && !holdsInJurisdiction(rec.id)) {
            ++*withheld;
            continue;
        }
        cShown = cShown || classC;
        if (!classA && !classC) // B (and archive lines, which name people): category and dates only
            rec.title.clear();
        rec.content.clear();
        rec.applicantMarkReason.clear();
        shown.append(rec);
    }
    r.records = shown;
    if (!cShown)
        r.classes.removeAll(QStringLiteral("C"));
    return r;
}

} // namespace cp::server
