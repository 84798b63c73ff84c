// The archive room's screens against a real server (SPEC §6; seed 003 附件1.七,
// 附件2.八; seed 004 §25–31), offscreen: the archivist files the day's items
// through the filing form, registers a take-out loan that the approver approves
// in 审批, checks it out (the signed slip prints to PDF), registers the return with
// the item's condition; the server's refusal of a check-out without approval is
// shown in Chinese; an overdue borrower is reminded at login; an expired item is
// listed, counted and checked by the named archivist, approved, destroyed, and the
// destruction list prints; the item history shows every step and the scan.
#include "../server/ArchiveFixture.h"
#include "ClientTestSupport.h"
#include "archives/ArchiveDestructionsPage.h"
#include "archives/ArchiveDialogs.h"
#include "archives/ArchiveDocumentRenderer.h"
#include "archives/ArchiveHistoryDialog.h"
#include "archives/ArchiveItemsPage.h"
#include "archives/ArchiveLoansPage.h"
#include "archives/LoanApprovalPage.h"
#include "auth/LoginDialog.h"
#include "shell/MainWindow.h"
#include "shell/TabbedModulePage.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QPushButton>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

using namespace cp::client;
using namespace cp::client::test;
using cp::test::ArchiveDesk;

namespace {

QString pdfText(const cp::protocol::Report& document, const QString& path)
{
    if (ArchiveDocumentRenderer(document).writePdf(path))
        return {};
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    pdftotext.waitForFinished(30000);
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

template <class Dialog> Dialog* openedDialog(QWidget* page)
{
    Dialog* d = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            d = page->findChild<Dialog*>();
            return d && d->isVisible();
        },
        kReplyTimeout);
    return shown ? d : nullptr;
}

void confirm(QDialog* dialog)
{
    QTest::mouseClick(
        dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok),
        Qt::LeftButton);
}

void click(QWidget* page, const char* button)
{
    auto* b = child<QPushButton>(page, button);
    QVERIFY2(b && b->isEnabled(), button);
    QTest::mouseClick(b, Qt::LeftButton);
}

} // namespace

class TestClientArchives : public QObject
{
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void archivistAndApproverSeeTheirTabs();
    void archivistFilesTheDaysItemsThroughTheForm();
    void takeOutLoanIsApprovedCheckedOutPrintedAndReturned();
    void checkoutWithoutApprovalShowsTheServersRefusal();
    void overdueBorrowerIsRemindedAtLogin();
    void expiredItemIsDestroyedThroughTheRegister();

  private:
    void logIn(const QString& login);
    template <class Page> Page* page() const
    {
        return m_app && m_app->mainWindow() ? m_app->mainWindow()->findChild<Page*>() : nullptr;
    }
    template <class Page> Page* loadedPage()
    {
        Page* p = page<Page>();
        if (p) {
            p->refresh();
            QSignalSpy spy(p, &Page::loaded);
            spy.wait(kReplyTimeout);
        }
        return p;
    }
    template <class Page> bool waitStep(Page* p)
    {
        QSignalSpy spy(p, &Page::stepDone);
        return spy.wait(kReplyTimeout) && spy.first().first().toBool();
    }

    ArchiveDesk m_desk;
    std::unique_ptr<AppController> m_app;
    QTemporaryDir m_dir;
};

void TestClientArchives::initTestCase()
{
    initClientTestApplication(QStringLiteral("test_client_archives"));
    QVERIFY(m_dir.isValid());
    m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("CP_KEEP_TEST_FILES")); // to look at the PDFs
    QVERIFY2(m_desk.start(), qPrintable(m_desk.server->errorString()));
}

void TestClientArchives::cleanupTestCase()
{
    m_app.reset();
    flushDeferredDeletes();
}

