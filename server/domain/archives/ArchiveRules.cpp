#include "domain/archives/ArchiveRules.h"

namespace cp::server::archives {

using protocol::ErrorCode;

bool loanStepAllowed(LoanStep step, const QString& state)
{
    switch (step) {
    case LoanStep::Approve:
    case LoanStep::Reject:
        return state == kRequested;
    case LoanStep::Cancel:
        return state == kRequested || state == kApproved;
    case LoanStep::CheckOut:
        return state == kApproved; // no approval → no check-out (004 §29)
    case LoanStep::Renew:
    case LoanStep::Return:
        return state == kCheckedOut;
    }
    return false;
}

bool destructionStepAllowed(DestructionStep step, const QString& state)
{
    switch (step) {
    case DestructionStep::Check:
        return state == kProposed;
    case DestructionStep::Approve:
        return state == kChecked; // counted and checked before the leader approves (004 §30)
    case DestructionStep::Reject:
        return state == kProposed || state == kChecked;
    case DestructionStep::Execute:
        return state == kDestructionApproved;
    }
    return false;
}

QString loanStateZh(const QString& s)
{
    if (s == kRequested)
        return QStringLiteral("待审批");
    if (s == kApproved)
        return QStringLiteral("已批准，待出借");
    if (s == kRejected)
        return QStringLiteral("未获批准");
    if (s == kCancelled)
        return QStringLiteral("已撤销");
    if (s == kCheckedOut)
        return QStringLiteral("借出中");
    if (s == kReturned)
        return QStringLiteral("已归还");
    return s;
}

QString loanStepZh(LoanStep step)
{
    switch (step) {
    case LoanStep::Approve:
        return QStringLiteral("批准借阅");
    case LoanStep::Reject:
        return QStringLiteral("不予批准");
    case LoanStep::Cancel:
        return QStringLiteral("撤销借阅申请");
    case LoanStep::CheckOut:
        return QStringLiteral("登记出借");
    case LoanStep::Renew:
        return QStringLiteral("续借");
    case LoanStep::Return:
        return QStringLiteral("登记归还");
    }
    return {};
}

QString destructionStateZh(const QString& s)
{
    if (s == kProposed)
        return QStringLiteral("待清点核对");
    if (s == kChecked)
        return QStringLiteral("已核对，待审批");
    if (s == kDestructionApproved)
        return QStringLiteral("已批准，待销毁");
    if (s == kDestructionRejected)
        return QStringLiteral("未获批准");
    if (s == kExecuted)
        return QStringLiteral("已销毁");
    return s;
}

QString destructionStepZh(DestructionStep step)
{
    switch (step) {
    case DestructionStep::Check:
        return QStringLiteral("清点核对");
    case DestructionStep::Approve:
        return QStringLiteral("批准销毁");
    case DestructionStep::Reject:
        return QStringLiteral("不予批准");
    case DestructionStep::Execute:
        return QStringLiteral("登记销毁");
    }
    return {};
}

QString itemStatusZh(const QString& s)
{
    if (s == kUnfiled)
        return QStringLiteral("待归档");
    if (s == kFiled)
        return QStringLiteral("已归档");
    if (s == kDestroyed)
        return QStringLiteral("已销毁");
    return s;
}

QString modeZh(const QString& mode)
{
    return mode == kTakeOut ? QStringLiteral("借出") : QStringLiteral("现场查阅");
}

QString conditionZh(const QString& c)
{
    if (c == QLatin1String("intact"))
        return QStringLiteral("完好");
    if (c == QLatin1String("damaged"))
        return QStringLiteral("破损");
    if (c == QLatin1String("incomplete"))
        return QStringLiteral("缺页/不全");
    return c;
}

DomainError wrongLoanState(const QString& number, const QString& state, LoanStep step)
{
    return DomainError(ErrorCode::InvalidState,
                       QStringLiteral("借阅单 %1 当前状态为“%2”，不能%3。")
                           .arg(number, loanStateZh(state), loanStepZh(step)),
                       {{QStringLiteral("state"), state}});
}

DomainError wrongDestructionState(const QString& number, const QString& state, DestructionStep step)
{
    return DomainError(ErrorCode::InvalidState,
                       QStringLiteral("销毁清册 %1 当前状态为“%2”，不能%3。")
                           .arg(number, destructionStateZh(state), destructionStepZh(step)),
                       {{QStringLiteral("state"), state}});
}

int overdueDays(const QString& state, const QDate& dueDate, const QDate& today)
{
    if (state != kCheckedOut || !dueDate.isValid() || today <= dueDate)
        return 0;
    return int(dueDate.daysTo(today));
}

QDate retentionUntil(const QDate& filedOn, std::optional<int> years)
{
    if (!years)
        return {};
    return filedOn.addYears(*years);
}

bool mayBorrow(const QSet<Role>& roles)
{
    if (roles.contains(Role::SecurityAuditor) || roles.contains(Role::SystemAdmin) ||
        roles.contains(Role::SecurityAdmin))
        return false;
    return roles.contains(Role::WindowClerk) || roles.contains(Role::CreditOfficer) ||
           roles.contains(Role::Approver) || roles.contains(Role::Archivist);
}

bool mayCheckDestruction(const QSet<Role>& roles)
{
    return roles.contains(Role::Archivist);
}

QString requiredText(const QString& field, const QString& value, int maxLength, const QString& label)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        throw DomainError::invalid(field, QStringLiteral("请填写%1。").arg(label));
    if (v.size() > maxLength)
        throw DomainError::invalid(field, QStringLiteral("%1不能超过 %2 个字。").arg(label).arg(maxLength));
    return v;
}

} // namespace cp::server::archives
