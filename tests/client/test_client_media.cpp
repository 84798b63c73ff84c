// The storage-media screens against a real server (SPEC §7; seed 004 §10–14):
// the archivist registers media and sees where each is and who has it, records
// events with a counter-signer picked from real accounts (the server's refusals
// are shown in Chinese), applies to carry a medium out, the approver approves
// it in 审批, and the chain of custody lists every signed event.
#include "../server/MediaFixture.h"
#include "ClientTestSupport.h"
#include "auth/LoginDialog.h"
#include "media/CarryOutApprovalPage.h"
#include "media/CarryOutRequestDialog.h"
#include "media/MediaLocationDialog.h"
#include "media/MediaLocationsPage.h"
#include "media/MediaRegisterPage.h"
#include "media/MediumChainDialog.h"
#include "media/MediumDialog.h"
#include "media/MediumEventDialog.h"
#include "shell/MainWindow.h"
#include "shell/TabbedModulePage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace cp::client;
using namespace cp::client::test;
using cp::test::kPassword;

namespace {

void pick(QComboBox* combo, const QVariant& data)
{
    QVERIFY2(combo->findData(data) >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(combo->findData(data));
}

/// The text of a PDF as pdftotext extracts it.
QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

void clickOk(QDialog* dialog)
{
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
}

QStringList column(QTableWidget* t, int c)
{
    QStringList out;
    for (int row = 0; row < t->rowCount(); ++row)
        out << t->item(row, c)->text();
    return out;
}

} // namespace

class TestClientMedia : public QObject
{
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void mediaTabsFollowTheRoles();
    void registeringShowsWhereTheMediumIsAndWhoHasIt();
    void locationThatCannotHoldTheLevelIsRefusedWithTheServersWording();
    void issuingAsksForAnotherCounterSigner();
    void eventListOffersNoLendingOrSelling();
    void stateFilterShowsOnlyThoseMedia();
    void repairWithoutWipeIsRefused();
    void carryOutNeedsTheApproversApprovalInTheApprovalsModule();
    void chainOfCustodyListsEverySignedEvent();
    void archivistAddsAStorageLocation();
    void registerIsSavedAsPdf();

  private:
    void logIn(const QString& login);
    MediaRegisterPage* registerPage();
    QWidget* tab(const char* module, const QString& tabName);
    void registerMedium(const QString& serial, const QString& level, qint64 location);
    /// The open dialog of that class (closed ones may still await deletion).
    template <class T> T* dialog()
    {
        for (T* d : registerPage()->findChildren<T*>())
            if (d->isVisible())
                return d;
        return nullptr;
    }
    qint64 mediumId(const QString& serial);
    void recordEvent(const QString& serial, const QString& kind, const QString& counterSigner,
                     const std::function<void(MediumEventDialog*)>& fill = {});

    std::unique_ptr<cp::test::TestServer> m_server;
    std::unique_ptr<AppController> m_app;
    QHash<QString, qint64> m_ids;
    QTemporaryDir m_dir;
};

void TestClientMedia::initTestCase()
{
    initClientTestApplication(QStringLiteral("test_client_media"));
    const QStringList logins{QStringLiteral("archivist"), QStringLiteral("archivist2"),
                             QStringLiteral("approver"), QStringLiteral("clerk")};
    m_server = std::make_unique<cp::test::TestServer>(logins);
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorString()));
    const QHash<QString, QString> names{{QStringLiteral("archivist"), QStringLiteral("陈静")},
                                        {QStringLiteral("archivist2"), QStringLiteral("刘洋")},
                                        {QStringLiteral("approver"), QStringLiteral("周主任")},
                                        {QStringLiteral("clerk"), QStringLiteral("王丽")}};
    for (const QString& login : logins)
        m_ids[login] = m_server->createAccount(
            account(login, names.value(login),
                    {login == QLatin1String("archivist2") ? QStringLiteral("archivist") : login}, kPassword));
    logIn(QStringLiteral("archivist"));
}

