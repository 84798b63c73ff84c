// Wire shapes of the walk-in query workflow (SPEC §2–4; seed 003 附件1): every struct
// survives a trip through JSON text, optional parts are omitted when empty, and the
// signed part of a report is canonical.
#include "Protocol.h"
#include "WalkInProtocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace cp::protocol;

namespace {

/// Serialises to text and back, as a body travels.
QJsonObject throughText(const QJsonObject& o)
{
    return QJsonDocument::fromJson(QJsonDocument(o).toJson(QJsonDocument::Compact)).object();
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString zh(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

// 2026-11-25 16:30:00.123 in UTC+8, i.e. 08:30:00.123Z.
QDateTime beijingAfternoon()
{
    return QDateTime(QDate(2026, 11, 25), QTime(16, 30, 0, 123), Qt::OffsetFromUTC, 8 * 3600);
}

SubjectSummary legalSubject()
{
    SubjectSummary s;
    s.id = 9007199254740991LL; // largest integer a JSON double carries exactly
    s.kind = QStringLiteral("legal");
    s.idNumber = QStringLiteral("91330100MA2XXXXX0Y");
    s.name = zh("杭州某某科技有限公司");
    s.legalRepresentative = zh("王五");
    s.regionCode = QStringLiteral("330100");
    s.regionName = zh("杭州市");
    return s;
}

AuthorizationLetterInput notarizedLetter()
{
    AuthorizationLetterInput l;
    l.authorizedName = zh("李四");
    l.authorizedIdType = QStringLiteral("hk_macao_permit");
    l.authorizedIdNumber = QStringLiteral("H12345678");
    l.matters = zh("代为查询本人公共信用信息并领取信用报告");
    l.validFrom = QDate(2026, 11, 1);
    l.validUntil = QDate(2026, 12, 31);
    l.classes = QStringList{QStringLiteral("A"), QStringLiteral("B")};
    l.categories = QStringList{QStringLiteral("C01"), QStringLiteral("C07")};
    l.purpose = zh("办理银行贷款");
    l.certification = QStringLiteral("notarized");
    l.certificationDetail = zh("杭州市西湖公证处（2026）浙杭西证字第1234号");
    return l;
}

WalkInApplicationInput applicationInput(bool withLetter)
{
    WalkInApplicationInput a;
    a.kind = withLetter ? QStringLiteral("other") : QStringLiteral("self");
    a.subjectKind = QStringLiteral("natural");
    a.subjectIdNumber = QStringLiteral("11010519491231002X");
    a.applicantName = zh("张三");
    a.applicantIdType = QStringLiteral("passport");
    a.applicantIdNumber = QStringLiteral("E12345678");
    a.applicantPhone = QStringLiteral("13800000000");
    a.purpose = zh("招投标");
    a.requestedClasses = QStringList{QStringLiteral("A")};
    a.oral = true;
    if (withLetter)
        a.letter = notarizedLetter();
    return a;
}

MaterialInfo material(qint64 id, const QString& fileName)
{
    MaterialInfo m;
    m.id = id;
    m.kind = QStringLiteral("authorization_letter");
    m.fileName = fileName;
    m.mimeType = QStringLiteral("application/pdf");
    m.sizeBytes = 5LL * 1024 * 1024 * 1024; // beyond 32 bits
    m.sha256 = QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    m.uploadedAt = beijingAfternoon();
    return m;
}

ReportRecord record(qint64 id, const QString& content)
{
    ReportRecord r;
    r.id = id;
    r.categoryCode = QStringLiteral("C07");
    r.categoryName = zh("行政处罚信息");
    r.title = zh("违反价格管理规定");
    r.content = content;
    r.providerDepartment = zh("杭州市市场监督管理局");
    r.documentNumber = zh("杭市监罚〔2026〕12号");
    r.decisionDate = QDate(2026, 3, 15);
    r.validUntil = QDate(2029, 3, 15);
    r.openClass = QStringLiteral("B");
    r.applicantMarkReason = zh("申请人存疑：已履行处罚决定");
    r.applicantMarkUntil = QDate(2026, 12, 15);
    return r;
}

Report issuedReport()
{
    Report r;
    r.number = QStringLiteral("CR2026112500001");
    r.issuedAt = beijingAfternoon();
    r.workstation = zh("3号窗口");
    r.clerkName = zh("赵六");
    r.subject = legalSubject();
    r.applicantName = zh("张三");
    r.purpose = zh("招投标");
    r.classes = QStringList{QStringLiteral("A"), QStringLiteral("B")};
    r.records = {record(1, zh("罚款人民币五千元。")), record(2, zh("警告。"))};
    return r;
}

Report handedOverReport()
{
    Report r = issuedReport();
    r.verificationCode = QStringLiteral("ABCD-EFGH-JKLM-NPQR");
    r.handedTo = zh("张三");
    r.handedAt = beijingAfternoon().addSecs(600);
    return r;
}

void compareSubjects(const SubjectSummary& a, const SubjectSummary& b)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.kind, b.kind);
    QCOMPARE(a.idNumber, b.idNumber);
    QCOMPARE(a.name, b.name);
    QCOMPARE(a.legalRepresentative, b.legalRepresentative);
    QCOMPARE(a.regionCode, b.regionCode);
    QCOMPARE(a.regionName, b.regionName);
}

void compareLetters(const AuthorizationLetterInput& a, const AuthorizationLetterInput& b)
{
    QCOMPARE(a.authorizedName, b.authorizedName);
    QCOMPARE(a.authorizedIdType, b.authorizedIdType);
    QCOMPARE(a.authorizedIdNumber, b.authorizedIdNumber);
    QCOMPARE(a.matters, b.matters);
    QCOMPARE(a.validFrom, b.validFrom);
    QCOMPARE(a.validUntil, b.validUntil);
    QCOMPARE(a.classes, b.classes);
    QCOMPARE(a.categories, b.categories);
    QCOMPARE(a.purpose, b.purpose);
    QCOMPARE(a.certification, b.certification);
    QCOMPARE(a.certificationDetail, b.certificationDetail);
}

void compareMaterials(const MaterialInfo& a, const MaterialInfo& b)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.kind, b.kind);
    QCOMPARE(a.fileName, b.fileName);
    QCOMPARE(a.mimeType, b.mimeType);
    QCOMPARE(a.sizeBytes, b.sizeBytes);
    QCOMPARE(a.sha256, b.sha256);
    QCOMPARE(a.uploadedAt, b.uploadedAt);
}

