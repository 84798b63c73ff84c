// The 审计日志 tab against a real server (SPEC §1, §4; seed 003 附件1.七(一);
// seed 004 附件2 §10, 附件3): the auditor filters the chain, reads a query entry
// with its details, verifies the whole chain and sees the result, exports a
// period as CSV + signature + PDF and checks the files; a changed row is found.
#include "ClientTestSupport.h"
#include "WalkInFixture.h"
#include "audit/AuditExportFiles.h"
#include "audit/AuditLogPage.h"
#include "auth/LoginDialog.h"
#include "domain/audit/AuditLog.h"
#include "shell/MainWindow.h"
#include "shell/TabbedModulePage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace cp::client;
using namespace cp::client::test;
using cp::test::kPassword;
using cp::test::kPersonId;

class TestClientAudit : public QObject
{
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void auditorSeesOnlyTheAuditModule();
    void filtersShowTheQueryLogWithDetails();
    void verifyButtonShowsAnIntactChain();
    void exportWritesSignedFilesThatCheckOut();
    void changedRowIsShownAsBroken();

  private:
    AuditLogPage* page() const
    {
        return m_app && m_app->mainWindow() ? m_app->mainWindow()->findChild<AuditLogPage*>() : nullptr;
    }
    template <class T> T* field(const char* name) const { return child<T>(page(), name); }
    void plant(const QString& login, const QString& action, const QString& target, const QString& detail);
    void searchQueriesOfThePlantedDay();

    std::unique_ptr<cp::test::TestServer> m_server;
    std::unique_ptr<AppController> m_app;
    QTemporaryDir m_dir;
    qint64 m_walkinSeq = 0;
    const QDate m_day{2026, 3, 2};
};

void TestClientAudit::initTestCase()
{
    initClientTestApplication(QStringLiteral("test_client_audit"));
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<cp::test::TestServer>(QStringList{QStringLiteral("auditor")});
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorString()));
    m_server->createAccount(
        account(QStringLiteral("auditor"), QStringLiteral("孙审计"), {QStringLiteral("auditor")}, kPassword));
    const qint64 subject =
        cp::test::addSubject(*m_server, QStringLiteral("natural"), kPersonId, QStringLiteral("李明"));
    plant(QStringLiteral("clerk"), QStringLiteral("query.walkin"), QStringLiteral("subject:%1").arg(subject),
          QStringLiteral("{\"subjectIdNumber\":\"%1\",\"purpose\":\"办理贷款\"}").arg(kPersonId));
    {
        QSqlQuery q(m_server->server().database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT MAX(seq) FROM audit_log")) && q.next());
        m_walkinSeq = q.value(0).toLongLong();
    }
    plant(QStringLiteral("dept"), QStringLiteral("query.department"),
          QStringLiteral("subject:%1").arg(subject), QStringLiteral("{\"purpose\":\"行政许可审查\"}"));
    plant(QStringLiteral("officer"), QStringLiteral("dispute.accept"), QStringLiteral("dispute:1"), {});

    m_app = std::make_unique<AppController>(settingsFor(*m_server, QStringLiteral("auditor")),
                                            UiLanguage::Chinese);
    m_app->start();
    QVERIFY(submitLogin(m_app->loginDialog(), m_server->pki().p12Password, kPassword));
    QTRY_VERIFY_WITH_TIMEOUT(m_app->mainWindow() != nullptr, kReplyTimeout);
    m_app->mainWindow()->show();
    QTRY_VERIFY_WITH_TIMEOUT(page() && !page()->isBusy(), kReplyTimeout);
}

void TestClientAudit::cleanupTestCase()
{
    m_app.reset();
    flushDeferredDeletes();
}

void TestClientAudit::plant(const QString& login, const QString& action, const QString& target,
                            const QString& detail)
{
    QSqlDatabase db = m_server->server().database().connection();
    cp::store::Transaction tx(db);
    static int minute = 0;
    cp::server::AuditLog::append(db, QDateTime(m_day, QTime(9, ++minute), QTimeZone(8 * 3600)),
                                 {cp::server::AuditActor{std::nullopt, login, QStringLiteral("5A01"),
                                                         QStringLiteral("127.0.0.1 2号窗口")},
                                  action, target, QStringLiteral("ok"), detail});
    tx.commit();
}

void TestClientAudit::searchQueriesOfThePlantedDay()
{
    field<QDateEdit>("fromEdit")->setDate(m_day);
    field<QDateEdit>("toEdit")->setDate(m_day);
    auto* action = field<QComboBox>("actionCombo");
    action->setCurrentIndex(action->findData(QStringLiteral("query.")));
    QSignalSpy loaded(page(), &AuditLogPage::pageLoaded);
    QTest::mouseClick(field<QPushButton>("searchButton"), Qt::LeftButton);
    QVERIFY(loaded.wait(kReplyTimeout));
}

void TestClientAudit::auditorSeesOnlyTheAuditModule()
{
    auto* stack = child<QStackedWidget>(m_app->mainWindow(), "moduleStack");
    QCOMPARE(stack->count(), 1);
    auto* module = qobject_cast<TabbedModulePage*>(stack->widget(0));
    QVERIFY(module);
    QCOMPARE(module->objectName(), QStringLiteral("module_audit"));
    QVERIFY(module->tab(QStringLiteral("tab_audit_log")));
    QCOMPARE(field<QPushButton>("verifyButton")->text(), QStringLiteral("校验整条审计链(&V)"));
}

