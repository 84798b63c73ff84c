#include "AdminProtocol.h"

#include "JsonCodec.h"

namespace cp::protocol {
using json::Codec;
using json::Presence;

namespace {

// Times not set are written as null.

const Codec<CertificateView>& certificateCodec()
{
    using S = CertificateView;
    static const auto c = Codec<S>()
                              .field("id", &S::id)
                              .field("accountId", &S::accountId)
                              .field("accountLogin", &S::accountLogin)
                              .field("accountName", &S::accountName)
                              .field("fingerprint", &S::fingerprint)
                              .field("serial", &S::serial)
                              .field("subject", &S::subject)
                              .field("issuer", &S::issuer)
                              .field("notBefore", &S::notBefore, Presence::OrNull)
                              .field("notAfter", &S::notAfter, Presence::OrNull)
                              .field("status", &S::status)
                              .field("boundAt", &S::boundAt, Presence::OrNull)
                              .field("revokedAt", &S::revokedAt, Presence::OrNull)
                              .field("revokeReason", &S::revokeReason)
                              .field("listedInCrl", &S::listedInCrl);
    return c;
}

const Codec<AccountView>& accountCodec()
{
    using S = AccountView;
    static const auto c = Codec<S>()
                              .field("id", &S::id)
                              .field("login", &S::login)
                              .field("fullName", &S::fullName)
                              .field("idNumberMasked", &S::idNumberMasked)
                              .field("unit", &S::unit)
                              .field("position", &S::position)
                              .field("phoneMasked", &S::phoneMasked)
                              .field("regionCode", &S::regionCode)
                              .field("status", &S::status)
                              .field("statusReason", &S::statusReason)
                              .field("roles", &S::roles)
                              .field("locked", &S::locked)
                              .field("lockedUntil", &S::lockedUntil, Presence::OrNull)
                              .field("mustChangePassword", &S::mustChangePassword)
                              .field("lastLoginAt", &S::lastLoginAt, Presence::OrNull)
                              .field("createdAt", &S::createdAt, Presence::OrNull)
                              .field("certificates", &S::certificates)
                              .field("passwordResetUntil", &S::passwordResetUntil, Presence::OrNull);
    return c;
}

const Codec<AdminRequestView>& requestCodec()
{
    using S = AdminRequestView;
    static const auto c = Codec<S>()
                              .field("id", &S::id)
                              .field("kind", &S::kind)
                              .field("targetAccountId", &S::targetAccountId)
                              .field("targetLogin", &S::targetLogin)
                              .field("targetName", &S::targetName)
                              .field("targetRoles", &S::targetRoles)
                              .field("requestedByLogin", &S::requestedByLogin)
                              .field("requestedByName", &S::requestedByName)
                              .field("requestedAt", &S::requestedAt, Presence::OrNull)
                              .field("expiresAt", &S::expiresAt, Presence::OrNull)
                              .field("status", &S::status)
                              .field("certificate", &S::certificate,
                                     [](const S& r) { return !r.certificate.fingerprint.isEmpty(); })
                              .field("decidedByLogin", &S::decidedByLogin)
                              .field("decidedAt", &S::decidedAt, Presence::OrNull)
                              .field("decisionNote", &S::decisionNote);
    return c;
}

const Codec<AdminChangeOutcome>& outcomeCodec()
{
    using S = AdminChangeOutcome;
    static const auto c =
        Codec<S>().field("account", &S::account).field("pendingRequest", &S::pendingRequest, Presence::IfSet);
    return c;
}

const Codec<NewAccountRequest>& newAccountCodec()
{
    using S = NewAccountRequest;
    static const auto c = Codec<S>()
                              .field("login", &S::login, Presence::Always, json::Read::Trimmed)
                              .field("fullName", &S::fullName, Presence::Always, json::Read::Trimmed)
                              .field("idNumber", &S::idNumber, Presence::Always, json::Read::Trimmed)
                              .field("unit", &S::unit, Presence::Always, json::Read::Trimmed)
                              .field("position", &S::position, Presence::Always, json::Read::Trimmed)
                              .field("phone", &S::phone, Presence::Always, json::Read::Trimmed)
                              .field("regionCode", &S::regionCode, Presence::Always, json::Read::Trimmed)
                              .field("certificate", &S::certificateBase64);
    return c;
}

const Codec<InitialPasswordGrant>& grantCodec()
{
    using S = InitialPasswordGrant;
    static const auto c =
        Codec<S>().field("account", &S::account).field("initialPassword", &S::initialPassword);
    return c;
}

const Codec<RoleAssignment>& rolesCodec()
{
    using S = RoleAssignment;
    static const auto c = Codec<S>()
                              .field("roles", &S::roles)
                              .field("regionCode", &S::regionCode, Presence::Always, json::Read::Trimmed);
    return c;
}

const Codec<StaleAccount>& staleCodec()
{
    using S = StaleAccount;
    static const auto c = Codec<S>()
                              .field("account", &S::account)
                              .field("lastUsedAt", &S::lastUsedAt, Presence::OrNull)
                              .field("idleDays", &S::idleDays);
    return c;
}

const Codec<RegionView>& regionCodec()
{
    using S = RegionView;
    static const auto c =
        Codec<S>().field("code", &S::code).field("name", &S::name).field("level", &S::level);
    return c;
}

} // namespace

QJsonObject CertificateView::toJson() const
{
    return certificateCodec().write(*this);
}
CertificateView CertificateView::fromJson(const QJsonObject& o)
{
    return certificateCodec().read(o);
}

QJsonObject AccountView::toJson() const
{
    return accountCodec().write(*this);
}
AccountView AccountView::fromJson(const QJsonObject& o)
{
    return accountCodec().read(o);
}

QJsonObject AdminRequestView::toJson() const
{
    return requestCodec().write(*this);
}
AdminRequestView AdminRequestView::fromJson(const QJsonObject& o)
{
    return requestCodec().read(o);
}

QJsonObject AdminChangeOutcome::toJson() const
{
    return outcomeCodec().write(*this);
}
AdminChangeOutcome AdminChangeOutcome::fromJson(const QJsonObject& o)
{
    return outcomeCodec().read(o);
}

QJsonObject NewAccountRequest::toJson() const
{
    return newAccountCodec().write(*this);
}
NewAccountRequest NewAccountRequest::fromJson(const QJsonObject& o)
{
    return newAccountCodec().read(o);
}

QJsonObject InitialPasswordGrant::toJson() const
{
    return grantCodec().write(*this);
}
InitialPasswordGrant InitialPasswordGrant::fromJson(const QJsonObject& o)
{
    return grantCodec().read(o);
}

QJsonObject RoleAssignment::toJson() const
{
    return rolesCodec().write(*this);
}
RoleAssignment RoleAssignment::fromJson(const QJsonObject& o)
{
    return rolesCodec().read(o);
}

QJsonObject StaleAccount::toJson() const
{
    return staleCodec().write(*this);
}
StaleAccount StaleAccount::fromJson(const QJsonObject& o)
{
    return staleCodec().read(o);
}

QJsonObject RegionView::toJson() const
{
    return regionCodec().write(*this);
}
RegionView RegionView::fromJson(const QJsonObject& o)
{
    return regionCodec().read(o);
}
} // namespace cp::protocol
