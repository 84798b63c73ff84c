// Changing the password: forced after the first login (seed 004 §20), and
// voluntary from the account menu. Live feedback uses the shared policy check;
// the server's refusal is shown as it comes.
#include "ClientTestSupport.h"
#include "auth/LoginDialog.h"
#include "auth/PasswordChangeDialog.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>

using namespace cp::client;
using namespace cp::client::test;

namespace {
const QString kInitial = QStringLiteral("Initial#2024pw");
const QString kNew = QStringLiteral("Fresh#Start2025");
} // namespace

class TestClientPasswordChange : public QObject
{
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void firstLoginIsForcedThroughPasswordChange();
    void cancellingTheRequiredChangeLogsOut();
    void wrongCurrentPasswordShowsTheServersMessage();
    void voluntaryChangeFromTheAccountMenu();
    void liveFeedbackListsUnmetRules();

  private:
    void loginAs(const QString& cert, const QString& password);
    static void fill(PasswordChangeDialog* dialog, const QString& oldPw, const QString& newPw,
                     const QString& repeat);
    static QPushButton* okButton(PasswordChangeDialog* dialog);

    std::unique_ptr<cp::test::TestServer> m_server;
    std::unique_ptr<AppController> m_app;
};

void TestClientPasswordChange::initTestCase()
{
    initClientTestApplication(QStringLiteral("test_client_password_change"));
    m_server = std::make_unique<cp::test::TestServer>(QStringList{
        QStringLiteral("fay"), QStringLiteral("gus"), QStringLiteral("hal"), QStringLiteral("ivy")});
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorString()));
    for (const QString& login : {QStringLiteral("fay"), QStringLiteral("gus"), QStringLiteral("hal")}) {
        m_server->createAccount(
            account(login, QStringLiteral("测试用户"), {QStringLiteral("clerk")}, kInitial, true));
    }
    m_server->createAccount(
        account(QStringLiteral("ivy"), QStringLiteral("孙红"), {QStringLiteral("officer")}, kInitial));
}

void TestClientPasswordChange::cleanup()
{
    m_app.reset();
    flushDeferredDeletes();
}

void TestClientPasswordChange::loginAs(const QString& cert, const QString& password)
{
    m_app = std::make_unique<AppController>(settingsFor(*m_server, cert), UiLanguage::Chinese);
    m_app->start();
    QVERIFY(submitLogin(m_app->loginDialog(), m_server->pki().p12Password, password));
}

void TestClientPasswordChange::fill(PasswordChangeDialog* dialog, const QString& oldPw, const QString& newPw,
                                    const QString& repeat)
{
    typeInto(child<QLineEdit>(dialog, "oldPasswordEdit"), oldPw);
    typeInto(child<QLineEdit>(dialog, "newPasswordEdit"), newPw);
    typeInto(child<QLineEdit>(dialog, "repeatPasswordEdit"), repeat);
}

QPushButton* TestClientPasswordChange::okButton(PasswordChangeDialog* dialog)
{
    return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
}

void TestClientPasswordChange::firstLoginIsForcedThroughPasswordChange()
{
    loginAs(QStringLiteral("fay"), kInitial);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->passwordDialog() != nullptr, 15000);
    PasswordChangeDialog* dialog = m_app->passwordDialog();
    QCOMPARE(dialog->mode(), PasswordChangeDialog::Mode::Required);
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_app->mainWindow(), nullptr);

    // A password against the policy: the rules say so as it is typed …
    fill(dialog, kInitial, QStringLiteral("short1"), QStringLiteral("short1"));
    const QStringList unmet = dialog->unmetRules();
    QVERIFY2(unmet.contains(QStringLiteral("长度至少 10 个字符")), qPrintable(unmet.join(u'|')));
    QVERIFY(unmet.contains(QStringLiteral("包含特殊字符，如 ! @ # %")));
    QVERIFY(!unmet.contains(QStringLiteral("包含数字")));
    // … and the server refuses it with its own explanation.
    QVERIFY(okButton(dialog)->isEnabled());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    auto* error = child<QLabel>(dialog, "errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 15000);
    // The server's own explanation (it names what is missing).
    QVERIFY2(error->text().contains(QStringLiteral("不符合")), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QStringLiteral("10")), qPrintable(error->text()));
    QCOMPARE(m_app->mainWindow(), nullptr);

    // A good one goes through to the main window.
    fill(dialog, kInitial, kNew, kNew);
    QVERIFY(dialog->unmetRules().isEmpty());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->mainWindow() != nullptr, 15000);
    QCOMPARE(m_app->passwordDialog(), nullptr);
    QVERIFY(!m_app->mainWindow()->session().mustChangePassword);
    QVERIFY(m_app->mainWindow()->isVisible());
}

