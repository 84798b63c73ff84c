#include "WalkInProtocol.h"

#include "JsonFields.h"

#include <QJsonArray>

namespace cp::protocol {
using namespace json;

// --- SubjectSummary --------------------------------------------------------------

QJsonObject SubjectSummary::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("idNumber"), idNumber},
                  {QStringLiteral("name"), name}};
    insertIfSet(o, QStringLiteral("legalRepresentative"), legalRepresentative);
    insertIfSet(o, QStringLiteral("regionCode"), regionCode);
    insertIfSet(o, QStringLiteral("regionName"), regionName);
    return o;
}

SubjectSummary SubjectSummary::fromJson(const QJsonObject& o)
{
    SubjectSummary s;
    s.id = o.value(QStringLiteral("id")).toInteger();
    s.kind = str(o, QStringLiteral("kind"));
    s.idNumber = str(o, QStringLiteral("idNumber"));
    s.name = str(o, QStringLiteral("name"));
    s.legalRepresentative = str(o, QStringLiteral("legalRepresentative"));
    s.regionCode = str(o, QStringLiteral("regionCode"));
    s.regionName = str(o, QStringLiteral("regionName"));
    return s;
}

// --- AuthorizationLetterInput (授权委托书) ------------------------------------------

QJsonObject AuthorizationLetterInput::toJson() const
{
    QJsonObject o{{QStringLiteral("authorizedName"), authorizedName},
                  {QStringLiteral("authorizedIdType"), authorizedIdType},
                  {QStringLiteral("authorizedIdNumber"), authorizedIdNumber},
                  {QStringLiteral("matters"), matters},
                  {QStringLiteral("classes"), QJsonArray::fromStringList(classes)},
                  {QStringLiteral("categories"), QJsonArray::fromStringList(categories)},
                  {QStringLiteral("purpose"), purpose},
                  {QStringLiteral("certification"), certification}};
    insertIfSet(o, QStringLiteral("validFrom"), validFrom);
    insertIfSet(o, QStringLiteral("validUntil"), validUntil);
    insertIfSet(o, QStringLiteral("certificationDetail"), certificationDetail);
    return o;
}

AuthorizationLetterInput AuthorizationLetterInput::fromJson(const QJsonObject& o)
{
    AuthorizationLetterInput l;
    l.authorizedName = str(o, QStringLiteral("authorizedName"));
    l.authorizedIdType = str(o, QStringLiteral("authorizedIdType"));
    l.authorizedIdNumber = str(o, QStringLiteral("authorizedIdNumber"));
    l.matters = str(o, QStringLiteral("matters"));
    l.validFrom = date(o, QStringLiteral("validFrom"));
    l.validUntil = date(o, QStringLiteral("validUntil"));
    l.classes = stringList(o, QStringLiteral("classes"));
    l.categories = stringList(o, QStringLiteral("categories"));
    l.purpose = str(o, QStringLiteral("purpose"));
    l.certification = str(o, QStringLiteral("certification"));
    l.certificationDetail = str(o, QStringLiteral("certificationDetail"));
    return l;
}

// --- WalkInApplicationInput ------------------------------------------------------

QJsonObject WalkInApplicationInput::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), kind},
                  {QStringLiteral("subjectKind"), subjectKind},
                  {QStringLiteral("subjectIdNumber"), subjectIdNumber},
                  {QStringLiteral("applicantName"), applicantName},
                  {QStringLiteral("applicantIdType"), applicantIdType},
                  {QStringLiteral("applicantIdNumber"), applicantIdNumber},
                  {QStringLiteral("purpose"), purpose},
                  {QStringLiteral("requestedClasses"), QJsonArray::fromStringList(requestedClasses)},
                  {QStringLiteral("oral"), oral}};
    insertIfSet(o, QStringLiteral("applicantPhone"), applicantPhone);
    if (letter)
        o.insert(QStringLiteral("letter"), letter->toJson());
    return o;
}

WalkInApplicationInput WalkInApplicationInput::fromJson(const QJsonObject& o)
{
    WalkInApplicationInput a;
    a.kind = str(o, QStringLiteral("kind"));
    a.subjectKind = str(o, QStringLiteral("subjectKind"));
    a.subjectIdNumber = str(o, QStringLiteral("subjectIdNumber"));
    a.applicantName = str(o, QStringLiteral("applicantName"));
    // A body without the type keeps the struct's default (citizen ID).
    a.applicantIdType = o.value(QStringLiteral("applicantIdType")).toString(a.applicantIdType);
    a.applicantIdNumber = str(o, QStringLiteral("applicantIdNumber"));
    a.applicantPhone = str(o, QStringLiteral("applicantPhone"));
    a.purpose = str(o, QStringLiteral("purpose"));
    a.requestedClasses = stringList(o, QStringLiteral("requestedClasses"));
    a.oral = o.value(QStringLiteral("oral")).toBool();
    const auto letter = o.value(QStringLiteral("letter"));
    if (letter.isObject())
        a.letter = AuthorizationLetterInput::fromJson(letter.toObject());
    return a;
}

