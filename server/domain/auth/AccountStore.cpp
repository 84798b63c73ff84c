#include "domain/auth/AccountStore.h"

#include "domain/Sql.h"

#include <QJsonDocument>

namespace cp::server {
namespace {

const QString kAccountColumns = QStringLiteral(
    "a.id, a.login, a.full_name, a.id_number, a.unit, a.position, a.phone, a.region_code, a.status, "
    "a.password_hash, a.password_changed_at, a.must_change_password, a.failed_attempts, a.locked_until, "
    "a.last_login_at, a.created_at, a.status_reason");

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
    a.createdAt = sql::time(q.value(15));
    a.statusReason = q.value(16).toString();
    return a;
}

} // namespace

std::optional<Account> AccountStore::one(const QString& where, const QVariant& value)
{
    auto q =
        sql::run(m_db, QStringLiteral("SELECT %1 FROM accounts a %2").arg(kAccountColumns, where), {value});
    if (!q.next())
        return std::nullopt;
    Account a = readAccount(q);
    a.roles = rolesOf(a.id);
    return a;
}

std::optional<Account> AccountStore::byId(qint64 id)
{
    return one(QStringLiteral("WHERE a.id = ?"), id);
}

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
    auto q =
        sql::run(m_db, QStringLiteral("SELECT 1 FROM certificates WHERE fingerprint = ?"), {fingerprint});
    return q.next();
}

QStringList AccountStore::rolesOf(qint64 id)
{
    auto q = sql::run(
        m_db, QStringLiteral("SELECT role_code FROM account_roles WHERE account_id = ? ORDER BY role_code"),
        {id});
    QStringList roles;
    while (q.next())
        roles.append(q.value(0).toString());
    return roles;
}

qint64 AccountStore::create(const NewAccount& a, const QDateTime& now)
{
    auto q = sql::run(
        m_db,
        QStringLiteral("INSERT INTO accounts (login, full_name, id_number, unit, position, phone, "
                       "region_code, status, password_hash, password_changed_at, "
                       "must_change_password, failed_attempts, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?, 0, ?)"),
        {a.login, a.fullName, sql::nullableText(a.idNumber), a.unit, a.position, a.phone, a.regionCode,
         a.passwordHash, sql::time(now), a.mustChangePassword ? 1 : 0, sql::time(now)});
    const qint64 id = q.lastInsertId().toLongLong();
    for (const QString& role : a.roles)
        sql::run(
            m_db,
            QStringLiteral("INSERT INTO account_roles (account_id, role_code, granted_at) VALUES (?, ?, ?)"),
            {id, role, sql::time(now)});
    return id;
}

void AccountStore::bindCertificate(qint64 accountId, const CertificateBinding& c, const QDateTime& now)
{
    sql::run(m_db,
             QStringLiteral(
                 "INSERT INTO certificates (account_id, fingerprint, serial, issuer, subject, not_before, "
                 "not_after, status, bound_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'active', ?)"),
             {accountId, c.fingerprint, c.serial, c.issuer, c.subject, sql::time(c.notBefore),
              sql::time(c.notAfter), sql::time(now)});
}

int AccountStore::recordFailedPassword(qint64 id, int threshold, const QDateTime& lockUntil)
{
    // The caller holds the write lock (BEGIN IMMEDIATE), so this read and the update see the same row.
    auto q = sql::run(m_db, QStringLiteral("SELECT failed_attempts FROM accounts WHERE id = ?"), {id});
    const int failures = q.next() ? q.value(0).toInt() + 1 : 1;
    q.finish();
    // Both CASEs see the row before the update; a lock is only ever set or extended, never set back
    // to NULL or shortened (wire times are fixed-width ISO 8601 UTC, so they compare as text).
    sql::run(m_db,
             QStringLiteral(
                 "UPDATE accounts SET "
                 "failed_attempts = CASE WHEN failed_attempts + 1 >= ? THEN 0 ELSE failed_attempts + 1 END, "
                 "locked_until = CASE WHEN failed_attempts + 1 >= ? THEN max(COALESCE(locked_until, ''), ?) "
                 "ELSE locked_until END "
                 "WHERE id = ?"),
             {threshold, threshold, sql::time(lockUntil), id});
    return failures;
}

