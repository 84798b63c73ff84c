// The 工作日历 tab against a real server: official years are read-only, the
// system administrator enters a later year's holidays and 调休 working days,
// and deadlines count on what was saved (seed 003 附件1.五(六)).
#include "ClientTestSupport.h"
#include "WalkInFixture.h"
#include "admin/CalendarPage.h"
#include "auth/LoginDialog.h"
#include "domain/calendar/CalendarStore.h"
#include "shell/MainWindow.h"
#include "shell/TabbedModulePage.h"

#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>

using namespace cp::client;
using namespace cp::client::test;
using cp::test::kPassword;

class TestClientCalendar : public QObject
{
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void officialYearIsShownReadOnly();
    void administratorEntersALaterYear();

  private:
    CalendarPage* page() const
    {
        return m_app && m_app->mainWindow() ? m_app->mainWindow()->findChild<CalendarPage*>() : nullptr;
    }
    template <class T> T* field(const char* name) const { return child<T>(page(), name); }
    bool showYear(int year);

    std::unique_ptr<cp::test::TestServer> m_server;
    std::unique_ptr<AppController> m_app;
};

void TestClientCalendar::initTestCase()
{
    initClientTestApplication(QStringLiteral("test_client_calendar"));
    m_server = std::make_unique<cp::test::TestServer>(QStringList{QStringLiteral("sysadmin")});
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorString()));
    m_server->createAccount(account(QStringLiteral("sysadmin"), QStringLiteral("钱系统"),
                                    {QStringLiteral("sysadmin")}, kPassword));
    m_app = std::make_unique<AppController>(settingsFor(*m_server, QStringLiteral("sysadmin")),
                                            UiLanguage::Chinese);
    m_app->start();
    QVERIFY(submitLogin(m_app->loginDialog(), m_server->pki().p12Password, kPassword));
    QTRY_VERIFY_WITH_TIMEOUT(m_app->mainWindow() != nullptr, kSlowReplyTimeout);
    m_app->mainWindow()->show();
    auto* admin = m_app->mainWindow()->findChild<TabbedModulePage*>(QStringLiteral("module_admin"));
    QVERIFY(admin);
    QVERIFY(admin->showTab(QStringLiteral("tab_calendar")));
    QVERIFY(page());
}

void TestClientCalendar::cleanupTestCase()
{
    m_app.reset();
    flushDeferredDeletes();
}

bool TestClientCalendar::showYear(int year)
{
    QSignalSpy loaded(page(), &CalendarPage::loaded);
    field<QSpinBox>("yearSpin")->setValue(year);
    return loaded.wait(kSlowReplyTimeout) || (!loaded.isEmpty());
}

void TestClientCalendar::officialYearIsShownReadOnly()
{
    QVERIFY(showYear(2026));
    QVERIFY(page()->isOfficial());
    QVERIFY(page()->holidays().contains(QDate(2026, 10, 1)));
    QVERIFY(page()->workdays().contains(QDate(2026, 10, 10))); // 调休
    QVERIFY(!field<QPushButton>("saveButton")->isEnabled());
    QVERIFY(!field<QPushButton>("addHolidayButton")->isEnabled());
    QVERIFY(field<QLabel>("stateLabel")->text().contains(QStringLiteral("只读")));
}

void TestClientCalendar::administratorEntersALaterYear()
{
    QVERIFY(showYear(2027));
    QVERIFY(!page()->isOfficial());
    QVERIFY(page()->holidays().isEmpty());
    QVERIFY(field<QLabel>("stateLabel")->text().contains(QStringLiteral("尚未录入")));

    field<QDateEdit>("holidayDate")->setDate(QDate(2027, 1, 1));
    QTest::mouseClick(field<QPushButton>("addHolidayButton"), Qt::LeftButton);
    // A weekday cannot be an adjusted working day: said at once, nothing added.
    field<QDateEdit>("workdayDate")->setDate(QDate(2027, 2, 3));
    QTest::mouseClick(field<QPushButton>("addWorkdayButton"), Qt::LeftButton);
    QVERIFY(field<QLabel>("errorLabel")->isVisibleTo(page()));
    QVERIFY(field<QLabel>("errorLabel")->text().contains(QStringLiteral("周末")));
    QVERIFY(page()->workdays().isEmpty());
    field<QDateEdit>("workdayDate")->setDate(QDate(2027, 2, 6));
    QTest::mouseClick(field<QPushButton>("addWorkdayButton"), Qt::LeftButton);
    field<QDateEdit>("holidayDate")->setDate(QDate(2027, 2, 8));
    QTest::mouseClick(field<QPushButton>("addHolidayButton"), Qt::LeftButton);
    QCOMPARE(page()->holidays(), (QList<QDate>{QDate(2027, 1, 1), QDate(2027, 2, 8)}));
    QCOMPARE(page()->workdays(), QList<QDate>{QDate(2027, 2, 6)});

    QSignalSpy saved(page(), &CalendarPage::saved);
    QTest::mouseClick(field<QPushButton>("saveButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kSlowReplyTimeout);
    QVERIFY(field<QLabel>("resultLabel")->text().contains(QStringLiteral("2027")));

    // On the server: deadlines now count on the entered days.
    QSqlDatabase db = m_server->server().database().connection();
    const auto cal = cp::server::CalendarStore(db).load();
    QVERIFY(!cal.isWorkingDay(QDate(2027, 1, 1)));
    QVERIFY(!cal.isWorkingDay(QDate(2027, 2, 8)));
    QVERIFY(cal.isWorkingDay(QDate(2027, 2, 6)));

    // Shown again after a reload, and removable.
    QVERIFY(showYear(2028));
    QVERIFY(showYear(2027));
    QCOMPARE(page()->holidays().size(), 2);
    QVERIFY(field<QLabel>("stateLabel")->text().contains(QStringLiteral("系统管理员")));
    field<QListWidget>("holidayList")->setCurrentRow(1);
    QTest::mouseClick(field<QPushButton>("removeHolidayButton"), Qt::LeftButton);
    QCOMPARE(page()->holidays(), QList<QDate>{QDate(2027, 1, 1)});
}

QTEST_MAIN(TestClientCalendar)
#include "test_client_calendar.moc"
