// "申请人存疑" marks and deadlines at the window and the credit centre against a
// real server (SPEC §5; seed 003 附件2.三, 六, 七): after delivery the clerk takes
// the mark application and prints its receipt, the officer finds it in the queue
// and sets it, the clerk takes the revocation, the officer revokes; a late mark
// application is refused with its deadline; overdue cases stand out.
#include "DisputeClientDesk.h"
#include "disputes/DisputeCaseList.h"
#include "disputes/DisputeMarkDialog.h"
#include "disputes/DisputeMarkList.h"
#include "disputes/DisputeMaterialsEditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>

using namespace cp::client;
using namespace cp::client::test;
using cp::test::kPersonId;

namespace {

const QString kName = QStringLiteral("李明");

} // namespace

class TestClientDisputeMarks : public QObject, private DisputeClientDesk
{
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { stop(); }
    void markIsAppliedSetAndRevokedWithReceipts();
    void overdueCasesStandOut();
    void markApplicationAfterFiveWorkingDaysIsRefused();

  private:
    qint64 m_tax = 0;  // its case is delivered: the mark is applied for on it
    qint64 m_late = 0; // for the overdue case
    qint64 m_case = 0;
    QString m_caseNumber;
};

void TestClientDisputeMarks::initTestCase()
{
    initClientTestApplication(QStringLiteral("test_client_dispute_marks"));
    QVERIFY2(startServer(), m_server ? qPrintable(m_server->errorString()) : "no temporary directory");
    const qint64 person = cp::test::addSubject(*m_server, QStringLiteral("natural"), kPersonId, kName);
    m_tax = cp::test::addRecord(*m_server, person, QStringLiteral("B"), QStringLiteral("tax_arrears"),
                                QStringLiteral("欠税记录"));
    m_late = cp::test::addRecord(*m_server, person, QStringLiteral("A"), QStringLiteral("court_enforcement"),
                                 QStringLiteral("执行信息"));
    m_case = caseAwaitingApproval(kPersonId, kName, m_tax);
    QVERIFY(m_case > 0);
    QVERIFY(approveAndDeliver(m_case, kName));
    m_caseNumber = caseJson(m_case).value(QStringLiteral("number")).toString();
    QCOMPARE(caseJson(m_case).value(QStringLiteral("state")).toString(), QStringLiteral("delivered"));
}