int AccountStore::endOtherSessions(qint64 accountId, qint64 keepSessionId, const QString& reason,
                                   const QDateTime& now)
{
    auto q = sql::run(m_db,
                      QStringLiteral("UPDATE sessions SET ended_at = ?, end_reason = ? "
                                     "WHERE account_id = ? AND id <> ? AND ended_at IS NULL"),
                      {sql::time(now), reason, accountId, keepSessionId});
    return q.numRowsAffected();
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
    sql::run(
        m_db,
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

// --- admin console -------------------------------------------------------

namespace cp::server {
namespace {

const QString kCertificateColumns = QStringLiteral(
    "c.id, c.account_id, c.fingerprint, c.serial, c.issuer, c.subject, c.not_before, c.not_after, c.status, "
    "c.bound_at, c.revoked_at, c.revoke_reason");

CertificateRecord readCertificate(const QSqlQuery& q)
{
    CertificateRecord r;
    r.id = q.value(0).toLongLong();
    r.accountId = q.value(1).toLongLong();
    r.certificate.fingerprint = q.value(2).toString();
    r.certificate.serial = q.value(3).toString();
    r.certificate.issuer = q.value(4).toString();
    r.certificate.subject = q.value(5).toString();
    r.certificate.notBefore = sql::time(q.value(6));
    r.certificate.notAfter = sql::time(q.value(7));
    r.status = q.value(8).toString();
    r.boundAt = sql::time(q.value(9));
    r.revokedAt = sql::time(q.value(10));
    r.revokeReason = q.value(11).toString();
    return r;
}

} // namespace

QList<Account> AccountStore::list(const AccountFilter& filter)
{
    // Attack review (issue 11) finding 17: the text is matched as typed; % _ and the escape
    // character itself are not wildcards.
    QString escaped = filter.text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    const QString like = QLatin1Char('%') + escaped + QLatin1Char('%');
    auto q =
        sql::run(m_db,
                 QStringLiteral("SELECT %1 FROM accounts a WHERE (? = '' OR a.status = ?) AND "
                                "(? = '' OR a.login LIKE ? ESCAPE '\\' OR a.full_name LIKE ? ESCAPE '\\' "
                                "OR a.unit LIKE ? ESCAPE '\\') "
                                "ORDER BY a.login")
                     .arg(kAccountColumns),
                 {filter.status, filter.status, filter.text, like, like, like});
    QList<Account> out;
    while (q.next())
        out.append(readAccount(q));
    q.finish();
    for (Account& a : out)
        a.roles = rolesOf(a.id);
    return out;
}

bool AccountStore::idNumberTaken(const QString& idNumber)
{
    // Deregistered accounts keep their number: one real-name account per person, ever (seed 004 §19).
    return sql::run(m_db, QStringLiteral("SELECT 1 FROM accounts WHERE id_number = ?"), {idNumber}).next();
}

void AccountStore::setStatus(qint64 id, const QString& status, const QString& reason, const QDateTime& now)
{
    sql::run(m_db,
             QStringLiteral(
                 "UPDATE accounts SET status = ?, status_reason = ?, status_changed_at = ? WHERE id = ?"),
             {status, sql::nullableText(reason), sql::time(now), id});
}

void AccountStore::unlock(qint64 id)
{
    sql::run(m_db,
             QStringLiteral("UPDATE accounts SET failed_attempts = 0, locked_until = NULL WHERE id = ?"),
             {id});
}

void AccountStore::setRoles(qint64 id, const QStringList& roles, const QDateTime& now)
{
    sql::run(m_db, QStringLiteral("DELETE FROM account_roles WHERE account_id = ?"), {id});
    for (const QString& role : roles)
        sql::run(
            m_db,
            QStringLiteral("INSERT INTO account_roles (account_id, role_code, granted_at) VALUES (?, ?, ?)"),
            {id, role, sql::time(now)});
}

void AccountStore::setRegion(qint64 id, const QString& regionCode)
{
    sql::run(m_db, QStringLiteral("UPDATE accounts SET region_code = ? WHERE id = ?"), {regionCode, id});
}

QList<Account> AccountStore::unusedSince(const QDateTime& before)
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT %1 FROM accounts a WHERE a.status = 'active' AND "
                                     "COALESCE(a.last_login_at, a.created_at) < ? "
                                     "ORDER BY COALESCE(a.last_login_at, a.created_at)")
                          .arg(kAccountColumns),
                      {sql::time(before)});
    QList<Account> out;
    while (q.next())
        out.append(readAccount(q));
    q.finish();
    for (Account& a : out)
        a.roles = rolesOf(a.id);
    return out;
}

QList<CertificateRecord> AccountStore::certificates(const QString& where,
                                                    std::initializer_list<QVariant> values)
{
    auto q = sql::run(
        m_db, QStringLiteral("SELECT %1 FROM certificates c %2").arg(kCertificateColumns, where), values);
    QList<CertificateRecord> out;
    while (q.next())
        out.append(readCertificate(q));
    return out;
}