void compareRecords(const ReportRecord& a, const ReportRecord& b)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.categoryCode, b.categoryCode);
    QCOMPARE(a.categoryName, b.categoryName);
    QCOMPARE(a.title, b.title);
    QCOMPARE(a.content, b.content);
    QCOMPARE(a.providerDepartment, b.providerDepartment);
    QCOMPARE(a.documentNumber, b.documentNumber);
    QCOMPARE(a.decisionDate, b.decisionDate);
    QCOMPARE(a.validUntil, b.validUntil);
    QCOMPARE(a.openClass, b.openClass);
    QCOMPARE(a.applicantMarkReason, b.applicantMarkReason);
    QCOMPARE(a.applicantMarkUntil, b.applicantMarkUntil);
}

void compareReports(const Report& a, const Report& b)
{
    QCOMPARE(a.number, b.number);
    QCOMPARE(a.issuedAt, b.issuedAt);
    QCOMPARE(a.workstation, b.workstation);
    QCOMPARE(a.clerkName, b.clerkName);
    compareSubjects(a.subject, b.subject);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(a.applicantName, b.applicantName);
    QCOMPARE(a.purpose, b.purpose);
    QCOMPARE(a.classes, b.classes);
    QCOMPARE(a.records.size(), b.records.size());
    for (qsizetype i = 0; i < a.records.size() && !QTest::currentTestFailed(); ++i)
        compareRecords(a.records.at(i), b.records.at(i));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(a.verificationCode, b.verificationCode);
    QCOMPARE(a.handedTo, b.handedTo);
    QCOMPARE(a.handedAt, b.handedAt);
}

} // namespace

class TestWalkInProtocol : public QObject
{
    Q_OBJECT

