// Authentication: certificate + password login (two factors), lock-out,
// forced password change, idle session expiry, account creation with a bound
// certificate. SPEC §8; seed 004 §19–22; seed 003 附件1.六.
#pragma once

#include "Protocol.h"
#include "domain/Clock.h"
#include "domain/DomainError.h"
#include "domain/audit/AuditLog.h"
#include "domain/auth/AccountStore.h"
#include "domain/auth/PasswordAttempts.h"

#include <QSqlDatabase>

namespace Poco::Crypto {
class X509Certificate;
}
namespace cp::server {
class UnitOfWork;
}

namespace cp::server {

/// The TLS peer of a request, as verified by the handshake.
struct PeerIdentity
{
    CertificateBinding certificate;
    QString address;     // "127.0.0.1:53122"
    QString workstation; // name the client gave at login, if any
};

struct Session
{
    qint64 id = 0;
    Account account;
    QString workstation; // as given at login
    QDateTime expiresAt;
    bool mustChangePassword = false;
    int idleTimeoutSeconds = 0;

    AuditActor actor(const PeerIdentity& peer) const;
    protocol::SessionInfo info() const;
};

struct AccountRequest
{
    NewAccount account;      // passwordHash is filled by createAccount
    QString initialPassword; // empty = generate one
};

struct CreatedAccount
{
    qint64 id = 0;
    QString initialPassword; // shown once, never stored in clear
    CertificateBinding certificate;
};

/// PASSWORD_POLICY naming the field and the problems, unless the password meets the policy.
void requirePasswordPolicy(const QString& password, const PasswordPolicy& policy, const QString& field);

class AuthService
{
  public:
    AuthService(QSqlDatabase db, const Clock& clock) : m_db(std::move(db)), m_clock(clock) {}

    /// POST /session. Throws DomainError with the precise refusal.
    protocol::SessionInfo login(const PeerIdentity& peer, const protocol::LoginRequest& req);
    /// Resolves a bearer token for a request; refreshes idle time.
    Session authenticate(const QString& token, const PeerIdentity& peer);
    protocol::SessionInfo changePassword(const Session& s, const PeerIdentity& peer,
                                         const protocol::PasswordChangeRequest& req);
    void logout(const Session& s, const PeerIdentity& peer);

    /// Validates (roles, separation of duties, IDs, password policy) and creates an
    /// account bound to the certificate; audited as done by `actor`.
    CreatedAccount createAccount(const AccountRequest& req, const CertificateBinding& cert,
                                 const AuditActor& actor);

    /// Reads a PEM certificate file into a binding (never a private key).
    static CertificateBinding readCertificateFile(const QString& pemPath);
    /// The binding of a parsed certificate (fingerprint, serial, names, validity).
    static CertificateBinding bindingOf(const Poco::Crypto::X509Certificate& x);

  private:
    /// What a password check is for: login, or the old password of a change.
    struct PasswordCheck
    {
        AuditActor actor;
        QString action;  // audit action: "auth.login", "auth.password_change"
        QString field;   // request field: "password", "oldPassword"
        QString wrongZh; // "密码错误", "原密码错误"
    };
    /// Refuses a locked account and a second check of the same account at the same time,
    /// verifies, and counts a wrong password (locking at the threshold). The returned slot
    /// must be held until the caller's write transaction with recheck() has committed.
    PasswordAttempts::Slot checkPassword(const Account& a, const QString& password,
                                         const PasswordPolicy& policy, const PasswordCheck& check);
    /// Inside the caller's write transaction: the account now; refuses (audited, committed)
    /// if it was locked, disabled or given another password since it was checked.
    Account recheck(UnitOfWork& work, AccountStore& accounts, const Account& checked,
                    const PasswordCheck& check);
    [[noreturn]] void endReplayedSession(qint64 sessionId, qint64 holderId, const PeerIdentity& peer,
                                         const QDateTime& now);
    void refuse(const AuditActor& actor, const QString& action, const QString& target, const QString& detail);
    static bool lockedAt(const Account& a, const QDateTime& now);
    static DomainError lockedError(const QDateTime& lockedUntil);
    AuditActor anonymous(const PeerIdentity& peer) const;
    bool passwordExpired(const Account& a, const PasswordPolicy& p) const;

    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace cp::server