void TestClientArchives::logIn(const QString& login)
{
    m_app.reset();
    flushDeferredDeletes();
    m_app = std::make_unique<AppController>(settingsFor(*m_desk.server, login), UiLanguage::Chinese);
    m_app->start();
    QVERIFY(submitLogin(m_app->loginDialog(), m_desk.server->pki().p12Password, m_desk.passwords.at(login)));
    QTRY_VERIFY_WITH_TIMEOUT(m_app->mainWindow() != nullptr, kReplyTimeout);
    m_app->mainWindow()->show();
}

// Archives module: register, loans, destruction (archivist); 审批: loans, destruction (approver).
void TestClientArchives::archivistAndApproverSeeTheirTabs()
{
    logIn(QStringLiteral("archivist"));
    auto* archives = m_app->mainWindow()->findChild<TabbedModulePage*>(QStringLiteral("module_archives"));
    QVERIFY(archives);
    QCOMPARE(archives->tabCount(), 3);
    QVERIFY(archives->tab(QStringLiteral("tab_archive_items")));
    QVERIFY(archives->tab(QStringLiteral("tab_archive_loans")));
    QVERIFY(archives->tab(QStringLiteral("tab_archive_destructions")));
    QVERIFY(!page<LoanApprovalPage>());

    logIn(QStringLiteral("approver"));
    auto* approvals = m_app->mainWindow()->findChild<TabbedModulePage*>(QStringLiteral("module_approvals"));
    QVERIFY(approvals);
    QVERIFY(approvals->tab(QStringLiteral("tab_loan_approvals")));
    QVERIFY(approvals->tab(QStringLiteral("tab_destruction_approvals")));
    QVERIFY(!page<ArchiveItemsPage>());
}

// seed 003 附件1.七(二): the day's walk-in materials wait unfiled; filed into a volume at a place.
void TestClientArchives::archivistFilesTheDaysItemsThroughTheForm()
{
    const qint64 item = m_desk.walkInItem();
    logIn(QStringLiteral("archivist"));
    auto* p = loadedPage<ArchiveItemsPage>();
    QVERIFY(p);
    QTRY_VERIFY_WITH_TIMEOUT(
        std::any_of(p->items().cbegin(), p->items().cend(), [&](const auto& i) { return i.id == item; }),
        kReplyTimeout);
    p->selectItems({item});
    click(p, "fileButton");
    auto* dialog = openedDialog<ArchiveFilingDialog>(p);
    QVERIFY(dialog);
    confirm(dialog); // empty fields: the form says what is missing and stays open
    QVERIFY(dialog->isVisible());
    QVERIFY(!child<QLabel>(dialog, "errorLabel")->text().isEmpty());
    enter(child<QLineEdit>(dialog, "volumeEdit"), QStringLiteral("2026-XC-200"));
    enter(child<QLineEdit>(dialog, "roomEdit"), QStringLiteral("一号档案室"));
    enter(child<QLineEdit>(dialog, "cabinetEdit"), QStringLiteral("A-01"));
    enter(child<QLineEdit>(dialog, "shelfEdit"), QStringLiteral("第1层"));
    confirm(dialog);
    QVERIFY(waitStep(p));
    QCOMPARE(m_desk.item(item).value(QStringLiteral("volumeNumber")).toString(),
             QStringLiteral("2026-XC-200"));
    p->setFilter(QStringLiteral("filed"));
    QSignalSpy loaded(p, &ArchiveItemsPage::loaded);
    QVERIFY(loaded.wait(kReplyTimeout));
    auto* table = child<QTableWidget>(p, "itemsTable");
    bool shown = false;
    for (int r = 0; r < table->rowCount(); ++r)
        shown = shown || (table->item(r, 5) && table->item(r, 5)->text() == QStringLiteral("2026-XC-200"));
    QVERIFY(shown);

    // The item's history: received, filed; the archivist may view the scan (audited by the server).
    p->selectItems({item});
    click(p, "historyButton");
    ArchiveHistoryDialog* history = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((history = p->findChild<ArchiveHistoryDialog*>()) != nullptr, kReplyTimeout);
    QCOMPARE(child<QTableWidget>(history, "eventsTable")->rowCount(), 2);
    child<QTableWidget>(history, "materialsTable")->selectRow(0);
    QSignalSpy scan(history, &ArchiveHistoryDialog::scanLoaded);
    history->viewSelectedScan();
    QVERIFY(scan.wait(kReplyTimeout));
    QCOMPARE(history->lastScan(), cp::test::pdfBytes());
}

