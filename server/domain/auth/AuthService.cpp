#include "domain/auth/AuthService.h"

#include "Roles.h"
#include "Validators.h"
#include "domain/DomainError.h"
#include "domain/Sql.h"
#include "domain/auth/PasswordHasher.h"
#include "domain/auth/PasswordReset.h"
#include "store/Database.h"

#include <Poco/Crypto/X509Certificate.h>
#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeFormatter.h>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <openssl/rand.h>

#include "app/TlsContext.h"

namespace cp::server {
namespace {

using protocol::ErrorCode;

QString tokenHash(const QString& token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex());
}

QString newToken()
{
    QByteArray raw(32, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(raw.data()), raw.size()) != 1)
        throw std::runtime_error("RAND_bytes failed");
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QDateTime fromPoco(const Poco::DateTime& t)
{
    return QDateTime::fromMSecsSinceEpoch(t.timestamp().epochMicroseconds() / 1000, Qt::UTC);
}

QJsonArray problemCodes(const QList<PasswordProblem>& problems)
{
    QJsonArray out;
    for (auto p : problems)
        out.append(passwordProblemCode(p));
    return out;
}

} // namespace

void requirePasswordPolicy(const QString& password, const PasswordPolicy& policy, const QString& field)
{
    const auto problems = checkPassword(password, policy);
    if (problems.isEmpty())
        return;
    QStringList reasons;
    for (auto p : problems)
        reasons.append(passwordProblemZh(p, policy));
    throw DomainError(ErrorCode::PasswordPolicy,
                      QStringLiteral("密码不符合要求：%1。").arg(reasons.join(QStringLiteral("；"))),
                      QJsonObject{{QStringLiteral("field"), field}, {QStringLiteral("problems"), problemCodes(problems)}});
}

namespace {

// A password field longer than this is not a password; refuse before hashing.
constexpr int kMaxPasswordLength = 256;

} // namespace

AuditActor Session::actor(const PeerIdentity& peer) const
{
    QString where = peer.address;
    const QString& name = peer.workstation.isEmpty() ? workstation : peer.workstation;
    if (!name.isEmpty())
        where += QLatin1Char(' ') + name;
    return AuditActor{account.id, account.login, peer.certificate.serial, where};
}

protocol::SessionInfo Session::info() const
{
    protocol::SessionInfo s;
    s.account.id = account.id;
    s.account.login = account.login;
    s.account.fullName = account.fullName;
    s.account.unit = account.unit;
    s.account.regionCode = account.regionCode;
    s.account.roles = account.roles;
    s.account.passwordChangedAt = account.passwordChangedAt;
    s.mustChangePassword = mustChangePassword;
    s.idleTimeoutSeconds = idleTimeoutSeconds;
    s.expiresAt = expiresAt;
    return s;
}

AuditActor AuthService::anonymous(const PeerIdentity& peer) const
{
    return AuditActor{std::nullopt, QString(), peer.certificate.serial, peer.address};
}

void AuthService::audit(const AuditActor& actor, const QString& action, const QString& target,
                        const QString& outcome, const QString& detail)
{
    AuditLog::append(m_db, m_clock.now(), AuditEvent{actor, action, target, outcome, detail});
}

bool AuthService::passwordExpired(const Account& a, const PasswordPolicy& p) const
{
    return p.maxAgeDays > 0 && a.passwordChangedAt.addDays(p.maxAgeDays) <= m_clock.now();
}

protocol::SessionInfo AuthService::login(const PeerIdentity& peer, const protocol::LoginRequest& req)
{
    // After a reset no old password is checked: the holder chooses a new one (issue 11 finding 3).
    PasswordResets(m_db, m_clock).refuseLoginWhileReset(peer, req.workstation);
    if (req.password.isEmpty())
        throw DomainError::invalid(QStringLiteral("password"), QStringLiteral("请输入密码。"));
    if (req.password.size() > kMaxPasswordLength)
        throw DomainError::invalid(QStringLiteral("password"), QStringLiteral("密码过长。"));
    if (req.workstation.size() > 64)
        throw DomainError::invalid(QStringLiteral("workstation"), QStringLiteral("工作站名称不能超过 64 个字符。"));

    AccountStore accounts(m_db);
    // Read and verify outside the write transaction: scrypt is slow and must not
    // hold the database's write lock.
    const auto found = accounts.byCertificate(peer.certificate.fingerprint);
    const PasswordPolicy policy = accounts.policy();
    const QDateTime now = m_clock.now();

