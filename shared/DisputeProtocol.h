// Wire shapes of the dispute workflow 异议处理 (/api/v1/disputes). SPEC §5;
// seed 003 附件2. Every step answers with the case (or mark) as it now stands
// and, where the step issues one, the numbered signed document to print.
#pragma once

#include "WalkInProtocol.h"

namespace cp::protocol {

/// Who stands at the window: the natural person themself (citizen ID equal to
/// the subject's), or the agent (代理人) of a legal person.
struct DisputeApplicant
{
    QString name;
    QString idType = QStringLiteral("citizen_id"); // as for walk-in applicants
    QString idNumber;
    QString phone;

    QJsonObject toJson() const;
    static DisputeApplicant fromJson(const QJsonObject& o);
};

/// A scan handed in at the window, sent whole inside the application.
/// kind: id_copy | org_code_copy | agency_letter | application_form | evidence
struct DisputeMaterialUpload
{
    QString kind;
    QString fileName;
    QString mimeType; // image/jpeg | image/png | application/pdf
    QByteArray content;
    bool badEncoding = false; // contentBase64 was not valid base64 (set by fromJson)

    QJsonObject toJson() const; // content as contentBase64
    static DisputeMaterialUpload fromJson(const QJsonObject& o);
};

/// POST /api/v1/disputes
struct DisputeAcceptInput
{
    QString subjectIdNumber; // citizen ID or USCC
    QList<qint64> recordIds; // records of that subject
    QString reason;          // 异议理由
    DisputeApplicant applicant;
    QList<DisputeMaterialUpload> materials;

    QJsonObject toJson() const;
    static DisputeAcceptInput fromJson(const QJsonObject& o);
};

/// One record's outcome in POST /api/v1/disputes/{id}/result.
/// outcome: corrected (newTitle/newContent) | deleted | upheld
struct DisputeOutcomeInput
{
    qint64 recordId = 0;
    QString outcome;
    QString newTitle;
    QString newContent;

    QJsonObject toJson() const;
    static DisputeOutcomeInput fromJson(const QJsonObject& o);
};

/// POST /api/v1/disputes/{id}/result
struct DisputeResultInput
{
    QString text;                        // the result report's wording
    QList<DisputeOutcomeInput> outcomes; // exactly one per disputed record

    QJsonObject toJson() const;
    static DisputeResultInput fromJson(const QJsonObject& o);
};

/// POST /api/v1/disputes/{id}/marks and …/marks/{markId}/revocation-application
struct MarkApplicationInput
{
    qint64 recordId = 0; // mark applications only
    QString reason;
    DisputeApplicant applicant;
    QList<DisputeMaterialUpload> materials;

    QJsonObject toJson() const;
    static MarkApplicationInput fromJson(const QJsonObject& o);
};

/// A disputed record as the window and the credit centre see it (full content).
struct DisputedRecord
{
    qint64 recordId = 0;
    QString categoryCode;
    QString categoryName;
    QString title; // current title (the corrected one after approval)
    QString content;
    QString providerDepartment;
    QString documentNumber;
    QDate decisionDate;
    QDate validUntil;
    QString openClass;
    QString status;         // active | deleted
    bool suspended = false; // "异议正在处理"
    QString outcome;        // "" until the result; corrected | deleted | upheld
    QString newTitle;       // proposed correction
    QString newContent;
    QString applicantMarkReason; // "申请人存疑" in force
    QDate applicantMarkUntil;

    QJsonObject toJson() const;
    static DisputedRecord fromJson(const QJsonObject& o);
};

/// "申请人存疑" application. state: accepted | set | expired | revocation_accepted | revoked
struct ApplicantMark
{
    qint64 id = 0;
    QString number; // "BZ20261013-0001"
    qint64 caseId = 0;
    QString caseNumber;
    qint64 recordId = 0;
    QString recordTitle;
    QString state;
    QString stateName; // zh_CN
    QString reason;
    QString applicantName;
    QDateTime acceptedAt;
    QDate dueDate;        // set within 7 working days of acceptance
    bool overdue = false; // the open step (set or revoke) is past its due date
    QString receiptNumber;
    QDateTime setAt;
    QString setByName;
    QDate markUntil; // set date + 30 days
    QString revocationReason;
    QDateTime revocationAcceptedAt;
    QDate revocationDueDate; // revoke within 5 working days
    QString revocationReceiptNumber;
    QDateTime revokedAt;
    QString revokedByName;

    QJsonObject toJson() const;
    static ApplicantMark fromJson(const QJsonObject& o);
};

/// A dispute case. state: accepted | verified | result_submitted | approved | delivered
struct DisputeCase
{
    qint64 id = 0;
    QString number; // "YY20260924-0001"
    QString state;
    QString stateName; // zh_CN, e.g. "待核查"
    SubjectSummary subject;
    QString reason;
    DisputeApplicant applicant;
    QDateTime acceptedAt;
    QString acceptedByName;
    QDate dueDate;         // acceptance + 30 days
    QDate extendedDueDate; // once, ≤ 15 working days, approved
    QString extensionReason;
    QDate effectiveDueDate;
    bool overdue = false;
    QString verificationDepartment;
    QString verificationNote;
    QDate verificationDate;
    QString verifiedByName;
    QString resultText;
    QString resultByName;
    QDateTime resultAt;
    QString returnReason;
    QString approvedByName;
    QDateTime approvedAt;
    QString approvalNote;
    QString deliveredTo;
    QDateTime deliveredAt;
    QDate markApplicationDeadline; // 5 working days after delivery
    QString freeReprint;           // none | available | used
    QString receiptNumber;
    QString resultReportNumber;
    QString reprintReportNumber;
    QList<DisputedRecord> records;
    QList<ApplicantMark> marks;
    QList<MaterialInfo> materials;

    QJsonObject toJson() const;
    static DisputeCase fromJson(const QJsonObject& o);
};

/// Answer of every case step: { "case": …, "document": … } (document when one was issued).
struct DisputeStep
{
    DisputeCase dispute;
    std::optional<Report> document;

    QJsonObject toJson() const;
    static DisputeStep fromJson(const QJsonObject& o);
};

/// Answer of every mark step: { "mark": …, "document": … }.
struct MarkStep
{
    ApplicantMark mark;
    std::optional<Report> document;

    QJsonObject toJson() const;
    static MarkStep fromJson(const QJsonObject& o);
};

/// GET /api/v1/disputes/records?idNumber=… : what the window may accept a dispute on.
/// B records come without title and content (contentWithheld): the registered case shows them.
struct DisputableRecord
{
    DisputedRecord record;
    bool disputable = false;
    bool contentWithheld = false; // title and content are shown once the case is registered
    QString blockedReason;        // zh_CN, when not disputable
    QString blockingCase;         // the open or answered case number, when that is why

    QJsonObject toJson() const;
    static DisputableRecord fromJson(const QJsonObject& o);
};

struct DisputableRecords
{
    SubjectSummary subject;
    QList<DisputableRecord> records;

    QJsonObject toJson() const;
    static DisputableRecords fromJson(const QJsonObject& o);
};

} // namespace cp::protocol
