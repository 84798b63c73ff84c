#include "domain/auth/PasswordReset.h"

#include "domain/UnitOfWork.h"
#include "domain/auth/PasswordHasher.h"

namespace cp::server {
namespace {

using protocol::ErrorCode;

QString targetOf(const Account& a)
{
    return QStringLiteral("account:%1").arg(a.id);
}

AuditActor actorOf(const Account& a, const PeerIdentity& peer, const QString& workstation)
{
    const QString name = workstation.left(64);
    return AuditActor{a.id, a.login, peer.certificate.serial,
                      name.isEmpty() ? peer.address : peer.address + QLatin1Char(' ') + name};
}

QString localMinute(const QDateTime& t)
{
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

DomainError expired(const QDateTime& until)
{
    return DomainError(
        ErrorCode::PasswordResetExpired,
        QStringLiteral("密码重置已于 %1 过期，请联系系统管理员重新办理。").arg(localMinute(until)),
        QJsonObject{{QStringLiteral("expiredAt"), protocol::toWireTime(until)}});
}

constexpr int kMaxPasswordLength = 256; // as at login: longer is not a password

} // namespace

void PasswordResets::refuse(const AuditActor& actor, const QString& action, const QString& target,
                            const QString& detail, const DomainError& error)
{
    UnitOfWork work(m_db, m_clock, actor);
    work.audit(action, target, QStringLiteral("denied"), detail);
    work.commit();
    throw error;
}

QDateTime PasswordResets::begin(AccountStore& store, qint64 accountId, int* sessionsEnded)
{
    const QDateTime now = m_clock.now();
    const QDateTime until = now.addSecs(qint64(kWindowHours) * 3600);
    store.setPasswordReset(accountId, now, until);
    const int ended = store.endSessionsOfAccount(accountId, QStringLiteral("password reset"), now);
    store.unlock(accountId);
    if (sessionsEnded)
        *sessionsEnded = ended;
    return until;
}

void PasswordResets::refuseLoginWhileReset(const PeerIdentity& peer, const QString& workstation)
{
    AccountStore store(m_db);
    const auto found = store.byCertificate(peer.certificate.fingerprint);
    if (!found || found->status != QLatin1String("active"))
        return; // the login itself refuses these
    const QDateTime until = store.passwordResetUntil(found->id);
    if (!until.isValid())
        return;
    const AuditActor actor = actorOf(*found, peer, workstation);
    if (until < m_clock.now())
        refuse(actor, QStringLiteral("auth.login"), targetOf(*found),
               QStringLiteral("password reset expired"), expired(until));
    refuse(actor, QStringLiteral("auth.login"), targetOf(*found), QStringLiteral("password reset pending"),
           DomainError(ErrorCode::PasswordResetPending,
                       QStringLiteral("管理员已重置您的密码：请在 %1 前设置新密码，然后用新密码登录。")
                           .arg(localMinute(until)),
                       QJsonObject{{QStringLiteral("pendingUntil"), protocol::toWireTime(until)}}));
}

void PasswordResets::choosePassword(const PeerIdentity& peer, const QString& newPassword)
{
    if (newPassword.isEmpty())
        throw DomainError::invalid(QStringLiteral("newPassword"), QStringLiteral("请输入新密码。"));
    if (newPassword.size() > kMaxPasswordLength)
        throw DomainError::invalid(QStringLiteral("newPassword"), QStringLiteral("新密码过长。"));
    const QString action = QStringLiteral("auth.password_reset_complete");
    AccountStore store(m_db);
    const auto found = store.byCertificate(peer.certificate.fingerprint);
    if (!found)
        refuse(AuditActor{std::nullopt, QString(), peer.certificate.serial, peer.address}, action,
               QStringLiteral("certificate:") + peer.certificate.serial,
               QStringLiteral("certificate not bound to an account"),
               DomainError(ErrorCode::CertificateUnknown));
    const Account& a = *found;
    const AuditActor actor = actorOf(a, peer, peer.workstation);
    if (a.status != QLatin1String("active"))
        refuse(actor, action, targetOf(a), QStringLiteral("account ") + a.status,
               DomainError(ErrorCode::AccountDisabled));
    // Without a reset by an administrator a certificate alone never sets a password.
    const QDateTime until = store.passwordResetUntil(a.id);
    if (!until.isValid())
        refuse(actor, action, targetOf(a), QStringLiteral("no password reset pending"),
               DomainError(
                   ErrorCode::InvalidState,
                   QStringLiteral("该账户没有待设置的密码重置：请用原密码登录，忘记密码请联系系统管理员。"),
                   QJsonObject{{QStringLiteral("reason"), QStringLiteral("NO_RESET_PENDING")}}));
    if (until < m_clock.now())
        refuse(actor, action, targetOf(a), QStringLiteral("password reset expired"), expired(until));
    requirePasswordPolicy(newPassword, store.policy(), QStringLiteral("newPassword"));
    // The password from before the reset may be the one that leaked.
    if (PasswordHasher::verify(newPassword, a.passwordHash))
        throw DomainError(ErrorCode::PasswordReused, QStringLiteral("新密码不能与重置前的密码相同。"),
                          QJsonObject{{QStringLiteral("field"), QStringLiteral("newPassword")}});
    const QString hash = PasswordHasher::hash(newPassword); // slow: outside the write lock

    UnitOfWork work(m_db, m_clock, actor);
    const QDateTime& now = work.now();
    const QDateTime still = store.passwordResetUntil(a.id);
    if (!still.isValid() || still < now) // chosen meanwhile from another connection, or just expired
        throw DomainError(ErrorCode::InvalidState, QStringLiteral("密码重置已完成或已过期，请重新登录。"));
    store.setPassword(a.id, hash, false, now);
    store.clearPasswordReset(a.id);
    work.audit(action, targetOf(a), QStringLiteral("ok"),
               QStringLiteral("new password chosen by the holder after a reset"));
    work.commit();
}

} // namespace cp::server
