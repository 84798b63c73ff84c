#include "WalkInFixture.h"

#include "domain/subjects/SubjectStore.h"

namespace cp::test {

using cp::server::NewRecord;
using cp::server::NewSubject;
using cp::server::SubjectStore;

namespace {

const QDateTime kCreated(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
const QString kRegion = QStringLiteral("360202");

} // namespace

QDate chinaToday(const TestServer& s)
{
    return s.now().toTimeZone(QTimeZone(8 * 3600)).date();
}

qint64 addSubject(TestServer& s, const QString& kind, const QString& idNumber, const QString& name)
{
    NewSubject subject;
    subject.kind = kind;
    subject.idNumber = idNumber;
    subject.name = name;
    subject.legalRepresentative = kind == QLatin1String("legal") ? QStringLiteral("张三") : QString();
    subject.regionCode = kRegion;
    subject.createdAt = kCreated;
    return SubjectStore(databaseOf(s)).addSubject(subject);
}

qint64 addRecord(TestServer& s, qint64 subjectId, const QString& openClass, const QString& category,
                 const QString& title, const QString& status, const QString& dispute,
                 const QString& markReason, const QDate& markUntil)
{
    NewRecord r;
    r.subjectId = subjectId;
    r.categoryCode = category;
    r.title = title;
    r.content = title + QStringLiteral("（内容）");
    r.providerDepartment = QStringLiteral("景德镇市市场监督管理局");
    r.documentNumber = QStringLiteral("景市监〔2025〕1号");
    r.decisionDate = QDate(2025, 3, 1);
    r.openClass = openClass;
    r.regionCode = kRegion;
    r.status = status;
    r.disputeState = dispute;
    r.applicantMarkReason = markReason;
    r.applicantMarkUntil = markUntil;
    r.createdAt = kCreated;
    return SubjectStore(databaseOf(s)).addRecord(r);
}

protocol::WalkInApplicationInput selfQuery(const QString& idNumber, const QString& name)
{
    protocol::WalkInApplicationInput in;
    in.kind = QStringLiteral("self");
    in.subjectKind = QStringLiteral("natural");
    in.subjectIdNumber = idNumber;
    in.applicantName = name;
    in.applicantIdNumber = idNumber;
    in.purpose = QStringLiteral("办理贷款");
    in.requestedClasses = {QStringLiteral("A"), QStringLiteral("B")};
    return in;
}

protocol::AuthorizationLetterInput letterFor(const QString& agentName, const QString& agentId,
                                             const QDate& from, const QDate& until)
{
    protocol::AuthorizationLetterInput l;
    l.authorizedName = agentName;
    l.authorizedIdType = QStringLiteral("citizen_id");
    l.authorizedIdNumber = agentId;
    l.matters = QStringLiteral("代为查询本人公共信用信息");
    l.validFrom = from;
    l.validUntil = until;
    l.classes = {QStringLiteral("A"), QStringLiteral("B")};
    l.purpose = QStringLiteral("办理贷款");
    l.certification = QStringLiteral("notarized");
    l.certificationDetail = QStringLiteral("景德镇市公证处（2026）景证字第 100 号");
    return l;
}

QByteArray pdfBytes()
{
    return QByteArrayLiteral("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
}

ProbeReply attach(HttpsProbe& p, qint64 appId, const QString& kind, const QByteArray& bytes,
                  const QString& mime)
{
    return p.post(QStringLiteral("/api/v1/walkin/applications/%1/materials").arg(appId),
                  {{QStringLiteral("kind"), kind},
                   {QStringLiteral("fileName"), kind + QStringLiteral(".pdf")},
                   {QStringLiteral("mimeType"), mime},
                   {QStringLiteral("contentBase64"), QString::fromLatin1(bytes.toBase64())}});
}

} // namespace cp::test
