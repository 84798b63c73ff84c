#include "domain/auth/AccountStore.h"

#include "domain/Sql.h"

#include <QJsonDocument>

namespace cp::server {
namespace {

const QString kAccountColumns = QStringLiteral(
    "a.id, a.login, a.full_name, a.id_number, a.unit, a.position, a.phone, a.region_code, a.status, "
    "a.password_hash, a.password_changed_at, a.must_change_password, a.failed_attempts, a.locked_until, "
    "a.last_login_at");

const QString kPolicySetting = QStringLiteral("password_policy");

Account readAccount(const QSqlQuery& q)
{
    Account a;
    a.id = q.value(0).toLongLong();
    a.login = q.value(1).toString();
    a.fullName = q.value(2).toString();
    a.idNumber = q.value(3).toString();
    a.unit = q.value(4).toString();
    a.position = q.value(5).toString();
    a.phone = q.value(6).toString();
    a.regionCode = q.value(7).toString();
    a.status = q.value(8).toString();
    a.passwordHash = q.value(9).toString();
    a.passwordChangedAt = sql::time(q.value(10));
    a.mustChangePassword = q.value(11).toInt() != 0;
    a.failedAttempts = q.value(12).toInt();
    a.lockedUntil = sql::time(q.value(13));
    a.lastLoginAt = sql::time(q.value(14));
    return a;
}

} // namespace

std::optional<Account> AccountStore::one(const QString& where, const QVariant& value)
{
    auto q = sql::run(m_db, QStringLiteral("SELECT %1 FROM accounts a %2").arg(kAccountColumns, where), {value});
    if (!q.next())
        return std::nullopt;
    Account a = readAccount(q);
    a.roles = rolesOf(a.id);
    return a;
}

std::optional<Account> AccountStore::byId(qint64 id) { return one(QStringLiteral("WHERE a.id = ?"), id); }

std::optional<Account> AccountStore::byLogin(const QString& login)
{
    return one(QStringLiteral("WHERE a.login = ?"), login);
}

std::optional<Account> AccountStore::byCertificate(const QString& fingerprint)
{
    return one(QStringLiteral("JOIN certificates c ON c.account_id = a.id "
                              "WHERE c.fingerprint = ? AND c.status = 'active'"),
               fingerprint);
}

bool AccountStore::certificateKnown(const QString& fingerprint)
{
    auto q = sql::run(m_db, QStringLiteral("SELECT 1 FROM certificates WHERE fingerprint = ?"), {fingerprint});
    return q.next();
}

QStringList AccountStore::rolesOf(qint64 id)
{
    auto q = sql::run(m_db, QStringLiteral("SELECT role_code FROM account_roles WHERE account_id = ? ORDER BY role_code"),
                      {id});
    QStringList roles;
    while (q.next())
        roles.append(q.value(0).toString());
    return roles;
}

qint64 AccountStore::create(const NewAccount& a, const QDateTime& now)
{
    auto q = sql::run(m_db,
                      QStringLiteral("INSERT INTO accounts (login, full_name, id_number, unit, position, phone, "
                                     "region_code, status, password_hash, password_changed_at, "
                                     "must_change_password, failed_attempts, created_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?, 0, ?)"),
                      {a.login, a.fullName, sql::nullableText(a.idNumber), a.unit, a.position, a.phone,
                       a.regionCode, a.passwordHash, sql::time(now), a.mustChangePassword ? 1 : 0,
                       sql::time(now)});
    const qint64 id = q.lastInsertId().toLongLong();
    for (const QString& role : a.roles)
        sql::run(m_db, QStringLiteral("INSERT INTO account_roles (account_id, role_code, granted_at) VALUES (?, ?, ?)"),
                 {id, role, sql::time(now)});
    return id;
}

void AccountStore::bindCertificate(qint64 accountId, const CertificateBinding& c, const QDateTime& now)
{
    sql::run(m_db,
             QStringLiteral("INSERT INTO certificates (account_id, fingerprint, serial, issuer, subject, not_before, "
                            "not_after, status, bound_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'active', ?)"),
             {accountId, c.fingerprint, c.serial, c.issuer, c.subject, sql::time(c.notBefore), sql::time(c.notAfter),
              sql::time(now)});
}

void AccountStore::recordFailedPassword(qint64 id, int failedAttempts, const QDateTime& lockedUntil)
{
    sql::run(m_db, QStringLiteral("UPDATE accounts SET failed_attempts = ?, locked_until = ? WHERE id = ?"),
             {failedAttempts, sql::time(lockedUntil), id});
}

void AccountStore::recordLogin(qint64 id, const QDateTime& now)
{
    sql::run(m_db,
             QStringLiteral("UPDATE accounts SET failed_attempts = 0, locked_until = NULL, last_login_at = ? "
                            "WHERE id = ?"),
             {sql::time(now), id});
}

void AccountStore::setPassword(qint64 id, const QString& hash, bool mustChange, const QDateTime& now)
{
    sql::run(m_db,
             QStringLiteral("UPDATE accounts SET password_hash = ?, password_changed_at = ?, "
                            "must_change_password = ?, failed_attempts = 0, locked_until = NULL WHERE id = ?"),
             {hash, sql::time(now), mustChange ? 1 : 0, id});
}

PasswordPolicy AccountStore::policy()
{
    auto q = sql::run(m_db, QStringLiteral("SELECT value FROM settings WHERE name = ?"), {kPolicySetting});
    if (!q.next())
        return {};
    return PasswordPolicy::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
}

void AccountStore::setPolicy(const PasswordPolicy& p, const QDateTime& now)
{
    const QString json = QString::fromUtf8(QJsonDocument(p.toJson()).toJson(QJsonDocument::Compact));
    // No UPSERT on SQLite 3.15: delete + insert inside the caller's transaction.
    sql::run(m_db, QStringLiteral("DELETE FROM settings WHERE name = ?"), {kPolicySetting});
    sql::run(m_db, QStringLiteral("INSERT INTO settings (name, value, updated_at) VALUES (?, ?, ?)"),
             {kPolicySetting, json, sql::time(now)});
}

} // namespace cp::server
