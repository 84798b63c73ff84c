// The working-day calendar over /api/v1/calendar/{year}: official years ship
// with the software, later years are entered by the system administrator once
// the State Council publishes them, and every deadline (15 working days for a
// walk-in answer, 5 / 7 working days for marks) is counted on it.
#include "HttpsProbe.h"
#include "TestServer.h"
#include "WalkInFixture.h"
#include "app/CreditServer.h"
#include "domain/calendar/CalendarStore.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace cp::test;

class TestCalendar : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpsProbe> m_admin;
    std::unique_ptr<HttpsProbe> m_clerk;

    std::unique_ptr<HttpsProbe> probe(const QString& login)
    {
        auto p = deskFor(*m_server, login);
        if (p->login(kPassword).status != 200)
            qWarning() << "login failed for" << login;
        return p;
    }
    ProbeReply put(HttpsProbe& p, int year, const QStringList& holidays, const QStringList& workdays)
    {
        const QJsonObject body{{QStringLiteral("holidays"), QJsonArray::fromStringList(holidays)},
                               {QStringLiteral("workdays"), QJsonArray::fromStringList(workdays)}};
        return p.send("PUT", QStringLiteral("/api/v1/calendar/%1").arg(year),
                      QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

  private Q_SLOTS:
    void initTestCase()
    {
        m_server =
            std::make_unique<TestServer>(QStringList{QStringLiteral("sysadmin"), QStringLiteral("clerk")});
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorString()));
        for (const auto& [login, name, role] :
             {std::tuple{"sysadmin", "钱系统", "sysadmin"}, std::tuple{"clerk", "王芳", "clerk"}}) {
            AccountSpec spec;
            spec.login = QString::fromUtf8(login);
            spec.fullName = QString::fromUtf8(name);
            spec.roles = {QString::fromUtf8(role)};
            spec.password = kPassword;
            m_server->createAccount(spec);
        }
        m_admin = probe(QStringLiteral("sysadmin"));
        m_clerk = probe(QStringLiteral("clerk"));
    }

    void officialYearIsReadableByAnyoneAndNotReplaceable()
    {
        const auto r = m_clerk->get(QStringLiteral("/api/v1/calendar/2026"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.json.value(QStringLiteral("official")).toBool());
        QVERIFY(r.json.value(QStringLiteral("holidays")).toArray().contains(QStringLiteral("2026-10-01")));
        QVERIFY(r.json.value(QStringLiteral("workdays"))
                    .toArray()
                    .contains(QStringLiteral("2026-10-10"))); // 调休
        QCOMPARE(put(*m_admin, 2026, {QStringLiteral("2026-03-02")}, {}).errorCode(),
                 QStringLiteral("INVALID_STATE"));
    }

    void onlyTheSystemAdministratorEntersAYear()
    {
        QCOMPARE(put(*m_clerk, 2027, {QStringLiteral("2027-01-01")}, {}).status, 403);
    }

    void invalidYearsAreRefusedWithAReason_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QStringList>("holidays");
        QTest::addColumn<QStringList>("workdays");
        QTest::addColumn<QString>("field");
        QTest::newRow("day of another year") << 2027 << QStringList{"2028-01-01"} << QStringList{} << "days";
        QTest::newRow("weekday as adjusted workday")
            << 2027 << QStringList{} << QStringList{"2027-02-03"} << "workdays";
        QTest::newRow("same day twice")
            << 2027 << QStringList{"2027-05-03", "2027-05-03"} << QStringList{} << "days";
        QTest::newRow("holiday and workday at once")
            << 2027 << QStringList{"2027-02-06"} << QStringList{"2027-02-06"} << "days";
        QTest::newRow("not a date") << 2027 << QStringList{"2027-13-01"} << QStringList{} << "days";
        QTest::newRow("year out of range") << 1999 << QStringList{} << QStringList{} << "year";
    }
    void invalidYearsAreRefusedWithAReason()
    {
        QFETCH(int, year);
        QFETCH(QStringList, holidays);
        QFETCH(QStringList, workdays);
        QFETCH(QString, field);
        const auto r = put(*m_admin, year, holidays, workdays);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("VALIDATION_FAILED"));
        const QJsonObject error = r.json.value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("details")).toObject().value(QStringLiteral("field")).toString(),
                 field);
        QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
        // Nothing half-written.
        QVERIFY(m_clerk->get(QStringLiteral("/api/v1/calendar/2027"))
                    .json.value(QStringLiteral("holidays"))
                    .toArray()
                    .isEmpty());
    }

    // Deadlines count working days on the entered year (seed 003 附件1.五(六): 15 working days).
    void enteredYearIsUsedForDeadlinesAndAudited()
    {
        const QStringList holidays{QStringLiteral("2027-01-01"), QStringLiteral("2027-02-08"),
                                   QStringLiteral("2027-02-09")};
        const QStringList workdays{QStringLiteral("2027-02-06")}; // a Saturday worked instead
        QCOMPARE(put(*m_admin, 2027, holidays, workdays).status, 200);
        const auto r = m_clerk->get(QStringLiteral("/api/v1/calendar/2027"));
        QVERIFY(!r.json.value(QStringLiteral("official")).toBool());
        QCOMPARE(r.json.value(QStringLiteral("holidays")).toArray().size(), 3);
        QCOMPARE(r.json.value(QStringLiteral("workdays")).toArray().first().toString(),
                 QStringLiteral("2027-02-06"));

        QSqlDatabase db = m_server->server().database().connection();
        const auto cal = cp::server::CalendarStore(db).load();
        QVERIFY(!cal.isWorkingDay(QDate(2027, 1, 1)));
        QVERIFY(cal.isWorkingDay(QDate(2027, 2, 6)));
        // From Fri 2027-02-05: Sat 6 (worked), Mon 8 and Tue 9 off, Wed 10 → the second working day.
        QCOMPARE(cal.addWorkingDays(QDate(2027, 2, 5), 2), QDate(2027, 2, 10));

        // Entering the year again replaces it.
        QCOMPARE(put(*m_admin, 2027, {QStringLiteral("2027-01-01")}, {}).status, 200);
        QCOMPARE(m_clerk->get(QStringLiteral("/api/v1/calendar/2027"))
                     .json.value(QStringLiteral("holidays"))
                     .toArray()
                     .size(),
                 1);
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral(
            "SELECT count(*) FROM audit_log WHERE action = 'calendar.update' AND target = 'calendar:2027'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCalendar)
#include "test_calendar.moc"
