// The admin console offscreen against a real server (SPEC §1, §8; seed 004
// §19–22, 附件2; seed 000 §9–10): the system admin sees 账户 and 证书, creates
// a real-name account (ID checked while typing, the server's refusal of a
// second account for the same person shown), disables one, handles a
// reported leak, imports certificates (a private key refused); the security
// admin sees the conflict of two admin roles before saving, cannot edit their
// own roles, changes the policy (a weaker one refused) and revokes a
// certificate that is then refused at the next handshake; a reset shows no password, and
// the reset of an administrator waits for a second administrator (issue 11 finding 3).
#include "../server/AdminFixture.h"
#include "ClientTestSupport.h"
#include "admin/AccountActionDialog.h"
#include "admin/AccountsPage.h"
#include "admin/AdminRequestsPage.h"
#include "admin/CertificatesPage.h"
#include "admin/InitialPasswordDialog.h"
#include "admin/NewAccountDialog.h"
#include "admin/PolicyPage.h"
#include "admin/RevocationsPage.h"
#include "admin/RolesPage.h"
#include "admin/StaleAccountsPage.h"
#include "auth/LoginDialog.h"
#include "shell/MainWindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

using namespace cp::client;
using namespace cp::client::test;
using cp::test::kAdminPassword;

namespace {

void clickOk(QDialog* dialog)
{
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
}
} // namespace

class TestClientAdmin : public QObject
{
    Q_OBJECT
    std::unique_ptr<cp::test::TestServer> m_server;
    std::unique_ptr<AppController> m_app;

    cp::test::TestServer& s() { return *m_server; }
    void logIn(const QString& login)
    {
        m_app.reset();
        flushDeferredDeletes();
        m_app = std::make_unique<AppController>(settingsFor(*m_server, login), UiLanguage::Chinese);
        m_app->start();
        QVERIFY(submitLogin(m_app->loginDialog(), m_server->pki().p12Password, kAdminPassword));
        QTRY_VERIFY_WITH_TIMEOUT(m_app->mainWindow() != nullptr, kReplyTimeout);
        m_app->mainWindow()->show();
    }
    template <class T> T* page() const { return m_app->mainWindow()->findChild<T*>(); }
    QString accountStatus(const QString& login)
    {
        return cp::test::scalar(s(), QStringLiteral("SELECT status FROM accounts WHERE login = ?"), {login})
            .toString();
    }
    /// Loads the page's list and selects the login's row.
    template <class P> bool loadAndSelect(P* p, const QString& login)
    {
        QSignalSpy spy(p, &P::loaded);
        p->refresh();
        return spy.wait(kReplyTimeout) && p->select(login);
    }

