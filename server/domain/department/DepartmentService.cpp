#include "domain/department/DepartmentService.h"

#include "Masking.h"
#include "Validators.h"
#include "domain/DomainError.h"
#include "domain/LocalDate.h"
#include "domain/SeparationOfDuties.h"
#include "domain/UnitOfWork.h"
#include "domain/documents/ReportService.h"
#include "domain/subjects/SubjectStore.h"

#include <QJsonArray>

namespace cp::server {

using protocol::ErrorCode;

namespace {

protocol::SubjectSummary masked(protocol::SubjectSummary s)
{
    if (s.kind == QLatin1String("natural")) {
        s.name = mask::personName(s.name);
        s.idNumber = mask::idNumber(s.idNumber);
    }
    // A legal person's name and credit code are public; its representative is a person.
    s.legalRepresentative = mask::personName(s.legalRepresentative);
    return s;
}

} // namespace

QString jurisdictionPrefix(const QString& regionCode)
{
    if (regionCode.endsWith(QLatin1String("0000")))
        return regionCode.left(2);
    if (regionCode.endsWith(QLatin1String("00")))
        return regionCode.left(4);
    return regionCode;
}

QDate DepartmentService::today() const
{
    return chinaDate(m_clock.now());
}

QJsonArray DepartmentService::purposes()
{
    return m_store.purposes();
}

QString DepartmentService::purposeText(const QString& raw)
{
    const QString purpose = raw.trimmed();
    if (purpose.isEmpty())
        throw DomainError::invalid(QStringLiteral("purpose"), QStringLiteral("请选择或填写查询用途。"));
    if (purpose.size() > 200)
        throw DomainError::invalid(QStringLiteral("purpose"),
                                   QStringLiteral("查询用途不能超过 200 个字符。"));
    return m_store.purposeName(purpose).value_or(purpose);
}

protocol::SubjectSearchResult DepartmentService::search(const QString& mode, const QString& rawQuery,
                                                        int page)
{
    const QString query = rawQuery.trimmed();
    page = qMax(1, page);
    protocol::SubjectSearchResult result;
    result.page = page;
    result.pageSize = kPageSize;
    QList<qint64> ids;
    if (mode == QLatin1String("id")) {
        const QString id = normaliseIdNumber(query);
        if (!isValidCitizenId(id) && !isValidCreditCode(id))
            throw DomainError::invalid(
                QStringLiteral("q"),
                QStringLiteral("请输入校验位正确的 18 位身份证号码或统一社会信用代码。"));
        if (const auto found = SubjectStore(m_db).findId(id))
            ids.append(*found);
    } else if (mode == QLatin1String("prefix") || mode == QLatin1String("contains")) {
        const int minLength = mode == QLatin1String("prefix") ? 1 : 2;
        if (query.size() < minLength || query.size() > 64)
            throw DomainError::invalid(QStringLiteral("q"),
                                       mode == QLatin1String("prefix")
                                           ? QStringLiteral("请输入名称开头的至少 1 个字。")
                                           : QStringLiteral("按名称包含查询时请至少输入 2 个字。"));
        // Prefix: an index range scan on subjects(name). Contains: a scan, bounded by the page.
        const qint64 offset = qint64(page - 1) * kPageSize;
        ids = mode == QLatin1String("prefix") ? m_store.subjectsNamed(query, kPageSize + 1, offset)
                                              : m_store.subjectsContaining(query, kPageSize + 1, offset);
    } else {
        throw DomainError::invalid(QStringLiteral("mode"),
                                   QStringLiteral("查询方式应为 id、prefix 或 contains。"));
    }
    result.hasMore = ids.size() > kPageSize;
    if (result.hasMore)
        ids.removeLast();
    for (qint64 id : ids)
        result.items.append(masked(SubjectStore(m_db).summary(id)));
    UnitOfWork work(m_db, m_clock, m_viewer.actor);
    work.audit(QStringLiteral("department.search"), QStringLiteral("search:%1").arg(mode),
               QStringLiteral("ok"),
               QStringLiteral("q=%1 page=%2 results=%3").arg(query).arg(page).arg(result.items.size()));
    work.commit();
    return result;
}

std::optional<qint64> DepartmentService::validAuthorization(qint64 subjectId)
{
    return m_store.validAuthorization(subjectId, m_viewer.accountId, today());
}

bool DepartmentService::entitledToIdentity(qint64 subjectId)
{
    return m_viewer.officer || validAuthorization(subjectId).has_value();
}

protocol::SubjectSummary DepartmentService::subjectFor(qint64 subjectId, bool entitled)
{
    const auto s = SubjectStore(m_db).summary(subjectId);
    return entitled ? s : masked(s);
}

protocol::SubjectRecordsView DepartmentService::records(qint64 subjectId, const QString& rawPurpose)
{
    const QString purpose = purposeText(rawPurpose);
    const auto auth = validAuthorization(subjectId);
    const bool bAllowed = m_viewer.officer || auth.has_value();
    protocol::SubjectRecordsView view;
    view.jurisdiction = jurisdictionPrefix(m_viewer.regionCode);
    view.subject = subjectFor(subjectId, m_viewer.officer || auth.has_value());
    if (auth)
        view.authorization = loadAuthorization(*auth);