// --- MaterialInfo ----------------------------------------------------------------

QJsonObject MaterialInfo::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("fileName"), fileName},
                  {QStringLiteral("mimeType"), mimeType},
                  {QStringLiteral("sizeBytes"), sizeBytes},
                  {QStringLiteral("sha256"), sha256}};
    insertIfSet(o, QStringLiteral("uploadedAt"), uploadedAt);
    return o;
}

MaterialInfo MaterialInfo::fromJson(const QJsonObject& o)
{
    MaterialInfo m;
    m.id = o.value(QStringLiteral("id")).toInteger();
    m.kind = str(o, QStringLiteral("kind"));
    m.fileName = str(o, QStringLiteral("fileName"));
    m.mimeType = str(o, QStringLiteral("mimeType"));
    m.sizeBytes = o.value(QStringLiteral("sizeBytes")).toInteger();
    m.sha256 = str(o, QStringLiteral("sha256"));
    m.uploadedAt = time(o, QStringLiteral("uploadedAt"));
    return m;
}

// --- WalkInApplication -----------------------------------------------------------

QJsonObject WalkInApplication::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("number"), number},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("subjectKind"), subjectKind},
                  {QStringLiteral("subjectIdNumber"), subjectIdNumber},
                  {QStringLiteral("applicantName"), applicantName},
                  {QStringLiteral("applicantIdNumber"), applicantIdNumber},
                  {QStringLiteral("purpose"), purpose},
                  {QStringLiteral("requestedClasses"), QJsonArray::fromStringList(requestedClasses)},
                  {QStringLiteral("oral"), oral},
                  {QStringLiteral("overdue"), overdue},
                  {QStringLiteral("materials"), toArray(materials)}};
    if (subject)
        o.insert(QStringLiteral("subject"), subject->toJson());
    insertIfSet(o, QStringLiteral("refusalCode"), refusalCode);
    insertIfSet(o, QStringLiteral("refusalNote"), refusalNote);
    insertIfSet(o, QStringLiteral("dueDate"), dueDate);
    insertIfSet(o, QStringLiteral("extendedDueDate"), extendedDueDate);
    insertIfSet(o, QStringLiteral("reportNumber"), reportNumber);
    insertIfSet(o, QStringLiteral("createdAt"), createdAt);
    return o;
}

WalkInApplication WalkInApplication::fromJson(const QJsonObject& o)
{
    WalkInApplication a;
    a.id = o.value(QStringLiteral("id")).toInteger();
    a.number = str(o, QStringLiteral("number"));
    a.kind = str(o, QStringLiteral("kind"));
    a.status = str(o, QStringLiteral("status"));
    a.subjectKind = str(o, QStringLiteral("subjectKind"));
    a.subjectIdNumber = str(o, QStringLiteral("subjectIdNumber"));
    const auto subject = o.value(QStringLiteral("subject"));
    if (subject.isObject())
        a.subject = SubjectSummary::fromJson(subject.toObject());
    a.applicantName = str(o, QStringLiteral("applicantName"));
    a.applicantIdNumber = str(o, QStringLiteral("applicantIdNumber"));
    a.purpose = str(o, QStringLiteral("purpose"));
    a.requestedClasses = stringList(o, QStringLiteral("requestedClasses"));
    a.oral = o.value(QStringLiteral("oral")).toBool();
    a.refusalCode = str(o, QStringLiteral("refusalCode"));
    a.refusalNote = str(o, QStringLiteral("refusalNote"));
    a.dueDate = date(o, QStringLiteral("dueDate"));
    a.extendedDueDate = date(o, QStringLiteral("extendedDueDate"));
    a.overdue = o.value(QStringLiteral("overdue")).toBool();
    a.reportNumber = str(o, QStringLiteral("reportNumber"));
    a.materials = listAt<MaterialInfo>(o, QStringLiteral("materials"));
    a.createdAt = time(o, QStringLiteral("createdAt"));
    return a;
}

// --- ReportRecord ----------------------------------------------------------------