// seed 004 §29: a take-out loan waits for the leader, then is checked out with a signed slip.
void TestClientArchives::takeOutLoanIsApprovedCheckedOutPrintedAndReturned()
{
    const qint64 item = m_desk.filedItem();
    logIn(QStringLiteral("archivist"));
    auto* items = loadedPage<ArchiveItemsPage>();
    items->setFilter(QStringLiteral("filed"));
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(items->items().cbegin(), items->items().cend(),
                                         [&](const auto& i) { return i.id == item; }),
                             kReplyTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!items->staff().isEmpty(), kReplyTimeout);
    items->selectItems({item});
    click(items, "lendButton");
    auto* loanDialog = openedDialog<ArchiveLoanDialog>(items);
    QVERIFY(loanDialog);
    loanDialog->setValues(m_desk.ids.at(QStringLiteral("clerk")), QStringLiteral("take_out"),
                          QStringLiteral("核对异议材料"), m_desk.today().addDays(7));
    confirm(loanDialog);
    QVERIFY(waitStep(items));
    const auto loans = m_desk.as(QStringLiteral("archivist"))
                           .get(QStringLiteral("/api/v1/archives/loans?state=requested"))
                           .json.value(QStringLiteral("loans"))
                           .toArray();
    QVERIFY(!loans.isEmpty());
    const qint64 loanId = loans.last().toObject().value(QStringLiteral("id")).toInteger();
    const QString number = loans.last().toObject().value(QStringLiteral("number")).toString();

    logIn(QStringLiteral("approver"));
    auto* approvals = loadedPage<LoanApprovalPage>();
    QVERIFY(approvals);
    approvals->selectLoan(loanId);
    click(approvals, "approveButton");
    auto* decision = openedDialog<ArchiveStepDialog>(approvals);
    QVERIFY(decision);
    confirm(decision);
    QVERIFY(waitStep(approvals));
    QCOMPARE(m_desk.loanState(loanId), QStringLiteral("approved"));

    logIn(QStringLiteral("archivist"));
    auto* loansPage = loadedPage<ArchiveLoansPage>();
    loansPage->selectLoan(loanId);
    click(loansPage, "checkoutButton");
    QVERIFY(waitStep(loansPage));
    QVERIFY(loansPage->lastDocument().has_value());
    const QString text = pdfText(*loansPage->lastDocument(), m_dir.filePath(QStringLiteral("slip.pdf")));
    QVERIFY2(text.contains(number), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("档案借阅登记单")));
    QVERIFY(text.contains(loansPage->lastDocument()->verificationCode));
    QVERIFY(text.contains(QStringLiteral("借阅人（签字）")));        // signed by the borrower on paper
    QVERIFY(!text.contains(QStringLiteral("公共信用信息查询报告"))); // not a credit report
    // The print button fetches the slip again and opens it in print preview.
    QString previewed;
    QTimer closer;
    QObject::connect(&closer, &QTimer::timeout, [&] {
        if (auto* preview = qobject_cast<QPrintPreviewDialog*>(QApplication::activeModalWidget())) {
            previewed = loansPage->lastDocument() ? loansPage->lastDocument()->number : QString();
            preview->reject();
        }
    });
    closer.start(50);
    click(loansPage, "printButton");
    QTRY_VERIFY_WITH_TIMEOUT(!previewed.isEmpty(), kReplyTimeout);
    QCOMPARE(previewed, loansPage->lastDocument()->number);

    loansPage->selectLoan(loanId);
    click(loansPage, "returnButton");
    auto* giveBack = openedDialog<ArchiveReturnDialog>(loansPage);
    QVERIFY(giveBack);
    giveBack->setCondition(0, QStringLiteral("damaged"), {});
    confirm(giveBack); // damage needs a description: the form stays open
    QVERIFY(giveBack->isVisible());
    giveBack->setCondition(0, QStringLiteral("damaged"), QStringLiteral("封面破损"));
    confirm(giveBack);
    QVERIFY(waitStep(loansPage));
    const auto loan = m_desk.loan(loanId);
    QCOMPARE(loan.value(QStringLiteral("state")).toString(), QStringLiteral("returned"));
    QCOMPARE(loan.value(QStringLiteral("items"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("conditionNote")),
             QStringLiteral("封面破损"));

    // The borrower's history lists the loan.
    loansPage->setFilter(QStringLiteral("all"));
    QSignalSpy loaded(loansPage, &ArchiveLoansPage::loaded);
    QVERIFY(loaded.wait(kReplyTimeout));
    loansPage->selectLoan(loanId);
    click(loansPage, "borrowerHistoryButton");
    ArchiveHistoryDialog* person = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((person = loansPage->findChild<ArchiveHistoryDialog*>()) != nullptr,
                             kReplyTimeout);
    QVERIFY(child<QTableWidget>(person, "loansTable")->rowCount() >= 1);
    person->close();
    flushDeferredDeletes();

    // Anyone's history, picked from the staff list without a loan selected: the approver took steps.
    loansPage->selectPerson(m_desk.ids.at(QStringLiteral("approver")));
    click(loansPage, "borrowerHistoryButton");
    QTRY_VERIFY_WITH_TIMEOUT((person = loansPage->findChild<ArchiveHistoryDialog*>()) != nullptr,
                             kReplyTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(child<QTableWidget>(person, "eventsTable")->rowCount() >= 1, kReplyTimeout);
}

// No approval, no check-out (004 §29): the server refuses and the page shows its Chinese reason.
void TestClientArchives::checkoutWithoutApprovalShowsTheServersRefusal()
{
    const qint64 loanId =
        ArchiveDesk::loanOf(m_desk.requestLoan({m_desk.filedItem()}, QStringLiteral("clerk"),
                                               QStringLiteral("take_out"), m_desk.today().addDays(5)))
            .value(QStringLiteral("id"))
            .toInteger();
    logIn(QStringLiteral("archivist"));
    auto* loansPage = loadedPage<ArchiveLoansPage>();
    loansPage->selectLoan(loanId);
    QVERIFY(!child<QPushButton>(loansPage, "checkoutButton")->isEnabled()); // the client knows already
    loansPage->checkOut();                                                  // the server decides
    QVERIFY(!waitStep(loansPage));
    QVERIFY2(loansPage->errorText().contains(QStringLiteral("待审批")), qPrintable(loansPage->errorText()));
    QCOMPARE(m_desk.loanState(loanId), QStringLiteral("requested"));
}

// 004 §29 "定期归还": the borrower is reminded of an overdue loan when logging in.
void TestClientArchives::overdueBorrowerIsRemindedAtLogin()
{
    const qint64 loanId =
        ArchiveDesk::loanOf(m_desk.requestLoan({m_desk.filedItem()}, QStringLiteral("clerk"),
                                               QStringLiteral("take_out"), m_desk.today().addDays(1)))
            .value(QStringLiteral("id"))
            .toInteger();
    m_desk.loanStep(QStringLiteral("approver"), QStringLiteral("approval"), loanId);
    m_desk.loanStep(QStringLiteral("archivist"), QStringLiteral("checkout"), loanId);
    const QString number = m_desk.loan(loanId).value(QStringLiteral("number")).toString();
    m_desk.advanceDays(4);

    logIn(QStringLiteral("clerk"));
    QLabel* reminder = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((reminder = m_app->mainWindow()->statusBar()->findChild<QLabel*>(
                                  QStringLiteral("archiveReminderLabel"))) != nullptr,
                             kReplyTimeout);
    QVERIFY2(reminder->text().contains(number), qPrintable(reminder->text()));

    logIn(QStringLiteral("approver"));
    auto* approvals = page<LoanApprovalPage>();
    QTRY_VERIFY_WITH_TIMEOUT(approvals->reminderText().contains(number), kReplyTimeout);
    approvals->setFilter(QStringLiteral("overdue"));
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(approvals->loans().cbegin(), approvals->loans().cend(),
                                         [&](const auto& l) { return l.id == loanId && l.overdueDays == 3; }),
                             kReplyTimeout);
    m_desk.loanStep(QStringLiteral("archivist"), QStringLiteral("return"), loanId);
}