  private Q_SLOTS:
    void wireDateIsIsoCalendarDate_data();
    void wireDateIsIsoCalendarDate();
    void readsMalformedWireDatesAsInvalid_data();
    void readsMalformedWireDatesAsInvalid();

    void subjectRoundTripsWithChineseNames();
    void authorizationLetterRoundTrips();
    void requiredMaterialsFollowTheApplicationKind_data();
    void requiredMaterialsFollowTheApplicationKind();
    void applicationInputRoundTrips_data();
    void applicationInputRoundTrips();
    void applicationInputKeysAreCamelCase();
    void materialRoundTripsWithLargeSize();
    void applicationRoundTripsWithSubjectAndMaterials();
    void applicationOmitsAbsentRefusalAndDates();
    void recordRoundTripsWithApplicantMark();
    void recordOmitsInvalidDatesAndEmptyMark();
    void reportRoundTripsWithHandOver();
    void verificationRoundTrips_data();
    void verificationRoundTrips();

    void reportContentExcludesVerificationAndHandOver();
    void reportContentIsByteIdenticalForEqualReports();
    void reportContentSurvivesTheWire();
    void reportContentChangesWithAnyRecord_data();
    void reportContentChangesWithAnyRecord();

    void emptyObjectsGiveDefaults();
};

void TestWalkInProtocol::wireDateIsIsoCalendarDate_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("wire");
    QTest::newRow("ordinary") << QDate(2026, 11, 25) << QStringLiteral("2026-11-25");
    QTest::newRow("zero-padded") << QDate(2026, 1, 5) << QStringLiteral("2026-01-05");
    QTest::newRow("leap day") << QDate(2028, 2, 29) << QStringLiteral("2028-02-29");
    QTest::newRow("year end") << QDate(2026, 12, 31) << QStringLiteral("2026-12-31");
}

void TestWalkInProtocol::wireDateIsIsoCalendarDate()
{
    QFETCH(QDate, date);
    QFETCH(QString, wire);
    QCOMPARE(toWireDate(date), wire);
    QCOMPARE(fromWireDate(wire), date);
}

void TestWalkInProtocol::readsMalformedWireDatesAsInvalid_data()
{
    QTest::addColumn<QString>("wire");
    QTest::newRow("empty") << QString();
    QTest::newRow("word") << QStringLiteral("yesterday");
    QTest::newRow("no such day") << QStringLiteral("2026-02-30");
    QTest::newRow("month 13") << QStringLiteral("2026-13-01");
    QTest::newRow("date-time") << QStringLiteral("2026-11-25T08:30:00.000Z");
    QTest::newRow("slashes") << QStringLiteral("2026/11/25");
    QTest::newRow("day first") << QStringLiteral("25-11-2026");
    QTest::newRow("not zero-padded") << QStringLiteral("2026-1-5");
    QTest::newRow("leading space") << QStringLiteral(" 2026-11-25");
    QTest::newRow("trailing text") << QStringLiteral("2026-11-25x");
}

void TestWalkInProtocol::readsMalformedWireDatesAsInvalid()
{
    QFETCH(QString, wire);
    QVERIFY(!fromWireDate(wire).isValid());
    QCOMPARE(toWireDate(QDate()), QString());
}

void TestWalkInProtocol::subjectRoundTripsWithChineseNames()
{
    const SubjectSummary s = legalSubject();
    compareSubjects(SubjectSummary::fromJson(throughText(s.toJson())), s);

    SubjectSummary natural;
    natural.id = 7;
    natural.kind = QStringLiteral("natural");
    natural.idNumber = QStringLiteral("110105********002X");
    natural.name = zh("张*");
    const QJsonObject o = natural.toJson();
    QVERIFY(!o.contains(QStringLiteral("legalRepresentative")));
    compareSubjects(SubjectSummary::fromJson(throughText(o)), natural);
}

