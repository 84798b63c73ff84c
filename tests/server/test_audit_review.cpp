// The security auditor's review of the audit chain (SPEC §1, §4; seed 003
// 附件1.七(一): the query log is kept permanently, nobody may change it, and
// tampering is detectable; seed 004 附件2 §10 and 附件3: the auditor reads and
// verifies the logs and exports audit reports, and does nothing else).
#include "AuditProtocol.h"
#include "Protocol.h"
#include "WalkInFixture.h"
#include "domain/audit/AuditLog.h"
#include "domain/audit/AuditReview.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <map>

using namespace cp::test;
using cp::server::AuditActor;
using cp::server::AuditEvent;
using cp::server::AuditLog;

namespace {

const QStringList kRoles{QStringLiteral("clerk"),    QStringLiteral("department"),
                         QStringLiteral("officer"),  QStringLiteral("archivist"),
                         QStringLiteral("approver"), QStringLiteral("sysadmin"),
                         QStringLiteral("secadmin"), QStringLiteral("auditor")};

QString withQuery(const QString& path, const QList<std::pair<QString, QString>>& params)
{
    QStringList parts;
    for (const auto& [name, value] : params)
        parts << name + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value));
    return parts.isEmpty() ? path : path + QLatin1Char('?') + parts.join(QLatin1Char('&'));
}

QList<qint64> seqsOf(const ProbeReply& r)
{
    QList<qint64> out;
    for (const auto& v : r.json.value(QStringLiteral("entries")).toArray())
        out.append(v.toObject().value(QStringLiteral("seq")).toInteger());
    return out;
}

} // namespace

