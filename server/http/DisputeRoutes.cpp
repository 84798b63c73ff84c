// Disputes 异议处理 over /api/v1/disputes (SPEC §5; seed 003 附件2).
//
// The route decides the role, the service decides the state: a wrong role is
// 403 FORBIDDEN (and audited by the router), a step the case's state does not
// allow is 409 INVALID_STATE naming the current state. Every step answers with
// the case (or mark) as it now stands, plus "document" when the step issued a
// numbered signed document (print it; check it with POST /api/v1/reports/verify).
//
// clang-format off
// Window lookups and queues
//   GET  /api/v1/disputes/records?idNumber=…          clerk        the subject's records, each disputable or why not
//   GET  /api/v1/disputes?state=open|all|<state>       staff (*)    cases, earliest effective due date first, overdue flagged
//   GET  /api/v1/disputes/marks?state=open|active|all  staff        mark applications with their due dates, overdue flagged
//   GET  /api/v1/disputes/{id}                         staff        one case: records, outcomes, marks, materials
//   GET  /api/v1/disputes/{id}/materials/{materialId}  staff        one scan, base64 (the viewing is audited)
// Case steps                                                        state before → after
//   POST /api/v1/disputes                              clerk        → accepted; 201 {case, document: 受理回执}
//        {subjectIdNumber, recordIds[], reason, applicant{name,idType,idNumber,phone}, materials[]}
//   POST /api/v1/disputes/{id}/verification            officer      accepted → verified      {department, note, date}
//   POST /api/v1/disputes/{id}/result                  officer      verified → result_submitted
//        {text, outcomes[{recordId, outcome: corrected|deleted|upheld, newTitle, newContent}]}
//   POST /api/v1/disputes/{id}/approval                approver     result_submitted → approved; document: 结果报告 {note?}
//   POST /api/v1/disputes/{id}/return                  approver     result_submitted → verified   {reason}
//   POST /api/v1/disputes/{id}/extension               approver     any state but delivered, once {workingDays 1–15, reason}
//   POST /api/v1/disputes/{id}/delivery                clerk        approved → delivered          {receivedBy}
//   POST /api/v1/disputes/{id}/reprint                 clerk        delivered, once, if corrected; 201 document: report
// "申请人存疑" marks (one record each)
//   POST /api/v1/disputes/{id}/marks                   clerk        case delivered ≤ 5 working days ago → accepted; 201
//        {recordId, reason, applicant, materials[]}                 {mark, document: 标注受理回执}
//   POST …/marks/{markId}/set                          officer      accepted → set (on the record for 30 days)
//   POST …/marks/{markId}/revocation-application       clerk        set (in force) → revocation_accepted; 201
//        {reason, applicant, materials[]}                           {mark, document: 撤销受理回执}
//   POST …/marks/{markId}/revocation                   officer      revocation_accepted → revoked (cleared)
// (*) staff = clerk, officer, approver. Department users have no access.
// clang-format on
//
// Applications carry their scans inline (materials[].contentBase64): each file
// ≤ 10 MiB, ≤ 20 MiB in all, stored whole with the application or not at all.
// The fixed paths (records, marks) are registered before /disputes/{id}.
#include "http/DisputeRoutes.h"

#include "DisputeProtocol.h"
#include "domain/disputes/DisputeService.h"
#include "domain/disputes/MarkService.h"

#include <QJsonArray>

