#include "WalkInProtocol.h"

#include "Protocol.h"

#include <QJsonArray>

namespace cp::protocol {
namespace {

// Conditional fields (refusal, mark, hand-over, dates not yet known) are left out
// when empty; readers treat a missing key as empty. Fields every consumer reads are
// always written so a body stays self-describing.
void insertIfSet(QJsonObject& o, const QString& key, const QString& value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

void insertIfSet(QJsonObject& o, const QString& key, const QDate& d)
{
    if (d.isValid())
        o.insert(key, toWireDate(d));
}

void insertIfSet(QJsonObject& o, const QString& key, const QDateTime& t)
{
    if (t.isValid())
        o.insert(key, toWireTime(t));
}

QString stringAt(const QJsonObject& o, const QString& key)
{
    return o.value(key).toString();
}
QDate dateAt(const QJsonObject& o, const QString& key)
{
    return fromWireDate(o.value(key).toString());
}
QDateTime timeAt(const QJsonObject& o, const QString& key)
{
    return fromWireTime(o.value(key).toString());
}

QStringList stringListAt(const QJsonObject& o, const QString& key)
{
    QStringList out;
    for (const auto& v : o.value(key).toArray())
        out.append(v.toString());
    return out;
}

template <typename T> QJsonArray toJsonArray(const QList<T>& items)
{
    QJsonArray a;
    for (const T& item : items)
        a.append(item.toJson());
    return a;
}

template <typename T> QList<T> listAt(const QJsonObject& o, const QString& key)
{
    QList<T> out;
    for (const auto& v : o.value(key).toArray())
        out.append(T::fromJson(v.toObject()));
    return out;
}

} // namespace

QString toWireDate(const QDate& d)
{
    if (!d.isValid())
        return {};
    return d.toString(QStringLiteral("yyyy-MM-dd"));
}

QDate fromWireDate(const QString& s)
{
    if (s.isEmpty())
        return {};
    return QDate::fromString(s, QStringLiteral("yyyy-MM-dd"));
}

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
    s.kind = stringAt(o, QStringLiteral("kind"));
    s.idNumber = stringAt(o, QStringLiteral("idNumber"));
    s.name = stringAt(o, QStringLiteral("name"));
    s.legalRepresentative = stringAt(o, QStringLiteral("legalRepresentative"));
    s.regionCode = stringAt(o, QStringLiteral("regionCode"));
    s.regionName = stringAt(o, QStringLiteral("regionName"));
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
    l.authorizedName = stringAt(o, QStringLiteral("authorizedName"));
    l.authorizedIdType = stringAt(o, QStringLiteral("authorizedIdType"));
    l.authorizedIdNumber = stringAt(o, QStringLiteral("authorizedIdNumber"));
    l.matters = stringAt(o, QStringLiteral("matters"));
    l.validFrom = dateAt(o, QStringLiteral("validFrom"));
    l.validUntil = dateAt(o, QStringLiteral("validUntil"));
    l.classes = stringListAt(o, QStringLiteral("classes"));
    l.categories = stringListAt(o, QStringLiteral("categories"));
    l.purpose = stringAt(o, QStringLiteral("purpose"));
    l.certification = stringAt(o, QStringLiteral("certification"));
    l.certificationDetail = stringAt(o, QStringLiteral("certificationDetail"));
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
    a.kind = stringAt(o, QStringLiteral("kind"));
    a.subjectKind = stringAt(o, QStringLiteral("subjectKind"));
    a.subjectIdNumber = stringAt(o, QStringLiteral("subjectIdNumber"));
    a.applicantName = stringAt(o, QStringLiteral("applicantName"));
    // A body without the type keeps the struct's default (citizen ID).
    a.applicantIdType = o.value(QStringLiteral("applicantIdType")).toString(a.applicantIdType);
    a.applicantIdNumber = stringAt(o, QStringLiteral("applicantIdNumber"));
    a.applicantPhone = stringAt(o, QStringLiteral("applicantPhone"));
    a.purpose = stringAt(o, QStringLiteral("purpose"));
    a.requestedClasses = stringListAt(o, QStringLiteral("requestedClasses"));
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
    m.kind = stringAt(o, QStringLiteral("kind"));
    m.fileName = stringAt(o, QStringLiteral("fileName"));
    m.mimeType = stringAt(o, QStringLiteral("mimeType"));
    m.sizeBytes = o.value(QStringLiteral("sizeBytes")).toInteger();
    m.sha256 = stringAt(o, QStringLiteral("sha256"));
    m.uploadedAt = timeAt(o, QStringLiteral("uploadedAt"));
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
                  {QStringLiteral("materials"), toJsonArray(materials)}};
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
    a.number = stringAt(o, QStringLiteral("number"));
    a.kind = stringAt(o, QStringLiteral("kind"));
    a.status = stringAt(o, QStringLiteral("status"));
    a.subjectKind = stringAt(o, QStringLiteral("subjectKind"));
    a.subjectIdNumber = stringAt(o, QStringLiteral("subjectIdNumber"));
    const auto subject = o.value(QStringLiteral("subject"));
    if (subject.isObject())
        a.subject = SubjectSummary::fromJson(subject.toObject());
    a.applicantName = stringAt(o, QStringLiteral("applicantName"));
    a.applicantIdNumber = stringAt(o, QStringLiteral("applicantIdNumber"));
    a.purpose = stringAt(o, QStringLiteral("purpose"));
    a.requestedClasses = stringListAt(o, QStringLiteral("requestedClasses"));
    a.oral = o.value(QStringLiteral("oral")).toBool();
    a.refusalCode = stringAt(o, QStringLiteral("refusalCode"));
    a.refusalNote = stringAt(o, QStringLiteral("refusalNote"));
    a.dueDate = dateAt(o, QStringLiteral("dueDate"));
    a.extendedDueDate = dateAt(o, QStringLiteral("extendedDueDate"));
    a.overdue = o.value(QStringLiteral("overdue")).toBool();
    a.reportNumber = stringAt(o, QStringLiteral("reportNumber"));
    a.materials = listAt<MaterialInfo>(o, QStringLiteral("materials"));
    a.createdAt = timeAt(o, QStringLiteral("createdAt"));
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
    r.categoryCode = stringAt(o, QStringLiteral("categoryCode"));
    r.categoryName = stringAt(o, QStringLiteral("categoryName"));
    r.title = stringAt(o, QStringLiteral("title"));
    r.content = stringAt(o, QStringLiteral("content"));
    r.providerDepartment = stringAt(o, QStringLiteral("providerDepartment"));
    r.documentNumber = stringAt(o, QStringLiteral("documentNumber"));
    r.decisionDate = dateAt(o, QStringLiteral("decisionDate"));
    r.validUntil = dateAt(o, QStringLiteral("validUntil"));
    r.openClass = stringAt(o, QStringLiteral("openClass"));
    r.applicantMarkReason = stringAt(o, QStringLiteral("applicantMarkReason"));
    r.applicantMarkUntil = dateAt(o, QStringLiteral("applicantMarkUntil"));
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
                  {QStringLiteral("records"), toJsonArray(records)}};
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
    r.number = stringAt(o, QStringLiteral("number"));
    r.issuedAt = timeAt(o, QStringLiteral("issuedAt"));
    r.workstation = stringAt(o, QStringLiteral("workstation"));
    r.clerkName = stringAt(o, QStringLiteral("clerkName"));
    r.subject = SubjectSummary::fromJson(o.value(QStringLiteral("subject")).toObject());
    r.applicantName = stringAt(o, QStringLiteral("applicantName"));
    r.purpose = stringAt(o, QStringLiteral("purpose"));
    r.classes = stringListAt(o, QStringLiteral("classes"));
    r.records = listAt<ReportRecord>(o, QStringLiteral("records"));
    r.verificationCode = stringAt(o, QStringLiteral("verificationCode"));
    r.handedTo = stringAt(o, QStringLiteral("handedTo"));
    r.handedAt = timeAt(o, QStringLiteral("handedAt"));
    return r;
}

// --- ReportVerification ----------------------------------------------------------

QJsonObject ReportVerification::toJson() const
{
    QJsonObject o{{QStringLiteral("result"), result}};
    if (report)
        o.insert(QStringLiteral("report"), report->toJson());
    return o;
}

ReportVerification ReportVerification::fromJson(const QJsonObject& o)
{
    ReportVerification v;
    v.result = stringAt(o, QStringLiteral("result"));
    const auto report = o.value(QStringLiteral("report"));
    if (report.isObject())
        v.report = Report::fromJson(report.toObject());
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
