// Logging in through the real LoginDialog against a real server with mutual TLS.
#include "ClientTestSupport.h"
#include "PasswordPolicy.h"
#include "auth/LoginDialog.h"
#include "shell/MainWindow.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTest>

using namespace cp::client;
using namespace cp::client::test;
using cp::Module;

namespace {
const QString kAlicePassword = QStringLiteral("Alice#2024pw");
const QString kBobPassword = QStringLiteral("Bob#Archive2024");
const QString kDavePassword = QStringLiteral("Dave#Approve99");
} // namespace

class TestClientLogin : public QObject
{
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void loginButtonWaitsForRequiredFields();
    void loginReachesMainWindowWithTheRolesModules_data();
    void loginReachesMainWindowWithTheRolesModules();
    void wrongPasswordShowsTheServersMessage();
    void repeatedWrongPasswordsLockTheAccount();
    void certificateOfAnotherCaIsRefusedWithTlsMessage();
    void certificateWithoutAccountShowsServerMessage();
    void expiredCertificateIsRefusedBeforeConnecting();
    void wrongCertificatePasswordExplainsRc240();
    void unreachableServerSaysToCheckTheAddress();
    void settingsRememberEverythingButPasswords();

  private:
    AppController& startAt(const ClientSettings& settings);
    LoginDialog* loginDialog() const { return m_app ? m_app->loginDialog() : nullptr; }

    std::unique_ptr<cp::test::TestServer> m_server;
    std::unique_ptr<AppController> m_app;
};

void TestClientLogin::initTestCase()
{
    initClientTestApplication(QStringLiteral("test_client_login"));
    m_server = std::make_unique<cp::test::TestServer>(
        QStringList{QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol"),
                    QStringLiteral("dave"), QStringLiteral("erin")});
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorString()));
    m_server->createAccount(account(QStringLiteral("alice"), QStringLiteral("王丽"),
                                    {QStringLiteral("clerk"), QStringLiteral("officer")}, kAlicePassword));
    m_server->createAccount(
        account(QStringLiteral("bob"), QStringLiteral("李强"), {QStringLiteral("archivist")}, kBobPassword));
    m_server->createAccount(
        account(QStringLiteral("dave"), QStringLiteral("赵敏"), {QStringLiteral("approver")}, kDavePassword));
    m_server->createAccount(account(QStringLiteral("erin"), QStringLiteral("钱进"),
                                    {QStringLiteral("department")}, kDavePassword));
    // carol has a certificate but no account.
}

void TestClientLogin::cleanup()
{
    m_app.reset();
    flushDeferredDeletes();
}

AppController& TestClientLogin::startAt(const ClientSettings& settings)
{
    m_app = std::make_unique<AppController>(settings, UiLanguage::Chinese);
    m_app->start();
    return *m_app;
}

void TestClientLogin::loginButtonWaitsForRequiredFields()
{
    startAt(settingsFor(*m_server, QStringLiteral("alice")));
    auto* button = child<QPushButton>(loginDialog(), "loginButton");
    auto* password = child<QLineEdit>(loginDialog(), "passwordEdit");
    QVERIFY(button && password);
    QVERIFY(!button->isEnabled());
    QTest::keyClicks(password, QStringLiteral("x"));
    QVERIFY(button->isEnabled());
    auto* ca = child<QLineEdit>(loginDialog(), "caPathEdit");
    ca->clear();
    QVERIFY(!button->isEnabled());
    QCOMPARE(button->text(), QStringLiteral("登录(&L)"));
}

void TestClientLogin::loginReachesMainWindowWithTheRolesModules_data()
{
    QTest::addColumn<QString>("cert");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QStringList>("modules"); // module codes, navigation order
    QTest::addColumn<QString>("roleNames");
    QTest::newRow("clerk+officer") << "alice" << kAlicePassword
                                   << QStringList{"walkin", "department", "disputes", "approvals"}
                                   << QStringLiteral("窗口受理员、信用中心核查员");
    QTest::newRow("archivist") << "bob" << kBobPassword << QStringList{"archives", "media"}
                               << QStringLiteral("档案管理员");
    QTest::newRow("approver") << "dave" << kDavePassword << QStringList{"approvals"}
                              << QStringLiteral("审批领导");
}

