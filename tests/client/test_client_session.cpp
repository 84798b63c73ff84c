// The session after login: idle expiry sends the user back to the login dialog
// on the next action (seed 000 §10: idle sessions end), logout ends it on the
// server, and activity keeps the countdown honest.
#include "ClientTestSupport.h"
#include "auth/LoginDialog.h"
#include "auth/PasswordChangeDialog.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace cp::client;
using namespace cp::client::test;

namespace {
const QString kPassword = QStringLiteral("Session#2024pw");
constexpr qint64 kPastAnyIdleTimeout = 24 * 3600;
} // namespace

class TestClientSession : public QObject
{
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void nextClickAfterIdleExpiryReturnsToLogin();
    void expiryDuringPasswordChangeReturnsToLogin();
    void logoutReturnsToLoginAndForgetsTheToken();
    void activityRefreshesTheSession();

  private:
    MainWindow* main() const { return m_app->mainWindow(); }

    std::unique_ptr<cp::test::TestServer> m_server;
    std::unique_ptr<AppController> m_app;
};

void TestClientSession::initTestCase()
{
    initClientTestApplication(QStringLiteral("test_client_session"));
    m_server = std::make_unique<cp::test::TestServer>(QStringList{QStringLiteral("alice")});
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorString()));
    m_server->createAccount(
        account(QStringLiteral("alice"), QStringLiteral("王丽"), {QStringLiteral("clerk")}, kPassword));
}

void TestClientSession::init()
{
    m_app =
        std::make_unique<AppController>(settingsFor(*m_server, QStringLiteral("alice")), UiLanguage::Chinese);
    m_app->start();
    QVERIFY(submitLogin(m_app->loginDialog(), m_server->pki().p12Password, kPassword));
    QTRY_VERIFY_WITH_TIMEOUT(m_app->mainWindow() != nullptr, 15000);
}

void TestClientSession::cleanup()
{
    m_app.reset();
    flushDeferredDeletes();
}

void TestClientSession::nextClickAfterIdleExpiryReturnsToLogin()
{
    main()->setActivityRefreshInterval(std::chrono::milliseconds(0));
    m_server->advanceClock(kPastAnyIdleTimeout);
    QSignalSpy expired(&m_app->api(), &ApiClient::sessionExpired);

    auto* nav = child<QListWidget>(main(), "moduleList");
    QTest::mouseClick(nav->viewport(), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(m_app->loginDialog() != nullptr, 15000);
    QCOMPARE(expired.count(), 1);
    QCOMPARE(m_app->mainWindow(), nullptr);
    QVERIFY(!m_app->api().isLoggedIn());
    auto* notice = child<QLabel>(m_app->loginDialog(), "noticeLabel");
    QVERIFY(notice->isVisibleTo(m_app->loginDialog()));
    QVERIFY2(notice->text().contains(QStringLiteral("会话已过期")), qPrintable(notice->text()));

    // And the user can simply log in again.
    QVERIFY(submitLogin(m_app->loginDialog(), m_server->pki().p12Password, kPassword));
    QTRY_VERIFY_WITH_TIMEOUT(m_app->mainWindow() != nullptr, 15000);
}

void TestClientSession::expiryDuringPasswordChangeReturnsToLogin()
{
    child<QAction>(main(), "actionChangePassword")->trigger();
    auto* dialog = main()->findChild<PasswordChangeDialog*>();
    QVERIFY(dialog);
    m_server->advanceClock(kPastAnyIdleTimeout);
    typeInto(child<QLineEdit>(dialog, "oldPasswordEdit"), kPassword);
    typeInto(child<QLineEdit>(dialog, "newPasswordEdit"), QStringLiteral("Another#2025pw"));
    typeInto(child<QLineEdit>(dialog, "repeatPasswordEdit"), QStringLiteral("Another#2025pw"));
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->loginDialog() != nullptr, 15000);
    QCOMPARE(m_app->mainWindow(), nullptr);
}

void TestClientSession::logoutReturnsToLoginAndForgetsTheToken()
{
    ApiClient& api = m_app->api();
    child<QAction>(main(), "actionLogout")->trigger();
    QVERIFY(m_app->loginDialog() != nullptr);
    QVERIFY(!api.isLoggedIn());
    auto* notice = child<QLabel>(m_app->loginDialog(), "noticeLabel");
    QCOMPARE(notice->text(), QStringLiteral("您已注销。"));
    flushDeferredDeletes();
    QTRY_COMPARE(m_app->mainWindow(), nullptr);
}

void TestClientSession::activityRefreshesTheSession()
{
    main()->setActivityRefreshInterval(std::chrono::milliseconds(0));
    QSignalSpy activity(&m_app->api(), &ApiClient::sessionActivity);
    // Half an idle period later, a key press keeps the session alive …
    m_server->advanceClock(main()->session().idleTimeoutSeconds / 2);
    QTest::keyClick(child<QListWidget>(main(), "moduleList"), Qt::Key_Down);
    QTRY_VERIFY_WITH_TIMEOUT(activity.count() >= 1, 15000);
    // … so that another half later it is still alive.
    m_server->advanceClock(main()->session().idleTimeoutSeconds / 2 + 1);
    QTest::keyClick(child<QListWidget>(main(), "moduleList"), Qt::Key_Up);
    QTRY_VERIFY_WITH_TIMEOUT(activity.count() >= 2, 15000);
    QVERIFY(m_app->mainWindow() != nullptr);
    QVERIFY(m_app->api().isLoggedIn());
    QVERIFY(child<QLabel>(main(), "sessionStatusLabel")->text().startsWith(QStringLiteral("会话剩余")));
}

QTEST_MAIN(TestClientSession)
#include "test_client_session.moc"
