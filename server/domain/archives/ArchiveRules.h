// The archive rules that need no database: which loan and destruction step each
// state allows, due dates, overdue days, retention, and who may borrow.
// seed 003 附件1.七, 附件2.八; seed 004 §25–31 (the originals win over SPEC §6).
#pragma once

#include "Roles.h"
#include "domain/DomainError.h"

#include <QDate>
#include <QSet>
#include <QString>
#include <optional>

namespace cp::server::archives {

// Item status.
inline const QString kUnfiled = QStringLiteral("unfiled");
inline const QString kFiled = QStringLiteral("filed");
inline const QString kDestroyed = QStringLiteral("destroyed");

// Loan states: requested → approved → checked_out → returned; rejected / cancelled close it.
inline const QString kRequested = QStringLiteral("requested");
inline const QString kApproved = QStringLiteral("approved");
inline const QString kRejected = QStringLiteral("rejected");
inline const QString kCancelled = QStringLiteral("cancelled");
inline const QString kCheckedOut = QStringLiteral("checked_out");
inline const QString kReturned = QStringLiteral("returned");

inline const QString kOnSite = QStringLiteral("on_site");   // 现场查阅 (004 §29: the default)
inline const QString kTakeOut = QStringLiteral("take_out"); // 借出 (004 §29: the leader approves first)

// Destruction states: proposed → checked → approved → destroyed; rejected closes it.
inline const QString kProposed = QStringLiteral("proposed");
inline const QString kChecked = QStringLiteral("checked");
inline const QString kDestructionApproved = QStringLiteral("approved");
inline const QString kDestructionRejected = QStringLiteral("rejected");
inline const QString kExecuted = QStringLiteral("destroyed");

constexpr int kMinRetentionYears = 5; // 附件1.七(二) "保管期限为五年": configurable, never shorter
constexpr int kMaxTakeOutDays = 30;   // "务必定期归还" (004 §29): one month at most per period
constexpr int kMaxRenewals = 2;       // each renewal approved again by the leader
constexpr int kMaxItemsPerLoan = 20;
constexpr int kMaxItemsPerList = 500;

enum class LoanStep { Approve, Reject, Cancel, CheckOut, Renew, Return };
enum class DestructionStep { Check, Approve, Reject, Execute };

bool loanStepAllowed(LoanStep step, const QString& state);
bool destructionStepAllowed(DestructionStep step, const QString& state);
QString loanStateZh(const QString& state);
QString loanStepZh(LoanStep step);
QString destructionStateZh(const QString& state);
QString destructionStepZh(DestructionStep step);
QString itemStatusZh(const QString& status);
QString modeZh(const QString& mode);
QString conditionZh(const QString& condition);

/// INVALID_STATE naming the current state (details.state) and the refused step.
DomainError wrongLoanState(const QString& number, const QString& state, LoanStep step);
DomainError wrongDestructionState(const QString& number, const QString& state, DestructionStep step);

/// Days past the due date on `today` (0 if not overdue or not checked out).
int overdueDays(const QString& state, const QDate& dueDate, const QDate& today);

/// Filing date + years (附件1.七(二): five years); invalid date = permanent.
QDate retentionUntil(const QDate& filedOn, std::optional<int> years);

/// seed 004 §27 "不许将档案内容泄露给无关人员", 003 附件1.七(四) "严格限定范围": only the
/// credit centre's own desk staff may borrow — window clerks, credit officers, approvers
/// and archivists. Department users (other bodies), administrators and the auditor may not.
bool mayBorrow(const QSet<Role>& roles);
/// 004 §30 "专人清点、核对": the named checker is an archivist.
bool mayCheckDestruction(const QSet<Role>& roles);

/// A text field: trimmed, required, bounded; VALIDATION_FAILED naming the field.
QString requiredText(const QString& field, const QString& value, int maxLength, const QString& label);

} // namespace cp::server::archives