void TestWalkInProtocol::authorizationLetterRoundTrips()
{
    const AuthorizationLetterInput l = notarizedLetter();
    const QJsonObject o = throughText(l.toJson());
    QCOMPARE(o.value(QStringLiteral("validFrom")).toString(), QStringLiteral("2026-11-01"));
    QCOMPARE(o.value(QStringLiteral("categories")).toArray().size(), 2);
    compareLetters(AuthorizationLetterInput::fromJson(o), l);

    // categories empty = all categories: the empty list survives as empty.
    AuthorizationLetterInput all = notarizedLetter();
    all.categories.clear();
    all.certification = QStringLiteral("sealed");
    all.certificationDetail = zh("杭州某某科技有限公司（公章）");
    compareLetters(AuthorizationLetterInput::fromJson(throughText(all.toJson())), all);
}

void TestWalkInProtocol::applicationInputRoundTrips_data()
{
    QTest::addColumn<bool>("withLetter");
    QTest::newRow("self, no letter") << false;
    QTest::newRow("other, with letter") << true;
}

void TestWalkInProtocol::applicationInputRoundTrips()
{
    QFETCH(bool, withLetter);
    const WalkInApplicationInput a = applicationInput(withLetter);
    const QJsonObject o = throughText(a.toJson());
    QCOMPARE(o.contains(QStringLiteral("letter")), withLetter);

    const WalkInApplicationInput b = WalkInApplicationInput::fromJson(o);
    QCOMPARE(b.kind, a.kind);
    QCOMPARE(b.subjectKind, a.subjectKind);
    QCOMPARE(b.subjectIdNumber, a.subjectIdNumber);
    QCOMPARE(b.applicantName, a.applicantName);
    QCOMPARE(b.applicantIdType, a.applicantIdType);
    QCOMPARE(b.applicantIdNumber, a.applicantIdNumber);
    QCOMPARE(b.applicantPhone, a.applicantPhone);
    QCOMPARE(b.purpose, a.purpose);
    QCOMPARE(b.requestedClasses, a.requestedClasses);
    QCOMPARE(b.oral, a.oral);
    QCOMPARE(b.letter.has_value(), withLetter);
    if (withLetter)
        compareLetters(*b.letter, *a.letter);
}

void TestWalkInProtocol::applicationInputKeysAreCamelCase()
{
    const QJsonObject o = applicationInput(true).toJson();
    for (const char* key :
         {"kind", "subjectKind", "subjectIdNumber", "applicantName", "applicantIdType", "applicantIdNumber",
          "applicantPhone", "purpose", "requestedClasses", "oral", "letter"})
        QVERIFY2(o.contains(QLatin1String(key)), key);
    QCOMPARE(o.value(QStringLiteral("requestedClasses")).toArray(), QJsonArray{QStringLiteral("A")});
    QCOMPARE(o.value(QStringLiteral("oral")), QJsonValue(true));
}

void TestWalkInProtocol::materialRoundTripsWithLargeSize()
{
    const MaterialInfo m = material(42, zh("授权委托书（公证件）.pdf"));
    const QJsonObject o = throughText(m.toJson());
    QCOMPARE(o.value(QStringLiteral("uploadedAt")).toString(), QStringLiteral("2026-11-25T08:30:00.123Z"));
    compareMaterials(MaterialInfo::fromJson(o), m);
}