QJsonObject ReportRecord::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("categoryCode"), categoryCode},
                  {QStringLiteral("categoryName"), categoryName},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("content"), content},
                  {QStringLiteral("providerDepartment"), providerDepartment},
                  {QStringLiteral("documentNumber"), documentNumber},
                  {QStringLiteral("openClass"), openClass}};
    insertIfSet(o, QStringLiteral("decisionDate"), decisionDate);
    insertIfSet(o, QStringLiteral("validUntil"), validUntil);
    insertIfSet(o, QStringLiteral("applicantMarkReason"), applicantMarkReason);
    insertIfSet(o, QStringLiteral("applicantMarkUntil"), applicantMarkUntil);
    if (suspended)
        o.insert(QStringLiteral("suspended"), true);
    return o;
}

ReportRecord ReportRecord::fromJson(const QJsonObject& o)
{
    ReportRecord r;
    r.id = o.value(QStringLiteral("id")).toInteger();
    r.categoryCode = str(o, QStringLiteral("categoryCode"));
    r.categoryName = str(o, QStringLiteral("categoryName"));
    r.title = str(o, QStringLiteral("title"));
    r.content = str(o, QStringLiteral("content"));
    r.providerDepartment = str(o, QStringLiteral("providerDepartment"));
    r.documentNumber = str(o, QStringLiteral("documentNumber"));
    r.decisionDate = date(o, QStringLiteral("decisionDate"));
    r.validUntil = date(o, QStringLiteral("validUntil"));
    r.openClass = str(o, QStringLiteral("openClass"));
    r.applicantMarkReason = str(o, QStringLiteral("applicantMarkReason"));
    r.applicantMarkUntil = date(o, QStringLiteral("applicantMarkUntil"));
    r.suspended = o.value(QStringLiteral("suspended")).toBool();
    return r;
}

// --- Report ----------------------------------------------------------------------

// Built only from the struct's members through the same codecs, so equal reports give
// byte-identical compact JSON, and a report read back from the wire re-signs the same.
QJsonObject Report::content() const
{
    QJsonObject o{{QStringLiteral("number"), number},
                  {QStringLiteral("workstation"), workstation},
                  {QStringLiteral("clerkName"), clerkName},
                  {QStringLiteral("subject"), subject.toJson()},
                  {QStringLiteral("applicantName"), applicantName},
                  {QStringLiteral("purpose"), purpose},
                  {QStringLiteral("classes"), QJsonArray::fromStringList(classes)},
                  {QStringLiteral("records"), toArray(records)}};
    insertIfSet(o, QStringLiteral("issuedAt"), issuedAt);
    return o;
}

QJsonObject Report::toJson() const
{
    QJsonObject o = content();
    insertIfSet(o, QStringLiteral("verificationCode"), verificationCode);
    insertIfSet(o, QStringLiteral("handedTo"), handedTo);
    insertIfSet(o, QStringLiteral("handedAt"), handedAt);
    return o;
}

Report Report::fromJson(const QJsonObject& o)
{
    Report r;
    r.number = str(o, QStringLiteral("number"));
    r.issuedAt = time(o, QStringLiteral("issuedAt"));
    r.workstation = str(o, QStringLiteral("workstation"));
    r.clerkName = str(o, QStringLiteral("clerkName"));
    r.subject = SubjectSummary::fromJson(o.value(QStringLiteral("subject")).toObject());
    r.applicantName = str(o, QStringLiteral("applicantName"));
    r.purpose = str(o, QStringLiteral("purpose"));
    r.classes = stringList(o, QStringLiteral("classes"));
    r.records = listAt<ReportRecord>(o, QStringLiteral("records"));
    r.verificationCode = str(o, QStringLiteral("verificationCode"));
    r.handedTo = str(o, QStringLiteral("handedTo"));
    r.handedAt = time(o, QStringLiteral("handedAt"));
    return r;
}

// --- ReportVerification ----------------------------------------------------------

QJsonObject ReportVerification::toJson() const
{
    QJsonObject o{{QStringLiteral("result"), result}};
    if (report)
        o.insert(QStringLiteral("report"), report->toJson());
    if (withheldRecords > 0)
        o.insert(QStringLiteral("withheldRecords"), withheldRecords);
    return o;
}

ReportVerification ReportVerification::fromJson(const QJsonObject& o)
{
    ReportVerification v;
    v.result = str(o, QStringLiteral("result"));
    const auto report = o.value(QStringLiteral("report"));
    if (report.isObject())
        v.report = Report::fromJson(report.toObject());
    v.withheldRecords = o.value(QStringLiteral("withheldRecords")).toInt();
    return v;
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
