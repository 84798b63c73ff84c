#include "domain/auth/AccountStore.h"

#include "domain/Sql.h"

#include <QJsonDocument>

namespace cp::server {
namespace {

const sql::Columns& accountColumns()
{
    static const sql::Columns columns(
        QStringLiteral("a"),
        {QStringLiteral("id"), QStringLiteral("login"), QStringLiteral("full_name"),
         QStringLiteral("id_number"), QStringLiteral("unit"), QStringLiteral("position"),
         QStringLiteral("phone"), QStringLiteral("region_code"), QStringLiteral("status"),
         QStringLiteral("password_hash"), QStringLiteral("password_changed_at"),
         QStringLiteral("must_change_password"), QStringLiteral("failed_attempts"),
         QStringLiteral("locked_until"), QStringLiteral("last_login_at"), QStringLiteral("created_at"),
         QStringLiteral("status_reason")});
    return columns;
}

const QString kPolicySetting = QStringLiteral("password_policy");

Account readAccount(const sql::Rows& q)
{
    Account a;
    a.id = q.integer("id");
    a.login = q.text("login");
    a.fullName = q.text("full_name");
    a.idNumber = q.text("id_number");
    a.unit = q.text("unit");
    a.position = q.text("position");
    a.phone = q.text("phone");
    a.regionCode = q.text("region_code");
    a.status = q.text("status");
    a.passwordHash = q.text("password_hash");
    a.passwordChangedAt = q.time("password_changed_at");
    a.mustChangePassword = q.flag("must_change_password");
    a.failedAttempts = q.number("failed_attempts");
    a.lockedUntil = q.time("locked_until");
    a.lastLoginAt = q.time("last_login_at");
    a.createdAt = q.time("created_at");
    a.statusReason = q.text("status_reason");
    return a;
}

} // namespace

std::optional<Account> AccountStore::one(const QString& where, const QVariant& value)
{
    auto q = sql::select(
        m_db, QStringLiteral("SELECT %1 FROM accounts a %2").arg(accountColumns().list(), where), {value});
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
    auto q = sql::select(
        m_db, QStringLiteral("SELECT role_code FROM account_roles WHERE account_id = ? ORDER BY role_code"),
        {id});
    QStringList roles;
    while (q.next())
        roles.append(q.text("role_code"));
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
    auto q = sql::select(m_db, QStringLiteral("SELECT failed_attempts FROM accounts WHERE id = ?"), {id});
    const int failures = q.next() ? q.number("failed_attempts") + 1 : 1;
    q.query().finish();
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

void AccountStore::openSession(const QString& tokenHash, qint64 accountId, const QString& certFingerprint,
                               const QString& workstation, const QString& peerAddress, const QDateTime& now)
{
    sql::run(
        m_db,
        QStringLiteral(
            "INSERT INTO sessions (token_hash, account_id, cert_fingerprint, workstation, peer_address, "
            "created_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {tokenHash, accountId, certFingerprint, workstation, peerAddress, sql::time(now), sql::time(now)});
}

std::optional<SessionRecord> AccountStore::openSessionByToken(const QString& tokenHash)
{
    auto q = sql::select(
        m_db,
        QStringLiteral("SELECT s.id, s.account_id, s.cert_fingerprint, s.last_seen_at, s.workstation, "
                       "s.created_at FROM sessions s WHERE s.token_hash = ? AND s.ended_at IS NULL"),
        {tokenHash});
    if (!q.next())
        return std::nullopt;
    return SessionRecord{q.integer("id"),        q.integer("account_id"), q.text("cert_fingerprint"),
                         q.time("last_seen_at"), q.text("workstation"),   q.time("created_at")};
}

void AccountStore::endSession(qint64 sessionId, const QString& reason, const QDateTime& now)
{
    sql::run(
        m_db,
        QStringLiteral("UPDATE sessions SET ended_at = ?, end_reason = ? WHERE id = ? AND ended_at IS NULL"),
        {sql::time(now), reason, sessionId});
}

void AccountStore::touchSession(qint64 sessionId, const QDateTime& now)
{
    sql::run(m_db, QStringLiteral("UPDATE sessions SET last_seen_at = ? WHERE id = ?"),
             {sql::time(now), sessionId});
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
    auto q = sql::select(m_db, QStringLiteral("SELECT value FROM settings WHERE name = ?"), {kPolicySetting});
    if (!q.next())
        return {};
    return PasswordPolicy::fromJson(QJsonDocument::fromJson(q.text("value").toUtf8()).object());
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

const sql::Columns& certificateColumns()
{
    static const sql::Columns columns(
        QStringLiteral("c"),
        {QStringLiteral("id"), QStringLiteral("account_id"), QStringLiteral("fingerprint"),
         QStringLiteral("serial"), QStringLiteral("issuer"), QStringLiteral("subject"),
         QStringLiteral("not_before"), QStringLiteral("not_after"), QStringLiteral("status"),
         QStringLiteral("bound_at"), QStringLiteral("revoked_at"), QStringLiteral("revoke_reason")});
    return columns;
}

CertificateRecord readCertificate(const sql::Rows& q)
{
    CertificateRecord r;
    r.id = q.integer("id");
    r.accountId = q.integer("account_id");
    r.certificate.fingerprint = q.text("fingerprint");
    r.certificate.serial = q.text("serial");
    r.certificate.issuer = q.text("issuer");
    r.certificate.subject = q.text("subject");
    r.certificate.notBefore = q.time("not_before");
    r.certificate.notAfter = q.time("not_after");
    r.status = q.text("status");
    r.boundAt = q.time("bound_at");
    r.revokedAt = q.time("revoked_at");
    r.revokeReason = q.text("revoke_reason");
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
        sql::select(m_db,
                    QStringLiteral("SELECT %1 FROM accounts a WHERE (? = '' OR a.status = ?) AND "
                                   "(? = '' OR a.login LIKE ? ESCAPE '\\' OR a.full_name LIKE ? ESCAPE '\\' "
                                   "OR a.unit LIKE ? ESCAPE '\\') "
                                   "ORDER BY a.login")
                        .arg(accountColumns().list()),
                    {filter.status, filter.status, filter.text, like, like, like});
    QList<Account> out;
    while (q.next())
        out.append(readAccount(q));
    q.query().finish();
    for (Account& a : out)
        a.roles = rolesOf(a.id);
    return out;
}

QList<qint64> AccountStore::activeIds()
{
    auto q = sql::select(
        m_db, QStringLiteral("SELECT id FROM accounts WHERE status = 'active' ORDER BY full_name, id"));
    QList<qint64> ids;
    while (q.next())
        ids.append(q.integer("id"));
    return ids;
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
    auto q = sql::select(m_db,
                         QStringLiteral("SELECT %1 FROM accounts a WHERE a.status = 'active' AND "
                                        "COALESCE(a.last_login_at, a.created_at) < ? "
                                        "ORDER BY COALESCE(a.last_login_at, a.created_at)")
                             .arg(accountColumns().list()),
                         {sql::time(before)});
    QList<Account> out;
    while (q.next())
        out.append(readAccount(q));
    q.query().finish();
    for (Account& a : out)
        a.roles = rolesOf(a.id);
    return out;
}

QList<CertificateRecord> AccountStore::certificates(const QString& where,
                                                    std::initializer_list<QVariant> values)
{
    auto q = sql::select(
        m_db, QStringLiteral("SELECT %1 FROM certificates c %2").arg(certificateColumns().list(), where),
        values);
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
    auto q = sql::select(m_db, QStringLiteral("SELECT code, name, level FROM regions ORDER BY code"));
    QList<RegionRecord> out;
    while (q.next())
        out.append({q.text("code"), q.text("name"), q.text("level")});
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
    auto q = sql::select(
        m_db, QStringLiteral("SELECT pending_until FROM password_resets WHERE account_id = ?"), {accountId});
    return q.next() ? q.time("pending_until") : QDateTime();
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
    auto q =
        sql::select(m_db, QStringLiteral("SELECT value FROM settings WHERE name = ?"), {kCrlNumberSetting});
    return q.next() ? q.text("value") : QString();
}

void AccountStore::setHighestCrlNumber(const QString& number, const QDateTime& now)
{
    sql::run(m_db, QStringLiteral("DELETE FROM settings WHERE name = ?"), {kCrlNumberSetting});
    sql::run(m_db, QStringLiteral("INSERT INTO settings (name, value, updated_at) VALUES (?, ?, ?)"),
             {kCrlNumberSetting, number, sql::time(now)});
}

} // namespace cp::server