void TestWalkInProtocol::applicationRoundTripsWithSubjectAndMaterials()
{
    WalkInApplication a;
    a.id = 1001;
    a.number = QStringLiteral("WQ20261125-0001");
    a.kind = QStringLiteral("other");
    a.status = QStringLiteral("refused");
    a.subjectKind = QStringLiteral("legal");
    a.subjectIdNumber = legalSubject().idNumber;
    a.subject = legalSubject();
    a.applicantName = zh("李四");
    a.applicantIdNumber = QStringLiteral("H12345678");
    a.purpose = zh("办理银行贷款");
    a.requestedClasses = QStringList{QStringLiteral("A"), QStringLiteral("B")};
    a.oral = true;
    a.refusalCode = QStringLiteral("LETTER_EXPIRED");
    a.refusalNote = zh("授权委托书已超过有效期");
    a.dueDate = QDate(2026, 12, 2);
    a.extendedDueDate = QDate(2026, 12, 9);
    a.overdue = true;
    a.reportNumber = QStringLiteral("CR2026112500001");
    a.materials = {material(1, zh("身份证复印件.jpg")), material(2, zh("授权委托书.pdf"))};
    a.createdAt = beijingAfternoon();

    const QJsonObject o = throughText(a.toJson());
    QCOMPARE(o.value(QStringLiteral("materials")).toArray().size(), 2);
    const WalkInApplication b = WalkInApplication::fromJson(o);
    QCOMPARE(b.id, a.id);
    QCOMPARE(b.number, a.number);
    QCOMPARE(b.kind, a.kind);
    QCOMPARE(b.status, a.status);
    QCOMPARE(b.subjectKind, a.subjectKind);
    QCOMPARE(b.subjectIdNumber, a.subjectIdNumber);
    QVERIFY(b.subject.has_value());
    compareSubjects(*b.subject, *a.subject);
    QCOMPARE(b.applicantName, a.applicantName);
    QCOMPARE(b.applicantIdNumber, a.applicantIdNumber);
    QCOMPARE(b.purpose, a.purpose);
    QCOMPARE(b.requestedClasses, a.requestedClasses);
    QCOMPARE(b.oral, a.oral);
    QCOMPARE(b.refusalCode, a.refusalCode);
    QCOMPARE(b.refusalNote, a.refusalNote);
    QCOMPARE(b.dueDate, a.dueDate);
    QCOMPARE(b.extendedDueDate, a.extendedDueDate);
    QCOMPARE(b.overdue, a.overdue);
    QCOMPARE(b.reportNumber, a.reportNumber);
    QCOMPARE(b.materials.size(), 2);
    compareMaterials(b.materials.at(0), a.materials.at(0));
    compareMaterials(b.materials.at(1), a.materials.at(1));
    QCOMPARE(b.createdAt, a.createdAt);
}

void TestWalkInProtocol::applicationOmitsAbsentRefusalAndDates()
{
    WalkInApplication a;
    a.id = 5;
    a.number = QStringLiteral("WQ20261125-0002");
    a.status = QStringLiteral("registered");
    a.dueDate = QDate(2026, 12, 2);
    const QJsonObject o = a.toJson();
    for (const char* key :
         {"subject", "refusalCode", "refusalNote", "extendedDueDate", "reportNumber", "createdAt"})
        QVERIFY2(!o.contains(QLatin1String(key)), key);
    QCOMPARE(o.value(QStringLiteral("dueDate")).toString(), QStringLiteral("2026-12-02"));
    QCOMPARE(o.value(QStringLiteral("materials")).toArray(), QJsonArray{});

    const WalkInApplication b = WalkInApplication::fromJson(throughText(o));
    QVERIFY(!b.subject.has_value());
    QVERIFY(!b.extendedDueDate.isValid());
    QVERIFY(!b.createdAt.isValid());
    QVERIFY(b.materials.isEmpty());
    QCOMPARE(b.dueDate, a.dueDate);
}

void TestWalkInProtocol::recordRoundTripsWithApplicantMark()
{
    const ReportRecord r = record(3, zh("责令改正，罚款人民币五千元。"));
    const QJsonObject o = throughText(r.toJson());
    QCOMPARE(o.value(QStringLiteral("applicantMarkReason")).toString(), r.applicantMarkReason);
    QCOMPARE(o.value(QStringLiteral("applicantMarkUntil")).toString(), QStringLiteral("2026-12-15"));
    compareRecords(ReportRecord::fromJson(o), r);
}

void TestWalkInProtocol::recordOmitsInvalidDatesAndEmptyMark()
{
    ReportRecord r = record(4, zh("警告。"));
    r.validUntil = QDate();
    r.applicantMarkReason.clear();
    r.applicantMarkUntil = QDate(2026, 2, 30); // no such day: invalid
    const QJsonObject o = r.toJson();
    QVERIFY(!o.contains(QStringLiteral("validUntil")));
    QVERIFY(!o.contains(QStringLiteral("applicantMarkReason")));
    QVERIFY(!o.contains(QStringLiteral("applicantMarkUntil")));
    QVERIFY(o.contains(QStringLiteral("decisionDate")));
    const ReportRecord b = ReportRecord::fromJson(throughText(o));
    QVERIFY(!b.validUntil.isValid());
    QVERIFY(!b.applicantMarkUntil.isValid());
    QVERIFY(b.applicantMarkReason.isEmpty());
    QCOMPARE(b.decisionDate, r.decisionDate);
}