void TestClientMedia::cleanupTestCase()
{
    m_app.reset();
    flushDeferredDeletes();
}

void TestClientMedia::logIn(const QString& login)
{
    m_app.reset();
    flushDeferredDeletes();
    m_app = std::make_unique<AppController>(settingsFor(*m_server, login), UiLanguage::Chinese);
    m_app->start();
    QVERIFY(submitLogin(m_app->loginDialog(), m_server->pki().p12Password, kPassword));
    QTRY_VERIFY_WITH_TIMEOUT(m_app->mainWindow() != nullptr, kReplyTimeout);
    m_app->mainWindow()->show();
}

QWidget* TestClientMedia::tab(const char* module, const QString& tabName)
{
    // Brings the module and the tab to the front, as the user's clicks would.
    auto* page = child<TabbedModulePage>(m_app->mainWindow(), module);
    if (!page || !page->tab(tabName))
        return nullptr;
    m_app->mainWindow()->showModule(
        QLatin1String(module) == QLatin1String("module_media") ? cp::Module::Media : cp::Module::Approvals);
    child<QTabWidget>(page, "tabs")->setCurrentWidget(page->tab(tabName));
    return page->tab(tabName);
}

MediaRegisterPage* TestClientMedia::registerPage()
{
    auto* page =
        m_app && m_app->mainWindow()
            ? qobject_cast<MediaRegisterPage*>(tab("module_media", QStringLiteral("tab_media_register")))
            : nullptr;
    if (page)
        (void)QTest::qWaitFor([page] { return !page->isLoading() && !page->reference().people.isEmpty(); },
                              kReplyTimeout);
    return page;
}

