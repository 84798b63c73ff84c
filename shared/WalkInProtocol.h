// Wire shapes of the walk-in query workflow (/api/v1/walkin, /api/v1/reports,
// /api/v1/subjects). SPEC §2–4; seed 003 附件1.
#pragma once

#include "Protocol.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace cp::protocol {

/// A natural person (kind "natural", citizen ID) or a legal person (kind "legal", USCC).
struct SubjectSummary
{
    qint64 id = 0;
    QString kind;
    QString idNumber; // masked where the viewer is not entitled to it
    QString name;     // masked likewise for natural persons
    QString legalRepresentative;
    QString regionCode;
    QString regionName;

    QJsonObject toJson() const;
    static SubjectSummary fromJson(const QJsonObject& o);
};

/// 授权委托书 as recorded by the clerk. classes ⊆ {"A","B"}; categories empty = all.
struct AuthorizationLetterInput
{
    QString authorizedName;
    QString authorizedIdType; // citizen_id | passport | hk_macao_permit | taiwan_permit | foreign_permanent
    QString authorizedIdNumber;
    QString matters;
    QDate validFrom;
    QDate validUntil;
    QStringList classes;
    QStringList categories;
    QString purpose;
    QString certification;       // notarized (natural-person subject) | sealed (legal-person subject)
    QString certificationDetail; // notary office + certificate no., or the seal's unit

    QJsonObject toJson() const;
    static AuthorizationLetterInput fromJson(const QJsonObject& o);
};

/// POST /api/v1/walkin/applications
struct WalkInApplicationInput
{
    QString kind;            // self | other
    QString subjectKind;     // natural | legal
    QString subjectIdNumber; // citizen ID or USCC of the queried subject
    QString applicantName;
    QString applicantIdType = QStringLiteral("citizen_id");
    QString applicantIdNumber;
    QString applicantPhone;
    QString purpose;
    QStringList requestedClasses;                   // ⊆ {"A","B"}
    bool oral = false;                              // form filled in by the clerk on the applicant's behalf
    std::optional<AuthorizationLetterInput> letter; // required for kind "other"

    QJsonObject toJson() const;
    static WalkInApplicationInput fromJson(const QJsonObject& o);
};

struct MaterialInfo
{
    qint64 id = 0;
    QString kind; // id_copy | org_code_copy | agency_letter | authorization_letter | other
    QString fileName;
    QString mimeType;
    qint64 sizeBytes = 0;
    QString sha256;
    QDateTime uploadedAt;

    QJsonObject toJson() const;
    static MaterialInfo fromJson(const QJsonObject& o);
};

struct WalkInApplication
{
    qint64 id = 0;
    QString number; // "WQ20261125-0001"
    QString kind;
    QString status; // registered | answered | refused | pending
    QString subjectKind;
    QString subjectIdNumber;
    std::optional<SubjectSummary> subject;
    QString applicantName;
    QString applicantIdNumber;
    QString purpose;
    QStringList requestedClasses;
    bool oral = false;
    QString refusalCode;
    QString refusalNote;
    QDate dueDate;
    QDate extendedDueDate;
    bool overdue = false;
    QString reportNumber;
    QList<MaterialInfo> materials;
    QDateTime createdAt;

    QJsonObject toJson() const;
    static WalkInApplication fromJson(const QJsonObject& o);
};

struct ReportRecord
{
    qint64 id = 0;
    QString categoryCode;
    QString categoryName;
    QString title;
    QString content;
    QString providerDepartment;
    QString documentNumber;
    QDate decisionDate;
    QDate validUntil;
    QString openClass;
    QString applicantMarkReason; // "申请人存疑" reason, empty when none
    QDate applicantMarkUntil;
    /// "异议正在处理": shown to department users as 暂停使用（异议处理中） with no
    /// title or content; never present on a walk-in report.
    bool suspended = false;

    QJsonObject toJson() const;
    static ReportRecord fromJson(const QJsonObject& o);
};

/// A credit report as issued. The canonical JSON of `content` is what the
/// verification code signs.
struct Report
{
    QString number; // "CR2026112500001"
    QDateTime issuedAt;
    QString workstation;
    QString clerkName;
    SubjectSummary subject;
    QString applicantName;
    QString purpose;
    QStringList classes;
    QList<ReportRecord> records;
    QString verificationCode; // "ABCD-EFGH-JKLM-NPQR"
    QString handedTo;
    QDateTime handedAt;

    /// The signed part (everything but verification and hand-over).
    QJsonObject content() const;
    QJsonObject toJson() const;
    static Report fromJson(const QJsonObject& o);
};

/// POST /api/v1/reports/verify {number, code} → result "genuine" | "mismatch" | "unknown".
/// Only a genuine document comes with a summary, and only what the caller's role may see
/// (server/domain/ReportDisclosure.h): masked identity, no record content, no B titles,
/// C records only to department users and officers of their jurisdiction.
struct ReportVerification
{
    QString result;
    std::optional<Report> report; // the summary, for comparison with the paper
    int withheldRecords = 0;      // records on the paper the caller's role does not see

    QJsonObject toJson() const;
    static ReportVerification fromJson(const QJsonObject& o);
};

/// Material kinds a walk-in application must carry before it is answered
/// (seed 003 附件1.五(一)): natural-person self-query — ID copy; legal person
/// through an agent — agent's ID, organisation code copy, sealed letter of
/// agency; another subject — ID copy and authorization letter. kind: self |
/// other; subjectKind: natural | legal. The server refuses with
/// MATERIALS_INCOMPLETE; the client shows the same list as a checklist.
QStringList requiredWalkInMaterials(const QString& kind, const QString& subjectKind);

} // namespace cp::protocol