    view.records = m_store.records(subjectId, view.jurisdiction, bAllowed, today());
    QJsonArray ids;
    QSet<QString> classes;
    for (const auto& r : view.records) {
        ids.append(r.id);
        classes.insert(r.openClass);
    }
    QStringList classList(classes.cbegin(), classes.cend());
    classList.sort();
    UnitOfWork work(m_db, m_clock, m_viewer.actor);
    work.audit(QStringLiteral("query.department"), QStringLiteral("subject:%1").arg(subjectId),
               QStringLiteral("ok"),
               QJsonObject{{QStringLiteral("purpose"), purpose},
                           {QStringLiteral("jurisdiction"), view.jurisdiction},
                           {QStringLiteral("classes"), QJsonArray::fromStringList(classList)},
                           {QStringLiteral("records"), ids},
                           {QStringLiteral("authorization"), auth ? QJsonValue(*auth) : QJsonValue()}});
    work.commit();
    return view;
}

protocol::SubjectSummary DepartmentService::reveal(qint64 subjectId)
{
    const bool entitled = entitledToIdentity(subjectId);
    UnitOfWork work(m_db, m_clock, m_viewer.actor);
    work.audit(QStringLiteral("subject.reveal"), QStringLiteral("subject:%1").arg(subjectId),
               entitled ? QStringLiteral("ok") : QStringLiteral("denied"));
    work.commit();
    if (!entitled)
        throw DomainError(ErrorCode::Forbidden, QStringLiteral("查看完整身份信息需要该主体的有效授权。"));
    return SubjectStore(m_db).summary(subjectId);
}

protocol::Report DepartmentService::exportReport(qint64 subjectId, const QString& purpose)
{
    const auto view = records(subjectId, purpose);
    protocol::Report report;
    report.workstation = m_viewer.unit;
    report.clerkName = m_viewer.fullName;
    report.subject = view.subject;
    report.applicantName = m_viewer.unit;
    report.purpose = purposeText(purpose);
    QSet<QString> classes;
    for (const auto& r : view.records) {
        if (r.suspended)
            continue;
        report.records.append(r);
        classes.insert(r.openClass);
    }
    report.classes = QStringList(classes.cbegin(), classes.cend());
    report.classes.sort();
    UnitOfWork work(m_db, m_clock, m_viewer.actor);
    report = ReportService(m_db, m_clock)
                 .issue(report, std::nullopt, subjectId, m_viewer.accountId, documentKind::kDepartmentExport);
    work.audit(QStringLiteral("report.export"), QStringLiteral("report:") + report.number,
               QStringLiteral("ok"), QStringLiteral("subject:%1").arg(subjectId));
    work.commit();
    return report;
}

protocol::BAuthorization DepartmentService::loadAuthorization(qint64 id)
{
    auto row = m_store.authorization(id);
    if (!row)
        throw DomainError(ErrorCode::NotFound, QStringLiteral("授权申请不存在。"));
    protocol::BAuthorization a = row->authorization;
    const qint64 subjectId = row->subjectId;
    const qint64 requester = row->requesterId;
    if (a.status == QLatin1String("approved") && a.requestedUntil < today())
        a.status = QStringLiteral("expired");
    const bool approvedForViewer = requester == m_viewer.accountId && a.status == QLatin1String("approved") &&
                                   a.requestedFrom <= today();
    a.subject = subjectFor(subjectId, m_viewer.officer || approvedForViewer);
    return a;
}

protocol::BAuthorization DepartmentService::requestAuthorization(qint64 subjectId, const QString& purpose,
                                                                 const QString& legalBasis, const QDate& from,
                                                                 const QDate& until)
{
    SubjectStore(m_db).summary(subjectId); // NOT_FOUND for an unknown subject
    const QString p = purposeText(purpose);
    if (legalBasis.trimmed().isEmpty() || legalBasis.size() > 500)
        throw DomainError::invalid(QStringLiteral("legalBasis"),
                                   QStringLiteral("请填写查询依据（法律法规条款或信息主体书面同意）。"));
    if (!from.isValid() || !until.isValid() || until < from)
        throw DomainError::invalid(QStringLiteral("requestedUntil"),
                                   QStringLiteral("请填写有效的授权期限（截止日期不早于起始日期）。"));
    if (from < today())
        throw DomainError::invalid(QStringLiteral("requestedFrom"),
                                   QStringLiteral("授权起始日期不能早于今天。"));
    if (from.daysTo(until) > kMaxAuthorizationDays)
        throw DomainError::invalid(QStringLiteral("requestedUntil"),
                                   QStringLiteral("授权期限不能超过一年。"));
    UnitOfWork work(m_db, m_clock, m_viewer.actor);
    const qint64 id = m_store.insertAuthorization(subjectId, m_viewer.accountId, p, legalBasis.trimmed(),
                                                  from, until, work.now());
    work.audit(QStringLiteral("bauth.request"), QStringLiteral("bauth:%1").arg(id), QStringLiteral("ok"),
               QStringLiteral("subject:%1 %2..%3 purpose=%4")
                   .arg(subjectId)
                   .arg(from.toString(Qt::ISODate), until.toString(Qt::ISODate), p));
    work.commit();
    return loadAuthorization(id);
}

QList<protocol::BAuthorization> DepartmentService::authorizations(const QString& status)
{
    static const QStringList kStatuses{QStringLiteral("pending"), QStringLiteral("approved"),
                                       QStringLiteral("rejected"), QStringLiteral("expired")};
    if (!status.isEmpty() && status != QLatin1String("all") && !kStatuses.contains(status))
        throw DomainError::invalid(QStringLiteral("status"),
                                   QStringLiteral("状态应为 pending、approved、rejected、expired 或 all。"));
    const auto requester = m_viewer.officer ? std::nullopt : std::optional<qint64>(m_viewer.accountId);
    QList<protocol::BAuthorization> out;
    for (qint64 id : m_store.authorizationIds(requester, status, today()))
        out.append(loadAuthorization(id));
    return out;
}

protocol::BAuthorization DepartmentService::decide(qint64 id, bool approve, const QString& reason)
{
    auto current = loadAuthorization(id);
    if (current.status != QLatin1String("pending"))
        throw DomainError(ErrorCode::InvalidState,
                          QStringLiteral("该授权申请已处理（%1）。").arg(current.status));
    if (!approve && reason.trimmed().isEmpty())
        throw DomainError::invalid(QStringLiteral("reason"), QStringLiteral("驳回时请填写理由。"));
    // seed 000 §18: an authorization is valid for its period only; one whose period has
    // already ended cannot be approved (it may still be rejected).
    if (approve && current.requestedUntil < today())
        throw DomainError(ErrorCode::DeadlinePassed,
                          QStringLiteral("申请的授权期限已于 %1 结束，不能再批准。")
                              .arg(current.requestedUntil.toString(QStringLiteral("yyyy年M月d日"))),
                          {{QStringLiteral("deadline"), current.requestedUntil.toString(Qt::ISODate)}});
    const qint64 requester = m_store.authorization(id)->requesterId;
    // seed 000 §18, 004 附件2 §15: the officer deciding is not the department user who asked.
    requireAnotherPerson(m_viewer.accountId,
                         approve ? QStringLiteral("批准该授权申请") : QStringLiteral("驳回该授权申请"),
                         {{requester, QStringLiteral("requester"), QStringLiteral("授权申请人")}});
    UnitOfWork work(m_db, m_clock, m_viewer.actor);
    m_store.decideAuthorization(id, approve, m_viewer.accountId, work.now(), reason.trimmed());
    work.audit(approve ? QStringLiteral("bauth.approve") : QStringLiteral("bauth.reject"),
               QStringLiteral("bauth:%1").arg(id), QStringLiteral("ok"), reason.trimmed());
    work.commit();
    return loadAuthorization(id);
}

} // namespace cp::server