    PeerIdentity who = peer;
    who.workstation = req.workstation;
    if (!found) {
        store::Transaction tx(m_db);
        audit(anonymous(who), QStringLiteral("auth.login"), QStringLiteral("certificate:") + peer.certificate.serial,
              QStringLiteral("denied"), QStringLiteral("certificate not bound to an active account"));
        tx.commit();
        throw DomainError(ErrorCode::CertificateUnknown);
    }
    const Account& a = *found;
    const AuditActor actor{a.id, a.login, peer.certificate.serial,
                           who.workstation.isEmpty() ? who.address : who.address + QLatin1Char(' ') + who.workstation};
    const QString target = QStringLiteral("account:%1").arg(a.id);

    if (a.status != QLatin1String("active")) {
        store::Transaction tx(m_db);
        audit(actor, QStringLiteral("auth.login"), target, QStringLiteral("denied"), QStringLiteral("account ") + a.status);
        tx.commit();
        throw DomainError(ErrorCode::AccountDisabled);
    }
    if (a.lockedUntil.isValid() && a.lockedUntil > now) {
        store::Transaction tx(m_db);
        audit(actor, QStringLiteral("auth.login"), target, QStringLiteral("denied"), QStringLiteral("account locked"));
        tx.commit();
        throw DomainError(ErrorCode::AccountLocked,
                          QStringLiteral("密码错误次数过多，账户已锁定至 %1，请稍后再试或联系系统管理员解锁。")
                              .arg(a.lockedUntil.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                          QJsonObject{{QStringLiteral("lockedUntil"), protocol::toWireTime(a.lockedUntil)}});
    }

    if (!PasswordHasher::verify(req.password, a.passwordHash)) {
        store::Transaction tx(m_db);
        // Re-read inside the transaction: concurrent failures must all count.
        const int failures = accounts.byId(a.id)->failedAttempts + 1;
        const bool lock = failures >= policy.lockoutThreshold;
        const QDateTime lockedUntil = lock ? now.addSecs(qint64(policy.lockoutMinutes) * 60) : QDateTime();
        accounts.recordFailedPassword(a.id, lock ? 0 : failures, lockedUntil);
        audit(actor, QStringLiteral("auth.login"), target, QStringLiteral("failed"),
              QStringLiteral("wrong password (%1 of %2)").arg(failures).arg(policy.lockoutThreshold));
        if (lock)
            audit(actor, QStringLiteral("auth.lock"), target, QStringLiteral("ok"),
                  QStringLiteral("locked until %1").arg(protocol::toWireTime(lockedUntil)));
        tx.commit();
        if (lock)
            throw DomainError(ErrorCode::AccountLocked,
                              QStringLiteral("密码连续错误 %1 次，账户已锁定 %2 分钟。")
                                  .arg(policy.lockoutThreshold)
                                  .arg(policy.lockoutMinutes),
                              QJsonObject{{QStringLiteral("lockedUntil"), protocol::toWireTime(lockedUntil)}});
        const int remaining = policy.lockoutThreshold - failures;
        throw DomainError(ErrorCode::BadPassword,
                          QStringLiteral("密码错误，再错 %1 次账户将被锁定。").arg(remaining),
                          QJsonObject{{QStringLiteral("remainingAttempts"), remaining}});
    }

    const QString token = newToken();
    store::Transaction tx(m_db);
    accounts.recordLogin(a.id, now);
    sql::run(m_db,
             QStringLiteral("INSERT INTO sessions (token_hash, account_id, cert_fingerprint, workstation, peer_address, "
                            "created_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
             {tokenHash(token), a.id, peer.certificate.fingerprint, who.workstation, who.address, sql::time(now),
              sql::time(now)});
    Session s;
    s.account = a;
    s.workstation = who.workstation;
    s.mustChangePassword = a.mustChangePassword || passwordExpired(a, policy);
    s.idleTimeoutSeconds = policy.idleTimeoutMinutes * 60;
    s.expiresAt = now.addSecs(s.idleTimeoutSeconds);
    audit(actor, QStringLiteral("auth.login"), target, QStringLiteral("ok"),
          s.mustChangePassword ? QStringLiteral("password change required") : QString());
    tx.commit();
    auto info = s.info();
    info.token = token;
    return info;
}

Session AuthService::authenticate(const QString& token, const PeerIdentity& peer)
{
    if (token.isEmpty())
        throw DomainError(ErrorCode::Unauthenticated);
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT s.id, s.account_id, s.cert_fingerprint, s.last_seen_at, s.workstation "
                                     "FROM sessions s WHERE s.token_hash = ? AND s.ended_at IS NULL"),
                      {tokenHash(token)});
    if (!q.next())
        throw DomainError(ErrorCode::Unauthenticated);
    const qint64 sessionId = q.value(0).toLongLong();
    const qint64 accountId = q.value(1).toLongLong();
    const QString boundFingerprint = q.value(2).toString();
    const QDateTime lastSeen = sql::time(q.value(3));
    const QString workstation = q.value(4).toString();
    q.finish();

