#include "AdminProtocol.h"

#include "Protocol.h"

#include <QJsonArray>

namespace cp::protocol {
namespace {

QJsonValue wire(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(toWireTime(t)) : QJsonValue();
}
QDateTime time(const QJsonObject& o, const char* key)
{
    return fromWireTime(o.value(QLatin1String(key)).toString());
}
QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const auto& x : v.toArray())
        out.append(x.toString());
    return out;
}

} // namespace

QJsonObject CertificateView::toJson() const
{
    return {{"id", id},
            {"accountId", accountId},
            {"accountLogin", accountLogin},
            {"accountName", accountName},
            {"fingerprint", fingerprint},
            {"serial", serial},
            {"subject", subject},
            {"issuer", issuer},
            {"notBefore", wire(notBefore)},
            {"notAfter", wire(notAfter)},
            {"status", status},
            {"boundAt", wire(boundAt)},
            {"revokedAt", wire(revokedAt)},
            {"revokeReason", revokeReason},
            {"listedInCrl", listedInCrl}};
}

CertificateView CertificateView::fromJson(const QJsonObject& o)
{
    CertificateView c;
    c.id = o.value(QLatin1String("id")).toInteger();
    c.accountId = o.value(QLatin1String("accountId")).toInteger();
    c.accountLogin = str(o, "accountLogin");
    c.accountName = str(o, "accountName");
    c.fingerprint = str(o, "fingerprint");
    c.serial = str(o, "serial");
    c.subject = str(o, "subject");
    c.issuer = str(o, "issuer");
    c.notBefore = time(o, "notBefore");
    c.notAfter = time(o, "notAfter");
    c.status = str(o, "status");
    c.boundAt = time(o, "boundAt");
    c.revokedAt = time(o, "revokedAt");
    c.revokeReason = str(o, "revokeReason");
    c.listedInCrl = o.value(QLatin1String("listedInCrl")).toBool();
    return c;
}

QJsonObject AccountView::toJson() const
{
    QJsonArray certs;
    for (const auto& c : certificates)
        certs.append(c.toJson());
    return {{"id", id},
            {"login", login},
            {"fullName", fullName},
            {"idNumberMasked", idNumberMasked},
            {"unit", unit},
            {"position", position},
            {"phoneMasked", phoneMasked},
            {"regionCode", regionCode},
            {"status", status},
            {"statusReason", statusReason},
            {"roles", QJsonArray::fromStringList(roles)},
            {"locked", locked},
            {"lockedUntil", wire(lockedUntil)},
            {"mustChangePassword", mustChangePassword},
            {"lastLoginAt", wire(lastLoginAt)},
            {"createdAt", wire(createdAt)},
            {"certificates", certs},
            {"passwordResetUntil", wire(passwordResetUntil)}};
}

AccountView AccountView::fromJson(const QJsonObject& o)
{
    AccountView a;
    a.id = o.value(QLatin1String("id")).toInteger();
    a.login = str(o, "login");
    a.fullName = str(o, "fullName");
    a.idNumberMasked = str(o, "idNumberMasked");
    a.unit = str(o, "unit");
    a.position = str(o, "position");
    a.phoneMasked = str(o, "phoneMasked");
    a.regionCode = str(o, "regionCode");
    a.status = str(o, "status");
    a.statusReason = str(o, "statusReason");
    a.roles = strings(o.value(QLatin1String("roles")));
    a.locked = o.value(QLatin1String("locked")).toBool();
    a.lockedUntil = time(o, "lockedUntil");
    a.mustChangePassword = o.value(QLatin1String("mustChangePassword")).toBool();
    a.lastLoginAt = time(o, "lastLoginAt");
    a.createdAt = time(o, "createdAt");
    for (const auto& c : o.value(QLatin1String("certificates")).toArray())
        a.certificates.append(CertificateView::fromJson(c.toObject()));
    a.passwordResetUntil = time(o, "passwordResetUntil");
    return a;
}

QJsonObject AdminRequestView::toJson() const
{
    QJsonObject o{{"id", id},
                  {"kind", kind},
                  {"targetAccountId", targetAccountId},
                  {"targetLogin", targetLogin},
                  {"targetName", targetName},
                  {"targetRoles", QJsonArray::fromStringList(targetRoles)},
                  {"requestedByLogin", requestedByLogin},
                  {"requestedByName", requestedByName},
                  {"requestedAt", wire(requestedAt)},
                  {"expiresAt", wire(expiresAt)},
                  {"status", status},
                  {"decidedByLogin", decidedByLogin},
                  {"decidedAt", wire(decidedAt)},
                  {"decisionNote", decisionNote}};
    if (!certificate.fingerprint.isEmpty())
        o.insert(QStringLiteral("certificate"), certificate.toJson());
    return o;
}

