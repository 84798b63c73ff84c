// The admin console over /api/v1/admin (SPEC §1, §8; seed 004 附件2, 附件3;
// seed 002 §13, §18, §21; seed 000 §9–10). Separation of duties is in the
// route table: the system admin (sysadmin) runs accounts and certificates,
// the security admin (secadmin) roles, jurisdictions, policies and
// revocations; the security auditor only confirms or rejects changes to an
// administrator's account (seed 004 附件2 §10(2): supervises the administrators).
// The service refuses what the state does not allow, acting on one's own account,
// role combinations that break separation of duties, and (issue 11 finding 3) makes a
// reset or certificate binding of an administrator's account wait for a second
// administrator of another post.
//
// clang-format off
//   GET  /api/v1/admin/accounts?status=&q=              sys, sec   accounts with status, roles, last login, certificates
//   POST /api/v1/admin/accounts                         sys        201 {account, initialPassword}; no roles yet
//        {login, fullName, idNumber, unit, position, phone, regionCode, certificate: base64 of a PEM/DER file}
//   GET  /api/v1/admin/accounts/{id}                    sys, sec
//   POST /api/v1/admin/accounts/{id}/disable            sys        active → disabled {reason}
//   POST /api/v1/admin/accounts/{id}/enable             sys        disabled → active
//   POST /api/v1/admin/accounts/{id}/deregister         sys        → deregistered, certificates revoked {kind: transfer|departure, note}
//   POST /api/v1/admin/accounts/{id}/password-reset     sys        200 {account}: no password issued, the holder chooses one
//                                                                  at the next login (24 h); 202 {account, pendingRequest}: an
//                                                                  administrator's account waits for a second administrator
//   POST /api/v1/admin/accounts/{id}/unlock             sys
//   POST /api/v1/admin/accounts/{id}/compromise         sys, sec   disabled + every certificate revoked {kind: password|certificate, note}
//   POST /api/v1/admin/accounts/{id}/certificates       sys        bind another certificate {certificate}: 201 {account},
//                                                                  or 202 {account, pendingRequest} (administrator's account)
//   PUT  /api/v1/admin/accounts/{id}/roles              sec        {roles[], regionCode}
//   GET  /api/v1/admin/certificates?expiringWithinDays= sys, sec   all, or active ones ending within N days (default list: all)
//   POST /api/v1/admin/certificates/{id}/revoke         sec        {reason}; refused from the next request and handshake on
//   GET  /api/v1/admin/policy                           sys, sec   PUT: sec, never below SPEC §8, effective at once
//   GET  /api/v1/admin/stale-accounts?days=90           sys, sec   active accounts unused for that long
//   GET  /api/v1/admin/regions                          sys, sec   jurisdictions to choose from
//   GET  /api/v1/admin/requests?status=pending          sys, sec, aud  changes waiting for a second administrator
//   POST /api/v1/admin/requests/{id}/confirm            sys, sec, aud  another post than the requester's, not the holder
//   POST /api/v1/admin/requests/{id}/reject             sys, sec, aud  {reason}; not the holder
// clang-format on
#include "http/AdminRoutes.h"

#include "AdminProtocol.h"
#include "app/CertificateGuard.h"
#include "domain/admin/AdminService.h"
#include "domain/admin/CertificateFile.h"

#include <QJsonArray>
#include <cmath>

