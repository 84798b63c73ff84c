#include "domain/department/DepartmentService.h"

#include "Masking.h"
#include "Validators.h"
#include "domain/DomainError.h"
#include "domain/LocalDate.h"
#include "domain/SeparationOfDuties.h"
#include "domain/Sql.h"
#include "domain/documents/ReportService.h"
#include "domain/subjects/SubjectStore.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

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

/// Smallest string greater than every string starting with prefix (for index range scans).
QString prefixUpperBound(const QString& prefix)
{
    QString upper = prefix;
    upper[upper.size() - 1] = QChar(upper.at(upper.size() - 1).unicode() + 1);
    return upper;
}

QString likeEscaped(QString s)
{
    s.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    s.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    s.replace(QLatin1Char('_'), QStringLiteral("\\_"));
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

void DepartmentService::audit(const QString& action, const QString& target, const QString& outcome,
                              const QString& detail)
{
    AuditLog::append(m_db, m_clock.now(), {m_viewer.actor, action, target, outcome, detail});
}

QJsonArray DepartmentService::purposes()
{
    QJsonArray out;
    auto q = sql::run(
        m_db,
        QStringLiteral("SELECT code, name_zh FROM query_purposes WHERE active = 1 ORDER BY sort_order"));
    while (q.next())
        out.append(QJsonObject{{QStringLiteral("code"), q.value(0).toString()},
                               {QStringLiteral("name"), q.value(1).toString()}});
    return out;
}

QString DepartmentService::purposeText(const QString& raw)
{
    const QString purpose = raw.trimmed();
    if (purpose.isEmpty())
        throw DomainError::invalid(QStringLiteral("purpose"), QStringLiteral("请选择或填写查询用途。"));
    if (purpose.size() > 200)
        throw DomainError::invalid(QStringLiteral("purpose"),
                                   QStringLiteral("查询用途不能超过 200 个字符。"));
    auto q = sql::run(m_db, QStringLiteral("SELECT name_zh FROM query_purposes WHERE code = ?"), {purpose});
    return q.next() ? q.value(0).toString() : purpose;
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
        auto q =
            mode == QLatin1String("prefix")
                ? sql::run(
                      m_db,
                      QStringLiteral("SELECT id FROM subjects WHERE name >= ? AND name < ? ORDER BY name, id "
                                     "LIMIT ? OFFSET ?"),
                      {query, prefixUpperBound(query), kPageSize + 1, qint64(page - 1) * kPageSize})
                : sql::run(m_db,
                           QStringLiteral("SELECT id FROM subjects WHERE name LIKE ? ESCAPE '\\' ORDER BY id "
                                          "LIMIT ? OFFSET ?"),
                           {QStringLiteral("%") + likeEscaped(query) + QStringLiteral("%"), kPageSize + 1,
                            qint64(page - 1) * kPageSize});
        while (q.next())
            ids.append(q.value(0).toLongLong());
    } else {
        throw DomainError::invalid(QStringLiteral("mode"),
                                   QStringLiteral("查询方式应为 id、prefix 或 contains。"));
    }
    result.hasMore = ids.size() > kPageSize;
    if (result.hasMore)
        ids.removeLast();
    for (qint64 id : ids)
        result.items.append(masked(SubjectStore(m_db).summary(id)));
    store::Transaction tx(m_db);
    audit(QStringLiteral("department.search"), QStringLiteral("search:%1").arg(mode), QStringLiteral("ok"),
          QStringLiteral("q=%1 page=%2 results=%3").arg(query).arg(page).arg(result.items.size()));
    tx.commit();
    return result;
}

