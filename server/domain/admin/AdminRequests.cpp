// Two-person control of the administrators' own accounts (attack review, issue 11
// finding 3): the system administrator used to reset the security administrator's or the
// auditor's password (and read the one-time password) and bind a certificate of their own
// to that account, then act as them. Now a reset or a certificate binding of an account
// holding an administrator role is a request (admin_requests) that takes effect only when
// an administrator of another post confirms it: neither the requester nor the account's
// holder (seed 004 附件2 §3, §10: three separate posts, the auditor supervising the other
// administrators' actions; §15: request, approval by the one responsible, then the change,
// recorded; §19: the approval is kept). Requests lapse after kRequestDays; every step and
// every refusal is in the audit chain.
#include "domain/admin/AdminService.h"

#include "Roles.h"
#include "domain/UnitOfWork.h"
#include "domain/admin/CertificateFile.h"
#include "store/Database.h"

#include <QSet>
#include <array>

namespace cp::server {
namespace {

using protocol::ErrorCode;

const std::array kAdministratorRoles{Role::SystemAdmin, Role::SecurityAdmin, Role::SecurityAuditor};

QString requestTarget(qint64 id)
{
    return QStringLiteral("admin_request:%1").arg(id);
}

QString kindZh(const QString& kind)
{
    return kind == QLatin1String(protocol::kRequestPasswordReset) ? QStringLiteral("重置密码")
                                                                  : QStringLiteral("绑定证书");
}

QString statusZh(const QString& status)
{
    if (status == QLatin1String("confirmed"))
        return QStringLiteral("已确认");
    if (status == QLatin1String("rejected"))
        return QStringLiteral("已驳回");
    if (status == QLatin1String("expired"))
        return QStringLiteral("已过期");
    return status;
}

} // namespace

bool AdminService::isAdministrator(const Account& a)
{
    for (Role r : kAdministratorRoles)
        if (a.roles.contains(roleCode(r)))
            return true;
    return false;
}

protocol::AdminChangeOutcome AdminService::openRequest(const QString& kind, const Account& target,
                                                       const QString& certificateFile)
{
    const QDateTime now = m_clock.now();
    AdminRequestStore requests(m_db);
    UnitOfWork work(m_db, m_clock, m_actor.audit);
    if (const auto open = requests.openFor(kind, target.id, now))
        throw DomainError(
            ErrorCode::Conflict,
            QStringLiteral("该账户已有一项待确认的%1申请（第 %2 号），请等待其他管理员确认或驳回。")
                .arg(kindZh(kind))
                .arg(open->id),
            QJsonObject{{QStringLiteral("reason"), QStringLiteral("REQUEST_PENDING")},
                        {QStringLiteral("requestId"), open->id}});
    AdminRequestRecord r;
    r.kind = kind;
    r.targetAccountId = target.id;
    r.requestedBy = m_actor.session.account.id;
    r.requestedAt = now;
    r.expiresAt = now.addDays(kRequestDays);
    r.certificateFile = certificateFile;
    r.id = requests.insert(r);
    const bool reset = kind == QLatin1String(protocol::kRequestPasswordReset);
    work.audit(
        reset ? QStringLiteral("account.password_reset") : QStringLiteral("certificate.bind"),
        QStringLiteral("account:%1").arg(target.id), QStringLiteral("requested"),
        QStringLiteral("request=%1: an administrator's account; takes effect when another administrator "
                       "confirms it")
            .arg(r.id));
    work.commit();
    AccountStore store(m_db);
    return {account(target.id), requestView(store, *requests.byId(r.id))};
}

void AdminService::requireSecondAdministrator(AccountStore& store, const AdminRequestRecord& r)
{
    const QString action = QStringLiteral("admin_request.confirm");
    const Account& me = m_actor.session.account;
    auto deny = [&](const char* reason, const QString& message) {
        refuse(action, requestTarget(r.id),
               DomainError(ErrorCode::Forbidden, message,
                           QJsonObject{{QStringLiteral("reason"), QLatin1String(reason)}}));
    };
    if (me.id == r.requestedBy)
        deny("SAME_PERSON", QStringLiteral("申请人不能确认自己的申请：须由另一名管理员确认。"));
    if (me.id == r.targetAccountId)
        deny("SELF", QStringLiteral("不能确认针对本人账户的申请，须由其他管理员办理。"));
    // "The other one of the three": a colleague in the requester's own post is no second check.
    const auto requester = store.byId(r.requestedBy);
    bool otherPost = false;
    for (Role role : kAdministratorRoles)
        otherPost = otherPost || (me.roles.contains(roleCode(role)) &&
                                  !(requester && requester->roles.contains(roleCode(role))));
    if (!otherPost)
        deny("SAME_POST",
             QStringLiteral("须由与申请人不同岗位的管理员（系统管理员、安全管理员、安全审计员）确认。"));
}

QList<protocol::AdminRequestView> AdminService::requests(const QString& status)
{
    if (!status.isEmpty() && status != QLatin1String("pending") && status != QLatin1String("expired") &&
        status != QLatin1String("confirmed") && status != QLatin1String("rejected"))
        throw DomainError::invalid(QStringLiteral("status"), QStringLiteral("未知的申请状态。"));
    AccountStore store(m_db);
    QList<protocol::AdminRequestView> out;
    for (const auto& r : AdminRequestStore(m_db).list(status, m_clock.now()))
        out.append(requestView(store, r));
    return out;
}

protocol::AdminRequestView AdminService::confirmRequest(qint64 requestId, const CertificateCheck& check)
{
    AdminRequestStore requests(m_db);
    AccountStore store(m_db);
    const auto r = requests.byId(requestId);
    if (!r)
        throw DomainError(ErrorCode::NotFound, QStringLiteral("申请不存在。"));
    const QString shown = r->shownStatus(m_clock.now());
    if (shown != QLatin1String("pending"))
        throw DomainError(ErrorCode::InvalidState,
                          QStringLiteral("该申请%1，不能再确认。").arg(statusZh(shown)),
                          QJsonObject{{QStringLiteral("state"), shown}});
    requireSecondAdministrator(store, *r);
    const bool bind = r->kind == QLatin1String(protocol::kRequestCertificateBind);
    std::optional<CertificateBinding> certificate;
    if (bind) // the CRL may have changed since the request
        certificate = check(QByteArray::fromBase64(r->certificateFile.toLatin1()));
    const auto requester = store.byId(r->requestedBy);
    const QString note = QStringLiteral("request=%1 requested by %2, confirmed by %3")
                             .arg(r->id)
                             .arg(requester ? requester->login : QString(), m_actor.session.account.login);