namespace cp::server {
namespace {

using protocol::ErrorCode;

const QSet<Role> kSys{Role::SystemAdmin};
const QSet<Role> kSec{Role::SecurityAdmin};
const QSet<Role> kAdmins{Role::SystemAdmin, Role::SecurityAdmin};
const QSet<Role> kAllThree{Role::SystemAdmin, Role::SecurityAdmin, Role::SecurityAuditor};

AdminService service(RequestContext& ctx)
{
    return AdminService(ctx.db, ctx.clock, AdminActor{ctx.requireSession(), ctx.actor()});
}

qint64 id(const RequestContext& ctx)
{
    return ctx.idParam(QStringLiteral("id"));
}

int intQuery(const RequestContext& ctx, const QString& name, int fallback)
{
    const QString v = ctx.query.value(name);
    if (v.isEmpty())
        return fallback;
    bool ok = false;
    const int n = v.toInt(&ok);
    if (!ok)
        throw DomainError::invalid(name, QStringLiteral("%1 应为整数。").arg(name));
    return n;
}

template <class T> QJsonObject items(const QList<T>& list)
{
    return {{QStringLiteral("items"), toJsonArray(list)}};
}

/// A certificate file, parsed and checked against the server's CA and the CRL now in force.
CertificateBinding checkedCertificate(RequestContext& ctx, const QByteArray& content)
{
    const ParsedCertificate parsed = parseCertificateFile(content);
    CertificateGuard* guard = CertificateGuard::ofRequest(ctx.request);
    if (!guard)
        throw DomainError(ErrorCode::Internal);
    if (const auto why = guard->verifyImported(parsed.x509.get()))
        throw DomainError(
            ErrorCode::ValidationFailed,
            QStringLiteral("证书未通过本系统 CA 的验证（%1），不能绑定。").arg(QString::fromStdString(*why)),
            QJsonObject{{QStringLiteral("field"), QStringLiteral("certificate")},
                        {QStringLiteral("reason"), QStringLiteral("NOT_ISSUED_BY_CA")}});
    return parsed.binding;
}

QByteArray uploadedFile(const RequestContext& ctx)
{
    return QByteArray::fromBase64(ctx.body.value(QStringLiteral("certificate")).toString().toLatin1());
}

/// 202 when the change waits for a second administrator.
Response outcome(const protocol::AdminChangeOutcome& o, int doneStatus)
{
    return {o.pendingRequest ? 202 : doneStatus, o.toJson(), false};
}

/// PUT /policy: every field present and of its type; a fraction or a string is refused,
/// never coerced (issue 11 finding 17).
void requirePolicyFields(const QJsonObject& body)
{
    for (const char* key :
         {"minLength", "maxAgeDays", "lockoutThreshold", "lockoutMinutes", "idleTimeoutMinutes"}) {
        const QJsonValue v = body.value(QLatin1String(key));
        const double d = v.toDouble();
        if (!v.isDouble() || d != std::floor(d) || d < 0 || d > 1'000'000)
            throw DomainError::invalid(QLatin1String(key),
                                       QStringLiteral("%1 应为不小于 0 的整数。").arg(QLatin1String(key)));
    }
    for (const char* key : {"requireLetter", "requireDigit", "requireSpecial"})
        if (!body.value(QLatin1String(key)).isBool())
            throw DomainError::invalid(QLatin1String(key),
                                       QStringLiteral("%1 应为 true 或 false。").arg(QLatin1String(key)));
}

/// Marks certificates the CA revoked in the CRL file now in force (SPEC §8), so
/// the lists show what the handshake will do, not only what the console did.
void markCrl(RequestContext& ctx, QList<protocol::CertificateView>& certificates)
{
    CertificateGuard* guard = CertificateGuard::ofRequest(ctx.request);
    if (!guard || certificates.isEmpty())
        return;
    const std::set<std::string> serials = guard->crlSerials();
    for (auto& c : certificates)
        c.listedInCrl = serials.count(c.serial.toUpper().toStdString()) > 0;
}

QList<protocol::AccountView> marked(RequestContext& ctx, QList<protocol::AccountView> accounts)
{
    for (auto& a : accounts)
        markCrl(ctx, a.certificates);
    return accounts;
}

QList<protocol::CertificateView> marked(RequestContext& ctx, QList<protocol::CertificateView> certificates)
{
    markCrl(ctx, certificates);
    return certificates;
}

/// After the revocation committed: cached TLS sessions must not resume past it.
Response revoked(RequestContext& ctx, const RevocationResult& r)
{
    if (!r.revokedFingerprints.isEmpty())
        if (CertificateGuard* guard = CertificateGuard::ofRequest(ctx.request))
            guard->flushSessions();
    return Response::ok(r.account.toJson());
}

void addAccountRoutes(RouteTable& t)
{
    t.add({"GET", "/api/v1/admin/accounts", Access::Session, kAdmins, [](RequestContext& ctx) {
               const AccountFilter f{ctx.query.value(QStringLiteral("status")),
                                     ctx.query.value(QStringLiteral("q"))};
               if (!f.status.isEmpty() && f.status != QLatin1String("active") &&
                   f.status != QLatin1String("disabled") && f.status != QLatin1String("deregistered"))
                   throw DomainError::invalid(QStringLiteral("status"), QStringLiteral("未知的账户状态。"));
               return Response::ok(items(marked(ctx, service(ctx).accounts(f))));
           }});
    t.add({"POST", "/api/v1/admin/accounts", Access::Session, kSys, [](RequestContext& ctx) {
               const auto req = protocol::NewAccountRequest::fromJson(ctx.body);
               const CertificateBinding cert = checkedCertificate(ctx, uploadedFile(ctx));
               return Response::created(service(ctx).createAccount(req, cert).toJson());
           }});
    t.add({"GET", "/api/v1/admin/accounts/{id}", Access::Session, kAdmins, [](RequestContext& ctx) {
               return Response::ok(
                   marked(ctx, QList<protocol::AccountView>{service(ctx).account(id(ctx))}).first().toJson());
           }});
    t.add({"POST", "/api/v1/admin/accounts/{id}/disable", Access::Session, kSys, [](RequestContext& ctx) {
               return Response::ok(
                   service(ctx).disable(id(ctx), ctx.text(QStringLiteral("reason"), 200)).toJson());
           }});
    t.add({"POST", "/api/v1/admin/accounts/{id}/enable", Access::Session, kSys,
           [](RequestContext& ctx) { return Response::ok(service(ctx).enable(id(ctx)).toJson()); }});
    t.add({"POST", "/api/v1/admin/accounts/{id}/deregister", Access::Session, kSys, [](RequestContext& ctx) {
               return revoked(ctx, service(ctx).deregister(id(ctx), ctx.text(QStringLiteral("kind"), 20),
                                                           ctx.text(QStringLiteral("note"), 200, false)));
           }});
    t.add({"POST", "/api/v1/admin/accounts/{id}/password-reset", Access::Session, kSys,
           [](RequestContext& ctx) { return outcome(service(ctx).resetPassword(id(ctx)), 200); }});
    t.add({"POST", "/api/v1/admin/accounts/{id}/unlock", Access::Session, kSys,
           [](RequestContext& ctx) { return Response::ok(service(ctx).unlock(id(ctx)).toJson()); }});
    t.add(
        {"POST", "/api/v1/admin/accounts/{id}/compromise", Access::Session, kAdmins, [](RequestContext& ctx) {
             return revoked(ctx, service(ctx).reportCompromise(id(ctx), ctx.text(QStringLiteral("kind"), 20),
                                                               ctx.text(QStringLiteral("note"), 200, false)));
         }});
    t.add(
        {"POST", "/api/v1/admin/accounts/{id}/certificates", Access::Session, kSys, [](RequestContext& ctx) {
             const QByteArray file = uploadedFile(ctx);
             const CertificateBinding cert = checkedCertificate(ctx, file);
             return outcome(service(ctx).bindCertificate(id(ctx), cert, file), 201);
         }});
    t.add({"PUT", "/api/v1/admin/accounts/{id}/roles", Access::Session, kSec, [](RequestContext& ctx) {
               if (!ctx.body.value(QStringLiteral("roles")).isArray())
                   throw DomainError::invalid(QStringLiteral("roles"),
                                              QStringLiteral("角色应为列表（可以为空）。"));
               return Response::ok(
                   service(ctx).assignRoles(id(ctx), protocol::RoleAssignment::fromJson(ctx.body)).toJson());
           }});
}

void addSecurityRoutes(RouteTable& t)
{
    t.add({"GET", "/api/v1/admin/certificates", Access::Session, kAdmins, [](RequestContext& ctx) {
               if (ctx.query.contains(QStringLiteral("expiringWithinDays")))
                   return Response::ok(items(marked(
                       ctx, service(ctx).expiringCertificates(intQuery(
                                ctx, QStringLiteral("expiringWithinDays"), AdminService::kExpiringDays)))));
               return Response::ok(items(marked(ctx, service(ctx).certificates())));
           }});
    t.add({"POST", "/api/v1/admin/certificates/{id}/revoke", Access::Session, kSec, [](RequestContext& ctx) {
               return revoked(
                   ctx, service(ctx).revokeCertificate(id(ctx), ctx.text(QStringLiteral("reason"), 200)));
           }});
    t.add({"GET", "/api/v1/admin/policy", Access::Session, kAdmins,
           [](RequestContext& ctx) { return Response::ok(AccountStore(ctx.db).policy().toJson()); }});
    t.add({"PUT", "/api/v1/admin/policy", Access::Session, kSec, [](RequestContext& ctx) {
               requirePolicyFields(ctx.body);
               return Response::ok(service(ctx).setPolicy(PasswordPolicy::fromJson(ctx.body)).toJson());
           }});
    t.add({"GET", "/api/v1/admin/stale-accounts", Access::Session, kAdmins, [](RequestContext& ctx) {
               return Response::ok(items(service(ctx).staleAccounts(
                   intQuery(ctx, QStringLiteral("days"), AdminService::kStaleDays))));
           }});
    t.add({"GET", "/api/v1/admin/regions", Access::Session, kAdmins,
           [](RequestContext& ctx) { return Response::ok(items(service(ctx).regions())); }});
}

void addRequestRoutes(RouteTable& t)
{
    t.add({"GET", "/api/v1/admin/requests", Access::Session, kAllThree, [](RequestContext& ctx) {
               const QString status = ctx.query.contains(QStringLiteral("status"))
                                          ? ctx.query.value(QStringLiteral("status"))
                                          : QStringLiteral("pending");
               return Response::ok(items(service(ctx).requests(status)));
           }});
    t.add(
        {"POST", "/api/v1/admin/requests/{id}/confirm", Access::Session, kAllThree, [](RequestContext& ctx) {
             return Response::ok(
                 service(ctx)
                     .confirmRequest(id(ctx),
                                     [&ctx](const QByteArray& file) { return checkedCertificate(ctx, file); })
                     .toJson());
         }});
    t.add({"POST", "/api/v1/admin/requests/{id}/reject", Access::Session, kAllThree, [](RequestContext& ctx) {
               return Response::ok(
                   service(ctx).rejectRequest(id(ctx), ctx.text(QStringLiteral("reason"), 200)).toJson());
           }});
}

} // namespace

void addAdminRoutes(RouteTable& table)
{
    addAccountRoutes(table);
    addSecurityRoutes(table);
    addRequestRoutes(table);
}

} // namespace cp::server