void TestClientMedia::registerMedium(const QString& serial, const QString& level, qint64 location)
{
    auto* page = registerPage();
    QTest::mouseClick(child<QPushButton>(page, "registerButton"), Qt::LeftButton);
    QPointer<MediumDialog> d = dialog<MediumDialog>();
    QVERIFY(d);
    enter(child<QLineEdit>(d, "serialEdit"), serial);
    pick(child<QComboBox>(d, "typeCombo"), QStringLiteral("usb_drive"));
    enter(child<QLineEdit>(d, "capacityEdit"), QStringLiteral("64 GB"));
    pick(child<QComboBox>(d, "levelCombo"), level);
    pick(child<QComboBox>(d, "custodianCombo"), m_ids.value(QStringLiteral("archivist")));
    pick(child<QComboBox>(d, "locationCombo"), location);
    clickOk(d);
    QTRY_VERIFY_WITH_TIMEOUT(!d || !d->isVisible(), kReplyTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(mediumId(serial) > 0, kReplyTimeout);
}

qint64 TestClientMedia::mediumId(const QString& serial)
{
    for (const auto& m : registerPage()->media())
        if (m.serial == serial)
            return m.id;
    return 0;
}

void TestClientMedia::recordEvent(const QString& serial, const QString& kind, const QString& counterSigner,
                                  const std::function<void(MediumEventDialog*)>& fill)
{
    auto* page = registerPage();
    QVERIFY(page->select(mediumId(serial)));
    QTest::mouseClick(child<QPushButton>(page, "eventButton"), Qt::LeftButton);
    auto* d = dialog<MediumEventDialog>();
    QVERIFY(d);
    d->setKind(kind);
    pick(child<QComboBox>(d, "counterSignerCombo"), m_ids.value(counterSigner));
    if (fill)
        fill(d);
    clickOk(d);
}

void TestClientMedia::mediaTabsFollowTheRoles()
{
    QVERIFY(m_app->mainWindow()->modules().contains(cp::Module::Media));
    QVERIFY(qobject_cast<MediaRegisterPage*>(tab("module_media", QStringLiteral("tab_media_register"))));
    QVERIFY(qobject_cast<MediaLocationsPage*>(tab("module_media", QStringLiteral("tab_media_locations"))));
    logIn(QStringLiteral("approver"));
    QVERIFY(!m_app->mainWindow()->modules().contains(cp::Module::Media));
    QVERIFY(qobject_cast<CarryOutApprovalPage*>(
        tab("module_approvals", QStringLiteral("tab_media_carry_approvals"))));
    logIn(QStringLiteral("clerk"));
    QVERIFY(!m_app->mainWindow()->findChild<MediaRegisterPage*>());
    QVERIFY(!m_app->mainWindow()->findChild<CarryOutApprovalPage*>());
    logIn(QStringLiteral("archivist"));
}

void TestClientMedia::registeringShowsWhereTheMediumIsAndWhoHasIt()
{
    registerMedium(QStringLiteral("U-0001"), QStringLiteral("internal"), cp::test::kCabinet);
    auto* t = child<QTableWidget>(registerPage(), "mediaTable");
    const int row = column(t, 0).indexOf(QStringLiteral("U-0001"));
    QVERIFY(row >= 0);
    QVERIFY2(t->item(row, 5)->text().contains(QStringLiteral("档案室普通介质柜")),
             qPrintable(t->item(row, 5)->text()));
    QCOMPARE(t->item(row, 6)->text(), QStringLiteral("陈静"));
    QCOMPARE(t->item(row, 3)->text(), QStringLiteral("内部"));
}

// seed 004 §11 分级存放: the server refuses, the dialog stays open with its words.
void TestClientMedia::locationThatCannotHoldTheLevelIsRefusedWithTheServersWording()
{
    auto* page = registerPage();
    QTest::mouseClick(child<QPushButton>(page, "registerButton"), Qt::LeftButton);
    QPointer<MediumDialog> d = dialog<MediumDialog>();
    QVERIFY(d);
    enter(child<QLineEdit>(d, "serialEdit"), QStringLiteral("S-9"));
    pick(child<QComboBox>(d, "typeCombo"), QStringLiteral("hard_disk"));
    enter(child<QLineEdit>(d, "capacityEdit"), QStringLiteral("1 TB"));
    pick(child<QComboBox>(d, "levelCombo"), QStringLiteral("classified"));
    pick(child<QComboBox>(d, "custodianCombo"), m_ids.value(QStringLiteral("archivist")));
    pick(child<QComboBox>(d, "locationCombo"), cp::test::kCabinet);
    clickOk(d);
    auto* error = child<QLabel>(d, "errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisibleTo(d), kReplyTimeout);
    QVERIFY2(error->text().contains(QStringLiteral("分级存放")), qPrintable(error->text()));
    QCOMPARE(d->focusWidget(), child<QWidget>(d, "locationCombo"));
    pick(child<QComboBox>(d, "locationCombo"), cp::test::kSecretSafe);
    clickOk(d);
    QTRY_VERIFY_WITH_TIMEOUT(!d || !d->isVisible(), kReplyTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(mediumId(QStringLiteral("S-9")) > 0, kReplyTimeout);
}

// seed 004 §11 登记签字: the counter-signer is someone other than the operator.
void TestClientMedia::issuingAsksForAnotherCounterSigner()
{
    recordEvent(QStringLiteral("U-0001"), QStringLiteral("issue"), QStringLiteral("archivist"),
                [this](MediumEventDialog* d) {
                    QVERIFY(child<QComboBox>(d, "holderCombo")->isVisibleTo(d));
                    QVERIFY(!child<QComboBox>(d, "witness1Combo")->isVisibleTo(d));
                    pick(child<QComboBox>(d, "holderCombo"), m_ids.value(QStringLiteral("clerk")));
                });
    if (QTest::currentTestFailed())
        return;
    QPointer<MediumEventDialog> d = dialog<MediumEventDialog>();
    auto* error = child<QLabel>(d, "errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisibleTo(d), kReplyTimeout);
    QVERIFY2(error->text().contains(QStringLiteral("操作人以外的另一人")), qPrintable(error->text()));
    pick(child<QComboBox>(d, "counterSignerCombo"), m_ids.value(QStringLiteral("archivist2")));
    clickOk(d);
    QTRY_VERIFY_WITH_TIMEOUT(!d || !d->isVisible(), kReplyTimeout);
    auto* t = child<QTableWidget>(registerPage(), "mediaTable");
    QTRY_VERIFY_WITH_TIMEOUT(column(t, 6).join(u'|').contains(QStringLiteral("王丽")), kReplyTimeout);
    const int row = column(t, 0).indexOf(QStringLiteral("U-0001"));
    QVERIFY(t->item(row, 5)->text().contains(QStringLiteral("王丽")));
    QVERIFY(t->item(row, 6)->text().contains(QStringLiteral("陈静"))); // the custodian stays named
}

// seed 004 §12: the register has no lend, sell or give-away event to choose.
void TestClientMedia::eventListOffersNoLendingOrSelling()
{
    auto* page = registerPage();
    QVERIFY(page->select(mediumId(QStringLiteral("S-9"))));
    QTest::mouseClick(child<QPushButton>(page, "eventButton"), Qt::LeftButton);
    auto* d = dialog<MediumEventDialog>();
    QVERIFY(d);
    auto* kinds = child<QComboBox>(d, "kindCombo");
    QStringList codes;
    for (int i = 0; i < kinds->count(); ++i)
        codes << kinds->itemData(i).toString();
    QCOMPARE(codes, (QStringList{"issue", "return", "replace", "wipe", "repair", "repair_return", "destroy",
                                 "carry_out", "carry_back"}));
    d->reject();
}

void TestClientMedia::stateFilterShowsOnlyThoseMedia()
{
    auto* page = registerPage();
    pick(child<QComboBox>(page, "stateCombo"), QStringLiteral("issued"));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() && page->media().size() == 1, kReplyTimeout);
    QCOMPARE(page->media().first().serial, QStringLiteral("U-0001"));
    pick(child<QComboBox>(page, "levelCombo"), QStringLiteral("classified"));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() && page->media().isEmpty(), kReplyTimeout);
    pick(child<QComboBox>(page, "stateCombo"), QString());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() && page->media().size() == 1, kReplyTimeout);
    QCOMPARE(page->media().first().serial, QStringLiteral("S-9"));
    pick(child<QComboBox>(page, "levelCombo"), QString());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() && page->media().size() == 2, kReplyTimeout);
}