// seed 003 附件2.六(三)–(五), 七: mark applied within 5 working days, set by the
// officer (kept 30 days), revocation applied for and carried out; each with its receipt.
void TestClientDisputeMarks::markIsAppliedSetAndRevokedWithReceipts()
{
    logIn(QStringLiteral("clerk"));
    DisputeCaseView* view = openCase(m_case);
    QVERIFY(view);
    view->openMarkDialog();
    auto* dialog = view->findChild<DisputeMarkDialog*>();
    QVERIFY(dialog);
    QCOMPARE(child<QLineEdit>(dialog, "applicantNameEdit")->text(), kName);
    auto* recordCombo = child<QComboBox>(dialog, "recordCombo");
    recordCombo->setCurrentIndex(recordCombo->findData(m_tax));
    dialog->setReason(QStringLiteral("申请人认为欠税已缴清"));
    auto* ok = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // scans missing
    QVERIFY(!dialog->materials()->attachFile(scan(QStringLiteral("m-id.pdf")), QStringLiteral("id_copy")));
    QVERIFY(!dialog->materials()->attachFile(scan(QStringLiteral("m-form.pdf")),
                                             QStringLiteral("application_form")));
    QVERIFY(ok->isEnabled());
    int before = view->findChildren<DisputeDocumentDialog*>().size();
    click(ok);
    DisputeDocumentDialog* receipt = waitForDocument(view, before);
    QVERIFY(receipt);
    QCOMPARE(receipt->kind(), DocumentKind::MarkReceipt);
    QString text = savedText(receipt, QStringLiteral("mark.pdf"));
    QVERIFY2(text.contains(QStringLiteral("异议标注申请受理回执")), qPrintable(text));
    QVERIFY(text.contains(receipt->document().number));
    receipt->close();
    QTRY_VERIFY_WITH_TIMEOUT(view->dispute() && view->dispute()->marks.size() == 1, kReplyTimeout);
    const qint64 markId = view->dispute()->marks.first().id;
    QCOMPARE(view->dispute()->marks.first().state, QStringLiteral("accepted"));
    QVERIFY(!child<QPushButton>(view, "setMarkButton")->isVisibleTo(view)); // the officer's step

    // The officer finds it in the queue of mark applications, with its due date.
    logIn(QStringLiteral("officer"));
    m_app->mainWindow()->showModule(cp::Module::Disputes);
    auto* tabs = child<QTabWidget>(page(), "disputesTabs");
    tabs->setCurrentWidget(child<QWidget>(page(), "marksTab"));
    DisputeMarkList* queue = page()->markList();
    QTRY_VERIFY_WITH_TIMEOUT(!queue->isLoading() && queue->rowOf(markId) >= 0, kReplyTimeout);
    auto* queueTable = child<QTableWidget>(queue, "marksTable");
    const int queued = queue->rowOf(markId);
    QCOMPARE(queueTable->item(queued, 1)->text(), m_caseNumber);
    QCOMPARE(queueTable->item(queued, 4)->text(),
             queue->marks()[queued].dueDate.toString(QStringLiteral("yyyy年M月d日")));
    QCOMPARE(queueTable->item(queued, 6)->text(), QStringLiteral("未逾期"));
    queue->openRow(queued);
    view = page()->caseView();
    QTRY_VERIFY_WITH_TIMEOUT(view->dispute() && view->dispute()->id == m_case &&
                                 child<QPushButton>(view, "setMarkButton")->isEnabled(),
                             kReplyTimeout);
    QCOMPARE(tabs->currentWidget(), child<QWidget>(page(), "casesTab"));
    auto* setButton = child<QPushButton>(view, "setMarkButton");
    QVERIFY(setButton->isEnabled());
    QVERIFY(!child<QPushButton>(view, "revocationButton")->isVisibleTo(view));
    click(setButton);
    QTRY_VERIFY_WITH_TIMEOUT(view->dispute()->marks.first().state == QStringLiteral("set"), kReplyTimeout);
    QVERIFY(view->dispute()->marks.first().markUntil.isValid());
    QString recordMark;
    for (const auto& r : view->dispute()->records)
        if (r.recordId == m_tax)
            recordMark = r.applicantMarkReason;
    QCOMPARE(recordMark, QStringLiteral("申请人认为欠税已缴清"));

    logIn(QStringLiteral("clerk"));
    view = openCase(m_case);
    QVERIFY(view && view->selectMark(markId));
    click(child<QPushButton>(view, "revocationButton"));
    dialog = view->findChild<DisputeMarkDialog*>();
    QVERIFY(dialog);
    QCOMPARE(dialog->mode(), DisputeMarkDialog::Mode::Revocation);
    dialog->setReason(QStringLiteral("已与提供部门达成一致"));
    QVERIFY(!dialog->materials()->attachFile(scan(QStringLiteral("r-id.pdf")), QStringLiteral("id_copy")));
    QVERIFY(!dialog->materials()->attachFile(scan(QStringLiteral("r-form.pdf")),
                                             QStringLiteral("application_form")));
    before = view->findChildren<DisputeDocumentDialog*>().size();
    click(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok));
    receipt = waitForDocument(view, before);
    QVERIFY(receipt);
    QCOMPARE(receipt->kind(), DocumentKind::RevocationReceipt);
    text = savedText(receipt, QStringLiteral("revocation.pdf"));
    QVERIFY2(text.contains(QStringLiteral("撤销异议标注申请受理回执")), qPrintable(text));
    QVERIFY(text.contains(receipt->document().number));
    receipt->close();
    QTRY_VERIFY_WITH_TIMEOUT(view->dispute()->marks.first().state == QStringLiteral("revocation_accepted"),
                             kReplyTimeout);

    logIn(QStringLiteral("officer"));
    view = openCase(m_case);
    QVERIFY(view && view->selectMark(markId));
    click(child<QPushButton>(view, "revokeMarkButton"));
    QTRY_VERIFY_WITH_TIMEOUT(view->dispute()->marks.first().state == QStringLiteral("revoked"),
                             kReplyTimeout);
    for (const auto& r : view->dispute()->records)
        QVERIFY(r.applicantMarkReason.isEmpty());
}