void TestClientPasswordChange::cancellingTheRequiredChangeLogsOut()
{
    loginAs(QStringLiteral("gus"), kInitial);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->passwordDialog() != nullptr, 15000);
    QPushButton* cancel =
        child<QDialogButtonBox>(m_app->passwordDialog(), "buttonBox")->button(QDialogButtonBox::Cancel);
    QCOMPARE(cancel->text(), QStringLiteral("注销"));
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY(m_app->loginDialog() != nullptr);
    QCOMPARE(m_app->passwordDialog(), nullptr);
    QCOMPARE(m_app->mainWindow(), nullptr);
    QVERIFY(!m_app->api().isLoggedIn());
    QVERIFY(child<QLabel>(m_app->loginDialog(), "noticeLabel")->isVisibleTo(m_app->loginDialog()));
}

void TestClientPasswordChange::wrongCurrentPasswordShowsTheServersMessage()
{
    loginAs(QStringLiteral("hal"), kInitial);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->passwordDialog() != nullptr, 15000);
    PasswordChangeDialog* dialog = m_app->passwordDialog();
    fill(dialog, QStringLiteral("Not#Mine2024"), kNew, kNew);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    auto* error = child<QLabel>(dialog, "errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 15000);
    QVERIFY2(error->text().contains(QStringLiteral("密码")), qPrintable(error->text()));
    QVERIFY(child<QLineEdit>(dialog, "oldPasswordEdit")->text().isEmpty());
    QCOMPARE(m_app->mainWindow(), nullptr);
}

void TestClientPasswordChange::voluntaryChangeFromTheAccountMenu()
{
    loginAs(QStringLiteral("ivy"), kInitial);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->mainWindow() != nullptr, 15000);
    MainWindow* main = m_app->mainWindow();
    child<QAction>(main, "actionChangePassword")->trigger();
    auto* dialog = main->findChild<PasswordChangeDialog*>();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->mode(), PasswordChangeDialog::Mode::Voluntary);

    fill(dialog, kInitial, kNew, QStringLiteral("Fresh#Start2026"));
    QVERIFY(!okButton(dialog)->isEnabled()); // the repeat does not match
    typeInto(child<QLineEdit>(dialog, "repeatPasswordEdit"), kNew);
    QVERIFY(okButton(dialog)->isEnabled());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 15000);
    QCOMPARE(main->statusBar()->currentMessage(), QStringLiteral("密码已修改。"));
    QCOMPARE(m_app->mainWindow(), main);

    // The new password is the one that logs in now.
    child<QAction>(main, "actionLogout")->trigger();
    QTRY_VERIFY(m_app->loginDialog() != nullptr);
    QVERIFY(submitLogin(m_app->loginDialog(), m_server->pki().p12Password, kNew));
    QTRY_VERIFY_WITH_TIMEOUT(m_app->mainWindow() != nullptr, 15000);
}

void TestClientPasswordChange::liveFeedbackListsUnmetRules()
{
    ApiClient offline;
    PasswordChangeDialog dialog(offline, PasswordChangeDialog::Mode::Voluntary);
    auto* rules = child<QListWidget>(&dialog, "rulesList");
    QVERIFY(rules->count() >= 5);
    QVERIFY(dialog.unmetRules().isEmpty()); // nothing typed yet: nothing is "unmet"

    typeInto(child<QLineEdit>(&dialog, "newPasswordEdit"), QStringLiteral("abc def"));
    const QStringList unmet = dialog.unmetRules();
    QVERIFY(unmet.contains(QStringLiteral("长度至少 10 个字符")));
    QVERIFY(unmet.contains(QStringLiteral("包含数字")));
    QVERIFY(unmet.contains(QStringLiteral("不含空格或控制字符")));
    QVERIFY(!unmet.contains(QStringLiteral("包含字母")));

    typeInto(child<QLineEdit>(&dialog, "newPasswordEdit"), kNew);
    typeInto(child<QLineEdit>(&dialog, "repeatPasswordEdit"), QStringLiteral("x"));
    QCOMPARE(dialog.unmetRules(), QStringList{QStringLiteral("两次输入的新密码一致")});
}

QTEST_MAIN(TestClientPasswordChange)
#include "test_client_password_change.moc"
