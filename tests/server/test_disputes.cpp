// Disputes 异议处理 end to end over real mutual TLS (SPEC §5; seed 003 附件2):
// the state machine against every role, suspension in walk-in reports and
// department views, corrections with history, repeated-dispute refusal,
// deadlines across 中秋/国庆 2026 and the 10-10 调休 workday, "申请人存疑"
// marks with their 30-day expiry and revocation, and the audit chain.
#include "DisputeFixture.h"
#include "domain/audit/AuditLog.h"
#include "domain/disputes/DisputeRules.h"

#include <QJsonDocument>

using namespace cp::test;
namespace disputes = cp::server::disputes;

namespace {

// Which role may take each step, and in which case states (seed 003 附件2.二–六).
struct Legal
{
    QString role;
    QStringList states;
};
const QHash<QString, Legal> kCaseSteps{
    {QStringLiteral("verification"), {QStringLiteral("officer"), {QStringLiteral("accepted")}}},
    {QStringLiteral("result"), {QStringLiteral("officer"), {QStringLiteral("verified")}}},
    {QStringLiteral("approval"), {QStringLiteral("approver"), {QStringLiteral("result_submitted")}}},
    {QStringLiteral("return"), {QStringLiteral("approver"), {QStringLiteral("result_submitted")}}},
    {QStringLiteral("extension"),
     {QStringLiteral("approver"),
      {QStringLiteral("accepted"), QStringLiteral("verified"), QStringLiteral("result_submitted"),
       QStringLiteral("approved")}}},
    {QStringLiteral("delivery"), {QStringLiteral("clerk"), {QStringLiteral("approved")}}},
    {QStringLiteral("reprint"), {QStringLiteral("clerk"), {QStringLiteral("delivered")}}},
    {QStringLiteral("marks"), {QStringLiteral("clerk"), {QStringLiteral("delivered")}}},
};
const QHash<QString, QString> kCaseNext{
    {QStringLiteral("verification"), QStringLiteral("verified")},
    {QStringLiteral("result"), QStringLiteral("result_submitted")},
    {QStringLiteral("approval"), QStringLiteral("approved")},
    {QStringLiteral("return"), QStringLiteral("verified")},
    {QStringLiteral("delivery"), QStringLiteral("delivered")},
    {QStringLiteral("reprint"), QStringLiteral("delivered")},
    {QStringLiteral("marks"), QStringLiteral("delivered")},
};
const QHash<QString, Legal> kMarkSteps{
    {QStringLiteral("set"), {QStringLiteral("officer"), {QStringLiteral("accepted")}}},
    {QStringLiteral("revocation-application"), {QStringLiteral("clerk"), {QStringLiteral("set")}}},
    {QStringLiteral("revocation"), {QStringLiteral("officer"), {QStringLiteral("revocation_accepted")}}},
};
const QStringList kRoles{QStringLiteral("department"), QStringLiteral("clerk"), QStringLiteral("officer"),
                         QStringLiteral("approver")};

} // namespace

class TestDisputes : public QObject
{
    Q_OBJECT
    DisputeDesk m_desk;

    HttpsProbe& as(const QString& role) { return m_desk.as(role); }
    static qint64 idOf(const QJsonObject& o) { return o.value(QStringLiteral("id")).toInteger(); }