// seed 003 附件2.三: 30 days; past the due date the queue highlights the case.
void TestClientDisputeMarks::overdueCasesStandOut()
{
    const auto late = probe(QStringLiteral("clerk"))
                          .post(QStringLiteral("/api/v1/disputes"),
                                cp::test::disputeBy(kPersonId, kName, {m_late}).toJson());
    QCOMPARE(late.status, 201);
    const qint64 lateId = cp::test::caseOf(late).value(QStringLiteral("id")).toInteger();
    m_server->advanceClock(31 * 24 * 3600);
    logIn(QStringLiteral("officer"));
    m_app->mainWindow()->showModule(cp::Module::Disputes);
    DisputeCaseList* list = page()->caseList();
    QTRY_VERIFY_WITH_TIMEOUT(!list->isLoading() && list->rowOf(lateId) >= 0, kReplyTimeout);
    auto* table = child<QTableWidget>(list, "casesTable");
    const int row = list->rowOf(lateId);
    QCOMPARE(table->item(row, 5)->text(), QStringLiteral("已逾期"));
    QCOMPARE(table->item(row, 0)->background().color(), DisputeCaseList::overdueColor());
    QVERIFY(child<QLabel>(list, "countLabel")->text().contains(QStringLiteral("逾期")));
    QCOMPARE(list->rowOf(m_case), -1); // delivered cases leave the open queue
    DisputeCaseView* view = openCase(lateId);
    QVERIFY(view);
    QVERIFY(child<QLabel>(view, "dueValue")->text().contains(QStringLiteral("逾期")));
}

// seed 003 附件2.六(三): a mark is applied for within 5 working days of delivery;
// later the window reads the server's refusal with the deadline (the clock moved 31 days).
void TestClientDisputeMarks::markApplicationAfterFiveWorkingDaysIsRefused()
{
    logIn(QStringLiteral("clerk"));
    DisputeCaseView* view = openCase(m_case);
    QVERIFY(view);
    view->openMarkDialog();
    auto* dialog = view->findChild<DisputeMarkDialog*>();
    QVERIFY(dialog);
    auto* recordCombo = child<QComboBox>(dialog, "recordCombo");
    recordCombo->setCurrentIndex(recordCombo->findData(m_tax));
    dialog->setReason(QStringLiteral("仍有异议"));
    QVERIFY(!dialog->materials()->attachFile(scan(QStringLiteral("late-id.pdf")), QStringLiteral("id_copy")));
    QVERIFY(!dialog->materials()->attachFile(scan(QStringLiteral("late-form.pdf")),
                                             QStringLiteral("application_form")));
    dialog->submit();
    auto* error = child<QLabel>(dialog, "errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisibleTo(dialog), kReplyTimeout);
    QVERIFY2(error->text().contains(QStringLiteral("期限")) && error->text().contains(QStringLiteral("届满")),
             qPrintable(error->text()));
    QVERIFY(dialog->isVisible()); // stays open; nothing was accepted
    QCOMPARE(caseJson(m_case).value(QStringLiteral("marks")).toArray().size(), 1);
}

QTEST_MAIN(TestClientDisputeMarks)
#include "test_client_dispute_marks.moc"
