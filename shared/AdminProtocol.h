// Wire shapes of the admin console (/api/v1/admin): accounts, certificates,
// roles and jurisdictions, policies, stale accounts. SPEC §1, §8; seed 004
// 附件2 (separation of duties), 附件3; seed 002 §13, §18, §21; seed 000 §9–10.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace cp::protocol {

/// A client certificate bound to an account.
struct CertificateView
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString accountLogin;
    QString accountName;
    QString fingerprint; // SHA-256 of the DER encoding, lowercase hex
    QString serial;
    QString subject;
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QString status; // active | revoked
    QDateTime boundAt;
    QDateTime revokedAt;
    QString revokeReason;
    bool listedInCrl = false; // revoked by the CA: in the CRL file the server uses now

    QJsonObject toJson() const;
    static CertificateView fromJson(const QJsonObject& o);
};

/// One account as the administrators see it. The ID number and phone are
/// masked (seed 000 §16): administering an account does not need them in full.
struct AccountView
{
    qint64 id = 0;
    QString login;
    QString fullName;
    QString idNumberMasked;
    QString unit;
    QString position;
    QString phoneMasked;
    QString regionCode;
    QString status; // active | disabled | deregistered
    QString statusReason;
    QStringList roles;
    bool locked = false;
    QDateTime lockedUntil;
    bool mustChangePassword = false;
    QDateTime lastLoginAt;
    QDateTime createdAt;
    QList<CertificateView> certificates;
    /// Reset: the holder chooses a new password at the next login until then
    /// (also shown once passed, until they do or the admin resets again). Invalid = none.
    QDateTime passwordResetUntil;

    QJsonObject toJson() const;
    static AccountView fromJson(const QJsonObject& o);
};

/// POST /api/v1/admin/accounts. No roles: a new account holds none until the
/// security admin grants them (least privilege, seed 001 §7).
struct NewAccountRequest
{
    QString login;
    QString fullName;
    QString idNumber;
    QString unit;
    QString position;
    QString phone;
    QString regionCode;
    QString certificateBase64; // the certificate file (PEM or DER), never a private key

    QJsonObject toJson() const;
    static NewAccountRequest fromJson(const QJsonObject& o);
};

/// Answer of account creation: the one-time initial password. (A password reset shows
/// no password to anyone: see AdminChangeOutcome.)
struct InitialPasswordGrant
{
    AccountView account;
    QString initialPassword; // shown once; the holder must change it at first login

    QJsonObject toJson() const;
    static InitialPasswordGrant fromJson(const QJsonObject& o);
};

/// PUT /api/v1/admin/accounts/{id}/roles (security admin).
struct RoleAssignment
{
    QStringList roles;
    QString regionCode; // jurisdiction 辖区

    QJsonObject toJson() const;
    static RoleAssignment fromJson(const QJsonObject& o);
};

/// GET /api/v1/admin/stale-accounts: active accounts unused for `days` days.
struct StaleAccount
{
    AccountView account;
    QDateTime lastUsedAt; // last login, or creation when never used
    int idleDays = 0;

    QJsonObject toJson() const;
    static StaleAccount fromJson(const QJsonObject& o);
};

struct RegionView
{
    QString code;
    QString name;
    QString level;

    QJsonObject toJson() const;
    static RegionView fromJson(const QJsonObject& o);
};

/// A change to an administrator's account that waits for a second administrator
/// (attack review, issue 11 finding 3): GET /api/v1/admin/requests, confirmed or rejected
/// by an administrator of another post who is neither the requester nor the account's holder.
struct AdminRequestView
{
    qint64 id = 0;
    QString kind; // kRequestPasswordReset | kRequestCertificateBind
    qint64 targetAccountId = 0;
    QString targetLogin;
    QString targetName;
    QStringList targetRoles;
    QString requestedByLogin;
    QString requestedByName;
    QDateTime requestedAt;
    QDateTime expiresAt;
    QString status;              // pending | confirmed | rejected | expired
    CertificateView certificate; // certificate_bind: the certificate to bind (id 0)
    QString decidedByLogin;
    QDateTime decidedAt;
    QString decisionNote;

    QJsonObject toJson() const;
    static AdminRequestView fromJson(const QJsonObject& o);
};

/// Answer of POST …/password-reset and …/certificates: done at once (200 / 201), or, for
/// an administrator's account, a request waiting for a second administrator (202).
struct AdminChangeOutcome
{
    AccountView account;
    std::optional<AdminRequestView> pendingRequest;

    QJsonObject toJson() const;
    static AdminChangeOutcome fromJson(const QJsonObject& o);
};

inline constexpr auto kRequestPasswordReset = "password_reset";
inline constexpr auto kRequestCertificateBind = "certificate_bind";

/// Account status codes and their reasons on the wire.
inline constexpr auto kDeregisterTransfer = "transfer";       // 调离
inline constexpr auto kDeregisterDeparture = "departure";     // 离职
inline constexpr auto kCompromisePassword = "password";       // 口令泄露
inline constexpr auto kCompromiseCertificate = "certificate"; // 证书遗失

} // namespace cp::protocol
