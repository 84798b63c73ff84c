// Storage-media register 存储介质登记 over /api/v1/media (SPEC §7; seed 004 §10–14).
//
// The route decides the role, the service decides the state: a wrong role is
// 403 FORBIDDEN (audited by the router), an event the medium's state does not
// allow is 409 INVALID_STATE naming the current state; finer refusals carry
// details.reason (WIPE_REQUIRED, APPROVAL_REQUIRED, SECOND_PERSON_REQUIRED,
// SAME_AS_OPERATOR, LOCATION_LEVEL_MISMATCH, THIRD_PARTY_HANDOVER_FORBIDDEN …).
//
// clang-format off
//   GET  /api/v1/media/levels                                archivist, approver   classification levels
//   GET  /api/v1/media/people                                archivist, approver   active accounts to pick (custodian, signers)
//   GET  /api/v1/media/locations                             archivist, approver   storage locations and the levels they hold
//   POST /api/v1/media/locations  {code,name,description,levels[],active}   archivist   201 location
//   PUT  /api/v1/media/locations/{id} {name,description,levels[],active}    archivist   location
//   GET  /api/v1/media/carry-out-requests?state=pending|approved|rejected|used|all   archivist, approver
//   POST /api/v1/media/carry-out-requests/{id}/approval {note?}             approver    pending → approved
//   POST /api/v1/media/carry-out-requests/{id}/rejection {reason}           approver    pending → rejected
//   GET  /api/v1/media?state=&level=&custodianId=&locationId=               archivist   the register at a glance
//        state: "" (all but destroyed) | all | <state> | overdue (carried out past the approved return date)
//   POST /api/v1/media  MediumInput                                         archivist   201 medium (in_store)
//   GET  /api/v1/media/{id}                                                 archivist   {medium, events[], carryRequests[]}
//   PUT  /api/v1/media/{id}  MediumInput                                    archivist   in_store only
//   POST /api/v1/media/{id}/events  MediumEventInput                        archivist   {medium, event}
//   POST /api/v1/media/{id}/carry-out-requests  CarryRequestInput           archivist   201 request (pending)
// clang-format on
// The fixed paths are registered before /media/{id}.
#include "http/MediaRoutes.h"

#include "MediaProtocol.h"
#include "domain/media/MediaService.h"

#include <QJsonArray>

namespace cp::server {
namespace {

MediaService service(RequestContext& ctx)
{
    const Session& s = ctx.requireSession();
    return MediaService(ctx.db, ctx.clock, {s.account.id, s.account.fullName, s.workstation, ctx.actor()});
}

} // namespace

void addMediaRoutes(RouteTable& t)
{
    const QSet<Role> archivist{Role::Archivist};
    const QSet<Role> approver{Role::Approver};
    const QSet<Role> both{Role::Archivist, Role::Approver};

    // --- reference data --------------------------------------------------------------

    t.add({"GET", "/api/v1/media/levels", Access::Session, both, [](RequestContext& ctx) {
               return Response::ok({{QStringLiteral("levels"), toJsonArray(service(ctx).levels())}});
           }});
    t.add({"GET", "/api/v1/media/people", Access::Session, both, [](RequestContext& ctx) {
               return Response::ok({{QStringLiteral("people"), toJsonArray(service(ctx).people())}});
           }});
    t.add({"GET", "/api/v1/media/locations", Access::Session, both, [](RequestContext& ctx) {
               return Response::ok({{QStringLiteral("locations"), toJsonArray(service(ctx).locations())}});
           }});
    t.add({"POST", "/api/v1/media/locations", Access::Session, archivist, [](RequestContext& ctx) {
               return Response::created(
                   service(ctx).addLocation(protocol::MediaLocation::fromJson(ctx.body)).toJson());
           }});
    t.add({"PUT", "/api/v1/media/locations/{id}", Access::Session, archivist, [](RequestContext& ctx) {
               return Response::ok(service(ctx)
                                       .updateLocation(ctx.idParam(QStringLiteral("id")),
                                                       protocol::MediaLocation::fromJson(ctx.body))
                                       .toJson());
           }});

    // --- carry-out approvals (seed 004 §13) --------------------------------------------

    t.add({"GET", "/api/v1/media/carry-out-requests", Access::Session, both, [](RequestContext& ctx) {
               return Response::ok(
                   {{QStringLiteral("requests"),
                     toJsonArray(service(ctx).carryRequests(ctx.query.value(QStringLiteral("state"))))}});
           }});
    t.add({"POST", "/api/v1/media/carry-out-requests/{id}/approval", Access::Session, approver,
           [](RequestContext& ctx) {
               return Response::ok(service(ctx)
                                       .approveCarryOut(ctx.idParam(QStringLiteral("id")),
                                                        ctx.text(QStringLiteral("note"), 500, false))
                                       .toJson());
           }});
    t.add({"POST", "/api/v1/media/carry-out-requests/{id}/rejection", Access::Session, approver,
           [](RequestContext& ctx) {
               const QString reason = ctx.body.value(QStringLiteral("reason")).toString();
               return Response::ok(
                   service(ctx).rejectCarryOut(ctx.idParam(QStringLiteral("id")), reason).toJson());
           }});

    // --- the register --------------------------------------------------------------------

    t.add({"GET", "/api/v1/media", Access::Session, archivist, [](RequestContext& ctx) {
               MediaFilter f;
               f.state = ctx.query.value(QStringLiteral("state")).trimmed();
               f.level = ctx.query.value(QStringLiteral("level")).trimmed();
               f.custodianId = ctx.queryId(QStringLiteral("custodianId"));
               f.locationId = ctx.queryId(QStringLiteral("locationId"));
               return Response::ok({{QStringLiteral("media"), toJsonArray(service(ctx).list(f))}});
           }});
    t.add({"POST", "/api/v1/media", Access::Session, archivist, [](RequestContext& ctx) {
               return Response::created(
                   service(ctx).registerMedium(protocol::MediumInput::fromJson(ctx.body)).toJson());
           }});
    t.add({"GET", "/api/v1/media/{id}", Access::Session, archivist, [](RequestContext& ctx) {
               return Response::ok(service(ctx).get(ctx.idParam(QStringLiteral("id"))).toJson());
           }});
    t.add({"PUT", "/api/v1/media/{id}", Access::Session, archivist, [](RequestContext& ctx) {
               return Response::ok(
                   service(ctx)
                       .edit(ctx.idParam(QStringLiteral("id")), protocol::MediumInput::fromJson(ctx.body))
                       .toJson());
           }});
    t.add({"POST", "/api/v1/media/{id}/events", Access::Session, archivist, [](RequestContext& ctx) {
               return Response::ok(service(ctx)
                                       .record(ctx.idParam(QStringLiteral("id")),
                                               protocol::MediumEventInput::fromJson(ctx.body))
                                       .toJson());
           }});
    t.add({"POST", "/api/v1/media/{id}/carry-out-requests", Access::Session, archivist,
           [](RequestContext& ctx) {
               return Response::created(service(ctx)
                                            .requestCarryOut(ctx.idParam(QStringLiteral("id")),
                                                             protocol::CarryRequestInput::fromJson(ctx.body))
                                            .toJson());
           }});
}

} // namespace cp::server
