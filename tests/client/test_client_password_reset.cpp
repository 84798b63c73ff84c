// After an administrator reset the password (attack review, issue 11 finding 3), the holder
// chooses the new one in the real login dialog, offscreen against a real server: the login
// answers PASSWORD_RESET_PENDING instead of checking any password, the dialog asks for a new
// password (the server's policy refusal shown), then a normal login with it opens the main
// window. Nobody else ever sees the password; a reset window that has passed is refused.
#include "../server/AdminFixture.h"
#include "ClientTestSupport.h"
#include "auth/LoginDialog.h"
#include "auth/PasswordChangeDialog.h"
#include "shell/MainWindow.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

using namespace cp::client;
using namespace cp::client::test;
using cp::test::kAdminPassword;

namespace {
const QString kChosen = QStringLiteral("Chosen#Secret2026");
} // namespace

class TestClientPasswordReset : public QObject
{
    Q_OBJECT
    std::unique_ptr<cp::test::TestServer> m_server;
    std::unique_ptr<AppController> m_app;

    cp::test::TestServer& s() { return *m_server; }
    void reset(const QString& login)
    {
        auto sys = cp::test::loggedIn(s(), QStringLiteral("sys"));
        const auto r = sys.post(
            QStringLiteral("/api/v1/admin/accounts/%1/password-reset").arg(cp::test::accountId(s(), login)),
            {});
        QCOMPARE(r.status, 200);
    }
    LoginDialog* startAt(const QString& login)
    {
        m_app.reset();
        flushDeferredDeletes();
        m_app = std::make_unique<AppController>(settingsFor(s(), login), UiLanguage::Chinese);
        m_app->start();
        return m_app->loginDialog();
    }

  private Q_SLOTS:
    void initTestCase()
    {
        initClientTestApplication(QStringLiteral("test_client_password_reset"));
        m_server = std::make_unique<cp::test::TestServer>(
            QStringList{QStringLiteral("sys"), QStringLiteral("holder"), QStringLiteral("late")});
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorString()));
        s().createAccount(account(QStringLiteral("sys"), QStringLiteral("系统管理员甲"),
                                  {QStringLiteral("sysadmin")}, kAdminPassword));
        s().createAccount(account(QStringLiteral("holder"), QStringLiteral("王丽"), {QStringLiteral("clerk")},
                                  kAdminPassword));
        s().createAccount(account(QStringLiteral("late"), QStringLiteral("李强"), {QStringLiteral("clerk")},
                                  kAdminPassword));
    }
    void cleanupTestCase()
    {
        m_app.reset();
        flushDeferredDeletes();
    }

    void holderChoosesTheNewPasswordAtLogin()
    {
        reset(QStringLiteral("holder"));
        LoginDialog* login = startAt(QStringLiteral("holder"));
        // Whatever is typed as the password is not checked: the reset is pending.
        QVERIFY(submitLogin(login, s().pki().p12Password, QStringLiteral("forgotten")));
        PasswordChangeDialog* choose = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((choose = login->findChild<PasswordChangeDialog*>()) != nullptr &&
                                     choose->isVisible(),
                                 kReplyTimeout);
        QCOMPARE(choose->mode(), PasswordChangeDialog::Mode::Reset);
        QVERIFY(!child<QLineEdit>(choose, "oldPasswordEdit")->isVisible()); // nobody knows one
        auto* intro = child<QLabel>(choose, "introLabel");
        QVERIFY2(intro->text().contains(QStringLiteral("重置")), qPrintable(intro->text()));
        QPushButton* ok = child<QDialogButtonBox>(choose, "buttonBox")->button(QDialogButtonBox::Ok);
        // A password the policy refuses: the server says why, the dialog stays.
        typeInto(child<QLineEdit>(choose, "newPasswordEdit"), QStringLiteral("onlyletters"));
        typeInto(child<QLineEdit>(choose, "repeatPasswordEdit"), QStringLiteral("onlyletters"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        auto* error = child<QLabel>(choose, "errorLabel");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), kReplyTimeout);
        QVERIFY2(error->text().contains(QStringLiteral("密码")), qPrintable(error->text()));
        QVERIFY(choose->isVisible());
        // A good one: taken, and the holder is asked to log in with it.
        typeInto(child<QLineEdit>(choose, "newPasswordEdit"), kChosen);
        typeInto(child<QLineEdit>(choose, "repeatPasswordEdit"), kChosen);
        QPointer<PasswordChangeDialog> watch(choose);
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!watch || !watch->isVisible(), kReplyTimeout);
        auto* notice = child<QLabel>(login, "noticeLabel");
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(QStringLiteral("新密码")), qPrintable(notice->text()));
        QCOMPARE(cp::test::scalar(s(), QStringLiteral("SELECT COUNT(*) FROM password_resets")).toInt(), 0);
        QVERIFY(submitLogin(login, s().pki().p12Password, kChosen));
        QTRY_VERIFY_WITH_TIMEOUT(m_app->mainWindow() != nullptr, kReplyTimeout);
    }

    void passedResetWindowIsRefused()
    {
        reset(QStringLiteral("late"));
        s().advanceClock(25 * 3600);
        LoginDialog* login = startAt(QStringLiteral("late"));
        QVERIFY(submitLogin(login, s().pki().p12Password, kAdminPassword));
        auto* error = child<QLabel>(login, "errorLabel");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), kReplyTimeout);
        QVERIFY2(error->text().contains(QStringLiteral("过期")), qPrintable(error->text()));
        QVERIFY(!login->findChild<PasswordChangeDialog*>());
        QCOMPARE(m_app->mainWindow(), nullptr);
    }
};

QTEST_MAIN(TestClientPasswordReset)
#include "test_client_password_reset.moc"
