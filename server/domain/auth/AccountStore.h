// SQL for accounts, their roles and bound certificates: the auth domain's one
// place for it. Callers own the transaction.
#pragma once

#include "PasswordPolicy.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace cp::server {

struct Account {
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
};

/// What a certificate file says, as bound to an account.
struct CertificateBinding {
    QString fingerprint; // SHA-256 of DER, lowercase hex
    QString serial;
    QString issuer;
    QString subject;
    QDateTime notBefore;
    QDateTime notAfter;
};

struct NewAccount {
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

class AccountStore {
public:
    explicit AccountStore(QSqlDatabase db) : m_db(std::move(db)) {}

    std::optional<Account> byId(qint64 id);
    std::optional<Account> byLogin(const QString& login);
    /// The account bound to an *active* certificate with this fingerprint.
    std::optional<Account> byCertificate(const QString& fingerprint);
    bool certificateKnown(const QString& fingerprint);

    qint64 create(const NewAccount& a, const QDateTime& now);
    void bindCertificate(qint64 accountId, const CertificateBinding& c, const QDateTime& now);

    void recordFailedPassword(qint64 id, int failedAttempts, const QDateTime& lockedUntil);
    void recordLogin(qint64 id, const QDateTime& now);
    void setPassword(qint64 id, const QString& hash, bool mustChange, const QDateTime& now);

    PasswordPolicy policy();
    void setPolicy(const PasswordPolicy& p, const QDateTime& now);

private:
    std::optional<Account> one(const QString& where, const QVariant& value);
    QStringList rolesOf(qint64 id);
    QSqlDatabase m_db;
};

} // namespace cp::server