    // A token is only valid together with the certificate that created it.
    if (boundFingerprint != peer.certificate.fingerprint)
        throw DomainError(ErrorCode::CertificateMismatch);

    AccountStore accounts(m_db);
    const PasswordPolicy policy = accounts.policy();
    const QDateTime now = m_clock.now();
    const auto account = accounts.byCertificate(peer.certificate.fingerprint);
    const int idle = policy.idleTimeoutMinutes * 60;

    auto end = [&](const QString& reason, const QString& outcome, ErrorCode code) {
        store::Transaction tx(m_db);
        sql::run(m_db, QStringLiteral("UPDATE sessions SET ended_at = ?, end_reason = ? WHERE id = ?"),
                 {sql::time(now), reason, sessionId});
        AuditActor actor{accountId, account ? account->login : QString(), peer.certificate.serial, peer.address};
        audit(actor, QStringLiteral("auth.session_end"), QStringLiteral("session:%1").arg(sessionId), outcome, reason);
        tx.commit();
        throw DomainError(code);
    };
    if (!account || account->id != accountId)
        end(QStringLiteral("certificate revoked"), QStringLiteral("denied"), ErrorCode::CertificateUnknown);
    if (account->status != QLatin1String("active"))
        end(QStringLiteral("account ") + account->status, QStringLiteral("denied"), ErrorCode::AccountDisabled);
    if (lastSeen.addSecs(idle) < now)
        end(QStringLiteral("idle timeout"), QStringLiteral("expired"), ErrorCode::SessionExpired);

    // Refresh at most every 15 s: a read should not become a write every time.
    QDateTime seen = lastSeen;
    if (lastSeen.msecsTo(now) > 15'000) {
        store::Transaction tx(m_db);
        sql::run(m_db, QStringLiteral("UPDATE sessions SET last_seen_at = ? WHERE id = ?"), {sql::time(now), sessionId});
        tx.commit();
        seen = now;
    }
    Session s;
    s.id = sessionId;
    s.account = *account;
    s.workstation = workstation;
    s.mustChangePassword = account->mustChangePassword || passwordExpired(*account, policy);
    s.idleTimeoutSeconds = idle;
    s.expiresAt = seen.addSecs(idle);
    return s;
}

protocol::SessionInfo AuthService::changePassword(const Session& s, const PeerIdentity& peer,
                                                  const protocol::PasswordChangeRequest& req)
{
    if (req.oldPassword.isEmpty())
        throw DomainError::invalid(QStringLiteral("oldPassword"), QStringLiteral("请输入原密码。"));
    if (req.newPassword.size() > kMaxPasswordLength)
        throw DomainError::invalid(QStringLiteral("newPassword"), QStringLiteral("新密码过长。"));
    AccountStore accounts(m_db);
    const PasswordPolicy policy = accounts.policy();
    const AuditActor actor = s.actor(peer);
    const QString target = QStringLiteral("account:%1").arg(s.account.id);
    if (!PasswordHasher::verify(req.oldPassword, s.account.passwordHash)) {
        store::Transaction tx(m_db);
        audit(actor, QStringLiteral("auth.password_change"), target, QStringLiteral("failed"),
              QStringLiteral("wrong old password"));
        tx.commit();
        throw DomainError(ErrorCode::BadPassword, QStringLiteral("原密码错误。"),
                          QJsonObject{{QStringLiteral("field"), QStringLiteral("oldPassword")}});
    }
    requirePasswordPolicy(req.newPassword, policy, QStringLiteral("newPassword"));
    if (req.newPassword == req.oldPassword)
        throw DomainError(ErrorCode::PasswordReused);

    const QString hash = PasswordHasher::hash(req.newPassword);
    const QDateTime now = m_clock.now();
    store::Transaction tx(m_db);
    accounts.setPassword(s.account.id, hash, false, now);
    audit(actor, QStringLiteral("auth.password_change"), target, QStringLiteral("ok"));
    tx.commit();

    Session updated = s;
    updated.account.passwordChangedAt = now;
    updated.mustChangePassword = false;
    return updated.info();
}

void AuthService::logout(const Session& s, const PeerIdentity& peer)
{
    store::Transaction tx(m_db);
    sql::run(m_db, QStringLiteral("UPDATE sessions SET ended_at = ?, end_reason = 'logout' WHERE id = ?"),
             {sql::time(m_clock.now()), s.id});
    audit(s.actor(peer), QStringLiteral("auth.logout"), QStringLiteral("session:%1").arg(s.id), QStringLiteral("ok"));
    tx.commit();
}