std::optional<qint64> DepartmentService::validAuthorization(qint64 subjectId)
{
    const QString day = today().toString(Qt::ISODate);
    auto q =
        sql::run(m_db,
                 QStringLiteral("SELECT id FROM b_authorizations WHERE subject_id = ? AND requester_id = ? "
                                "AND status = 'approved' AND requested_from <= ? AND requested_until >= ? "
                                "ORDER BY requested_until DESC LIMIT 1"),
                 {subjectId, m_viewer.accountId, day, day});
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
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

    auto q = sql::select(
        m_db,
        QStringLiteral("SELECT %1 FROM credit_records r JOIN credit_categories c ON c.code = r.category_code "
                       "WHERE r.subject_id = ? AND r.status = 'active' AND r.region_code LIKE ? "
                       "AND (r.open_class IN ('A', 'C') OR (r.open_class = 'B' AND ? = 1)) "
                       "ORDER BY c.sort_order, r.decision_date DESC, r.id")
            .arg(SubjectStore::recordSelect()),
        {subjectId, view.jurisdiction + QLatin1Char('%'), bAllowed ? 1 : 0});
    QJsonArray ids;
    QSet<QString> classes;
    while (q.next()) {
        const auto r = SubjectStore::readRecord(q, today());
        ids.append(r.id);
        classes.insert(r.openClass);
        view.records.append(r);
    }
    q.query().finish();
    QStringList classList(classes.cbegin(), classes.cend());
    classList.sort();
    store::Transaction tx(m_db);
    audit(QStringLiteral("query.department"), QStringLiteral("subject:%1").arg(subjectId),
          QStringLiteral("ok"),
          QString::fromUtf8(
              QJsonDocument(
                  QJsonObject{{QStringLiteral("purpose"), purpose},
                              {QStringLiteral("jurisdiction"), view.jurisdiction},
                              {QStringLiteral("classes"), QJsonArray::fromStringList(classList)},
                              {QStringLiteral("records"), ids},
                              {QStringLiteral("authorization"), auth ? QJsonValue(*auth) : QJsonValue()}})
                  .toJson(QJsonDocument::Compact)));
    tx.commit();
    return view;
}

protocol::SubjectSummary DepartmentService::reveal(qint64 subjectId)
{
    const bool entitled = entitledToIdentity(subjectId);
    store::Transaction tx(m_db);
    audit(QStringLiteral("subject.reveal"), QStringLiteral("subject:%1").arg(subjectId),
          entitled ? QStringLiteral("ok") : QStringLiteral("denied"));
    tx.commit();
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
    store::Transaction tx(m_db);
    report = ReportService(m_db, m_clock)
                 .issue(report, std::nullopt, subjectId, m_viewer.accountId, documentKind::kDepartmentExport);
    audit(QStringLiteral("report.export"), QStringLiteral("report:") + report.number, QStringLiteral("ok"),
          QStringLiteral("subject:%1").arg(subjectId));
    tx.commit();
    return report;
}

protocol::BAuthorization DepartmentService::loadAuthorization(qint64 id)
{
    auto q = sql::run(
        m_db,
        QStringLiteral("SELECT b.id, b.subject_id, req.full_name, req.unit, b.purpose, b.legal_basis, "
                       "b.requested_from, b.requested_until, b.status, dec.full_name, b.decided_at, "
                       "b.decision_reason, b.created_at, b.requester_id FROM b_authorizations b "
                       "JOIN accounts req ON req.id = b.requester_id "
                       "LEFT JOIN accounts dec ON dec.id = b.decided_by WHERE b.id = ?"),
        {id});
    if (!q.next())
        throw DomainError(ErrorCode::NotFound, QStringLiteral("授权申请不存在。"));
    protocol::BAuthorization a;
    a.id = q.value(0).toLongLong();
    const qint64 subjectId = q.value(1).toLongLong();
    a.requesterName = q.value(2).toString();
    a.requesterUnit = q.value(3).toString();
    a.purpose = q.value(4).toString();
    a.legalBasis = q.value(5).toString();
    a.requestedFrom = sql::date(q.value(6));
    a.requestedUntil = sql::date(q.value(7));
    a.status = q.value(8).toString();
    a.decidedByName = q.value(9).toString();
    a.decidedAt = sql::time(q.value(10));
    a.decisionReason = q.value(11).toString();
    a.createdAt = sql::time(q.value(12));
    const qint64 requester = q.value(13).toLongLong();
    q.finish();
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
    const QDateTime now = m_clock.now();
    store::Transaction tx(m_db);
    auto q = sql::run(
        m_db,
        QStringLiteral(
            "INSERT INTO b_authorizations (subject_id, requester_id, purpose, legal_basis, "
            "requested_from, requested_until, status, created_at) VALUES (?, ?, ?, ?, ?, ?, 'pending', ?)"),
        {subjectId, m_viewer.accountId, p, legalBasis.trimmed(), from.toString(Qt::ISODate),
         until.toString(Qt::ISODate), sql::time(now)});
    const qint64 id = q.lastInsertId().toLongLong();
    audit(QStringLiteral("bauth.request"), QStringLiteral("bauth:%1").arg(id), QStringLiteral("ok"),
          QStringLiteral("subject:%1 %2..%3 purpose=%4")
              .arg(subjectId)
              .arg(from.toString(Qt::ISODate), until.toString(Qt::ISODate), p));
    tx.commit();
    return loadAuthorization(id);
}

