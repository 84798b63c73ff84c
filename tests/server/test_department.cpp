// Department queries over real mutual TLS: jurisdiction × class matrix,
// B-class authorization lifecycle, suspension, masking, query log
// (SPEC §1–2; seed 000 §16–18; seed 003 附件1.六).
#include "WalkInFixture.h"
#include "domain/audit/AuditLog.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace cp::test;

namespace {
const QString kPersonName = QStringLiteral("欧阳明华");
}

class TestDepartment : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestServer> m_server;
    std::map<QString, std::unique_ptr<HttpsProbe>> m_users;
    qint64 m_person = 0;
    qint64 m_other = 0;
    QList<QByteArray> m_unentitledBodies; // every response a viewer without authorization got

    HttpsProbe& user(const QString& name) { return *m_users.at(name); }
    void addUser(const QString& name, const QString& role, const QString& region)
    {
        m_server->createAccount(staffAccount(name, {role}, kPassword, name, region));
        auto p = deskFor(*m_server, name);
        QCOMPARE(p->login(kPassword).status, 200);
        m_users[name] = std::move(p);
    }
    ProbeReply get(const QString& who, const QString& path, bool unentitled = false)
    {
        auto r = user(who).get(path);
        if (unentitled)
            m_unentitledBodies << QJsonDocument(r.json).toJson(QJsonDocument::Compact);
        return r;
    }
    ProbeReply recordsOf(const QString& who, qint64 subject, bool unentitled = false)
    {
        return get(who,
                   QStringLiteral("/api/v1/department/subjects/%1/records?purpose=licensing").arg(subject),
                   unentitled);
    }
    static QStringList titles(const ProbeReply& r)
    {
        QStringList out;
        for (const auto& v : r.json.value(QStringLiteral("records")).toArray())
            out << v.toObject().value(QStringLiteral("title")).toString();
        out.sort();
        return out;
    }
    qint64 requestB(const QString& who, qint64 subject, const QDate& from, const QDate& until)
    {
        const auto r = user(who).post(
            QStringLiteral("/api/v1/department/authorizations"),
            {{QStringLiteral("subjectId"), subject},
             {QStringLiteral("purpose"), QStringLiteral("subsidy")},
             {QStringLiteral("legalBasis"), QStringLiteral("信息主体书面同意书（2026）第 8 号")},
             {QStringLiteral("requestedFrom"), cp::protocol::toWireDate(from)},
             {QStringLiteral("requestedUntil"), cp::protocol::toWireDate(until)}});
        if (r.status != 201)
            qWarning() << r.json;
        return r.json.value(QStringLiteral("id")).toInteger();
    }

  private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>(
            QStringList{QStringLiteral("city"), QStringLiteral("county"), QStringLiteral("fuliang"),
                        QStringLiteral("officer"), QStringLiteral("clerk")});
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorString()));
        addUser(QStringLiteral("city"), QStringLiteral("department"), QStringLiteral("360200"));
        addUser(QStringLiteral("county"), QStringLiteral("department"), QStringLiteral("360202"));
        addUser(QStringLiteral("fuliang"), QStringLiteral("department"), QStringLiteral("360222"));
        addUser(QStringLiteral("officer"), QStringLiteral("officer"), QStringLiteral("360200"));
        addUser(QStringLiteral("clerk"), QStringLiteral("clerk"), QStringLiteral("360200"));

        m_person = addSubject(*m_server, QStringLiteral("natural"), kPersonId, kPersonName);
        m_other = addSubject(*m_server, QStringLiteral("legal"), kCompanyCode,
                             QStringLiteral("景德镇市青花瓷业有限公司"));
        auto rec = [&](const QString& cls, const QString& title, const QString& region,
                       const QString& dispute = QStringLiteral("none")) {
            const qint64 id = addRecord(*m_server, m_person, cls, QStringLiteral("admin_penalty"), title,
                                        QStringLiteral("active"), dispute);
            insert(*m_server, QStringLiteral("UPDATE credit_records SET region_code = ? WHERE id = ?"),
                   {region, id});
        };
        rec(QStringLiteral("A"), QStringLiteral("A昌江"), QStringLiteral("360202"));
        rec(QStringLiteral("B"), QStringLiteral("B昌江"), QStringLiteral("360202"));
        rec(QStringLiteral("C"), QStringLiteral("C昌江"), QStringLiteral("360202"));
        rec(QStringLiteral("A"), QStringLiteral("A浮梁"), QStringLiteral("360222"));
        rec(QStringLiteral("C"), QStringLiteral("C浮梁"), QStringLiteral("360222"));
        rec(QStringLiteral("A"), QStringLiteral("处理中"), QStringLiteral("360202"),
            QStringLiteral("in_progress"));
        addRecord(*m_server, m_other, QStringLiteral("A"), QStringLiteral("admin_license"),
                  QStringLiteral("企业A"));
    }

    // seed 000 §18: city sees the city, a county only itself; B never without authorization.
    void jurisdictionAndClassMatrix_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QStringList>("expected");
        const QString suspended = QStringLiteral("暂停使用（异议处理中）");
        QTest::newRow("city") << "city"
                              << QStringList{QStringLiteral("A昌江"), QStringLiteral("A浮梁"),
                                             QStringLiteral("C昌江"), QStringLiteral("C浮梁"), suspended};
        QTest::newRow("county 360202")
            << "county" << QStringList{QStringLiteral("A昌江"), QStringLiteral("C昌江"), suspended};
        QTest::newRow("county 360222")
            << "fuliang" << QStringList{QStringLiteral("A浮梁"), QStringLiteral("C浮梁")};
        QTest::newRow("officer") << "officer" << QStringList{QStringLiteral("A昌江"), QStringLiteral("A浮梁"),
                                                             QStringLiteral("B昌江"), QStringLiteral("C昌江"),
                                                             QStringLiteral("C浮梁"), suspended};
    }
    void jurisdictionAndClassMatrix()
    {
        QFETCH(QString, who);
        QFETCH(QStringList, expected);
        expected.sort();
        const auto r = recordsOf(who, m_person, who != QLatin1String("officer"));
        QCOMPARE(r.status, 200);
        QCOMPARE(titles(r), expected);
    }

    void suspendedRecordShowsNoContent()
    {
        const auto r = recordsOf(QStringLiteral("city"), m_person, true);
        for (const auto& v : r.json.value(QStringLiteral("records")).toArray()) {
            const auto o = v.toObject();
            if (!o.value(QStringLiteral("suspended")).toBool())
                continue;
            QCOMPARE(o.value(QStringLiteral("title")).toString(), QStringLiteral("暂停使用（异议处理中）"));
            QVERIFY(o.value(QStringLiteral("content")).toString().isEmpty());
            QVERIFY(o.value(QStringLiteral("documentNumber")).toString().isEmpty());
            return;
        }
        QFAIL("no suspended record in the view");
    }

    void purposeIsRequiredAndLogged()
    {
        const auto none = get(QStringLiteral("county"),
                              QStringLiteral("/api/v1/department/subjects/%1/records").arg(m_person), true);
        QCOMPARE(none.errorCode(), QStringLiteral("VALIDATION_FAILED"));
        QCOMPARE(
            none.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("field")].toString(),
            QStringLiteral("purpose"));
        recordsOf(QStringLiteral("county"), m_person, true);
        QSqlDatabase db = m_server->server().database().connection();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT detail, account_login, target FROM audit_log WHERE action = "
                                      "'query.department' ORDER BY seq DESC LIMIT 1")) &&
                q.next());
        const auto detail = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        QCOMPARE(detail.value(QStringLiteral("purpose")).toString(), QStringLiteral("行政审批"));
        QCOMPARE(detail.value(QStringLiteral("jurisdiction")).toString(), QStringLiteral("360202"));
        QCOMPARE(detail.value(QStringLiteral("records")).toArray().size(), 3);
        QCOMPARE(q.value(1).toString(), QStringLiteral("county"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("subject:%1").arg(m_person));
    }

    void searchModes()
    {
        const auto byId =
            get(QStringLiteral("county"),
                QStringLiteral("/api/v1/department/subjects?mode=id&q=%1").arg(kPersonId), true);
        QCOMPARE(byId.json.value(QStringLiteral("items")).toArray().size(), 1);
        QCOMPARE(get(QStringLiteral("county"),
                     QStringLiteral("/api/v1/department/subjects?mode=id&q=110105194912310021"))
                     .errorCode(),
                 QStringLiteral("VALIDATION_FAILED"));
        const auto prefix = get(QStringLiteral("county"),
                                QStringLiteral("/api/v1/department/subjects?mode=prefix&q=%1")
                                    .arg(QString::fromUtf8(QUrl::toPercentEncoding(QStringLiteral("欧阳")))),
                                true);
        QCOMPARE(prefix.json.value(QStringLiteral("items")).toArray().size(), 1);
        const auto contains =
            get(QStringLiteral("county"),
                QStringLiteral("/api/v1/department/subjects?mode=contains&q=%1")
                    .arg(QString::fromUtf8(QUrl::toPercentEncoding(QStringLiteral("青花瓷")))),
                true);
        QCOMPARE(contains.json.value(QStringLiteral("items")).toArray().size(), 1);
        QCOMPARE(contains.json[QStringLiteral("items")][0][QStringLiteral("idNumber")].toString(),
                 kCompanyCode); // public
        QCOMPARE(
            get(QStringLiteral("county"), QStringLiteral("/api/v1/department/subjects?mode=contains&q=a"))
                .errorCode(),
            QStringLiteral("VALIDATION_FAILED"));
    }

    void searchPagesResults()
    {
        for (int i = 0; i < 25; ++i)
            insert(*m_server,
                   QStringLiteral("INSERT INTO subjects (kind, id_number, name, legal_representative, "
                                  "region_code, created_at) "
                                  "VALUES ('legal', ?, ?, '', '360202', '2026-01-01T00:00:00.000Z')"),
                   {QStringLiteral("TESTCODE%1").arg(i, 10, 10, QLatin1Char('0')),
                    QStringLiteral("浮梁茶业%1有限公司").arg(i, 2, 10, QLatin1Char('0'))});
        const QString q = QString::fromUtf8(QUrl::toPercentEncoding(QStringLiteral("浮梁茶业")));
        const auto p1 = get(QStringLiteral("city"),
                            QStringLiteral("/api/v1/department/subjects?mode=prefix&q=%1&page=1").arg(q));
        QCOMPARE(p1.json.value(QStringLiteral("items")).toArray().size(), 20);
        QCOMPARE(p1.json.value(QStringLiteral("hasMore")).toBool(), true);
        const auto p2 = get(QStringLiteral("city"),
                            QStringLiteral("/api/v1/department/subjects?mode=prefix&q=%1&page=2").arg(q));
        QCOMPARE(p2.json.value(QStringLiteral("items")).toArray().size(), 5);
        QCOMPARE(p2.json.value(QStringLiteral("hasMore")).toBool(), false);
    }

    void revealWithoutAuthorizationIsRefusedAndLogged()
    {
        const auto r = get(QStringLiteral("county"),
                           QStringLiteral("/api/v1/department/subjects/%1/identity").arg(m_person), true);
        QCOMPARE(r.status, 403);
        QSqlDatabase db = m_server->server().database().connection();
        QSqlQuery q(db);
        QVERIFY(
            q.exec(QStringLiteral(
                "SELECT outcome FROM audit_log WHERE action = 'subject.reveal' ORDER BY seq DESC LIMIT 1")) &&
            q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("denied"));
    }

    // Masking (seed 000 §16): nothing a viewer without authorization received holds the full ID or name.
    void unentitledResponsesNeverCarryFullPersonalData()
    {
        QVERIFY(m_unentitledBodies.size() >= 8);
        for (const QByteArray& body : std::as_const(m_unentitledBodies)) {
            QVERIFY2(!body.contains(kPersonId.toUtf8()), body.constData());
            QVERIFY2(!body.contains(kPersonName.toUtf8()), body.constData());
        }
    }

    void authorizationLifecycle()
    {
        const QDate today = chinaToday(*m_server);
        // Request → pending: still no B.
        const qint64 id = requestB(QStringLiteral("county"), m_person, today, today.addDays(30));
        QVERIFY(id > 0);
        QVERIFY(!titles(recordsOf(QStringLiteral("county"), m_person)).contains(QStringLiteral("B昌江")));
        // Only an officer decides.
        QCOMPARE(user(QStringLiteral("county"))
                     .post(QStringLiteral("/api/v1/department/authorizations/%1/approve").arg(id), {})
                     .errorCode(),
                 QStringLiteral("FORBIDDEN"));
        const auto mine = get(QStringLiteral("county"), QStringLiteral("/api/v1/department/authorizations"));
        QCOMPARE(mine.json[QStringLiteral("authorizations")][0][QStringLiteral("status")].toString(),
                 QStringLiteral("pending"));
        const auto ok = user(QStringLiteral("officer"))
                            .post(QStringLiteral("/api/v1/department/authorizations/%1/approve").arg(id),
                                  {{QStringLiteral("reason"), QStringLiteral("依据充分")}});
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        QCOMPARE(user(QStringLiteral("officer"))
                     .post(QStringLiteral("/api/v1/department/authorizations/%1/reject").arg(id),
                           {{QStringLiteral("reason"), QStringLiteral("x")}})
                     .errorCode(),
                 QStringLiteral("INVALID_STATE"));

        // Approved: B within jurisdiction, identity unmasked, reveal allowed.
        const auto view = recordsOf(QStringLiteral("county"), m_person);
        QVERIFY(titles(view).contains(QStringLiteral("B昌江")));
        QCOMPARE(view.json[QStringLiteral("subject")][QStringLiteral("idNumber")].toString(), kPersonId);
        QCOMPARE(get(QStringLiteral("county"),
                     QStringLiteral("/api/v1/department/subjects/%1/identity").arg(m_person))
                     .status,
                 200);
        // Another user's approval opens nothing for the city user.
        QVERIFY(!titles(recordsOf(QStringLiteral("city"), m_person)).contains(QStringLiteral("B昌江")));
        // An authorization for another subject opens nothing here.
        const qint64 otherId = requestB(QStringLiteral("fuliang"), m_other, today, today.addDays(30));
        user(QStringLiteral("officer"))
            .post(QStringLiteral("/api/v1/department/authorizations/%1/approve").arg(otherId), {});
        QVERIFY(!titles(recordsOf(QStringLiteral("fuliang"), m_person)).contains(QStringLiteral("B昌江")));

        // Expiry: the day after requestedUntil, B is gone again.
        m_server->advanceClock(31 * 24 * 3600);
        user(QStringLiteral("county")).login(kPassword);
        QVERIFY(!titles(recordsOf(QStringLiteral("county"), m_person)).contains(QStringLiteral("B昌江")));
        const auto after =
            get(QStringLiteral("county"), QStringLiteral("/api/v1/department/authorizations?status=all"));
        QCOMPARE(after.json[QStringLiteral("authorizations")][0][QStringLiteral("status")].toString(),
                 QStringLiteral("expired"));
        // The status filter follows the shown status: an expired approval is not "approved".
        auto ids = [&](const QString& status) {
            QList<qint64> out;
            const auto r = get(QStringLiteral("county"),
                               QStringLiteral("/api/v1/department/authorizations?status=") + status);
            for (const auto& v : r.json[QStringLiteral("authorizations")].toArray())
                out.append(v[QStringLiteral("id")].toInteger());
            return out;
        };
        QVERIFY(!ids(QStringLiteral("approved")).contains(id));
        QVERIFY(ids(QStringLiteral("expired")).contains(id));

        // A request still pending when its period has ended can no longer be approved; it can be rejected.
        m_server->advanceClock(-31 * 24 * 3600);
        user(QStringLiteral("county")).login(kPassword);
        const qint64 late = requestB(QStringLiteral("county"), m_person, today, today.addDays(5));
        QVERIFY(ids(QStringLiteral("pending")).contains(late));
        m_server->advanceClock(6 * 24 * 3600);
        user(QStringLiteral("officer")).login(kPassword);
        const auto tooLate =
            user(QStringLiteral("officer"))
                .post(QStringLiteral("/api/v1/department/authorizations/%1/approve").arg(late), {});
        QCOMPARE(tooLate.errorCode(), QStringLiteral("DEADLINE_PASSED"));
        QCOMPARE(tooLate.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("deadline")]
                     .toString(),
                 today.addDays(5).toString(Qt::ISODate));
        QCOMPARE(user(QStringLiteral("officer"))
                     .post(QStringLiteral("/api/v1/department/authorizations/%1/reject").arg(late),
                           {{QStringLiteral("reason"), QStringLiteral("期限已过")}})
                     .status,
                 200);
        m_server->advanceClock(-6 * 24 * 3600);
        user(QStringLiteral("officer")).login(kPassword);
        user(QStringLiteral("county")).login(kPassword);
    }

    void rejectionNeedsReasonAndOpensNothing()
    {
        const QDate today = chinaToday(*m_server);
        const qint64 id = requestB(QStringLiteral("city"), m_person, today, today.addDays(10));
        const auto noReason =
            user(QStringLiteral("officer"))
                .post(QStringLiteral("/api/v1/department/authorizations/%1/reject").arg(id), {});
        QCOMPARE(noReason.errorCode(), QStringLiteral("VALIDATION_FAILED"));
        // The message names the field in Chinese (not the wire name).
        QCOMPARE(noReason.json[QStringLiteral("error")][QStringLiteral("message")].toString(),
                 QStringLiteral("驳回时请填写理由。"));
        const auto r = user(QStringLiteral("officer"))
                           .post(QStringLiteral("/api/v1/department/authorizations/%1/reject").arg(id),
                                 {{QStringLiteral("reason"), QStringLiteral("无法律依据")}});
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QVERIFY(!titles(recordsOf(QStringLiteral("city"), m_person)).contains(QStringLiteral("B昌江")));
        QSqlDatabase db = m_server->server().database().connection();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN ('bauth.request', "
                                      "'bauth.approve', 'bauth.reject')")) &&
                q.next());
        QVERIFY(q.value(0).toInt() >= 5);
    }

    void requestValidation()
    {
        const QDate today = chinaToday(*m_server);
        QCOMPARE(user(QStringLiteral("county"))
                     .post(QStringLiteral("/api/v1/department/authorizations"),
                           {{QStringLiteral("subjectId"), m_person},
                            {QStringLiteral("purpose"), QStringLiteral("x")},
                            {QStringLiteral("legalBasis"), QStringLiteral("y")},
                            {QStringLiteral("requestedFrom"), cp::protocol::toWireDate(today.addDays(-1))},
                            {QStringLiteral("requestedUntil"), cp::protocol::toWireDate(today)}})
                     .errorCode(),
                 QStringLiteral("VALIDATION_FAILED"));
        QCOMPARE(user(QStringLiteral("officer"))
                     .post(QStringLiteral("/api/v1/department/authorizations"), {})
                     .errorCode(),
                 QStringLiteral("FORBIDDEN"));
    }

    void missingTextsAreWordedInChinese()
    {
        const auto exportNoPurpose =
            user(QStringLiteral("city"))
                .post(QStringLiteral("/api/v1/department/subjects/%1/export").arg(m_person), {});
        QCOMPARE(exportNoPurpose.errorCode(), QStringLiteral("VALIDATION_FAILED"));
        QCOMPARE(
            exportNoPurpose.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("field")]
                .toString(),
            QStringLiteral("purpose"));
        QCOMPARE(exportNoPurpose.json[QStringLiteral("error")][QStringLiteral("message")].toString(),
                 QStringLiteral("请选择或填写查询用途。"));
        const QDate today = chinaToday(*m_server);
        const auto noBasis = user(QStringLiteral("county"))
                                 .post(QStringLiteral("/api/v1/department/authorizations"),
                                       {{QStringLiteral("subjectId"), m_person},
                                        {QStringLiteral("purpose"), QStringLiteral("subsidy")},
                                        {QStringLiteral("requestedFrom"), cp::protocol::toWireDate(today)},
                                        {QStringLiteral("requestedUntil"), cp::protocol::toWireDate(today)}});
        QCOMPARE(noBasis.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("field")]
                     .toString(),
                 QStringLiteral("legalBasis"));
        QVERIFY(!noBasis.json[QStringLiteral("error")][QStringLiteral("message")].toString().contains(
            QStringLiteral("legalBasis")));
    }

    void exportIsNumberedAndVerifiable()
    {
        const auto r = user(QStringLiteral("city"))
                           .post(QStringLiteral("/api/v1/department/subjects/%1/export").arg(m_person),
                                 {{QStringLiteral("purpose"), QStringLiteral("procurement")}});
        QCOMPARE(r.status, 201);
        QVERIFY(!r.json.value(QStringLiteral("verificationCode")).toString().isEmpty());
        QVERIFY(!titles(r).contains(QStringLiteral("暂停使用（异议处理中）")));
        QVERIFY(r.json[QStringLiteral("subject")][QStringLiteral("idNumber")].toString().contains(
            QLatin1Char('*')));
        const auto v =
            user(QStringLiteral("city"))
                .post(
                    QStringLiteral("/api/v1/reports/verify"),
                    {{QStringLiteral("number"), r.json.value(QStringLiteral("number")).toString()},
                     {QStringLiteral("code"), r.json.value(QStringLiteral("verificationCode")).toString()}});
        QCOMPARE(v.json.value(QStringLiteral("result")).toString(), QStringLiteral("genuine"));
    }

    void windowClerkCannotUseDepartmentQueries()
    {
        QCOMPARE(get(QStringLiteral("clerk"), QStringLiteral("/api/v1/department/subjects?mode=prefix&q=x"))
                     .errorCode(),
                 QStringLiteral("FORBIDDEN"));
    }

    void chainStillVerifies()
    {
        QSqlDatabase db = m_server->server().database().connection();
        QVERIFY(cp::server::AuditLog::verify(db).ok);
    }
};

QTEST_MAIN(TestDepartment)
#include "test_department.moc"
