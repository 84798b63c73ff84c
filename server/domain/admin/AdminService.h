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
#include "domain/admin/AdminRequestStore.h"
#include "domain/audit/AuditLog.h"
#include "domain/auth/AccountStore.h"
#include "domain/auth/AuthService.h"

#include <QSqlDatabase>
#include <functional>

namespace cp::server {

class UnitOfWork;

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
    /// No password is issued (issue 11 finding 3): the holder chooses one at the next login
    /// (domain/auth/PasswordReset.h). An administrator's account: a request for a second administrator.
    protocol::AdminChangeOutcome resetPassword(qint64 id);
    protocol::AccountView unlock(qint64 id);
    /// Leaked password or lost certificate (seed 004 §22): disable and revoke all at once.
    RevocationResult reportCompromise(qint64 id, const QString& kind, const QString& note);

    // --- certificates ---
    /// Binds at once, or opens a request for a second administrator when the account is an
    /// administrator's; `file` (the uploaded certificate file) is kept for that request.
    protocol::AdminChangeOutcome bindCertificate(qint64 accountId, const CertificateBinding& certificate,
                                                 const QByteArray& file);
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

    // --- two-person control of administrators' accounts (AdminRequests.cpp; issue 11 finding 3) ---
    static constexpr int kRequestDays = 7; // an unconfirmed request lapses after this
    /// Re-reads an uploaded certificate file and checks it against the CA and the CRL in force.
    using CertificateCheck = std::function<CertificateBinding(const QByteArray& file)>;
    /// status: "" (all), pending, expired, confirmed, rejected.
    QList<protocol::AdminRequestView> requests(const QString& status);
    /// By an administrator of another post than the requester's, neither the requester nor
    /// the account's holder; the change then takes effect.
    protocol::AdminRequestView confirmRequest(qint64 requestId, const CertificateCheck& check);
    /// By any administrator but the account's holder (the requester withdraws this way).
    protocol::AdminRequestView rejectRequest(qint64 requestId, const QString& reason);
    /// Holds one of the three administrator roles: changes to it need a second administrator.
    static bool isAdministrator(const Account& a);

  private:
    Account existing(AccountStore& store, qint64 id);
    protocol::AccountView view(AccountStore& store, const Account& a);
    /// Audits the refusal in its own transaction, then throws it.
    [[noreturn]] void refuse(const QString& action, const QString& target, const DomainError& error);
    void requireNotSelf(qint64 id, const QString& action);
    QStringList revokeAll(UnitOfWork& work, AccountStore& store, qint64 accountId, const QString& reason);
    /// Refuses what no binding may do: a deregistered account, an expired or already bound certificate.
    void checkBindable(AccountStore& store, const Account& a, const CertificateBinding& c);
    /// In the caller's transaction, audited; note says who requested and confirmed, if two did.
    void resetInTransaction(UnitOfWork& work, AccountStore& store, const Account& a, const QString& note);
    void bindInTransaction(UnitOfWork& work, AccountStore& store, const Account& a,
                           const CertificateBinding& c, const QString& note);
    protocol::AdminChangeOutcome openRequest(const QString& kind, const Account& target,
                                             const QString& certificateFile);
    void requireSecondAdministrator(AccountStore& store, const AdminRequestRecord& r);
    protocol::AdminRequestView requestView(AccountStore& store, const AdminRequestRecord& r);

    QSqlDatabase m_db;
    const Clock& m_clock;
    AdminActor m_actor;
};

protocol::CertificateView certificateView(const CertificateRecord& r, const Account* owner);

} // namespace cp::server