QList<CertificateRecord> AccountStore::certificatesOf(qint64 accountId)
{
    return certificates(QStringLiteral("WHERE c.account_id = ? ORDER BY c.bound_at"), {accountId});
}

std::optional<CertificateRecord> AccountStore::certificate(qint64 certificateId)
{
    const auto found = certificates(QStringLiteral("WHERE c.id = ?"), {certificateId});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<CertificateRecord> AccountStore::certificatesExpiringBefore(const QDateTime& before)
{
    return certificates(QStringLiteral("WHERE c.status = 'active' AND c.not_after < ? ORDER BY c.not_after"),
                        {sql::time(before)});
}

QList<CertificateRecord> AccountStore::allCertificates()
{
    return certificates(QStringLiteral("ORDER BY c.account_id, c.bound_at"), {});
}

void AccountStore::revokeCertificate(qint64 certificateId, const QString& reason, const QDateTime& now)
{
    sql::run(
        m_db,
        QStringLiteral(
            "UPDATE certificates SET status = 'revoked', revoked_at = ?, revoke_reason = ? WHERE id = ?"),
        {sql::time(now), reason, certificateId});
}

bool AccountStore::certificateRevoked(const QString& fingerprint)
{
    return sql::run(m_db,
                    QStringLiteral("SELECT 1 FROM certificates WHERE fingerprint = ? AND status = 'revoked'"),
                    {fingerprint})
        .next();
}

int AccountStore::endSessionsOfCertificate(const QString& fingerprint, const QString& reason,
                                           const QDateTime& now)
{
    auto q = sql::run(m_db,
                      QStringLiteral("UPDATE sessions SET ended_at = ?, end_reason = ? "
                                     "WHERE cert_fingerprint = ? AND ended_at IS NULL"),
                      {sql::time(now), reason, fingerprint});
    return q.numRowsAffected();
}

int AccountStore::endSessionsOfAccount(qint64 accountId, const QString& reason, const QDateTime& now)
{
    auto q = sql::run(m_db,
                      QStringLiteral("UPDATE sessions SET ended_at = ?, end_reason = ? "
                                     "WHERE account_id = ? AND ended_at IS NULL"),
                      {sql::time(now), reason, accountId});
    return q.numRowsAffected();
}

QList<RegionRecord> AccountStore::regions()
{
    auto q = sql::run(m_db, QStringLiteral("SELECT code, name, level FROM regions ORDER BY code"));
    QList<RegionRecord> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

bool AccountStore::regionExists(const QString& code)
{
    return sql::run(m_db, QStringLiteral("SELECT 1 FROM regions WHERE code = ?"), {code}).next();
}

void AccountStore::setPasswordReset(qint64 accountId, const QDateTime& at, const QDateTime& pendingUntil)
{
    // No UPSERT on SQLite 3.15: delete + insert inside the caller's transaction.
    clearPasswordReset(accountId);
    sql::run(
        m_db,
        QStringLiteral("INSERT INTO password_resets (account_id, reset_at, pending_until) VALUES (?, ?, ?)"),
        {accountId, sql::time(at), sql::time(pendingUntil)});
}

QDateTime AccountStore::passwordResetUntil(qint64 accountId)
{
    auto q = sql::run(m_db, QStringLiteral("SELECT pending_until FROM password_resets WHERE account_id = ?"),
                      {accountId});
    return q.next() ? sql::time(q.value(0)) : QDateTime();
}

void AccountStore::clearPasswordReset(qint64 accountId)
{
    sql::run(m_db, QStringLiteral("DELETE FROM password_resets WHERE account_id = ?"), {accountId});
}

namespace {
const QString kCrlNumberSetting = QStringLiteral("tls.crl_highest_number");
}

QString AccountStore::highestCrlNumber()
{
    auto q = sql::run(m_db, QStringLiteral("SELECT value FROM settings WHERE name = ?"), {kCrlNumberSetting});
    return q.next() ? q.value(0).toString() : QString();
}

void AccountStore::setHighestCrlNumber(const QString& number, const QDateTime& now)
{
    sql::run(m_db, QStringLiteral("DELETE FROM settings WHERE name = ?"), {kCrlNumberSetting});
    sql::run(m_db, QStringLiteral("INSERT INTO settings (name, value, updated_at) VALUES (?, ?, ?)"),
             {kCrlNumberSetting, number, sql::time(now)});
}

} // namespace cp::server
