#include "http/AuthRoutes.h"

#include "Protocol.h"
#include "domain/auth/AccountStore.h"
#include "domain/auth/PasswordReset.h"

namespace cp::server {

void addAuthRoutes(RouteTable& table, const QString& serverVersion)
{
    table.add({"GET", "/api/v1/health", Access::Certificate, {}, [serverVersion](RequestContext& ctx) {
                   return Response::ok(
                       protocol::HealthInfo{QStringLiteral("ok"), serverVersion, ctx.clock.now()}.toJson());
               }});

    table.add({"POST", "/api/v1/session", Access::Certificate, {}, [](RequestContext& ctx) {
                   const auto req = protocol::LoginRequest::fromJson(ctx.body);
                   return Response::ok(AuthService(ctx.db, ctx.clock).login(ctx.peer, req).toJson());
               }});

    table.add({"GET", "/api/v1/session", Access::PasswordChange, {}, [](RequestContext& ctx) {
                   return Response::ok(ctx.requireSession().info().toJson());
               }});

    table.add({"DELETE", "/api/v1/session", Access::PasswordChange, {}, [](RequestContext& ctx) {
                   AuthService(ctx.db, ctx.clock).logout(ctx.requireSession(), ctx.peer);
                   return Response::empty();
               }});

    // The policy in force, so the client can check a new password while it is typed.
    table.add({"GET", "/api/v1/password-policy", Access::PasswordChange, {}, [](RequestContext& ctx) {
                   return Response::ok(AccountStore(ctx.db).policy().toJson());
               }});

    // After an administrator's reset the holder chooses the new password: proven by the bound
    // certificate, within the window, never seen by the administrator (issue 11 finding 3;
    // domain/auth/PasswordReset.h). 204; then a normal login with it.
    table.add({"POST", "/api/v1/session/password-reset", Access::Certificate, {}, [](RequestContext& ctx) {
                   if (!ctx.body.value(QStringLiteral("newPassword")).isString())
                       throw DomainError::invalid(QStringLiteral("newPassword"),
                                                  QStringLiteral("请输入新密码。"));
                   const auto req = protocol::PasswordChangeRequest::fromJson(ctx.body);
                   PasswordResets(ctx.db, ctx.clock).choosePassword(ctx.peer, req.newPassword);
                   return Response::empty();
               }});

    table.add(
        {"POST", "/api/v1/session/password", Access::PasswordChange, {}, [](RequestContext& ctx) {
             const auto req = protocol::PasswordChangeRequest::fromJson(ctx.body);
             return Response::ok(
                 AuthService(ctx.db, ctx.clock).changePassword(ctx.requireSession(), ctx.peer, req).toJson());
         }});
}

} // namespace cp::server
