// Audit review 审计日志 over /api/v1/audit (SPEC §1, §4; seed 004 附件2 §10,
// 附件3). Paths and shapes: shared/AuditProtocol.h. Every route is the
// security auditor's alone (the router refuses and records anyone else); the
// auditor's role opens nothing else (shared/Roles.cpp). Reading changes
// nothing; verifying and exporting append their own entry to the chain.
#include "http/AuditRoutes.h"

#include "domain/LocalDate.h"
#include "domain/audit/AuditReview.h"

namespace cp::server {
namespace {

using protocol::AuditFilter;

AuditReview review(RequestContext& ctx)
{
    return AuditReview(ctx.db, ctx.clock);
}

/// A wire time ("2026-12-01T08:00:00.000Z") or a calendar day (China midnight).
QDateTime timeValue(const QString& field, const QString& value)
{
    if (value.isEmpty())
        return {};
    // A bare day is a Beijing calendar day (checked first: Qt would read it as local midnight).
    const QDate d = value.size() == 10 ? QDate::fromString(value, Qt::ISODate) : QDate();
    const QDateTime t =
        d.isValid() ? QDateTime(d, QTime(0, 0), QTimeZone(8 * 3600)).toUTC() : protocol::fromWireTime(value);
    if (!t.isValid())
        throw DomainError::invalid(field, QStringLiteral("时间格式应为 yyyy-MM-dd 或 ISO 8601。"));
    return t;
}

qint64 numberValue(const QString& field, const QString& value, qint64 fallback)
{
    if (value.isEmpty())
        return fallback;
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    if (!ok)
        throw DomainError::invalid(field, QStringLiteral("%1 应为整数。").arg(field));
    return n;
}

/// The filter from query parameters (GET) or from body fields (POST): same names.
AuditFilter filterOf(const std::function<QString(const char*)>& get)
{
    AuditFilter f;
    f.from = timeValue(QStringLiteral("from"), get("from"));
    f.to = timeValue(QStringLiteral("to"), get("to"));
    f.account = get("account").trimmed();
    f.action = get("action").trimmed();
    f.subject = get("subject").trimmed();
    f.outcome = get("outcome").trimmed();
    f.untilSeq = numberValue(QStringLiteral("untilSeq"), get("untilSeq"), 0);
    return f;
}

AuditFilter queryFilter(const RequestContext& ctx)
{
    return filterOf([&ctx](const char* name) { return ctx.query.value(QLatin1String(name)); });
}

AuditFilter bodyFilter(const RequestContext& ctx)
{
    return filterOf([&ctx](const char* name) {
        const QJsonValue v = ctx.body.value(QLatin1String(name));
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            throw DomainError::invalid(QLatin1String(name),
                                       QStringLiteral("字段 %1 应为文本。").arg(QLatin1String(name)));
        return v.toString();
    });
}

} // namespace

void addAuditRoutes(RouteTable& t)
{
    const QSet<Role> auditor{Role::SecurityAuditor};

    t.add({"GET", "/api/v1/audit/entries", Access::Session, auditor, [](RequestContext& ctx) {
               const Paging p = ctx.paging(50, AuditReview::kMaxPageSize);
               return Response::ok(review(ctx).search(queryFilter(ctx), p.page, p.pageSize).toJson());
           }});

    t.add({"GET", "/api/v1/audit/entries/{seq}", Access::Session, auditor, [](RequestContext& ctx) {
               const AuditEntryCheck c = review(ctx).entry(ctx.idParam(QStringLiteral("seq")));
               return Response::ok({{QStringLiteral("entry"), c.entry.toJson()},
                                    {QStringLiteral("hashOk"), c.hashOk},
                                    {QStringLiteral("linkOk"), c.linkOk}});
           }});

    t.add({"POST", "/api/v1/audit/verification", Access::Session, auditor,
           [](RequestContext& ctx) { return Response::ok(review(ctx).verify(ctx.actor()).toJson()); }});

    t.add({"POST", "/api/v1/audit/exports", Access::Session, auditor, [](RequestContext& ctx) {
               const Session& s = ctx.requireSession();
               return Response::created(
                   review(ctx)
                       .exportPeriod(bodyFilter(ctx), s.account.id, s.account.login, ctx.actor())
                       .toJson());
           }});

    t.add({"POST", "/api/v1/audit/exports/verify", Access::Session, auditor, [](RequestContext& ctx) {
               const QString result = review(ctx).verifyExport(
                   ctx.text(QStringLiteral("number"), 32), ctx.text(QStringLiteral("sha256"), 64),
                   ctx.text(QStringLiteral("signature"), 64), ctx.actor());
               return Response::ok({{QStringLiteral("result"), result}});
           }});
}

} // namespace cp::server
