// Attack review (issue 11) finding 15: `(page - 1) * pageSize` overflowed an int and
// 64-bit path and query numbers were truncated (`/calendar/4294969322` read as 2026;
// `?page=4294967297` as page 1; `?borrowerId=abc` as "anyone"). Every page, pageSize,
// year and id parameter is now range-checked in the http layer (RequestContext::paging,
// pageParam, intParam, queryId): out of range is 422 VALIDATION_FAILED naming it.
#include "HttpsProbe.h"
#include "TestServer.h"
#include "WalkInFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>
#include <map>

using namespace cp::test;

namespace {

constexpr qint64 k2to32 = qint64(1) << 32;

} // namespace

class TestPagingBounds : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestServer> m_server;
    std::map<QString, std::unique_ptr<HttpsProbe>> m_users; // by login = role

    HttpsProbe& as(const QString& login) { return *m_users.at(login); }

  private Q_SLOTS:
    void initTestCase()
    {
        const QStringList logins{QStringLiteral("auditor"), QStringLiteral("department"),
                                 QStringLiteral("sysadmin"), QStringLiteral("clerk"),
                                 QStringLiteral("archivist")};
        m_server = std::make_unique<TestServer>(logins);
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorString()));
        for (const QString& login : logins) {
            m_server->createAccount(staffAccount(login, {login}, kPassword, login + QStringLiteral("用户"),
                                                 QStringLiteral("360200")));
            m_users[login] = deskFor(*m_server, login);
            QCOMPARE(m_users[login]->login(kPassword).status, 200);
        }
        addSubject(*m_server, QStringLiteral("natural"), kPersonId, QStringLiteral("李明"));
    }

    void outOfRangeParametersAreRefusedByName_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("field");
        const QString entries = QStringLiteral("/api/v1/audit/entries?");
        const QString search = QStringLiteral("/api/v1/department/subjects?mode=prefix&q=%E6%9D%8E&");
        // int(4294967297) == 1 and int(2^32 + 50) == 50: read as harmless values before.
        QTest::newRow("audit page truncated to 1")
            << "auditor" << entries + QStringLiteral("page=%1").arg(k2to32 + 1) << "page";
        QTest::newRow("audit page whose offset overflows an int")
            << "auditor" << entries + QStringLiteral("page=2147483647&pageSize=200") << "page";
        QTest::newRow("audit pageSize truncated to 50")
            << "auditor" << entries + QStringLiteral("pageSize=%1").arg(k2to32 + 50) << "pageSize";
        QTest::newRow("audit page not a number")
            << "auditor" << entries + QStringLiteral("page=2x") << "page";
        QTest::newRow("department page whose offset overflows an int")
            << "department" << search + QStringLiteral("page=2147483647") << "page";
        QTest::newRow("department page truncated")
            << "department" << search + QStringLiteral("page=%1").arg(k2to32 + 1) << "page";
        QTest::newRow("department page not a number")
            << "department" << search + QStringLiteral("page=abc") << "page";
        QTest::newRow("department page zero") << "department" << search + QStringLiteral("page=0") << "page";
        QTest::newRow("calendar year truncated to 2026")
            << "clerk" << QStringLiteral("/api/v1/calendar/%1").arg(k2to32 + 2026) << "year";
        QTest::newRow("calendar year out of range")
            << "clerk" << QStringLiteral("/api/v1/calendar/1999") << "year";
        QTest::newRow("loan borrower filter not a number")
            << "archivist" << QStringLiteral("/api/v1/archives/loans?state=all&borrowerId=abc")
            << "borrowerId";
        QTest::newRow("loan borrower filter negative")
            << "archivist" << QStringLiteral("/api/v1/archives/loans?state=all&borrowerId=-1")
            << "borrowerId";
    }

    void outOfRangeParametersAreRefusedByName()
    {
        QFETCH(QString, login);
        QFETCH(QString, path);
        QFETCH(QString, field);
        const auto r = as(login).get(path);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("VALIDATION_FAILED"));
        QCOMPARE(r.json.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("field")),
                 QJsonValue(field));
    }

    void boundaryValuesStillWork_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("path");
        QTest::newRow("audit last allowed page")
            << "auditor" << QStringLiteral("/api/v1/audit/entries?page=1000000&pageSize=200");
        QTest::newRow("department second page")
            << "department" << QStringLiteral("/api/v1/department/subjects?mode=prefix&q=%E6%9D%8E&page=2");
        QTest::newRow("calendar 2100") << "clerk" << QStringLiteral("/api/v1/calendar/2100");
        QTest::newRow("loans of a borrower")
            << "archivist" << QStringLiteral("/api/v1/archives/loans?state=all&borrowerId=1");
    }

    void boundaryValuesStillWork()
    {
        QFETCH(QString, login);
        QFETCH(QString, path);
        QCOMPARE(as(login).get(path).status, 200);
    }

    // The write that truncation let through: PUT /calendar/(2^32 + 2027) replaced 2027.
    void truncatedYearDoesNotReplaceAnotherYear()
    {
        const QJsonObject body{{QStringLiteral("holidays"), QJsonArray{QStringLiteral("2027-01-01")}},
                               {QStringLiteral("workdays"), QJsonArray{}}};
        const auto r = as(QStringLiteral("sysadmin"))
                           .send("PUT", QStringLiteral("/api/v1/calendar/%1").arg(k2to32 + 2027),
                                 QJsonDocument(body).toJson(QJsonDocument::Compact));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.json.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("field")),
                 QJsonValue(QStringLiteral("year")));
        const auto year = as(QStringLiteral("clerk")).get(QStringLiteral("/api/v1/calendar/2027"));
        QCOMPARE(year.status, 200);
        QVERIFY(year.json.value(QStringLiteral("holidays")).toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPagingBounds)
#include "test_paging_bounds.moc"
