// The 备份与恢复 tab against a real server (SPEC §9; seed 002 §18: full backup
// at least weekly, restorable and tested): the system administrator backs up
// now, sees time, size, SHA-256 and verified state, verifies a file and
// restores it into a new file; refusals come back in the server's Chinese.
#include "ClientTestSupport.h"
#include "WalkInFixture.h"
#include "auth/LoginDialog.h"
#include "backup/BackupPage.h"
#include "domain/backup/BackupService.h"
#include "shell/MainWindow.h"
#include "shell/TabbedModulePage.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableWidget>

using namespace cp::client;
using namespace cp::client::test;
using cp::test::kPassword;

class TestClientBackup : public QObject
{
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void backupTabIsInTheAdminModule();
    void backUpNowListsTheVerifiedFile();
    void verifyAndRestoreIntoANewFile();

  private:
    BackupPage* page() const
    {
        return m_app && m_app->mainWindow() ? m_app->mainWindow()->findChild<BackupPage*>() : nullptr;
    }
    template <class T> T* field(const char* name) const { return child<T>(page(), name); }

    std::unique_ptr<cp::test::TestServer> m_server;
    std::unique_ptr<AppController> m_app;
};

void TestClientBackup::initTestCase()
{
    initClientTestApplication(QStringLiteral("test_client_backup"));
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
    QTRY_VERIFY_WITH_TIMEOUT(page() && !page()->isBusy(), kSlowReplyTimeout);
}

void TestClientBackup::cleanupTestCase()
{
    m_app.reset();
    flushDeferredDeletes();
}

void TestClientBackup::backupTabIsInTheAdminModule()
{
    auto* admin = m_app->mainWindow()->findChild<TabbedModulePage*>(QStringLiteral("module_admin"));
    QVERIFY(admin);
    QVERIFY(admin->tab(QStringLiteral("tab_backups")));
    QCOMPARE(field<QPushButton>("backupButton")->text(), QStringLiteral("立即备份(&B)"));
    QVERIFY(field<QLabel>("scheduleLabel")->text().contains(QStringLiteral("7 天")));
}

void TestClientBackup::backUpNowListsTheVerifiedFile()
{
    QSignalSpy backedUp(page(), &BackupPage::backedUp);
    QSignalSpy loaded(page(), &BackupPage::loaded);
    QTest::mouseClick(field<QPushButton>("backupButton"), Qt::LeftButton);
    QVERIFY(backedUp.wait(kSlowReplyTimeout));
    QVERIFY(loaded.wait(kSlowReplyTimeout));
    const auto b = backedUp.first().first().value<cp::protocol::BackupInfo>();
    const QString file = QDir(m_server->server().backups().settings().directory).filePath(b.fileName);
    auto* table = field<QTableWidget>("backupsTable");
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 2)->text(), b.fileName);
    QCOMPARE(table->item(0, 4)->text(), cp::server::BackupService::sha256Of(file));
    QVERIFY(table->item(0, 5)->text().startsWith(QStringLiteral("通过")));
    QCOMPARE(table->item(0, 6)->text(), QStringLiteral("可用"));
}

void TestClientBackup::verifyAndRestoreIntoANewFile()
{
    auto* table = field<QTableWidget>("backupsTable");
    table->setCurrentCell(0, 0);
    QVERIFY(field<QPushButton>("verifyButton")->isEnabled());
    QSignalSpy verified(page(), &BackupPage::verified);
    QTest::mouseClick(field<QPushButton>("verifyButton"), Qt::LeftButton);
    QVERIFY(verified.wait(kSlowReplyTimeout));
    QCOMPARE(verified.first().first().value<cp::protocol::BackupInfo>().verifyResult, QStringLiteral("ok"));
    QTRY_VERIFY_WITH_TIMEOUT(!page()->isBusy(), kSlowReplyTimeout);

    table->setCurrentCell(0, 0);
    typeInto(field<QLineEdit>("targetEdit"), QStringLiteral("client-restore.db"));
    QSignalSpy restored(page(), &BackupPage::restored);
    QTest::mouseClick(field<QPushButton>("restoreButton"), Qt::LeftButton);
    QVERIFY(restored.wait(kSlowReplyTimeout));
    const auto r = restored.first().first().value<cp::protocol::RestoreResult>();
    QVERIFY(r.auditOk);
    QVERIFY(QFileInfo::exists(r.target));
    QVERIFY(field<QLabel>("resultLabel")->text().contains(r.target));
    QString why;
    QVERIFY(cp::store::checkDatabaseKey(r.target, m_server->databaseKeyHex(), &why));

    // The same name again: the server refuses to overwrite, in Chinese.
    QSignalSpy failed(page(), &BackupPage::failed);
    table->setCurrentCell(0, 0);
    QTest::mouseClick(field<QPushButton>("restoreButton"), Qt::LeftButton);
    QVERIFY(failed.wait(kSlowReplyTimeout));
    QVERIFY2(field<QLabel>("errorLabel")->text().contains(QStringLiteral("已存在")),
             qPrintable(field<QLabel>("errorLabel")->text()));
}

QTEST_MAIN(TestClientBackup)
#include "test_client_backup.moc"
