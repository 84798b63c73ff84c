// Walk-in queries end to end over real mutual TLS (SPEC §2–4; seed 003 附件1).
#include "WalkInFixture.h"
#include "domain/audit/AuditLog.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace cp::test;
using cp::protocol::WalkInApplicationInput;

class TestWalkIn : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpsProbe> m_clerk;
    std::unique_ptr<HttpsProbe> m_boss;
    std::unique_ptr<HttpsProbe> m_dept;
    qint64 m_person = 0;
    qint64 m_company = 0;
    QHash<QString, qint64> m_records;

    std::unique_ptr<HttpsProbe> login(const QString& name, const QString& role)
    {
        m_server->createAccount(staffAccount(name, {role}, kPassword, name));
        auto p = deskFor(*m_server, name);
        if (p->login(kPassword).status != 200)
            qFatal("login failed for %s", qPrintable(name));
        return p;
    }
    qint64 registerApp(const WalkInApplicationInput& in)
    {
        const auto r = m_clerk->post(QStringLiteral("/api/v1/walkin/applications"), in.toJson());
        if (r.status != 201)
            qWarning() << "register failed" << r.status << r.json;
        return r.json.value(QStringLiteral("id")).toInteger();
    }
    ProbeReply answer(qint64 id)
    {
        return m_clerk->post(QStringLiteral("/api/v1/walkin/applications/%1/answer").arg(id), {});
    }
    QStringList titles(const ProbeReply& r)
    {
        QStringList out;
        for (const auto& v : r.json.value(QStringLiteral("records")).toArray())
            out << v.toObject().value(QStringLiteral("title")).toString();
        return out;
    }
    QList<QJsonObject> auditEntries(const QString& action)
    {
        return cp::test::auditEntries(*m_server, action);
    }
    WalkInApplicationInput otherQuery(const QDate& from, const QDate& until)
    {
        WalkInApplicationInput in = selfQuery(kPersonId, QStringLiteral("李明"));
        in.kind = QStringLiteral("other");
        in.applicantName = QStringLiteral("王芳");
        in.applicantIdNumber = kAgentId;
        in.letter = letterFor(QStringLiteral("王芳"), kAgentId, from, until);
        return in;
    }
    qint64 readyOtherQuery(const WalkInApplicationInput& in)
    {
        const qint64 id = registerApp(in);
        attach(*m_clerk, id, QStringLiteral("id_copy"));
        attach(*m_clerk, id, QStringLiteral("authorization_letter"));
        return id;
    }

  private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>(
            QStringList{QStringLiteral("clerk"), QStringLiteral("boss"), QStringLiteral("dept")});
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorString()));
        m_clerk = login(QStringLiteral("clerk"), QStringLiteral("clerk"));
        m_boss = login(QStringLiteral("boss"), QStringLiteral("approver"));
        m_dept = login(QStringLiteral("dept"), QStringLiteral("department"));

        m_person = addSubject(*m_server, QStringLiteral("natural"), kPersonId, QStringLiteral("李明"));
        m_company = addSubject(*m_server, QStringLiteral("legal"), kCompanyCode,
                               QStringLiteral("景德镇市青花瓷业有限公司"));
        const QDate today = chinaToday(*m_server);
        m_records[QStringLiteral("A")] =
            addRecord(*m_server, m_person, QStringLiteral("A"), QStringLiteral("admin_license"),
                      QStringLiteral("A类许可"));
        m_records[QStringLiteral("B")] = addRecord(*m_server, m_person, QStringLiteral("B"),
                                                   QStringLiteral("tax_arrears"), QStringLiteral("B类欠税"));
        m_records[QStringLiteral("C")] =
            addRecord(*m_server, m_person, QStringLiteral("C"), QStringLiteral("admin_penalty"),
                      QStringLiteral("C类内部"));
        m_records[QStringLiteral("suspended")] =
            addRecord(*m_server, m_person, QStringLiteral("A"), QStringLiteral("admin_penalty"),
                      QStringLiteral("异议中处罚"), QStringLiteral("active"), QStringLiteral("in_progress"));
        m_records[QStringLiteral("deleted")] =
            addRecord(*m_server, m_person, QStringLiteral("A"), QStringLiteral("admin_penalty"),
                      QStringLiteral("已删除"), QStringLiteral("deleted"));
        m_records[QStringLiteral("marked")] =
            addRecord(*m_server, m_person, QStringLiteral("A"), QStringLiteral("court_enforcement"),
                      QStringLiteral("存疑记录"), QStringLiteral("active"), QStringLiteral("none"),
                      QStringLiteral("申请人认为已履行完毕"), today.addDays(10));
        m_records[QStringLiteral("markExpired")] = addRecord(
            *m_server, m_person, QStringLiteral("A"), QStringLiteral("honor"), QStringLiteral("存疑已过期"),
            QStringLiteral("active"), QStringLiteral("none"), QStringLiteral("旧理由"), today.addDays(-1));
        addRecord(*m_server, m_company, QStringLiteral("A"), QStringLiteral("admin_license"),
                  QStringLiteral("企业许可"));
    }

    // seed 003 附件1.一: A and B for a self-query, never C; suspended records never usable.
    void selfQueryReportsAAndBButNeverCOrSuspended()
    {
        const qint64 id = registerApp(selfQuery(kPersonId, QStringLiteral("李明")));
        QVERIFY(id > 0);
        QCOMPARE(attach(*m_clerk, id, QStringLiteral("id_copy")).status, 201);
        const auto r = answer(id);
        QCOMPARE(r.status, 200);
        const QStringList t = titles(r);
        QVERIFY(t.contains(QStringLiteral("A类许可")));
        QVERIFY(t.contains(QStringLiteral("B类欠税")));
        QVERIFY(t.contains(QStringLiteral("存疑记录")));
        QVERIFY(!t.contains(QStringLiteral("C类内部")));
        QVERIFY(!t.contains(QStringLiteral("异议中处罚")));
        QVERIFY(!t.contains(QStringLiteral("已删除")));
        for (const auto& v : r.json.value(QStringLiteral("records")).toArray()) {
            const auto rec = v.toObject();
            if (rec.value(QStringLiteral("title")).toString() == QStringLiteral("存疑记录"))
                QCOMPARE(rec.value(QStringLiteral("applicantMarkReason")).toString(),
                         QStringLiteral("申请人认为已履行完毕"));
            if (rec.value(QStringLiteral("title")).toString() == QStringLiteral("存疑已过期"))
                QVERIFY(!rec.contains(QStringLiteral("applicantMarkReason")));
        }
        QVERIFY(QRegularExpression(QStringLiteral("^CR\\d{8}\\d{5}-[0-9A-HJKMNP-TV-Z]{6}$"))
                    .match(r.json.value(QStringLiteral("number")).toString())
                    .hasMatch());
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$"))
                    .match(r.json.value(QStringLiteral("verificationCode")).toString())
                    .hasMatch());
        QCOMPARE(r.json[QStringLiteral("subject")][QStringLiteral("idNumber")].toString(), kPersonId);

        // The query log names subject, purpose, scope and applicant (seed 003 附件1.七(一)).
        const auto log = auditEntries(QStringLiteral("query.walkin")).last();
        QCOMPARE(log.value(QStringLiteral("_outcome")).toString(), QStringLiteral("ok"));
        QCOMPARE(log.value(QStringLiteral("_target")).toString(), QStringLiteral("subject:%1").arg(m_person));
        QCOMPARE(log.value(QStringLiteral("purpose")).toString(), QStringLiteral("办理贷款"));
        QCOMPARE(log.value(QStringLiteral("report")).toString(),
                 r.json.value(QStringLiteral("number")).toString());
        QCOMPARE(log.value(QStringLiteral("records")).toArray().size(), t.size());
        QCOMPARE(log[QStringLiteral("applicant")][QStringLiteral("idNumber")].toString(), kPersonId);

        const auto app = m_clerk->get(QStringLiteral("/api/v1/walkin/applications/%1").arg(id));
        QCOMPARE(app.json.value(QStringLiteral("status")).toString(), QStringLiteral("answered"));
        QCOMPARE(app.json.value(QStringLiteral("reportNumber")).toString(),
                 r.json.value(QStringLiteral("number")).toString());
    }

    void answeredApplicationBecomesArchiveItemSameDay()
    {
        QSqlDatabase db = m_server->server().database().connection();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral(
            "SELECT count(*) FROM archive_items a JOIN walkin_applications w ON w.id = a.source_id "
            "WHERE a.source_kind = 'walkin' AND w.status IN ('answered', 'refused') "
            "AND substr(a.created_at, 1, 10) = substr(w.decided_at, 1, 10)")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toInt() >= 1);
    }

    void unknownSubjectIsRefusedAndLogged()
    {
        const QString unknown = QStringLiteral("360203199007150021");
        const qint64 id = registerApp(selfQuery(unknown, QStringLiteral("赵六")));
        attach(*m_clerk, id, QStringLiteral("id_copy"));
        const auto r = answer(id);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("SUBJECT_UNKNOWN"));
        QVERIFY(r.errorMessage().contains(QStringLiteral("不存在")));
        const auto log = auditEntries(QStringLiteral("query.walkin")).last();
        QCOMPARE(log.value(QStringLiteral("_outcome")).toString(), QStringLiteral("refused"));
        QCOMPARE(log.value(QStringLiteral("reason")).toString(), QStringLiteral("SUBJECT_UNKNOWN"));
        QCOMPARE(m_clerk->get(QStringLiteral("/api/v1/walkin/applications/%1").arg(id))
                     .json.value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("refused"));
        QCOMPARE(answer(id).errorCode(), QStringLiteral("INVALID_STATE")); // decided for good
    }

    void missingMaterialsAreRefusedNamingThem()
    {
        auto in = selfQuery(kCompanyCode, QStringLiteral("王芳"));
        in.subjectKind = QStringLiteral("legal");
        in.applicantIdNumber = kAgentId;
        const qint64 id = registerApp(in);
        attach(*m_clerk, id, QStringLiteral("id_copy"));
        const auto r = answer(id);
        QCOMPARE(r.errorCode(), QStringLiteral("MATERIALS_INCOMPLETE"));
        const auto missing =
            r.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("missing")].toArray();
        QVERIFY(missing.contains(QStringLiteral("org_code_copy")));
        QVERIFY(missing.contains(QStringLiteral("agency_letter")));
        QCOMPARE(
            auditEntries(QStringLiteral("query.walkin")).last().value(QStringLiteral("reason")).toString(),
            QStringLiteral("MATERIALS_INCOMPLETE"));
    }

    void legalPersonSelfQueryThroughAgentIsAnswered()
    {
        auto in = selfQuery(kCompanyCode, QStringLiteral("王芳"));
        in.subjectKind = QStringLiteral("legal");
        in.applicantIdNumber = kAgentId;
        const qint64 id = registerApp(in);
        for (const char* kind : {"id_copy", "org_code_copy", "agency_letter"})
            QCOMPARE(attach(*m_clerk, id, QString::fromLatin1(kind)).status, 201);
        const auto r = answer(id);
        QCOMPARE(r.status, 200);
        QCOMPARE(titles(r), QStringList{QStringLiteral("企业许可")});
    }

    // Letter validity is inclusive: first day and last day pass, one day after does not.
    void letterValidityEdges_data()
    {
        QTest::addColumn<int>("fromOffset");
        QTest::addColumn<int>("untilOffset");
        QTest::addColumn<QString>("expected"); // "" = answered
        QTest::newRow("first day") << 0 << 30 << QString();
        QTest::newRow("last day") << -30 << 0 << QString();
        QTest::newRow("one day after") << -30 << -1 << QStringLiteral("LETTER_EXPIRED");
        QTest::newRow("not yet valid") << 1 << 30 << QStringLiteral("LETTER_NOT_YET_VALID");
    }
    void letterValidityEdges()
    {
        QFETCH(int, fromOffset);
        QFETCH(int, untilOffset);
        QFETCH(QString, expected);
        const QDate today = chinaToday(*m_server);
        const qint64 id = readyOtherQuery(otherQuery(today.addDays(fromOffset), today.addDays(untilOffset)));
        const auto r = answer(id);
        if (expected.isEmpty()) {
            QCOMPARE(r.status, 200);
            QVERIFY(titles(r).contains(QStringLiteral("B类欠税")));
        } else {
            QCOMPARE(r.errorCode(), QStringLiteral("AUTHORIZATION_REFUSED"));
            QCOMPARE(r.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("reason")]
                         .toString(),
                     expected);
            QCOMPARE(auditEntries(QStringLiteral("query.walkin"))
                         .last()
                         .value(QStringLiteral("_outcome"))
                         .toString(),
                     QStringLiteral("refused"));
        }
    }

    void letterForAnotherPartyIsRefused()
    {
        const QDate today = chinaToday(*m_server);
        auto in = otherQuery(today, today.addDays(10));
        in.letter->authorizedIdNumber = QStringLiteral("360222197503200032");
        in.letter->authorizedName = QStringLiteral("钱七");
        const auto r = answer(readyOtherQuery(in));
        QCOMPARE(
            r.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("reason")].toString(),
            QStringLiteral("LETTER_OTHER_PARTY"));
    }

    void letterNotCoveringRequestedClassIsRefused()
    {
        const QDate today = chinaToday(*m_server);
        auto in = otherQuery(today, today.addDays(10));
        in.letter->classes = {QStringLiteral("A")};
        const auto r = answer(readyOtherQuery(in));
        QCOMPARE(
            r.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("reason")].toString(),
            QStringLiteral("LETTER_NOT_COVERED"));
    }

    void letterForLegalPersonMustBeSealed()
    {
        const QDate today = chinaToday(*m_server);
        auto in = otherQuery(today, today.addDays(10));
        in.subjectKind = QStringLiteral("legal");
        in.subjectIdNumber = kCompanyCode;
        const auto r = answer(readyOtherQuery(in)); // letter says "notarized"
        QCOMPARE(
            r.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("reason")].toString(),
            QStringLiteral("LETTER_NOT_CERTIFIED"));
    }

    void letterCategoriesLimitTheReport()
    {
        const QDate today = chinaToday(*m_server);
        auto in = otherQuery(today, today.addDays(10));
        in.letter->categories = {QStringLiteral("tax_arrears")};
        const auto r = answer(readyOtherQuery(in));
        QCOMPARE(r.status, 200);
        QCOMPARE(titles(r), QStringList{QStringLiteral("B类欠税")});
    }

    void invalidInputGetsFieldSpecificErrors_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expectedField");
        QTest::newRow("check digit") << "subjectIdNumber"
                                     << "110105194912310021"
                                     << "subjectIdNumber";
        QTest::newRow("class C") << "requestedClasses"
                                 << "C"
                                 << "requestedClasses";
        QTest::newRow("self for someone else") << "applicantIdNumber"
                                               << "360202198805060011"
                                               << "applicantIdNumber";
        QTest::newRow("no purpose") << "purpose"
                                    << ""
                                    << "purpose";
        QTest::newRow("bad kind") << "kind"
                                  << "postal"
                                  << "kind";
    }
    void invalidInputGetsFieldSpecificErrors()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expectedField);
        QJsonObject body = selfQuery(kPersonId, QStringLiteral("李明")).toJson();
        body.insert(field, field == QLatin1String("requestedClasses") ? QJsonValue(QJsonArray{value})
                                                                      : QJsonValue(value));
        const auto r = m_clerk->post(QStringLiteral("/api/v1/walkin/applications"), body);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("VALIDATION_FAILED"));
        QCOMPARE(
            r.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("field")].toString(),
            expectedField);
        QVERIFY(!r.errorMessage().isEmpty());
    }

    void materialsAreCheckedAndNothingIsStoredHalf()
    {
        const qint64 id = registerApp(selfQuery(kPersonId, QStringLiteral("李明")));
        const auto fake =
            attach(*m_clerk, id, QStringLiteral("id_copy"), QByteArrayLiteral("MZ\x90\x00 not a pdf"));
        QCOMPARE(fake.errorCode(), QStringLiteral("MATERIAL_REJECTED"));
        const auto big = attach(*m_clerk, id, QStringLiteral("id_copy"),
                                QByteArray("%PDF-") + QByteArray(10 * 1024 * 1024, 'x'));
        QCOMPARE(big.errorCode(), QStringLiteral("MATERIAL_REJECTED"));
        const auto png =
            attach(*m_clerk, id, QStringLiteral("id_copy"),
                   QByteArray("\x89PNG\r\n\x1A\n", 8) + QByteArray(100, '\0'), QStringLiteral("image/png"));
        QCOMPARE(png.status, 201);
        const auto app = m_clerk->get(QStringLiteral("/api/v1/walkin/applications/%1").arg(id));
        QCOMPARE(app.json.value(QStringLiteral("materials")).toArray().size(), 1);
        const qint64 mid = png.json.value(QStringLiteral("id")).toInteger();
        const auto view =
            m_clerk->get(QStringLiteral("/api/v1/walkin/applications/%1/materials/%2").arg(id).arg(mid));
        QCOMPARE(
            QByteArray::fromBase64(view.json.value(QStringLiteral("contentBase64")).toString().toLatin1())
                .size(),
            108);
        QVERIFY(!auditEntries(QStringLiteral("walkin.material_view")).isEmpty());
    }

    void reportVerification()
    {
        const qint64 id = registerApp(selfQuery(kPersonId, QStringLiteral("李明")));
        attach(*m_clerk, id, QStringLiteral("id_copy"));
        const auto r = answer(id);
        const QString number = r.json.value(QStringLiteral("number")).toString();
        const QString code = r.json.value(QStringLiteral("verificationCode")).toString();
        auto verify = [&](HttpsProbe& p, const QString& n, const QString& c) {
            return p.post(QStringLiteral("/api/v1/reports/verify"),
                          {{QStringLiteral("number"), n}, {QStringLiteral("code"), c}});
        };
        QCOMPARE(verify(*m_clerk, number, code).json.value(QStringLiteral("result")).toString(),
                 QStringLiteral("genuine"));
        // Typed by a person: lower case, no dashes, O for 0.
        QCOMPARE(verify(*m_clerk, number,
                        code.toLower().remove(QLatin1Char('-')).replace(QLatin1Char('0'), QLatin1Char('o')))
                     .json.value(QStringLiteral("result"))
                     .toString(),
                 QStringLiteral("genuine"));
        QString altered = code;
        altered[0] = altered[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QCOMPARE(verify(*m_clerk, number, altered).json.value(QStringLiteral("result")).toString(),
                 QStringLiteral("mismatch"));
        QCOMPARE(verify(*m_clerk, QStringLiteral("CR2099010100001"), code)
                     .json.value(QStringLiteral("result"))
                     .toString(),
                 QStringLiteral("unknown"));
        // A department user may verify, but sees the natural person masked.
        const auto masked = verify(*m_dept, number, code);
        QCOMPARE(masked.json.value(QStringLiteral("result")).toString(), QStringLiteral("genuine"));
        QVERIFY(masked.json[QStringLiteral("report")][QStringLiteral("subject")][QStringLiteral("idNumber")]
                    .toString()
                    .contains(QLatin1Char('*')));
        // Content changed in the database after issue: the paper no longer matches.
        insert(*m_server,
               QStringLiteral("UPDATE reports SET content_json = replace(content_json, 'A类许可', "
                              "'A类许可（改）') WHERE number = ?"),
               {number});
        QCOMPARE(verify(*m_clerk, number, code).json.value(QStringLiteral("result")).toString(),
                 QStringLiteral("mismatch"));
    }

    void handoverIsRecordedOnce()
    {
        const qint64 id = registerApp(selfQuery(kPersonId, QStringLiteral("李明")));
        attach(*m_clerk, id, QStringLiteral("id_copy"));
        const QString number = answer(id).json.value(QStringLiteral("number")).toString();
        const auto h = m_clerk->post(QStringLiteral("/api/v1/reports/%1/handover").arg(number),
                                     {{QStringLiteral("receivedBy"), QStringLiteral("李明")}});
        QCOMPARE(h.status, 200);
        QCOMPARE(h.json.value(QStringLiteral("handedTo")).toString(), QStringLiteral("李明"));
        QVERIFY(h.json.contains(QStringLiteral("handedAt")));
        const auto again = m_clerk->post(QStringLiteral("/api/v1/reports/%1/handover").arg(number),
                                         {{QStringLiteral("receivedBy"), QStringLiteral("李明")}});
        QCOMPARE(again.errorCode(), QStringLiteral("INVALID_STATE"));
    }

    void departmentUserCannotUseTheWindow()
    {
        const auto r = m_dept->post(QStringLiteral("/api/v1/walkin/applications"),
                                    selfQuery(kPersonId, QStringLiteral("李明")).toJson());
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("FORBIDDEN"));
        QVERIFY(!auditEntries(QStringLiteral("access.denied")).isEmpty());
    }

    // 15 working days across 中秋 and 国庆 2026 with the 10-10 调休 workday: 2026-09-24 → 2026-10-22.
    void deferredAnswerDeadlineCountsWorkingDaysAndExtendsOnce()
    {
        const QDateTime target(QDate(2026, 9, 24), QTime(2, 0), Qt::UTC); // 10:00 in China
        m_server->advanceClock(m_server->now().secsTo(target));
        m_clerk->login(kPassword);
        m_boss->login(kPassword);
        const qint64 id = registerApp(selfQuery(kPersonId, QStringLiteral("李明")));
        const auto d = m_clerk->post(QStringLiteral("/api/v1/walkin/applications/%1/defer").arg(id), {});
        QCOMPARE(d.status, 200);
        QCOMPARE(d.json.value(QStringLiteral("dueDate")).toString(), QStringLiteral("2026-10-22"));

        const QString ext = QStringLiteral("/api/v1/walkin/applications/%1/extension").arg(id);
        QCOMPARE(m_clerk
                     ->post(ext, {{QStringLiteral("workingDays"), 5},
                                  {QStringLiteral("reason"), QStringLiteral("需核实")}})
                     .errorCode(),
                 QStringLiteral("FORBIDDEN"));
        QCOMPARE(m_boss
                     ->post(ext, {{QStringLiteral("workingDays"), 16},
                                  {QStringLiteral("reason"), QStringLiteral("需核实")}})
                     .errorCode(),
                 QStringLiteral("VALIDATION_FAILED"));
        const auto noReason = m_boss->post(
            ext, {{QStringLiteral("workingDays"), 15}, {QStringLiteral("reason"), QStringLiteral("  ")}});
        QCOMPARE(noReason.errorCode(), QStringLiteral("VALIDATION_FAILED"));
        QCOMPARE(noReason.json.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString(),
                 QStringLiteral("请填写延期理由。"));
        const auto e = m_boss->post(ext, {{QStringLiteral("workingDays"), 15},
                                          {QStringLiteral("reason"), QStringLiteral("需向提供单位核实")}});
        QCOMPARE(e.status, 200);
        QCOMPARE(e.json.value(QStringLiteral("extendedDueDate")).toString(), QStringLiteral("2026-11-12"));
        QCOMPARE(m_boss
                     ->post(ext, {{QStringLiteral("workingDays"), 1},
                                  {QStringLiteral("reason"), QStringLiteral("再延")}})
                     .errorCode(),
                 QStringLiteral("INVALID_STATE"));

        const auto pending = m_clerk->get(QStringLiteral("/api/v1/walkin/pending"));
        QCOMPARE(pending.status, 200);
        auto find = [&](const ProbeReply& p) {
            for (const auto& v : p.json.value(QStringLiteral("applications")).toArray())
                if (v.toObject().value(QStringLiteral("id")).toInteger() == id)
                    return v.toObject();
            return QJsonObject();
        };
        QCOMPARE(find(pending).value(QStringLiteral("overdue")).toBool(), false);
        m_server->advanceClock(60 * 24 * 3600); // well past 2026-11-12
        m_clerk->login(kPassword);
        QCOMPARE(find(m_clerk->get(QStringLiteral("/api/v1/walkin/pending")))
                     .value(QStringLiteral("overdue"))
                     .toBool(),
                 true);
    }

    void queryLogKeepsTheChainIntact()
    {
        QSqlDatabase db = m_server->server().database().connection();
        const auto v = cp::server::AuditLog::verify(db);
        QVERIFY2(v.ok, qPrintable(v.reason));
    }
};

QTEST_MAIN(TestWalkIn)
#include "test_walkin.moc"
