// SQL for accounts, their roles and bound certificates: the auth domain's one
// place for it. Callers own the transaction.
#pragma once

#include "PasswordPolicy.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace cp::server {

struct Account
{
    qint64 id = 0;
    QString login;
    QString fullName;
    QString idNumber;
    QString unit;
    QString position;
    QString phone;
    QString regionCode;
    QString status; // active | disabled | deregistered
    QString passwordHash;
    QDateTime passwordChangedAt;
    bool mustChangePassword = true;
    int failedAttempts = 0;
    QDateTime lockedUntil; // invalid = not locked
    QDateTime lastLoginAt;
    QStringList roles;
    QDateTime createdAt;
    QString statusReason; // why disabled / deregistered (admin console)
};

/// What a certificate file says, as bound to an account.
struct CertificateBinding
{
    QString fingerprint; // SHA-256 of DER, lowercase hex
    QString serial;
    QString issuer;
    QString subject;
    QDateTime notBefore;
    QDateTime notAfter;
};

/// A bound certificate with its state, as the admin console lists it.
struct CertificateRecord
{
    qint64 id = 0;
    qint64 accountId = 0;
    CertificateBinding certificate;
    QString status; // active | revoked
    QDateTime boundAt;
    QDateTime revokedAt;
    QString revokeReason;
};

/// An open session as stored (sessions).
struct SessionRecord
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString certFingerprint;
    QDateTime lastSeenAt;
    QString workstation;
    QDateTime createdAt;
};

struct AccountFilter
{
    QString status; // empty = any
    QString text;   // part of login, name or unit; empty = any
};

struct RegionRecord
{
    QString code;
    QString name;
    QString level;
};

struct NewAccount
{
    QString login;
    QString fullName;
    QString idNumber; // optional for bootstrap accounts
    QString unit;
    QString position;
    QString phone;
    QString regionCode;
    QStringList roles;
    QString passwordHash;
    bool mustChangePassword = true;
};

class AccountStore
{
  public:
    explicit AccountStore(QSqlDatabase db) : m_db(std::move(db)) {}

    std::optional<Account> byId(qint64 id);
    std::optional<Account> byLogin(const QString& login);
    /// The account bound to an *active* certificate with this fingerprint.
    std::optional<Account> byCertificate(const QString& fingerprint);
    bool certificateKnown(const QString& fingerprint);

    qint64 create(const NewAccount& a, const QDateTime& now);
    void bindCertificate(qint64 accountId, const CertificateBinding& c, const QDateTime& now);

    /// One more wrong password, counted in SQL inside the caller's write transaction: the
    /// `threshold`-th in a row locks the account until `lockUntil` and restarts the count.
    /// A failure never clears or shortens a lock. Returns the count including this one.
    int recordFailedPassword(qint64 id, int threshold, const QDateTime& lockUntil);
    /// Ends the account's open sessions except `keepSessionId`; returns how many.
    int endOtherSessions(qint64 accountId, qint64 keepSessionId, const QString& reason, const QDateTime& now);
    void recordLogin(qint64 id, const QDateTime& now);

    // --- sessions ---
    void openSession(const QString& tokenHash, qint64 accountId, const QString& certFingerprint,
                     const QString& workstation, const QString& peerAddress, const QDateTime& now);
    /// The session with this token hash, if it has not ended.
    std::optional<SessionRecord> openSessionByToken(const QString& tokenHash);
    /// Ends the session (if still open) for the reason.
    void endSession(qint64 sessionId, const QString& reason, const QDateTime& now);
    void touchSession(qint64 sessionId, const QDateTime& now);
    void setPassword(qint64 id, const QString& hash, bool mustChange, const QDateTime& now);

    PasswordPolicy policy();
    void setPolicy(const PasswordPolicy& p, const QDateTime& now);

    // --- admin console (server/domain/admin) ---
    QList<Account> list(const AccountFilter& filter);
    /// Ids of the active accounts, by name.
    QList<qint64> activeIds();
    bool idNumberTaken(const QString& idNumber);
    void setStatus(qint64 id, const QString& status, const QString& reason, const QDateTime& now);
    void unlock(qint64 id);
    void setRoles(qint64 id, const QStringList& roles, const QDateTime& now);
    void setRegion(qint64 id, const QString& regionCode);
    /// Active accounts whose last login (or creation, if never used) is before `before`.
    QList<Account> unusedSince(const QDateTime& before);

    QList<CertificateRecord> certificatesOf(qint64 accountId);
    std::optional<CertificateRecord> certificate(qint64 certificateId);
    /// Active certificates whose validity ends before `before`, soonest first.
    QList<CertificateRecord> certificatesExpiringBefore(const QDateTime& before);
    QList<CertificateRecord> allCertificates();
    void revokeCertificate(qint64 certificateId, const QString& reason, const QDateTime& now);
    /// True if a certificate with this fingerprint was revoked here (checked at every TLS handshake).
    bool certificateRevoked(const QString& fingerprint);
    /// Ends open sessions; returns how many.
    int endSessionsOfCertificate(const QString& fingerprint, const QString& reason, const QDateTime& now);
    int endSessionsOfAccount(qint64 accountId, const QString& reason, const QDateTime& now);

    QList<RegionRecord> regions();
    bool regionExists(const QString& code);

    // --- password resets nobody but the holder sees (server/domain/auth/PasswordReset.h) ---
    void setPasswordReset(qint64 accountId, const QDateTime& at, const QDateTime& pendingUntil);
    /// End of the window of the account's reset, also when it has passed; invalid = none.
    QDateTime passwordResetUntil(qint64 accountId);
    void clearPasswordReset(qint64 accountId);

    // --- the CRL file (server/app/CertificateGuard): its CRL number never goes down ---
    /// The highest CRL number accepted so far (decimal), empty if none was seen.
    QString highestCrlNumber();
    void setHighestCrlNumber(const QString& number, const QDateTime& now);

  private:
    std::optional<Account> one(const QString& where, const QVariant& value);
    QStringList rolesOf(qint64 id);
    QList<CertificateRecord> certificates(const QString& where, std::initializer_list<QVariant> values);
    QSqlDatabase m_db;
};

} // namespace cp::server