void TestClientLogin::loginReachesMainWindowWithTheRolesModules()
{
    QFETCH(QString, cert);
    QFETCH(QString, password);
    QFETCH(QStringList, modules);
    QFETCH(QString, roleNames);

    startAt(settingsFor(*m_server, cert));
    QVERIFY(loginDialog() && loginDialog()->isVisible());
    QVERIFY(submitLogin(loginDialog(), m_server->pki().p12Password, password));
    QTRY_VERIFY_WITH_TIMEOUT(m_app->mainWindow() != nullptr, 15000);
    QVERIFY(m_app->mainWindow()->isVisible());
    QCOMPARE(m_app->loginDialog(), nullptr);

    MainWindow* main = m_app->mainWindow();
    QStringList shown;
    for (Module m : main->modules())
        shown.append(cp::moduleCode(m));
    QCOMPARE(shown, modules);
    auto* nav = child<QListWidget>(main, "moduleList");
    auto* stack = child<QStackedWidget>(main, "moduleStack");
    QVERIFY(nav && stack);
    QCOMPARE(nav->count(), modules.size());
    QCOMPARE(stack->count(), modules.size());
    for (int i = 0; i < modules.size(); ++i) {
        QCOMPARE(cp::moduleCode(Module(nav->item(i)->data(Qt::UserRole).toInt())), modules[i]);
        QCOMPARE(stack->widget(i)->objectName(), QStringLiteral("module_") + modules[i]);
    }
    QCOMPARE(main->windowTitle(), QStringLiteral("公共信用信息查询受理系统"));
    QVERIFY2(child<QLabel>(main, "rolesStatusLabel")->text().contains(roleNames),
             qPrintable(child<QLabel>(main, "rolesStatusLabel")->text()));
    QVERIFY(child<QLabel>(main, "userStatusLabel")->text().contains(cert));
    QVERIFY(child<QLabel>(main, "serverStatusLabel")->text().contains(QString::number(m_server->port())));
    QVERIFY(child<QLabel>(main, "sessionStatusLabel")->text().startsWith(QStringLiteral("会话剩余")));
}

void TestClientLogin::wrongPasswordShowsTheServersMessage()
{
    startAt(settingsFor(*m_server, QStringLiteral("bob")));
    QVERIFY(submitLogin(loginDialog(), m_server->pki().p12Password, QStringLiteral("Wrong#pass123")));
    auto* error = child<QLabel>(loginDialog(), "errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 15000);
    // The server's Chinese text for BAD_PASSWORD (it may add the attempts left).
    QVERIFY2(error->text().contains(QStringLiteral("密码错误")), qPrintable(error->text()));
    QCOMPARE(m_app->mainWindow(), nullptr);
    QVERIFY(child<QLineEdit>(loginDialog(), "passwordEdit")->text().isEmpty());
    QVERIFY(!m_app->api().isLoggedIn());
}

void TestClientLogin::repeatedWrongPasswordsLockTheAccount()
{
    // seed 000 §10: five wrong passwords lock the account for a while.
    startAt(settingsFor(*m_server, QStringLiteral("erin")));
    auto* error = child<QLabel>(loginDialog(), "errorLabel");
    const cp::PasswordPolicy policy;
    for (int attempt = 1; attempt <= policy.lockoutThreshold; ++attempt) {
        error->clear();
        QVERIFY(submitLogin(loginDialog(), m_server->pki().p12Password, QStringLiteral("Wrong#pass123")));
        QTRY_VERIFY_WITH_TIMEOUT(!error->text().isEmpty(), 15000);
    }
    QVERIFY2(error->text().contains(QStringLiteral("锁定")), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QStringLiteral("锁定至")), qPrintable(error->text()));
    // Even the right password is refused now.
    error->clear();
    QVERIFY(submitLogin(loginDialog(), m_server->pki().p12Password, kDavePassword));
    QTRY_VERIFY_WITH_TIMEOUT(!error->text().isEmpty(), 15000);
    QVERIFY2(error->text().contains(QStringLiteral("锁定")), qPrintable(error->text()));
    QCOMPARE(m_app->mainWindow(), nullptr);
}

