// Archives 档案 over /api/v1/archives (SPEC §6; seed 003 附件1.七, 附件2.八;
// seed 004 §25–31): archive items and their filing, loans, the destruction
// register, histories and reminders. Shapes shared by server and client.
#pragma once

#include "WalkInProtocol.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace cp::protocol {

/// Where a volume stands: room / cabinet / shelf (附件1.七(三) a dedicated cabinet).
struct ArchiveLocation
{
    QString room;
    QString cabinet;
    QString shelf;

    QJsonObject toJson() const;
    static ArchiveLocation fromJson(const QJsonObject& o);
};

/// One scanned material of an item; erased once the item is destroyed.
struct ArchiveMaterial
{
    qint64 id = 0;
    QString kind;
    QString fileName;
    QString mimeType;
    qint64 sizeBytes = 0;
    QString sha256;
    QDateTime uploadedAt;
    QDateTime erasedAt; // valid once the bytes are gone

    QJsonObject toJson() const;
    static ArchiveMaterial fromJson(const QJsonObject& o);
};

/// One step of the history (per item, per person).
struct ArchiveEvent
{
    QDateTime at;
    QString action; // created | filed | loan_requested | loan_approved | … | destroyed
    QString actorName;
    QString personName; // borrower or checker concerned, if any
    qint64 itemId = 0;
    QString itemTitle;
    QString loanNumber;
    QString destructionNumber;
    QString detail;

    QJsonObject toJson() const;
    static ArchiveEvent fromJson(const QJsonObject& o);
};

struct ArchiveItem
{
    qint64 id = 0;
    QString sourceKind;   // walkin | dispute | destruction
    QString sourceNumber; // application, case or destruction-list number
    QString title;
    QDateTime createdAt;
    QString status; // unfiled | filed | destroyed
    QString volumeNumber;
    ArchiveLocation location;
    QDateTime filedAt;
    QString filedByName;
    QDate retentionUntil; // invalid = permanent or not yet filed
    bool permanent = false;
    bool retentionExpired = false;
    QString loanNumber; // the loan holding the item now (checked out), if any
    QString destructionNumber;
    QDateTime destroyedAt;
    int materialCount = 0;
    QList<ArchiveMaterial> materials; // item detail only
    QList<ArchiveEvent> history;      // item detail only

    QJsonObject toJson() const;
    static ArchiveItem fromJson(const QJsonObject& o);
};

/// POST /api/v1/archives/items/filing — file items into a volume (卷) at a place.
struct FilingInput
{
    QList<qint64> itemIds;
    QString volumeNumber;
    ArchiveLocation location;

    QJsonObject toJson() const;
    static FilingInput fromJson(const QJsonObject& o);
};

struct LoanItem
{
    qint64 itemId = 0;
    QString title;
    QString volumeNumber;
    QString condition; // on return: intact | damaged | incomplete
    QString conditionNote;

    QJsonObject toJson() const;
    static LoanItem fromJson(const QJsonObject& o);
};

struct ArchiveLoan
{
    qint64 id = 0;
    QString number; // "JY20261201-0001"
    qint64 borrowerId = 0;
    QString borrowerName;
    QString mode; // on_site | take_out
    QString purpose;
    QDate requestedReturn;
    QString state; // requested | approved | rejected | cancelled | checked_out | returned
    QString requestedByName;
    QDateTime requestedAt;
    qint64 approverId = 0;
    QString approverName;
    QDateTime decidedAt;
    QString decisionNote;
    QString checkedOutByName;
    QDateTime checkedOutAt;
    QDate dueDate;
    int renewals = 0;
    QString returnedByName;
    QDateTime returnedAt;
    QString returnNote;
    QString slipNumber;
    int overdueDays = 0; // > 0 while checked out past its due date
    QList<LoanItem> items;

    QJsonObject toJson() const;
    static ArchiveLoan fromJson(const QJsonObject& o);
};

/// POST /api/v1/archives/loans
struct LoanRequestInput
{
    QList<qint64> itemIds;
    qint64 borrowerId = 0;
    QString purpose;
    QString mode;
    QDate requestedReturn;

    QJsonObject toJson() const;
    static LoanRequestInput fromJson(const QJsonObject& o);
};

/// POST /api/v1/archives/loans/{id}/return — the condition of every item.
struct LoanReturnInput
{
    QList<LoanItem> items; // itemId, condition, conditionNote
    QString note;

    QJsonObject toJson() const;
    static LoanReturnInput fromJson(const QJsonObject& o);
};

/// A loan step's answer, with the signed 借阅登记单 when the step issued it.
struct LoanStep
{
    ArchiveLoan loan;
    std::optional<Report> document;

    QJsonObject toJson() const;
    static LoanStep fromJson(const QJsonObject& o);
};

struct Destruction
{
    qint64 id = 0;
    QString number; // "XH20311201-0001"
    QString state;  // proposed | checked | approved | rejected | destroyed
    QString reason;
    QString proposedByName;
    QDateTime proposedAt;
    qint64 checkerId = 0;
    QString checkerName;
    QDateTime checkedAt;
    int counted = 0;
    QString checkNote;
    QString approverName;
    QDateTime decidedAt;
    QString decisionNote;
    QString executedByName;
    QDateTime executedAt;
    QString place;
    QString method;
    QString performers;
    QString problems;
    QString listNumber;
    QList<ArchiveItem> items;

    QJsonObject toJson() const;
    static Destruction fromJson(const QJsonObject& o);
};

/// POST /api/v1/archives/destructions
struct DestructionProposalInput
{
    QList<qint64> itemIds;
    qint64 checkerId = 0;
    QString reason;

    QJsonObject toJson() const;
    static DestructionProposalInput fromJson(const QJsonObject& o);
};

/// POST /api/v1/archives/destructions/{id}/execution (004 §30: time, place, method, people, problems)
struct DestructionExecutionInput
{
    QString place;
    QString method;
    QString performers;
    QString problems;

    QJsonObject toJson() const;
    static DestructionExecutionInput fromJson(const QJsonObject& o);
};

struct DestructionStep
{
    Destruction destruction;
    std::optional<Report> document;

    QJsonObject toJson() const;
    static DestructionStep fromJson(const QJsonObject& o);
};

/// A staff account that may borrow or check (GET /api/v1/archives/staff).
struct StaffMember
{
    qint64 id = 0;
    QString login;
    QString fullName;
    QString unit;
    QStringList roles;

    QJsonObject toJson() const;
    static StaffMember fromJson(const QJsonObject& o);
};

/// GET /api/v1/archives/people/{id}/history
struct PersonHistory
{
    StaffMember person;
    QList<ArchiveLoan> loans;   // as borrower
    QList<ArchiveEvent> events; // steps they took or that concerned them

    QJsonObject toJson() const;
    static PersonHistory fromJson(const QJsonObject& o);
};

/// GET /api/v1/archives/reminders — shown at login to borrowers and approvers.
struct ArchiveReminders
{
    QList<ArchiveLoan> overdue;   // overdue loans where the caller is borrower or approver (archivist: all)
    int pendingLoanApprovals = 0; // approvers only
    int pendingDestructionApprovals = 0;

    QJsonObject toJson() const;
    static ArchiveReminders fromJson(const QJsonObject& o);
};

/// GET /api/v1/archives/retention: the retention period per category (附件1.七(二): five years).
struct RetentionRule
{
    QString sourceKind; // walkin | dispute | destruction
    int years = 0;      // 0 = kept permanently
    QString note;

    QJsonObject toJson() const;
    static RetentionRule fromJson(const QJsonObject& o);
};

} // namespace cp::protocol