namespace cp::server {
namespace {

constexpr int kApplicationBodyBytes = 28 * 1024 * 1024; // 20 MiB of scans as base64, plus the form

Operator operatorOf(const RequestContext& ctx)
{
    const Session& s = ctx.requireSession();
    return {s.account.id, s.account.fullName, s.workstation, ctx.actor()};
}

DisputeService cases(RequestContext& ctx)
{
    return DisputeService(ctx.db, ctx.clock, operatorOf(ctx));
}
MarkService marks(RequestContext& ctx)
{
    return MarkService(ctx.db, ctx.clock, operatorOf(ctx));
}

qint64 caseId(const RequestContext& ctx)
{
    return ctx.idParam(QStringLiteral("id"));
}
qint64 markId(const RequestContext& ctx)
{
    return ctx.idParam(QStringLiteral("markId"));
}

QDate dateField(const RequestContext& ctx, const QString& field)
{
    const QDate d = protocol::fromWireDate(ctx.body.value(field).toString());
    if (!d.isValid())
        throw DomainError::invalid(field, QStringLiteral("日期格式应为 yyyy-MM-dd。"));
    return d;
}

} // namespace

void addDisputeRoutes(RouteTable& t)
{
    const QSet<Role> clerk{Role::WindowClerk};
    const QSet<Role> officer{Role::CreditOfficer};
    const QSet<Role> approver{Role::Approver};
    const QSet<Role> staff{Role::WindowClerk, Role::CreditOfficer, Role::Approver};

    // --- fixed paths first ---------------------------------------------------------

    t.add({"GET", "/api/v1/disputes/records", Access::Session, clerk, [](RequestContext& ctx) {
               return Response::ok(
                   cases(ctx).disputable(ctx.query.value(QStringLiteral("idNumber"))).toJson());
           }});

    t.add({"GET", "/api/v1/disputes/marks", Access::Session, staff, [](RequestContext& ctx) {
               return Response::ok(
                   {{QStringLiteral("marks"),
                     toJsonArray(marks(ctx).list(ctx.query.value(QStringLiteral("state"))))}});
           }});

    // --- cases ---------------------------------------------------------------------

    t.add({"POST", "/api/v1/disputes", Access::Session, clerk,
           [](RequestContext& ctx) {
               return Response::created(
                   cases(ctx).accept(protocol::DisputeAcceptInput::fromJson(ctx.body)).toJson());
           },
           kApplicationBodyBytes});

    t.add({"GET", "/api/v1/disputes", Access::Session, staff, [](RequestContext& ctx) {
               return Response::ok(
                   {{QStringLiteral("cases"),
                     toJsonArray(cases(ctx).list(ctx.query.value(QStringLiteral("state"))))}});
           }});

    t.add({"GET", "/api/v1/disputes/{id}", Access::Session, staff,
           [](RequestContext& ctx) { return Response::ok(cases(ctx).get(caseId(ctx)).toJson()); }});

    t.add({"GET", "/api/v1/disputes/{id}/materials/{materialId}", Access::Session, staff,
           [](RequestContext& ctx) {
               protocol::MaterialInfo info;
               const QByteArray bytes =
                   cases(ctx).materialContent(caseId(ctx), ctx.idParam(QStringLiteral("materialId")), &info);
               return fileResponse(info.toJson(), bytes);
           }});

    t.add({"POST", "/api/v1/disputes/{id}/verification", Access::Session, officer, [](RequestContext& ctx) {
               return Response::ok(cases(ctx)
                                       .verify(caseId(ctx), ctx.text(QStringLiteral("department"), 100),
                                               ctx.text(QStringLiteral("note"), 2000),
                                               dateField(ctx, QStringLiteral("date")))
                                       .toJson());
           }});

    t.add({"POST", "/api/v1/disputes/{id}/result", Access::Session, officer, [](RequestContext& ctx) {
               return Response::ok(
                   cases(ctx)
                       .submitResult(caseId(ctx), protocol::DisputeResultInput::fromJson(ctx.body))
                       .toJson());
           }});

    // seed 003 附件2.五(三): the result report is approved by the credit authority.
    t.add({"POST", "/api/v1/disputes/{id}/approval", Access::Session, approver, [](RequestContext& ctx) {
               return Response::ok(
                   cases(ctx).approve(caseId(ctx), ctx.text(QStringLiteral("note"), 1000, false)).toJson());
           }});

    t.add({"POST", "/api/v1/disputes/{id}/return", Access::Session, approver, [](RequestContext& ctx) {
               return Response::ok(
                   cases(ctx).returnResult(caseId(ctx), ctx.text(QStringLiteral("reason"), 1000)).toJson());
           }});

    // seed 003 附件2.三: a longer period needs the credit authority's approval.
    t.add({"POST", "/api/v1/disputes/{id}/extension", Access::Session, approver, [](RequestContext& ctx) {
               const QJsonValue days = ctx.body.value(QStringLiteral("workingDays"));
               if (!days.isDouble())
                   throw DomainError::invalid(QStringLiteral("workingDays"),
                                              QStringLiteral("请填写延长的工作日数。"));
               return Response::ok(
                   cases(ctx)
                       .extend(caseId(ctx), days.toInt(), ctx.text(QStringLiteral("reason"), 1000))
                       .toJson());
           }});

    t.add({"POST", "/api/v1/disputes/{id}/delivery", Access::Session, clerk, [](RequestContext& ctx) {
               return Response::ok(
                   cases(ctx).deliver(caseId(ctx), ctx.text(QStringLiteral("receivedBy"), 64)).toJson());
           }});

    t.add({"POST", "/api/v1/disputes/{id}/reprint", Access::Session, clerk,
           [](RequestContext& ctx) { return Response::created(cases(ctx).reprint(caseId(ctx)).toJson()); }});

    // --- "申请人存疑" marks ------------------------------------------------------------

    t.add(
        {"POST", "/api/v1/disputes/{id}/marks", Access::Session, clerk,
         [](RequestContext& ctx) {
             return Response::created(
                 marks(ctx).apply(caseId(ctx), protocol::MarkApplicationInput::fromJson(ctx.body)).toJson());
         },
         kApplicationBodyBytes});

    t.add({"POST", "/api/v1/disputes/{id}/marks/{markId}/set", Access::Session, officer,
           [](RequestContext& ctx) {
               return Response::ok(marks(ctx).set(caseId(ctx), markId(ctx)).toJson());
           }});

    t.add({"POST", "/api/v1/disputes/{id}/marks/{markId}/revocation-application", Access::Session, clerk,
           [](RequestContext& ctx) {
               return Response::created(
                   marks(ctx)
                       .acceptRevocation(caseId(ctx), markId(ctx),
                                         protocol::MarkApplicationInput::fromJson(ctx.body))
                       .toJson());
           },
           kApplicationBodyBytes});

    t.add({"POST", "/api/v1/disputes/{id}/marks/{markId}/revocation", Access::Session, officer,
           [](RequestContext& ctx) {
               return Response::ok(marks(ctx).revoke(caseId(ctx), markId(ctx)).toJson());
           }});
}

} // namespace cp::server