  private Q_SLOTS:
    void initTestCase()
    {
        initClientTestApplication(QStringLiteral("test_client_admin"));
        m_server = std::make_unique<cp::test::TestServer>(
            QStringList{QStringLiteral("sysadmin"), QStringLiteral("secadmin"), QStringLiteral("auditor"),
                        QStringLiteral("clerk1"), QStringLiteral("clerk2"), QStringLiteral("clerk3"),
                        QStringLiteral("newbie"), QStringLiteral("twin"), QStringLiteral("extra")});
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorString()));
        s().createAccount(account(QStringLiteral("sysadmin"), QStringLiteral("系统管理员甲"),
                                  {QStringLiteral("sysadmin")}, kAdminPassword));
        s().createAccount(account(QStringLiteral("secadmin"), QStringLiteral("安全管理员乙"),
                                  {QStringLiteral("secadmin")}, kAdminPassword));
        s().createAccount(account(QStringLiteral("auditor"), QStringLiteral("安全审计员丙"),
                                  {QStringLiteral("auditor")}, kAdminPassword));
        for (const char* login : {"clerk1", "clerk2", "clerk3"})
            s().createAccount(account(QLatin1String(login),
                                      QStringLiteral("窗口%1").arg(QLatin1String(login)),
                                      {QStringLiteral("clerk")}, kAdminPassword));
    }
    void cleanupTestCase()
    {
        m_app.reset();
        flushDeferredDeletes();
    }

    void systemAdminSeesAccountsAndCertificatesOnly()
    {
        logIn(QStringLiteral("sysadmin"));
        QVERIFY(page<AccountsPage>());
        QVERIFY(page<CertificatesPage>());
        QVERIFY(!page<RolesPage>());
        QVERIFY(!page<PolicyPage>());
        QTRY_VERIFY_WITH_TIMEOUT(!page<AccountsPage>()->accounts().isEmpty(), kReplyTimeout);
    }

    // seed 004 §19: real name, ID checked while typing; the one-time password shown once.
    void createsARealNameAccountWithoutRoles()
    {
        auto* accounts = page<AccountsPage>();
        QTest::mouseClick(child<QPushButton>(accounts, "newButton"), Qt::LeftButton);
        auto* dialog = accounts->findChild<NewAccountDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto* hint = child<QLabel>(dialog, "idNumberHint");
        QString id = cp::test::citizenId(7);
        const QString wrong =
            id.left(17) + (id.right(1) == QLatin1String("1") ? QStringLiteral("2") : QStringLiteral("1"));
        typeInto(child<QLineEdit>(dialog, "idNumberEdit"), wrong);
        QVERIFY(hint->property("fieldError").toBool());
        QVERIFY2(hint->text().contains(QStringLiteral("校验")), qPrintable(hint->text()));
        typeInto(child<QLineEdit>(dialog, "idNumberEdit"), id);
        QVERIFY(!hint->property("fieldError").toBool());
        typeInto(child<QLineEdit>(dialog, "loginEdit"), QStringLiteral("newbie"));
        child<QLineEdit>(dialog, "fullNameEdit")->setText(QStringLiteral("张新"));
        child<QLineEdit>(dialog, "unitEdit")->setText(QStringLiteral("景德镇市发展改革委"));
        typeInto(child<QLineEdit>(dialog, "phoneEdit"), QStringLiteral("13800001111"));
        auto* region = child<QComboBox>(dialog, "regionCombo");
        QTRY_VERIFY(region->count() > 0);
        region->setCurrentIndex(region->findData(QStringLiteral("360200")));
        QVERIFY(dialog->setCertificateFile(s().pki().userCert(QStringLiteral("newbie"))));
        clickOk(dialog);
        InitialPasswordDialog* shown = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((shown = accounts->findChild<InitialPasswordDialog*>()) != nullptr,
                                 kReplyTimeout);
        const QString initial = shown->password();
        QVERIFY(initial.size() >= 10);
        shown->accept();
        auto probe = cp::test::probeFor(s(), QStringLiteral("newbie"));
        const auto login = probe.login(initial);
        QCOMPARE(login.status, 200);
        QCOMPARE(login.json.value("mustChangePassword").toBool(), true);
        QVERIFY(login.json.value("account").toObject().value("roles").toArray().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(accounts->select(QStringLiteral("newbie")), kReplyTimeout);
    }

    void secondAccountForTheSamePersonShowsTheServersRefusal()
    {
        auto* accounts = page<AccountsPage>();
        QTest::mouseClick(child<QPushButton>(accounts, "newButton"), Qt::LeftButton);
        auto* dialog = accounts->findChild<NewAccountDialog*>();
        QVERIFY(dialog);
        typeInto(child<QLineEdit>(dialog, "loginEdit"), QStringLiteral("twin"));
        child<QLineEdit>(dialog, "fullNameEdit")->setText(QStringLiteral("张新"));
        typeInto(child<QLineEdit>(dialog, "idNumberEdit"), cp::test::citizenId(7));
        child<QLineEdit>(dialog, "unitEdit")->setText(QStringLiteral("景德镇市财政局"));
        typeInto(child<QLineEdit>(dialog, "phoneEdit"), QStringLiteral("13800002222"));
        auto* region = child<QComboBox>(dialog, "regionCombo");
        region->setCurrentIndex(region->findData(QStringLiteral("360200")));
        QVERIFY(dialog->setCertificateFile(s().pki().userCert(QStringLiteral("twin"))));
        clickOk(dialog);
        auto* error = child<QLabel>(dialog, "errorLabel");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), kReplyTimeout);
        QVERIFY2(error->text().contains(QStringLiteral("一人只能有一个")), qPrintable(error->text()));
        QVERIFY(dialog->isVisible());
        QVERIFY(child<QLineEdit>(dialog, "idNumberEdit")->hasFocus());
        dialog->reject();
        QCOMPARE(cp::test::accountId(s(), QStringLiteral("twin")), 0);
    }

    void disablesWithAReasonAndReEnables()
    {
        auto* accounts = page<AccountsPage>();
        QVERIFY(loadAndSelect(accounts, QStringLiteral("clerk1")));
        QTest::mouseClick(child<QPushButton>(accounts, "disableButton"), Qt::LeftButton);
        auto* dialog = accounts->findChild<AccountActionDialog*>();
        QVERIFY(dialog);
        clickOk(dialog); // no reason yet: the dialog stays
        QVERIFY(child<QLabel>(dialog, "errorLabel")->isVisible());
        child<QLineEdit>(dialog, "reasonEdit")->setText(QStringLiteral("借调外单位三个月"));
        QSignalSpy done(accounts, &AccountsPage::actionFinished);
        clickOk(dialog);
        QVERIFY(done.wait(kReplyTimeout));
        QCOMPARE(done.first().first().toBool(), true);
        QCOMPARE(accountStatus(QStringLiteral("clerk1")), QStringLiteral("disabled"));
        QCOMPARE(cp::test::probeFor(s(), QStringLiteral("clerk1")).login(kAdminPassword).errorCode(),
                 QStringLiteral("ACCOUNT_DISABLED"));
        QTRY_VERIFY_WITH_TIMEOUT(accounts->select(QStringLiteral("clerk1")) &&
                                     child<QPushButton>(accounts, "enableButton")->isEnabled(),
                                 kReplyTimeout);
        QSignalSpy enabled(accounts, &AccountsPage::actionFinished);
        QTest::mouseClick(child<QPushButton>(accounts, "enableButton"), Qt::LeftButton);
        QVERIFY(enabled.wait(kReplyTimeout));
        QCOMPARE(accountStatus(QStringLiteral("clerk1")), QStringLiteral("active"));
    }

    // seed 004 §22: one action for a reported leak.
    void reportedLeakDisablesAndRevokesInOneStep()
    {
        auto* accounts = page<AccountsPage>();
        QVERIFY(loadAndSelect(accounts, QStringLiteral("clerk2")));
        QTest::mouseClick(child<QPushButton>(accounts, "compromiseButton"), Qt::LeftButton);
        auto* dialog = accounts->findChild<AccountActionDialog*>();
        QVERIFY(dialog);
        QCOMPARE(child<QComboBox>(dialog, "kindCombo")->count(), 2);
        QSignalSpy done(accounts, &AccountsPage::actionFinished);
        clickOk(dialog);
        QVERIFY(done.wait(kReplyTimeout));
        QCOMPARE(accountStatus(QStringLiteral("clerk2")), QStringLiteral("disabled"));
        QCOMPARE(cp::test::scalar(s(), QStringLiteral("SELECT status FROM certificates WHERE id = ?"),
                                  {cp::test::certificateIdOf(s(), QStringLiteral("clerk2"))})
                     .toString(),
                 QStringLiteral("revoked"));
        QCOMPARE(
            cp::test::probeFor(s(), QStringLiteral("clerk2")).get(QStringLiteral("/api/v1/health")).status,
            0);
    }

    void importsCertificatesButNeverAPrivateKey()
    {
        auto* certs = page<CertificatesPage>();
        QTRY_VERIFY_WITH_TIMEOUT(certs->selectAccount(QStringLiteral("clerk3")), kReplyTimeout);
        QSignalSpy refused(certs, &CertificatesPage::importFinished);
        certs->importFile(s().pki().userKey(QStringLiteral("extra")));
        QVERIFY(refused.wait(kReplyTimeout));
        QCOMPARE(refused.first().first().toBool(), false);
        auto* error = child<QLabel>(certs, "errorLabel");
        QVERIFY2(error->text().contains(QStringLiteral("私钥")), qPrintable(error->text()));
        QSignalSpy bound(certs, &CertificatesPage::importFinished);
        certs->importFile(s().pki().userCert(QStringLiteral("extra")));
        QVERIFY(bound.wait(kReplyTimeout));
        QCOMPARE(bound.first().first().toBool(), true);
        QVERIFY(cp::test::probeFor(s(), QStringLiteral("extra")).login(kAdminPassword).status == 200);
        QTRY_VERIFY_WITH_TIMEOUT(certs->certificates().size() >= 6, kReplyTimeout);
        QSignalSpy expiring(certs, &CertificatesPage::loaded);
        child<QCheckBox>(certs, "expiringCheck")->setChecked(true);
        QVERIFY(expiring.wait(kReplyTimeout));
        QVERIFY(certs->certificates().isEmpty()); // the test PKI issues for 825 days
    }

    // seed 004 附件2: the conflict is explained before saving; the server decides.
    void securityAdminSeesRoleConflictsBeforeSaving()
    {
        logIn(QStringLiteral("secadmin"));
        QVERIFY(!page<AccountsPage>());
        auto* roles = page<RolesPage>();
        QVERIFY(roles && page<PolicyPage>() && page<RevocationsPage>() && page<StaleAccountsPage>());
        QVERIFY(loadAndSelect(roles, QStringLiteral("newbie")));
        auto* conflict = child<QLabel>(roles, "conflictLabel");
        auto* permissions = child<QLabel>(roles, "permissionsLabel");
        QVERIFY2(permissions->text().contains(QStringLiteral("最小权限")), qPrintable(permissions->text()));
        roles->roleBox(QStringLiteral("sysadmin"))->setChecked(true);
        QVERIFY(!conflict->isVisible());
        QVERIFY2(permissions->text().contains(QStringLiteral("系统管理")), qPrintable(permissions->text()));
        // Issue 11 finding 3: an administrator never holds a business role too.
        roles->roleBox(QStringLiteral("clerk"))->setChecked(true);
        QVERIFY(conflict->isVisible());
        QVERIFY2(conflict->text().contains(QStringLiteral("窗口受理员")), qPrintable(conflict->text()));
        roles->roleBox(QStringLiteral("clerk"))->setChecked(false);
        QVERIFY(!conflict->isVisible());
        roles->roleBox(QStringLiteral("auditor"))->setChecked(true);
        QVERIFY(conflict->isVisible());
        QVERIFY2(conflict->text().contains(QStringLiteral("系统管理员")), qPrintable(conflict->text()));
        QSignalSpy refused(roles, &RolesPage::saved);
        QTest::mouseClick(child<QPushButton>(roles, "saveButton"), Qt::LeftButton);
        QVERIFY(refused.wait(kReplyTimeout));
        QCOMPARE(refused.first().first().toBool(), false);
        QVERIFY(child<QLabel>(roles, "errorLabel")->text().contains(QStringLiteral("职责分离")));
        roles->roleBox(QStringLiteral("auditor"))->setChecked(false);
        QSignalSpy saved(roles, &RolesPage::saved);
        QTest::mouseClick(child<QPushButton>(roles, "saveButton"), Qt::LeftButton);
        QVERIFY(saved.wait(kReplyTimeout));
        QCOMPARE(saved.first().first().toBool(), true);
        QCOMPARE(
            cp::test::scalar(
                s(), QStringLiteral("SELECT group_concat(role_code) FROM account_roles r JOIN accounts a "
                                    "ON a.id = r.account_id WHERE a.login = 'newbie'"))
                .toString(),
            QStringLiteral("sysadmin"));
        // Their own account cannot be edited here.
        QVERIFY(roles->select(QStringLiteral("secadmin")));
        QVERIFY(!child<QPushButton>(roles, "saveButton")->isEnabled());
    }

    // SPEC §8: never weaker; applied at once.
    void policyChangeIsRefusedBelowTheMinimumAndAppliedOtherwise()
    {
        auto* policy = page<PolicyPage>();
        QTRY_COMPARE_WITH_TIMEOUT(child<QSpinBox>(policy, "thresholdSpin")->value(), 5, kReplyTimeout);
        child<QSpinBox>(policy, "minLengthSpin")->setValue(8);
        QSignalSpy refused(policy, &PolicyPage::saved);
        QTest::mouseClick(child<QPushButton>(policy, "saveButton"), Qt::LeftButton);
        QVERIFY(refused.wait(kReplyTimeout));
        QCOMPARE(refused.first().first().toBool(), false);
        QVERIFY(child<QLabel>(policy, "errorLabel")->text().contains(QStringLiteral("10")));
        child<QSpinBox>(policy, "minLengthSpin")->setValue(12);
        child<QSpinBox>(policy, "thresholdSpin")->setValue(3);
        QSignalSpy saved(policy, &PolicyPage::saved);
        QTest::mouseClick(child<QPushButton>(policy, "saveButton"), Qt::LeftButton);
        QVERIFY(saved.wait(kReplyTimeout));
        QCOMPARE(saved.first().first().toBool(), true);
        for (int i = 0; i < 2; ++i)
            cp::test::probeFor(s(), QStringLiteral("clerk3")).login(QStringLiteral("Wrong#pass123"));
        QCOMPARE(cp::test::probeFor(s(), QStringLiteral("clerk3"))
                     .login(QStringLiteral("Wrong#pass123"))
                     .errorCode(),
                 QStringLiteral("ACCOUNT_LOCKED"));
    }

    void revokedCertificateIsRefusedAtTheNextHandshake()
    {
        auto* revocations = page<RevocationsPage>();
        QSignalSpy loaded(revocations, &RevocationsPage::loaded);
        revocations->refresh();
        QVERIFY(loaded.wait(kReplyTimeout));
        QVERIFY(revocations->selectAccount(QStringLiteral("clerk3"))); // its own certificate, bound first
        QSignalSpy refused(revocations, &RevocationsPage::revoked);
        QTest::mouseClick(child<QPushButton>(revocations, "revokeButton"), Qt::LeftButton); // no reason
        QVERIFY(refused.wait(kReplyTimeout));
        QCOMPARE(refused.first().first().toBool(), false);
        QTRY_VERIFY_WITH_TIMEOUT(revocations->selectAccount(QStringLiteral("clerk3")), kReplyTimeout);
        child<QLineEdit>(revocations, "reasonEdit")->setText(QStringLiteral("证书借给他人"));
        QSignalSpy done(revocations, &RevocationsPage::revoked);
        QTest::mouseClick(child<QPushButton>(revocations, "revokeButton"), Qt::LeftButton);
        QVERIFY(done.wait(kReplyTimeout));
        QCOMPARE(done.first().first().toBool(), true);
        QCOMPARE(
            cp::test::probeFor(s(), QStringLiteral("clerk3")).get(QStringLiteral("/api/v1/health")).status,
            0);
        // The account's other certificate is untouched: revocation is per certificate.
        QCOMPARE(
            cp::test::probeFor(s(), QStringLiteral("extra")).get(QStringLiteral("/api/v1/health")).status,
            200);
    }

    void unusedAccountsPageLists()
    {
        auto* stale = page<StaleAccountsPage>();
        QSignalSpy loaded(stale, &StaleAccountsPage::loaded);
        stale->refresh();
        QVERIFY(loaded.wait(kReplyTimeout));
        QVERIFY(stale->accounts().isEmpty()); // everybody was created minutes ago
        QVERIFY(!child<QLabel>(stale, "countLabel")->text().isEmpty());
    }

    // Back as the system admin: the account locked by the policy test is unlocked; a reset
    // shows no password to anyone (seed 004 §20–21; issue 11 finding 3).
    void systemAdminUnlocksAndResetsPasswords()
    {
        QCOMPARE(accountStatus(QStringLiteral("clerk3")), QStringLiteral("active"));
        logIn(QStringLiteral("sysadmin"));
        auto* accounts = page<AccountsPage>();
        QVERIFY(loadAndSelect(accounts, QStringLiteral("clerk3")));
        auto* unlock = child<QPushButton>(accounts, "unlockButton");
        QVERIFY(unlock->isEnabled()); // locked by three wrong passwords
        QSignalSpy unlocked(accounts, &AccountsPage::actionFinished);
        QTest::mouseClick(unlock, Qt::LeftButton);
        QVERIFY(unlocked.wait(kReplyTimeout));
        QCOMPARE(cp::test::probeFor(s(), QStringLiteral("extra")).login(kAdminPassword).status, 200);

        QVERIFY(loadAndSelect(accounts, QStringLiteral("clerk1")));
        QSignalSpy reset(accounts, &AccountsPage::actionFinished);
        QTest::mouseClick(child<QPushButton>(accounts, "resetButton"), Qt::LeftButton);
        QVERIFY(reset.wait(kReplyTimeout));
        QCOMPARE(reset.first().first().toBool(), true);
        QVERIFY(!accounts->findChild<InitialPasswordDialog*>()); // no password to show
        auto* message = child<QLabel>(accounts, "messageLabel");
        QVERIFY2(message->text().contains(QStringLiteral("证书")), qPrintable(message->text()));
        QCOMPARE(cp::test::probeFor(s(), QStringLiteral("clerk1")).login(kAdminPassword).errorCode(),
                 QStringLiteral("PASSWORD_RESET_PENDING"));
    }

    // Issue 11 finding 3: the system admin's reset of the security admin waits for the
    // auditor, who confirms it on the 双人确认 tab.
    void resetOfAnAdministratorWaitsForASecondAdministrator()
    {
        auto* accounts = page<AccountsPage>();
        QVERIFY(loadAndSelect(accounts, QStringLiteral("secadmin")));
        QSignalSpy requested(accounts, &AccountsPage::actionFinished);
        QTest::mouseClick(child<QPushButton>(accounts, "resetButton"), Qt::LeftButton);
        QVERIFY(requested.wait(kReplyTimeout));
        QCOMPARE(requested.first().first().toBool(), true);
        auto* message = child<QLabel>(accounts, "messageLabel");
        QVERIFY2(message->text().contains(QStringLiteral("确认")), qPrintable(message->text()));
        QCOMPARE(cp::test::probeFor(s(), QStringLiteral("secadmin")).login(kAdminPassword).status, 200);
        // The requester's own confirmation tab refuses it.
        auto* own = page<AdminRequestsPage>();
        QVERIFY(own);
        QSignalSpy ownLoaded(own, &AdminRequestsPage::loaded);
        own->refresh();
        QVERIFY(ownLoaded.wait(kReplyTimeout));
        QVERIFY(own->selectTarget(QStringLiteral("secadmin")));
        QSignalSpy refused(own, &AdminRequestsPage::decided);
        QTest::mouseClick(child<QPushButton>(own, "confirmButton"), Qt::LeftButton);
        QVERIFY(refused.wait(kReplyTimeout));
        QCOMPARE(refused.first().first().toBool(), false);
        QVERIFY2(child<QLabel>(own, "errorLabel")->text().contains(QStringLiteral("另一名管理员")),
                 qPrintable(child<QLabel>(own, "errorLabel")->text()));

        logIn(QStringLiteral("auditor"));
        auto* requests = page<AdminRequestsPage>();
        QVERIFY(requests);
        QTRY_VERIFY_WITH_TIMEOUT(requests->selectTarget(QStringLiteral("secadmin")), kReplyTimeout);
        QCOMPARE(requests->requests().first().requestedByLogin, QStringLiteral("sysadmin"));
        QSignalSpy confirmed(requests, &AdminRequestsPage::decided);
        QTest::mouseClick(child<QPushButton>(requests, "confirmButton"), Qt::LeftButton);
        QVERIFY(confirmed.wait(kReplyTimeout));
        QCOMPARE(confirmed.first().first().toBool(), true);
        QCOMPARE(cp::test::probeFor(s(), QStringLiteral("secadmin")).login(kAdminPassword).errorCode(),
                 QStringLiteral("PASSWORD_RESET_PENDING"));
    }
};

QTEST_MAIN(TestClientAdmin)
#include "test_client_admin.moc"
