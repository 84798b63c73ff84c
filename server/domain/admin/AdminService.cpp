#include "domain/admin/AdminService.h"

#include "Masking.h"
#include "Roles.h"
#include "Validators.h"
#include "domain/DomainError.h"
#include "domain/UnitOfWork.h"
#include "domain/auth/PasswordReset.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace cp::server {
namespace {

using protocol::ErrorCode;

QString target(qint64 accountId)
{
    return QStringLiteral("account:%1").arg(accountId);
}

QString statusZh(const QString& status)
{
    if (status == QLatin1String("active"))
        return QStringLiteral("正常");
    if (status == QLatin1String("disabled"))
        return QStringLiteral("已停用");
    if (status == QLatin1String("deregistered"))
        return QStringLiteral("已注销");
    return status;
}

DomainError invalidState(const QString& status, const QString& what)
{
    return DomainError(ErrorCode::InvalidState,
                       QStringLiteral("账户当前状态为“%1”，%2。").arg(statusZh(status), what),
                       QJsonObject{{QStringLiteral("state"), status}});
}

QString requireReason(const QString& reason, int maxLength = 200)
{
    const QString r = reason.trimmed();
    if (r.isEmpty())
        throw DomainError::invalid(QStringLiteral("reason"), QStringLiteral("请填写原因。"));
    if (r.size() > maxLength)
        throw DomainError::invalid(QStringLiteral("reason"),
                                   QStringLiteral("原因不能超过 %1 个字符。").arg(maxLength));
    return r;
}

bool validPhone(const QString& phone)
{
    // Mobile (11 digits starting 1[3-9]) or a landline with area code, as on a staff card.
    static const QRegularExpression re(QStringLiteral("^(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?)$"));
    return re.match(phone).hasMatch();
}

QString policyJson(const PasswordPolicy& p)
{
    return QString::fromUtf8(QJsonDocument(p.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace

protocol::CertificateView certificateView(const CertificateRecord& r, const Account* owner)
{
    protocol::CertificateView v;
    v.id = r.id;
    v.accountId = r.accountId;
    if (owner) {
        v.accountLogin = owner->login;
        v.accountName = owner->fullName;
    }
    v.fingerprint = r.certificate.fingerprint;
    v.serial = r.certificate.serial;
    v.subject = r.certificate.subject;
    v.issuer = r.certificate.issuer;
    v.notBefore = r.certificate.notBefore;
    v.notAfter = r.certificate.notAfter;
    v.status = r.status;
    v.boundAt = r.boundAt;
    v.revokedAt = r.revokedAt;
    v.revokeReason = r.revokeReason;
    return v;
}

protocol::AccountView AdminService::view(AccountStore& store, const Account& a)
{
    protocol::AccountView v;
    v.id = a.id;
    v.login = a.login;
    v.fullName = a.fullName;
    v.idNumberMasked = mask::idNumber(a.idNumber);
    v.unit = a.unit;
    v.position = a.position;
    v.phoneMasked = mask::phone(a.phone);
    v.regionCode = a.regionCode;
    v.status = a.status;
    v.statusReason = a.statusReason;
    v.roles = a.roles;
    v.locked = a.lockedUntil.isValid() && a.lockedUntil > m_clock.now();
    v.lockedUntil = v.locked ? a.lockedUntil : QDateTime();
    v.mustChangePassword = a.mustChangePassword;
    v.lastLoginAt = a.lastLoginAt;
    v.createdAt = a.createdAt;
    for (const auto& c : store.certificatesOf(a.id))
        v.certificates.append(certificateView(c, &a));
    v.passwordResetUntil = store.passwordResetUntil(a.id);
    return v;
}

Account AdminService::existing(AccountStore& store, qint64 id)
{
    auto a = store.byId(id);
    if (!a)
        throw DomainError(ErrorCode::NotFound, QStringLiteral("账户不存在。"));
    return *a;
}

void AdminService::refuse(const QString& action, const QString& tgt, const DomainError& error)
{
    UnitOfWork work(m_db, m_clock, m_actor.audit);
    work.audit(action, tgt, QStringLiteral("denied"), error.messageZh());
    work.commit();
    throw error;
}

void AdminService::requireNotSelf(qint64 id, const QString& action)
{
    // seed 004 附件2: no administrator changes their own roles or standing.
    if (id == m_actor.session.account.id)
        refuse(action, target(id),
               DomainError(ErrorCode::Forbidden,
                           QStringLiteral("不能对本人的账户执行此操作，须由其他管理员办理。"),
                           QJsonObject{{QStringLiteral("reason"), QStringLiteral("SELF")}}));
}

QList<protocol::AccountView> AdminService::accounts(const AccountFilter& filter)
{
    AccountStore store(m_db);
    QList<protocol::AccountView> out;
    for (const Account& a : store.list(filter))
        out.append(view(store, a));
    return out;
}

protocol::AccountView AdminService::account(qint64 id)
{
    AccountStore store(m_db);
    return view(store, existing(store, id));
}

protocol::InitialPasswordGrant AdminService::createAccount(const protocol::NewAccountRequest& req,
                                                           const CertificateBinding& certificate)
{
    // Real name (seed 004 §19): the ID number, unit and phone are required here,
    // unlike the bootstrap accounts made on the command line.
    const QString idNumber = normaliseIdNumber(req.idNumber);
    const IdCheck check = checkCitizenId(idNumber, m_clock.now().date());
    if (check != IdCheck::Ok)
        throw DomainError::invalid(QStringLiteral("idNumber"),
                                   QStringLiteral("身份证号码无效：") + idCheckZh(check, IdKind::CitizenId));
    if (req.unit.isEmpty() || req.unit.size() > 100)
        throw DomainError::invalid(QStringLiteral("unit"), QStringLiteral("请填写 1–100 个字符的所在单位。"));
    if (req.position.size() > 50)
        throw DomainError::invalid(QStringLiteral("position"), QStringLiteral("职务不能超过 50 个字符。"));
    if (!validPhone(req.phone))
        throw DomainError::invalid(QStringLiteral("phone"),
                                   QStringLiteral("联系电话应为 11 位手机号或带区号的固定电话。"));
    AccountStore store(m_db);
    if (!store.regionExists(req.regionCode))
        throw DomainError::invalid(QStringLiteral("regionCode"), QStringLiteral("行政区划代码不存在。"));
    if (store.idNumberTaken(idNumber))
        refuse(
            QStringLiteral("account.create"), QStringLiteral("login:") + req.login,
            DomainError(ErrorCode::Conflict,
                        QStringLiteral("该身份证号码已有账户（含已注销账户）：一人只能有一个实名账户。"),
                        QJsonObject{{QStringLiteral("field"), QStringLiteral("idNumber")},
                                    {QStringLiteral("reason"), QStringLiteral("ONE_ACCOUNT_PER_PERSON")}}));

    AccountRequest ar;
    ar.account.login = req.login;
    ar.account.fullName = req.fullName;
    ar.account.idNumber = idNumber;
    ar.account.unit = req.unit;
    ar.account.position = req.position;
    ar.account.phone = req.phone;
    ar.account.regionCode = req.regionCode;
    ar.account.mustChangePassword = true;
    // No roles: least privilege (seed 001 §7); the security admin grants them.
    const CreatedAccount created = AuthService(m_db, m_clock).createAccount(ar, certificate, m_actor.audit);
    return {account(created.id), created.initialPassword};
}

protocol::AccountView AdminService::disable(qint64 id, const QString& reason)
{
    const QString r = requireReason(reason);
    requireNotSelf(id, QStringLiteral("account.disable"));
    AccountStore store(m_db);
    UnitOfWork work(m_db, m_clock, m_actor.audit);
    const Account a = existing(store, id);
    if (a.status != QLatin1String("active"))
        throw invalidState(a.status, QStringLiteral("只有正常账户可以停用"));
    const QDateTime now = m_clock.now();
    store.setStatus(id, QStringLiteral("disabled"), r, now);
    const int ended = store.endSessionsOfAccount(id, QStringLiteral("account disabled"), now);
    work.audit(QStringLiteral("account.disable"), target(id), QStringLiteral("ok"),
               QStringLiteral("reason=%1 sessions_ended=%2").arg(r).arg(ended));
    work.commit();
    return account(id);
}

protocol::AccountView AdminService::enable(qint64 id)
{
    requireNotSelf(id, QStringLiteral("account.enable"));
    AccountStore store(m_db);
    UnitOfWork work(m_db, m_clock, m_actor.audit);
    const Account a = existing(store, id);
    if (a.status != QLatin1String("disabled"))
        throw invalidState(a.status, QStringLiteral("只有已停用的账户可以重新启用（注销不可恢复）"));
    store.setStatus(id, QStringLiteral("active"), QString(), m_clock.now());
    work.audit(QStringLiteral("account.enable"), target(id), QStringLiteral("ok"));
    work.commit();
    return account(id);
}

QStringList AdminService::revokeAll(UnitOfWork& work, AccountStore& store, qint64 accountId,
                                    const QString& reason)
{
    QStringList fingerprints;
    const QDateTime now = m_clock.now();
    for (const auto& c : store.certificatesOf(accountId)) {
        if (c.status != QLatin1String("active"))
            continue;
        store.revokeCertificate(c.id, reason, now);
        store.endSessionsOfCertificate(c.certificate.fingerprint, QStringLiteral("certificate revoked"), now);
        work.audit(QStringLiteral("certificate.revoke"), QStringLiteral("certificate:%1").arg(c.id),
                   QStringLiteral("ok"),
                   QStringLiteral("serial=%1 reason=%2").arg(c.certificate.serial, reason));
        fingerprints.append(c.certificate.fingerprint);
    }
    return fingerprints;
}

RevocationResult AdminService::deregister(qint64 id, const QString& kind, const QString& note)
{
    if (kind != QLatin1String(protocol::kDeregisterTransfer) &&
        kind != QLatin1String(protocol::kDeregisterDeparture))
        throw DomainError::invalid(QStringLiteral("kind"), QStringLiteral("请选择注销原因：调离或离职。"));
    if (note.size() > 200)
        throw DomainError::invalid(QStringLiteral("note"), QStringLiteral("说明不能超过 200 个字符。"));
    requireNotSelf(id, QStringLiteral("account.deregister"));
    AccountStore store(m_db);
    UnitOfWork work(m_db, m_clock, m_actor.audit);
    const Account a = existing(store, id);
    if (a.status == QLatin1String("deregistered"))
        throw invalidState(a.status, QStringLiteral("不能再次注销"));
    const QDateTime now = m_clock.now();
    const QString reason = (kind == QLatin1String(protocol::kDeregisterTransfer) ? QStringLiteral("调离")
                                                                                 : QStringLiteral("离职")) +
                           (note.isEmpty() ? QString() : QStringLiteral("：") + note.trimmed());
    store.setStatus(id, QStringLiteral("deregistered"), reason, now);
    store.endSessionsOfAccount(id, QStringLiteral("account deregistered"), now);
    RevocationResult result;
    result.revokedFingerprints = revokeAll(work, store, id, QStringLiteral("账户注销（%1）").arg(reason));
    work.audit(
        QStringLiteral("account.deregister"), target(id), QStringLiteral("ok"),
        QStringLiteral("kind=%1 certificates_revoked=%2").arg(kind).arg(result.revokedFingerprints.size()));
    work.commit();
    result.account = account(id);
    return result;
}

protocol::AdminChangeOutcome AdminService::resetPassword(qint64 id)
{
    requireNotSelf(id, QStringLiteral("account.password_reset"));
    AccountStore store(m_db);
    const Account a = existing(store, id);
    if (a.status == QLatin1String("deregistered"))
        throw invalidState(a.status, QStringLiteral("不能重置密码"));
    if (isAdministrator(a))
        return openRequest(QLatin1String(protocol::kRequestPasswordReset), a, QString());
    UnitOfWork work(m_db, m_clock, m_actor.audit);
    resetInTransaction(work, store, existing(store, id), QString());
    work.commit();
    return {account(id), std::nullopt};
}

void AdminService::resetInTransaction(UnitOfWork& work, AccountStore& store, const Account& a,
                                      const QString& note)
{
    if (a.status == QLatin1String("deregistered"))
        throw invalidState(a.status, QStringLiteral("不能重置密码"));
    int ended = 0;
    const QDateTime until = PasswordResets(m_db, m_clock).begin(store, a.id, &ended);
    work.audit(QStringLiteral("account.password_reset"), target(a.id), QStringLiteral("ok"),
               QStringLiteral("no password issued; the holder chooses one from a bound certificate until %1; "
                              "sessions_ended=%2%3")
                   .arg(protocol::toWireTime(until))
                   .arg(ended)
                   .arg(note.isEmpty() ? QString() : QStringLiteral("; ") + note));
}

protocol::AccountView AdminService::unlock(qint64 id)
{
    AccountStore store(m_db);
    UnitOfWork work(m_db, m_clock, m_actor.audit);
    const Account a = existing(store, id);
    if (a.status == QLatin1String("deregistered"))
        throw invalidState(a.status, QStringLiteral("不能解锁"));
    store.unlock(id);
    work.audit(QStringLiteral("account.unlock"), target(id), QStringLiteral("ok"),
               a.lockedUntil.isValid()
                   ? QStringLiteral("was locked until %1").arg(protocol::toWireTime(a.lockedUntil))
                   : QStringLiteral("was not locked"));
    work.commit();
    return account(id);
}

RevocationResult AdminService::reportCompromise(qint64 id, const QString& kind, const QString& note)
{
    if (kind != QLatin1String(protocol::kCompromisePassword) &&
        kind != QLatin1String(protocol::kCompromiseCertificate))
        throw DomainError::invalid(QStringLiteral("kind"), QStringLiteral("请选择：口令泄露或证书遗失。"));
    if (note.size() > 200)
        throw DomainError::invalid(QStringLiteral("note"), QStringLiteral("说明不能超过 200 个字符。"));
    requireNotSelf(id, QStringLiteral("account.compromise"));
    AccountStore store(m_db);
    UnitOfWork work(m_db, m_clock, m_actor.audit);
    const Account a = existing(store, id);
    if (a.status == QLatin1String("deregistered"))
        throw invalidState(a.status, QStringLiteral("无需再处理"));
    const QDateTime now = m_clock.now();
    const QString reason =
        (kind == QLatin1String(protocol::kCompromisePassword) ? QStringLiteral("用户报告口令泄露")
                                                              : QStringLiteral("用户报告证书遗失")) +
        (note.isEmpty() ? QString() : QStringLiteral("：") + note.trimmed());
    // seed 004 §22: a leaked password disables the account at once; the certificate goes with it.
    store.setStatus(id, QStringLiteral("disabled"), reason, now);
    store.endSessionsOfAccount(id, QStringLiteral("compromise reported"), now);
    RevocationResult result;
    result.revokedFingerprints = revokeAll(work, store, id, reason);
    work.audit(
        QStringLiteral("account.compromise"), target(id), QStringLiteral("ok"),
        QStringLiteral("kind=%1 certificates_revoked=%2").arg(kind).arg(result.revokedFingerprints.size()));
    work.commit();
    result.account = account(id);
    return result;
}

void AdminService::checkBindable(AccountStore& store, const Account& a, const CertificateBinding& certificate)
{
    if (a.status == QLatin1String("deregistered"))
        throw invalidState(a.status, QStringLiteral("不能绑定证书"));
    if (certificate.notAfter.isValid() && certificate.notAfter <= m_clock.now())
        throw DomainError::invalid(QStringLiteral("certificate"), QStringLiteral("该证书已过期，不能绑定。"));
    if (store.certificateKnown(certificate.fingerprint))
        throw DomainError(ErrorCode::Conflict, QStringLiteral("该证书已绑定过账户（证书不可重复使用）。"),
                          QJsonObject{{QStringLiteral("field"), QStringLiteral("certificate")}});
}

protocol::AdminChangeOutcome
AdminService::bindCertificate(qint64 accountId, const CertificateBinding& certificate, const QByteArray& file)
{
    AccountStore store(m_db);
    const Account a = existing(store, accountId);
    checkBindable(store, a, certificate);
    if (isAdministrator(a))
        return openRequest(QLatin1String(protocol::kRequestCertificateBind), a,
                           QString::fromLatin1(file.toBase64()));
    UnitOfWork work(m_db, m_clock, m_actor.audit);
    bindInTransaction(work, store, existing(store, accountId), certificate, QString());
    work.commit();
    return {account(accountId), std::nullopt};
}

void AdminService::bindInTransaction(UnitOfWork& work, AccountStore& store, const Account& a,
                                     const CertificateBinding& certificate, const QString& note)
{
    checkBindable(store, a, certificate); // again inside the write lock
    store.bindCertificate(a.id, certificate, m_clock.now());
    work.audit(QStringLiteral("certificate.bind"), target(a.id), QStringLiteral("ok"),
               QStringLiteral("serial=%1 subject=%2%3")
                   .arg(certificate.serial, certificate.subject,
                        note.isEmpty() ? QString() : QStringLiteral("; ") + note));
}

QList<protocol::CertificateView> AdminService::certificates()
{
    AccountStore store(m_db);
    QList<protocol::CertificateView> out;
    QHash<qint64, Account> owners;
    for (const auto& c : store.allCertificates()) {
        if (!owners.contains(c.accountId))
            owners.insert(c.accountId, existing(store, c.accountId));
        out.append(certificateView(c, &owners[c.accountId]));
    }
    return out;
}

QList<protocol::CertificateView> AdminService::expiringCertificates(int days)
{
    if (days < 1 || days > 365)
        throw DomainError::invalid(QStringLiteral("days"), QStringLiteral("天数应为 1–365。"));
    AccountStore store(m_db);
    QList<protocol::CertificateView> out;
    for (const auto& c : store.certificatesExpiringBefore(m_clock.now().addDays(days))) {
        const Account owner = existing(store, c.accountId);
        if (owner.status != QLatin1String("deregistered"))
            out.append(certificateView(c, &owner));
    }
    return out;
}

RevocationResult AdminService::revokeCertificate(qint64 certificateId, const QString& reason)
{
    const QString r = requireReason(reason);
    AccountStore store(m_db);
    UnitOfWork work(m_db, m_clock, m_actor.audit);
    const auto c = store.certificate(certificateId);
    if (!c)
        throw DomainError(ErrorCode::NotFound, QStringLiteral("证书不存在。"));
    if (c->status != QLatin1String("active"))
        throw DomainError(ErrorCode::InvalidState, QStringLiteral("该证书已吊销。"),
                          QJsonObject{{QStringLiteral("state"), c->status}});
    const QDateTime now = m_clock.now();
    store.revokeCertificate(certificateId, r, now);
    const int ended = store.endSessionsOfCertificate(c->certificate.fingerprint,
                                                     QStringLiteral("certificate revoked"), now);
    work.audit(
        QStringLiteral("certificate.revoke"), QStringLiteral("certificate:%1").arg(certificateId),
        QStringLiteral("ok"),
        QStringLiteral("serial=%1 reason=%2 sessions_ended=%3").arg(c->certificate.serial, r).arg(ended));
    work.commit();
    return {account(c->accountId), {c->certificate.fingerprint}};
}

protocol::AccountView AdminService::assignRoles(qint64 id, const protocol::RoleAssignment& assignment)
{
    const QString action = QStringLiteral("account.roles");
    requireNotSelf(id, action);
    QSet<Role> roles;
    QStringList codes;
    for (const QString& code : assignment.roles) {
        const auto r = roleFromCode(code);
        if (!r)
            throw DomainError::invalid(QStringLiteral("roles"), QStringLiteral("未知角色：%1。").arg(code));
        if (!roles.contains(*r))
            codes.append(code);
        roles.insert(*r);
    }
    codes.sort();
    if (const auto conflict = findRoleConflict(roles))
        refuse(action, target(id),
               DomainError(ErrorCode::ValidationFailed,
                           QStringLiteral("职责分离：%1与%2不得由同一账户担任。")
                               .arg(roleNameZh(conflict->first), roleNameZh(conflict->second)),
                           QJsonObject{{QStringLiteral("field"), QStringLiteral("roles")},
                                       {QStringLiteral("reason"), QStringLiteral("ROLE_CONFLICT")},
                                       {QStringLiteral("conflict"),
                                        QJsonArray{roleCode(conflict->first), roleCode(conflict->second)}}}));
    AccountStore store(m_db);
    if (!isValidRegionCode(assignment.regionCode) || !store.regionExists(assignment.regionCode))
        throw DomainError::invalid(QStringLiteral("regionCode"),
                                   QStringLiteral("请选择存在的行政区划作为辖区。"));
    UnitOfWork work(m_db, m_clock, m_actor.audit);
    const Account a = existing(store, id);
    if (a.status == QLatin1String("deregistered"))
        throw invalidState(a.status, QStringLiteral("不能再授予角色"));
    store.setRoles(id, codes, m_clock.now());
    store.setRegion(id, assignment.regionCode);
    work.audit(action, target(id), QStringLiteral("ok"),
               QStringLiteral("roles %1 -> %2; region %3 -> %4")
                   .arg(a.roles.join(QLatin1Char(',')), codes.join(QLatin1Char(',')), a.regionCode,
                        assignment.regionCode));
    work.commit();
    return account(id);
}

QStringList AdminService::policyRefusals(const PasswordPolicy& p)
{
    QStringList out = policyProblemsZh(p);
    // Never weaker than SPEC §8 / seed 000 §10 (定期更换登陆口令), and within what is workable.
    if (p.minLength > 64)
        out.append(QStringLiteral("密码最小长度不得超过 64 个字符"));
    if (p.maxAgeDays == 0 || p.maxAgeDays > 180)
        out.append(QStringLiteral("密码须定期更换：有效期应为 1–180 天"));
    if (p.lockoutThreshold > 10)
        out.append(QStringLiteral("锁定阈值不得超过 10 次"));
    if (p.lockoutMinutes > 24 * 60)
        out.append(QStringLiteral("锁定时长不得超过 1440 分钟"));
    if (p.idleTimeoutMinutes > 120)
        out.append(QStringLiteral("会话空闲超时不得超过 120 分钟"));
    return out;
}

PasswordPolicy AdminService::setPolicy(const PasswordPolicy& policy)
{
    const QStringList problems = policyRefusals(policy);
    if (!problems.isEmpty())
        refuse(QStringLiteral("policy.change"), QStringLiteral("policy:password"),
               DomainError(
                   ErrorCode::ValidationFailed,
                   QStringLiteral("安全策略不得低于规定要求：%1。").arg(problems.join(QStringLiteral("；"))),
                   QJsonObject{{QStringLiteral("field"), QStringLiteral("policy")},
                               {QStringLiteral("reason"), QStringLiteral("POLICY_BELOW_MINIMUM")}}));
    AccountStore store(m_db);
    UnitOfWork work(m_db, m_clock, m_actor.audit);
    const PasswordPolicy before = store.policy();
    store.setPolicy(policy, m_clock.now());
    work.audit(QStringLiteral("policy.change"), QStringLiteral("policy:password"), QStringLiteral("ok"),
               QStringLiteral("%1 -> %2").arg(policyJson(before), policyJson(policy)));
    work.commit();
    return store.policy();
}

QList<protocol::StaleAccount> AdminService::staleAccounts(int days)
{
    if (days < 30 || days > 3650)
        throw DomainError::invalid(QStringLiteral("days"), QStringLiteral("闲置天数应为 30–3650。"));
    AccountStore store(m_db);
    const QDateTime now = m_clock.now();
    QList<protocol::StaleAccount> out;
    for (const Account& a : store.unusedSince(now.addDays(-days))) {
        const QDateTime used = a.lastLoginAt.isValid() ? a.lastLoginAt : a.createdAt;
        out.append({view(store, a), used, int(used.daysTo(now))});
    }
    return out;
}

QList<protocol::RegionView> AdminService::regions()
{
    QList<protocol::RegionView> out;
    for (const auto& r : AccountStore(m_db).regions())
        out.append({r.code, r.name, r.level});
    return out;
}

} // namespace cp::server