void TestClientAudit::filtersShowTheQueryLogWithDetails()
{
    searchQueriesOfThePlantedDay();
    auto* table = field<QTableWidget>("entriesTable");
    QCOMPARE(table->rowCount(), 2); // the two queries, newest first; the dispute step is filtered out
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("部门查询"));
    QCOMPARE(table->item(1, 4)->text(), QStringLiteral("现场查询"));
    QCOMPARE(table->item(1, 0)->text(), QString::number(m_walkinSeq));
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("2026-03-02 09:01:00"));
    QSignalSpy detail(page(), &AuditLogPage::detailLoaded);
    table->setCurrentCell(1, 0);
    QVERIFY(detail.wait(kReplyTimeout));
    const QString text = field<QPlainTextEdit>("detailView")->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("办理贷款")), qPrintable(text));
    QVERIFY(text.contains(kPersonId));
    QVERIFY(text.contains(QStringLiteral("127.0.0.1 2号窗口")));
    QCOMPARE(field<QLabel>("detailCheckLabel")->property("result").toString(), QStringLiteral("ok"));

    // By subject ID number and account.
    field<QComboBox>("actionCombo")->setCurrentIndex(0);
    typeInto(field<QLineEdit>("subjectEdit"), kPersonId);
    typeInto(field<QLineEdit>("accountEdit"), QStringLiteral("dept"));
    QSignalSpy loaded(page(), &AuditLogPage::pageLoaded);
    QTest::mouseClick(field<QPushButton>("searchButton"), Qt::LeftButton);
    QVERIFY(loaded.wait(kReplyTimeout));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("dept"));
    field<QLineEdit>("subjectEdit")->clear();
    field<QLineEdit>("accountEdit")->clear();
}

void TestClientAudit::verifyButtonShowsAnIntactChain()
{
    QSignalSpy verified(page(), &AuditLogPage::chainVerified);
    QTest::mouseClick(field<QPushButton>("verifyButton"), Qt::LeftButton);
    QVERIFY(verified.wait(kReplyTimeout));
    auto* label = field<QLabel>("verifyResultLabel");
    QCOMPARE(label->property("result").toString(), QStringLiteral("ok"));
    QVERIFY2(label->text().contains(QStringLiteral("完整")), qPrintable(label->text()));
}

void TestClientAudit::exportWritesSignedFilesThatCheckOut()
{
    searchQueriesOfThePlantedDay();
    QSignalSpy exported(page(), &AuditLogPage::exported);
    page()->exportTo(m_dir.path());
    QVERIFY(exported.wait(kReplyTimeout));
    const QString csv = exported.first().first().toString();
    const QString sig = csv + QStringLiteral(".sig");
    const QString pdf = csv.chopped(4) + QStringLiteral(".pdf");
    QVERIFY(QFileInfo::exists(sig));
    QVERIFY(QFileInfo::exists(pdf));
    const auto signature = AuditExportFiles::readSignature(sig);
    QVERIFY(signature);
    QCOMPARE(AuditExportFiles::sha256Of(csv), signature->sha256);
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    QCOMPARE(csvFile.readAll().count("\r\n"), 3); // header + the two queries
    csvFile.close();

    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(30000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY2(text.contains(signature->number), qPrintable(text.left(400)));
    QVERIFY(text.contains(signature->sha256.left(32)));
    QVERIFY(text.contains(QStringLiteral("审计日志报告")));
    QVERIFY(text.contains(QStringLiteral("query.department")));

    QSignalSpy checked(page(), &AuditLogPage::exportChecked);
    page()->checkExport(csv, sig);
    QVERIFY(checked.wait(kReplyTimeout));
    QCOMPARE(checked.takeFirst().first().toString(), QStringLiteral("genuine"));
    QCOMPARE(field<QLabel>("exportResultLabel")->property("result").toString(), QStringLiteral("ok"));

    // One changed byte in the CSV and the same signature no longer fits.
    QVERIFY(csvFile.open(QIODevice::Append));
    csvFile.write("\"x\"\r\n");
    csvFile.close();
    page()->checkExport(csv, sig);
    QVERIFY(checked.wait(kReplyTimeout));
    QCOMPARE(checked.takeFirst().first().toString(), QStringLiteral("mismatch"));
    QCOMPARE(field<QLabel>("exportResultLabel")->property("result").toString(), QStringLiteral("broken"));
}

void TestClientAudit::changedRowIsShownAsBroken()
{
    {
        QSqlDatabase db = m_server->server().database().connection();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        QVERIFY(q.exec(
            QStringLiteral("UPDATE audit_log SET account_login = 'nobody' WHERE seq = %1").arg(m_walkinSeq)));
    }
    QSignalSpy verified(page(), &AuditLogPage::chainVerified);
    QTest::mouseClick(field<QPushButton>("verifyButton"), Qt::LeftButton);
    QVERIFY(verified.wait(kReplyTimeout));
    auto* label = field<QLabel>("verifyResultLabel");
    QCOMPARE(label->property("result").toString(), QStringLiteral("broken"));
    QVERIFY2(label->text().contains(QString::number(m_walkinSeq)), qPrintable(label->text()));
    QVERIFY(label->text().contains(QStringLiteral("断裂")));
}

QTEST_MAIN(TestClientAudit)
#include "test_client_audit.moc"
