// The dispute rules that need no database: which step each state allows, the
// deadlines, who may apply, which materials each application needs.
// seed 003 附件2 (the original wins over SPEC §5).
#pragma once

#include "DisputeMaterials.h"
#include "DisputeProtocol.h"
#include "WorkingDayCalendar.h"
#include "domain/DomainError.h"
#include "domain/InputChecks.h"

#include <QDate>
#include <QStringList>

namespace cp::server::disputes {

// Case states, in order. An approver may send a submitted result back to "verified".
inline const QString kAccepted = QStringLiteral("accepted");                // 已受理，待核查
inline const QString kVerified = QStringLiteral("verified");                // 已核查，待出具结果
inline const QString kResultSubmitted = QStringLiteral("result_submitted"); // 结果报告待核准
inline const QString kApproved = QStringLiteral("approved");                // 已核准，待送达
inline const QString kDelivered = QStringLiteral("delivered");              // 已送达，办结

// Mark states ("申请人存疑"); "expired" is derived from mark_until, never stored.
inline const QString kMarkAccepted = QStringLiteral("accepted");
inline const QString kMarkSet = QStringLiteral("set");
inline const QString kMarkExpired = QStringLiteral("expired");
inline const QString kMarkRevocationAccepted = QStringLiteral("revocation_accepted");
inline const QString kMarkRevoked = QStringLiteral("revoked");

constexpr int kCaseCalendarDays = 30;        // 附件2.三 "30日内办理完毕" (calendar days)
constexpr int kMaxExtensionWorkingDays = 15; // 附件2.三 "最长不得超过15个工作日", approved, once
constexpr int kMarkApplicationWorkingDays = 5; // 附件2.六(三) "领取报告后5个工作日内"
constexpr int kMarkSetWorkingDays = 7;         // 附件2.三 "自受理之日起7个工作日内办理完毕"
constexpr int kRevocationWorkingDays = 5;      // 附件2.七(三) "5个工作日内撤销"
constexpr int kMarkKeptDays = 30;              // 附件2.六(五) "该标注保留30日"
constexpr qint64 kMaxMaterialBytes = protocol::kMaxDisputeMaterialBytes; // shared/DisputeMaterials.h
constexpr qint64 kMaxMaterialsTotalBytes = protocol::kMaxDisputeMaterialsTotalBytes; // likewise
constexpr int kMaxMaterials = protocol::kMaxDisputeMaterials;                        // likewise
constexpr int kMaxRecordsPerCase = 50;

/// The steps of a case; the route decides the role, this decides the state.
enum class CaseStep { Verify, SubmitResult, Approve, Return, Extend, Deliver, Reprint, ApplyMark };

bool stepAllowed(CaseStep step, const QString& state);
QString stepZh(CaseStep step);
QString caseStateZh(const QString& state);
QString markStateZh(const QString& state);
QString outcomeZh(const QString& outcome);

/// INVALID_STATE naming the case's current state and the refused step.
DomainError wrongState(const QString& caseNumber, const QString& state, CaseStep step);

// Deadlines. Working days count from the day after `from` (WorkingDayCalendar::addWorkingDays).
inline QDate caseDueDate(const QDate& accepted)
{
    return accepted.addDays(kCaseCalendarDays);
}
inline QDate markUntil(const QDate& setOn)
{
    return setOn.addDays(kMarkKeptDays);
}
QDate markApplicationDeadline(const WorkingDayCalendar& cal, const QDate& delivered);
QDate markSetDueDate(const WorkingDayCalendar& cal, const QDate& accepted);
QDate revocationDueDate(const WorkingDayCalendar& cal, const QDate& accepted);

/// Stage of an application at the window: "dispute", "mark" or "revocation".
/// 附件2.四(一), 六(三), 七(一): the person's ID; for a legal person also the sealed
/// organisation-code copy and letter of agency; the form; for a dispute, evidence.
/// The rule is shared with the client: protocol::requiredDisputeMaterials.
QStringList requiredMaterials(const QString& stage, const QString& subjectKind);
QString materialKindZh(const QString& kind);

/// The applicant, normalised, or VALIDATION_FAILED naming "applicant.<field>".
/// A natural person applies in person with their own citizen ID; a legal person
/// through an agent with a valid ID (附件2.四(一)).
protocol::DisputeApplicant checkedApplicant(const protocol::DisputeApplicant& in,
                                            const protocol::SubjectSummary& subject);

/// Kinds, encodings, each file (checkUploadedFile), the total size and the
/// kinds the stage requires (MATERIALS_INCOMPLETE with details.missing).
void checkMaterials(const QList<protocol::DisputeMaterialUpload>& materials, const QString& stage,
                    const QString& subjectKind);

/// A text field: trimmed, required, bounded; VALIDATION_FAILED naming the field.
using cp::server::requiredText;

} // namespace cp::server::disputes