// seed 004 §11, seed 000 §25: no repair before the contents are wiped.
void TestClientMedia::repairWithoutWipeIsRefused()
{
    recordEvent(QStringLiteral("S-9"), QStringLiteral("repair"), QStringLiteral("archivist2"),
                [](MediumEventDialog* d) {
                    QVERIFY(child<QLineEdit>(d, "placeEdit")->isVisibleTo(d));
                    QVERIFY(!child<QLineEdit>(d, "toolEdit")->isVisibleTo(d));
                    enter(child<QLineEdit>(d, "placeEdit"), QStringLiteral("信达维修中心"));
                });
    if (QTest::currentTestFailed())
        return;
    QPointer<MediumEventDialog> d = dialog<MediumEventDialog>();
    auto* error = child<QLabel>(d, "errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisibleTo(d), kReplyTimeout);
    QVERIFY2(error->text().contains(QStringLiteral("尚无数据清除记录")), qPrintable(error->text()));
    d->reject();
    // The wipe record: method, tool, verifier.
    recordEvent(QStringLiteral("S-9"), QStringLiteral("wipe"), QStringLiteral("archivist2"),
                [this](MediumEventDialog* d) {
                    pick(child<QComboBox>(d, "methodCombo"), QStringLiteral("overwrite"));
                    enter(child<QLineEdit>(d, "toolEdit"), QStringLiteral("DBAN 2.3"));
                    pick(child<QComboBox>(d, "verifierCombo"), m_ids.value(QStringLiteral("archivist2")));
                });
    QPointer<MediumEventDialog> wipe = dialog<MediumEventDialog>();
    QTRY_VERIFY_WITH_TIMEOUT(!wipe || !wipe->isVisible(), kReplyTimeout);
    auto wiped = [this] {
        for (const auto& m : registerPage()->media())
            if (m.serial == QLatin1String("S-9"))
                return m.wiped;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(wiped(), kReplyTimeout);
}

// seed 004 §13: leader approval before carrying out; the approver decides in 审批.
void TestClientMedia::carryOutNeedsTheApproversApprovalInTheApprovalsModule()
{
    auto* page = registerPage();
    QVERIFY(page->select(mediumId(QStringLiteral("S-9"))));
    QTest::mouseClick(child<QPushButton>(page, "carryRequestButton"), Qt::LeftButton);
    QPointer<CarryOutRequestDialog> request = dialog<CarryOutRequestDialog>();
    QVERIFY(request);
    // 涉密: two people go out with it.
    QVERIFY(child<QLabel>(request, "twoPersonHint")->text().contains(QStringLiteral("涉密")));
    enter(child<QLineEdit>(request, "purposeEdit"), QStringLiteral("向市大数据中心报送备份"));
    enter(child<QLineEdit>(request, "destinationEdit"), QStringLiteral("市大数据中心"));
    pick(child<QComboBox>(request, "carrierCombo"), m_ids.value(QStringLiteral("archivist")));
    clickOk(request);
    auto* error = child<QLabel>(request, "errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisibleTo(request), kReplyTimeout);
    QVERIFY2(error->text().contains(QStringLiteral("双人")), qPrintable(error->text()));
    pick(child<QComboBox>(request, "secondPersonCombo"), m_ids.value(QStringLiteral("archivist2")));
    clickOk(request);
    QTRY_VERIFY_WITH_TIMEOUT(!request || !request->isVisible(), kReplyTimeout);

    recordEvent(QStringLiteral("S-9"), QStringLiteral("carry_out"), QStringLiteral("archivist2"));
    if (QTest::currentTestFailed())
        return;
    QPointer<MediumEventDialog> early = dialog<MediumEventDialog>();
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(early, "errorLabel")->isVisibleTo(early), kReplyTimeout);
    QVERIFY(child<QLabel>(early, "errorLabel")->text().contains(QStringLiteral("尚未经领导批准")));
    early->reject();

    logIn(QStringLiteral("approver"));
    auto* approvals = qobject_cast<CarryOutApprovalPage*>(
        tab("module_approvals", QStringLiteral("tab_media_carry_approvals")));
    QVERIFY(approvals);
    QTRY_VERIFY_WITH_TIMEOUT(approvals->requests().size() == 1, kReplyTimeout);
    QCOMPARE(approvals->requests().first().serial, QStringLiteral("S-9"));
    auto* table = child<QTableWidget>(approvals, "requestsTable");
    QVERIFY(table->item(0, 4)->text().contains(QStringLiteral("刘洋")));
    QVERIFY(approvals->select(approvals->requests().first().id));
    // A rejection needs its reason; the server says so.
    QTest::mouseClick(child<QPushButton>(approvals, "rejectButton"), Qt::LeftButton);
    auto* refusal = child<QLabel>(approvals, "errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(refusal->isVisibleTo(approvals), kReplyTimeout);
    QVERIFY2(refusal->text().contains(QStringLiteral("驳回理由")), qPrintable(refusal->text()));
    QCOMPARE(approvals->requests().size(), 1);
    enter(child<QLineEdit>(approvals, "noteEdit"), QStringLiteral("同意"));
    QTest::mouseClick(child<QPushButton>(approvals, "approveButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!approvals->isBusy() && approvals->requests().isEmpty(), kReplyTimeout);

    logIn(QStringLiteral("archivist"));
    recordEvent(QStringLiteral("S-9"), QStringLiteral("carry_out"), QStringLiteral("archivist2"));
    QPointer<MediumEventDialog> out = dialog<MediumEventDialog>();
    QTRY_VERIFY_WITH_TIMEOUT(!out || !out->isVisible(), kReplyTimeout);
    auto* t = child<QTableWidget>(registerPage(), "mediaTable");
    QTRY_VERIFY_WITH_TIMEOUT(column(t, 5).join(u'|').contains(QStringLiteral("市大数据中心")), kReplyTimeout);
}

void TestClientMedia::chainOfCustodyListsEverySignedEvent()
{
    auto* page = registerPage();
    QVERIFY(page->select(mediumId(QStringLiteral("S-9"))));
    QTest::mouseClick(child<QPushButton>(page, "chainButton"), Qt::LeftButton);
    auto* chain = dialog<MediumChainDialog>();
    QVERIFY(chain);
    QTRY_VERIFY_WITH_TIMEOUT(chain->isLoaded(), kReplyTimeout);
    auto* t = child<QTableWidget>(chain, "eventsTable");
    QCOMPARE(t->rowCount(), 3); // registered, wiped, carried out
    QCOMPARE(column(t, 3), (QStringList{"陈静", "陈静", "陈静"}));
    QCOMPARE(column(t, 4).mid(1), (QStringList{"刘洋", "刘洋"}));
    QVERIFY(t->item(1, 5)->text().contains(QStringLiteral("刘洋"))); // the verifier of the wipe
    QVERIFY(t->item(2, 6)->text().contains(QStringLiteral("市大数据中心")));
    for (const QString& seq : column(t, 7))
        QVERIFY(seq.toLongLong() > 0);
    QVERIFY(child<QLabel>(chain, "summaryLabel")->text().contains(QStringLiteral("S-9")));
    // The printable chain: a real PDF with the signatures in it.
    const QString pdf = m_dir.filePath(QStringLiteral("chain.pdf"));
    const auto error = chain->saveChainPdf(pdf);
    QVERIFY2(!error, qPrintable(error.value_or(QString())));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("S-9")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("流转记录")));
    QVERIFY(text.contains(QStringLiteral("刘洋")));
    QVERIFY(text.contains(QStringLiteral("数据清除")));
    chain->accept();
}

void TestClientMedia::archivistAddsAStorageLocation()
{
    auto* locations =
        qobject_cast<MediaLocationsPage*>(tab("module_media", QStringLiteral("tab_media_locations")));
    QVERIFY(locations);
    QTRY_VERIFY_WITH_TIMEOUT(locations->locations().size() == 4, kReplyTimeout);
    QTest::mouseClick(child<QPushButton>(locations, "addButton"), Qt::LeftButton);
    QPointer<MediaLocationDialog> d = locations->findChild<MediaLocationDialog*>();
    QVERIFY(d);
    enter(child<QLineEdit>(d, "codeEdit"), QStringLiteral("ANNEX-2"));
    enter(child<QLineEdit>(d, "nameEdit"), QStringLiteral("档案分库保密柜"));
    clickOk(d);
    auto* error = child<QLabel>(d, "errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisibleTo(d), kReplyTimeout); // no level chosen
    QVERIFY(error->text().contains(QStringLiteral("分级存放")));
    auto* levels = child<QListWidget>(d, "levelsList");
    levels->item(levels->count() - 1)->setCheckState(Qt::Checked); // 涉密
    clickOk(d);
    QTRY_VERIFY_WITH_TIMEOUT(!d || !d->isVisible(), kReplyTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(locations->select(QStringLiteral("ANNEX-2")), kReplyTimeout);
    auto* t = child<QTableWidget>(locations, "locationsTable");
    QVERIFY(column(t, 2).join(u'|').contains(QStringLiteral("涉密")));
}

void TestClientMedia::registerIsSavedAsPdf()
{
    auto* page = registerPage();
    const QString pdf = m_dir.filePath(QStringLiteral("register.pdf"));
    const auto error = page->saveRegisterPdf(pdf);
    QVERIFY2(!error, qPrintable(error.value_or(QString())));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("存储介质登记簿")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("U-0001")) && text.contains(QStringLiteral("S-9")));
    QVERIFY(text.contains(QStringLiteral("陈静")));
}

QTEST_MAIN(TestClientMedia)
#include "test_client_media.moc"