    UnitOfWork work(m_db, m_clock, m_actor.audit);
    const QDateTime now = m_clock.now();
    if (!requests.decide(r->id, QStringLiteral("confirmed"), m_actor.session.account.id, now, QString()))
        throw DomainError(ErrorCode::InvalidState, QStringLiteral("该申请已被其他管理员处理。"));
    const Account target = existing(store, r->targetAccountId);
    if (bind)
        bindInTransaction(work, store, target, *certificate, note);
    else
        resetInTransaction(work, store, target, note);
    work.audit(QStringLiteral("admin_request.confirm"), requestTarget(r->id), QStringLiteral("ok"),
               QStringLiteral("kind=%1 account=%2 requested_by=%3")
                   .arg(r->kind)
                   .arg(r->targetAccountId)
                   .arg(requester ? requester->login : QString()));
    work.commit();
    return requestView(store, *requests.byId(r->id));
}

protocol::AdminRequestView AdminService::rejectRequest(qint64 requestId, const QString& reason)
{
    const QString why = reason.trimmed();
    if (why.isEmpty() || why.size() > 200)
        throw DomainError::invalid(QStringLiteral("reason"),
                                   QStringLiteral("请填写 1–200 个字符的驳回原因。"));
    AdminRequestStore requests(m_db);
    AccountStore store(m_db);
    const auto r = requests.byId(requestId);
    if (!r)
        throw DomainError(ErrorCode::NotFound, QStringLiteral("申请不存在。"));
    if (m_actor.session.account.id == r->targetAccountId)
        refuse(QStringLiteral("admin_request.reject"), requestTarget(r->id),
               DomainError(ErrorCode::Forbidden,
                           QStringLiteral("不能处理针对本人账户的申请，须由其他管理员办理。"),
                           QJsonObject{{QStringLiteral("reason"), QStringLiteral("SELF")}}));
    const QString shown = r->shownStatus(m_clock.now());
    if (shown != QLatin1String("pending"))
        throw DomainError(ErrorCode::InvalidState,
                          QStringLiteral("该申请%1，不能再驳回。").arg(statusZh(shown)),
                          QJsonObject{{QStringLiteral("state"), shown}});
    UnitOfWork work(m_db, m_clock, m_actor.audit);
    if (!requests.decide(r->id, QStringLiteral("rejected"), m_actor.session.account.id, m_clock.now(), why))
        throw DomainError(ErrorCode::InvalidState, QStringLiteral("该申请已被其他管理员处理。"));
    work.audit(QStringLiteral("admin_request.reject"), requestTarget(r->id), QStringLiteral("ok"),
               QStringLiteral("kind=%1 account=%2 reason=%3").arg(r->kind).arg(r->targetAccountId).arg(why));
    work.commit();
    return requestView(store, *requests.byId(r->id));
}

protocol::AdminRequestView AdminService::requestView(AccountStore& store, const AdminRequestRecord& r)
{
    protocol::AdminRequestView v;
    v.id = r.id;
    v.kind = r.kind;
    v.targetAccountId = r.targetAccountId;
    if (const auto t = store.byId(r.targetAccountId)) {
        v.targetLogin = t->login;
        v.targetName = t->fullName;
        v.targetRoles = t->roles;
    }
    if (const auto by = store.byId(r.requestedBy)) {
        v.requestedByLogin = by->login;
        v.requestedByName = by->fullName;
    }
    v.requestedAt = r.requestedAt;
    v.expiresAt = r.expiresAt;
    v.status = r.shownStatus(m_clock.now());
    if (!r.certificateFile.isEmpty()) {
        // What the confirming administrator checks against the holder's certificate.
        const ParsedCertificate parsed =
            parseCertificateFile(QByteArray::fromBase64(r.certificateFile.toLatin1()));
        v.certificate.accountId = r.targetAccountId;
        v.certificate.fingerprint = parsed.binding.fingerprint;
        v.certificate.serial = parsed.binding.serial;
        v.certificate.subject = parsed.binding.subject;
        v.certificate.issuer = parsed.binding.issuer;
        v.certificate.notBefore = parsed.binding.notBefore;
        v.certificate.notAfter = parsed.binding.notAfter;
        v.certificate.status = QStringLiteral("requested");
    }
    if (r.decidedBy > 0)
        if (const auto d = store.byId(r.decidedBy))
            v.decidedByLogin = d->login;
    v.decidedAt = r.decidedAt;
    v.decisionNote = r.decisionNote;
    return v;
}

} // namespace cp::server