void TestWalkInProtocol::reportRoundTripsWithHandOver()
{
    const Report r = handedOverReport();
    const QJsonObject o = throughText(r.toJson());
    QCOMPARE(o.value(QStringLiteral("verificationCode")).toString(), r.verificationCode);
    QCOMPARE(o.value(QStringLiteral("records")).toArray().size(), 2);
    compareReports(Report::fromJson(o), r);

    const Report notYetHanded = issuedReport();
    const QJsonObject bare = notYetHanded.toJson();
    QVERIFY(!bare.contains(QStringLiteral("verificationCode")));
    QVERIFY(!bare.contains(QStringLiteral("handedTo")));
    QVERIFY(!bare.contains(QStringLiteral("handedAt")));
    compareReports(Report::fromJson(throughText(bare)), notYetHanded);
}

void TestWalkInProtocol::verificationRoundTrips_data()
{
    QTest::addColumn<QString>("result");
    QTest::addColumn<bool>("withReport");
    QTest::newRow("genuine") << QStringLiteral("genuine") << true;
    QTest::newRow("mismatch") << QStringLiteral("mismatch") << true;
    QTest::newRow("unknown") << QStringLiteral("unknown") << false;
}

void TestWalkInProtocol::verificationRoundTrips()
{
    QFETCH(QString, result);
    QFETCH(bool, withReport);
    ReportVerification v;
    v.result = result;
    if (withReport)
        v.report = handedOverReport();
    const QJsonObject o = throughText(v.toJson());
    QCOMPARE(o.contains(QStringLiteral("report")), withReport);
    const ReportVerification b = ReportVerification::fromJson(o);
    QCOMPARE(b.result, result);
    QCOMPARE(b.report.has_value(), withReport);
    if (withReport)
        compareReports(*b.report, *v.report);
}

void TestWalkInProtocol::reportContentExcludesVerificationAndHandOver()
{
    const Report r = handedOverReport();
    const QJsonObject c = r.content();
    QStringList keys = c.keys();
    keys.sort();
    QCOMPARE(
        keys,
        (QStringList{QStringLiteral("applicantName"), QStringLiteral("classes"), QStringLiteral("clerkName"),
                     QStringLiteral("issuedAt"), QStringLiteral("number"), QStringLiteral("purpose"),
                     QStringLiteral("records"), QStringLiteral("subject"), QStringLiteral("workstation")}));
    // Signing happens before hand-over: recording it must not change what was signed.
    QCOMPARE(compact(c), compact(issuedReport().content()));
}

void TestWalkInProtocol::reportContentIsByteIdenticalForEqualReports()
{
    const QByteArray first = compact(issuedReport().content());
    QCOMPARE(compact(issuedReport().content()), first);
    QVERIFY(first.contains(QStringLiteral("罚款人民币五千元。").toUtf8()));
}

void TestWalkInProtocol::reportContentSurvivesTheWire()
{
    // The verifier re-derives the signed bytes from a report read back from JSON.
    const Report r = handedOverReport();
    const Report back = Report::fromJson(throughText(r.toJson()));
    QCOMPARE(compact(back.content()), compact(r.content()));
}

void TestWalkInProtocol::reportContentChangesWithAnyRecord_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("field");
    QTest::newRow("first record's content") << 0 << QStringLiteral("content");
    QTest::newRow("second record's content") << 1 << QStringLiteral("content");
    QTest::newRow("first record's mark") << 0 << QStringLiteral("applicantMarkReason");
    QTest::newRow("second record's decision date") << 1 << QStringLiteral("decisionDate");
}

