#include "http/DepartmentRoutes.h"

#include "domain/department/DepartmentService.h"

#include <QJsonArray>

namespace cp::server {
namespace {

DepartmentService service(RequestContext& ctx)
{
    const Session& s = ctx.requireSession();
    return DepartmentService(ctx.db, ctx.clock,
                             Viewer{s.account.id, s.account.fullName, s.account.unit, s.account.regionCode,
                                    ctx.hasRole(Role::CreditOfficer), ctx.actor()});
}

QDate dateField(const RequestContext& ctx, const QString& field)
{
    const QDate d = protocol::fromWireDate(ctx.body.value(field).toString());
    if (!d.isValid())
        throw DomainError::invalid(field, QStringLiteral("日期格式应为 yyyy-MM-dd。"));
    return d;
}

} // namespace

void addDepartmentRoutes(RouteTable& t)
{
    const QSet<Role> readers{Role::DepartmentUser, Role::CreditOfficer};

    t.add({"GET", "/api/v1/department/purposes", Access::Session, readers, [](RequestContext& ctx) {
               return Response::ok({{QStringLiteral("purposes"), service(ctx).purposes()}});
           }});

    t.add({"GET", "/api/v1/department/subjects", Access::Session, readers, [](RequestContext& ctx) {
               return Response::ok(
                   service(ctx)
                       .search(ctx.query.value(QStringLiteral("mode"), QStringLiteral("prefix")),
                               ctx.query.value(QStringLiteral("q")), ctx.pageParam())
                       .toJson());
           }});

    t.add({"GET", "/api/v1/department/subjects/{id}/records", Access::Session, readers,
           [](RequestContext& ctx) {
               return Response::ok(
                   service(ctx)
                       .records(ctx.idParam(QStringLiteral("id")), ctx.query.value(QStringLiteral("purpose")))
                       .toJson());
           }});

    t.add({"GET", "/api/v1/department/subjects/{id}/identity", Access::Session, readers,
           [](RequestContext& ctx) {
               return Response::ok(service(ctx).reveal(ctx.idParam(QStringLiteral("id"))).toJson());
           }});

    t.add({"POST", "/api/v1/department/subjects/{id}/export", Access::Session, readers,
           [](RequestContext& ctx) {
               return Response::created(service(ctx)
                                            .exportReport(ctx.idParam(QStringLiteral("id")),
                                                          ctx.text(QStringLiteral("purpose"), 200, false))
                                            .toJson());
           }});

    t.add({"POST",
           "/api/v1/department/authorizations",
           Access::Session,
           {Role::DepartmentUser},
           [](RequestContext& ctx) {
               const QJsonValue subject = ctx.body.value(QStringLiteral("subjectId"));
               if (!subject.isDouble() || subject.toInteger() <= 0)
                   throw DomainError::invalid(QStringLiteral("subjectId"),
                                              QStringLiteral("请选择被查询主体。"));
               return Response::created(
                   service(ctx)
                       .requestAuthorization(subject.toInteger(),
                                             ctx.text(QStringLiteral("purpose"), 200, false),
                                             ctx.text(QStringLiteral("legalBasis"), 500, false),
                                             dateField(ctx, QStringLiteral("requestedFrom")),
                                             dateField(ctx, QStringLiteral("requestedUntil")))
                       .toJson());
           }});

    t.add({"GET", "/api/v1/department/authorizations", Access::Session, readers, [](RequestContext& ctx) {
               return Response::ok(
                   {{QStringLiteral("authorizations"),
                     toJsonArray(service(ctx).authorizations(ctx.query.value(QStringLiteral("status"))))}});
           }});

    t.add({"POST",
           "/api/v1/department/authorizations/{id}/approve",
           Access::Session,
           {Role::CreditOfficer},
           [](RequestContext& ctx) {
               return Response::ok(service(ctx)
                                       .decide(ctx.idParam(QStringLiteral("id")), true,
                                               ctx.text(QStringLiteral("reason"), 500, false))
                                       .toJson());
           }});

    t.add({"POST",
           "/api/v1/department/authorizations/{id}/reject",
           Access::Session,
           {Role::CreditOfficer},
           [](RequestContext& ctx) {
               return Response::ok(service(ctx)
                                       .decide(ctx.idParam(QStringLiteral("id")), false,
                                               ctx.text(QStringLiteral("reason"), 500, false))
                                       .toJson());
           }});
}

} // namespace cp::server
