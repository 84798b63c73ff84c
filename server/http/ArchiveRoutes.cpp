// Archives 档案 over /api/v1/archives (SPEC §6; seed 003 附件1.七, 附件2.八; seed 004 §25–31).
//
// The route decides the role, the service decides the state and the person: a
// wrong role is 403 FORBIDDEN (audited by the router), a step the state does not
// allow is 409 INVALID_STATE naming the current state (details.state).
//
// clang-format off
// Items
//   GET  /api/v1/archives/items?status=unfiled|filed|destroyed|expired|all   archivist   (default unfiled: the day's materials)
//   GET  /api/v1/archives/items/{id}                          archivist   item, materials, history
//   POST /api/v1/archives/items/filing                        archivist   unfiled → filed {itemIds[], volumeNumber, location{room,cabinet,shelf}}
//   GET  /api/v1/archives/items/{id}/materials/{materialId}   archivist, clerk, officer, approver — entitled: the
//                                                             archivist or the borrower holding the item now; audited
// Loans                                                                   state before → after
//   GET  /api/v1/archives/loans?state=open|overdue|all|<state>&borrowerId=  archivist, approver
//   GET  /api/v1/archives/loans/{id}                          archivist, approver
//   POST /api/v1/archives/loans                               archivist   → approved (on_site) | requested (take_out); 201
//        {itemIds[], borrowerId, purpose, mode: on_site|take_out, requestedReturn}
//   POST /api/v1/archives/loans/{id}/approval   {note?}       approver    requested → approved (not the borrower)
//   POST /api/v1/archives/loans/{id}/rejection  {reason}      approver    requested → rejected
//   POST /api/v1/archives/loans/{id}/cancellation {reason}    archivist   requested | approved → cancelled
//   POST /api/v1/archives/loans/{id}/checkout                 archivist   approved → checked_out; document: 借阅登记单
//   POST /api/v1/archives/loans/{id}/renewal {dueDate, reason} approver   checked_out (take_out, ≤ 2 times)
//   POST /api/v1/archives/loans/{id}/return {items[{itemId, condition, conditionNote}], note}
//                                                             archivist   checked_out → returned
// Destruction register 销毁清册
//   GET  /api/v1/archives/destructions?state=open|all|<state> archivist, approver
//   GET  /api/v1/archives/destructions/{id}                   archivist, approver
//   POST /api/v1/archives/destructions {itemIds[], checkerId, reason}   archivist   → proposed; 201
//   POST /api/v1/archives/destructions/{id}/check {counted, note}       archivist (the named checker)  proposed → checked
//   POST /api/v1/archives/destructions/{id}/approval {note?}            approver    checked → approved
//   POST /api/v1/archives/destructions/{id}/rejection {reason}          approver    proposed | checked → rejected
//   POST /api/v1/archives/destructions/{id}/execution {place, method, performers, problems}
//                                                             archivist   approved → destroyed; document: 销毁清册
// People, documents, reminders
//   GET  /api/v1/archives/staff                               archivist, approver   who may borrow
//   GET  /api/v1/archives/people/{id}/history                 archivist   loans as borrower, steps taken or concerning
//   GET  /api/v1/archives/documents/{number}                  archivist, approver   a loan slip or destruction list
//   GET  /api/v1/archives/reminders                           any session: overdue loans as borrower/approver
// Retention 保管期限 (per category; applies to items filed afterwards)
//   GET  /api/v1/archives/retention                           archivist, system admin
//   PUT  /api/v1/archives/retention/{kind} {years: 5–100 | 0 = permanent}   system admin
// clang-format on
#include "http/ArchiveRoutes.h"

#include "ArchiveProtocol.h"
#include "domain/archives/ArchiveService.h"
#include "domain/archives/DestructionService.h"
#include "domain/archives/LoanService.h"

#include <QJsonArray>

