#include "domain/auth/AuthService.h"

#include "Roles.h"
#include "Validators.h"
#include "domain/DomainError.h"
#include "domain/UnitOfWork.h"
#include "domain/auth/PasswordAttempts.h"
#include "domain/auth/PasswordHasher.h"
#include "domain/auth/PasswordReset.h"

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
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex());
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
    throw DomainError(
        ErrorCode::PasswordPolicy,
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

bool AuthService::passwordExpired(const Account& a, const PasswordPolicy& p) const
{
    return p.maxAgeDays > 0 && a.passwordChangedAt.addDays(p.maxAgeDays) <= m_clock.now();
}

bool AuthService::lockedAt(const Account& a, const QDateTime& now)
{
    return a.lockedUntil.isValid() && a.lockedUntil > now;
}

DomainError AuthService::lockedError(const QDateTime& lockedUntil)
{
    return DomainError(ErrorCode::AccountLocked,
                       QStringLiteral("密码错误次数过多，账户已锁定至 %1，请稍后再试或联系系统管理员解锁。")
                           .arg(lockedUntil.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                       QJsonObject{{QStringLiteral("lockedUntil"), protocol::toWireTime(lockedUntil)}});
}

void AuthService::refuse(const AuditActor& actor, const QString& action, const QString& target,
                         const QString& detail)
{
    UnitOfWork work(m_db, m_clock, actor);
    work.audit(action, target, QStringLiteral("denied"), detail);
    work.commit();
}

// Attack review (issue 11) finding 2. The lock is checked first; then one check per account at a
// time (PasswordAttempts), so every guess is counted before the next one is tried; scrypt runs
// outside the write lock; a wrong password is counted in one write transaction that re-reads the
// lock. The caller keeps the slot until its own write transaction (recheck + effect) committed.
PasswordAttempts::Slot AuthService::checkPassword(const Account& a, const QString& password,
                                                  const PasswordPolicy& policy, const PasswordCheck& check)
{
    const QString target = QStringLiteral("account:%1").arg(a.id);
    if (lockedAt(a, m_clock.now())) {
        refuse(check.actor, check.action, target, QStringLiteral("account locked"));
        throw lockedError(a.lockedUntil);
    }
    auto slot = PasswordAttempts::tryEnter(m_db.databaseName(), a.id);
    if (!slot) {
        // Not counted: no password was checked, so no guess was spent.
        refuse(check.actor, check.action, target,
               QStringLiteral("another password check of the account is running"));
        throw DomainError(ErrorCode::TooManyAttempts);
    }
    if (PasswordHasher::verify(password, a.passwordHash))
        return std::move(*slot);

    AccountStore accounts(m_db);
    UnitOfWork work(m_db, m_clock, check.actor);
    const QDateTime& now = work.now();
    const auto current = accounts.byId(a.id);
    if (current && lockedAt(*current, now)) {
        // Locked since it was read: answer as for any locked account, right or wrong.
        work.audit(check.action, target, QStringLiteral("denied"), QStringLiteral("account locked"));
        work.commit();
        throw lockedError(current->lockedUntil);
    }
    const QDateTime lockUntil = now.addSecs(qint64(policy.lockoutMinutes) * 60);
    const int failures = accounts.recordFailedPassword(a.id, policy.lockoutThreshold, lockUntil);
    const bool lock = failures >= policy.lockoutThreshold;
    work.audit(
        check.action, target, QStringLiteral("failed"),
        QStringLiteral("wrong %1 (%2 of %3)").arg(check.field).arg(failures).arg(policy.lockoutThreshold));
    if (lock)
        work.audit(QStringLiteral("auth.lock"), target, QStringLiteral("ok"),
                   QStringLiteral("locked until %1").arg(protocol::toWireTime(lockUntil)));
    work.commit();
    if (lock)
        throw DomainError(ErrorCode::AccountLocked,
                          QStringLiteral("密码连续错误 %1 次，账户已锁定 %2 分钟。")
                              .arg(policy.lockoutThreshold)
                              .arg(policy.lockoutMinutes),
                          QJsonObject{{QStringLiteral("lockedUntil"), protocol::toWireTime(lockUntil)}});
    const int remaining = policy.lockoutThreshold - failures;
    throw DomainError(ErrorCode::BadPassword,
                      QStringLiteral("%1，再错 %2 次账户将被锁定。").arg(check.wrongZh).arg(remaining),
                      QJsonObject{{QStringLiteral("remainingAttempts"), remaining},
                                  {QStringLiteral("field"), check.field}});
}

Account AuthService::recheck(UnitOfWork& work, AccountStore& accounts, const Account& checked,
                             const PasswordCheck& check)
{
    const auto current = accounts.byId(checked.id);
    const QString target = QStringLiteral("account:%1").arg(checked.id);
    auto refuseHere = [&](const QString& detail, const DomainError& error) {
        work.audit(check.action, target, QStringLiteral("denied"), detail);
        work.commit();
        throw error;
    };
    if (!current || current->status != QLatin1String("active"))
        refuseHere(QStringLiteral("account no longer active"), DomainError(ErrorCode::AccountDisabled));
    if (lockedAt(*current, work.now()))
        refuseHere(QStringLiteral("account locked"), lockedError(current->lockedUntil));
    if (current->passwordHash != checked.passwordHash)
        refuseHere(QStringLiteral("password changed during the check"),
                   DomainError(ErrorCode::Conflict, QStringLiteral("账户密码刚刚被修改，请重新输入。")));
    return *current;
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
        throw DomainError::invalid(QStringLiteral("workstation"),
                                   QStringLiteral("工作站名称不能超过 64 个字符。"));

    AccountStore accounts(m_db);
    const auto found = accounts.byCertificate(peer.certificate.fingerprint);
    const PasswordPolicy policy = accounts.policy();

    PeerIdentity who = peer;
    who.workstation = req.workstation;
    if (!found) {
        refuse(anonymous(who), QStringLiteral("auth.login"),
               QStringLiteral("certificate:") + peer.certificate.serial,
               QStringLiteral("certificate not bound to an active account"));
        throw DomainError(ErrorCode::CertificateUnknown);
    }
    const Account& a = *found;
    const AuditActor actor{a.id, a.login, peer.certificate.serial,
                           who.workstation.isEmpty() ? who.address
                                                     : who.address + QLatin1Char(' ') + who.workstation};
    const QString target = QStringLiteral("account:%1").arg(a.id);

    if (a.status != QLatin1String("active")) {
        refuse(actor, QStringLiteral("auth.login"), target, QStringLiteral("account ") + a.status);
        throw DomainError(ErrorCode::AccountDisabled);
    }
    const PasswordCheck check{actor, QStringLiteral("auth.login"), QStringLiteral("password"),
                              QStringLiteral("密码错误")};
    const auto slot = checkPassword(a, req.password, policy, check);

    const QString token = newToken();
    UnitOfWork work(m_db, m_clock, actor);
    const Account current = recheck(work, accounts, a, check);
    const QDateTime& now = work.now();
    accounts.recordLogin(a.id, now);
    accounts.openSession(tokenHash(token), a.id, peer.certificate.fingerprint, who.workstation, who.address,
                         now);
    Session s;
    s.account = current;
    s.workstation = who.workstation;
    s.mustChangePassword = current.mustChangePassword || passwordExpired(current, policy);
    s.idleTimeoutSeconds = policy.idleTimeoutMinutes * 60;
    s.expiresAt = now.addSecs(s.idleTimeoutSeconds);
    work.audit(QStringLiteral("auth.login"), target, QStringLiteral("ok"),
               s.mustChangePassword ? QStringLiteral("password change required") : QString());
    work.commit();
    auto info = s.info();
    info.token = token;
    return info;
}

Session AuthService::authenticate(const QString& token, const PeerIdentity& peer)
{
    if (token.isEmpty())
        throw DomainError(ErrorCode::Unauthenticated);
    AccountStore accounts(m_db);
    const auto open = accounts.openSessionByToken(tokenHash(token));
    if (!open)
        throw DomainError(ErrorCode::Unauthenticated);
    const qint64 sessionId = open->id;
    const qint64 accountId = open->accountId;
    const QString& boundFingerprint = open->certFingerprint;
    const QDateTime& lastSeen = open->lastSeenAt;
    const QString& workstation = open->workstation;
    const QDateTime& createdAt = open->createdAt;

    const QDateTime now = m_clock.now();
    // A token is only valid together with the certificate that created it.
    if (boundFingerprint != peer.certificate.fingerprint)
        endReplayedSession(sessionId, accountId, peer, now);

    const PasswordPolicy policy = accounts.policy();
    const auto account = accounts.byCertificate(peer.certificate.fingerprint);
    const int idle = policy.idleTimeoutMinutes * 60;

    auto end = [&](const QString& reason, const QString& outcome, const DomainError& error) {
        const AuditActor actor{accountId, account ? account->login : QString(), peer.certificate.serial,
                               peer.address};
        UnitOfWork work(m_db, m_clock, actor);
        accounts.endSession(sessionId, reason, now);
        work.audit(QStringLiteral("auth.session_end"), QStringLiteral("session:%1").arg(sessionId), outcome,
                   reason);
        work.commit();
        throw error;
    };
    if (!account || account->id != accountId)
        end(QStringLiteral("certificate revoked"), QStringLiteral("denied"),
            DomainError(ErrorCode::CertificateUnknown));
    if (account->status != QLatin1String("active"))
        end(QStringLiteral("account ") + account->status, QStringLiteral("denied"),
            DomainError(ErrorCode::AccountDisabled));
    // Attack review (issue 11) finding 11: however active, a session ends this long after its login.
    if (createdAt.addSecs(qint64(kSessionMaxLifetimeHours) * 3600) <= now)
        end(QStringLiteral("maximum lifetime"), QStringLiteral("expired"),
            DomainError(
                ErrorCode::SessionExpired,
                QStringLiteral("会话自登录起已满 %1 小时，请重新登录。").arg(kSessionMaxLifetimeHours),
                QJsonObject{{QStringLiteral("reason"), QStringLiteral("MAX_LIFETIME")}}));
    if (lastSeen.addSecs(idle) < now)
        end(QStringLiteral("idle timeout"), QStringLiteral("expired"),
            DomainError(ErrorCode::SessionExpired));

    // Refresh at most every 15 s: a read should not become a write every time.
    QDateTime seen = lastSeen;
    if (lastSeen.msecsTo(now) > 15'000) {
        UnitOfWork work(m_db, m_clock,
                        AuditActor{accountId, account->login, peer.certificate.serial, peer.address});
        accounts.touchSession(sessionId, now); // a heartbeat: no audit entry
        work.commit();
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

// Attack review (issue 11) finding 12: a token shown with another certificate was stolen; the
// thief has shown it, so it is ended (the holder logs in again) and the attempt is audited as the
// presenter's. The token itself never goes into the audit detail.
void AuthService::endReplayedSession(qint64 sessionId, qint64 holderId, const PeerIdentity& peer,
                                     const QDateTime& now)
{
    AccountStore accounts(m_db);
    const auto presenter = accounts.byCertificate(peer.certificate.fingerprint);
    const AuditActor actor{presenter ? std::optional<qint64>(presenter->id) : std::nullopt,
                           presenter ? presenter->login : QString(), peer.certificate.serial, peer.address};
    UnitOfWork work(m_db, m_clock, actor);
    accounts.endSession(sessionId, QStringLiteral("token replayed with another certificate"), now);
    work.audit(QStringLiteral("auth.token_replay"), QStringLiteral("session:%1").arg(sessionId),
               QStringLiteral("denied"),
               QStringLiteral("token of account:%1 presented with another certificate; session ended")
                   .arg(holderId));
    work.commit();
    throw DomainError(ErrorCode::CertificateMismatch);
}

protocol::SessionInfo AuthService::changePassword(const Session& s, const PeerIdentity& peer,
                                                  const protocol::PasswordChangeRequest& req)
{
    if (req.oldPassword.isEmpty())
        throw DomainError::invalid(QStringLiteral("oldPassword"), QStringLiteral("请输入原密码。"));
    if (req.oldPassword.size() > kMaxPasswordLength)
        throw DomainError::invalid(QStringLiteral("oldPassword"), QStringLiteral("原密码过长。"));
    if (req.newPassword.size() > kMaxPasswordLength)
        throw DomainError::invalid(QStringLiteral("newPassword"), QStringLiteral("新密码过长。"));
    AccountStore accounts(m_db);
    const PasswordPolicy policy = accounts.policy();
    // The new password is checked first: that spends no guess of the old one.
    requirePasswordPolicy(req.newPassword, policy, QStringLiteral("newPassword"));
    if (req.newPassword == req.oldPassword)
        throw DomainError(ErrorCode::PasswordReused);

    const AuditActor actor = s.actor(peer);
    const PasswordCheck check{actor, QStringLiteral("auth.password_change"), QStringLiteral("oldPassword"),
                              QStringLiteral("原密码错误")};
    // Wrong old passwords count toward the same lock-out as logins (finding 2).
    const auto slot = checkPassword(s.account, req.oldPassword, policy, check);
    const QString hash = PasswordHasher::hash(req.newPassword);

    UnitOfWork work(m_db, m_clock, actor);
    recheck(work, accounts, s.account, check);
    const QDateTime now = work.now();
    accounts.setPassword(s.account.id, hash, false, now);
    // Finding 11: whoever else held a session of this account (a stolen token, a forgotten
    // workstation) is out; the session that made the change goes on with its token.
    const int ended = accounts.endOtherSessions(s.account.id, s.id, QStringLiteral("password changed"), now);
    work.audit(QStringLiteral("auth.password_change"), QStringLiteral("account:%1").arg(s.account.id),
               QStringLiteral("ok"), QStringLiteral("other sessions ended: %1").arg(ended));
    work.commit();

    Session updated = s;
    updated.account.passwordChangedAt = now;
    updated.mustChangePassword = false;
    return updated.info();
}

void AuthService::logout(const Session& s, const PeerIdentity& peer)
{
    UnitOfWork work(m_db, m_clock, s.actor(peer));
    AccountStore(m_db).endSession(s.id, QStringLiteral("logout"), work.now());
    work.audit(QStringLiteral("auth.logout"), QStringLiteral("session:%1").arg(s.id));
    work.commit();
}

CreatedAccount AuthService::createAccount(const AccountRequest& req, const CertificateBinding& cert,
                                          const AuditActor& actor)
{
    NewAccount a = req.account;
    static const QRegularExpression loginPattern(QStringLiteral("^[a-z][a-z0-9._-]{2,31}$"));
    if (!loginPattern.match(a.login).hasMatch())
        throw DomainError::invalid(
            QStringLiteral("login"),
            QStringLiteral("登录名须为 3–32 位小写字母、数字或 . _ -，并以字母开头。"));
    if (a.fullName.trimmed().isEmpty() || a.fullName.size() > 64)
        throw DomainError::invalid(QStringLiteral("fullName"),
                                   QStringLiteral("请填写 1–64 个字符的真实姓名。"));
    if (!isValidRegionCode(a.regionCode))
        throw DomainError::invalid(QStringLiteral("regionCode"),
                                   QStringLiteral("行政区划代码应为 6 位数字。"));
    if (!a.idNumber.isEmpty()) {
        a.idNumber = normaliseIdNumber(a.idNumber);
        const IdCheck c = checkCitizenId(a.idNumber);
        if (c != IdCheck::Ok)
            throw DomainError::invalid(QStringLiteral("idNumber"),
                                       QStringLiteral("身份证号码无效：") + idCheckZh(c));
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
    created.initialPassword =
        req.initialPassword.isEmpty() ? PasswordHasher::generateInitialPassword() : req.initialPassword;
    requirePasswordPolicy(created.initialPassword, policy, QStringLiteral("initialPassword"));
    a.passwordHash = PasswordHasher::hash(created.initialPassword);

    UnitOfWork work(m_db, m_clock, actor);
    if (accounts.byLogin(a.login))
        throw DomainError(ErrorCode::Conflict, QStringLiteral("登录名 %1 已被使用。").arg(a.login),
                          QJsonObject{{QStringLiteral("field"), QStringLiteral("login")}});
    if (!a.idNumber.isEmpty() && accounts.idNumberTaken(a.idNumber))
        throw DomainError(ErrorCode::Conflict,
                          QStringLiteral("该身份证号码已有账户：一人只能有一个实名账户。"),
                          QJsonObject{{QStringLiteral("field"), QStringLiteral("idNumber")}});
    if (accounts.certificateKnown(cert.fingerprint))
        throw DomainError(ErrorCode::Conflict, QStringLiteral("该证书已绑定其他账户。"),
                          QJsonObject{{QStringLiteral("field"), QStringLiteral("certificate")}});
    const QDateTime& now = work.now();
    created.id = accounts.create(a, now);
    accounts.bindCertificate(created.id, cert, now);
    created.certificate = cert;
    work.audit(QStringLiteral("account.create"), QStringLiteral("account:%1").arg(created.id),
               QStringLiteral("ok"),
               QStringLiteral("login=%1 roles=%2 cert=%3")
                   .arg(a.login, a.roles.join(QLatin1Char(',')), cert.serial));
    work.commit();
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