QList<protocol::BAuthorization> DepartmentService::authorizations(const QString& status)
{
    QString where = m_viewer.officer ? QStringLiteral("1 = 1") : QStringLiteral("requester_id = ?");
    QVariantList binds;
    if (!m_viewer.officer)
        binds.append(m_viewer.accountId);
    // "expired" is not stored: it is an approval whose requested period has ended.
    if (status == QLatin1String("pending") || status == QLatin1String("rejected")) {
        where += QStringLiteral(" AND status = ?");
        binds.append(status);
    } else if (status == QLatin1String("approved") || status == QLatin1String("expired")) {
        where += status == QLatin1String("approved")
                     ? QStringLiteral(" AND status = 'approved' AND requested_until >= ?")
                     : QStringLiteral(" AND status = 'approved' AND requested_until < ?");
        binds.append(today().toString(Qt::ISODate));
    } else if (!status.isEmpty() && status != QLatin1String("all")) {
        throw DomainError::invalid(QStringLiteral("status"),
                                   QStringLiteral("状态应为 pending、approved、rejected、expired 或 all。"));
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id FROM b_authorizations WHERE %1 ORDER BY created_at DESC, id DESC LIMIT 500")
            .arg(where));
    for (const auto& b : binds)
        q.addBindValue(b);
    if (!q.exec())
        throw store::StoreError(QStringLiteral("authorizations: ") + q.lastError().text());
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    QList<protocol::BAuthorization> out;
    for (qint64 id : ids)
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
    auto q = sql::run(m_db, QStringLiteral("SELECT requester_id FROM b_authorizations WHERE id = ?"), {id});
    q.next();
    const qint64 requester = q.value(0).toLongLong();
    q.finish();
    // seed 000 §18, 004 附件2 §15: the officer deciding is not the department user who asked.
    requireAnotherPerson(m_viewer.accountId,
                         approve ? QStringLiteral("批准该授权申请") : QStringLiteral("驳回该授权申请"),
                         {{requester, QStringLiteral("requester"), QStringLiteral("授权申请人")}});
    store::Transaction tx(m_db);
    sql::run(
        m_db,
        QStringLiteral(
            "UPDATE b_authorizations SET status = ?, decided_by = ?, decided_at = ?, decision_reason = ? "
            "WHERE id = ? AND status = 'pending'"),
        {approve ? QStringLiteral("approved") : QStringLiteral("rejected"), m_viewer.accountId,
         sql::time(m_clock.now()), sql::nullableText(reason.trimmed()), id});
    audit(approve ? QStringLiteral("bauth.approve") : QStringLiteral("bauth.reject"),
          QStringLiteral("bauth:%1").arg(id), QStringLiteral("ok"), reason.trimmed());
    tx.commit();
    return loadAuthorization(id);
}

} // namespace cp::server