// 004 §30: listed, counted and checked by the named person, approved, destroyed; the list prints.
void TestClientArchives::expiredItemIsDestroyedThroughTheRegister()
{
    const qint64 item = m_desk.filedItem();
    // Filed long ago: its retention ended yesterday (the server test moves the clock five years).
    cp::test::insert(*m_desk.server,
                     QStringLiteral("UPDATE archive_items SET retention_until = ? WHERE id = ?"),
                     {m_desk.today().addDays(-1).toString(Qt::ISODate), item});
    logIn(QStringLiteral("archivist"));
    auto* items = loadedPage<ArchiveItemsPage>();
    items->setFilter(QStringLiteral("expired"));
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(items->items().cbegin(), items->items().cend(),
                                         [&](const auto& i) { return i.id == item; }),
                             kReplyTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!items->staff().isEmpty(), kReplyTimeout);
    items->selectItems({item});
    click(items, "destroyButton");
    auto* propose = openedDialog<ArchiveDestructionDialog>(items);
    QVERIFY(propose);
    propose->setValues(m_desk.ids.at(QStringLiteral("checker")), QStringLiteral("保管期满"));
    confirm(propose);
    QVERIFY(waitStep(items));
    const auto lists = m_desk.as(QStringLiteral("archivist"))
                           .get(QStringLiteral("/api/v1/archives/destructions?state=proposed"))
                           .json.value(QStringLiteral("destructions"))
                           .toArray();
    QVERIFY(!lists.isEmpty());
    const qint64 listId = lists.last().toObject().value(QStringLiteral("id")).toInteger();

    logIn(QStringLiteral("checker"));
    auto* register_ = loadedPage<ArchiveDestructionsPage>();
    register_->selectList(listId);
    click(register_, "checkButton");
    auto* count = openedDialog<ArchiveStepDialog>(register_);
    QVERIFY(count);
    count->setValues(QStringLiteral("与清册相符"), {}, 1);
    confirm(count);
    QVERIFY(waitStep(register_));

    logIn(QStringLiteral("approver"));
    auto* approvals = loadedPage<DestructionApprovalPage>();
    approvals->selectList(listId);
    click(approvals, "approveButton");
    auto* ok = openedDialog<ArchiveStepDialog>(approvals);
    QVERIFY(ok);
    confirm(ok);
    QVERIFY(waitStep(approvals));

    logIn(QStringLiteral("archivist"));
    register_ = loadedPage<ArchiveDestructionsPage>();
    register_->selectList(listId);
    click(register_, "executeButton");
    auto* record = openedDialog<ArchiveExecutionDialog>(register_);
    QVERIFY(record);
    record->setValues(
        {QStringLiteral("市信用中心碎纸室"), QStringLiteral("粉碎"), QStringLiteral("archivist用户"), {}});
    confirm(record);
    QVERIFY(waitStep(register_));
    QVERIFY(register_->lastDocument().has_value());
    const QString text = pdfText(*register_->lastDocument(), m_dir.filePath(QStringLiteral("list.pdf")));
    QVERIFY2(text.contains(QStringLiteral("档案销毁清册")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("市信用中心碎纸室")));
    QVERIFY(text.contains(QStringLiteral("清点核对人（签字）")));
    QCOMPARE(m_desk.item(item).value(QStringLiteral("status")).toString(), QStringLiteral("destroyed"));
}

QTEST_MAIN(TestClientArchives)
#include "test_client_archives.moc"