class TestAuditReview : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestServer> m_server;
    std::map<QString, std::unique_ptr<HttpsProbe>> m_as;
    qint64 m_subject = 0;
    QDateTime m_t0; // the planted entries are at m_t0 + i minutes
    QMap<QString, qint64> m_planted;

    HttpsProbe& as(const QString& role) { return *m_as.at(role); }
    qint64 plant(const QString& login, const QString& action, const QString& target, int minute,
                 const QString& detail = {})
    {
        return appendAudit(*m_server, m_t0.addSecs(minute * 60),
                           AuditEvent{AuditActor{std::nullopt, login, QStringLiteral("5A01"),
                                                 QStringLiteral("127.0.0.1 1号窗口")},
                                      action, target, QStringLiteral("ok"), detail});
    }
    ProbeReply search(const QList<std::pair<QString, QString>>& params)
    {
        return as(QStringLiteral("auditor")).get(withQuery(QStringLiteral("/api/v1/audit/entries"), params));
    }
    qint64 lastSeq() { return scalarOf(QStringLiteral("SELECT MAX(seq) FROM audit_log")).toLongLong(); }
    QVariant scalarOf(const QString& sql, const QVariantList& values = {})
    {
        return scalar(*m_server, sql, values);
    }

  private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>(kRoles);
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorString()));
        addRoleDesks(*m_server, kRoles, kPassword, m_as);
        for (const QString& role : kRoles)
            QCOMPARE(m_as[role]->login(kPassword).status, 200);
        m_subject = addSubject(*m_server, QStringLiteral("natural"), kPersonId, QStringLiteral("李明"));
        m_t0 = QDateTime(QDate(2026, 3, 2), QTime(1, 0), Qt::UTC);
        const QString detail =
            QStringLiteral("{\"subjectIdNumber\":\"%1\",\"purpose\":\"办理贷款\",\"classes\":[\"A\"]}")
                .arg(kPersonId);
        m_planted[QStringLiteral("walkin")] = plant(QStringLiteral("clerk"), QStringLiteral("query.walkin"),
                                                    QStringLiteral("subject:%1").arg(m_subject), 1, detail);
        m_planted[QStringLiteral("department")] = plant(
            QStringLiteral("department"), QStringLiteral("query.department"),
            QStringLiteral("subject:%1").arg(m_subject), 2, QStringLiteral("{\"purpose\":\"行政许可审查\"}"));
        m_planted[QStringLiteral("unknown")] = plant(QStringLiteral("clerk"), QStringLiteral("query.walkin"),
                                                     QStringLiteral("subject-number:91350100M000100Y43"), 3);
        m_planted[QStringLiteral("other")] = plant(
            QStringLiteral("officer"), QStringLiteral("dispute.accept"), QStringLiteral("dispute:1"), 4);
    }

    // seed 003 附件1.七(一): the query log is readable by subject, time, party and operator.
    void filtersByActionAccountSubjectAndTime()
    {
        auto r = search({{QStringLiteral("action"), QStringLiteral("query.")},
                         {QStringLiteral("pageSize"), QStringLiteral("200")}});
        QCOMPARE(r.status, 200);
        const auto queries = seqsOf(r);
        QVERIFY(queries.contains(m_planted[QStringLiteral("walkin")]));
        QVERIFY(queries.contains(m_planted[QStringLiteral("department")]));
        QVERIFY(!queries.contains(m_planted[QStringLiteral("other")]));
        for (const auto& v : r.json.value(QStringLiteral("entries")).toArray())
            QVERIFY(
                v.toObject().value(QStringLiteral("action")).toString().startsWith(QLatin1String("query.")));

        r = search({{QStringLiteral("action"), QStringLiteral("query.walkin")},
                    {QStringLiteral("account"), QStringLiteral("clerk")}});
        QCOMPARE(seqsOf(r),
                 (QList<qint64>{m_planted[QStringLiteral("unknown")], m_planted[QStringLiteral("walkin")]}));

        // By ID number: the subject's own entries (target subject:<id>) and the unknown-subject one by
        // number.
        r = search({{QStringLiteral("subject"), kPersonId}});
        QCOMPARE(seqsOf(r), (QList<qint64>{m_planted[QStringLiteral("department")],
                                           m_planted[QStringLiteral("walkin")]}));
        r = search({{QStringLiteral("subject"), QStringLiteral("91350100M000100Y43")}});
        QCOMPARE(seqsOf(r), QList<qint64>{m_planted[QStringLiteral("unknown")]});

        // Time: [t0+2min, t0+4min) holds the department query and the unknown subject.
        r = search({{QStringLiteral("from"), cp::protocol::toWireTime(m_t0.addSecs(120))},
                    {QStringLiteral("to"), cp::protocol::toWireTime(m_t0.addSecs(240))}});
        QCOMPARE(seqsOf(r), (QList<qint64>{m_planted[QStringLiteral("unknown")],
                                           m_planted[QStringLiteral("department")]}));
    }

    // A bare day in the filter is a Beijing calendar day: 09:00 Beijing on 2 March is in it.
    void dayFiltersAreBeijingDays()
    {
        auto r = search({{QStringLiteral("from"), QStringLiteral("2026-03-02")},
                         {QStringLiteral("to"), QStringLiteral("2026-03-03")},
                         {QStringLiteral("action"), QStringLiteral("query.*")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(seqsOf(r).size(), 3);
        r = search({{QStringLiteral("from"), QStringLiteral("2026-03-03")},
                    {QStringLiteral("action"), QStringLiteral("query.")}});
        QVERIFY(!seqsOf(r).contains(m_planted[QStringLiteral("walkin")]));
        r = search({{QStringLiteral("to"), QStringLiteral("2026-03-02")},
                    {QStringLiteral("action"), QStringLiteral("query.")}});
        QVERIFY(seqsOf(r).isEmpty());
    }

    void queryEntriesCarryTheirDetails()
    {
        const auto r =
            as(QStringLiteral("auditor"))
                .get(QStringLiteral("/api/v1/audit/entries/%1").arg(m_planted[QStringLiteral("walkin")]));
        QCOMPARE(r.status, 200);
        const auto e =
            cp::protocol::AuditEntryView::fromJson(r.json.value(QStringLiteral("entry")).toObject());
        QCOMPARE(e.action, QStringLiteral("query.walkin"));
        QCOMPARE(e.login, QStringLiteral("clerk"));
        QCOMPARE(e.workstation, QStringLiteral("127.0.0.1 1号窗口"));
        const QJsonObject detail = QJsonDocument::fromJson(e.detail.toUtf8()).object();
        QCOMPARE(detail.value(QStringLiteral("purpose")).toString(), QStringLiteral("办理贷款"));
        QCOMPARE(detail.value(QStringLiteral("subjectIdNumber")).toString(), kPersonId);
        QVERIFY(r.json.value(QStringLiteral("hashOk")).toBool());
        QVERIFY(r.json.value(QStringLiteral("linkOk")).toBool());
        QCOMPARE(
            as(QStringLiteral("auditor")).get(QStringLiteral("/api/v1/audit/entries/999999")).errorCode(),
            QStringLiteral("NOT_FOUND"));
    }

    void pagesAreStableWhileTheChainGrows()
    {
        auto first = search({{QStringLiteral("pageSize"), QStringLiteral("3")}});
        QCOMPARE(first.status, 200);
        const qint64 head = first.json.value(QStringLiteral("headSeq")).toInteger();
        const qint64 total = first.json.value(QStringLiteral("total")).toInteger();
        QCOMPARE(head, lastSeq());
        QCOMPARE(total, head);
        QCOMPARE(seqsOf(first), (QList<qint64>{head, head - 1, head - 2}));
        plant(QStringLiteral("clerk"), QStringLiteral("auth.login"), QStringLiteral("account:1"), 10);
        auto second = search({{QStringLiteral("pageSize"), QStringLiteral("3")},
                              {QStringLiteral("page"), QStringLiteral("2")},
                              {QStringLiteral("untilSeq"), QString::number(head)}});
        QCOMPARE(second.json.value(QStringLiteral("total")).toInteger(), total);
        QCOMPARE(seqsOf(second), (QList<qint64>{head - 3, head - 4, head - 5}));
    }

    void invalidFiltersAreRefusedNamingTheField_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::newRow("action with SQL") << "action"
                                         << "x' OR 1=1 --";
        QTest::newRow("subject with wildcard") << "subject"
                                               << "%";
        QTest::newRow("time") << "from"
                              << "yesterday";
        QTest::newRow("page size") << "pageSize"
                                   << "1000";
        QTest::newRow("page") << "page"
                              << "0";
    }
    void invalidFiltersAreRefusedNamingTheField()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        const auto r = search({{name, value}});
        QCOMPARE(r.status, 422);
        QCOMPARE(errorField(r), name);
    }

    // SPEC §4: the auditor verifies the chain; the result is shown and itself recorded.
    void verifyingTheChainReportsAndRecordsTheResult()
    {
        const qint64 before = lastSeq();
        const auto r = as(QStringLiteral("auditor")).post(QStringLiteral("/api/v1/audit/verification"), {});
        QCOMPARE(r.status, 200);
        const auto v = cp::protocol::AuditChainResult::fromJson(r.json);
        QVERIFY2(v.ok, qPrintable(v.reason));
        QCOMPARE(v.entries, before);
        QCOMPARE(v.firstBrokenSeq, qint64(0));
        QCOMPARE(
            scalarOf(
                QStringLiteral(
                    "SELECT action || '/' || account_login || '/' || outcome FROM audit_log WHERE seq = ?"),
                {before + 1})
                .toString(),
            QStringLiteral("audit.verify/auditor/ok"));
    }

    // seed 004 附件3: an exported audit report can be checked later: the test recomputes
    // the hash of the CSV and the HMAC with the server's key.
    void exportIsSignedAndVerifiable()
    {
        const QJsonObject body{{QStringLiteral("from"), cp::protocol::toWireTime(m_t0)},
                               {QStringLiteral("to"), cp::protocol::toWireTime(m_t0.addSecs(300))},
                               {QStringLiteral("action"), QStringLiteral("query.")}};
        const auto r = as(QStringLiteral("auditor")).post(QStringLiteral("/api/v1/audit/exports"), body);
        QCOMPARE(r.status, 201);
        const auto e = cp::protocol::AuditExport::fromJson(r.json);
        QVERIFY(e.number.startsWith(QLatin1String("AE")));
        QCOMPARE(e.entries, qint64(3));
        QVERIFY(e.chainOk);
        const QByteArray csv = e.csv.toUtf8();
        QVERIFY(csv.startsWith("seq,at,"));
        QCOMPARE(csv.count("\r\n"), 4); // header + 3 rows
        QVERIFY(csv.contains("\"query.department\""));
        QVERIFY(!csv.contains("dispute.accept"));
        QCOMPARE(e.sha256,
                 QString::fromLatin1(QCryptographicHash::hash(csv, QCryptographicHash::Sha256).toHex()));
        // Keyed from the audit key (issue 11 finding 4), which is not in the database, over
        // the number, the CSV's hash and the chain head at export time.
        QCOMPARE(
            scalarOf(QStringLiteral("SELECT count(*) FROM settings WHERE name = 'audit_export_signing_key'"))
                .toInt(),
            0);
        QCOMPARE(
            e.headLink,
            scalarOf(QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"), {e.headSeq}).toString());
        const QByteArray auditKey = QByteArray::fromHex(cp::store::loadKeyFile(m_server->auditKeyFile()));
        const QByteArray exportKey = QMessageAuthenticationCode::hash("cp-audit-label-v1:export", auditKey,
                                                                      QCryptographicHash::Sha256);
        const QString recomputed = QString::fromLatin1(
            QMessageAuthenticationCode::hash((e.number + QLatin1Char('\n') + e.sha256 + QLatin1Char('\n') +
                                              QString::number(e.headSeq) + QLatin1Char('\n') + e.headLink)
                                                 .toUtf8(),
                                             exportKey, QCryptographicHash::Sha256)
                .toHex());
        QCOMPARE(e.signature, recomputed);
        QVERIFY(e.signatureFile().contains(QStringLiteral("hmac-sha256: ") + recomputed));
        QCOMPARE(scalarOf(QStringLiteral(
                              "SELECT count(*) FROM audit_log WHERE action = 'audit.export' AND target = ?"),
                          {QStringLiteral("audit-export:") + e.number})
                     .toInt(),
                 1);

        auto check = [&](const QString& sha, const QString& sig) {
            return as(QStringLiteral("auditor"))
                .post(QStringLiteral("/api/v1/audit/exports/verify"), {{QStringLiteral("number"), e.number},
                                                                       {QStringLiteral("sha256"), sha},
                                                                       {QStringLiteral("signature"), sig}})
                .json.value(QStringLiteral("result"))
                .toString();
        };
        QCOMPARE(check(e.sha256, e.signature), QStringLiteral("genuine"));
        QString altered = e.sha256;
        altered[0] = altered[0] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        QCOMPARE(check(altered, e.signature), QStringLiteral("mismatch"));
        QCOMPARE(as(QStringLiteral("auditor"))
                     .post(QStringLiteral("/api/v1/audit/exports/verify"),
                           {{QStringLiteral("number"), QStringLiteral("AE2000010100001")},
                            {QStringLiteral("sha256"), e.sha256},
                            {QStringLiteral("signature"), e.signature}})
                     .json.value(QStringLiteral("result"))
                     .toString(),
                 QStringLiteral("unknown"));
    }

    void exportNeedsAPeriod()
    {
        const auto r = as(QStringLiteral("auditor"))
                           .post(QStringLiteral("/api/v1/audit/exports"),
                                 {{QStringLiteral("to"), QStringLiteral("2026-03-03")}});
        QCOMPARE(r.status, 422);
        QCOMPARE(errorField(r), QStringLiteral("from"));
    }

    // SPEC §1: the auditor reads and verifies; only the auditor.
    void everyAuditRouteRefusesEveryOtherRole_data()
    {
        const QList<std::pair<QString, QString>> routes{
            {QStringLiteral("GET"), QStringLiteral("/api/v1/audit/entries")},
            {QStringLiteral("GET"), QStringLiteral("/api/v1/audit/entries/1")},
            {QStringLiteral("POST"), QStringLiteral("/api/v1/audit/verification")},
            {QStringLiteral("POST"), QStringLiteral("/api/v1/audit/exports")},
            {QStringLiteral("POST"), QStringLiteral("/api/v1/audit/exports/verify")}};
        addRefusalRows(kRoles, QStringLiteral("auditor"), routes);
    }
    void everyAuditRouteRefusesEveryOtherRole()
    {
        QFETCH(QString, role);
        QFETCH(QString, method);
        QFETCH(QString, path);
        const qint64 before = lastSeq();
        const auto r = method == QLatin1String("GET") ? as(role).get(path) : as(role).post(path, {});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("FORBIDDEN"));
        // The refusal is recorded, and nothing else happened.
        QCOMPARE(lastSeq(), before + 1);
        QCOMPARE(
            scalarOf(QStringLiteral("SELECT action FROM audit_log WHERE seq = ?"), {before + 1}).toString(),
            QStringLiteral("access.denied"));
    }

    // The auditor's role opens nothing else (seed 004 附件2 §10).
    void auditorIsRefusedOutsideTheAuditModule_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::newRow("backups") << "GET"
                                 << "/api/v1/backups";
        QTest::newRow("backup now") << "POST"
                                    << "/api/v1/backups";
        QTest::newRow("walk-in") << "GET"
                                 << "/api/v1/walkin/pending";
        QTest::newRow("department") << "GET"
                                    << "/api/v1/department/subjects?q=1";
        QTest::newRow("disputes") << "GET"
                                  << "/api/v1/disputes";
        QTest::newRow("calendar") << "PUT"
                                  << "/api/v1/calendar/2026";
    }
    void auditorIsRefusedOutsideTheAuditModule()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        const auto r = as(QStringLiteral("auditor")).send(method.toLatin1(), path, "{}");
        QCOMPARE(r.status, 403);
    }

    // SPEC §4: nobody may modify the log; the auditor's routes change no entry.
    void auditorRoutesChangeNoEntry()
    {
        const qint64 head = lastSeq();
        const QString before =
            scalarOf(QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"), {head}).toString();
        search({});
        as(QStringLiteral("auditor")).get(QStringLiteral("/api/v1/audit/entries/1"));
        as(QStringLiteral("auditor")).post(QStringLiteral("/api/v1/audit/verification"), {});
        QCOMPARE(scalarOf(QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"), {head}).toString(),
                 before);
        QCOMPARE(scalarOf(QStringLiteral(
                              "SELECT count(*) FROM audit_log WHERE seq > ? AND action NOT LIKE 'audit.%'"),
                          {head})
                     .toInt(),
                 0);
    }

    // Last: tampers with the chain. A row changed through a raw connection with the
    // append-only triggers dropped is found, and its seq named.
    void tamperedRowIsReportedWithItsSeq()
    {
        const qint64 victim = m_planted[QStringLiteral("department")];
        {
            QSqlDatabase db = m_server->server().database().connection();
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
            QVERIFY(
                q.exec(QStringLiteral("UPDATE audit_log SET detail = '{\"purpose\":\"无\"}' WHERE seq = %1")
                           .arg(victim)));
        }
        const auto r = as(QStringLiteral("auditor")).post(QStringLiteral("/api/v1/audit/verification"), {});
        QCOMPARE(r.status, 200);
        const auto v = cp::protocol::AuditChainResult::fromJson(r.json);
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBrokenSeq, victim);
        QCOMPARE(v.entries, victim - 1);
        const auto entry =
            as(QStringLiteral("auditor")).get(QStringLiteral("/api/v1/audit/entries/%1").arg(victim));
        QVERIFY(!entry.json.value(QStringLiteral("hashOk")).toBool());
        QVERIFY(entry.json.value(QStringLiteral("linkOk")).toBool());
        QCOMPARE(scalarOf(QStringLiteral(
                              "SELECT outcome FROM audit_log WHERE seq = (SELECT MAX(seq) FROM audit_log)"))
                     .toString(),
                 QStringLiteral("broken"));
    }

    void cleanupTestCase()
    {
        m_as.clear();
        m_server.reset();
    }

  private:
    static QString errorField(const ProbeReply& r)
    {
        return r.json.value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("details"))
            .toObject()
            .value(QStringLiteral("field"))
            .toString();
    }
};

QTEST_MAIN(TestAuditReview)
#include "test_audit_review.moc"
