// Attack review (issue 11), findings 1, 8 and 9, each attack performed over real
// mutual TLS against a real server with an encrypted database:
// 1. POST /reports/verify with a wrong code answered the whole report, to any role;
//    numbers were a date plus a daily counter, so they could be guessed in sequence.
// 8. A window clerk read the C records of a department export through GET /reports/{number}.
// 9. A window clerk read any subject's B records through the dispute lookup, no case needed.
#include "DisputeFixture.h"
#include "domain/Clock.h"
#include "domain/audit/AuditLog.h"
#include "domain/documents/ReportDisclosure.h"
#include "domain/documents/ReportService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <atomic>
#include <thread>

using namespace cp::test;
using cp::Role;

namespace {

const QString kName = QStringLiteral("李明");
const QString kATitle = QStringLiteral("A类许可");
const QString kBTitle = QStringLiteral("B类欠税");
const QString kCTitle = QStringLiteral("C类内部");

QByteArray bodyOf(const ProbeReply& r)
{
    return QJsonDocument(r.json).toJson(QJsonDocument::Compact);
}

} // namespace

class TestReportDisclosure : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestServer> m_server;
    std::map<QString, std::unique_ptr<HttpsProbe>> m_users;
    QHash<QString, qint64> m_accounts;
    qint64 m_person = 0;
    QHash<QString, qint64> m_records;
    QJsonObject m_walkIn; // a self-query report (A and B)
    QJsonObject m_export; // city's department export (A and C)

    HttpsProbe& as(const QString& login) { return *m_users.at(login); }
    void addUser(const QString& login, const QString& role, const QString& region)
    {
        m_accounts[login] = m_server->createAccount(
            staffAccount(login, {role}, kPassword, login + QStringLiteral("用户"), region));
        m_users[login] = deskFor(*m_server, login);
    }
    void relogin()
    {
        for (auto& [login, probe] : m_users)
            QVERIFY2(probe->login(kPassword).status == 200, qPrintable(login));
    }
    ProbeReply verify(const QString& login, const QString& number, const QString& code)
    {
        return as(login).post(QStringLiteral("/api/v1/reports/verify"),
                              {{QStringLiteral("number"), number}, {QStringLiteral("code"), code}});
    }
    static QString numberOf(const QJsonObject& doc) { return doc.value(QStringLiteral("number")).toString(); }
    static QString codeOf(const QJsonObject& doc)
    {
        return doc.value(QStringLiteral("verificationCode")).toString();
    }
    static QString wrong(QString code)
    {
        code[0] = code[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        return code;
    }
    /// Audit entries of an action, oldest first, as {outcome, target, detail}.
    QList<QJsonObject> audited(const QString& action, const QString& login)
    {
        QSqlDatabase db = m_server->server().database().connection();
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "SELECT outcome, target, detail FROM audit_log WHERE action = ? AND account_id = ? "
            "ORDER BY seq"));
        q.addBindValue(action);
        q.addBindValue(m_accounts.value(login));
        q.exec();
        QList<QJsonObject> out;
        while (q.next())
            out.append({{QStringLiteral("outcome"), q.value(0).toString()},
                        {QStringLiteral("target"), q.value(1).toString()},
                        {QStringLiteral("detail"), q.value(2).toString()}});
        return out;
    }
    QStringList outcomes(const QString& action, const QString& login)
    {
        QStringList out;
        for (const auto& e : audited(action, login))
            out.append(e.value(QStringLiteral("outcome")).toString());
        return out;
    }

  private Q_SLOTS:
    void initTestCase()
    {
        const QStringList logins{QStringLiteral("clerk"),    QStringLiteral("city"),
                                 QStringLiteral("fuliang"),  QStringLiteral("officer"),
                                 QStringLiteral("approver"), QStringLiteral("archivist"),
                                 QStringLiteral("guesser"),  QStringLiteral("racer")};
        m_server = std::make_unique<TestServer>(logins);
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorString()));
        addUser(QStringLiteral("clerk"), QStringLiteral("clerk"), QStringLiteral("360200"));
        addUser(QStringLiteral("city"), QStringLiteral("department"), QStringLiteral("360200"));
        addUser(QStringLiteral("fuliang"), QStringLiteral("department"),
                QStringLiteral("360222")); // another county
        addUser(QStringLiteral("officer"), QStringLiteral("officer"), QStringLiteral("360200"));
        addUser(QStringLiteral("approver"), QStringLiteral("approver"), QStringLiteral("360200"));
        addUser(QStringLiteral("archivist"), QStringLiteral("archivist"), QStringLiteral("360200"));
        addUser(QStringLiteral("guesser"), QStringLiteral("clerk"), QStringLiteral("360200"));
        addUser(QStringLiteral("racer"), QStringLiteral("department"), QStringLiteral("360200"));
        relogin();

        m_person = addSubject(*m_server, QStringLiteral("natural"), kPersonId, kName); // region 360202
        m_records[QStringLiteral("A")] =
            addRecord(*m_server, m_person, QStringLiteral("A"), QStringLiteral("admin_license"), kATitle);
        m_records[QStringLiteral("B")] =
            addRecord(*m_server, m_person, QStringLiteral("B"), QStringLiteral("tax_arrears"), kBTitle);
        m_records[QStringLiteral("C")] =
            addRecord(*m_server, m_person, QStringLiteral("C"), QStringLiteral("admin_penalty"), kCTitle);

        const auto reg =
            as(QStringLiteral("clerk"))
                .post(QStringLiteral("/api/v1/walkin/applications"), selfQuery(kPersonId, kName).toJson());
        QCOMPARE(reg.status, 201);
        const qint64 app = reg.json.value(QStringLiteral("id")).toInteger();
        QCOMPARE(attach(as(QStringLiteral("clerk")), app, QStringLiteral("id_copy")).status, 201);
        m_walkIn = as(QStringLiteral("clerk"))
                       .post(QStringLiteral("/api/v1/walkin/applications/%1/answer").arg(app), {})
                       .json;
        QVERIFY(recordsById(m_walkIn).contains(m_records.value(QStringLiteral("B"))));

        const auto exported = as(QStringLiteral("city"))
                                  .post(QStringLiteral("/api/v1/department/subjects/%1/export").arg(m_person),
                                        {{QStringLiteral("purpose"), QStringLiteral("procurement")}});
        QCOMPARE(exported.status, 201);
        m_export = exported.json;
        QVERIFY(recordsById(m_export).contains(m_records.value(QStringLiteral("C"))));
    }

    // --- finding 1 ------------------------------------------------------------------

    // A wrong code or an unknown number: the verdict alone, audited.
    void finding1_wrongCodeAnswersTheVerdictAlone()
    {
        const auto mismatch = verify(QStringLiteral("fuliang"), numberOf(m_walkIn), wrong(codeOf(m_walkIn)));
        QCOMPARE(mismatch.status, 200);
        QCOMPARE(mismatch.json, (QJsonObject{{QStringLiteral("result"), QStringLiteral("mismatch")}}));
        const auto unknown =
            verify(QStringLiteral("fuliang"), numberOf(m_walkIn) + QStringLiteral("9"), codeOf(m_walkIn));
        QCOMPARE(unknown.json, (QJsonObject{{QStringLiteral("result"), QStringLiteral("unknown")}}));
        // Not even the window's own clerk gets the content with a wrong code.
        const auto clerk = verify(QStringLiteral("clerk"), numberOf(m_export), wrong(codeOf(m_export)));
        QCOMPARE(clerk.json.keys(), QStringList{QStringLiteral("result")});
        QVERIFY(!bodyOf(clerk).contains(kCTitle.toUtf8()));
        QCOMPARE(outcomes(QStringLiteral("report.verify"), QStringLiteral("fuliang")),
                 (QStringList{QStringLiteral("mismatch"), QStringLiteral("unknown")}));
    }

    // Genuine: a summary cut to the caller's role (SPEC §2; seed 000 §16, §18).
    void finding1_genuineShowsOnlyWhatTheRoleMaySee()
    {
        // The window clerk verifies the department export: no C record at all.
        const auto clerk = verify(QStringLiteral("clerk"), numberOf(m_export), codeOf(m_export));
        QCOMPARE(clerk.json.value(QStringLiteral("result")).toString(), QStringLiteral("genuine"));
        QVERIFY2(!bodyOf(clerk).contains(kCTitle.toUtf8()), bodyOf(clerk).constData());
        QCOMPARE(clerk.json.value(QStringLiteral("withheldRecords")).toInt(), 1);
        QVERIFY(!clerk.json[QStringLiteral("report")][QStringLiteral("classes")].toArray().contains(
            QStringLiteral("C")));
        // A department user of another county: C of Changjiang is not in its jurisdiction.
        const auto county = verify(QStringLiteral("fuliang"), numberOf(m_export), codeOf(m_export));
        QCOMPARE(county.json.value(QStringLiteral("result")).toString(), QStringLiteral("genuine"));
        QVERIFY(!bodyOf(county).contains(kCTitle.toUtf8()));
        QCOMPARE(county.json.value(QStringLiteral("withheldRecords")).toInt(), 1);
        // The city's own department sees its C record by title, still without content.
        const auto city = verify(QStringLiteral("city"), numberOf(m_export), codeOf(m_export));
        QVERIFY(bodyOf(city).contains(kCTitle.toUtf8()));
        QCOMPARE(city.json.value(QStringLiteral("withheldRecords")).toInt(), 0);

        // The walk-in report verified outside the window: masked person, no B title, no content.
        for (const QString& who :
             {QStringLiteral("city"), QStringLiteral("officer"), QStringLiteral("archivist")}) {
            const auto r = verify(who, numberOf(m_walkIn), codeOf(m_walkIn));
            QCOMPARE(r.json.value(QStringLiteral("result")).toString(), QStringLiteral("genuine"));
            const QByteArray body = bodyOf(r);
            QVERIFY2(!body.contains(kBTitle.toUtf8()), qPrintable(who));
            QVERIFY2(!body.contains("（内容）"), qPrintable(who)); // every record's content
            QVERIFY2(body.contains(kATitle.toUtf8()), qPrintable(who));
            QCOMPARE(r.json[QStringLiteral("report")][QStringLiteral("records")].toArray().size(), 2);
            if (who != QLatin1String("officer"))
                QVERIFY2(!body.contains(kPersonId.toUtf8()) && !body.contains(kName.toUtf8()),
                         qPrintable(who));
        }
    }

    // Numbers are the date, a counter and 30 random bits; old numbers still verify.
    void finding1_numbersCannotBeGuessedFromOneAnother()
    {
        static const QRegularExpression format(QStringLiteral("^CR\\d{13}-[0-9A-HJKMNP-TV-Z]{6}$"));
        const QString first = numberOf(m_walkIn);
        const QString second = numberOf(m_export);
        QVERIFY2(format.match(first).hasMatch(), qPrintable(first));
        QVERIFY2(format.match(second).hasMatch(), qPrintable(second));
        // The next counter with the previous random part is no document.
        const QString guess = second.left(15) + first.mid(15);
        QCOMPARE(verify(QStringLiteral("officer"), guess, codeOf(m_export))
                     .json.value(QStringLiteral("result"))
                     .toString(),
                 QStringLiteral("unknown"));
        // Typed off paper: lower case, no dash, O for 0 and I for 1 in the random part.
        QString typed = first.toLower().remove(QLatin1Char('-'));
        typed = typed.left(15) + typed.mid(15)
                                     .replace(QLatin1Char('0'), QLatin1Char('o'))
                                     .replace(QLatin1Char('1'), QLatin1Char('i'));
        QCOMPARE(verify(QStringLiteral("officer"), typed, codeOf(m_walkIn))
                     .json.value(QStringLiteral("result"))
                     .toString(),
                 QStringLiteral("genuine"));

        // A report numbered before the random part was added still verifies by its old number.
        QSqlDatabase db = m_server->server().database().connection();
        const cp::server::ManualClock clock; // stored() and the static signers read no time
        cp::server::ReportService reports(db, clock);
        auto old = reports.stored(first);
        QVERIFY(old);
        const QString oldNumber = first.left(13) + QStringLiteral("99");
        old->report.number = oldNumber;
        const QString hash = cp::server::ReportService::contentHash(old->report);
        QSqlQuery key(db);
        QVERIFY(key.exec(QStringLiteral("SELECT value FROM settings WHERE name = 'report_signing_key'")) &&
                key.next());
        const QString oldCode = cp::server::ReportService::verificationCode(
            QByteArray::fromHex(key.value(0).toString().toLatin1()), oldNumber, hash);
        key.finish();
        insert(
            *m_server,
            QStringLiteral(
                "INSERT INTO reports (number, subject_id, issued_at, issued_by, content_json, content_hash, "
                "verification_code, kind) SELECT ?, subject_id, issued_at, issued_by, ?, ?, ?, kind FROM "
                "reports "
                "WHERE number = ?"),
            {oldNumber,
             QString::fromUtf8(QJsonDocument(old->report.content()).toJson(QJsonDocument::Compact)), hash,
             oldCode, first});
        QCOMPARE(verify(QStringLiteral("officer"), oldNumber, oldCode)
                     .json.value(QStringLiteral("result"))
                     .toString(),
                 QStringLiteral("genuine"));
        QCOMPARE(as(QStringLiteral("clerk")).get(QStringLiteral("/api/v1/reports/") + oldNumber).status, 200);
    }

    // Guessing in sequence: unknown each time, then 429 for an hour, every step audited.
    void finding1_sequentialGuessesAreRateLimitedAndAudited()
    {
        const int limit = cp::server::ReportDisclosure::kMaxFailedLookupsPerHour;
        const QString day = numberOf(m_walkIn).left(10);
        int n = 0;
        for (; n < limit / 2; ++n) // through verification …
            QCOMPARE(verify(QStringLiteral("guesser"),
                            day + QStringLiteral("%1").arg(n + 1, 5, 10, QLatin1Char('0')), codeOf(m_walkIn))
                         .json,
                     (QJsonObject{{QStringLiteral("result"), QStringLiteral("unknown")}}));
        for (; n < limit; ++n) // … and through reading (a clerk's route)
            QCOMPARE(as(QStringLiteral("guesser"))
                         .get(QStringLiteral("/api/v1/reports/") + day +
                              QStringLiteral("%1").arg(n + 1, 5, 10, QLatin1Char('0')))
                         .errorCode(),
                     QStringLiteral("NOT_FOUND"));
        // The limit is reached: even the right number and code wait now.
        const auto limited = verify(QStringLiteral("guesser"), numberOf(m_walkIn), codeOf(m_walkIn));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.errorCode(), QStringLiteral("RATE_LIMITED"));
        QVERIFY(!limited.errorMessage().isEmpty());
        const qint64 retry = errorDetails(limited).value(QStringLiteral("retryAfterSeconds")).toInteger();
        QVERIFY2(retry > 0 && retry <= 3600, qPrintable(QString::number(retry)));
        QVERIFY(!bodyOf(limited).contains(kName.toUtf8()));
        QCOMPARE(
            as(QStringLiteral("guesser")).get(QStringLiteral("/api/v1/reports/") + numberOf(m_walkIn)).status,
            429);
        // Other accounts are not affected.
        QCOMPARE(verify(QStringLiteral("clerk"), numberOf(m_walkIn), codeOf(m_walkIn))
                     .json.value(QStringLiteral("result"))
                     .toString(),
                 QStringLiteral("genuine"));

        QStringList expectedVerify(limit / 2, QStringLiteral("unknown"));
        expectedVerify << QStringLiteral("rate_limited");
        QCOMPARE(outcomes(QStringLiteral("report.verify"), QStringLiteral("guesser")), expectedVerify);
        QStringList expectedView(limit - limit / 2, QStringLiteral("not_found"));
        expectedView << QStringLiteral("rate_limited");
        QCOMPARE(outcomes(QStringLiteral("report.view"), QStringLiteral("guesser")), expectedView);
        // Counted in the database, not in a worker's memory: it holds across threads and restarts.
        QCOMPARE(scalar(*m_server,
                        QStringLiteral("SELECT count(*) FROM report_lookup_failures WHERE account_id = ?"),
                        {m_accounts.value(QStringLiteral("guesser"))})
                     .toInt(),
                 limit);

        // An hour later on the server's clock the account may look up again.
        m_server->advanceClock(3601);
        relogin();
        QCOMPARE(verify(QStringLiteral("guesser"), numberOf(m_walkIn), codeOf(m_walkIn))
                     .json.value(QStringLiteral("result"))
                     .toString(),
                 QStringLiteral("genuine"));
    }

    // Concurrent wrong codes from one account cannot slip past the limit.
    void finding1_parallelWrongCodesStopAtTheLimit()
    {
        const int limit = cp::server::ReportDisclosure::kMaxFailedLookupsPerHour;
        const auto login = as(QStringLiteral("racer")).login(kPassword);
        QCOMPARE(login.status, 200);
        const QString token = login.json.value(QStringLiteral("token")).toString();
        constexpr int kThreads = 16;
        std::atomic<int> mismatches{0}, limited{0}, other{0};
        std::vector<std::thread> threads;
        const QString base = m_server->baseUrl(), ca = m_server->pki().caCert(),
                      p12 = m_server->pki().userP12(QStringLiteral("racer")),
                      password = m_server->pki().p12Password;
        const QJsonObject body{{QStringLiteral("number"), numberOf(m_walkIn)},
                               {QStringLiteral("code"), wrong(codeOf(m_walkIn))}};
        for (int i = 0; i < kThreads; ++i)
            threads.emplace_back([&] {
                HttpsProbe probe(base, ca, p12, password);
                probe.setToken(token);
                const auto r = probe.post(QStringLiteral("/api/v1/reports/verify"), body);
                if (r.status == 200 &&
                    r.json.value(QStringLiteral("result")).toString() == QLatin1String("mismatch"))
                    ++mismatches;
                else if (r.status == 429)
                    ++limited;
                else
                    ++other;
            });
        for (auto& t : threads)
            t.join();
        QCOMPARE(other.load(), 0);
        QCOMPARE(mismatches.load(), limit);
        QCOMPARE(limited.load(), kThreads - limit);
    }

    // --- finding 8 ------------------------------------------------------------------

    void finding8_clerkCannotReadADepartmentExport()
    {
        const QString number = numberOf(m_export);
        const auto read = as(QStringLiteral("clerk")).get(QStringLiteral("/api/v1/reports/") + number);
        QCOMPARE(read.status, 403);
        QCOMPARE(read.errorCode(), QStringLiteral("FORBIDDEN"));
        QVERIFY(!bodyOf(read).contains(kCTitle.toUtf8()));
        const auto handover = as(QStringLiteral("clerk"))
                                  .post(QStringLiteral("/api/v1/reports/%1/handover").arg(number),
                                        {{QStringLiteral("receivedBy"), kName}});
        QCOMPARE(handover.status, 403);
        QVERIFY(!bodyOf(handover).contains(kCTitle.toUtf8()));
        const auto views = audited(QStringLiteral("report.view"), QStringLiteral("clerk"));
        QVERIFY(!views.isEmpty());
        QCOMPARE(views.last().value(QStringLiteral("outcome")).toString(), QStringLiteral("denied"));
        QCOMPARE(views.last().value(QStringLiteral("target")).toString(), QStringLiteral("report:") + number);
        QCOMPARE(outcomes(QStringLiteral("report.handover"), QStringLiteral("clerk")).last(),
                 QStringLiteral("denied"));
        // Another department (another county, no share of its consents) may not reprint it either;
        // the account that exported it may.
        QCOMPARE(as(QStringLiteral("fuliang")).get(QStringLiteral("/api/v1/reports/") + number).status, 403);
        QCOMPARE(as(QStringLiteral("officer")).get(QStringLiteral("/api/v1/reports/") + number).status, 403);
        const auto own = as(QStringLiteral("city")).get(QStringLiteral("/api/v1/reports/") + number);
        QCOMPARE(own.status, 200);
        QVERIFY(bodyOf(own).contains(kCTitle.toUtf8()));
        // The walk-in report is the window's: the clerk reprints it, others do not read it.
        QCOMPARE(
            as(QStringLiteral("clerk")).get(QStringLiteral("/api/v1/reports/") + numberOf(m_walkIn)).status,
            200);
        QCOMPARE(
            as(QStringLiteral("officer")).get(QStringLiteral("/api/v1/reports/") + numberOf(m_walkIn)).status,
            403);
        QCOMPARE(as(QStringLiteral("archivist"))
                     .get(QStringLiteral("/api/v1/reports/") + numberOf(m_walkIn))
                     .status,
                 403);
    }

    // Each kind of document to the roles of its kind, nothing to an unknown kind.
    void finding8_documentsOnlyToTheRolesOfTheirKind_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("issuer");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("walk-in / clerk") << "walkin"
                                         << "clerk" << false << true;
        QTest::newRow("walk-in / officer") << "walkin"
                                           << "officer" << false << false;
        QTest::newRow("walk-in / department") << "walkin"
                                              << "department" << false << false;
        QTest::newRow("export / its department user") << "department"
                                                      << "department" << true << true;
        QTest::newRow("export / another department user") << "department"
                                                          << "department" << false << false;
        QTest::newRow("export / its officer") << "department"
                                              << "officer" << true << true;
        QTest::newRow("export / clerk") << "department"
                                        << "clerk" << false << false;
        QTest::newRow("export / clerk who is the issuer") << "department"
                                                          << "clerk" << true << false;
        for (const char* kind : {"dispute_receipt", "dispute_result", "mark_receipt",
                                 "mark_revocation_receipt", "dispute_reprint"}) {
            QTest::newRow(qPrintable(QStringLiteral("%1 / clerk").arg(QLatin1String(kind))))
                << kind << "clerk" << false << true;
            QTest::newRow(qPrintable(QStringLiteral("%1 / officer").arg(QLatin1String(kind))))
                << kind << "officer" << false << true;
            QTest::newRow(qPrintable(QStringLiteral("%1 / approver").arg(QLatin1String(kind))))
                << kind << "approver" << false << true;
            QTest::newRow(qPrintable(QStringLiteral("%1 / department").arg(QLatin1String(kind))))
                << kind << "department" << false << false;
            QTest::newRow(qPrintable(QStringLiteral("%1 / archivist").arg(QLatin1String(kind))))
                << kind << "archivist" << false << false;
        }
        for (const char* kind : {"archive_loan_slip", "archive_destruction_list"}) {
            QTest::newRow(qPrintable(QStringLiteral("%1 / archivist").arg(QLatin1String(kind))))
                << kind << "archivist" << false << true;
            QTest::newRow(qPrintable(QStringLiteral("%1 / approver").arg(QLatin1String(kind))))
                << kind << "approver" << false << true;
            QTest::newRow(qPrintable(QStringLiteral("%1 / clerk").arg(QLatin1String(kind))))
                << kind << "clerk" << false << false;
        }
        QTest::newRow("unknown kind / every role") << "something_new"
                                                   << "*" << true << false;
    }
    void finding8_documentsOnlyToTheRolesOfTheirKind()
    {
        QFETCH(QString, kind);
        QFETCH(QString, role);
        QFETCH(bool, issuer);
        QFETCH(bool, allowed);
        cp::server::DocumentReader reader;
        reader.accountId = 7;
        if (role == QLatin1String("*"))
            for (Role r : cp::allRoles())
                reader.roles.insert(r);
        else
            reader.roles.insert(*cp::roleFromCode(role));
        QCOMPARE(cp::server::ReportDisclosure::mayRead(kind, issuer ? 7 : 8, reader), allowed);
    }

    // --- finding 9 ------------------------------------------------------------------

    void finding9_disputeLookupShowsNoBContentBeforeACase()
    {
        const qint64 b = m_records.value(QStringLiteral("B"));
        const auto lookup = as(QStringLiteral("clerk"))
                                .get(QStringLiteral("/api/v1/disputes/records?idNumber=%1").arg(kPersonId));
        QCOMPARE(lookup.status, 200);
        const QByteArray body = bodyOf(lookup);
        QVERIFY2(!body.contains(kBTitle.toUtf8()), body.constData());
        QVERIFY(!body.contains(kCTitle.toUtf8()));
        QVERIFY(body.contains(kATitle.toUtf8())); // A is public
        bool seen = false;
        for (const auto& v : lookup.json.value(QStringLiteral("records")).toArray()) {
            const auto o = v.toObject();
            const auto rec = o.value(QStringLiteral("record")).toObject();
            if (rec.value(QStringLiteral("recordId")).toInteger() != b)
                continue;
            seen = true;
            // What the window needs to accept a dispute on it, without what it says.
            QVERIFY(rec.value(QStringLiteral("title")).toString().isEmpty());
            QVERIFY(rec.value(QStringLiteral("content")).toString().isEmpty());
            QCOMPARE(rec.value(QStringLiteral("openClass")).toString(), QStringLiteral("B"));
            QCOMPARE(rec.value(QStringLiteral("categoryCode")).toString(), QStringLiteral("tax_arrears"));
            QVERIFY(!rec.value(QStringLiteral("documentNumber")).toString().isEmpty());
            QVERIFY(!rec.value(QStringLiteral("decisionDate")).toString().isEmpty());
            QCOMPARE(o.value(QStringLiteral("contentWithheld")).toBool(), true);
            QCOMPARE(o.value(QStringLiteral("disputable")).toBool(), true);
        }
        QVERIFY(seen);
        const auto log = audited(QStringLiteral("dispute.lookup"), QStringLiteral("clerk")).last();
        const auto detail =
            QJsonDocument::fromJson(log.value(QStringLiteral("detail")).toString().toUtf8()).object();
        QVERIFY(detail.value(QStringLiteral("contentWithheld")).toArray().contains(b));

        // A refusal before the case exists does not name a C record either.
        const auto internal =
            as(QStringLiteral("clerk"))
                .post(QStringLiteral("/api/v1/disputes"),
                      disputeBy(kPersonId, kName, {m_records.value(QStringLiteral("C"))}).toJson());
        QCOMPARE(internal.status, 422);
        QVERIFY(!bodyOf(internal).contains(kCTitle.toUtf8()));

        // Once the subject itself has applied and the case is registered, the case shows it.
        const auto accepted =
            as(QStringLiteral("clerk"))
                .post(QStringLiteral("/api/v1/disputes"), disputeBy(kPersonId, kName, {b}).toJson());
        QCOMPARE(accepted.status, 201);
        const qint64 id = caseOf(accepted).value(QStringLiteral("id")).toInteger();
        const auto view = as(QStringLiteral("clerk")).get(QStringLiteral("/api/v1/disputes/%1").arg(id));
        QVERIFY(bodyOf(view).contains(kBTitle.toUtf8()));
        // Its receipt is a dispute document: the dispute staff read it, the archive room does not.
        const QString receipt = documentOf(accepted).value(QStringLiteral("number")).toString();
        QCOMPARE(as(QStringLiteral("approver")).get(QStringLiteral("/api/v1/reports/") + receipt).status,
                 200);
        QCOMPARE(as(QStringLiteral("archivist")).get(QStringLiteral("/api/v1/reports/") + receipt).status,
                 403);
    }

    void chainStillVerifies()
    {
        QSqlDatabase db = m_server->server().database().connection();
        QVERIFY(cp::server::AuditLog::verify(db).ok);
    }
};

QTEST_MAIN(TestReportDisclosure)
#include "test_report_disclosure.moc"
