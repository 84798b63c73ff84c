#include "WalkInProtocol.h"

#include "JsonCodec.h"

namespace cp::protocol {
using json::Codec;
using json::Presence;

namespace {

const Codec<SubjectSummary>& subjectCodec()
{
    static const auto c =
        Codec<SubjectSummary>()
            .field("id", &SubjectSummary::id)
            .field("kind", &SubjectSummary::kind)
            .field("idNumber", &SubjectSummary::idNumber)
            .field("name", &SubjectSummary::name)
            .field("legalRepresentative", &SubjectSummary::legalRepresentative, Presence::IfSet)
            .field("regionCode", &SubjectSummary::regionCode, Presence::IfSet)
            .field("regionName", &SubjectSummary::regionName, Presence::IfSet);
    return c;
}

// 授权委托书
const Codec<AuthorizationLetterInput>& letterCodec()
{
    using L = AuthorizationLetterInput;
    static const auto c = Codec<L>()
                              .field("authorizedName", &L::authorizedName)
                              .field("authorizedIdType", &L::authorizedIdType)
                              .field("authorizedIdNumber", &L::authorizedIdNumber)
                              .field("matters", &L::matters)
                              .field("validFrom", &L::validFrom, Presence::IfSet)
                              .field("validUntil", &L::validUntil, Presence::IfSet)
                              .field("classes", &L::classes)
                              .field("categories", &L::categories)
                              .field("purpose", &L::purpose)
                              .field("certification", &L::certification)
                              .field("certificationDetail", &L::certificationDetail, Presence::IfSet);
    return c;
}

const Codec<WalkInApplicationInput>& applicationInputCodec()
{
    using A = WalkInApplicationInput;
    static const auto c =
        Codec<A>()
            .field("kind", &A::kind)
            .field("subjectKind", &A::subjectKind)
            .field("subjectIdNumber", &A::subjectIdNumber)
            .field("applicantName", &A::applicantName)
            // A body without the type keeps the struct's default (citizen ID).
            .field("applicantIdType", &A::applicantIdType, Presence::Always, json::Read::OrDefault)
            .field("applicantIdNumber", &A::applicantIdNumber)
            .field("applicantPhone", &A::applicantPhone, Presence::IfSet)
            .field("purpose", &A::purpose)
            .field("requestedClasses", &A::requestedClasses)
            .field("oral", &A::oral)
            .field("letter", &A::letter, Presence::IfSet);
    return c;
}

const Codec<MaterialInfo>& materialCodec()
{
    static const auto c = Codec<MaterialInfo>().with(json::storedFileFields<MaterialInfo>);
    return c;
}

const Codec<WalkInApplication>& applicationCodec()
{
    using A = WalkInApplication;
    static const auto c = Codec<A>()
                              .field("id", &A::id)
                              .field("number", &A::number)
                              .field("kind", &A::kind)
                              .field("status", &A::status)
                              .field("subjectKind", &A::subjectKind)
                              .field("subjectIdNumber", &A::subjectIdNumber)
                              .field("subject", &A::subject, Presence::IfSet)
                              .field("applicantName", &A::applicantName)
                              .field("applicantIdNumber", &A::applicantIdNumber)
                              .field("purpose", &A::purpose)
                              .field("requestedClasses", &A::requestedClasses)
                              .field("oral", &A::oral)
                              .field("refusalCode", &A::refusalCode, Presence::IfSet)
                              .field("refusalNote", &A::refusalNote, Presence::IfSet)
                              .field("dueDate", &A::dueDate, Presence::IfSet)
                              .field("extendedDueDate", &A::extendedDueDate, Presence::IfSet)
                              .field("overdue", &A::overdue)
                              .field("reportNumber", &A::reportNumber, Presence::IfSet)
                              .field("materials", &A::materials)
                              .field("createdAt", &A::createdAt, Presence::IfSet);
    return c;
}

const Codec<ReportRecord>& recordCodec()
{
    static const auto c = Codec<ReportRecord>()
                              .field("id", &ReportRecord::id)
                              .with(json::creditRecordFields<ReportRecord>)
                              // Written only when true: never present on a walk-in report.
                              .field("suspended", &ReportRecord::suspended, Presence::IfSet);
    return c;
}

/// The signed part of a report (Report::content()).
const Codec<Report>& reportContentCodec()
{
    static const auto c = Codec<Report>()
                              .field("number", &Report::number)
                              .field("issuedAt", &Report::issuedAt, Presence::IfSet)
                              .field("workstation", &Report::workstation)
                              .field("clerkName", &Report::clerkName)
                              .field("subject", &Report::subject)
                              .field("applicantName", &Report::applicantName)
                              .field("purpose", &Report::purpose)
                              .field("classes", &Report::classes)
                              .field("records", &Report::records);
    return c;
}

/// The whole report: the signed part, the verification code and the hand-over.
const Codec<Report>& reportCodec()
{
    static const auto c = Codec<Report>(reportContentCodec())
                              .field("verificationCode", &Report::verificationCode, Presence::IfSet)
                              .field("handedTo", &Report::handedTo, Presence::IfSet)
                              .field("handedAt", &Report::handedAt, Presence::IfSet);
    return c;
}

const Codec<ReportVerification>& verificationCodec()
{
    static const auto c =
        Codec<ReportVerification>()
            .field("result", &ReportVerification::result)
            .field("report", &ReportVerification::report, Presence::IfSet)
            .field("withheldRecords", &ReportVerification::withheldRecords, Presence::IfPositive);
    return c;
}

} // namespace

QJsonObject SubjectSummary::toJson() const
{
    return subjectCodec().write(*this);
}
SubjectSummary SubjectSummary::fromJson(const QJsonObject& o)
{
    return subjectCodec().read(o);
}

QJsonObject AuthorizationLetterInput::toJson() const
{
    return letterCodec().write(*this);
}
AuthorizationLetterInput AuthorizationLetterInput::fromJson(const QJsonObject& o)
{
    return letterCodec().read(o);
}

QJsonObject WalkInApplicationInput::toJson() const
{
    return applicationInputCodec().write(*this);
}
WalkInApplicationInput WalkInApplicationInput::fromJson(const QJsonObject& o)
{
    return applicationInputCodec().read(o);
}

QJsonObject MaterialInfo::toJson() const
{
    return materialCodec().write(*this);
}
MaterialInfo MaterialInfo::fromJson(const QJsonObject& o)
{
    return materialCodec().read(o);
}

QJsonObject WalkInApplication::toJson() const
{
    return applicationCodec().write(*this);
}
WalkInApplication WalkInApplication::fromJson(const QJsonObject& o)
{
    return applicationCodec().read(o);
}

QJsonObject ReportRecord::toJson() const
{
    return recordCodec().write(*this);
}
ReportRecord ReportRecord::fromJson(const QJsonObject& o)
{
    return recordCodec().read(o);
}

// Built only from the struct's members through the same codecs, so equal reports give
// byte-identical compact JSON, and a report read back from the wire re-signs the same.
QJsonObject Report::content() const
{
    return reportContentCodec().write(*this);
}
QJsonObject Report::toJson() const
{
    return reportCodec().write(*this);
}
Report Report::fromJson(const QJsonObject& o)
{
    return reportCodec().read(o);
}

QJsonObject ReportVerification::toJson() const
{
    return verificationCodec().write(*this);
}
ReportVerification ReportVerification::fromJson(const QJsonObject& o)
{
    return verificationCodec().read(o);
}

QStringList requiredWalkInMaterials(const QString& kind, const QString& subjectKind)
{
    if (kind == QLatin1String("other"))
        return {QStringLiteral("id_copy"), QStringLiteral("authorization_letter")};
    if (subjectKind == QLatin1String("legal"))
        return {QStringLiteral("id_copy"), QStringLiteral("org_code_copy"), QStringLiteral("agency_letter")};
    return {QStringLiteral("id_copy")};
}

} // namespace cp::protocol