void TestClientLogin::certificateOfAnotherCaIsRefusedWithTlsMessage()
{
    startAt(settingsForP12(*m_server, m_server->pki().foreignP12()));
    QVERIFY(submitLogin(loginDialog(), m_server->pki().p12Password, kAlicePassword));
    auto* error = child<QLabel>(loginDialog(), "errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 15000);
    QVERIFY2(error->text().contains(QStringLiteral("安全连接失败")), qPrintable(error->text()));
    QVERIFY(error->text().contains(QStringLiteral("联系系统管理员")));
    QCOMPARE(m_app->mainWindow(), nullptr);
    QVERIFY(!m_app->api().isLoggedIn());
}

void TestClientLogin::certificateWithoutAccountShowsServerMessage()
{
    startAt(settingsFor(*m_server, QStringLiteral("carol")));
    QVERIFY(submitLogin(loginDialog(), m_server->pki().p12Password, kAlicePassword));
    auto* error = child<QLabel>(loginDialog(), "errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 15000);
    QVERIFY2(error->text().contains(QStringLiteral("证书")), qPrintable(error->text()));
    QCOMPARE(m_app->mainWindow(), nullptr);
}

void TestClientLogin::expiredCertificateIsRefusedBeforeConnecting()
{
    startAt(settingsForP12(*m_server, m_server->pki().expiredP12()));
    QVERIFY(submitLogin(loginDialog(), m_server->pki().p12Password, kAlicePassword));
    auto* error = child<QLabel>(loginDialog(), "errorLabel");
    QVERIFY(error->isVisible()); // no network round trip needed
    QVERIFY2(error->text().contains(QStringLiteral("过期")), qPrintable(error->text()));
}

void TestClientLogin::wrongCertificatePasswordExplainsRc240()
{
    startAt(settingsFor(*m_server, QStringLiteral("alice")));
    QVERIFY(submitLogin(loginDialog(), QStringLiteral("not-the-pin"), kAlicePassword));
    auto* error = child<QLabel>(loginDialog(), "errorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("证书密码")), qPrintable(error->text()));
    QVERIFY(error->text().contains(QStringLiteral("RC2-40")));
}

void TestClientLogin::unreachableServerSaysToCheckTheAddress()
{
    ClientSettings s = settingsFor(*m_server, QStringLiteral("alice"));
    s.server = QStringLiteral("127.0.0.1:1"); // nothing listens on port 1
    startAt(s);
    QVERIFY(submitLogin(loginDialog(), m_server->pki().p12Password, kAlicePassword));
    auto* error = child<QLabel>(loginDialog(), "errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 15000);
    QVERIFY2(error->text().contains(QStringLiteral("无法连接到服务器")), qPrintable(error->text()));
    QVERIFY(error->text().contains(QStringLiteral("服务器地址")));
}

void TestClientLogin::settingsRememberEverythingButPasswords()
{
    QSettings().clear();
    startAt(settingsFor(*m_server, QStringLiteral("alice")));
    QVERIFY(submitLogin(loginDialog(), m_server->pki().p12Password, kAlicePassword));
    QTRY_VERIFY_WITH_TIMEOUT(m_app->mainWindow() != nullptr, 15000);

    const ClientSettings saved = ClientSettings::load();
    QCOMPARE(saved.certPath, m_server->pki().userP12(QStringLiteral("alice")));
    QCOMPARE(saved.caPath, m_server->pki().caCert());
    QCOMPARE(saved.workstation, QStringLiteral("3号窗口"));
    const QSettings settings;
    for (const QString& key : settings.allKeys()) {
        const QString value = settings.value(key).toString();
        QVERIFY2(!value.contains(kAlicePassword) && !value.contains(m_server->pki().p12Password),
                 qPrintable(key));
    }
}

QTEST_MAIN(TestClientLogin)
#include "test_client_login.moc"
