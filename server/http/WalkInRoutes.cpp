#include "http/WalkInRoutes.h"

#include "WalkInProtocol.h"
#include "domain/calendar/CalendarService.h"
#include "domain/calendar/CalendarStore.h"
#include "domain/documents/ReportDisclosure.h"
#include "domain/walkin/WalkInRules.h"
#include "domain/walkin/WalkInService.h"
#include "store/Database.h"

#include <QJsonArray>

namespace cp::server {
namespace {

using protocol::ErrorCode;

Operator operatorOf(const RequestContext& ctx)
{
    const Session& s = ctx.requireSession();
    return {s.account.id, s.account.fullName, s.workstation, ctx.actor()};
}

WalkInService service(RequestContext& ctx)
{
    return WalkInService(ctx.db, ctx.clock, operatorOf(ctx));
}

QJsonObject list(const QString& key, const QJsonArray& items)
{
    return {{key, items}};
}

/// {year} of /calendar/{year}: 2000–2100 (the client's range), never truncated from 64 bits.
int calendarYear(const RequestContext& ctx)
{
    return int(ctx.intParam(QStringLiteral("year"), 2000, 2100));
}

DocumentReader readerOf(const RequestContext& ctx)
{
    const Session& s = ctx.requireSession();
    DocumentReader r;
    r.accountId = s.account.id;
    for (const QString& code : s.account.roles)
        if (const auto role = roleFromCode(code))
            r.roles.insert(*role);
    r.regionCode = s.account.regionCode;
    r.actor = ctx.actor();
    return r;
}

ReportDisclosure documents(RequestContext& ctx)
{
    return ReportDisclosure(ctx.db, ctx.clock, readerOf(ctx));
}

QList<QDate> dates(const QJsonValue& v)
{
    QList<QDate> out;
    for (const auto& d : v.toArray()) {
        const QDate date = protocol::fromWireDate(d.toString());
        if (!date.isValid())
            throw DomainError::invalid(QStringLiteral("days"),
                                       QStringLiteral("日期格式应为 yyyy-MM-dd：%1").arg(d.toString()));
        out.append(date);
    }
    return out;
}

} // namespace

void addWalkInRoutes(RouteTable& t)
{
    const QSet<Role> clerk{Role::WindowClerk};

    t.add({"GET", "/api/v1/walkin/refusal-reasons", Access::Session, clerk, [](RequestContext&) {
               QJsonArray out;
               for (const auto& r : walkin::refusalReasons())
                   out.append(QJsonObject{{QStringLiteral("code"), r.code},
                                          {QStringLiteral("name"), r.nameZh},
                                          {QStringLiteral("wording"), r.wordingZh}});
               return Response::ok(list(QStringLiteral("reasons"), out));
           }});

    t.add({"GET", "/api/v1/subjects/lookup", Access::Session, clerk, [](RequestContext& ctx) {
               const auto s = service(ctx).lookupSubject(ctx.query.value(QStringLiteral("idNumber")));
               if (!s)
                   throw DomainError(ErrorCode::SubjectUnknown);
               return Response::ok(s->toJson());
           }});

    t.add({"POST", "/api/v1/walkin/applications", Access::Session, clerk, [](RequestContext& ctx) {
               const auto in = protocol::WalkInApplicationInput::fromJson(ctx.body);
               return Response::created(service(ctx).registerApplication(in).toJson());
           }});

    t.add({"GET", "/api/v1/walkin/applications/{id}", Access::Session, clerk, [](RequestContext& ctx) {
               return Response::ok(service(ctx).get(ctx.idParam(QStringLiteral("id"))).toJson());
           }});

    // Scans arrive base64-encoded in JSON: 10 MiB of file is ~13.4 MiB of text.
    t.add({"POST", "/api/v1/walkin/applications/{id}/materials", Access::Session, clerk,
           [](RequestContext& ctx) {
               const QString b64 = ctx.body.value(QStringLiteral("contentBase64")).toString();
               const auto decoded =
                   QByteArray::fromBase64Encoding(b64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
               if (!decoded)
                   throw DomainError::invalid(QStringLiteral("contentBase64"),
                                              QStringLiteral("文件内容编码无效。"));
               const auto info = service(ctx).addMaterial(ctx.idParam(QStringLiteral("id")),
                                                          ctx.text(QStringLiteral("kind"), 32),
                                                          ctx.text(QStringLiteral("fileName"), 128),
                                                          ctx.text(QStringLiteral("mimeType"), 64), *decoded);
               return Response::created(info.toJson());
           },
           15 * 1024 * 1024});

    t.add({"GET", "/api/v1/walkin/applications/{id}/materials/{materialId}", Access::Session, clerk,
           [](RequestContext& ctx) {
               protocol::MaterialInfo info;
               const QByteArray bytes = service(ctx).materialContent(
                   ctx.idParam(QStringLiteral("id")), ctx.idParam(QStringLiteral("materialId")), &info);
               return fileResponse(info.toJson(), bytes);
           }});

    t.add(
        {"POST", "/api/v1/walkin/applications/{id}/answer", Access::Session, clerk, [](RequestContext& ctx) {
             return Response::ok(service(ctx).answer(ctx.idParam(QStringLiteral("id"))).toJson());
         }});

    t.add(
        {"POST", "/api/v1/walkin/applications/{id}/refuse", Access::Session, clerk, [](RequestContext& ctx) {
             return Response::ok(service(ctx)
                                     .refuse(ctx.idParam(QStringLiteral("id")),
                                             ctx.text(QStringLiteral("reasonCode"), 64),
                                             ctx.text(QStringLiteral("note"), 500, false))
                                     .toJson());
         }});

    t.add({"POST", "/api/v1/walkin/applications/{id}/defer", Access::Session, clerk, [](RequestContext& ctx) {
               return Response::ok(
                   service(ctx)
                       .defer(ctx.idParam(QStringLiteral("id")), ctx.text(QStringLiteral("note"), 500, false))
                       .toJson());
           }});

    // seed 003 附件1.五(六): an extension needs the credit authority's approval.
    t.add({"POST",
           "/api/v1/walkin/applications/{id}/extension",
           Access::Session,
           {Role::Approver},
           [](RequestContext& ctx) {
               const QJsonValue days = ctx.body.value(QStringLiteral("workingDays"));
               if (!days.isDouble())
                   throw DomainError::invalid(QStringLiteral("workingDays"),
                                              QStringLiteral("请填写延期的工作日数。"));
               return Response::ok(service(ctx)
                                       .extend(ctx.idParam(QStringLiteral("id")), days.toInt(),
                                               // the service names the missing reason in words
                                               ctx.text(QStringLiteral("reason"), 500, false))
                                       .toJson());
           }});

    t.add({"GET",
           "/api/v1/walkin/pending",
           Access::Session,
           {Role::WindowClerk, Role::Approver},
           [](RequestContext& ctx) {
               return Response::ok(list(QStringLiteral("applications"), toJsonArray(service(ctx).pending())));
           }});

    // Attack review (issue 11) finding 8: each kind of document only to its roles;
    // ReportDisclosure decides per kind, refuses (403, audited) and counts failed look-ups.
    const QSet<Role> documentRoles{Role::WindowClerk, Role::DepartmentUser, Role::CreditOfficer,
                                   Role::Approver, Role::Archivist};
    t.add({"GET", "/api/v1/reports/{number}", Access::Session, documentRoles, [](RequestContext& ctx) {
               return Response::ok(documents(ctx).read(ctx.params.value(QStringLiteral("number"))).toJson());
           }});

    t.add({"POST", "/api/v1/reports/{number}/handover", Access::Session, clerk, [](RequestContext& ctx) {
               const QString receivedBy = ctx.text(QStringLiteral("receivedBy"), 64);
               return Response::ok(documents(ctx)
                                       .recordHandover(ctx.params.value(QStringLiteral("number")), receivedBy)
                                       .toJson());
           }});

    // Finding 1: the verdict alone unless genuine, then a summary for the caller's role;
    // failed verifications rate-limited per account.
    t.add({"POST", "/api/v1/reports/verify", Access::Session, {}, [](RequestContext& ctx) {
               const QString number = ctx.text(QStringLiteral("number"), 32);
               const QString code = ctx.text(QStringLiteral("code"), 32);
               return Response::ok(documents(ctx).verify(number, code).toJson());
           }});

    t.add({"GET", "/api/v1/calendar/{year}", Access::Session, {}, [](RequestContext& ctx) {
               const int year = calendarYear(ctx);
               const auto cal = CalendarStore(ctx.db).load();
               QJsonArray holidays, workdays;
               for (const QDate& d : cal.holidays())
                   if (d.year() == year)
                       holidays.append(protocol::toWireDate(d));
               for (const QDate& d : cal.adjustedWorkdays())
                   if (d.year() == year)
                       workdays.append(protocol::toWireDate(d));
               return Response::ok({{QStringLiteral("year"), year},
                                    {QStringLiteral("official"), CalendarStore(ctx.db).isOfficialYear(year)},
                                    {QStringLiteral("holidays"), holidays},
                                    {QStringLiteral("workdays"), workdays}});
           }});

    // An admin enters a year's holidays and 调休 once the State Council publishes them.
    t.add({"PUT", "/api/v1/calendar/{year}", Access::Session, {Role::SystemAdmin}, [](RequestContext& ctx) {
               const int year = calendarYear(ctx);
               const auto holidays = dates(ctx.body.value(QStringLiteral("holidays")));
               const auto workdays = dates(ctx.body.value(QStringLiteral("workdays")));
               CalendarService(ctx.db, ctx.clock, ctx.actor()).replaceYear(year, holidays, workdays);
               return Response::ok({{QStringLiteral("year"), year}});
           }});
}

} // namespace cp::server