void TestWalkInProtocol::reportContentChangesWithAnyRecord()
{
    QFETCH(int, index);
    QFETCH(QString, field);
    Report changed = issuedReport();
    ReportRecord& rec = changed.records[index];
    if (field == QLatin1String("content"))
        rec.content += zh("（已更正）");
    else if (field == QLatin1String("applicantMarkReason"))
        rec.applicantMarkReason.clear();
    else
        rec.decisionDate = rec.decisionDate.addDays(1);
    QVERIFY(compact(changed.content()) != compact(issuedReport().content()));
}

void TestWalkInProtocol::emptyObjectsGiveDefaults()
{
    const QJsonObject empty;

    const SubjectSummary s = SubjectSummary::fromJson(empty);
    QCOMPARE(s.id, qint64(0));
    QVERIFY(s.kind.isEmpty() && s.name.isEmpty());

    const AuthorizationLetterInput l = AuthorizationLetterInput::fromJson(empty);
    QVERIFY(!l.validFrom.isValid() && !l.validUntil.isValid());
    QVERIFY(l.classes.isEmpty() && l.categories.isEmpty());

    const WalkInApplicationInput in = WalkInApplicationInput::fromJson(empty);
    QCOMPARE(in.applicantIdType, QStringLiteral("citizen_id"));
    QVERIFY(!in.oral);
    QVERIFY(!in.letter.has_value());
    QVERIFY(in.requestedClasses.isEmpty());

    const MaterialInfo m = MaterialInfo::fromJson(empty);
    QCOMPARE(m.sizeBytes, qint64(0));
    QVERIFY(!m.uploadedAt.isValid());

    const WalkInApplication a = WalkInApplication::fromJson(empty);
    QCOMPARE(a.id, qint64(0));
    QVERIFY(!a.subject.has_value());
    QVERIFY(!a.overdue && !a.oral);
    QVERIFY(!a.dueDate.isValid() && !a.createdAt.isValid());
    QVERIFY(a.materials.isEmpty());

    const ReportRecord r = ReportRecord::fromJson(empty);
    QVERIFY(r.content.isEmpty() && !r.decisionDate.isValid());

    const Report rep = Report::fromJson(empty);
    QVERIFY(rep.number.isEmpty() && rep.records.isEmpty() && rep.classes.isEmpty());
    QCOMPARE(rep.subject.id, qint64(0));
    QVERIFY(!rep.issuedAt.isValid() && !rep.handedAt.isValid());

    const ReportVerification v = ReportVerification::fromJson(empty);
    QVERIFY(v.result.isEmpty());
    QVERIFY(!v.report.has_value());

    // Wrongly typed members read as empty rather than crashing.
    const QJsonObject wrong{{QStringLiteral("letter"), QStringLiteral("yes")},
                            {QStringLiteral("requestedClasses"), QStringLiteral("A")},
                            {QStringLiteral("records"), 3}};
    QVERIFY(!WalkInApplicationInput::fromJson(wrong).letter.has_value());
    QVERIFY(WalkInApplicationInput::fromJson(wrong).requestedClasses.isEmpty());
    QVERIFY(Report::fromJson(wrong).records.isEmpty());
}

void TestWalkInProtocol::requiredMaterialsFollowTheApplicationKind_data()
{
    // seed 003 附件1.五(一)
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("subjectKind");
    QTest::addColumn<QStringList>("materials");
    QTest::newRow("natural person, self") << "self"
                                          << "natural" << QStringList{"id_copy"};
    QTest::newRow("legal person through its agent")
        << "self"
        << "legal" << QStringList{"id_copy", "org_code_copy", "agency_letter"};
    QTest::newRow("another natural person") << "other"
                                            << "natural" << QStringList{"id_copy", "authorization_letter"};
    QTest::newRow("another legal person") << "other"
                                          << "legal" << QStringList{"id_copy", "authorization_letter"};
}

void TestWalkInProtocol::requiredMaterialsFollowTheApplicationKind()
{
    QFETCH(QString, kind);
    QFETCH(QString, subjectKind);
    QFETCH(QStringList, materials);
    QCOMPARE(cp::protocol::requiredWalkInMaterials(kind, subjectKind), materials);
}

QTEST_APPLESS_MAIN(TestWalkInProtocol)
#include "test_walkin_protocol.moc"