AdminRequestView AdminRequestView::fromJson(const QJsonObject& o)
{
    AdminRequestView r;
    r.id = o.value(QLatin1String("id")).toInteger();
    r.kind = str(o, "kind");
    r.targetAccountId = o.value(QLatin1String("targetAccountId")).toInteger();
    r.targetLogin = str(o, "targetLogin");
    r.targetName = str(o, "targetName");
    r.targetRoles = strings(o.value(QLatin1String("targetRoles")));
    r.requestedByLogin = str(o, "requestedByLogin");
    r.requestedByName = str(o, "requestedByName");
    r.requestedAt = time(o, "requestedAt");
    r.expiresAt = time(o, "expiresAt");
    r.status = str(o, "status");
    if (o.value(QLatin1String("certificate")).isObject())
        r.certificate = CertificateView::fromJson(o.value(QLatin1String("certificate")).toObject());
    r.decidedByLogin = str(o, "decidedByLogin");
    r.decidedAt = time(o, "decidedAt");
    r.decisionNote = str(o, "decisionNote");
    return r;
}

QJsonObject AdminChangeOutcome::toJson() const
{
    QJsonObject o{{"account", account.toJson()}};
    if (pendingRequest)
        o.insert(QStringLiteral("pendingRequest"), pendingRequest->toJson());
    return o;
}

AdminChangeOutcome AdminChangeOutcome::fromJson(const QJsonObject& o)
{
    AdminChangeOutcome out;
    out.account = AccountView::fromJson(o.value(QLatin1String("account")).toObject());
    if (o.value(QLatin1String("pendingRequest")).isObject())
        out.pendingRequest = AdminRequestView::fromJson(o.value(QLatin1String("pendingRequest")).toObject());
    return out;
}

QJsonObject NewAccountRequest::toJson() const
{
    return {{"login", login},           {"fullName", fullName},
            {"idNumber", idNumber},     {"unit", unit},
            {"position", position},     {"phone", phone},
            {"regionCode", regionCode}, {"certificate", certificateBase64}};
}

NewAccountRequest NewAccountRequest::fromJson(const QJsonObject& o)
{
    NewAccountRequest r;
    r.login = str(o, "login").trimmed();
    r.fullName = str(o, "fullName").trimmed();
    r.idNumber = str(o, "idNumber").trimmed();
    r.unit = str(o, "unit").trimmed();
    r.position = str(o, "position").trimmed();
    r.phone = str(o, "phone").trimmed();
    r.regionCode = str(o, "regionCode").trimmed();
    r.certificateBase64 = str(o, "certificate");
    return r;
}

QJsonObject InitialPasswordGrant::toJson() const
{
    return {{"account", account.toJson()}, {"initialPassword", initialPassword}};
}

InitialPasswordGrant InitialPasswordGrant::fromJson(const QJsonObject& o)
{
    return {AccountView::fromJson(o.value(QLatin1String("account")).toObject()), str(o, "initialPassword")};
}

QJsonObject RoleAssignment::toJson() const
{
    return {{"roles", QJsonArray::fromStringList(roles)}, {"regionCode", regionCode}};
}

RoleAssignment RoleAssignment::fromJson(const QJsonObject& o)
{
    return {strings(o.value(QLatin1String("roles"))), str(o, "regionCode").trimmed()};
}

QJsonObject StaleAccount::toJson() const
{
    return {{"account", account.toJson()}, {"lastUsedAt", wire(lastUsedAt)}, {"idleDays", idleDays}};
}

StaleAccount StaleAccount::fromJson(const QJsonObject& o)
{
    return {AccountView::fromJson(o.value(QLatin1String("account")).toObject()), time(o, "lastUsedAt"),
            o.value(QLatin1String("idleDays")).toInt()};
}

QJsonObject RegionView::toJson() const
{
    return {{"code", code}, {"name", name}, {"level", level}};
}

RegionView RegionView::fromJson(const QJsonObject& o)
{
    return {str(o, "code"), str(o, "name"), str(o, "level")};
}

} // namespace cp::protocol