  private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_desk.start(), qPrintable(m_desk.server->errorString())); }

    // Every step from every state by every role: only the legal ones pass, and a
    // refused step leaves the case as it was.
    void caseStateMachine_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("action");
        for (const QString& state :
             {QStringLiteral("accepted"), QStringLiteral("verified"), QStringLiteral("result_submitted"),
              QStringLiteral("approved"), QStringLiteral("delivered")})
            for (const QString& action :
                 {QStringLiteral("verification"), QStringLiteral("result"), QStringLiteral("approval"),
                  QStringLiteral("return"), QStringLiteral("extension"), QStringLiteral("delivery"),
                  QStringLiteral("reprint"), QStringLiteral("marks")})
                QTest::addRow("%s × %s", qPrintable(state), qPrintable(action)) << state << action;
    }
    void caseStateMachine()
    {
        QFETCH(QString, state);
        QFETCH(QString, action);
        const qint64 id = m_desk.caseIn(state);
        QCOMPARE(m_desk.stateOf(id), state);
        const Legal legal = kCaseSteps.value(action);
        for (const QString& role : kRoles) {
            if (role == legal.role)
                continue;
            const auto r = m_desk.step(role, action, id);
            QCOMPARE(r.status, 403);
            QCOMPARE(r.errorCode(), QStringLiteral("FORBIDDEN"));
            QCOMPARE(m_desk.stateOf(id), state);
        }
        const auto r = m_desk.step(legal.role, action, id);
        if (legal.states.contains(state)) {
            QVERIFY2(r.status == 200 || r.status == 201, qPrintable(QJsonDocument(r.json).toJson()));
            QCOMPARE(m_desk.stateOf(id), kCaseNext.value(action, state));
        } else {
            QCOMPARE(r.status, 409);
            QCOMPARE(r.errorCode(), QStringLiteral("INVALID_STATE"));
            QVERIFY2(r.errorMessage().contains(disputes::caseStateZh(state)), qPrintable(r.errorMessage()));
            QCOMPARE(errorDetails(r).value(QStringLiteral("state")).toString(), state);
            QCOMPARE(m_desk.stateOf(id), state);
        }
    }

    void markStateMachine_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("action");
        for (const QString& state : {QStringLiteral("accepted"), QStringLiteral("set"),
                                     QStringLiteral("revocation_accepted"), QStringLiteral("revoked")})
            for (const QString& action : {QStringLiteral("set"), QStringLiteral("revocation-application"),
                                          QStringLiteral("revocation")})
                QTest::addRow("%s × %s", qPrintable(state), qPrintable(action)) << state << action;
    }
    void markStateMachine()
    {
        QFETCH(QString, state);
        QFETCH(QString, action);
        const qint64 caseId = m_desk.caseIn(QStringLiteral("delivered"));
        const qint64 recordId =
            m_desk.get(caseId)[QStringLiteral("records")][0][QStringLiteral("recordId")].toInteger();
        const qint64 markId =
            idOf(m_desk.applyMark(caseId, recordId).json.value(QStringLiteral("mark")).toObject());
        const QStringList path{QStringLiteral("officer|set"), QStringLiteral("clerk|revocation-application"),
                               QStringLiteral("officer|revocation")};
        for (const QString& move : path) {
            if (m_desk.markOf(caseId).value(QStringLiteral("state")).toString() == state)
                break;
            m_desk.markStep(move.section(QLatin1Char('|'), 0, 0), move.section(QLatin1Char('|'), 1), caseId,
                            markId);
        }
        QCOMPARE(m_desk.markOf(caseId).value(QStringLiteral("state")).toString(), state);
        const Legal legal = kMarkSteps.value(action);
        for (const QString& role : kRoles) {
            if (role == legal.role)
                continue;
            QCOMPARE(m_desk.markStep(role, action, caseId, markId).errorCode(), QStringLiteral("FORBIDDEN"));
        }
        const auto r = m_desk.markStep(legal.role, action, caseId, markId);
        if (legal.states.contains(state)) {
            QVERIFY2(r.status == 200 || r.status == 201, qPrintable(QJsonDocument(r.json).toJson()));
            QVERIFY(m_desk.markOf(caseId).value(QStringLiteral("state")).toString() != state);
        } else {
            QCOMPARE(r.errorCode(), QStringLiteral("INVALID_STATE"));
            QCOMPARE(m_desk.markOf(caseId).value(QStringLiteral("state")).toString(), state);
        }
    }

    // seed 003 附件2.四(二), 六(一): a numbered, signed receipt; suspended the same day; filed.
    void acceptanceIssuesVerifiableReceiptAndSuspendsSameDay()
    {
        const qint64 record = m_desk.newRecord(QStringLiteral("受理回执测试处罚"));
        const auto r = m_desk.accept({record});
        QCOMPARE(r.status, 201);
        const auto c = caseOf(r);
        QVERIFY(QRegularExpression(QStringLiteral("^YY\\d{8}-\\d{4}$"))
                    .match(c.value(QStringLiteral("number")).toString())
                    .hasMatch());
        QCOMPARE(c.value(QStringLiteral("state")).toString(), QStringLiteral("accepted"));
        QCOMPARE(c.value(QStringLiteral("dueDate")).toString(),
                 cp::protocol::toWireDate(m_desk.today().addDays(30)));
        QCOMPARE(c.value(QStringLiteral("materials")).toArray().size(), 3);
        const auto receipt = documentOf(r);
        QCOMPARE(c.value(QStringLiteral("receiptNumber")).toString(),
                 receipt.value(QStringLiteral("number")).toString());
        QVERIFY(receipt.value(QStringLiteral("purpose"))
                    .toString()
                    .contains(c.value(QStringLiteral("number")).toString()));
        QCOMPARE(recordsById(receipt).value(record).value(QStringLiteral("title")).toString(),
                 QStringLiteral("受理回执测试处罚"));
        QCOMPARE(m_desk.reportKind(receipt), QStringLiteral("dispute_receipt"));
        QCOMPARE(m_desk.verify(receipt), QStringLiteral("genuine"));
        QCOMPARE(scalar(*m_desk.server,
                        QStringLiteral("SELECT dispute_state FROM credit_records WHERE id = ?"), {record})
                     .toString(),
                 QStringLiteral("in_progress"));
        QCOMPARE(
            scalar(*m_desk.server,
                   QStringLiteral(
                       "SELECT count(*) FROM archive_items WHERE source_kind = 'dispute' AND source_id = ?"),
                   {idOf(c)})
                .toInt(),
            1);
        // The stored scan comes back whole.
        const qint64 material = idOf(c.value(QStringLiteral("materials")).toArray().first().toObject());
        const auto scan =
            as(QStringLiteral("officer"))
                .get(QStringLiteral("/api/v1/disputes/%1/materials/%2").arg(idOf(c)).arg(material));
        QCOMPARE(
            QByteArray::fromBase64(scan.json.value(QStringLiteral("contentBase64")).toString().toLatin1()),
            pdfBytes());
    }

    // seed 004 §27: the desk reads a case's scans while it is open, also when its paper file is
    // already in the archive room; a delivered case's filed scans are read through the archive.
    void filedScansOfADeliveredCaseAreReadThroughTheArchive()
    {
        const qint64 id = m_desk.caseIn(QStringLiteral("approved"));
        const auto c = as(QStringLiteral("officer")).get(QStringLiteral("/api/v1/disputes/%1").arg(id)).json;
        const QString path =
            QStringLiteral("/api/v1/disputes/%1/materials/%2")
                .arg(id)
                .arg(idOf(c.value(QStringLiteral("materials")).toArray().first().toObject()));
        insert(
            *m_desk.server,
            QStringLiteral(
                "UPDATE archive_items SET status = 'filed' WHERE source_kind = 'dispute' AND source_id = ?"),
            {id});
        QCOMPARE(as(QStringLiteral("officer")).get(path).status, 200); // still open
        QCOMPARE(m_desk.step(QStringLiteral("clerk"), QStringLiteral("delivery"), id).status, 200);
        const auto refused = as(QStringLiteral("officer")).get(path);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("reason")]
                     .toString(),
                 QStringLiteral("ARCHIVED"));
    }

    void acceptanceRefusesBadApplicationsAndStoresNothing_data()
    {
        QTest::addColumn<QString>("mutation");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field"); // details.field, or the missing kind
        QTest::newRow("someone else applies") << "applicantId"
                                              << "VALIDATION_FAILED"
                                              << "applicant.idNumber";
        QTest::newRow("name differs") << "applicantName"
                                      << "VALIDATION_FAILED"
                                      << "applicant.name";
        QTest::newRow("no reason") << "reason"
                                   << "VALIDATION_FAILED"
                                   << "reason";
        QTest::newRow("no records") << "noRecords"
                                    << "VALIDATION_FAILED"
                                    << "recordIds";
        QTest::newRow("class C record") << "classC"
                                        << "VALIDATION_FAILED"
                                        << "recordIds";
        QTest::newRow("record out of validity") << "expired"
                                                << "VALIDATION_FAILED"
                                                << "recordIds";
        QTest::newRow("unknown material kind") << "kind"
                                               << "VALIDATION_FAILED"
                                               << "materials[2].kind";
        QTest::newRow("no evidence") << "noEvidence"
                                     << "MATERIALS_INCOMPLETE"
                                     << "evidence";
        QTest::newRow("not really a PDF") << "fake"
                                          << "MATERIAL_REJECTED"
                                          << "";
        QTest::newRow("over 10 MiB") << "huge"
                                     << "MATERIAL_REJECTED"
                                     << "";
    }
    void acceptanceRefusesBadApplicationsAndStoresNothing()
    {
        QFETCH(QString, mutation);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const qint64 record = m_desk.newRecord(QStringLiteral("拒绝受理测试"));
        auto in = disputeBy(kPersonId, m_desk.personName, {record});
        if (mutation == QLatin1String("applicantId"))
            in.applicant.idNumber = kAgentId;
        else if (mutation == QLatin1String("applicantName"))
            in.applicant.name = QStringLiteral("王芳");
        else if (mutation == QLatin1String("reason"))
            in.reason = QStringLiteral("  ");
        else if (mutation == QLatin1String("noRecords"))
            in.recordIds.clear();
        else if (mutation == QLatin1String("classC"))
            in.recordIds = {m_desk.newRecord(QStringLiteral("内部信息"), QStringLiteral("C"))};
        else if (mutation == QLatin1String("expired"))
            insert(*m_desk.server,
                   QStringLiteral("UPDATE credit_records SET valid_until = '2020-12-31' WHERE id = ?"),
                   {record});
        else if (mutation == QLatin1String("kind"))
            in.materials[2].kind = QStringLiteral("photo");
        else if (mutation == QLatin1String("noEvidence"))
            in.materials.removeLast();
        else if (mutation == QLatin1String("fake"))
            in.materials[2].content = QByteArrayLiteral("MZ\x90\x00 not a pdf");
        else if (mutation == QLatin1String("huge"))
            in.materials[2].content = QByteArray("%PDF-") + QByteArray(10 * 1024 * 1024, 'x');
        auto count = [&](const QString& table) {
            return scalar(*m_desk.server, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
        };
        const int cases = count(QStringLiteral("dispute_cases"));
        const int materials = count(QStringLiteral("dispute_materials"));
        const auto r = as(QStringLiteral("clerk")).post(QStringLiteral("/api/v1/disputes"), in.toJson());
        QCOMPARE(r.errorCode(), code);
        QVERIFY(!r.errorMessage().isEmpty());
        if (code == QLatin1String("VALIDATION_FAILED"))
            QCOMPARE(errorDetails(r).value(QStringLiteral("field")).toString(), field);
        if (code == QLatin1String("MATERIALS_INCOMPLETE"))
            QVERIFY(errorDetails(r).value(QStringLiteral("missing")).toArray().contains(field));
        QCOMPARE(count(QStringLiteral("dispute_cases")), cases);
        QCOMPARE(count(QStringLiteral("dispute_materials")), materials);
        QCOMPARE(scalar(*m_desk.server,
                        QStringLiteral("SELECT dispute_state FROM credit_records WHERE id = ?"), {record})
                     .toString(),
                 QStringLiteral("none"));
    }

    // seed 003 附件2.四(一): a legal person applies through an agent with the sealed documents.
    void legalPersonAppliesThroughAgentWithSealedDocuments()
    {
        const qint64 company = addSubject(*m_desk.server, QStringLiteral("legal"), kCompanyCode,
                                          QStringLiteral("景德镇市青花瓷业有限公司"));
        const qint64 record = addRecord(*m_desk.server, company, QStringLiteral("A"),
                                        QStringLiteral("admin_penalty"), QStringLiteral("企业处罚"));
        auto in = disputeBy(kCompanyCode, QStringLiteral("王芳"), {record});
        in.applicant.idNumber = kAgentId;
        const auto incomplete =
            as(QStringLiteral("clerk")).post(QStringLiteral("/api/v1/disputes"), in.toJson());
        QCOMPARE(incomplete.errorCode(), QStringLiteral("MATERIALS_INCOMPLETE"));
        const auto missing = errorDetails(incomplete).value(QStringLiteral("missing")).toArray();
        QVERIFY(missing.contains(QStringLiteral("org_code_copy")) &&
                missing.contains(QStringLiteral("agency_letter")));
        in.materials << upload(QStringLiteral("org_code_copy")) << upload(QStringLiteral("agency_letter"));
        const auto ok = as(QStringLiteral("clerk")).post(QStringLiteral("/api/v1/disputes"), in.toJson());
        QCOMPARE(ok.status, 201);
        QCOMPARE(caseOf(ok)[QStringLiteral("applicant")][QStringLiteral("name")].toString(),
                 QStringLiteral("王芳"));
        QCOMPARE(caseOf(ok)[QStringLiteral("subject")][QStringLiteral("idNumber")].toString(), kCompanyCode);
    }

    // seed 003 附件2.四(二): no second dispute on the same information once it is answered.
    void repeatedDisputeIsRefusedNamingTheEarlierCase()
    {
        const qint64 record = m_desk.newRecord(QStringLiteral("重复异议测试"));
        const qint64 id = m_desk.caseIn(QStringLiteral("approved"), {record});
        const QString number = m_desk.get(id).value(QStringLiteral("number")).toString();
        const auto open = m_desk.accept({record});
        QCOMPARE(open.errorCode(), QStringLiteral("CONFLICT"));
        QCOMPARE(errorDetails(open).value(QStringLiteral("reason")).toString(), QStringLiteral("CASE_OPEN"));
        QCOMPARE(errorDetails(open).value(QStringLiteral("caseNumber")).toString(), number);
        QCOMPARE(m_desk.step(QStringLiteral("clerk"), QStringLiteral("delivery"), id).status, 200);
        const auto again = m_desk.accept({record});
        QCOMPARE(again.status, 409);
        QCOMPARE(errorDetails(again).value(QStringLiteral("reason")).toString(),
                 QStringLiteral("ALREADY_ANSWERED"));
        QCOMPARE(errorDetails(again).value(QStringLiteral("caseNumber")).toString(), number);
        QVERIFY(again.errorMessage().contains(number));
        const auto log = m_desk.auditEntries(QStringLiteral("dispute.accept")).last();
        QCOMPARE(log.value(QStringLiteral("_outcome")).toString(), QStringLiteral("refused"));
        QCOMPARE(log.value(QStringLiteral("earlierCase")).toString(), number);
        // The window's lookup says the same before anyone fills in a form.
        const auto lookup = as(QStringLiteral("clerk"))
                                .get(QStringLiteral("/api/v1/disputes/records?idNumber=%1").arg(kPersonId));
        for (const auto& v : lookup.json.value(QStringLiteral("records")).toArray())
            if (v[QStringLiteral("record")][QStringLiteral("recordId")].toInteger() == record) {
                QCOMPARE(v[QStringLiteral("disputable")].toBool(), false);
                QCOMPARE(v[QStringLiteral("blockingCase")].toString(), number);
            }
    }

    // seed 003 附件2.六(一)–(二): suspended from acceptance until the result is delivered.
    void suspensionShowsInWalkInReportsAndDepartmentViews()
    {
        const qint64 record = m_desk.newRecord(QStringLiteral("暂停使用测试"));
        QVERIFY(m_desk.walkInReport().contains(record));
        const qint64 id = m_desk.caseIn(QStringLiteral("accepted"), {record});
        QVERIFY(!m_desk.walkInReport().contains(record));
        const auto suspended = m_desk.departmentView().value(record);
        QCOMPARE(suspended.value(QStringLiteral("suspended")).toBool(), true);
        QCOMPARE(suspended.value(QStringLiteral("title")).toString(),
                 QStringLiteral("暂停使用（异议处理中）"));
        const QList<std::pair<QString, QString>> steps{
            {QStringLiteral("officer"), QStringLiteral("verification")},
            {QStringLiteral("officer"), QStringLiteral("result")},
            {QStringLiteral("approver"), QStringLiteral("approval")}};
        for (const auto& [role, action] : steps) {
            QCOMPARE(m_desk.step(role, action, id).status, 200);
            QVERIFY2(!m_desk.walkInReport().contains(record), qPrintable(action));
            QVERIFY(m_desk.departmentView().value(record).value(QStringLiteral("suspended")).toBool());
        }
        QCOMPARE(m_desk.step(QStringLiteral("clerk"), QStringLiteral("delivery"), id).status, 200);
        QVERIFY(m_desk.walkInReport().contains(record));
        QVERIFY(!m_desk.departmentView().value(record).value(QStringLiteral("suspended")).toBool());
    }

    // seed 003 附件2.五(二)–(五): corrections take effect at approval, the old version is kept,
    // one free reprint follows; the approver is not the author.
    void correctionKeepsHistoryAndTakesEffectAtApproval()
    {
        const qint64 wrong = m_desk.newRecord(QStringLiteral("错误的处罚"));
        const qint64 duplicate = m_desk.newRecord(QStringLiteral("重复录入的处罚"));
        const qint64 id = m_desk.caseIn(QStringLiteral("verified"), {wrong, duplicate});
        cp::protocol::DisputeResultInput result;
        result.text = QStringLiteral("经核查，罚款金额录入错误，另一条为重复录入。");
        result.outcomes = {{wrong, QStringLiteral("corrected"), QStringLiteral("更正后的处罚"),
                            QStringLiteral("罚款 500 元")},
                           {duplicate, QStringLiteral("deleted"), {}, {}}};
        // The officer who also approves may not approve their own result.
        QCOMPARE(as(QStringLiteral("both"))
                     .post(QStringLiteral("/api/v1/disputes/%1/result").arg(id), result.toJson())
                     .status,
                 200);
        auto title = [&](qint64 r) {
            return scalar(*m_desk.server, QStringLiteral("SELECT title FROM credit_records WHERE id = ?"),
                          {r})
                .toString();
        };
        auto history = [&](qint64 r) {
            return scalar(*m_desk.server,
                          QStringLiteral("SELECT count(*) FROM credit_record_history WHERE record_id = ?"),
                          {r})
                .toInt();
        };
        QCOMPARE(title(wrong), QStringLiteral("错误的处罚"));
        QCOMPARE(history(wrong), 0);
        QCOMPARE(as(QStringLiteral("both"))
                     .post(QStringLiteral("/api/v1/disputes/%1/approval").arg(id), {})
                     .errorCode(),
                 QStringLiteral("SAME_PERSON"));
        const auto approved = m_desk.step(QStringLiteral("approver"), QStringLiteral("approval"), id);
        QCOMPARE(approved.status, 200);
        QCOMPARE(title(wrong), QStringLiteral("更正后的处罚"));
        QCOMPARE(history(wrong), 1);
        QCOMPARE(
            scalar(*m_desk.server,
                   QStringLiteral(
                       "SELECT title || '|' || change_kind FROM credit_record_history WHERE record_id = ?"),
                   {wrong})
                .toString(),
            QStringLiteral("错误的处罚|corrected"));
        QCOMPARE(scalar(*m_desk.server, QStringLiteral("SELECT status FROM credit_records WHERE id = ?"),
                        {duplicate})
                     .toString(),
                 QStringLiteral("deleted"));
        QCOMPARE(history(duplicate), 1);
        QSqlQuery tamper(m_desk.server->server().database().connection());
        QVERIFY(!tamper.exec(QStringLiteral("UPDATE credit_record_history SET title = 'x'"))); // append-only
        const auto report = documentOf(approved);
        QCOMPARE(m_desk.reportKind(report), QStringLiteral("dispute_result"));
        QCOMPARE(m_desk.verify(report), QStringLiteral("genuine"));
        QCOMPARE(recordsById(report).value(wrong).value(QStringLiteral("title")).toString(),
                 QStringLiteral("〔更正〕更正后的处罚"));
        QCOMPARE(recordsById(report).value(duplicate).value(QStringLiteral("title")).toString(),
                 QStringLiteral("〔删除〕重复录入的处罚"));
        QVERIFY(!m_desk.walkInReport().contains(wrong)); // still suspended until delivered

        const auto delivered = m_desk.step(QStringLiteral("clerk"), QStringLiteral("delivery"), id);
        QCOMPARE(caseOf(delivered).value(QStringLiteral("freeReprint")).toString(),
                 QStringLiteral("available"));
        const auto walkIn = m_desk.walkInReport();
        QCOMPARE(walkIn.value(wrong).value(QStringLiteral("content")).toString(),
                 QStringLiteral("罚款 500 元"));
        QVERIFY(!walkIn.contains(duplicate));
        const auto reprint = m_desk.step(QStringLiteral("clerk"), QStringLiteral("reprint"), id);
        QCOMPARE(reprint.status, 201);
        QCOMPARE(recordsById(documentOf(reprint)).value(wrong).value(QStringLiteral("title")).toString(),
                 QStringLiteral("更正后的处罚"));
        QCOMPARE(m_desk.reportKind(documentOf(reprint)), QStringLiteral("dispute_reprint"));
        QCOMPARE(caseOf(reprint).value(QStringLiteral("freeReprint")).toString(), QStringLiteral("used"));
        QCOMPARE(m_desk.step(QStringLiteral("clerk"), QStringLiteral("reprint"), id).errorCode(),
                 QStringLiteral("INVALID_STATE"));
    }

    void noFreeReprintWhenNothingWasCorrected()
    {
        const qint64 record = m_desk.newRecord(QStringLiteral("维持原状"));
        const qint64 id = m_desk.caseIn(QStringLiteral("verified"), {record});
        cp::protocol::DisputeResultInput result;
        result.text = QStringLiteral("经核查，信息准确，予以维持。");
        result.outcomes = {{record, QStringLiteral("upheld"), {}, {}}};
        QCOMPARE(as(QStringLiteral("officer"))
                     .post(QStringLiteral("/api/v1/disputes/%1/result").arg(id), result.toJson())
                     .status,
                 200);
        QCOMPARE(m_desk.step(QStringLiteral("approver"), QStringLiteral("approval"), id).status, 200);
        QCOMPARE(m_desk.step(QStringLiteral("clerk"), QStringLiteral("delivery"), id).status, 200);
        QCOMPARE(m_desk.get(id).value(QStringLiteral("freeReprint")).toString(), QStringLiteral("none"));
        QCOMPARE(m_desk.step(QStringLiteral("clerk"), QStringLiteral("reprint"), id).errorCode(),
                 QStringLiteral("INVALID_STATE"));
        QCOMPARE(
            scalar(*m_desk.server, QStringLiteral("SELECT title FROM credit_records WHERE id = ?"), {record})
                .toString(),
            QStringLiteral("维持原状"));
    }

    // seed 003 附件2.三: 30 calendar days; one extension of ≤ 15 working days, approved.
    void caseDeadlineIsThirtyDaysAndExtendsOnceAcrossNationalDay()
    {
        m_desk.moveTo(QDate(2026, 9, 1));
        const qint64 id = m_desk.caseIn(QStringLiteral("accepted"));
        // 2026-09-01 + 30 calendar days = 2026-10-01 (国庆 itself: calendar days do not skip holidays).
        QCOMPARE(m_desk.get(id).value(QStringLiteral("dueDate")).toString(), QStringLiteral("2026-10-01"));
        const QString ext = QStringLiteral("/api/v1/disputes/%1/extension").arg(id);
        QCOMPARE(as(QStringLiteral("approver"))
                     .post(ext, {{QStringLiteral("workingDays"), 16},
                                 {QStringLiteral("reason"), QStringLiteral("复杂")}})
                     .errorCode(),
                 QStringLiteral("VALIDATION_FAILED"));
        // 5 working days after 10-01: 10-02..10-07 国庆 off, 10-08 Thu (1), 10-09 Fri (2),
        // 10-10 Sat 调休 workday (3), 10-11 Sun off, 10-12 Mon (4), 10-13 Tue (5) → 2026-10-13.
        const auto e = m_desk.step(QStringLiteral("approver"), QStringLiteral("extension"), id);
        QCOMPARE(caseOf(e).value(QStringLiteral("extendedDueDate")).toString(), QStringLiteral("2026-10-13"));
        QCOMPARE(caseOf(e).value(QStringLiteral("effectiveDueDate")).toString(),
                 QStringLiteral("2026-10-13"));
        QCOMPARE(m_desk.step(QStringLiteral("approver"), QStringLiteral("extension"), id).errorCode(),
                 QStringLiteral("INVALID_STATE"));
        const QString queue = QStringLiteral("/api/v1/disputes?state=open");
        m_desk.moveTo(QDate(2026, 10, 13));
        QCOMPARE(m_desk.queued(queue, QStringLiteral("cases"), id).value(QStringLiteral("overdue")).toBool(),
                 false);
        m_desk.moveTo(QDate(2026, 10, 14));
        QCOMPARE(m_desk.queued(queue, QStringLiteral("cases"), id).value(QStringLiteral("overdue")).toBool(),
                 true);
    }

    // seed 003 附件2.六(三), 三: apply within 5 working days of delivery; set within 7 working days.
    void markDeadlinesCountWorkingDaysAcrossNationalDayAndTiaoxiu()
    {
        m_desk.moveTo(QDate(2026, 9, 30)); // Wednesday before 国庆
        const qint64 first = m_desk.newRecord(QStringLiteral("标注期限一"));
        const qint64 second = m_desk.newRecord(QStringLiteral("标注期限二"));
        const qint64 late = m_desk.newRecord(QStringLiteral("标注期限三"));
        const qint64 id = m_desk.caseIn(QStringLiteral("delivered"), {first, second, late});
        // Delivered 09-30: 10-01..07 off, 10-08 (1), 10-09 (2), 10-10 Sat 调休 (3), 10-12 (4), 10-13 (5).
        QCOMPARE(m_desk.get(id).value(QStringLiteral("markApplicationDeadline")).toString(),
                 QStringLiteral("2026-10-13"));
        const auto a = m_desk.applyMark(id, first);
        QCOMPARE(a.status, 201);
        // Accepted 09-30, 7 working days: 10-08, 10-09, 10-10 (调休), 10-12, 10-13, 10-14, 10-15.
        const auto mark = a.json.value(QStringLiteral("mark")).toObject();
        QCOMPARE(mark.value(QStringLiteral("dueDate")).toString(), QStringLiteral("2026-10-15"));
        QCOMPARE(m_desk.reportKind(documentOf(a)), QStringLiteral("mark_receipt"));
        QCOMPARE(m_desk.verify(documentOf(a)), QStringLiteral("genuine"));

        m_desk.moveTo(QDate(2026, 10, 13)); // the last day of the window
        const auto b = m_desk.applyMark(id, second);
        QCOMPARE(b.status, 201);
        // 10-14, 10-15, 10-16, 10-19, 10-20, 10-21, 10-22.
        QCOMPARE(b.json[QStringLiteral("mark")][QStringLiteral("dueDate")].toString(),
                 QStringLiteral("2026-10-22"));
        QCOMPARE(m_desk.applyMark(id, first).errorCode(),
                 QStringLiteral("CONFLICT")); // one live mark per record

        m_desk.moveTo(QDate(2026, 10, 14));
        const auto refused = m_desk.applyMark(id, late);
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.errorCode(), QStringLiteral("DEADLINE_PASSED"));
        QCOMPARE(errorDetails(refused).value(QStringLiteral("deadline")).toString(),
                 QStringLiteral("2026-10-13"));

        const QString queue = QStringLiteral("/api/v1/disputes/marks?state=open");
        m_desk.moveTo(QDate(2026, 10, 15));
        QCOMPARE(m_desk.queued(queue, QStringLiteral("marks"), idOf(mark))
                     .value(QStringLiteral("overdue"))
                     .toBool(),
                 false);
        m_desk.moveTo(QDate(2026, 10, 16));
        QCOMPARE(m_desk.queued(queue, QStringLiteral("marks"), idOf(mark))
                     .value(QStringLiteral("overdue"))
                     .toBool(),
                 true);
    }

    // seed 003 附件2.六(五): shown with its reason on every report and view, kept 30 days,
    // then gone by itself; the record stays usable throughout.
    void markShowsEverywhereThenExpiresAfterThirtyDays()
    {
        m_desk.moveTo(QDate(2026, 10, 16));
        const qint64 record = m_desk.newRecord(QStringLiteral("存疑标注测试"));
        const qint64 id = m_desk.caseIn(QStringLiteral("delivered"), {record});
        const qint64 markId =
            idOf(m_desk.applyMark(id, record).json.value(QStringLiteral("mark")).toObject());
        const auto set = m_desk.markStep(QStringLiteral("officer"), QStringLiteral("set"), id, markId);
        QCOMPARE(set.status, 200);
        QCOMPARE(set.json[QStringLiteral("mark")][QStringLiteral("markUntil")].toString(),
                 QStringLiteral("2026-11-15")); // 10-16 + 30
        const QString reason = QStringLiteral("申请人认为处罚依据不足");
        QCOMPARE(m_desk.walkInReport().value(record).value(QStringLiteral("applicantMarkReason")).toString(),
                 reason);
        QCOMPARE(
            m_desk.departmentView().value(record).value(QStringLiteral("applicantMarkReason")).toString(),
            reason);

        m_desk.moveTo(QDate(2026, 11, 15));
        QCOMPARE(m_desk.walkInReport().value(record).value(QStringLiteral("applicantMarkReason")).toString(),
                 reason);
        m_desk.moveTo(QDate(2026, 11, 16));
        const auto report = m_desk.walkInReport();
        QVERIFY(report.contains(record));
        QVERIFY(!report.value(record).contains(QStringLiteral("applicantMarkReason")));
        QVERIFY(!m_desk.departmentView().value(record).contains(QStringLiteral("applicantMarkReason")));
        QCOMPARE(m_desk.markOf(id).value(QStringLiteral("state")).toString(), QStringLiteral("expired"));
        QCOMPARE(
            m_desk.markStep(QStringLiteral("clerk"), QStringLiteral("revocation-application"), id, markId)
                .errorCode(),
            QStringLiteral("INVALID_STATE"));
    }

    // seed 003 附件2.七: revocation on the subject's request, within 5 working days.
    void revocationClearsTheMark()
    {
        m_desk.moveTo(QDate(2026, 10, 16)); // Friday
        const qint64 record = m_desk.newRecord(QStringLiteral("撤销标注测试"));
        const qint64 id = m_desk.caseIn(QStringLiteral("delivered"), {record});
        const qint64 markId =
            idOf(m_desk.applyMark(id, record).json.value(QStringLiteral("mark")).toObject());
        m_desk.markStep(QStringLiteral("officer"), QStringLiteral("set"), id, markId);
        QVERIFY(m_desk.walkInReport().value(record).contains(QStringLiteral("applicantMarkReason")));
        const auto accepted =
            m_desk.markStep(QStringLiteral("clerk"), QStringLiteral("revocation-application"), id, markId);
        QCOMPARE(accepted.status, 201);
        // 10-19, 10-20, 10-21, 10-22, 10-23.
        QCOMPARE(accepted.json[QStringLiteral("mark")][QStringLiteral("revocationDueDate")].toString(),
                 QStringLiteral("2026-10-23"));
        QCOMPARE(m_desk.reportKind(documentOf(accepted)), QStringLiteral("mark_revocation_receipt"));
        QCOMPARE(m_desk.verify(documentOf(accepted)), QStringLiteral("genuine"));
        QCOMPARE(m_desk.markStep(QStringLiteral("officer"), QStringLiteral("revocation"), id, markId).status,
                 200);
        QVERIFY(!m_desk.walkInReport().value(record).contains(QStringLiteral("applicantMarkReason")));
        QVERIFY(scalar(*m_desk.server,
                       QStringLiteral("SELECT applicant_mark_reason FROM credit_records WHERE id = ?"),
                       {record})
                    .isNull());
        QCOMPARE(m_desk.markOf(id).value(QStringLiteral("state")).toString(), QStringLiteral("revoked"));
    }

    // seed 003 附件2.八(一): the dispute log names subject, dates, marks, reasons and who.
    void everyStepIsInTheTamperEvidentChain()
    {
        for (const QString& action :
             {QStringLiteral("dispute.accept"), QStringLiteral("dispute.verify"),
              QStringLiteral("dispute.result"), QStringLiteral("dispute.approve"),
              QStringLiteral("dispute.return"), QStringLiteral("dispute.extend"),
              QStringLiteral("dispute.deliver"), QStringLiteral("dispute.reprint"),
              QStringLiteral("mark.accept"), QStringLiteral("mark.set"),
              QStringLiteral("mark.revocation_accept"), QStringLiteral("mark.revoke")})
            QVERIFY2(!m_desk.auditEntries(action).isEmpty(), qPrintable(action));
        const auto accept = m_desk.auditEntries(QStringLiteral("dispute.accept")).first();
        QCOMPARE(accept[QStringLiteral("subject")][QStringLiteral("idNumber")].toString(), kPersonId);
        QCOMPARE(accept.value(QStringLiteral("mark")).toString(), QStringLiteral("异议正在处理"));
        QVERIFY(!accept.value(QStringLiteral("reason")).toString().isEmpty());
        QCOMPARE(accept.value(QStringLiteral("_who")).toString(), QStringLiteral("clerk"));
        const auto set = m_desk.auditEntries(QStringLiteral("mark.set")).last();
        QCOMPARE(set.value(QStringLiteral("mark")).toString(), QStringLiteral("申请人存疑"));
        QVERIFY(set.contains(QStringLiteral("until")) && set.contains(QStringLiteral("reason")));
        QCOMPARE(set.value(QStringLiteral("_who")).toString(), QStringLiteral("officer"));
        QSqlDatabase db = m_desk.server->server().database().connection();
        const auto v = cp::server::AuditLog::verify(db);
        QVERIFY2(v.ok, qPrintable(v.reason));
    }
};

QTEST_MAIN(TestDisputes)
#include "test_disputes.moc"