CreatedAccount AuthService::createAccount(const AccountRequest& req, const CertificateBinding& cert,
                                          const AuditActor& actor)
{
    NewAccount a = req.account;
    static const QRegularExpression loginPattern(QStringLiteral("^[a-z][a-z0-9._-]{2,31}$"));
    if (!loginPattern.match(a.login).hasMatch())
        throw DomainError::invalid(QStringLiteral("login"),
                                   QStringLiteral("登录名须为 3–32 位小写字母、数字或 . _ -，并以字母开头。"));
    if (a.fullName.trimmed().isEmpty() || a.fullName.size() > 64)
        throw DomainError::invalid(QStringLiteral("fullName"), QStringLiteral("请填写 1–64 个字符的真实姓名。"));
    if (!isValidRegionCode(a.regionCode))
        throw DomainError::invalid(QStringLiteral("regionCode"), QStringLiteral("行政区划代码应为 6 位数字。"));
    if (!a.idNumber.isEmpty()) {
        a.idNumber = normaliseIdNumber(a.idNumber);
        const IdCheck c = checkCitizenId(a.idNumber);
        if (c != IdCheck::Ok)
            throw DomainError::invalid(QStringLiteral("idNumber"), QStringLiteral("身份证号码无效：") + idCheckZh(c));
    }
    QSet<Role> roles;
    for (const QString& code : a.roles) {
        const auto r = roleFromCode(code);
        if (!r)
            throw DomainError::invalid(QStringLiteral("roles"), QStringLiteral("未知角色：%1。").arg(code));
        roles.insert(*r);
    }
    if (const auto conflict = findRoleConflict(roles))
        throw DomainError(ErrorCode::ValidationFailed,
                          QStringLiteral("职责分离：%1与%2不得由同一账户担任。")
                              .arg(roleNameZh(conflict->first), roleNameZh(conflict->second)),
                          QJsonObject{{QStringLiteral("field"), QStringLiteral("roles")}});
    if (cert.notAfter.isValid() && cert.notAfter <= m_clock.now())
        throw DomainError::invalid(QStringLiteral("certificate"), QStringLiteral("该证书已过期，不能绑定。"));

    AccountStore accounts(m_db);
    const PasswordPolicy policy = accounts.policy();
    CreatedAccount created;
    created.initialPassword = req.initialPassword.isEmpty() ? PasswordHasher::generateInitialPassword()
                                                            : req.initialPassword;
    requirePasswordPolicy(created.initialPassword, policy, QStringLiteral("initialPassword"));
    a.passwordHash = PasswordHasher::hash(created.initialPassword);

    store::Transaction tx(m_db);
    if (accounts.byLogin(a.login))
        throw DomainError(ErrorCode::Conflict, QStringLiteral("登录名 %1 已被使用。").arg(a.login),
                          QJsonObject{{QStringLiteral("field"), QStringLiteral("login")}});
    if (!a.idNumber.isEmpty() &&
        sql::run(m_db, QStringLiteral("SELECT 1 FROM accounts WHERE id_number = ?"), {a.idNumber}).next())
        throw DomainError(ErrorCode::Conflict, QStringLiteral("该身份证号码已有账户：一人只能有一个实名账户。"),
                          QJsonObject{{QStringLiteral("field"), QStringLiteral("idNumber")}});
    if (accounts.certificateKnown(cert.fingerprint))
        throw DomainError(ErrorCode::Conflict, QStringLiteral("该证书已绑定其他账户。"),
                          QJsonObject{{QStringLiteral("field"), QStringLiteral("certificate")}});
    const QDateTime now = m_clock.now();
    created.id = accounts.create(a, now);
    accounts.bindCertificate(created.id, cert, now);
    created.certificate = cert;
    audit(actor, QStringLiteral("account.create"), QStringLiteral("account:%1").arg(created.id), QStringLiteral("ok"),
          QStringLiteral("login=%1 roles=%2 cert=%3").arg(a.login, a.roles.join(QLatin1Char(',')), cert.serial));
    tx.commit();
    return created;
}

CertificateBinding AuthService::readCertificateFile(const QString& pemPath)
{
    return bindingOf(Poco::Crypto::X509Certificate(pemPath.toStdString()));
}

CertificateBinding AuthService::bindingOf(const Poco::Crypto::X509Certificate& x)
{
    CertificateBinding b;
    b.fingerprint = QString::fromStdString(certificateFingerprint(x));
    b.serial = QString::fromStdString(x.serialNumber());
    b.issuer = QString::fromStdString(x.issuerName());
    b.subject = QString::fromStdString(x.subjectName());
    b.notBefore = fromPoco(x.validFrom());
    b.notAfter = fromPoco(x.expiresOn());
    return b;
}

} // namespace cp::server