namespace cp::server {
namespace {

ArchiveCaller callerOf(const RequestContext& ctx)
{
    const Session& s = ctx.requireSession();
    ArchiveCaller c{{s.account.id, s.account.fullName, s.workstation, ctx.actor()}, {}};
    for (const QString& code : s.account.roles)
        if (const auto r = roleFromCode(code))
            c.roles.insert(*r);
    return c;
}

ArchiveService archive(RequestContext& ctx)
{
    return ArchiveService(ctx.db, ctx.clock, callerOf(ctx));
}
LoanService loans(RequestContext& ctx)
{
    return LoanService(ctx.db, ctx.clock, callerOf(ctx));
}
DestructionService destructions(RequestContext& ctx)
{
    return DestructionService(ctx.db, ctx.clock, callerOf(ctx));
}

qint64 id(const RequestContext& ctx)
{
    return ctx.idParam(QStringLiteral("id"));
}

} // namespace

void addArchiveRoutes(RouteTable& t)
{
    const QSet<Role> archivist{Role::Archivist};
    const QSet<Role> approver{Role::Approver};
    const QSet<Role> desk{Role::Archivist, Role::Approver};
    // Staff who may hold a loan (ArchiveRules mayBorrow); the service checks the person.
    const QSet<Role> readers{Role::Archivist, Role::WindowClerk, Role::CreditOfficer, Role::Approver};

    // --- items -----------------------------------------------------------------------

    t.add({"GET", "/api/v1/archives/items", Access::Session, archivist, [](RequestContext& ctx) {
               return Response::ok(
                   {{QStringLiteral("items"),
                     toJsonArray(archive(ctx).items(ctx.query.value(QStringLiteral("status"))))}});
           }});

    t.add({"POST", "/api/v1/archives/items/filing", Access::Session, archivist, [](RequestContext& ctx) {
               return Response::ok(
                   {{QStringLiteral("items"),
                     toJsonArray(archive(ctx).file(protocol::FilingInput::fromJson(ctx.body)))}});
           }});

    t.add({"GET", "/api/v1/archives/items/{id}", Access::Session, archivist,
           [](RequestContext& ctx) { return Response::ok(archive(ctx).item(id(ctx)).toJson()); }});

    t.add({"GET", "/api/v1/archives/items/{id}/materials/{materialId}", Access::Session, readers,
           [](RequestContext& ctx) {
               protocol::ArchiveMaterial info;
               const QByteArray bytes =
                   archive(ctx).materialContent(id(ctx), ctx.idParam(QStringLiteral("materialId")), &info);
               return fileResponse(info.toJson(), bytes);
           }});

    // --- loans -----------------------------------------------------------------------

    t.add({"GET", "/api/v1/archives/loans", Access::Session, desk, [](RequestContext& ctx) {
               const qint64 borrower = ctx.queryId(QStringLiteral("borrowerId"));
               return Response::ok(
                   {{QStringLiteral("loans"),
                     toJsonArray(loans(ctx).list(ctx.query.value(QStringLiteral("state")), borrower))}});
           }});

    t.add({"POST", "/api/v1/archives/loans", Access::Session, archivist, [](RequestContext& ctx) {
               return Response::created(
                   loans(ctx).request(protocol::LoanRequestInput::fromJson(ctx.body)).toJson());
           }});

    t.add({"GET", "/api/v1/archives/loans/{id}", Access::Session, desk,
           [](RequestContext& ctx) { return Response::ok(loans(ctx).get(id(ctx)).toJson()); }});

    // seed 004 §29: taking out needs the lending unit's leader's approval.
    t.add(
        {"POST", "/api/v1/archives/loans/{id}/approval", Access::Session, approver, [](RequestContext& ctx) {
             return Response::ok(
                 loans(ctx).approve(id(ctx), ctx.text(QStringLiteral("note"), 500, false)).toJson());
         }});

    t.add(
        {"POST", "/api/v1/archives/loans/{id}/rejection", Access::Session, approver, [](RequestContext& ctx) {
             return Response::ok(
                 loans(ctx).reject(id(ctx), ctx.text(QStringLiteral("reason"), 500)).toJson());
         }});

    t.add({"POST", "/api/v1/archives/loans/{id}/cancellation", Access::Session, archivist,
           [](RequestContext& ctx) {
               return Response::ok(
                   loans(ctx).cancel(id(ctx), ctx.text(QStringLiteral("reason"), 500)).toJson());
           }});

    t.add({"POST", "/api/v1/archives/loans/{id}/checkout", Access::Session, archivist,
           [](RequestContext& ctx) { return Response::ok(loans(ctx).checkOut(id(ctx)).toJson()); }});

    t.add({"POST", "/api/v1/archives/loans/{id}/renewal", Access::Session, approver, [](RequestContext& ctx) {
               const QDate due = protocol::fromWireDate(ctx.body.value(QStringLiteral("dueDate")).toString());
               if (!due.isValid())
                   throw DomainError::invalid(QStringLiteral("dueDate"),
                                              QStringLiteral("日期格式应为 yyyy-MM-dd。"));
               return Response::ok(
                   loans(ctx).renew(id(ctx), due, ctx.text(QStringLiteral("reason"), 500)).toJson());
           }});

    t.add({"POST", "/api/v1/archives/loans/{id}/return", Access::Session, archivist, [](RequestContext& ctx) {
               return Response::ok(
                   loans(ctx).giveBack(id(ctx), protocol::LoanReturnInput::fromJson(ctx.body)).toJson());
           }});

    // --- destruction register ----------------------------------------------------------

    t.add({"GET", "/api/v1/archives/destructions", Access::Session, desk, [](RequestContext& ctx) {
               return Response::ok(
                   {{QStringLiteral("destructions"),
                     toJsonArray(destructions(ctx).list(ctx.query.value(QStringLiteral("state"))))}});
           }});

    t.add(
        {"POST", "/api/v1/archives/destructions", Access::Session, archivist, [](RequestContext& ctx) {
             return Response::created(
                 destructions(ctx).propose(protocol::DestructionProposalInput::fromJson(ctx.body)).toJson());
         }});

    t.add({"GET", "/api/v1/archives/destructions/{id}", Access::Session, desk,
           [](RequestContext& ctx) { return Response::ok(destructions(ctx).get(id(ctx)).toJson()); }});

    t.add({"POST", "/api/v1/archives/destructions/{id}/check", Access::Session, archivist,
           [](RequestContext& ctx) {
               const QJsonValue counted = ctx.body.value(QStringLiteral("counted"));
               if (!counted.isDouble())
                   throw DomainError::invalid(QStringLiteral("counted"), QStringLiteral("请填写清点数量。"));
               return Response::ok(
                   destructions(ctx)
                       .check(id(ctx), counted.toInt(), ctx.text(QStringLiteral("note"), 1000, false))
                       .toJson());
           }});

    t.add({"POST", "/api/v1/archives/destructions/{id}/approval", Access::Session, approver,
           [](RequestContext& ctx) {
               return Response::ok(
                   destructions(ctx).approve(id(ctx), ctx.text(QStringLiteral("note"), 500, false)).toJson());
           }});

    t.add({"POST", "/api/v1/archives/destructions/{id}/rejection", Access::Session, approver,
           [](RequestContext& ctx) {
               return Response::ok(
                   destructions(ctx).reject(id(ctx), ctx.text(QStringLiteral("reason"), 500)).toJson());
           }});

    t.add({"POST", "/api/v1/archives/destructions/{id}/execution", Access::Session, archivist,
           [](RequestContext& ctx) {
               return Response::ok(
                   destructions(ctx)
                       .execute(id(ctx), protocol::DestructionExecutionInput::fromJson(ctx.body))
                       .toJson());
           }});

    // --- people, documents, reminders --------------------------------------------------

    t.add({"GET", "/api/v1/archives/staff", Access::Session, desk, [](RequestContext& ctx) {
               return Response::ok({{QStringLiteral("staff"), toJsonArray(archive(ctx).staff())}});
           }});

    t.add({"GET", "/api/v1/archives/people/{id}/history", Access::Session, archivist,
           [](RequestContext& ctx) { return Response::ok(archive(ctx).personHistory(id(ctx)).toJson()); }});

    t.add({"GET", "/api/v1/archives/documents/{number}", Access::Session, desk, [](RequestContext& ctx) {
               return Response::ok(
                   archive(ctx).document(ctx.params.value(QStringLiteral("number"))).toJson());
           }});

    t.add({"GET",
           "/api/v1/archives/retention",
           Access::Session,
           {Role::Archivist, Role::SystemAdmin},
           [](RequestContext& ctx) {
               return Response::ok({{QStringLiteral("rules"), toJsonArray(archive(ctx).retention())}});
           }});

    t.add(
        {"PUT",
         "/api/v1/archives/retention/{kind}",
         Access::Session,
         {Role::SystemAdmin},
         [](RequestContext& ctx) {
             const QJsonValue years = ctx.body.value(QStringLiteral("years"));
             if (!years.isDouble())
                 throw DomainError::invalid(QStringLiteral("years"), QStringLiteral("请填写保管年限。"));
             return Response::ok(
                 archive(ctx).setRetention(ctx.params.value(QStringLiteral("kind")), years.toInt()).toJson());
         }});

    // Every logged-in account: a borrower or approver sees their overdue loans at login.
    t.add({"GET", "/api/v1/archives/reminders", Access::Session, {}, [](RequestContext& ctx) {
               return Response::ok(archive(ctx).reminders().toJson());
           }});
}

} // namespace cp::server
