// The admin console's rules (SPEC §1, §8; seed 004 附件2 §3, §10 and 附件3;
// seed 002 §13, §18, §21; seed 000 §9–10): real-name accounts, one per person;
// certificates bound, listed and revoked; roles and jurisdictions granted by
// the security admin under separation of duties; the password/lockout/idle
// policy never below SPEC §8. Which admin may call what is decided by the
// routes (server/http/AdminRoutes.cpp); what the state allows, here. Every
// change is one transaction with its audit entry; refusals of separation of
// duties are audited too.
#pragma once

#include "AdminProtocol.h"
#include "PasswordPolicy.h"
#include "domain/Clock.h"
#include "domain/DomainError.h"
#include "domain/audit/AuditLog.h"
#include "domain/auth/AccountStore.h"
#include "domain/auth/AuthService.h"

#include <QSqlDatabase>

namespace cp::server {

/// Who is acting: the logged-in admin and the audit identity of the request.
struct AdminActor
{
    const Session& session;
    AuditActor audit;
};

/// What revoking changed: the caller flushes cached TLS sessions of these.
struct RevocationResult
{
    protocol::AccountView account;
    QStringList revokedFingerprints;
};

class AdminService
{
  public:
    static constexpr int kStaleDays = 90;    // seed 000 §10: remove unused accounts in time
    static constexpr int kExpiringDays = 30; // certificates to renew

    AdminService(QSqlDatabase db, const Clock& clock, AdminActor actor)
        : m_db(std::move(db)), m_clock(clock), m_actor(std::move(actor))
    {
    }

    // --- accounts (system admin) ---
    QList<protocol::AccountView> accounts(const AccountFilter& filter);
    protocol::AccountView account(qint64 id);
    protocol::InitialPasswordGrant createAccount(const protocol::NewAccountRequest& req,
                                                 const CertificateBinding& certificate);
    protocol::AccountView disable(qint64 id, const QString& reason);
    protocol::AccountView enable(qint64 id);
    /// Transfer or departure (seed 000 §9): final; the row, login and ID number stay.
    RevocationResult deregister(qint64 id, const QString& kind, const QString& note);
    protocol::InitialPasswordGrant resetPassword(qint64 id);
    protocol::AccountView unlock(qint64 id);
    /// Leaked password or lost certificate (seed 004 §22): disable and revoke all at once.
    RevocationResult reportCompromise(qint64 id, const QString& kind, const QString& note);

    // --- certificates ---
    protocol::AccountView bindCertificate(qint64 accountId, const CertificateBinding& certificate);
    QList<protocol::CertificateView> certificates();
    QList<protocol::CertificateView> expiringCertificates(int days);
    RevocationResult revokeCertificate(qint64 certificateId, const QString& reason);

    // --- roles, jurisdictions, policy, review (security admin) ---
    protocol::AccountView assignRoles(qint64 id, const protocol::RoleAssignment& assignment);
    PasswordPolicy setPolicy(const PasswordPolicy& policy);
    QList<protocol::StaleAccount> staleAccounts(int days);
    QList<protocol::RegionView> regions();

    /// SPEC §8 minimums and sane maxima; empty = acceptable. Shared by tests and the route.
    static QStringList policyRefusals(const PasswordPolicy& p);

  private:
    Account existing(AccountStore& store, qint64 id);
    protocol::AccountView view(AccountStore& store, const Account& a);
    void audit(const QString& action, const QString& target, const QString& outcome,
               const QString& detail = {});
    /// Audits the refusal in its own transaction, then throws it.
    [[noreturn]] void refuse(const QString& action, const QString& target, const DomainError& error);
    void requireNotSelf(qint64 id, const QString& action);
    QStringList revokeAll(AccountStore& store, qint64 accountId, const QString& reason);

    QSqlDatabase m_db;
    const Clock& m_clock;
    AdminActor m_actor;
};

protocol::CertificateView certificateView(const CertificateRecord& r, const Account* owner);

} // namespace cp::server
